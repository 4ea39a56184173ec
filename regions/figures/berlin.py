"""Neukölln and its Bezirksregionen beside Berlin: shares and the change since 30.06.2021 from
the rows of BerlinPopulation (sums of numerators over sums of denominators, as the source
counts them), each with its rank among Berlin's 143 Bezirksregionen or twelve districts."""

import bisect
import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ..models.berlin import (
    BERLIN_CODE,
    LEVEL_OF_CODE_LENGTH,
    BerlinAreaLevel,
    BerlinCrime,
    BerlinGreen,
    BerlinKita,
    BerlinPopulation,
    BerlinSocialMonitoring,
)
from . import social
from .declarations import BASE_DATE


@dataclass(frozen=True)
class Measure:
    key: str
    name: str
    decimals: int
    unit: str  # "" for counts, "%" for shares and changes

    def of(self, row, base):
        if row is None:
            return None
        if self.key == "residents":
            return row.residents
        if self.key == "change":
            if base is None or not base.residents:
                return None
            return 100 * (row.residents - base.residents) / base.residents
        return 100 * getattr(row, self.key) / row.residents if row.residents else None


MEASURES = (
    Measure("residents", _("Einwohnerinnen und Einwohner"), 0, ""),
    Measure("under_18", _("Anteil unter 18 Jahren"), 1, "%"),
    Measure("aged_65_and_over", _("Anteil 65 Jahre und älter"), 1, "%"),
    Measure("change", _("Veränderung der Einwohnerzahl seit 30.06.2021"), 1, "%"),
)


@dataclass
class Compared:
    measure: Measure
    area: float | None
    district: float | None
    berlin: float | None
    rank: int | None  # 1 = the highest value among the peers
    peers: int


@dataclass
class BerlinComparison:
    """One area's figures beside Neukölln's and Berlin's on one date, and the series."""

    area: str
    reference_date: object
    rows: list = field(default_factory=list)
    series: list = field(default_factory=list)  # (date, area, district, berlin) residents
    # (date, {"area"|"district"|"berlin": (share under 18, share 65+)}) per half-year
    shares: list = field(default_factory=list)
    crime: Compared | None = None  # Kernindikator A8, of its own year
    crime_year: int | None = None
    green: list = field(default_factory=list)  # A4 and A5 over the residents of reference_date
    green_month: object = None  # the date of the registers (month)
    kita: Compared | None = None  # places of the Kita list per 100 children of reference_date
    kita_month: object = None  # the date of the Kita list (month)

    def all_rows(self):
        """[(Compared, when)] of every figure in the order pages list them; `when` holds
        "date" (the half-year), "year" (the crime atlas), "register" or "list" (the month of
        the green registers or the Kita list, beside the half-year of the residents)."""
        day = {"date": self.reference_date}
        found = [(compared, day) for compared in self.rows]
        if self.crime is not None:
            found.append((self.crime, {"year": self.crime_year}))
        found += [(compared, {**day, "register": self.green_month}) for compared in self.green]
        if self.kita is not None:
            found.append((self.kita, {**day, "list": self.kita_month}))
        return found

    def index(self, which):
        """[(date, value with 30.06.2021 = 100)] of "area", "district" or "berlin"."""
        position = {"area": 1, "district": 2, "berlin": 3}[which]
        base = next((point[position] for point in self.series if point[0] == BASE_DATE), None)
        if not base:
            return []
        return [(point[0], 100 * point[position] / base) for point in self.series]


@dataclass(frozen=True)
class BerlinRows:
    """The comparison tables, read once: the half-years since the base date, the crime atlas
    (newest year first), the summed registers and the Kita list."""

    population: list
    crime: list
    green: dict
    kitas: dict

    @classmethod
    def read(cls):
        return cls(
            population=list(BerlinPopulation.objects.filter(reference_date__gte=BASE_DATE)),
            crime=list(BerlinCrime.objects.order_by("-year")),
            green={row.area: row for row in BerlinGreen.objects.select_related("dataset")},
            kitas={row.area: row for row in BerlinKita.objects.select_related("dataset")},
        )


def berlin_comparisons(areas, district):
    """{area: comparison} of several areas, reading the tables once (Kieze in Zahlen)."""
    tables = BerlinRows.read()
    found = {area: berlin_comparison(area, district, tables) for area in areas}
    return {area: comparison for area, comparison in found.items() if comparison is not None}


def _rank(value, values):
    if value is None:
        return None
    return 1 + sum(1 for other in values if other is not None and other > value)


def berlin_comparison(area, district, tables=None):
    """The comparison for a Bezirksregion (six digits) or a district (two), None when the
    rows are not imported (a database without the comparison data). `tables`: BerlinRows
    read once when several areas are compared."""
    level = LEVEL_OF_CODE_LENGTH.get(len(area))
    tables = tables or BerlinRows.read()
    rows = tables.population
    by_date = {}
    for row in rows:
        by_date.setdefault(row.reference_date, {})[row.area] = row
    dated = sorted(day for day, areas in by_date.items() if area in areas)
    if level is None or not dated:
        return None
    latest, base = by_date[dated[-1]], by_date.get(BASE_DATE, {})
    comparison = BerlinComparison(area=area, reference_date=dated[-1])
    peers = [row for row in latest.values() if row.level == level]
    for measure in MEASURES:
        values = [measure.of(row, base.get(row.area)) for row in peers]
        value = measure.of(latest[area], base.get(area))
        comparison.rows.append(
            Compared(
                measure=measure,
                area=value,
                district=measure.of(latest.get(district), base.get(district))
                if area != district
                else None,
                berlin=measure.of(latest.get(BERLIN_CODE), base.get(BERLIN_CODE)),
                rank=_rank(value, values),
                peers=len(peers),
            )
        )
    for day in dated:
        areas = by_date[day]
        if district in areas and BERLIN_CODE in areas:
            comparison.series.append(
                (
                    day,
                    areas[area].residents,
                    areas[district].residents,
                    areas[BERLIN_CODE].residents,
                )
            )
            comparison.shares.append(
                (
                    day,
                    {
                        which: tuple(MEASURES[k].of(areas[code], None) for k in (1, 2))
                        for which, code in (
                            ("area", area),
                            ("district", district),
                            ("berlin", BERLIN_CODE),
                        )
                    },
                )
            )
    comparison.crime_year, comparison.crime = _crime(area, district, level, by_date, tables.crime)
    comparison.green_month, comparison.green = _green(area, district, level, latest, tables.green)
    comparison.kita_month, comparison.kita = _kitas(area, district, level, latest, tables.kitas)
    return comparison


CRIME = Measure("kiez_offences", _("Kiezbezogene Straftaten je 100 Einwohner"), 2, "")


def _crime(area, district, level, by_date, rows):
    """A8 of the newest year: a Bezirksregion's source frequency per 100 (the frequency per
    100,000 divided by 1,000); a district's and Berlin's cases over their residents of 31.12.
    of that year (the source's own district frequencies and city total are wrong)."""
    if not rows:
        return None, None
    year = rows[0].year
    rows = [row for row in rows if row.year == year]
    residents = by_date.get(datetime.date(year, 12, 31), {})

    def rate(row):
        if row is None:
            return None
        if row.kiez_offences_per_100_000 is not None:
            return row.kiez_offences_per_100_000 / 1000
        counted = residents.get(row.area)
        return (
            100 * row.kiez_offences / counted.residents if counted and counted.residents else None
        )

    by_area = {row.area: row for row in rows}
    districts = [row for row in rows if row.level == BerlinAreaLevel.DISTRICT]
    city = residents.get(BERLIN_CODE)
    berlin = (
        100 * sum(row.kiez_offences for row in districts) / city.residents
        if city and city.residents and len(districts) == 12
        else None
    )
    peers = [rate(row) for row in rows if row.level == level]
    value = rate(by_area.get(area))
    return year, Compared(
        measure=CRIME,
        area=value,
        district=rate(by_area.get(district)) if area != district else None,
        berlin=berlin,
        rank=_rank(value, peers),
        peers=len(peers),
    )


GREEN = Measure("green_area_m2", _("Grünanlagen je Einwohner"), 1, "m²")
PLAY = Measure("net_play_area_m2", _("Nettospielfläche je Einwohner"), 2, "m²")


def _green(area, district, level, residents, rows):
    """A4 and A5: the registers' areas over the residents of the comparison's date, for the
    area, the district, Berlin and every peer (ranked). An area without any entry in the
    registers has none of that area: a real zero (data README)."""
    if not rows:
        return None, []

    def per_resident(measure, code):
        counted = residents.get(code)
        if counted is None or not counted.residents:
            return None
        row = rows.get(code)
        return (getattr(row, measure.key) if row else 0.0) / counted.residents

    found = []
    peers = [code for code, row in residents.items() if row.level == level]
    for measure in (GREEN, PLAY):
        value = per_resident(measure, area)
        found.append(
            Compared(
                measure=measure,
                area=value,
                district=per_resident(measure, district) if area != district else None,
                berlin=per_resident(measure, BERLIN_CODE),
                rank=_rank(value, [per_resident(measure, code) for code in peers]),
                peers=len(peers),
            )
        )
    return next(iter(rows.values())).dataset.reference_date, found


KITA = Measure("kita_places", _("Kita-Plätze je 100 Kinder unter 6 Jahren"), 1, "")


def _kitas(area, district, level, residents, rows):
    """Places of the Kita list per 100 children under 6 of the comparison's date (the two
    dates differ and are both said where shown)."""
    if area not in rows:
        return None, None

    def per_100(code):
        row, counted = rows.get(code), residents.get(code)
        if row is None or counted is None or not counted.under_6:
            return None
        return 100 * row.places / counted.under_6

    peers = [per_100(code) for code, row in rows.items() if row.level == level]
    value = per_100(area)
    return rows[area].dataset.reference_date, Compared(
        measure=KITA,
        area=value,
        district=per_100(district) if area != district else None,
        berlin=per_100(BERLIN_CODE),
        rank=_rank(value, peers),
        peers=len(peers),
    )


# The MSS figures kept for every Planungsraum of Berlin, by their key in the FigureTable.
MSS_FIELDS = {
    social.S1: "s1",
    social.S3: "s3",
    social.S4: "s4",
    social.D1: "d1",
    social.D3: "d3",
    social.D4: "d4",
    "mss_k09_einfache_wohnlage": "k09",
    "mss_k10_wohndauer_ueber_5_jahre": "k10",
    "mss_k12_wanderungssaldo": "k12",
    "mss_k13_wanderungssaldo_kinder": "k13",
}


@dataclass(frozen=True)
class MssBerlin:
    """Berlin's valid Planungsräume in the MSS 2021: per figure the sorted values, and how
    many have each status class. The source gives shares without their counts, so the
    comparison is a position among the Planungsräume, not a Berlin average."""

    values: dict  # figure key -> sorted values
    status_counts: dict  # class number -> Planungsräume
    valid: int

    def share_below(self, key, value):
        """The share (%) of Berlin's valid Planungsräume with a lower value, or None."""
        values = self.values.get(key)
        if value is None or not values:
            return None
        return 100 * bisect.bisect_left(values, value) / len(values)

    def median(self, key):
        values = self.values.get(key) or []
        if not values:
            return None
        middle = len(values) // 2
        return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2

    def class_share(self, number):
        """The share (%) of Berlin's valid Planungsräume with this status class."""
        return 100 * self.status_counts.get(number, 0) / self.valid if self.valid else None


def mss_berlin():
    """Berlin's valid Planungsräume in the MSS 2021, or None when they are not imported."""
    rows = list(
        BerlinSocialMonitoring.objects.filter(valid=True).values(
            "status_class", *MSS_FIELDS.values()
        )
    )
    if not rows:
        return None
    values = {
        key: sorted(row[name] for row in rows if row[name] is not None)
        for key, name in MSS_FIELDS.items()
    }
    counts = {}
    for row in rows:
        if row["status_class"] is not None:
            counts[row["status_class"]] = counts.get(row["status_class"], 0) + 1
    return MssBerlin(values=values, status_counts=counts, valid=len(rows))


def mss_groups(areas):
    """{Planungsraum: {figure key: the source's group (1–4, dynamics 1–3)}} of the index
    indicators, for the given Planungsraum codes."""
    fields = {key: f"{name}_class" for key, name in MSS_FIELDS.items() if name[0] in "sd"}
    rows = BerlinSocialMonitoring.objects.filter(area__in=list(areas)).values(
        "area", *fields.values()
    )
    return {row["area"]: {key: row[field] for key, field in fields.items()} for row in rows}
