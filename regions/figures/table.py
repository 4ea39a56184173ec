"""Figures for every Planungsraum, Bezirksregion and the district, ready to compare.

Stored values belong to Planungsräume (and, for MSS indicators, to Bezirksregionen where the
source publishes them). Everything else is computed here from the declarations
(regions.figures.declarations) and says so: counts are summed, shares of all residents
averaged weighted by residents, ratios made of sums; classes and shares of a part of the
residents are never averaged."""

from django.utils.translation import gettext

from spk_site import dates
from spk_site.content_version import PerVersion

from ..areas import AreaEntry, area_entries
from ..models import IndicatorRelease, IndicatorValue
from ..models.geography import DISTRICT_CODE, Level
from .columns import Column, Value
from .declarations import AREA, FIGURES, Aggregation, Change, Ratio, Snapshot, Stored
from .social import STATUS


class StoredRelease:
    """The values of one stored figure from one release, per Planungsraum and per
    Bezirksregion (where the source publishes them)."""

    def __init__(self, release):
        self.date = release.reference_date
        self.precision = release.dataset.reference_precision
        self.source = release.dataset.attribution
        self.plr = {}
        self.bzr = {}

    @property
    def dated(self):
        return self.date, self.precision


class FigureTable:
    def __init__(self):
        self.bezirksregionen, self.planungsraeume = area_entries()
        self.district = AreaEntry(
            DISTRICT_CODE,
            "Neukölln",
            Level.DISTRICT,
            area_m2=sum(area.area_m2 or 0 for area in self.planungsraeume),
        )
        self.areas = {
            area.code: area for area in [self.district, *self.bezirksregionen, *self.planungsraeume]
        }
        self.plr_by_region = {}
        for area in self.planungsraeume:
            self.plr_by_region.setdefault(area.bezirksregion_code, []).append(area)
        self.stored = {}  # key -> {date: StoredRelease}, for every stored figure
        self._load()
        self.columns = {}
        for figure in FIGURES.ordered():
            column = self._column(figure)
            if column is not None:
                self.columns[figure.key] = column

    # --- loading -------------------------------------------------------------------------
    def _load(self):
        releases = {
            release.pk: release
            for release in IndicatorRelease.objects.select_related("dataset").order_by("pk")
        }
        rows = IndicatorValue.objects.values_list(
            "release_id", "indicator", "planungsraum__code", "bezirksregion__code", "value"
        )
        for release_id, key, plr, bzr, value in rows:
            if key not in FIGURES:
                continue
            release = releases[release_id]
            by_date = self.stored.setdefault(key, {})
            stored = by_date.get(release.reference_date)
            if stored is None:
                stored = by_date[release.reference_date] = StoredRelease(release)
            if plr:
                stored.plr[plr] = value
            else:
                stored.bzr[bzr] = value

    def newest(self, key):
        """The newest StoredRelease of a stored figure, or None."""
        by_date = self.stored.get(key)
        return by_date[max(by_date)] if by_date else None

    def _column(self, figure):
        if isinstance(figure, Stored | Snapshot):
            if isinstance(figure, Stored):
                stored = self.newest(figure.key)
            else:
                stored = self.stored.get(figure.of, {}).get(figure.on)
            if stored is None:
                return None
            return Column(
                figure=figure,
                definition=figure.describe(stored.dated),
                reference_date=stored.date,
                reference_precision=stored.precision,
                source=stored.source,
            )
        inputs = [self.newest(key) for key in figure.inputs() if key != AREA]
        if any(stored is None for stored in inputs):
            return None
        if isinstance(figure, Change) and figure.since not in self.stored.get(figure.of, {}):
            return None
        first = inputs[0]
        # A ratio of two sources is dated by both (Kita places of July 2026 per children of
        # 31.12.2025); a change by its start and end.
        second = None
        if isinstance(figure, Change):
            second = (figure.since, dates.DAY)
        elif isinstance(figure, Ratio):
            second = next((stored.dated for stored in inputs if stored.date != first.date), None)
        sources = list(dict.fromkeys(stored.source for stored in inputs))
        return Column(
            figure=figure,
            definition=figure.describe(first.dated, second or first.dated),
            reference_date=first.date,
            reference_precision=first.precision,
            base_date=second[0] if second and isinstance(figure, Ratio) else None,
            base_precision=second[1] if second and isinstance(figure, Ratio) else dates.DAY,
            source="; ".join(sources),
        )

    # --- values --------------------------------------------------------------------------
    def parts(self, code):
        """The Planungsräume making up an area: itself, a Bezirksregion's, or the district's."""
        area = self.areas.get(code)
        if area is None:
            return []
        if area.level == Level.PLANUNGSRAUM:
            return [area]
        if area.level == Level.BEZIRKSREGION:
            return self.plr_by_region.get(code, [])
        return self.planungsraeume

    def total(self, keys, areas, on=None):
        """The sum of stored counts (or of AREA) over Planungsräume, from their newest release
        or the one `on` a date; None where a value is missing."""
        total = 0
        for key in keys:
            if key == AREA:
                known = [area.area_m2 for area in areas]
            else:
                stored = self.stored.get(key, {}).get(on) if on else self.newest(key)
                if stored is None:
                    return None
                known = [stored.plr.get(area.code) for area in areas]
            if not known or any(value is None for value in known):
                return None
            total += sum(known)
        return total

    def value(self, key, code):
        """The Value of a figure for a Planungsraum, a Bezirksregion or the district."""
        column = self.columns.get(key)
        area = self.areas.get(code)
        if column is None or area is None:
            return Value(None)
        figure = column.figure
        areas = self.parts(code)
        if isinstance(figure, Ratio):
            numerator = self.total(figure.numerator, areas)
            denominator = self.total(figure.denominator, areas)
            return Value(figure.compute(numerator, denominator), computed=True)
        if isinstance(figure, Change):
            now = self.total((figure.of,), areas)
            then = self.total((figure.of,), areas, on=figure.since)
            return Value(figure.compute(now, then), computed=True)
        if isinstance(figure, Snapshot):
            total = self.total((figure.of,), areas, on=figure.on)
            return Value(total, computed=area.level != Level.PLANUNGSRAUM)
        stored = self.newest(key)
        if area.level == Level.PLANUNGSRAUM:
            return Value(stored.plr.get(code))
        published = stored.bzr.get(code)
        if published is not None:
            return Value(published)
        return self.aggregate(key, code)

    def aggregate(self, key, code):
        """Computed from the Planungsräume, whatever the source publishes for the area:
        counts summed, shares of all residents weighted by residents; shares of a part of the
        residents and classes are never averaged (no value, `not_averaged`)."""
        figure = self.columns[key].figure
        areas = self.parts(code)
        if figure.aggregation == Aggregation.SUM:
            return Value(self.total((key,), areas), computed=True)
        if figure.aggregation == Aggregation.WEIGHTED_MEAN:
            return Value(self._weighted_mean(figure, areas), computed=True)
        return Value(None, not_averaged=True)

    def _weighted_mean(self, figure, areas):
        values = self.newest(figure.key).plr
        weight_release = self.newest(figure.weighted_by)
        weights = weight_release.plr if weight_release else {}
        pairs = [
            (values.get(area.code), weights.get(area.code))
            for area in areas
            if values.get(area.code) is not None and weights.get(area.code)
        ]
        total_weight = sum(weight for _value, weight in pairs)
        if not total_weight:
            return None
        return sum(value * weight for value, weight in pairs) / total_weight

    def series(self, key, code):
        """[(date, value)] of a stored count for an area over every release, oldest first
        (None where a Planungsraum is missing)."""
        areas = self.parts(code)
        return [
            (day, self.total((key,), areas, on=day)) for day in sorted(self.stored.get(key, {}))
        ]

    def rank(self, key, code):
        """(rank, of how many) of a Bezirksregion among those with a value, the highest value
        ranked 1; None where it has no value or the area is no Bezirksregion."""
        area = self.areas.get(code)
        own = self.value(key, code).value
        if own is None or area is None or area.level != Level.BEZIRKSREGION:
            return None
        values = [self.value(key, region.code).value for region in self.bezirksregionen]
        known = [value for value in values if value is not None]
        return 1 + sum(value > own for value in known), len(known)

    def label(self, key, value):
        """A class's name ('niedrig') for class figures, else None."""
        column = self.columns.get(key)
        if column is None or not column.categories or value.value is None:
            return None
        label = column.categories.get(str(int(value.value)))
        return gettext(label) if label else label

    def mss_status(self, code):
        """(class number, label) of a Planungsraum's MSS status, or (None, None)."""
        value = self.value(STATUS, code)
        if not value.known:
            return None, None
        return int(value.value), self.label(STATUS, value)

    def key_figures(self, code):
        """[(column, Value of the area, Value of the district)] for the key columns."""
        return [
            (column, self.value(column.key, code), self.value(column.key, DISTRICT_CODE))
            for column in self.key_columns()
        ]

    def ordered_columns(self):
        return list(self.columns.values())  # in the declared order

    def key_columns(self):
        return [column for column in self.columns.values() if column.key_figure]

    def comparable_columns(self):
        """Every column of Kieze in Zahlen and its downloads."""
        return [column for column in self.columns.values() if column.figure.comparable]


figure_table = PerVersion(FigureTable, topics=("figures", "geography"))
