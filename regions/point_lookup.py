"""Which Planungsraum (and so which Bezirksregion) contains a point?

The 46 polygons are parsed and prepared once per process and content version: saving any
region bumps the version (spk_site.content_version), so every worker rebuilds its index on
its next lookup."""

import math
from dataclasses import dataclass

from django.contrib.gis.geos import Point
from django.utils.translation import gettext as _

from spk_site.content_version import PerVersion

from .geometry import to_geos


@dataclass(frozen=True)
class IndexedArea:
    planungsraum_id: int
    extent: tuple
    prepared: object


class PointOutOfRange(ValueError):
    """Latitude or longitude that no point on earth has."""


def _build_index():
    from .models import Planungsraum

    areas = []
    for pk, geometry in Planungsraum.objects.order_by("code").values_list("pk", "geometry"):
        shape = to_geos(geometry)
        areas.append(IndexedArea(pk, shape.extent, shape.prepared))
    return tuple(areas)


_index = PerVersion(_build_index, topics=("geography",))


def validate_point(lat, lon):
    """Floats for a latitude and longitude, or PointOutOfRange."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise PointOutOfRange(_("Breite und Länge müssen endliche Zahlen sein."))
    if not (-90 <= lat <= 90):
        raise PointOutOfRange(_("Die Breite (lat) muss zwischen -90 und 90 liegen."))
    if not (-180 <= lon <= 180):
        raise PointOutOfRange(_("Die Länge (lon) muss zwischen -180 und 180 liegen."))
    return lat, lon


def planungsraum_at(lat, lon, versions=None):
    """The Planungsraum containing the point (lat/lon, WGS84), or None outside Neukölln.

    A point on a shared border belongs to both neighbours; we answer with the one with the
    lower code, so the answer is stable."""
    from .models import Planungsraum

    validate_point(lat, lon)
    point = Point(lon, lat, srid=4326)
    for area in _index.get(versions):
        xmin, ymin, xmax, ymax = area.extent
        if xmin <= lon <= xmax and ymin <= lat <= ymax and area.prepared.covers(point):
            return Planungsraum.objects.without_geometry().get(pk=area.planungsraum_id)
    return None
