"""Filters for text every app shows: staff-written HTML, JSON-LD, phone numbers, long
addresses that must wrap on a phone, and texts shown in German for want of a translation."""

import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from spk_site.rich_text import stored_html
from spk_site.translations import is_translated

register = template.Library()

# Inside <script>, these three could end the element or start markup.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def rich_text(value):
    """Staff-written HTML, cleaned when it was stored (spk_site.rich_text)."""
    return stored_html(value)


@register.filter
def json_ld(value):
    """A dict as JSON for <script type="application/ld+json">, escaped for that context."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 (<, >, & escaped)


def international_number(phone):
    """'030 54 83 76 46' -> '+493054837646' (E.164, as in open data and tel: links)."""
    digits = "".join(character for character in phone if character.isdigit() or character == "+")
    if digits.startswith("0") and not digits.startswith("00"):
        digits = "+49" + digits[1:]
    return digits


@register.filter
def tel_href(phone):
    """'030 54 83 76 46' -> 'tel:+493054837646'."""
    return f"tel:{international_number(phone)}"


@register.filter
def phone_display(phone):
    """'+49 30 90239 0' -> '030 90239 0': how people here write a Berlin number."""
    if phone.startswith("+49 "):
        return "0" + phone[4:]
    if phone.startswith("+4930") and phone[1:].isdigit():  # the Kita list: "+4930213089100"
        return f"030 {phone[5:]}"
    return phone


@register.filter
def breakable(address):
    """An e-mail address that may wrap only at its natural break points (after @, before .)."""
    parts = []
    for index, part in enumerate(address.split("@")):
        pieces = part.split(".")
        parts.append([("." if i else "") + piece for i, piece in enumerate(pieces)])
        if index == 0 and "@" in address:
            parts[-1][-1] += "@"
    return format_html_join(
        mark_safe("<wbr>"), "{}", ((piece,) for group in parts for piece in group)
    )


@register.filter
def breakable_url(url):
    """A web address written out (for those who reuse data) that may wrap after its slashes."""
    pieces = url.replace("/", "/\0").replace("?", "\0?").replace("&", "\0&").split("\0")
    return format_html_join(mark_safe("<wbr>"), "{}", ((piece,) for piece in pieces if piece))


@register.filter
def before_full_stop(name):
    """A name that ends a sentence: "… Neukölln e.V" + "." reads "e.V.", never "e.V..".
    (The full stop of an abbreviation also ends the sentence.)"""
    return str(name).rstrip(".") if name else name


@register.filter
def fallback_language(obj, field):
    """' lang="de" dir="ltr"' where the field is shown in German because its translation is
    missing (so screen readers switch voice and Arabic pages keep the German text's order);
    nothing where the field is in the page's own language."""
    if is_translated(obj, field):
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}" dir="ltr"')  # noqa: S308 (constants only)


def translation_state(obj, field):
    """ "" (in the reader's language and checked), "missing" or "unchecked"."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE:
        return ""
    if not is_translated(obj, field):
        return "missing"
    return "" if getattr(obj, f"translation_checked_{language}", True) else "unchecked"


@register.inclusion_tag("includes/translation_note.html")
def translation_note(obj, field, only_missing=False):
    """Says, in the reader's language, when a text is shown in German because its translation
    is missing, or when its translation has not been checked by the editors yet.
    only_missing: the page says the second once for all its entries (the FAQ)."""
    state = translation_state(obj, field)
    return {"state": "" if only_missing and state == "unchecked" else state}


@register.simple_tag
def any_unchecked_translation(objects, field):
    return any(translation_state(obj, field) == "unchecked" for obj in objects)
