"""What other apps' templates show of `regions`: the server-drawn SVG maps."""

from django import template

register = template.Library()


@register.inclusion_tag("regions/includes/svg_map.html")
def svg_map(drawn, map_id, caption="", svg_css=""):
    """A map drawn by regions.maps, with its title, description and caption."""
    return {"svg_map": drawn, "map_id": map_id, "caption": caption, "svg_css": svg_css}
