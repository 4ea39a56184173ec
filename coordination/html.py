"""The limited rich text staff may write: paragraphs, lists, links, emphasis, headings.

Cleaned with nh3 when saved and again when rendered, so a row changed behind the admin's back
(a raw SQL fix, an old backup) still cannot put a script on a public page."""

import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "b", "i", "h2", "h3", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(value):
    return nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_html(value):
    """Safe to put in a template: cleaned right here, whatever the database holds."""
    return mark_safe(clean_html(value))  # noqa: S308 (nh3 has just removed everything unsafe)
