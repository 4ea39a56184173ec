"""The places of the Kiez on other apps' pages: a Bezirksregion's page, the lookup answer."""

from django import template

from ..models import KITA_KIND, Place
from ..views import kita_list_date, place_points, places_near

register = template.Library()


@register.simple_tag
def places_of_region(region, svg_map=None):
    """The region's published places, Kitas apart; drawn as points on the page's SVG map."""
    places = list(Place.objects.published().for_lists().in_region(region))
    if svg_map is not None:
        svg_map.add_points(place_points(places))
    kitas = [place for place in places if place.kind.slug == KITA_KIND]
    return {
        "kitas": kitas,
        "others": [place for place in places if place.kind.slug != KITA_KIND],
        "kita_list_date": kita_list_date(kitas),
    }


@register.simple_tag
def places_nearby(planungsraum):
    """For the lookup answer: the places of the same Planungsraum first, then of its region."""
    nearby, total = places_near(planungsraum)
    return {"places": nearby, "total": total}
