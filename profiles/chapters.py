"""Teil I of a profile in the chapter outline of Berlin's Bezirksregionenprofile: per chapter
its Kernindikatoren beside Neukölln and Berlin (each with its official code, date and where it
stands in Berlin), what the profile cannot show yet and where it would come from, and the
staff's own text. The figures themselves come from profiles.figures and profiles.berlin."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from places.figures import GREEN_PER_RESIDENT, KITA_RATIO, PLAY_PER_RESIDENT
from regions.charts import format_value
from regions.figures import population, social
from regions.figures.berlin import mss_berlin, mss_groups
from regions.figures.table import figure_table
from regions.models.geography import DISTRICT_CODE
from spk_site import dates

MSS_DATE = datetime.date(2020, 12, 31)

# (key, title): the outline of Teil I, as Berlin's profiles order it.
OUTLINE = (
    ("kurzportraet", gettext_lazy("Kurzporträt")),
    ("demografie", gettext_lazy("Demografie")),
    ("soziale-lage", gettext_lazy("Soziale Lage")),
    ("bildung-gesundheit", gettext_lazy("Bildung und Gesundheit")),
    ("wohnen", gettext_lazy("Wohnen")),
    ("soziale-infrastruktur", gettext_lazy("Soziale Infrastruktur")),
    ("gruen-spiel", gettext_lazy("Grün und Spiel")),
    ("oeffentlicher-raum", gettext_lazy("Öffentlicher Raum und Sicherheit")),
    ("beteiligung", gettext_lazy("Beteiligung")),
)

# Kernindikatoren without open data on the LOR 2021: (code, what it is, where it would come
# from), said in their chapter rather than left out (data README, "Berlin as a whole").
MISSING = {
    "bildung-gesundheit": (
        (
            "A6",
            gettext_lazy("Besuch einer Kita"),
            gettext_lazy(
                "Die Kita-Statistik der Senatsverwaltung für Bildung, Jugend und Familie; sie "
                "ist nicht als offene Daten je Bezirksregion veröffentlicht."
            ),
        ),
        (
            "E1–E8",
            gettext_lazy("Einschulungsuntersuchungen, Schulen, Hilfen zur Erziehung"),
            gettext_lazy(
                "Die Einschulungsuntersuchungen der Gesundheitsämter, die Schulstatistik und "
                "die Statistik des Jugendamts; offene Daten gibt es davon nur für die alten LOR "
                "vor 2021 oder gar nicht je Gebiet."
            ),
        ),
    ),
    "soziale-lage": (
        (
            "D1",
            "",
            gettext_lazy(
                "Nicht als offene Daten für die LOR 2021 veröffentlicht. Nicht zu verwechseln "
                "mit dem Indexindikator D1 des Sozialmonitorings in der Tabelle oben."
            ),
        ),
    ),
    "soziale-infrastruktur": (
        (
            "A7",
            gettext_lazy("Plätze in Jugendfreizeiteinrichtungen je 6- bis 24-Jährige"),
            gettext_lazy(
                "Die Platzzahlen kennt das Jugendamt; die offenen Einwohnerdaten haben keine "
                "Altersgruppe von 6 bis 24 Jahren."
            ),
        ),
    ),
}

# The Kernindikatoren the MSS context indicators only resemble: (figure key, code, chapter).
RESEMBLING = {
    "mss_k10_wohndauer_ueber_5_jahre": ("C1", "wohnen"),
    "mss_k12_wanderungssaldo": ("C2", "demografie"),
    "mss_k13_wanderungssaldo_kinder": ("C3", "demografie"),
}


@dataclass
class CoreRow:
    """One indicator of a chapter beside Neukölln and Berlin, formatted."""

    code: str
    name: str
    area: str
    district: str = "–"
    berlin: str = "–"
    standing: str = "–"
    date_display: str = ""
    date_iso: str = ""
    resembles: str = ""  # the Kernindikator an MSS context indicator only resembles
    ranked: bool = False  # standing is a rank among Berlin's regions (or districts)
    mss: bool = False  # standing is a position among Berlin's Planungsräume
    # Unformatted, for the downloads: values of the area, Neukölln and Berlin, the rank and
    # its peers, and the share (%) of Berlin's valid Planungsräume with a lower value.
    numbers: tuple = (None, None, None)
    rank: tuple = (None, None)
    share_below: float | None = None
    unit: str = ""


@dataclass
class Chapter:
    key: str
    title: str
    number: int
    rows: list = field(default_factory=list)
    sentences: list = field(default_factory=list)
    missing: tuple = ()
    texts: list = field(default_factory=list)
    # Soziale Lage: the index indicators per Planungsraum with the source's group
    area_columns: list = field(default_factory=list)  # (code, name)
    area_rows: list = field(default_factory=list)  # {"area", "cells": [(text, group)]}

    @property
    def ranked(self):
        return any(row.ranked for row in self.rows)

    @property
    def mss(self):
        return any(row.mss for row in self.rows)


def _population_rows(berlin):
    """Residents, B1, B2 and the change since 30.06.2021 beside Berlin, with their rank."""
    if not berlin:
        return []
    codes = {"under_18": "B1", "aged_65_and_over": "B2"}
    return [
        CoreRow(
            code=codes.get(row["key"], ""),
            name=row["name"],
            area=row["area"],
            district=row["district"],
            berlin=row["berlin"],
            standing=_("Rang %(rank)s von %(peers)s") % row if row["rank"] else "–",
            date_display=berlin["date_display"],
            date_iso=berlin["date"].isoformat(),
            ranked=bool(row["rank"]),
            numbers=row["raw"],
            rank=(row["rank"], row["peers"]),
            unit=row["unit"],
        )
        for row in berlin["rows"]
        if row["key"] != "kiez_offences"
    ]


def _crime_rows(berlin):
    if not berlin:
        return []
    return [
        CoreRow(
            code="A8",
            name=row["name"],
            area=row["area"],
            district=row["district"],
            berlin=row["berlin"],
            standing=_("Rang %(rank)s von %(peers)s") % row if row["rank"] else "–",
            date_display=str(berlin["crime_year"]),
            date_iso=str(berlin["crime_year"]),
            ranked=bool(row["rank"]),
            numbers=row["raw"],
            rank=(row["rank"], row["peers"]),
            unit=row["unit"],
        )
        for row in berlin["rows"]
        if row["key"] == "kiez_offences"
    ]


def _green_rows(profile, table, berlin):
    """A4 and A5 beside Berlin, all over the residents of Berlin's newest half-year; without
    the Berlin rows, the figures of the table (beside Neukölln only)."""
    if not berlin or not berlin.get("green_rows"):
        return _table_rows(profile, table, (GREEN_PER_RESIDENT, PLAY_PER_RESIDENT))
    register = table.columns.get(GREEN_PER_RESIDENT)
    register_date = register.reference_display if register else ""
    return [
        CoreRow(
            code=row["code"],
            name=row["name"],
            area=row["area"],
            district=row["district"],
            berlin=row["berlin"],
            standing=_("Rang %(rank)s von %(peers)s") % row if row["rank"] else "–",
            date_display=_("Register %(register)s, Einwohner %(residents)s")
            % {"register": register_date, "residents": berlin["date_display"]},
            date_iso=berlin["date"].isoformat(),
            ranked=bool(row["rank"]),
            numbers=row["raw"],
            rank=(row["rank"], row["peers"]),
            unit=row["unit"],
        )
        for row in berlin["green_rows"]
    ]


def _kita_rows(profile, table, berlin):
    """Kita places per 100 children beside Berlin: the Kita list's month and the residents'
    half-year both said; without the Berlin rows, the figure of the table."""
    row = berlin.get("kita_row") if berlin else None
    if row is None:
        return _table_rows(profile, table, (KITA_RATIO,))
    return [
        CoreRow(
            code="",
            name=row["name"],
            area=row["area"],
            district=row["district"],
            berlin=row["berlin"],
            standing=_("Rang %(rank)s von %(peers)s") % row if row["rank"] else "–",
            date_display=_("Kitaliste %(list)s, Kinder %(children)s")
            % {
                "list": dates.display(row["month"], dates.MONTH),
                "children": berlin["date_display"],
            },
            date_iso=berlin["date"].isoformat(),
            ranked=bool(row["rank"]),
            numbers=row["raw"],
            rank=(row["rank"], row["peers"]),
            unit=row["unit"],
        )
    ]


def _shown(table, key, code):
    column = table.columns[key]
    value = table.value(key, code).value
    if value is None:
        return None, "–"
    return value, format_value(value, column.decimals, column.display_unit)


def _mss_standing(profile, table, key, value, berlin):
    """Where the value stands among Berlin's valid Planungsräume; for the district: how many
    of its Planungsräume lie above Berlin's median."""
    if berlin is None:
        return "–"
    if profile.is_district:
        median = berlin.median(key)
        values = [table.value(key, area.code).value for area in profile.planungsraeume]
        known = [v for v in values if v is not None]
        if median is None or not known:
            return "–"
        column = table.columns[key]
        return _("%(above)d von %(count)d Planungsräumen über dem Median Berlins (%(median)s)") % {
            "above": sum(1 for v in known if v > median),
            "count": len(known),
            "median": format_value(median, column.decimals, column.display_unit),
        }
    share = berlin.share_below(key, value)
    if share is None:
        return "–"
    return _("höher als in %(share)s der %(count)d gültigen Planungsräume Berlins") % {
        "share": format_value(share, 0, "%"),
        "count": berlin.valid,
    }


def _mss_rows(profile, table, keys, berlin):
    rows = []
    for key in keys:
        if key not in table.columns:
            continue
        value, text = _shown(table, key, profile.code)
        district_value, district = _shown(table, key, DISTRICT_CODE)
        resembles = RESEMBLING.get(key, ("", ""))[0]
        code = key.split("_")[1].upper() if key in social.INDEX_INDICATORS else ""
        rows.append(
            CoreRow(
                code=code,
                name=str(table.columns[key].name),
                area=text,
                district=district if not profile.is_district else "",
                standing=_mss_standing(profile, table, key, value, berlin),
                date_display=dates.short(MSS_DATE),
                date_iso=MSS_DATE.isoformat(),
                resembles=resembles,
                mss=True,
                numbers=(value, None if profile.is_district else district_value, None),
                share_below=berlin.share_below(key, value) if berlin else None,
                unit=str(table.columns[key].display_unit),
            )
        )
    return rows


def _table_rows(profile, table, keys):
    rows = []
    for key in keys:
        if key not in table.columns:
            continue
        column = table.columns[key]
        value, text = _shown(table, key, profile.code)
        district_value, district = _shown(table, key, DISTRICT_CODE)
        rows.append(
            CoreRow(
                numbers=(value, None if profile.is_district else district_value, None),
                unit=str(column.display_unit),
                code=column.figure.core_code,
                name=str(column.name),
                area=text,
                district=district if not profile.is_district else "",
                date_display=column.reference_display,
                date_iso=column.reference_iso,
            )
        )
    return rows


def _portrait_sentence(profile, table):
    """Where the area lies and how many live there, in one plain sentence."""
    column = table.columns.get(population.POPULATION)
    residents = table.value(population.POPULATION, profile.code).value
    if column is None or residents is None:
        return ""
    values = {
        "name": profile.name,
        "areas": len(profile.planungsraeume),
        "residents": format_value(residents, 0),
        "date": column.reference_display,
    }
    if profile.is_district:
        return (
            _(
                "In Neukölln leben %(residents)s Menschen (Stand %(date)s), in zwölf "
                "Bezirksregionen mit %(areas)d Planungsräumen."
            )
            % values
        )
    return (
        _(
            "%(name)s ist eine der zwölf Bezirksregionen Neuköllns: %(residents)s Menschen leben "
            "hier (Stand %(date)s), in %(areas)d Planungsräumen."
        )
        % values
    )


def _indicator_groups(profile, table):
    """The MSS index indicators of each Planungsraum with the group the source gives it."""
    keys = [key for key in social.INDEX_INDICATORS if key in table.columns]
    if not keys or profile.is_district:
        return [], []
    groups = mss_groups(area.code for area in profile.planungsraeume)
    columns = [(key.split("_")[1].upper(), str(table.columns[key].name)) for key in keys]
    rows = []
    for area in profile.planungsraeume:
        found = groups.get(area.code, {})
        rows.append(
            {
                "area": area,
                "cells": [(_shown(table, key, area.code)[1], found.get(key)) for key in keys],
            }
        )
    return columns, rows


def _social_sentence(berlin):
    if berlin is None:
        return ""
    low = (berlin.class_share(3) or 0) + (berlin.class_share(4) or 0)
    return _(
        "In ganz Berlin haben %(share)s der %(count)d gültigen Planungsräume eine niedrige oder "
        "sehr niedrige soziale Lage."
    ) % {"share": format_value(low, 1, "%"), "count": berlin.valid}


def build_chapters(profile, texts):
    """The chapters of Teil I in Berlin's outline, with the staff's text of each
    (ProfileText parts named after a chapter)."""
    table = figure_table.get()
    berlin = mss_berlin()
    by_chapter = {}
    for text in texts:
        if text.chapter:
            by_chapter.setdefault(text.chapter, []).append(text)
    rows = {
        "demografie": _population_rows(profile.berlin)
        + _mss_rows(
            profile, table, ("mss_k12_wanderungssaldo", "mss_k13_wanderungssaldo_kinder"), berlin
        ),
        "soziale-lage": _mss_rows(profile, table, social.INDEX_INDICATORS, berlin),
        "wohnen": _mss_rows(
            profile,
            table,
            ("mss_k10_wohndauer_ueber_5_jahre", "mss_k09_einfache_wohnlage"),
            berlin,
        ),
        "soziale-infrastruktur": _kita_rows(profile, table, profile.berlin),
        "gruen-spiel": _green_rows(profile, table, profile.berlin),
        "oeffentlicher-raum": _crime_rows(profile.berlin),
    }
    sentences = {
        "kurzportraet": [_portrait_sentence(profile, table)],
        "soziale-lage": [_social_sentence(berlin)],
    }
    if profile.berlin:
        sentences["demografie"] = [
            row["sentence"]
            for row in profile.berlin["rows"]
            if row["sentence"] and row["key"] != "kiez_offences"
        ]
        sentences["gruen-spiel"] = [
            row["sentence"] for row in profile.berlin["green_rows"] if row["sentence"]
        ]
        if profile.berlin.get("kita_row") and profile.berlin["kita_row"]["sentence"]:
            sentences["soziale-infrastruktur"] = [profile.berlin["kita_row"]["sentence"]]
        sentences["oeffentlicher-raum"] = [
            row["sentence"]
            for row in profile.berlin["rows"]
            if row["sentence"] and row["key"] == "kiez_offences"
        ]
    area_columns, area_rows = _indicator_groups(profile, table)
    return [
        Chapter(
            area_columns=area_columns if key == "soziale-lage" else [],
            area_rows=area_rows if key == "soziale-lage" else [],
            key=key,
            title=str(title),
            number=number,
            rows=rows.get(key, []),
            sentences=[sentence for sentence in sentences.get(key, []) if sentence],
            missing=MISSING.get(key, ()),
            texts=by_chapter.get(key, []),
        )
        for number, (key, title) in enumerate(OUTLINE, start=1)
    ]
