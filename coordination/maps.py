"""Context for a map on a page: the consent placeholder with the server-rendered SVG map and
text list (for everyone), and the settings the interactive map starts from after consent
(json_script: tile server, bounds, our GeoJSON URLs, offices). No script is written here."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from regions.maps import district_map
from regions.models import Bezirksregion
from regions.svg import extent_of

from .models import DistrictContact, Office


def office_marker_data(office):
    lon, lat = office.lon_lat
    return {
        "name": office.name,
        "address": f"{office.street_line}, {office.postcode} {office.city}"
        if office.has_address
        else "",
        "url": office.get_absolute_url(),
        "bezirksregion": office.bezirksregion.code,
        "lat": lat,
        "lon": lon,
    }


def _bounds(geometries):
    """[[south, west], [north, east]] as Leaflet takes them."""
    west, south, east, north = extent_of(geometries)
    return [[round(south, 5), round(west, 5)], [round(north, 5), round(east, 5)]]


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
    regions = regions if regions is not None else list(Bezirksregion.objects.for_pages())
    if not any(region.web_geometry for region in regions):
        return None  # before the LOR geography is imported there is nothing to draw
    if offices is None:
        offices = list(Office.objects.published().for_cards())
    district_contact = district_contact or DistrictContact.current()
    located = [office for office in offices if office.lon_lat]
    svg_map = svg_map or district_map(
        regions,
        title=_("Karte der Bezirksregionen und Stadtteilkoordinationen in Neukölln"),
        description=" ".join(
            part
            for part in (
                _(
                    "Die zwölf Bezirksregionen mit ihren Nummern aus der Liste; hervorgehoben "
                    "die vier Gebiete mit Stadtteilkoordination."
                ),
                _("Besonders hervorgehoben: %(name)s.") % {"name": highlight.name}
                if highlight
                else "",
                _("Buchstaben markieren die Büros der Stadtteilkoordination.") if located else "",
            )
            if part
        ),
        highlight=highlight,
        markers=[(*office.lon_lat, office.name) for office in located],
    )
    marker_letters = {office.pk: chr(ord("A") + index) for index, office in enumerate(located)}
    config = {
        "tiles": {
            "url": settings.MAP_TILE_URL,
            "attribution": _(settings.MAP_TILE_ATTRIBUTION),
            "minZoom": settings.MAP_MIN_ZOOM,
            "maxZoom": settings.MAP_MAX_ZOOM,
            "prefix": "Leaflet",
        },
        "bounds": _bounds(region.web_geometry for region in regions if region.web_geometry),
        "focusBounds": _bounds([highlight.web_geometry]) if highlight else None,
        "layers": {
            "bezirksregionen": reverse("regions-api:bezirksregionen-geojson"),
            "planungsraeume": reverse("regions-api:planungsraeume-geojson"),
            "prognoseraeume": reverse("regions-api:prognoseraeume-geojson"),
            "einrichtungen": reverse("places-api:geojson"),
        },
        "responsibility": reverse("coordination-api:responsibility"),
        "language": get_language(),
        "highlight": highlight.code if highlight else None,
        "focus": office_marker_data(focus_office)
        if focus_office and focus_office.lon_lat
        else None,
        "offices": [office_marker_data(office) for office in located],
        "districtContact": str(district_contact or ""),
        "districtContactUrl": reverse("coordination:office-list") + "#spk-kontakt",
    }
    svg_caption = (
        _("Zahlen: Bezirksregionen, Buchstaben: Büros der Stadtteilkoordination (siehe Liste).")
        if located
        else _("Die Zahlen sind die Nummern der Bezirksregionen (siehe Liste).")
    )
    return {
        "map_id": map_id,
        "config_id": f"{map_id}-config",
        "svg_map": svg_map,
        "svg_caption": svg_caption,
        "map_regions": regions,
        "map_offices": [(office, marker_letters.get(office.pk)) for office in offices],
        "map_config": config,
        "map_located_offices": len(located),
        "map_full": full,
        "tile_operator": settings.MAP_TILE_OPERATOR,
        "tile_privacy_url": settings.MAP_TILE_PRIVACY_URL,
    }
