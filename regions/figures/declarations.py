"""What a figure is, declared once: stored figures (what an import writes per Planungsraum or
Bezirksregion) and figures computed from them (a ratio, a change since a date, a value on a
date). Every page, download, CSVW description and profile reads these declarations through
the FigureTable; adding a figure is one declaration in the app that owns its data.

The declarations live in code, not in rows editors change: their names and definitions are
translated with the site's catalogs into every language, and they say how a value may be
computed, which is a rule of the method, not an editorial choice (README, "Figures")."""

import datetime
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from spk_site import dates

from .units import Unit

# The base date of every change over time (Berlin's profiles count from the first half-year
# of the LOR 2021 geography): fixed, not "the oldest release we have".
BASE_DATE = datetime.date(2021, 6, 30)
# The official area of an area (m²), which ratios may divide by like a stored figure.
AREA = "flaeche_m2"


class Aggregation(StrEnum):
    """How the value of several Planungsräume together may be computed."""

    SUM = "sum"  # counts
    WEIGHTED_MEAN = "weighted_mean"  # only for shares of all residents
    PUBLISHED_ONLY = "published"  # shares of a part of the residents: no average is right
    CLASSES = "classes"  # MSS classes: never averaged


CLASS_REASON = _("Eine Klasse des Sozialmonitorings: Klassen lassen sich nicht mitteln.")
PART_REASON = _(
    "Der Anteil bezieht sich nur auf einen Teil der Menschen (zum Beispiel auf Kinder): Ein "
    "Mittel über mehrere Gebiete wäre falsch."
)
WEIGHTING_REASON = _(
    "Nach Einwohnern gewichtet ergäbe sich nicht der Wert, den die Quelle für die "
    "Bezirksregionen veröffentlicht. Deshalb berechnen wir keinen."
)


@dataclass(frozen=True)
class Reference:
    """A value a figure is read against, with who sets it ("1 m² je Einwohner, KSpG § 4")."""

    value: float
    source: str


@dataclass(frozen=True, kw_only=True)
class Figure:
    key: str  # the column's name in downloads; stable
    name: str
    unit: Unit
    group: str  # German, marked for the catalogs
    definition: str  # may name {date} (of the figure) and {base} (of what it divides by)
    order: int  # where it stands in every table; unique
    short_name: str = ""
    decimals: int | None = None  # None: none for counts and classes, else one
    key_figure: bool = False  # shown on region pages and offered for comparison first
    comparable: bool = True  # a column of Kieze in Zahlen and its downloads
    core_code: str = ""  # its code among Berlin's Kernindikatoren, where it is one
    reference: Reference | None = None
    categories: dict = field(default_factory=dict)  # class number -> German label

    computed = True  # stored figures say False

    @property
    def shown_decimals(self):
        if self.decimals is not None:
            return self.decimals
        return 0 if self.unit.whole or self.categories else 1

    @property
    def no_value_reason(self):
        """Why an area made of several may have no value ("–"), or ""."""
        return ""

    def inputs(self):
        """The stored figures (and AREA) it is computed from."""
        return ()

    def describe(self, dated, based=None):
        """The definition with its dates ((day, precision) pairs), as precise as their
        sources and in the reader's language when shown."""
        return format_lazy(
            self.definition,
            date=dates.lazy_display(*dated) if dated else "",
            base=dates.lazy_display(*based) if based else "",
        )


@dataclass(frozen=True, kw_only=True)
class Stored(Figure):
    """A figure an import stores per Planungsraum (and, where the source publishes it, per
    Bezirksregion)."""

    aggregation: Aggregation = Aggregation.SUM
    weighted_by: str = ""  # WEIGHTED_MEAN: the stored count that weighs each Planungsraum
    weighting_fails: bool = False  # a resident-weighted mean misses the published values
    series: bool = False  # every release is shown over time (half-years), not only the newest

    computed = False

    @property
    def no_value_reason(self):
        if self.aggregation == Aggregation.CLASSES:
            return CLASS_REASON
        if self.aggregation == Aggregation.PUBLISHED_ONLY:
            return WEIGHTING_REASON if self.weighting_fails else PART_REASON
        return ""


@dataclass(frozen=True, kw_only=True)
class Ratio(Figure):
    """factor × (sum of the numerators) / (sum of the denominators), summed over the
    Planungsräume of an area first: never a mean of ratios."""

    numerator: tuple
    denominator: tuple
    factor: float = 1.0

    def inputs(self):
        return (*self.numerator, *self.denominator)

    def compute(self, numerator, denominator):
        if numerator is None or not denominator:
            return None
        return self.factor * numerator / denominator


@dataclass(frozen=True, kw_only=True)
class Change(Figure):
    """The change of a stored count since BASE_DATE, in percent."""

    of: str
    since: datetime.date = BASE_DATE

    def inputs(self):
        return (self.of,)

    def compute(self, now, then):
        if now is None or not then:
            return None
        return 100 * (now - then) / then


@dataclass(frozen=True, kw_only=True)
class Snapshot(Figure):
    """A stored count as it was on a given date (the base of a change)."""

    of: str
    on: datetime.date = BASE_DATE

    def inputs(self):
        return (self.of,)


class Registry:
    """Every app's figures, registered in its AppConfig.ready()."""

    def __init__(self):
        self._figures = {}

    def register(self, *figures):
        for figure in figures:
            known = self._figures.get(figure.key)
            if known is not None and known != figure:
                raise ValueError(f"Figure {figure.key} is declared twice.")
            self._figures[figure.key] = figure
        orders = [figure.order for figure in self._figures.values()]
        if len(orders) != len(set(orders)):
            raise ValueError("Two figures share a place in the order.")

    def __getitem__(self, key):
        return self._figures[key]

    def __contains__(self, key):
        return key in self._figures

    def get(self, key):
        return self._figures.get(key)

    def ordered(self):
        return sorted(self._figures.values(), key=lambda figure: figure.order)

    def stored(self):
        return [figure for figure in self.ordered() if isinstance(figure, Stored)]


FIGURES = Registry()
