"""The same page in the other languages: the switcher in the header and the hreflang
alternates in the head. URLs decide the language (German unprefixed)."""

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation

register = template.Library()


def _page_in(request, language):
    path = request.get_full_path() if request is not None else "/"
    try:
        resolve(request.path_info)
    except (Resolver404, AttributeError):
        with translation.override(language):
            return reverse("coordination:home")  # no such page: that language's start page
    return translate_url(path, language)


@register.simple_tag(takes_context=True)
def page_in_languages(context):
    """[(code, own name, url, current)] for every language of the site."""
    request = context.get("request")
    current = translation.get_language()
    return [
        (code, name, _page_in(request, code), code == current) for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def absolute(context, url):
    request = context.get("request")
    if request is None:
        return url
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:  # the 400 page for a foreign Host header must still render
        return url
