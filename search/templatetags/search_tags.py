"""The search field every page's header, the menu and the 404 page show."""

from django import template

register = template.Library()


@register.inclusion_tag("search/includes/search_form.html")
def search_form(field_id, value="", compact=False, wide=False, autofocus=False):
    return {
        "field_id": field_id,
        "value": value,
        "compact": compact,
        "wide": wide,
        "autofocus": autofocus,
    }
