"""The shipped Kiezkassen."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

STEPS = (
    FixtureStep(
        order=60,
        name="Kiezkassen",
        app="events",
        files=("small_grants.json",),
        exports=(Export("small_grants.json", (("events.SmallGrantFund", EVERYTHING),)),),
    ),
)
