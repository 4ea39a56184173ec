"""The rows of Teil I's tables: each figure of a region beside Neukölln and Berlin, with its
Kernindikator code, date and where it stands in Berlin (a rank among the Bezirksregionen or
districts, or for the social monitoring a position among Berlin's Planungsräume); formatted
for the page and unformatted for the comparison CSV."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from regions.charts import format_value
from regions.figures import social
from regions.models.geography import DISTRICT_CODE
from spk_site import dates

MSS_DATE = datetime.date(2020, 12, 31)
# The Kernindikatoren the MSS context indicators only resemble (figure key: code).
RESEMBLING = {
    "mss_k10_wohndauer_ueber_5_jahre": "C1",
    "mss_k12_wanderungssaldo": "C2",
    "mss_k13_wanderungssaldo_kinder": "C3",
}
# Kernindikator codes of the figures compared with Berlin (profiles.berlin).
CODES = {
    "under_18": "B1",
    "aged_65_and_over": "B2",
    "green_area_m2": "A4",
    "net_play_area_m2": "A5",
    "kiez_offences": "A8",
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


def beside_berlin(row):
    """A row of profiles.berlin (values of the area, Neukölln and Berlin on one date)."""
    return CoreRow(
        code=CODES.get(row["key"], ""),
        name=row["name"],
        area=row["area"],
        district=row["district"],
        berlin=row["berlin"],
        standing=_("Rang %(rank)s von %(peers)s") % row if row["rank"] else "–",
        date_display=row["date_display"],
        date_iso=row["date_iso"],
        ranked=bool(row["rank"]),
        numbers=row["raw"],
        rank=(row["rank"], row["peers"]),
        unit=row["unit"],
    )


def shown(table, key, code):
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


def mss_rows(profile, table, keys, berlin):
    rows = []
    for key in keys:
        if key not in table.columns:
            continue
        value, text = shown(table, key, profile.code)
        district_value, district = shown(table, key, DISTRICT_CODE)
        resembles = RESEMBLING.get(key, "")
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


def table_rows(profile, table, keys):
    rows = []
    for key in keys:
        if key not in table.columns:
            continue
        column = table.columns[key]
        value, text = shown(table, key, profile.code)
        district_value, district = shown(table, key, DISTRICT_CODE)
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
