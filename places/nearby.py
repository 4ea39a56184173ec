"""„Kitas und Treffpunkte“ in the lookup answer, honest about what the list is.

With a point (a map click, "Meinen Standort verwenden") the places are sorted by their real
distance from it, and the distance is shown. A typed address has no coordinates in the official
address list: then the answer lists the places of its Planungsraum, says so, and links to the
rest of the Bezirksregion. Both lists are read once per content version (bench/serve.py: the
lookup page is never cached as a whole; what it shows of the region is)."""

import math
from dataclasses import dataclass, field

from spk_site.content_version import PerVersion, PickledPerVersionMap

from .models import Place

NEARBY = 8
EARTH_RADIUS_M = 6_371_000


@dataclass
class Nearby:
    places: list = field(default_factory=list)  # [(place, metres or None)]
    by_distance: bool = False  # sorted by distance from the visitor's point
    planungsraum: object = None
    bezirksregion: object = None
    total_in_region: int = 0


def metres_between(lon1, lat1, lon2, lat2):
    """Great-circle distance (haversine), good to a metre at this scale."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _in_planungsraum(planungsraum_id):
    return list(
        Place.objects.published()
        .filter(planungsraum_id=planungsraum_id)
        .select_related("kind")
        .order_by("kind__order", "name")
    )


def _counts_by_region():
    counts = {}
    for region_id in Place.objects.published().values_list(
        "planungsraum__bezirksregion_id", flat=True
    ):
        counts[region_id] = counts.get(region_id, 0) + 1
    return counts


def _points():
    """(place id, lon, lat) of every published place with a point: plain data."""
    found = []
    for pk, location in Place.objects.published().values_list("pk", "location"):
        coordinates = (location or {}).get("coordinates") if isinstance(location, dict) else None
        if coordinates and len(coordinates) >= 2:
            found.append((pk, coordinates[0], coordinates[1]))
    return tuple(found)


places_in_planungsraum = PickledPerVersionMap(_in_planungsraum, topics=("places", "geography"))
place_counts = PerVersion(_counts_by_region, topics=("places", "geography"))
place_points = PerVersion(_points, topics=("places", "geography"))


def places_near(planungsraum, point=None, versions=None, limit=NEARBY):
    """The places to show with a lookup answer for this Planungsraum; nearest first when the
    visitor gave a point (lat, lon)."""
    nearby = Nearby(
        planungsraum=planungsraum,
        bezirksregion=planungsraum.bezirksregion,
        total_in_region=place_counts.get(versions).get(planungsraum.bezirksregion_id, 0),
    )
    if point is not None:
        lat, lon = point
        ranked = sorted(
            (metres_between(lon, lat, place_lon, place_lat), pk)
            for pk, place_lon, place_lat in place_points.get(versions)
        )[:limit]
        found = Place.objects.select_related("kind").in_bulk([pk for _metres, pk in ranked])
        nearby.places = [(found[pk], metres) for metres, pk in ranked if pk in found]
        nearby.by_distance = True
    else:
        nearby.places = [(place, None) for place in places_in_planungsraum.get(
            planungsraum.pk, versions
        )]  # fmt: skip
    return nearby
