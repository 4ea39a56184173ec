"""Which Planungsraum (and so which Bezirksregion) contains a point?

The 46 polygons are parsed and prepared once per process and kept until a geometry changes:
a saved Planungsraum bumps a version number in the shared cache, so every worker process
rebuilds its index on its next lookup.
"""

import math
import threading
from dataclasses import dataclass

from django.contrib.gis.geos import Point
from django.core.cache import cache

from .geometry import to_geos

VERSION_KEY = "regions:geometry-version"


@dataclass(frozen=True)
class IndexedArea:
    planungsraum_id: int
    extent: tuple
    prepared: object


class PointOutOfRange(ValueError):
    """Latitude or longitude that no point on earth has."""


class _PlanungsraumIndex:
    def __init__(self):
        self._lock = threading.Lock()
        self._version = None
        self._areas = ()

    def areas(self):
        version = cache.get(VERSION_KEY, 0)
        if self._version != version:
            with self._lock:
                if self._version != version:
                    self._areas = self._build()
                    self._version = version
        return self._areas

    @staticmethod
    def _build():
        from .models import Planungsraum

        areas = []
        for pk, geometry in Planungsraum.objects.order_by("code").values_list("pk", "geometry"):
            shape = to_geos(geometry)
            areas.append(IndexedArea(pk, shape.extent, shape.prepared))
        return tuple(areas)


_index = _PlanungsraumIndex()


def geometry_changed():
    """Tell every process that the polygons changed (called when regions are saved)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def validate_point(lat, lon):
    """Floats for a latitude and longitude, or PointOutOfRange."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise PointOutOfRange("Breite und Länge müssen endliche Zahlen sein.")
    if not (-90 <= lat <= 90):
        raise PointOutOfRange("Die Breite (lat) muss zwischen -90 und 90 liegen.")
    if not (-180 <= lon <= 180):
        raise PointOutOfRange("Die Länge (lon) muss zwischen -180 und 180 liegen.")
    return lat, lon


def planungsraum_at(lat, lon):
    """The Planungsraum containing the point (lat/lon, WGS84), or None outside Neukölln.

    A point on a shared border belongs to both neighbours; we answer with the one with the
    lower code, so the answer is stable."""
    from .address_lookup import planungsraeume_without_geometry

    validate_point(lat, lon)
    point = Point(lon, lat, srid=4326)
    for area in _index.areas():
        xmin, ymin, xmax, ymax = area.extent
        if xmin <= lon <= xmax and ymin <= lat <= ymax and area.prepared.covers(point):
            return planungsraeume_without_geometry().get(pk=area.planungsraum_id)
    return None
