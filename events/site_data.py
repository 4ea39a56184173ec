"""The shipped Kiezkassen."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

STEPS = (
    FixtureStep(
        order=60,
        name="Kiezkassen",
        marker_model="events.SmallGrantFund",
        files=("small_grants.json",),
        exports=(Export("small_grants.json", (("events.SmallGrantFund", EVERYTHING),)),),
    ),
)
