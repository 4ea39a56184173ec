"""The profile's comparison with Neukölln and Berlin (regions.figures.berlin), worded for the
reader: each figure beside the district's and Berlin's on the same date, its rank among
Berlin's 143 Bezirksregionen (the district's among the twelve districts), a plain sentence
without verdicts, and the residents over time as an index (30.06.2021 = 100)."""

from django.utils.translation import gettext as _

from regions.charts import format_value
from regions.figures.berlin import berlin_comparison
from regions.figures.declarations import BASE_DATE
from regions.models.geography import DISTRICT_CODE
from spk_site import dates

from .charts import index_chart


def _shown(compared, value):
    if value is None:
        return "–"
    measure = compared.measure
    if measure.key == "change":  # a change keeps its sign
        text = format_value(abs(value), measure.decimals, measure.unit)
        return ("+" if round(value, measure.decimals) > 0 else "−" if value < 0 else "") + text
    return format_value(value, measure.decimals, measure.unit)


def _sentence(compared):
    """ "höher als in Berlin (16,3 %)": the figure as the reader sees it, compared rounded."""
    if compared.measure.key == "residents" or compared.area is None or compared.berlin is None:
        return ""
    decimals = compared.measure.decimals
    here, berlin = round(compared.area, decimals), round(compared.berlin, decimals)
    values = {"name": compared.measure.name, "berlin": _shown(compared, compared.berlin)}
    if here > berlin:
        return _("%(name)s: höher als in Berlin (%(berlin)s).") % values
    if here < berlin:
        return _("%(name)s: niedriger als in Berlin (%(berlin)s).") % values
    return _("%(name)s: so hoch wie in Berlin (%(berlin)s).") % values


def _units():
    return {
        "kiez_offences": _("je 100 Einw."),
        "green_area_m2": _("m² je Einw."),
        "net_play_area_m2": _("m² je Einw."),
        "kita_places": _("je 100 Kinder"),
    }


def _when(when, day):
    """(shown, ISO) of when a compared figure stands: its half-year, its year, or the month
    of its register or list beside the half-year of the residents."""
    if "year" in when:
        return str(when["year"]), str(when["year"])
    iso = when["date"].isoformat()
    if "register" in when:
        return _("Register %(register)s, Einwohner %(residents)s") % {
            "register": dates.display(when["register"], dates.MONTH),
            "residents": day,
        }, iso
    if "list" in when:
        return _("Kitaliste %(list)s, Kinder %(children)s") % {
            "list": dates.display(when["list"], dates.MONTH),
            "children": day,
        }, iso
    return day, iso


def berlin_part(profile):
    """What the profile shows beside Berlin, or None without the comparison data."""
    comparison = berlin_comparison(profile.code, DISTRICT_CODE)
    if comparison is None:
        return None
    day = dates.short(comparison.reference_date)

    def row(compared, unit, date_display, date_iso):
        return {
            "key": compared.measure.key,
            "raw": (compared.area, compared.district, compared.berlin),
            "unit": unit,
            "name": compared.measure.name,
            "area": _shown(compared, compared.area),
            "district": _shown(compared, compared.district),
            "berlin": _shown(compared, compared.berlin),
            "rank": compared.rank,
            "peers": compared.peers,
            "sentence": _sentence(compared),
            "date_display": date_display,
            "date_iso": date_iso,
        }

    units = _units()  # in the reader's language
    rows = [
        row(compared, units.get(compared.measure.key, compared.measure.unit), *_when(when, day))
        for compared, when in comparison.all_rows()
    ]
    lines = [("area", profile.name), ("berlin", _("Berlin"))]
    if not profile.is_district:
        lines.insert(1, ("district", _("Neukölln")))
    keyed = [(key, name, comparison.index(key)) for key, name in lines]
    keyed = [(key, name, points) for key, name, points in keyed if points]
    names = [(name, points) for _key, name, points in keyed]
    table = [
        {
            "date": day,
            "values": [
                (name, format_value(value, 1))
                for name, points in names
                for point_day, value in points
                if point_day == day
            ],
        }
        for day, *_counts in comparison.series
    ]
    chart = index_chart(
        names,
        title=_("Einwohnerzahl je Halbjahr im Vergleich, %(base)s = 100, bis %(end)s")
        % {"base": dates.short(BASE_DATE), "end": dates.short(comparison.reference_date)},
        description=_(
            "Eine Linie je Gebiet: Wie sich die Zahl der Einwohnerinnen und Einwohner seit "
            "dem %(base)s verändert hat, wenn man sie an diesem Tag gleich 100 setzt. Die "
            "Tabelle darunter nennt jeden Wert."
        )
        % {"base": dates.short(BASE_DATE)},
    )
    share_rows = [
        {
            "date": day,
            "values": [
                (name, format_value(shares[key][0], 1, "%"), format_value(shares[key][1], 1, "%"))
                for key, name, _points in keyed
            ],
        }
        for day, shares in comparison.shares
    ]
    return {
        "share_rows": share_rows,
        "date": comparison.reference_date,
        "date_display": dates.short(comparison.reference_date),
        "rows": rows,
        "peers_are_districts": profile.is_district,
        "chart": chart,
        "index_names": [name for name, _points in names],
        "index_rows": table,
    }
