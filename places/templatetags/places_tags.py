"""The places of the Kiez on other apps' pages: a Bezirksregion's page, the lookup answer."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language_bidi

from ..models import KITA_KIND, Place
from ..nearby import places_near
from ..presentation import kita_list_date, map_points

register = template.Library()


@register.inclusion_tag("places/includes/place_item.html")
def place_item(place, level=3, metres=None, anchor=False):
    """One place in a list: name, kind, places, operator, address and phone; `metres` from the
    visitor where they gave a point."""
    return {"place": place, "level": level, "metres": metres, "anchor": anchor}


@register.simple_tag
def places_of_region(region, svg_map=None):
    """The region's published places, Kitas apart; drawn as points on the page's SVG map."""
    places = list(Place.objects.published().for_lists().in_region(region))
    if svg_map is not None:
        svg_map.add_points(map_points(places))
    kitas = [place for place in places if place.kind.slug == KITA_KIND]
    return {
        "kitas": kitas,
        "others": [place for place in places if place.kind.slug != KITA_KIND],
        "kita_list_date": kita_list_date(kitas),
    }


@register.simple_tag
def places_nearby(answer):
    """For a lookup answer with one Planungsraum: its places, or the nearest ones to the
    visitor's point (places.nearby)."""
    match = answer.matches[0]
    return places_near(match.planungsraum, point=answer.point, versions=answer.versions)


@register.filter
def distance(metres):
    """'350 m', '1,2 km': rounded as people say it, never broken across lines."""
    if metres < 1000:
        text = f"{round(metres / 10) * 10:.0f}\u00a0m"
    else:
        text = f"{number_format(metres / 1000, 1)}\u00a0km"
    # In Arabic, "350 m" stays one left-to-right run (else it reads "m 350").
    return f"\u2066{text}\u2069" if get_language_bidi() else text
