"""Open data and the point lookup, as JSON, GeoJSON and CSV."""

import csv
import json

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import condition, require_safe

from spk_site import content_version

from .lookup import PointOutOfRange, planungsraum_at
from .models import Bezirksregion, IndicatorRelease, Planungsraum, Prognoseraum

GEOJSON_TYPE = "application/geo+json"
CSV_TYPE = "text/csv; charset=utf-8"
MAX_PARAMETER_LENGTH = 64


def json_response(body, status=200):
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def data_etag(request, *args, **kwargs):
    """Changes whenever any public row changes (see spk_site.content_version)."""
    return content_version.etag(request)


def bezirksregion_rows():
    release = IndicatorRelease.objects.latest_population()
    regions = (
        Bezirksregion.objects.with_population(release)
        .select_related("prognoseraum", "action_area")
        .order_by("code")
    )
    for region in regions:
        yield (
            region,
            {
                "code": region.code,
                "name": region.name,
                "prognoseraum_code": region.prognoseraum.code,
                "prognoseraum_name": region.prognoseraum.name,
                "einwohner": int(region.population) if region.population is not None else None,
                "einwohner_stand": release.reference_date.isoformat() if release else None,
                "flaeche_m2": region.area_m2,
                "stadtteilkoordination": region.is_action_area,
                "url": region.get_absolute_url(),
            },
        )


def planungsraum_rows():
    from .comparison import figure_table

    table = figure_table.get()
    release = IndicatorRelease.objects.latest_population()
    areas = (
        Planungsraum.objects.with_population(release)
        .select_related("bezirksregion__action_area")
        .order_by("code")
    )
    for area in areas:
        yield (
            area,
            {
                "code": area.code,
                "name": area.name,
                "bezirksregion_code": area.bezirksregion.code,
                "bezirksregion_name": area.bezirksregion.name,
                "einwohner": int(area.population) if area.population is not None else None,
                "einwohner_stand": release.reference_date.isoformat() if release else None,
                "flaeche_m2": area.area_m2,
                "stadtteilkoordination": area.bezirksregion.is_action_area,
                **_mss_status(table, area.code),
            },
        )


def _mss_status(table, code):
    number, label = table.mss_status(code)
    return {"mss_status_klasse": number, "mss_status": label}


def prognoseraum_rows():
    for area in Prognoseraum.objects.select_related("gi_focus").order_by("code"):
        gi_focus = getattr(area, "gi_focus", None)
        yield (
            area,
            {
                "code": area.code,
                "name": area.name,
                "gi_schwerpunkt": gi_focus is not None,
                "gi_beschreibung": gi_focus.description if gi_focus else None,
            },
        )


def feature_collection(rows, name):
    features = [
        {"type": "Feature", "id": props["code"], "properties": props, "geometry": area.web_geometry}
        for area, props in rows
    ]
    body = {
        "type": "FeatureCollection",
        "name": name,
        "attribution": "Geoportal Berlin / LOR 2021 (CC BY 3.0 DE); Einwohner: Amt für "
        "Statistik Berlin-Brandenburg (CC BY 3.0 DE)",
        "features": features,
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")), content_type=GEOJSON_TYPE
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(rows, filename):
    response = HttpResponse(content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = None
    for _, props in rows:
        if writer is None:
            writer = csv.DictWriter(response, fieldnames=list(props), delimiter=";")
            writer.writeheader()
        writer.writerow({key: _csv_value(value) for key, value in props.items()})
    return response


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return value


@require_safe
@condition(etag_func=data_etag)
def bezirksregionen_geojson(request):
    return feature_collection(bezirksregion_rows(), "bezirksregionen")


@require_safe
@condition(etag_func=data_etag)
def planungsraeume_geojson(request):
    return feature_collection(planungsraum_rows(), "planungsraeume")


@require_safe
@condition(etag_func=data_etag)
def prognoseraeume_geojson(request):
    return feature_collection(prognoseraum_rows(), "prognoseraeume")


@require_safe
@condition(etag_func=data_etag)
def bezirksregionen_csv(request):
    return csv_response(bezirksregion_rows(), "bezirksregionen.csv")


@require_safe
@condition(etag_func=data_etag)
def planungsraeume_csv(request):
    return csv_response(planungsraum_rows(), "planungsraeume.csv")


@require_safe
def street_names(request):
    """Official street names for the suggestions while typing: /api/strassen?q=karl"""
    from .address_lookup import street_suggestions
    from .streets import InputRefused, clean_input

    try:
        query = clean_input(request.GET.get("q", ""), "Die Suche")
    except InputRefused as refusal:
        return json_response({"strassen": [], "message": str(refusal)}, status=400)
    names = street_suggestions(query, limit=10) if len(query) >= 2 else []
    response = json_response({"strassen": names})
    response["Cache-Control"] = "public, max-age=3600"
    return response


def parse_coordinate(request, name, label):
    """A float from the query string, or a German message saying what is wrong."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None, f"Bitte {label} ({name}) angeben."
    if len(raw) > MAX_PARAMETER_LENGTH:
        return None, f"{label} ({name}) ist zu lang."
    try:
        return float(raw.replace(",", ".")), None
    except ValueError:
        return None, f"{label} ({name}) muss eine Zahl sein, z. B. 52.47."


def point_from_request(request):
    """(lat, lon) or a German message for a 400 answer."""
    lat, problem = parse_coordinate(request, "lat", "die geografische Breite")
    if problem:
        return None, problem
    lon, problem = parse_coordinate(request, "lon", "die geografische Länge")
    if problem:
        return None, problem
    from .lookup import validate_point

    try:
        return validate_point(lat, lon), None
    except PointOutOfRange as error:
        return None, str(error)


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
def region_at(request):
    point, problem = point_from_request(request)
    if problem:
        return json_response({"message": problem}, status=400)
    lat, lon = point
    planungsraum = planungsraum_at(lat, lon)
    if planungsraum is None:
        return json_response(
            {"message": "Dieser Punkt liegt nicht in Neukölln.", "lat": lat, "lon": lon},
            status=404,
        )
    return json_response({"lat": lat, "lon": lon, **region_json(planungsraum)})
