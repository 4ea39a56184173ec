"""The data part of a Bezirksregionenprofil, computed from the live figures.

Every figure comes from regions.comparison's FigureTable, the one computation behind the
region pages, Kieze in Zahlen and the CSV downloads: values, district values, ranks and the
reasons for a dash. This module only picks and words them, in the reader's language."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from places.figures import (
    GREEN_AREA,
    GREEN_PER_RESIDENT,
    GREEN_REFERENCE,
    KITA_PLACES,
    KITA_RATIO,
    PLAY_AREA,
    PLAY_PER_RESIDENT,
    PLAY_REFERENCE,
)
from regions.charts import format_value
from regions.figures import population, social
from regions.figures.table import figure_table
from regions.models.geography import DISTRICT_CODE, Level
from spk_site import dates

from .berlin import berlin_part
from .charts import series_chart

# Figures of the overview, ranked among the twelve regions.
OVERVIEW_KEYS = (
    population.POPULATION,
    population.DENSITY,
    population.CHANGE,
    population.SHARE_UNDER_18,
    population.SHARE_65_AND_OVER,
    social.S1,
    social.S3,
    social.S4,
    KITA_RATIO,
    GREEN_PER_RESIDENT,
    PLAY_PER_RESIDENT,
)


@dataclass
class Row:
    """One figure of an area beside the district's, formatted, with its rank and footnote."""

    column: object
    value: str
    known: bool
    computed: bool
    district: str = ""
    district_known: bool = True
    note: int | None = None
    rank: tuple | None = None


@dataclass
class Profile:
    code: str
    name: str
    region: object  # the Bezirksregion, None for the district
    planungsraeume: list
    units: list  # the rows of the per-area tables: Planungsräume, or the district's regions
    overview: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # (number, reason) of the dashes
    population: dict = field(default_factory=dict)
    social: dict = field(default_factory=dict)
    infrastructure: dict = field(default_factory=dict)
    green: dict = field(default_factory=dict)
    dates: list = field(default_factory=list)  # the data dates of every figure shown
    berlin: dict | None = None  # beside Neukölln and Berlin (profiles.berlin)

    @property
    def is_district(self):
        return self.region is None

    @property
    def data_date(self):
        """(date, precision) of the newest figure shown, or None."""
        return max(self.dates) if self.dates else None

    @property
    def data_date_display(self):
        """As precise as its source: "Juli 2026" for the monthly Kita list."""
        return dates.display(*self.data_date) if self.dates else ""

    @property
    def data_date_iso(self):
        return dates.iso(*self.data_date) if self.dates else ""


def _text(table, key, value):
    column = table.columns.get(key)
    if column is None:  # not imported yet
        return "–"
    label = table.label(key, value)
    if label is not None:
        return label
    return format_value(value.value, column.decimals, column.display_unit)


def _rows(table, keys, code, notes, *, ranked=False):
    rows = []
    for key in keys:
        column = table.columns.get(key)
        if column is None:
            continue
        value, district = table.value(key, code), table.value(key, DISTRICT_CODE)
        row = Row(
            column=column,
            value=_text(table, key, value),
            known=value.known,
            computed=value.computed,
            district=_text(table, key, district),
            district_known=district.known,
        )
        if not district.known and column.no_value_reason:
            row.note = notes.setdefault(column.no_value_reason, len(notes) + 1)
        if ranked and table.areas[code].level == Level.BEZIRKSREGION:
            row.rank = table.rank(key, code)
        rows.append(row)
    return rows


def _percent(part, whole):
    return None if part is None or not whole else 100 * part / whole


def _change_sentence(series, district_series, is_district):
    (start, first), (end, last) = series[0], series[-1]
    if first is None or last is None or not first:
        return ""
    change = 100 * (last - first) / first
    values = {
        "start": dates.short(start),
        "end": dates.short(end),
        "percent": format_value(abs(change), 1, "%"),
        "absolute": format_value(abs(last - first), 0),
    }
    if round(change, 1) == 0:
        sentence = _("Vom %(start)s bis zum %(end)s ist die Einwohnerzahl fast gleich geblieben.")
    elif change > 0:
        sentence = _(
            "Vom %(start)s bis zum %(end)s ist die Einwohnerzahl um %(percent)s gestiegen "
            "(%(absolute)s Menschen mehr)."
        )
    else:
        sentence = _(
            "Vom %(start)s bis zum %(end)s ist die Einwohnerzahl um %(percent)s gesunken "
            "(%(absolute)s Menschen weniger)."
        )
    sentence %= values
    d_first, d_last = district_series[0][1], district_series[-1][1]
    if not is_district and d_first and d_last is not None:
        d_change = 100 * (d_last - d_first) / d_first
        sentence += " " + _("In ganz Neukölln: %(change)s.") % {
            "change": format_value(d_change, 1, "%")
        }
    return sentence


def _population(table, profile, code):
    series = table.series(population.POPULATION, code)
    district_series = table.series(population.POPULATION, DISTRICT_CODE)
    migration = dict(table.series(population.MIGRATION_BACKGROUND, code))
    profile.dates += [(day, "day") for day, _value in series]
    rows = []
    for day, value in series:
        share = _percent(migration.get(day), value)
        rows.append(
            {
                "date": day,
                "value": format_value(value, 0),
                "migration": format_value(share, 1, "%") if share is not None else "–",
            }
        )
    residents = table.value(population.POPULATION, code).value
    district_residents = table.value(population.POPULATION, DISTRICT_CODE).value
    ages = []
    for key in population.AGES:
        column = table.columns.get(key)
        if column is None:
            continue
        count = table.value(key, code).value
        share = _percent(count, residents)
        district_share = _percent(table.value(key, DISTRICT_CODE).value, district_residents)
        ages.append(
            {
                "name": column.name,
                "count": format_value(count, 0),
                "share": format_value(share, 1, "%"),
                "width": round(share or 0, 1),
                "district": format_value(district_share, 1, "%"),
            }
        )
    per_area = []
    for area in profile.units:

        def shown(key, area=area):
            return format_value(table.value(key, area.code).value, 0)

        per_area.append(
            {
                "area": area,
                "population": shown(population.POPULATION),
                "under_6": shown(population.UNDER_6),
                "age_6_15": shown(population.AGE_6_TO_15),
                "age_65_plus": shown(population.AGE_65_AND_OVER),
                "change": _text(
                    table, population.CHANGE, table.value(population.CHANGE, area.code)
                ),
            }
        )
    title = ""
    if series:
        title = _("Einwohnerinnen und Einwohner von %(name)s, %(start)s bis %(end)s") % {
            "name": profile.name,
            "start": dates.short(series[0][0]),
            "end": dates.short(series[-1][0]),
        }
    chart = series_chart(
        series,
        title=title,
        description=_(
            "Linie der Einwohnerzahl je Halbjahr. Zwischen dem letzten Halbjahresstand und dem "
            "neuesten Stand fehlen Daten: Dort ist die Linie unterbrochen. Die Tabelle darunter "
            "nennt jeden Wert."
        ),
    )
    under_6 = table.columns.get(population.UNDER_6)
    return {
        "series": rows,
        "chart": chart,
        "sentence": _change_sentence(series, district_series, profile.is_district)
        if series
        else "",
        "ages": ages,
        "per_area": per_area,
        "age_date": under_6.reference_display if under_6 else "",
    }


def _social(table, profile, code, notes):
    areas = []
    low = 0
    for area in profile.planungsraeume:
        status = table.value(social.STATUS, area.code)
        dynamic = table.value(social.DYNAMIC, area.code)
        number, label = table.mss_status(area.code)
        low += number in (3, 4)
        areas.append(
            {
                "area": area,
                "status": label or "–",
                "status_number": number,
                "dynamic": table.label(social.DYNAMIC, dynamic) or "–",
                "known": status.known,
            }
        )
    if social.STATUS in table.columns:
        profile.dates.append(table.columns[social.STATUS].dated)
    sentence = _(
        "%(low)d von %(count)d Planungsräumen haben eine niedrige oder sehr niedrige soziale Lage."
    ) % {"low": low, "count": len(areas)}
    return {
        "areas": areas,
        "rows": _rows(table, social.INDEX_INDICATORS, code, notes),
        "sentence": sentence,
    }


def _per_area_rows(table, profile, code, keys):
    rows = []
    for area in [*profile.units, None, "district"]:
        if area == "district" and profile.is_district:
            continue
        where = DISTRICT_CODE if area == "district" else code if area is None else area.code
        cells = [
            (table.columns[key].name, _text(table, key, table.value(key, where))) for key in keys
        ]
        rows.append({"area": area, "cells": cells})
    return rows


def _infrastructure(table, profile, code):
    keys = (KITA_PLACES, population.UNDER_6, KITA_RATIO)
    if KITA_RATIO not in table.columns:
        return {}
    ratio, district = table.value(KITA_RATIO, code), table.value(KITA_RATIO, DISTRICT_CODE)
    profile.dates.append(table.columns[KITA_PLACES].dated)
    sentence = _(
        "Auf 100 Kinder unter 6 Jahren kommen hier %(ratio)s genehmigte Kita-Plätze, in ganz "
        "Neukölln %(district)s."
    ) % {"ratio": format_value(ratio.value, 1), "district": format_value(district.value, 1)}
    return {
        "columns": [table.columns[key] for key in keys],
        "rows": _per_area_rows(table, profile, code, keys),
        "sentence": sentence,
    }


def _against(value, reference, decimals):
    """1, 0 or -1: the figure as the reader sees it (rounded) against a reference value, so
    0,996 shown as "1,00" reaches a reference of 1."""
    shown = round(value, decimals)
    return (shown > reference) - (shown < reference)


def _green(table, profile, code):
    keys = (GREEN_AREA, GREEN_PER_RESIDENT, PLAY_AREA, PLAY_PER_RESIDENT)
    if GREEN_PER_RESIDENT not in table.columns:
        return {}
    profile.dates.append(table.columns[GREEN_AREA].dated)
    green = table.value(GREEN_PER_RESIDENT, code).value
    play = table.value(PLAY_PER_RESIDENT, code).value
    values = {
        "green": format_value(green, 1, "m²"),
        "play": format_value(play, 2, "m²"),
        "green_reference": format_value(GREEN_REFERENCE.value, 0, "m²"),
        "play_reference": format_value(PLAY_REFERENCE.value, 0, "m²"),
    }
    sentences = []
    if green is not None and play is not None:
        green_sentence = {
            1: _(
                "In den öffentlichen Grünanlagen innerhalb des Gebiets kommen auf jede "
                "Einwohnerin und jeden Einwohner %(green)s. Das ist mehr als der Richtwert von "
                "%(green_reference)s für wohnungsnahes Grün, der anders gemessen wird (im "
                "Umkreis der Wohnung, auch über die Gebietsgrenze hinweg)."
            ),
            0: _(
                "In den öffentlichen Grünanlagen innerhalb des Gebiets kommen auf jede "
                "Einwohnerin und jeden Einwohner %(green)s. Das erreicht den Richtwert von "
                "%(green_reference)s für wohnungsnahes Grün, der anders gemessen wird (im "
                "Umkreis der Wohnung, auch über die Gebietsgrenze hinweg)."
            ),
            -1: _(
                "In den öffentlichen Grünanlagen innerhalb des Gebiets kommen auf jede "
                "Einwohnerin und jeden Einwohner %(green)s. Das ist weniger als der Richtwert "
                "von %(green_reference)s für wohnungsnahes Grün, der anders gemessen wird (im "
                "Umkreis der Wohnung, auch über die Gebietsgrenze hinweg)."
            ),
        }[_against(green, GREEN_REFERENCE.value, 1)]
        play_sentence = {
            1: _(
                "Die Nettospielfläche je Einwohnerin und Einwohner ist %(play)s. Das ist mehr "
                "als der Richtwert von %(play_reference)s."
            ),
            0: _(
                "Die Nettospielfläche je Einwohnerin und Einwohner ist %(play)s. Das erreicht "
                "den Richtwert von %(play_reference)s."
            ),
            -1: _(
                "Die Nettospielfläche je Einwohnerin und Einwohner ist %(play)s. Das ist "
                "weniger als der Richtwert von %(play_reference)s."
            ),
        }[_against(play, PLAY_REFERENCE.value, 2)]
        sentences = [green_sentence % values, play_sentence % values]
    return {
        "columns": [table.columns[key] for key in keys],
        "rows": _per_area_rows(table, profile, code, keys),
        "sentences": sentences,
    }


def build_profile(region, planungsraeume, units=None):
    """The data part of the profile of a Bezirksregion (None: of the district), whose
    Planungsräume are given in code order; `units` are the rows of its per-area tables (the
    Planungsräume, unless given: the district's profile lists its twelve regions)."""
    table = figure_table.get()
    code = region.code if region is not None else DISTRICT_CODE
    name = region.name if region is not None else _("Neukölln")
    planungsraeume = list(planungsraeume)
    profile = Profile(code, name, region, planungsraeume, list(units or planungsraeume))
    notes = {}
    profile.overview = _rows(table, OVERVIEW_KEYS, code, notes, ranked=True)
    profile.dates += [row.column.dated for row in profile.overview]
    profile.population = _population(table, profile, code)
    profile.berlin = berlin_part(profile)
    profile.social = _social(table, profile, code, notes)
    profile.infrastructure = _infrastructure(table, profile, code)
    profile.green = _green(table, profile, code)
    profile.notes = [(number, reason) for reason, number in notes.items()]
    return profile
