"""What the comparison is made of: a column (a declared figure from its releases, dated as
precisely as its sources) and a value (stored, computed by us, or a dash with its reason)."""

from dataclasses import dataclass

from spk_site import dates

from .declarations import Figure


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of the comparison: a figure, its newest release and what it was made of."""

    figure: Figure
    definition: str  # the figure's definition with its dates
    reference_date: object
    source: str
    reference_precision: str = dates.DAY
    base_date: object = None  # a figure from two sources: the date of the second one
    base_precision: str = dates.DAY

    @property
    def key(self):
        return self.figure.key

    @property
    def name(self):
        return self.figure.name

    @property
    def unit(self):
        return self.figure.unit

    @property
    def group(self):
        return self.figure.group

    @property
    def categories(self):
        return self.figure.categories

    @property
    def decimals(self):
        return self.figure.shown_decimals

    @property
    def key_figure(self):
        return self.figure.key_figure

    @property
    def computed(self):
        return self.figure.computed

    @property
    def no_value_reason(self):
        return self.figure.no_value_reason

    @property
    def display_unit(self):
        """What follows a value, in the reader's language: nothing for head counts."""
        return self.figure.unit.display

    @property
    def chartable(self):
        """Only rates and shares make sense as bars beside the district's value."""
        return self.figure.unit.chartable and not self.figure.categories

    @property
    def reference_display(self):
        return dates.display(self.reference_date, self.reference_precision)

    @property
    def reference_iso(self):
        return dates.iso(self.reference_date, self.reference_precision)

    @property
    def base_display(self):
        return dates.display(self.base_date, self.base_precision)

    @property
    def base_iso(self):
        return dates.iso(self.base_date, self.base_precision)

    @property
    def dated(self):
        """(date, precision) of its newest source."""
        return self.reference_date, self.reference_precision


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
