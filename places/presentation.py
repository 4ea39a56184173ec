"""How places are shown on the pages' maps and lists."""

from spk_site import dates


def point_class(place):
    return f"map-point--{place.kind.slug}"


def map_points(places):
    """(lon, lat, css class) of the places with a point, for a server-drawn SVG map."""
    return [(*place.lon_lat, point_class(place)) for place in places if place.lon_lat]


def kita_list_date(places):
    """ "Juli 2026": the month of the Kita list the shown Kitas come from, without a query."""
    listed = [place.listed_on for place in places if place.listed_on]
    return dates.display(max(listed), dates.MONTH) if listed else ""
