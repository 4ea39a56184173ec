"""Teil I of a profile in the chapter outline of Berlin's Bezirksregionenprofile: per chapter
its Kernindikatoren beside Neukölln and Berlin (each with its official code, date and where it
stands in Berlin), what the profile cannot show yet and where it would come from, and the
staff's own text. The figures themselves come from profiles.figures and profiles.berlin."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from places.figures import GREEN_PER_RESIDENT, KITA_RATIO, PLAY_PER_RESIDENT
from regions.charts import format_value
from regions.figures import population, social
from regions.figures.berlin import mss_berlin, mss_groups
from regions.figures.table import figure_table

from .core_rows import beside_berlin, mss_rows, shown, table_rows

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

# The chapter each figure compared with Berlin (profiles.berlin) stands in.
CHAPTER_OF = {
    "residents": "demografie",
    "under_18": "demografie",
    "aged_65_and_over": "demografie",
    "change": "demografie",
    "kita_places": "soziale-infrastruktur",
    "green_area_m2": "gruen-spiel",
    "net_play_area_m2": "gruen-spiel",
    "kiez_offences": "oeffentlicher-raum",
}

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
                "cells": [(shown(table, key, area.code)[1], found.get(key)) for key in keys],
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
    compared = {}  # chapter -> rows and sentences beside Berlin
    for row in (profile.berlin or {}).get("rows", []):
        compared.setdefault(CHAPTER_OF[row["key"]], []).append(row)
    rows = {key: [beside_berlin(row) for row in found] for key, found in compared.items()}
    rows["demografie"] = rows.get("demografie", []) + mss_rows(
        profile, table, ("mss_k12_wanderungssaldo", "mss_k13_wanderungssaldo_kinder"), berlin
    )
    rows["soziale-lage"] = mss_rows(profile, table, social.INDEX_INDICATORS, berlin)
    rows["wohnen"] = mss_rows(
        profile, table, ("mss_k10_wohndauer_ueber_5_jahre", "mss_k09_einfache_wohnlage"), berlin
    )
    # Without Berlin's rows: the figures of the table, beside Neukölln only.
    rows.setdefault("soziale-infrastruktur", table_rows(profile, table, (KITA_RATIO,)))
    rows.setdefault(
        "gruen-spiel", table_rows(profile, table, (GREEN_PER_RESIDENT, PLAY_PER_RESIDENT))
    )
    sentences = {key: [row["sentence"] for row in found] for key, found in compared.items()}
    sentences["kurzportraet"] = [_portrait_sentence(profile, table)]
    sentences["soziale-lage"] = [_social_sentence(berlin)]
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
