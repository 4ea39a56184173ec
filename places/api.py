"""The places as open data (GeoJSON), with source and licence per kind."""

from django.http import JsonResponse
from django.views.decorators.http import require_safe

from regions.models import Dataset
from spk_site.templatetags.site_text import international_number

from .figures import KITA_LIST
from .models import KITA_KIND, Place


@require_safe
def places_geojson(request):
    """Every published place, with source and licence per kind (open data)."""
    places = Place.objects.published().for_lists()
    kinds = {}
    features = []
    for place in places:
        if not place.lon_lat:
            continue
        kinds[place.kind.slug] = place.kind
        lon, lat = place.lon_lat
        properties = {
            "name": place.name,
            "art": place.kind.slug,
            "adresse": place.address_line,
            "planungsraum": place.planungsraum.code if place.planungsraum_id else None,
        }
        if place.kita_number:
            properties.update(kita_nr=place.kita_number, plaetze=place.capacity)
        contact = {
            "traeger": place.operator_name,
            "telefon": international_number(place.public_phone),
            "website": place.website,
        }
        properties.update((key, value) for key, value in contact.items() if value)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": properties,
            }
        )
    kita_date = (
        Dataset.objects.filter(slug=KITA_LIST).values_list("reference_date", flat=True).first()
    )
    sources = [
        {
            "art": kind.slug,
            "name": kind.plural,
            "quelle": kind.source,
            "lizenz": kind.licence,
            **({"stand": kita_date.isoformat()} if kind.slug == KITA_KIND and kita_date else {}),
        }
        for kind in sorted(kinds.values(), key=lambda kind: kind.order)
    ]
    return JsonResponse(
        {"type": "FeatureCollection", "sources": sources, "features": features},
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )
