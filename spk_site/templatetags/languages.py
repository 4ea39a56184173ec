"""The same page in the other languages: the switcher in the header and the hreflang
alternates in the head. URLs decide the language (German unprefixed)."""

import functools

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation

register = template.Library()


@functools.lru_cache(maxsize=4096)
def _path_in(language, view_name, args, kwargs):
    """The path of a URL pattern in a language, or that language's start page; the same for
    the life of the process (the URLconf does not change), so worked out once per page."""
    with translation.override(language):
        if view_name is None:
            return reverse("coordination:home")
        try:
            return reverse(view_name, args=args, kwargs=dict(kwargs))
        except NoReverseMatch:
            return reverse("coordination:home")


@receiver(setting_changed)
def _forget(**kwargs):
    _path_in.cache_clear()  # tests that change URLconfs or languages


def _page_in(request, language):
    """This page's address in `language`, from the URL pattern Django already matched (no
    second resolve); that language's start page where there is none (a 404)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        path = _path_in(language, None, (), ())
    else:
        try:
            path = _path_in(
                language,
                match.view_name,
                tuple(match.args),
                tuple(sorted(match.captured_kwargs.items())),
            )
        except TypeError:  # a value that cannot be a key (never from our converters)
            path = _path_in.__wrapped__(
                language, match.view_name, match.args, tuple(match.captured_kwargs.items())
            )
    query = request.META.get("QUERY_STRING", "")
    return f"{path}?{query}" if query else path


@register.simple_tag(takes_context=True)
def page_in_languages(context):
    """[(code, own name, url, current)] for every language of the site; worked out once per
    request (the head's alternates and the header's switcher both ask)."""
    request = context.get("request")
    current = translation.get_language()
    found = getattr(request, "_page_in_languages", None)
    if found is None:
        found = [
            (code, name, _page_in(request, code) if request is not None else "/")
            for code, name in settings.LANGUAGES
        ]
        if request is not None:
            request._page_in_languages = found
    return [(code, name, url, code == current) for code, name, url in found]


@register.simple_tag(takes_context=True)
def absolute(context, url):
    request = context.get("request")
    if request is None:
        return url
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:  # the 400 page for a foreign Host header must still render
        return url
