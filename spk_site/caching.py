"""The page cache, as a policy on Django's cache API, applied one way: each app's urls.py
wraps the views whose answers every visitor sees alike in `cached_for_visitors(...)`.

Only anonymous GET requests whose query holds nothing but the parameters the view names are
answered from the cache. The key is the scheme, the validated host, the path and those
parameters, sorted; a single-valued parameter given twice, or a value repeated, is answered
afresh and never stored, so no crafted query string makes a second entry for the same page.
Only 200 answers are stored: a value the view refuses (400) never makes an entry.

Entries carry the content version read before rendering: after a committed edit the next
request renders afresh, even when the old page was rendered while the edit was under way.
Views that answer with what a visitor typed or where they are (the address lookup, points,
street suggestions, search) are never wrapped: nothing of that is ever stored."""

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response

from . import content_version
from .publishing import next_scheduled_change

CACHE_HIT_HEADER = "X-Page-Cache"
# Pages this process served lately, as plain bytes and headers, checked against the content
# version on every request: a hit then costs one small read of the version instead of
# carrying the page from Redis (bench/serve.py: start page 0.6 x the bare view without it).
RECENT_PAGES_BYTES = 16 * 1024 * 1024


def cached_for_visitors(query=(), lists=()):
    """A view decorator: `query` names the single-valued parameters the view knows, `lists`
    those it reads with getlist() (their order does not matter)."""
    single, multiple = frozenset(query), frozenset(lists)

    def decorator(view):
        @functools.wraps(view)
        def cached_view(request, *args, **kwargs):
            key = _page_key(request, single, multiple)
            if key is None:
                return view(request, *args, **kwargs)
            recent = recent_pages.get(key)
            if recent is not None:
                version = content_version.current()
                entry = recent if _fresh(recent, version) else cache.get(key)
            else:
                found = cache.get_many([content_version.KEY, key])
                version = found.get(content_version.KEY) or content_version.current()
                entry = found.get(key)
            if version is not None and _fresh(entry, version):
                recent_pages.put(key, entry)
                return _from_store(request, entry[1])
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()  # TemplateResponse: store what visitors get
            if version is not None and _storable(response):
                lifetime = _lifetime()
                entry = (version, _stored(response), time.time() + lifetime)
                cache.set(key, entry, lifetime)
                recent_pages.put(key, entry)
            return response

        return cached_view

    return decorator


def _fresh(entry, version):
    return entry is not None and entry[0] == version and time.time() < entry[2]


def _lifetime():
    """PAGE_CACHE_SECONDS, or less: until the next entry is scheduled to appear or go."""
    lifetime = settings.PAGE_CACHE_SECONDS
    moment = next_scheduled_change()
    if moment is not None:
        lifetime = min(lifetime, max(1, int((moment - timezone.now()).total_seconds())))
    return lifetime


class RecentPages:
    """A bounded, thread-safe LRU of (version, page) entries in this process."""

    def __init__(self, budget):
        self.budget = budget
        self.used = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = len(entry[1][2])
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.used -= len(old[1][2])
            if size > self.budget // 8:
                return  # one huge page must not push out all others
            self.entries[key] = entry
            self.used += size
            while self.used > self.budget:
                _key, dropped = self.entries.popitem(last=False)
                self.used -= len(dropped[1][2])

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.used = 0


recent_pages = RecentPages(RECENT_PAGES_BYTES)


def _page_key(request, single, multiple):
    """The cache key of this request, or None when it must be answered afresh."""
    if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None  # staff always get fresh pages
    parameters = []
    for name, values in request.GET.lists():
        if name in single and len(values) == 1:
            parameters.append((name, values[0]))
        elif name in multiple and len(set(values)) == len(values):
            parameters += [(name, value) for value in values]
        else:
            return None  # unknown, repeated or doubled: not a page we store
    text = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(sorted(parameters))}"
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
