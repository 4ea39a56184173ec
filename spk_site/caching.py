"""The page cache, as a policy on Django's cache API.

A view opts in with @cached_for_visitors(query=(…)) and names the query parameters it knows.
Only anonymous GET requests whose query holds nothing else are answered from the cache; the
key is the path plus those parameters, sorted, so `?b=2&a=1` and `?a=1&b=2` share an entry and
`?r=<random>` never makes one. Entries carry the content version they were rendered at: after
an edit the next request renders afresh. Views that answer with what a visitor typed or where
they are (the address lookup, points, street suggestions) do not opt in: nothing of that is
ever stored."""

import hashlib
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response

from . import content_version

CACHE_HIT_HEADER = "X-Page-Cache"
# Headers Django adds to each response afresh; the rest is stored with the page.
NOT_STORED_HEADERS = {"date", "content-security-policy"}


def _page_key(request, query):
    parameters = sorted((name, value) for name in query for value in request.GET.getlist(name))
    text = f"{request.path}?{urlencode(parameters)}"
    return "page:" + hashlib.sha256(text.encode()).hexdigest()[:40]


def _cacheable_request(request, query):
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and all(name in query for name in request.GET)
    )


def _storable(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _stored(response):
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS
    ]
    return response.status_code, headers, response.content


def _from_store(request, stored):
    status, headers, body = stored
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    response[CACHE_HIT_HEADER] = "hit"
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


def cached_for_visitors(query=()):
    """Caches what anonymous visitors get from this view under the content version."""
    query = frozenset(query)

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _cacheable_request(request, query):
                return view(request, *args, **kwargs)
            key = _page_key(request, query)
            found = cache.get_many([content_version.KEY, key])
            version = found.get(content_version.KEY) or content_version.current()
            entry = found.get(key)
            if version is not None and entry is not None and entry[0] == version:
                return _from_store(request, entry[1])
            token = content_version.pin(version)
            try:
                response = view(request, *args, **kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
            finally:
                content_version.unpin(token)
            if version is not None and _storable(response):
                cache.set(key, (version, _stored(response)), settings.PAGE_CACHE_SECONDS)
            return response

        return wrapper

    return decorator
