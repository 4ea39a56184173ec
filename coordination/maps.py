"""Context for a map on a page: the consent placeholder with the server-rendered SVG map and
text list (for everyone), and the configuration the Leaflet map reads after consent."""

from django.conf import settings
from django.urls import reverse

from regions.maps import district_map
from regions.models import IndicatorRelease
from regions.views import bezirksregionen_for_pages

from .models import DistrictContact, Office

CONSENT_EVENT = "spk:karte-zustimmung"


def office_marker_data(office):
    lon_lat = office.lon_lat
    return {
        "name": office.name,
        "address": f"{office.street_line}, {office.postcode} {office.city}".strip(", ")
        if office.has_address
        else "",
        "url": office.get_absolute_url(),
        "bezirksregion": office.bezirksregion.code,
        "lat": lon_lat[1] if lon_lat else None,
        "lon": lon_lat[0] if lon_lat else None,
    }


def map_context(
    *,
    map_id,
    highlight=None,
    focus_office=None,
    full=False,
    regions=None,
    svg_map=None,
    offices=None,
    district_contact=None,
):
    """Everything includes/consent_map.html needs. `regions` may be passed in when the page
    has already loaded the twelve Bezirksregionen (saves a query), `svg_map` when the page
    has drawn its own server-side map (the region page draws its Planungsräume)."""
    regions = (
        regions
        if regions is not None
        else list(bezirksregionen_for_pages(IndicatorRelease.objects.latest_population()))
    )
    if offices is None:
        offices = list(
            Office.objects.published().select_related("operator", "action_area__bezirksregion")
        )
    district_contact = district_contact or DistrictContact.current()
    located = [office for office in offices if office.lon_lat]
    svg_map = svg_map or district_map(
        regions,
        title="Karte der Bezirksregionen und Stadtteilkoordinationen in Neukölln",
        description="Die zwölf Bezirksregionen mit ihren Nummern aus der Liste; hervorgehoben "
        "die vier Handlungsräume der Stadtteilkoordination"
        + (f" und {highlight.name}" if highlight else "")
        + (
            "; Buchstaben markieren die Büros der Stadtteilkoordination."
            if located
            else ". Die Lage der Büros ist noch nicht eingetragen."
        ),
        highlight=highlight,
        markers=[(*office.lon_lat, office.name) for office in located],
    )
    marker_letters = {office.pk: chr(ord("A") + index) for index, office in enumerate(located)}
    config = {
        "mapId": map_id,
        "consentEvent": CONSENT_EVENT,
        "layers": {
            "bezirksregionen": reverse("regions-api:bezirksregionen-geojson"),
            "planungsraeume": reverse("regions-api:planungsraeume-geojson"),
            "prognoseraeume": reverse("regions-api:prognoseraeume-geojson"),
        },
        "responsibility": reverse("responsibility-api"),
        "highlight": highlight.code if highlight else None,
        "focus": office_marker_data(focus_office) if focus_office else None,
        "offices": [office_marker_data(office) for office in offices],
        "districtContact": str(district_contact or ""),
        "districtContactUrl": reverse("coordination:office-list") + "#spk-kontakt",
    }
    return {
        "map_id": map_id,
        "svg_map": svg_map,
        "map_regions": regions,
        "map_offices": [(office, marker_letters.get(office.pk)) for office in offices],
        "map_config": config,
        "map_full": full,
        "consent_event": CONSENT_EVENT,
        "tile_operator": settings.MAP_TILE_OPERATOR,
        "tile_privacy_url": settings.MAP_TILE_PRIVACY_URL,
    }
