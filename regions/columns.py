"""What the comparison is made of: a column (an indicator from one release, with its dates as
precise as the source) and a value (stored, or computed by us, or a dash with its reason)."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .indicators import PUBLISHED_ONLY


# "30.06.2022", "30/06/2022", "30.06.2022" … formatted when the column name is shown, in the
# reader's language (the comparison itself is computed once per content version).
def _short_date(day):
    return date_format(day, "SHORT_DATE_FORMAT")


short_date = lazy(_short_date, str)


@dataclass(frozen=True)
class Column:
    """One column of the comparison: an indicator (stored or derived) from one release."""

    key: str
    name: str
    unit: str
    group: str
    definition: str
    reference_date: object
    source: str
    categories: dict
    kind: str  # SUM, WEIGHTED_MEAN, NONE, or "derived"
    key_figure: bool = False
    decimals: int = 1
    base_date: object = None  # a figure from two sources: the date of the second one
    no_value_reason: str = ""  # why an area made of several has no value ("–")
    reference_precision: str = "day"  # "month" where the source names month and year only
    base_precision: str = "day"

    @property
    def display_unit(self):
        """The unit to print after a value, in the reader's language: none for head counts."""
        return "" if self.unit == "Personen" else gettext(self.unit)

    @property
    def reference_display(self):
        return date_display(self.reference_date, self.reference_precision)

    @property
    def reference_iso(self):
        return date_iso(self.reference_date, self.reference_precision)

    @property
    def base_display(self):
        return date_display(self.base_date, self.base_precision)

    @property
    def base_iso(self):
        return date_iso(self.base_date, self.base_precision)


def date_display(day, precision):
    """As precise as the source: "Juli 2026" for a monthly list, "31.12.2025" for a day."""
    if day is None:
        return ""
    return date_format(day, "YEAR_MONTH_FORMAT" if precision == "month" else "SHORT_DATE_FORMAT")


def date_iso(day, precision):
    if day is None:
        return ""
    return day.strftime("%Y-%m") if precision == "month" else day.isoformat()


CLASS_REASON = _("Eine Klasse des Sozialmonitorings: Klassen lassen sich nicht mitteln.")
PART_REASON = _(
    "Der Anteil bezieht sich nur auf einen Teil der Menschen (zum Beispiel auf Kinder): Ein "
    "Mittel über mehrere Gebiete wäre falsch."
)
WEIGHTING_REASON = _(
    "Nach Einwohnern gewichtet ergäbe sich nicht der Wert, den die Quelle für die "
    "Bezirksregionen veröffentlicht. Deshalb berechnen wir keinen."
)


def no_value_reason(definition):
    if definition.categories:
        return CLASS_REASON
    if definition.aggregation == PUBLISHED_ONLY:
        return WEIGHTING_REASON if definition.weighting_fails else PART_REASON
    return ""


def dash_notes(columns):
    """{reason: footnote number} for the reasons these columns give for a dash, in order."""
    notes = {}
    for column in columns:
        if column.no_value_reason and column.no_value_reason not in notes:
            notes[column.no_value_reason] = len(notes) + 1
    return notes


@dataclass(frozen=True)
class Value:
    value: float | None
    computed: bool = False  # True: aggregated or derived by us, not published as such
    not_averaged: bool = False  # True: no value, because no average over areas is right

    @property
    def known(self):
        return self.value is not None
