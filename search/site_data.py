"""The shipped recommendations of the search (written by hand: their own source)."""

from spk_site.site_data import FixtureStep

STEPS = (
    FixtureStep(order=90, name="Empfehlungen der Suche", app="search", files=("best_bets.json",)),
)
