"""Neuköllner Kieze in Zahlen: compare 2–4 Bezirksregionen or Planungsräume, download tables."""

from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import csvw
from .charts import bar_chart, format_value
from .downloads import csv_response
from .figures.berlin import berlin_comparisons
from .figures.columns import dash_notes
from .figures.table import figure_table
from .forms import ComparisonForm
from .maps import MSS_CLASS_CSS, district_map
from .models import Bezirksregion, Dataset, Planungsraum
from .models.geography import DISTRICT_CODE
from .models.sources import LOR_2021

DEFAULT_SELECTION = ["081001", "081002", "081003", "083010"]  # the four action areas


def _names(table):
    names = {area.code: area.name for area in table.bezirksregionen + table.planungsraeume}
    names[DISTRICT_CODE] = _("ganz Neukölln")
    return names


NOT_AVERAGED = "–"  # explained under the table: no average over areas is right here


def _cell_text(table, column, code, value):
    label = table.label(column.key, value)
    if label:
        return _(label)
    if value.not_averaged:
        return NOT_AVERAGED
    return format_value(value.value, column.decimals)


def comparison_rows(table, codes, names):
    """[(column, [(name, Value, text)], (district Value, text))] for the table and charts."""
    rows = []
    for column in table.comparable_columns():
        cells = []
        for code in codes:
            value = table.value(column.key, code)
            cells.append((names[code], value, _cell_text(table, column, code, value)))
        district = table.value(column.key, DISTRICT_CODE)
        rows.append((column, cells, (district, _cell_text(table, column, DISTRICT_CODE, district))))
    return rows


def mss_map(table):
    regions = list(Bezirksregion.objects.for_pages())
    areas = list(Planungsraum.objects.order_by("code"))
    statuses = {area.code: table.mss_status(area.code) for area in areas}
    classes = {
        code: MSS_CLASS_CSS.get(number, "mss-unknown") for code, (number, _) in statuses.items()
    }
    svg_map = district_map(
        regions,
        title=_("Soziale Lage der Planungsräume (Sozialmonitoring 2021)"),
        description=_(
            "Jeder Planungsraum ist nach seiner sozialen Lage gefärbt: hoch, mittel, niedrig "
            "oder sehr niedrig. Die Zahlen sind die Nummern der Bezirksregionen. Die Liste "
            "neben der Karte nennt jede Lage."
        ),
        planungsraeume=areas,
        classes=classes,
    )
    labels = [(area, _(statuses[area.code][1] or "unbekannt")) for area in areas]
    return svg_map, labels


def _berlin_text(compared, value):
    if value is None:
        return "–"
    measure = compared.measure
    text = format_value(abs(value) if measure.key == "change" else value, measure.decimals)
    if measure.key == "change" and round(value, measure.decimals):
        text = ("+" if value > 0 else "−") + text
    return text


def berlin_rows(codes, names):
    """The selected Bezirksregionen beside Neukölln and Berlin on Berlin's newest half-year,
    each value with its rank among Berlin's 143 Bezirksregionen (as in the profiles)."""
    comparisons = berlin_comparisons(codes, DISTRICT_CODE)
    if len(comparisons) != len(codes):
        return None
    each = {code: comparisons[code].all_rows() for code in codes}
    rows = [
        {
            "name": compared.measure.name,
            "unit": compared.measure.unit,
            **when,
            "cells": [(names[code], each[code][index][0]) for code in codes],
        }
        for index, (compared, when) in enumerate(each[codes[0]])
    ]
    for row in rows:
        head = row["cells"][0][1]
        row["texts"] = [
            (name, _berlin_text(compared, compared.area), compared.rank, compared.peers)
            for name, compared in row["cells"]
        ]
        row["district"] = _berlin_text(head, head.district)
        row["berlin"] = _berlin_text(head, head.berlin)
    return rows


def kept_selection(request):
    """The comparisons a cache may keep: the twelve Bezirksregionen taken 2 to 4 at a time
    (781 pages per language). Planungsräume (179,400 choices) are answered afresh."""
    return "planungsraum" not in request.GET


@require_safe
def comparison_page(request):
    has_selection = "bezirksregion" in request.GET or "planungsraum" in request.GET
    table = figure_table.get()
    form = ComparisonForm(
        request.GET if has_selection else {"bezirksregion": DEFAULT_SELECTION}, table=table
    )
    context = {"form": form, "rows": [], "charts": []}
    status = 200
    if not form.is_valid():
        status = 400
    else:
        codes = form.cleaned_data["codes"]
        names = _names(table)
        context["selected"] = [(code, names[code]) for code in codes]
        context["level"] = "planungsraum" if form.cleaned_data["planungsraum"] else "bezirksregion"
        rows = comparison_rows(table, codes, names)
        dashed = [
            column
            for column, cells, district in rows
            if district[0].not_averaged or any(value.not_averaged for _n, value, _t in cells)
        ]
        notes = dash_notes(dashed)
        context["rows"] = [
            (
                column,
                cells,
                district,
                notes.get(column.no_value_reason) if column in dashed else None,
            )
            for column, cells, district in rows
        ]
        context["dash_notes"] = [(number, reason) for reason, number in notes.items()]
        if context["level"] == "bezirksregion":
            context["berlin_rows"] = berlin_rows(codes, names)
        for column, cells, (district, _text), _note in context["rows"]:
            if column.key_figure and column.chartable:
                context["charts"].append(
                    bar_chart(
                        f"diagramm-{column.key}",
                        column,
                        [(name, value.value) for name, value, _text in cells],
                        district.value,
                    )
                )
    context["mss_map"], context["mss_classes"] = mss_map(table)
    context["datasets"] = Dataset.objects.for_sources_page()
    context["profile_regions"] = Bezirksregion.objects.order_by("code").values_list("slug", "name")
    return render(request, "regions/comparison.html", context, status=status)


# --- downloads ---------------------------------------------------------------------------
def _table_rows(level):
    table = figure_table.get()
    regions = table.bezirksregionen if level == "bezirksregionen" else table.planungsraeume
    columns = table.comparable_columns()
    rows = []
    for region in regions:
        row = {"code": region.code, "name": region.name}
        computed = []
        for column in columns:
            value = table.value(column.key, region.code)
            label = table.label(column.key, value)
            if label is not None:
                row[column.key] = label
            elif value.value is None:
                row[column.key] = None
            else:
                row[column.key] = round(value.value, 4) if column.decimals else round(value.value)
            if value.computed and value.known:
                computed.append(column.key)
        rows.append((row, computed))
    return columns, rows


def _figure_datasets():
    return (
        Dataset.objects.filter(Q(releases__isnull=False) | Q(slug=LOR_2021))  # areas: LOR
        .distinct()
        .for_sources_page()
    )


LEVEL_TITLES = {
    "bezirksregionen": "Neuköllner Kieze in Zahlen: Bezirksregionen",
    "planungsraeume": "Neuköllner Kieze in Zahlen: Planungsräume",
}


@require_safe
def download_metadata(request, level):
    """The CSVW description of a Kieze-in-Zahlen CSV: every column's meaning, unit, date and
    source, and the table's sources and licences."""
    if level not in LEVEL_TITLES:
        raise Http404("Diese Tabelle gibt es nicht.")
    table = figure_table.get()
    columns = [
        csvw.AREA_COLUMNS["code"],
        csvw.AREA_COLUMNS["name"],
        *[
            csvw.Described(
                column.key,
                str(column.name),
                "string" if column.categories else ("decimal" if column.decimals else "integer"),
                column.unit.label,
                str(column.definition),
                column.reference_iso,
                str(column.source),
            )
            for column in table.comparable_columns()
        ],
    ]
    body = csvw.metadata(
        f"{level}.csv", LEVEL_TITLES[level], columns, _figure_datasets(), decimal_comma=True
    )
    return csvw.metadata_response(body)


@require_safe
def download(request, level, extension):
    if level not in {"bezirksregionen", "planungsraeume"} or extension not in {"csv", "json"}:
        raise Http404("Diese Tabelle gibt es nicht.")
    columns, rows = _table_rows(level)
    if extension == "csv":
        header = ["code", "name", *[column.key for column in columns]]
        response = csv_response(
            f"{level}.csv",
            header,
            [list(row.values()) for row, _computed in rows],
            decimal_comma=True,
        )
        return csvw.describe(response, f"{level}.csv")
    datasets = _figure_datasets()
    body = {
        "meta": {
            "title": f"Neuköllner Kieze in Zahlen: {level}",
            "licence": datasets.attribution(),
            "sources": datasets.as_sources(),
            "generated": timezone.now().isoformat(timespec="seconds"),
            "note": "Werte unter „berechnet“ haben wir aus den Planungsräumen berechnet: "
            "Anzahlen summiert, Anteile an allen Einwohnern nach Einwohnerzahl gewichtet. "
            "Anteile an einem Teil der Einwohner (z. B. Kinder) und MSS-Klassen werden nie "
            "gemittelt; dort steht null, wo die Quelle keinen Wert veröffentlicht.",
            "columns": [
                {
                    "key": column.key,
                    "name": column.name,
                    "unit": column.unit.label,
                    "definition": column.definition,
                    "reference_date": column.reference_iso,
                    "source": column.source,
                }
                for column in columns
            ],
        },
        "rows": [{**row, "berechnet": computed} for row, computed in rows],
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'inline; filename="{level}.json"'
    return response
