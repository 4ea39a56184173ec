"""Maps drawn on the server as inline SVG: no JavaScript, no request to anyone.

Coordinates are projected with a simple equirectangular projection around Neukölln's centre
(good to a fraction of a pixel at this scale) and scaled into the SVG's viewBox.
"""

import math
from dataclasses import dataclass, field

from .geometry import to_geos

VIEW_WIDTH = 600
MARGIN = 8


@dataclass
class Shape:
    path: str
    css_class: str
    name: str = ""
    code: str = ""


@dataclass
class Label:
    x: float
    y: float
    text: str
    css_class: str = ""


@dataclass
class Marker:
    x: float
    y: float
    text: str
    letter: str


@dataclass
class Point:
    x: float
    y: float
    css_class: str


@dataclass
class SvgMap:
    """What the template includes/svg_map.html draws."""

    width: int
    height: int
    title: str
    description: str
    shapes: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    markers: list = field(default_factory=list)
    points: list = field(default_factory=list)  # small dots: places (Kitas, Treffpunkte …)
    projection: object = None

    def add_points(self, points):
        """(lon, lat, css class) as dots under the labels and markers."""
        for lon, lat, css_class in points:
            x, y = self.projection.xy(lon, lat)
            self.points.append(Point(round(x, 1), round(y, 1), css_class))

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


class Projection:
    def __init__(self, extent, width=VIEW_WIDTH):
        xmin, ymin, xmax, ymax = extent
        self.lon0, self.lat_max = xmin, ymax
        self.kx = math.cos(math.radians((ymin + ymax) / 2))
        span_x = (xmax - xmin) * self.kx
        span_y = ymax - ymin
        self.scale = (width - 2 * MARGIN) / span_x
        self.width = width
        self.height = math.ceil(span_y * self.scale + 2 * MARGIN)

    def _unrounded(self, lon, lat):
        x = MARGIN + (lon - self.lon0) * self.kx * self.scale
        y = MARGIN + (self.lat_max - lat) * self.scale
        return x, y

    def xy(self, lon, lat):
        x, y = self._unrounded(lon, lat)
        return round(x, 1), round(y, 1)

    def path(self, geojson):
        """The outline as SVG path data: whole units of the 600-wide view box (at most half a
        unit off, under a pixel on every screen), each ring an absolute start and relative
        steps, repeated points left out: about half the bytes of absolute decimals."""
        polygons = (
            [geojson["coordinates"]] if geojson["type"] == "Polygon" else geojson["coordinates"]
        )
        parts = []
        for rings in polygons:
            for ring in rings:
                points = []
                for lon, lat in ring:
                    x, y = self._unrounded(lon, lat)
                    point = (round(x), round(y))
                    if not points or points[-1] != point:
                        points.append(point)
                steps = " ".join(
                    f"{x - px} {y - py}"
                    for (px, py), (x, y) in zip(points, points[1:], strict=False)
                )
                start = f"M{points[0][0]} {points[0][1]}"
                parts.append((start + ("l" + steps if steps else "") + "z").replace(" -", "-"))
        return "".join(parts)


def extent_of(geometries):
    extents = [to_geos(geometry).extent for geometry in geometries]
    return (
        min(e[0] for e in extents),
        min(e[1] for e in extents),
        max(e[2] for e in extents),
        max(e[3] for e in extents),
    )


def label_point(geojson):
    point = to_geos(geojson).point_on_surface
    return point.x, point.y
