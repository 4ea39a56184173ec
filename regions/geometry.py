"""Geometry with GEOS and GDAL, without a spatial database.

Geometries are stored as GeoJSON dicts in WGS84 (lon/lat). This module reads official
GeoJSON (WGS84 or EPSG:25833), checks area geometries and derives the simplified copies the
web pages and the open-data endpoints serve.
"""

import json
from collections import defaultdict

from django.contrib.gis.gdal import GDALException
from django.contrib.gis.geos import (
    GEOSException,
    GEOSGeometry,
    LinearRing,
    LineString,
    MultiPolygon,
    Polygon,
)

WGS84 = 4326
ETRS89_UTM33 = 25833
CRS_NAMES = {
    "urn:ogc:def:crs:OGC:1.3:CRS84": WGS84,
    "urn:ogc:def:crs:OGC::CRS84": WGS84,
    "CRS84": WGS84,
    "EPSG:4326": WGS84,
    "urn:ogc:def:crs:EPSG::4326": WGS84,
    "EPSG:25833": ETRS89_UTM33,
    "urn:ogc:def:crs:EPSG::25833": ETRS89_UTM33,
    "http://www.opengis.net/def/crs/EPSG/0/25833": ETRS89_UTM33,
}
# Generous box around Berlin: a coordinate outside it means a wrong or mislabelled CRS.
BERLIN_BOUNDS = (13.0, 52.3, 13.8, 52.7)
AREA_TYPES = {"Polygon", "MultiPolygon"}
WEB_PRECISION = 5  # decimal places, about 1 m
WEB_TOLERANCE = 0.00002  # degrees, about 1.5 m: removes points a screen cannot show


class GeometryRefused(ValueError):
    """A geometry or file we must not import; the message says why, in German."""


def crs_of(collection):
    """The EPSG code a GeoJSON FeatureCollection declares; RFC 7946 files declare none."""
    crs = collection.get("crs")
    if crs is None:
        return WGS84
    name = (crs.get("properties") or {}).get("name", "") if isinstance(crs, dict) else ""
    if name not in CRS_NAMES:
        raise GeometryRefused(
            f"Koordinatensystem „{name or crs}“ wird nicht unterstützt "
            "(erwartet: WGS84/CRS84 oder EPSG:25833)."
        )
    return CRS_NAMES[name]


def to_geos(geojson, srid=WGS84):
    """A GEOS geometry in WGS84 from a GeoJSON geometry dict in the given CRS."""
    if not geojson or not isinstance(geojson, dict) or not geojson.get("type"):
        raise GeometryRefused("Die Geometrie fehlt.")
    if not geojson.get("coordinates") and not geojson.get("geometries"):
        raise GeometryRefused("Die Fläche ist leer.")
    try:
        geometry = GEOSGeometry(json.dumps(geojson))
    except (GEOSException, GDALException, ValueError, TypeError) as error:
        raise GeometryRefused(f"Die Geometrie ist kein gültiges GeoJSON ({error}).") from error
    geometry.srid = srid  # GeoJSON parsing assumes WGS84; the file's CRS says otherwise
    if srid != WGS84:
        try:
            geometry.transform(WGS84)
        except GDALException as error:
            raise GeometryRefused(f"Umrechnung nach WGS84 gescheitert ({error}).") from error
    return geometry


def area_geometry_problem(geojson):
    """Why a GeoJSON dict is no usable area in Berlin, or None when it is."""
    try:
        geometry = to_geos(geojson)
    except GeometryRefused as refusal:
        return str(refusal)
    if geometry.geom_type not in AREA_TYPES:
        return f"Erwartet wird eine Fläche (Polygon), nicht {geometry.geom_type}."
    if geometry.empty:
        return "Die Fläche ist leer."
    if not geometry.valid:
        return f"Die Fläche ist ungültig: {geometry.valid_reason}."
    if geometry.area == 0:
        return "Die Fläche ist leer."
    xmin, ymin, xmax, ymax = geometry.extent
    bxmin, bymin, bxmax, bymax = BERLIN_BOUNDS
    if xmin < bxmin or ymin < bymin or xmax > bxmax or ymax > bymax:
        return (
            "Die Koordinaten liegen nicht in Berlin – falsches oder falsch angegebenes "
            "Koordinatensystem?"
        )
    return None


def as_geojson(geometry, precision=None):
    """A GEOS geometry as a GeoJSON dict, coordinates optionally rounded."""
    geojson = json.loads(geometry.json)
    if precision is not None:
        geojson["coordinates"] = _round(geojson["coordinates"], precision)
    return geojson


def _round(coordinates, precision):
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [round(value, precision) for value in coordinates]
    return [_round(part, precision) for part in coordinates]


def web_copies(geometries, precision=WEB_PRECISION, tolerance=WEB_TOLERANCE):
    """Simplified GeoJSON copies of neighbouring areas that still share their borders.

    Each border between two areas is cut into arcs at the points where neighbours change and
    every arc is simplified once, so both neighbours get the very same line: no gaps, no
    overlaps (the way TopoJSON and mapshaper do it). `geometries` maps a code to a GEOS area.
    Falls back to merely rounded coordinates if simplifying would make any area invalid.
    """
    rounded = {
        code: _polygons_of(as_geojson(geometry, precision)) for code, geometry in geometries.items()
    }
    simplified = _simplify_shared_arcs(rounded, tolerance, precision)
    result = {}
    for code, polygons in simplified.items():
        candidate = _to_area(polygons)
        if candidate is None or not candidate.valid:
            return {code: _to_geojson(polygons) for code, polygons in rounded.items()}
        result[code] = _to_geojson(polygons)
    return result


def _polygons_of(geojson):
    if geojson["type"] == "Polygon":
        return [_clean_ring_list(geojson["coordinates"])]
    return [_clean_ring_list(polygon) for polygon in geojson["coordinates"]]


def _clean_ring_list(rings):
    cleaned = []
    for ring in rings:
        points = [tuple(point) for point in ring]
        deduplicated = [points[0]]
        for point in points[1:]:
            if point != deduplicated[-1]:
                deduplicated.append(point)
        cleaned.append(deduplicated)
    return cleaned


def _simplify_shared_arcs(areas, tolerance, precision):
    # Which neighbour pairs does each point have in each ring it belongs to?
    neighbours = defaultdict(set)
    for polygons in areas.values():
        for rings in polygons:
            for ring in rings:
                open_ring = ring[:-1]
                count = len(open_ring)
                for index, point in enumerate(open_ring):
                    pair = frozenset((open_ring[index - 1], open_ring[(index + 1) % count]))
                    neighbours[point].add(pair)
    # A junction is a point whose neighbours differ between the rings that pass through it.
    junctions = {point for point, pairs in neighbours.items() if len(pairs) > 1}

    simplified_arcs = {}

    def simplify_arc(arc):
        key = tuple(arc)
        reverse_key = tuple(reversed(arc))
        if key in simplified_arcs:
            return simplified_arcs[key]
        if reverse_key in simplified_arcs:
            return list(reversed(simplified_arcs[reverse_key]))
        if len(arc) <= 2:
            result = list(arc)
        else:
            line = LineString(arc).simplify(tolerance, preserve_topology=True)
            result = [tuple(round(value, precision) for value in point) for point in line.coords]
            result[0], result[-1] = arc[0], arc[-1]
        simplified_arcs[key] = result
        return result

    output = {}
    for code, polygons in areas.items():
        new_polygons = []
        for rings in polygons:
            new_rings = []
            for ring in rings:
                new_rings.append(_simplify_ring(ring, junctions, simplify_arc, tolerance))
            new_polygons.append(new_rings)
        output[code] = new_polygons
    return output


def _simplify_ring(ring, junctions, simplify_arc, tolerance):
    open_ring = ring[:-1]
    cut_indices = [index for index, point in enumerate(open_ring) if point in junctions]
    if not cut_indices:
        # A ring nobody shares: simplify it on its own, keeping it a ring.
        simplified = LinearRing(ring).simplify(tolerance, preserve_topology=True)
        coords = [tuple(point) for point in simplified.coords]
        return coords if len(coords) >= 4 else ring
    # Rotate so the ring starts at a junction, then cut it into arcs between junctions.
    start = cut_indices[0]
    rotated = open_ring[start:] + open_ring[:start]
    rotated.append(rotated[0])
    result = [rotated[0]]
    arc = [rotated[0]]
    for point in rotated[1:]:
        arc.append(point)
        if point in junctions:
            result.extend(simplify_arc(arc)[1:])
            arc = [point]
    if len(result) < 4:
        return ring
    return result


def _to_area(polygons):
    try:
        parts = [Polygon(*[LinearRing(ring) for ring in rings]) for rings in polygons]
    except (GEOSException, ValueError, TypeError):
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(*parts)


def _to_geojson(polygons):
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in polygons[0]]}
    return {
        "type": "MultiPolygon",
        "coordinates": [[[list(p) for p in r] for r in rings] for rings in polygons],
    }


def lon_lat_of(point):
    """(lon, lat) of a stored GeoJSON point (a map widget's value), or None when none is set."""
    coordinates = (point or {}).get("coordinates") if isinstance(point, dict) else None
    if not coordinates or len(coordinates) < 2:
        return None
    lon, lat = coordinates[:2]
    return lon, lat
