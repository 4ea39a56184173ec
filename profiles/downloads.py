"""Teil II for reuse: a region's published goals and measures as CSV (with its CSVW
description) and as JSON, each measure with its status history. Staff data: no external
source, so the metadata names the publisher and no licence of a third party."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.decorators.http import require_safe

from regions import csvw
from regions.downloads import csv_response
from regions.models import Bezirksregion, Dataset

from .chapters import build_chapters
from .document import profile_of
from .plans import published_plan

COLUMNS = [
    csvw.Described("id", "Nummer der Maßnahme", "integer"),
    csvw.Described("handlungsfeld", "Handlungsfeld"),
    csvw.Described("ziel", "Ziel"),
    csvw.Described("massnahme", "Maßnahme"),
    csvw.Described("beschreibung", "Beschreibung"),
    csvw.Described("verantwortlich", "Verantwortlich"),
    csvw.Described("partner", "Partner"),
    csvw.Described(
        "planungsraeume",
        "Planungsräume",
        description="Schlüssel (LOR 2021), durch Leerzeichen "
        "getrennt; leer: die ganze Bezirksregion.",
    ),
    csvw.Described("foerderprogramm", "Förderprogramm"),
    csvw.Described("beginn", "Beginn", "date"),
    csvw.Described("ende", "Ende", "date"),
    csvw.Described(
        "stand", "Stand", description="geplant, in-umsetzung, abgeschlossen oder verworfen."
    ),
    csvw.Described("stand_seit", "Stand seit", "date"),
    csvw.Described("url", "Im Profil", "anyURI"),
]


def _measures(request, region):
    base = request.build_absolute_uri(f"/bezirksregionen/{region.slug}/profil/")
    for field, goals in published_plan(region):
        for goal, measures in goals:
            for measure in measures:
                yield field, goal, measure, f"{base}#massnahme-{measure.pk}"


def _iso(day):
    return day.isoformat() if day else None


def _row(field, goal, measure, url):
    return [
        measure.pk,
        field.title,
        goal.title,
        measure.title,
        measure.description,
        measure.responsible,
        measure.partners,
        " ".join(area.code for area in measure.planungsraeume.all()),
        measure.funding,
        _iso(measure.starts_on),
        _iso(measure.ends_on),
        measure.status,
        _iso(measure.status_since),
        url,
    ]


def _region(slug):
    return get_object_or_404(Bezirksregion.objects.only("name", "slug", "code"), slug=slug)


@require_safe
def measures_csv(request, slug):
    region = _region(slug)
    filename = f"massnahmen-{region.slug}.csv"
    rows = [_row(*found) for found in _measures(request, region)]
    response = csv_response(filename, [column.name for column in COLUMNS], rows)
    return csvw.describe(response, filename)


@require_safe
def measures_csv_metadata(request, slug):
    region = _region(slug)
    body = csvw.metadata(
        f"massnahmen-{region.slug}.csv",
        f"Ziele und Maßnahmen (Teil II des Bezirksregionenprofils): {region.name}",
        COLUMNS,
        Dataset.objects.none(),
        primary_key="id",
    )
    return csvw.metadata_response(body)


@require_safe
def measures_json(request, slug):
    region = _region(slug)
    header = [column.name for column in COLUMNS]
    measures = []
    for field, goal, measure, url in _measures(request, region):
        entry = dict(zip(header, _row(field, goal, measure, url), strict=True))
        entry["verlauf"] = [
            {"stand": change.status, "seit": change.changed_on.isoformat()}
            for change in measure.status_changes.all()
        ]
        measures.append(entry)
    body = {"bezirksregion": {"code": region.code, "name": region.name}, "massnahmen": measures}
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


COMPARISON_COLUMNS = [
    csvw.Described("kapitel", "Kapitel des Profils"),
    csvw.Described(
        "kennziffer",
        "Kennziffer des Kernindikators",
        description="Leer, wo die Kennzahl kein Kernindikator ist.",
    ),
    csvw.Described(
        "aehnelt_kernindikator",
        "Ähnelt dem Kernindikator",
        description="Ein Kontextindikator des Sozialmonitorings, der einem Kernindikator nur "
        "ähnelt (C1–C3); er ist nicht derselbe.",
    ),
    csvw.Described("kennzahl", "Kennzahl"),
    csvw.Described("einheit", "Einheit"),
    csvw.Described("stand", "Stand", description="Datum oder Jahr der Quelle."),
    csvw.Described("gebiet", "Wert des Gebiets", "decimal"),
    csvw.Described("neukoelln", "Wert für Neukölln", "decimal"),
    csvw.Described(
        "berlin",
        "Wert für Berlin",
        "decimal",
        description="Summe der Zähler über die Summe der Nenner; beim Sozialmonitoring leer "
        "(die Quelle nennt nur Anteile).",
    ),
    csvw.Described(
        "rang",
        "Rang in Berlin",
        "integer",
        description="1 = der höchste Wert unter den Bezirksregionen (oder Bezirken) Berlins.",
    ),
    csvw.Described("rang_von", "Rang von", "integer"),
    csvw.Described(
        "anteil_planungsraeume_darunter",
        "Anteil der gültigen Planungsräume Berlins mit niedrigerem Wert",
        "decimal",
        "%",
        "Nur für das Sozialmonitoring 2021: unter 536 gültigen Planungsräumen.",
    ),
]
COMPARISON_DATASETS = (
    "berlin-einwohner-vergleich",
    "berlin-kriminalitaetsatlas",
    "berlin-sozialmonitoring-vergleich",
)


COMPARISON_CSV = "vergleich-berlin.csv"  # beside the profile's address, as its metadata


def _comparison_rows(region):
    """The rows of the profile's chapters, as the page shows them (without its maps, lists
    and texts, which the table does not hold)."""
    with translation.override("de"):
        regions = list(Bezirksregion.objects.order_by("code").only("code", "name", "slug"))
        chapters = build_chapters(profile_of(region, regions), texts=[])
        return [
            [
                chapter.title,
                row.code,
                row.resembles,
                row.name,
                row.unit,
                row.date_iso,
                *row.numbers,
                *row.rank,
                row.share_below,
            ]
            for chapter in chapters
            for row in chapter.rows
        ]


def _comparison_region(slug):
    return None if slug is None else _region(slug)


@require_safe
def comparison_csv(request, slug=None):
    region = _comparison_region(slug)
    filename = f"vergleich-berlin-{region.slug if region else 'neukoelln'}.csv"
    header = [column.name for column in COMPARISON_COLUMNS]
    response = csv_response(filename, header, _comparison_rows(region))
    return csvw.describe(response, COMPARISON_CSV)


@require_safe
def comparison_csv_metadata(request, slug=None):
    region = _comparison_region(slug)
    body = csvw.metadata(
        COMPARISON_CSV,
        "Kernindikatoren des Bezirksregionenprofils neben Neukölln und Berlin: "
        + (region.name if region else "Neukölln"),
        COMPARISON_COLUMNS,
        Dataset.objects.filter(slug__in=COMPARISON_DATASETS),
        primary_key=["kapitel", "kennzahl"],
    )
    return csvw.metadata_response(body)
