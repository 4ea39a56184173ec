"""Figures for every Planungsraum, Bezirksregion and the district, ready to compare.

Stored values belong to Planungsräume (and, for MSS indicators, to Bezirksregionen where the
source publishes them). Everything else is computed here and says so: counts are summed,
shares are averaged weighted by population, MSS classes are never averaged."""

from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from spk_site.content_version import PerVersion

from .columns import Column, Value, no_value_reason, short_date
from .indicators import (
    ALL,
    GREEN_AREA_KEY,
    KITA_PLACES_KEY,
    MSS_STATUS_KEY,
    MSS_WEIGHT,
    PLAY_AREA_KEY,
    POPULATION_GROUP,
    POPULATION_KEY,
    PUBLISHED_ONLY,
    SUM,
    WEIGHTED_MEAN,
)
from .models import Bezirksregion, IndicatorRelease, IndicatorValue, Planungsraum
from .models.geography import DISTRICT_CODE

KITA_RATIO_KEY = "kita_plaetze_je_100_kinder"
GREEN_PER_RESIDENT_KEY = "gruenflaeche_je_einwohner"
PLAY_PER_RESIDENT_KEY = "spielflaeche_je_einwohner"
COUNTED = ("Personen", "Plätze", "m²")  # units shown as whole numbers


DERIVED = [
    ("dichte", _("Einwohnerdichte"), N_("Einw. je km²"), 0),
    ("anteil_unter_18", _("Anteil unter 18 Jahren"), "%", 1),
    ("anteil_65_und_mehr", _("Anteil 65 Jahre und älter"), "%", 1),
    ("veraenderung_einwohner", _("Veränderung der Einwohnerzahl"), "%", 1),
    (KITA_RATIO_KEY, _("Kita-Plätze je 100 Kinder unter 6 Jahren"), N_("je 100 Kinder"), 1),
    (GREEN_PER_RESIDENT_KEY, _("Grünanlagen je Einwohner"), N_("m² je Einw."), 1),
    (PLAY_PER_RESIDENT_KEY, _("Spielfläche je Einwohner"), N_("m² je Einw."), 2),
]
# What an area's residents need, per resident (the derived column -> the area it divides).
PER_RESIDENT = {GREEN_PER_RESIDENT_KEY: GREEN_AREA_KEY, PLAY_PER_RESIDENT_KEY: PLAY_AREA_KEY}


@dataclass(frozen=True)
class AreaEntry:
    """What the table needs of an area: plain data, shared by the threads of a process."""

    code: str
    name: str
    area_m2: float | None
    bezirksregion_code: str = ""


def _per_residents(key, name, unit, decimals, definition, part, population, *, key_figure):
    """A derived column from two sources: a count of `part` (Kita places, areas) per the
    residents of `population`, dated by both."""
    return Column(
        key, name, unit, part.group, definition, part.reference_date,
        f"{part.source}; {population.source}", {}, "derived", key_figure=key_figure,
        decimals=decimals, base_date=population.reference_date,
        reference_precision=part.reference_precision,
        base_precision=population.reference_precision,
    )  # fmt: skip


class FigureTable:
    def __init__(self):
        self.planungsraeume = [
            AreaEntry(*row)
            for row in Planungsraum.objects.order_by("code").values_list(
                "code", "name", "area_m2", "bezirksregion__code"
            )
        ]
        self.bezirksregionen = [
            AreaEntry(*row)
            for row in Bezirksregion.objects.order_by("code").values_list("code", "name", "area_m2")
        ]
        self.plr_by_region = {}
        for area in self.planungsraeume:
            self.plr_by_region.setdefault(area.bezirksregion_code, []).append(area)
        self.columns = {}
        self.base_population_key = None  # the population of the oldest release
        self.plr_values = {}  # column key -> {plr code: value}
        self.bzr_values = {}  # column key -> {bzr code: value} (published by the source)
        self._load()
        self._derive()

    # --- loading -------------------------------------------------------------------------
    def _load(self):
        releases = {
            release.pk: release
            for release in IndicatorRelease.objects.select_related("dataset").order_by(
                "-reference_date"
            )
        }
        rows = IndicatorValue.objects.values_list(
            "release_id",
            "indicator__key",
            "planungsraum__code",
            "bezirksregion__code",
            "value",
        )
        newest = {}  # indicator key -> release id of its newest release
        per_release = {}
        for release_id, key, plr, bzr, value in rows:
            per_release.setdefault((key, release_id), []).append((plr, bzr, value))
            current = newest.get(key)
            if current is None or (
                releases[release_id].reference_date > releases[current].reference_date
            ):
                newest[key] = release_id
        self.population_releases = sorted(
            {release_id for (key, release_id) in per_release if key == POPULATION_KEY},
            key=lambda release_id: releases[release_id].reference_date,
        )
        self.releases = releases
        self.series_values = {}  # (indicator key, date) -> {plr code: value}, residents' figures
        for (key, release_id), entries in per_release.items():
            if key in ALL and ALL[key].group == POPULATION_GROUP:
                values = {plr: value for plr, _bzr, value in entries if plr}
                self.series_values[(key, releases[release_id].reference_date)] = values
        # The change in residents is measured from the oldest release we have.
        base_release = self.population_releases[0] if len(self.population_releases) > 1 else None
        self.weights = {}
        for (key, release_id), entries in per_release.items():
            if key == MSS_WEIGHT and release_id == newest.get(key):
                self.weights = {plr: value for plr, _bzr, value in entries if plr}
        for (key, release_id), entries in per_release.items():
            if key not in ALL:
                continue
            definition = ALL[key]
            release = releases[release_id]
            if release_id == newest[key]:
                column_key = key
            elif key == POPULATION_KEY and release_id == base_release:
                column_key = f"{POPULATION_KEY}_{release.reference_date:%Y_%m_%d}"
                self.base_population_key = column_key
            else:
                continue  # older releases of other indicators stay in the database and JSON
            self.columns[column_key] = Column(
                key=column_key,
                name=definition.name
                if column_key == key
                else format_lazy(
                    _("{name} am {date}"),
                    name=definition.name,
                    date=short_date(release.reference_date),
                ),
                unit=definition.unit,
                group=definition.group,
                definition=definition.definition,
                reference_date=release.reference_date,
                source=release.dataset.attribution,
                categories=definition.categories,
                kind=definition.aggregation,
                key_figure=definition.key_figure and column_key == key,
                decimals=0 if definition.unit in COUNTED or definition.categories else 1,
                no_value_reason=no_value_reason(definition),
                reference_precision=release.dataset.reference_precision,
            )
            self.plr_values[column_key] = {plr: value for plr, _bzr, value in entries if plr}
            self.bzr_values[column_key] = {bzr: value for _plr, bzr, value in entries if bzr}

    def _derive(self):
        if POPULATION_KEY not in self.columns:
            return
        population = self.columns[POPULATION_KEY]
        older = [
            self.releases[release_id]
            for release_id in self.population_releases
            if self.releases[release_id].reference_date < population.reference_date
        ]
        for key, name, unit, decimals in DERIVED:
            if key == KITA_RATIO_KEY:
                places = self.columns.get(KITA_PLACES_KEY)
                if places is None or "alter_unter_6" not in self.columns:
                    continue
                definition = format_lazy(
                    _("Genehmigte Kita-Plätze (Kitaliste, Stand {places}) je 100 Kinder "
                      "unter 6 Jahren (Einwohner, Stand {children}), berechnet: Summe der "
                      "Plätze durch Summe der Kinder, nie ein Mittel der Quoten."),
                    places=short_date(places.reference_date),
                    children=short_date(population.reference_date),
                )  # fmt: skip
                self.columns[key] = _per_residents(
                    key, name, unit, decimals, definition, places, population, key_figure=True
                )
                continue
            if key in PER_RESIDENT:
                area = self.columns.get(PER_RESIDENT[key])
                if area is None:
                    continue
                definition = format_lazy(
                    _("{area} (Stand {date}) in m² je Einwohnerin und Einwohner (Stand "
                      "{residents}), berechnet: Summe der Flächen durch Summe der "
                      "Einwohner."),
                    area=area.name, date=short_date(area.reference_date),
                    residents=short_date(population.reference_date),
                )  # fmt: skip
                self.columns[key] = _per_residents(
                    key, name, unit, decimals, definition, area, population, key_figure=False
                )
                continue
            if key == "veraenderung_einwohner":
                if not older:
                    continue
                base = older[0].reference_date
                name = format_lazy(_("{name} seit {date}"), name=name, date=short_date(base))
                definition = format_lazy(
                    _("Veränderung der Einwohnerzahl vom {start} bis zum {end}, in Prozent "
                      "(berechnet)."),
                    start=short_date(base),
                    end=short_date(population.reference_date),
                )  # fmt: skip
            elif key == "dichte":
                definition = _("Einwohner je Quadratkilometer amtlicher Fläche (berechnet).")
            else:
                definition = format_lazy(
                    _("{name}: Anteil an allen Einwohnern, in Prozent (berechnet)."), name=name
                )
            self.columns[key] = Column(
                key, name, unit, population.group, definition, population.reference_date,
                population.source, {}, "derived", key_figure=key != "anteil_unter_18",
                decimals=decimals, reference_precision=population.reference_precision,
            )  # fmt: skip

    # --- values --------------------------------------------------------------------------
    def _parts(self, code):
        """The Planungsräume making up a code: itself, a Bezirksregion's, or the district's."""
        if len(code) == 8:
            return [area for area in self.planungsraeume if area.code == code]
        if len(code) == 6:
            return self.plr_by_region.get(code, [])
        return self.planungsraeume

    def _sum(self, column_key, areas):
        values = self.plr_values.get(column_key, {})
        known = [values.get(area.code) for area in areas]
        if not known or any(value is None for value in known):
            return None
        return sum(known)

    def _area_km2(self, areas):
        return sum(area.area_m2 or 0 for area in areas) / 1_000_000

    def value(self, column_key, code):
        """The Value of a column for a Planungsraum, a Bezirksregion or the district."""
        column = self.columns.get(column_key)
        if column is None:
            return Value(None)
        areas = self._parts(code)
        single = len(code) == 8
        if column.kind == "derived":
            return Value(self._derived(column_key, areas), computed=True)
        if single:
            return Value(self.plr_values[column_key].get(code))
        published = self.bzr_values[column_key].get(code)
        if published is not None:
            return Value(published)
        return self.aggregate(column_key, code)

    def aggregate(self, column_key, code):
        """Computed from the Planungsräume, whatever the source publishes for the area:
        counts summed, shares of all residents weighted by residents; shares of a part of the
        residents and classes are never averaged (no value, `not_averaged`)."""
        column = self.columns[column_key]
        areas = self._parts(code)
        if column.kind == SUM:
            return Value(self._sum(column_key, areas), computed=True)
        if column.kind == WEIGHTED_MEAN:
            return Value(self._weighted_mean(column_key, areas), computed=True)
        return Value(None, not_averaged=column.kind == PUBLISHED_ONLY or bool(column.categories))

    def _weighted_mean(self, column_key, areas):
        values = self.plr_values[column_key]
        pairs = [
            (values.get(area.code), self.weights.get(area.code))
            for area in areas
            if values.get(area.code) is not None and self.weights.get(area.code)
        ]
        total_weight = sum(weight for _value, weight in pairs)
        if not total_weight:
            return None
        return sum(value * weight for value, weight in pairs) / total_weight

    def _derived(self, key, areas):
        population = self._sum(POPULATION_KEY, areas)
        if population is None:
            return None
        if key == "dichte":
            area = self._area_km2(areas)
            return population / area if area else None
        if key == "anteil_unter_18":
            young = [
                self._sum(k, areas) for k in ("alter_unter_6", "alter_6_bis_15", "alter_15_bis_18")
            ]
            return None if None in young or not population else 100 * sum(young) / population
        if key == "anteil_65_und_mehr":
            old = self._sum("alter_65_und_mehr", areas)
            return None if old is None or not population else 100 * old / population
        if key == KITA_RATIO_KEY:
            places, children = self._sum(KITA_PLACES_KEY, areas), self._sum("alter_unter_6", areas)
            return None if places is None or not children else 100 * places / children
        if key in PER_RESIDENT:
            area = self._sum(PER_RESIDENT[key], areas)
            return None if area is None or not population else area / population
        if key == "veraenderung_einwohner":
            base = self._sum(self.base_population_key, areas) if self.base_population_key else None
            return None if not base else 100 * (population - base) / base
        return None

    def series(self, key, code):
        """[(date, value)] of a residents' figure for an area, oldest first: every release
        that has it (None where a Planungsraum is missing)."""
        areas = self._parts(code)
        points = []
        for (series_key, date), values in sorted(self.series_values.items(), key=lambda i: i[0][1]):
            if series_key != key:
                continue
            known = [values.get(area.code) for area in areas]
            points.append((date, None if None in known or not known else sum(known)))
        return points

    def rank(self, column_key, code):
        """(rank, of how many) of a Bezirksregion among those with a value, the highest value
        ranked 1; None where it has no value."""
        values = [self.value(column_key, region.code).value for region in self.bezirksregionen]
        own = self.value(column_key, code).value
        known = [value for value in values if value is not None]
        if own is None or len(code) != 6:
            return None
        return 1 + sum(value > own for value in known), len(known)

    def label(self, column_key, value):
        """A class's name ('niedrig') for class indicators, else None."""
        column = self.columns.get(column_key)
        if column is None or not column.categories or value.value is None:
            return None
        label = column.categories.get(str(int(value.value)))
        return gettext(label) if label else label

    def mss_status(self, code):
        """(class number, label) of a Planungsraum's MSS status, or (None, None)."""
        value = self.value(MSS_STATUS_KEY, code)
        if not value.known:
            return None, None
        return int(value.value), self.label(MSS_STATUS_KEY, value)

    def key_figures(self, code):
        """[(column, Value of the area, Value of the district)] for the key columns."""
        return [
            (column, self.value(column.key, code), self.value(column.key, DISTRICT_CODE))
            for column in self.key_columns()
        ]

    def ordered_columns(self):
        order = {key: ALL[key].order for key in ALL}
        order.update({key: 5 + index for index, (key, *_rest) in enumerate(DERIVED)})
        order.update({key: 34 + index for index, key in enumerate(PER_RESIDENT)})
        return sorted(
            self.columns.values(),
            key=lambda column: (order.get(column.key, 1.5), column.key),  # 1.5: older population
        )

    def key_columns(self):
        return [column for column in self.ordered_columns() if column.key_figure]

    def comparable_columns(self):
        """Everything but the MSS's own weighting base and class columns (shown as labels)."""
        return [column for column in self.ordered_columns() if column.key != MSS_WEIGHT]


figure_table = PerVersion(FigureTable)
