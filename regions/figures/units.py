"""Units of our figures, as objects that say how a value is shown: whether the unit is
printed after it, whether it is a whole count, and whether bars beside the district's value
tell anything. Nothing on a page depends on a unit's German wording."""

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_


@dataclass(frozen=True)
class Unit:
    label: str  # German, marked for the catalogs; translated where shown
    shown: bool = True  # printed after a value ("7,1 %"); head counts and classes are not
    whole: bool = False  # a count: shown without decimals
    chartable: bool = True  # a rate or share: bars beside the district's value make sense

    def __str__(self):
        return self.label

    @property
    def display(self):
        """What follows a value, in the reader's language ("" where nothing does)."""
        return gettext(self.label) if self.shown else ""


PERSONS = Unit(N_("Personen"), shown=False, whole=True, chartable=False)
PLACES = Unit(N_("Plätze"), whole=True, chartable=False)
SQUARE_METRES = Unit("m²", whole=True, chartable=False)
CLASS = Unit(N_("Klasse"), shown=False, chartable=False)
PERCENT = Unit("%")
PERCENTAGE_POINTS = Unit(N_("Prozentpunkte"))
PER_100_RESIDENTS = Unit(N_("je 100 Einw."))
PER_100 = Unit(N_("je 100"))
PER_KM2 = Unit(N_("Einw. je km²"))
PER_HECTARE = Unit(N_("Einw. je ha"))
PER_100_CHILDREN = Unit(N_("je 100 Kinder"))
M2_PER_RESIDENT = Unit(N_("m² je Einw."))
