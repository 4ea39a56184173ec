"""Open data and the point lookup, as JSON, GeoJSON and CSV."""

import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import condition, require_safe

from spk_site import content_version

from . import csvw
from .downloads import csv_response
from .figures.population import POPULATION
from .figures.social import STATUS
from .figures.table import figure_table
from .forms import PointForm
from .models import Bezirksregion, Dataset, IndicatorRelease, Planungsraum, Prognoseraum
from .models.sources import LOR_2021, MSS_2021
from .point_lookup import planungsraum_at

GEOJSON_TYPE = "application/geo+json"


def json_response(body, status=200):
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def data_etag(request, *args, **kwargs):
    """Changes whenever any public row changes (see spk_site.content_version)."""
    return content_version.etag(request)


def _datasets(*slugs, release=None):
    """The Dataset rows a table is made from: by slug, plus the population release's."""
    wanted = set(slugs)
    if release is not None:
        wanted.add(release.dataset.slug)
    return Dataset.objects.filter(slug__in=wanted).for_sources_page()


def bezirksregion_rows():
    release = IndicatorRelease.objects.latest_population()
    regions = Bezirksregion.objects.for_pages(release)
    rows = [
        (
            region,
            {
                "code": region.code,
                "name": region.name,
                "prognoseraum_code": region.prognoseraum.code,
                "prognoseraum_name": region.prognoseraum.name,
                POPULATION: int(region.population) if region.population is not None else None,
                "einwohner_stand": release.reference_date.isoformat() if release else None,
                "flaeche_m2": region.area_m2,
                "stadtteilkoordination": region.is_action_area,
                "url": region.get_absolute_url(),
            },
        )
        for region in regions
    ]
    return rows, _datasets(LOR_2021, release=release)


def planungsraum_rows():
    table = figure_table.get()
    release = IndicatorRelease.objects.latest_population()
    areas = (
        Planungsraum.objects.with_population(release)
        .select_related("bezirksregion__action_area")
        .order_by("code")
    )
    rows = []
    for area in areas:
        number, label = table.mss_status(area.code)
        rows.append(
            (
                area,
                {
                    "code": area.code,
                    "name": area.name,
                    "bezirksregion_code": area.bezirksregion.code,
                    "bezirksregion_name": area.bezirksregion.name,
                    POPULATION: int(area.population) if area.population is not None else None,
                    "einwohner_stand": release.reference_date.isoformat() if release else None,
                    "flaeche_m2": area.area_m2,
                    "stadtteilkoordination": area.bezirksregion.is_action_area,
                    STATUS: number,
                    "mss_status": label,
                },
            )
        )
    return rows, _datasets(LOR_2021, MSS_2021, release=release)


def prognoseraum_rows():
    rows = []
    for area in Prognoseraum.objects.select_related("gi_focus").order_by("code"):
        gi_focus = getattr(area, "gi_focus", None)
        rows.append(
            (
                area,
                {
                    "code": area.code,
                    "name": area.name,
                    "gi_schwerpunkt": gi_focus is not None,
                    "gi_beschreibung": gi_focus.description if gi_focus else None,
                },
            )
        )
    return rows, _datasets(LOR_2021)


def feature_collection(table, name):
    rows, datasets = table
    body = {
        "type": "FeatureCollection",
        "name": name,
        "attribution": datasets.attribution(),
        "sources": datasets.as_sources(),
        "features": [
            {
                "type": "Feature",
                "id": properties["code"],
                "properties": properties,
                "geometry": area.web_geometry,
            }
            for area, properties in rows
        ],
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")), content_type=GEOJSON_TYPE
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def table_csv(table, filename):
    rows, _datasets = table
    properties = [row for _area, row in rows]
    header = list(properties[0]) if properties else ["code", "name"]
    response = csv_response(filename, header, [list(row.values()) for row in properties])
    return csvw.describe(response, filename)


def table_metadata(table, filename, title):
    rows, datasets = table
    header = list(rows[0][1]) if rows else ["code", "name"]
    columns = [csvw.AREA_COLUMNS.get(name, csvw.Described(name, name)) for name in header]
    return csvw.metadata_response(csvw.metadata(filename, title, columns, datasets))


def open_data(view):
    """The open-data endpoints: revalidated by ETag (and cached like pages, in urls.py)."""
    return require_safe(condition(etag_func=data_etag)(view))


@open_data
def bezirksregionen_geojson(request):
    return feature_collection(bezirksregion_rows(), "bezirksregionen")


@open_data
def planungsraeume_geojson(request):
    return feature_collection(planungsraum_rows(), "planungsraeume")


@open_data
def prognoseraeume_geojson(request):
    return feature_collection(prognoseraum_rows(), "prognoseraeume")


@open_data
def bezirksregionen_csv(request):
    return table_csv(bezirksregion_rows(), "bezirksregionen.csv")


@open_data
def bezirksregionen_csv_metadata(request):
    return table_metadata(
        bezirksregion_rows(), "bezirksregionen.csv", "Bezirksregionen in Neukölln (LOR 2021)"
    )


@open_data
def planungsraeume_csv_metadata(request):
    return table_metadata(
        planungsraum_rows(), "planungsraeume.csv", "Planungsräume in Neukölln (LOR 2021)"
    )


@open_data
def planungsraeume_csv(request):
    return table_csv(planungsraum_rows(), "planungsraeume.csv")


@require_safe
@never_cache
def street_names(request):
    """Official street names for the suggestions while typing: /api/strassen?q=karl"""
    from .address_lookup import street_suggestions
    from .streets import InputRefused, clean_input

    try:
        query = clean_input(request.GET.get("q", ""), "Die Suche")
    except InputRefused as refusal:
        return json_response({"strassen": [], "message": str(refusal)}, status=400)
    names = street_suggestions(query, limit=10) if len(query) >= 2 else []
    return json_response({"strassen": names})


def region_json(planungsraum):
    region = planungsraum.bezirksregion
    return {
        "planungsraum": {"code": planungsraum.code, "name": planungsraum.name},
        "bezirksregion": {
            "code": region.code,
            "name": region.name,
            "url": region.get_absolute_url(),
            "stadtteilkoordination": region.is_action_area,
        },
        "prognoseraum": {"code": region.prognoseraum.code, "name": region.prognoseraum.name},
    }


@require_safe
@never_cache
def region_at(request):
    language = request.GET.get("lang", "")
    if language in dict(settings.LANGUAGES):
        with translation.override(language):
            return _region_at(request)
    return _region_at(request)


def _region_at(request):
    form = PointForm(request.GET)
    if not form.is_valid():
        return json_response({"message": form.message}, status=400)
    lat, lon = form.point
    planungsraum = planungsraum_at(lat, lon)
    if planungsraum is None:
        return json_response(
            {"message": _("Dieser Punkt liegt nicht in Neukölln."), "lat": lat, "lon": lon},
            status=404,
        )
    return json_response({"lat": lat, "lon": lon, **region_json(planungsraum)})
