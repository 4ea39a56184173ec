"""The page cache, as a policy on Django's cache API.

A view opts in with @cached_for_visitors(query=(…)) and names the query parameters it knows.
Only anonymous GET requests whose query holds nothing else are answered from the cache; the
key is the path plus those parameters, sorted, so `?b=2&a=1` and `?a=1&b=2` share an entry and
`?r=<random>` never makes one. Entries carry the content version they were rendered at: after
a committed edit the next request renders afresh. Views that answer with what a visitor typed
or where they are (the address lookup, points, street suggestions) do not opt in: nothing of
that is ever stored.

The middleware sits early in the stack (inside the security headers and the CSP, which every
answer gets afresh), so a cached page costs one cache round trip and no further work."""

import functools
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response

from . import content_version

CACHE_HIT_HEADER = "X-Page-Cache"
POLICY_ATTRIBUTE = "cached_for_visitors"


def cached_for_visitors(query=()):
    """Marks a view whose answers to anonymous visitors may be cached, and the query
    parameters it knows."""

    def mark(view):
        @functools.wraps(view)
        def marked(request, *args, **kwargs):
            return view(request, *args, **kwargs)

        setattr(marked, POLICY_ATTRIBUTE, frozenset(query))
        return marked

    return mark


@functools.lru_cache(maxsize=4096)
def known_query(path_info):
    """The query parameters the view at this path knows, or None if it is not to be cached.
    Remembered per path (bounded): resolving costs more than the cache lookup itself."""
    language = translation.get_language_from_path(path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(path_info)
    except Resolver404:
        return None
    return getattr(match.func, POLICY_ATTRIBUTE, None)


def _page_key(request, query):
    parameters = sorted((name, value) for name in query for value in request.GET.getlist(name))
    text = f"{request.path}?{urlencode(parameters)}"
    return "page:" + hashlib.sha256(text.encode()).hexdigest()[:40]


def _storable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def _stored(response):
    headers = [(name, value) for name, value in response.items() if name.lower() != "date"]
    return response.status_code, headers, response.content


def _from_store(request, stored):
    status, headers, body = stored
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    response[CACHE_HIT_HEADER] = "hit"
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


@receiver(setting_changed)
def _forget_known_queries(setting, **kwargs):
    if setting == "ROOT_URLCONF":  # tests that swap the URLs
        known_query.cache_clear()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)  # staff always get fresh pages
        query = known_query(request.path_info)
        if query is None or any(name not in query for name in request.GET):
            return self.get_response(request)
        key = _page_key(request, query)
        found = cache.get_many([content_version.KEY, key])
        version = found.get(content_version.KEY) or content_version.current()
        entry = found.get(key)
        if version is not None and entry is not None and entry[0] == version:
            return _from_store(request, entry[1])
        token = content_version.pin(version)
        try:
            response = self.get_response(request)
        finally:
            content_version.unpin(token)
        if version is not None and _storable(response):
            cache.set(key, (version, _stored(response)), settings.PAGE_CACHE_SECONDS)
        return response
