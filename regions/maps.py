"""The server-rendered maps of the district, built from the stored web geometries."""

from spk_site.content_version import PerVersion

from .svg import Label, Marker, Projection, Shape, SvgMap, extent_of, label_point

# The district's outline drawn once per content version and set of regions: the projection,
# each region's path and label point (plain strings and numbers; pages that are never cached,
# such as the places near an address, draw it on every request otherwise).
_drawings = PerVersion(dict, topics=("geography",))


def _drawing(regions):
    drawings = _drawings.get()
    key = tuple(region.code for region in regions)
    found = drawings.get(key)
    if found is None:
        projection = Projection(extent_of(region.web_geometry for region in regions))
        paths = tuple(projection.path(region.web_geometry) for region in regions)
        labels = tuple(projection.xy(*label_point(region.web_geometry)) for region in regions)
        found = drawings.setdefault(key, (projection, paths, labels))
    return found


# The colour of a Planungsraum on maps of the social situation, by its MSS status class.
MSS_CLASS_CSS = {1: "mss-1", 2: "mss-2", 3: "mss-3", 4: "mss-4"}


def region_number(code):
    """The Bezirksregion's number within the district, as printed on our maps (01–12)."""
    return code[-2:]


def district_map(
    bezirksregionen,
    *,
    title,
    description,
    highlight=None,
    planungsraeume=(),
    markers=(),
    classes=None,
):
    """An SVG map of all Bezirksregionen, numbered; `highlight` is a Bezirksregion drawn
    stronger, `planungsraeume` are drawn on top (thin lines), `markers` are (lon, lat, text)
    points, `classes` maps a Planungsraum code to an extra CSS class (for thematic maps)."""
    regions = [region for region in bezirksregionen if region.web_geometry]
    if not regions:
        return None
    projection, paths, label_points = _drawing(regions)
    svg_map = SvgMap(projection.width, projection.height, title, description)
    svg_map.projection = projection
    for region, path in zip(regions, paths, strict=True):
        css = ["map-region"]
        if getattr(region, "is_action_area", False):
            css.append("map-region--action-area")
        if highlight is not None and region.pk == highlight.pk:
            css.append("map-region--current")
        svg_map.shapes.append(Shape(path, " ".join(css), region.name, region.code))
    for area in planungsraeume:
        css = ["map-plr"]
        if classes and area.code in classes:
            css.append(classes[area.code])
        svg_map.shapes.append(
            Shape(projection.path(area.web_geometry), " ".join(css), area.name, area.code)
        )
    for region, (x, y) in zip(regions, label_points, strict=True):
        svg_map.labels.append(Label(x, y, region_number(region.code), "map-label"))
    for number, (lon, lat, text) in enumerate(markers):
        x, y = projection.xy(lon, lat)
        svg_map.markers.append(Marker(x, y, text, chr(ord("A") + number)))
    return svg_map


def planungsraum_map(planungsraeume, *, title, description, classes=None):
    """An SVG map of these Planungsräume alone (a region's, or the district's), each numbered
    by its place in the list; `classes` maps a code to an extra CSS class."""
    areas = [area for area in planungsraeume if area.web_geometry]
    if not areas:
        return None
    projection = Projection(extent_of(area.web_geometry for area in areas))
    svg_map = SvgMap(projection.width, projection.height, title, description)
    svg_map.projection = projection
    for number, area in enumerate(areas, start=1):
        css = ["map-plr", "map-plr--filled"]
        if classes and area.code in classes:
            css.append(classes[area.code])
        svg_map.shapes.append(
            Shape(projection.path(area.web_geometry), " ".join(css), area.name, area.code)
        )
        x, y = projection.xy(*label_point(area.web_geometry))
        svg_map.labels.append(Label(x, y, str(number), "map-label map-label--small"))
    return svg_map
