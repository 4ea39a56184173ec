import json

from django import template
from django.utils.safestring import mark_safe

from ..html import render_html

register = template.Library()

# Inside <script>, these three could end the element or start markup.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def rich_text(value):
    """Staff-written HTML, sanitized on render (see coordination.html)."""
    return render_html(value)


@register.filter
def json_ld(value):
    """A dict as JSON for <script type="application/ld+json">, escaped for that context."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 (<, >, & escaped)


@register.filter
def tel_href(phone):
    """'030 54 83 76 46' -> 'tel:+493054837646'."""
    digits = "".join(character for character in phone if character.isdigit() or character == "+")
    if digits.startswith("0") and not digits.startswith("00"):
        digits = "+49" + digits[1:]
    return f"tel:{digits}"
