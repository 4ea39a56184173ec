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

import datetime
import functools
import hashlib
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control

from . import content_version
from .publishing import next_scheduled_change

CACHE_HIT_HEADER = "X-Page-Cache"
# Pages this process served lately, as plain bytes and headers, checked against the content
# version on every request: a hit then costs one small read of the version instead of
# carrying the page from Redis (bench/serve.py: start page 0.6 x the bare view without it).
RECENT_PAGES_BYTES = 16 * 1024 * 1024


def cached_for_visitors(query=(), lists=(), fresh=(), cache_when=None):
    """A view decorator: `query` names the single-valued parameters the view knows, `lists`
    those it reads with getlist() (their order does not matter), `fresh` those that carry what
    a visitor typed or where they are (answered by the view, never stored). `cache_when`
    (request -> bool) limits the stored pages to a bounded set."""
    single, multiple, typed = frozenset(query), frozenset(lists), frozenset(fresh)

    def decorator(view):
        @functools.wraps(view)
        def cached_view(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            if typed & set(request.GET):
                return _private(view(request, *args, **kwargs))
            parameters, canonical = _parameters(request, single, multiple)
            if canonical is not None:
                # A parameter the view does not read makes no page of its own: the page of the
                # known ones answers, at its own address (and no cache entry is made).
                return HttpResponsePermanentRedirect(canonical)
            if _is_staff(request) or (cache_when is not None and not cache_when(request)):
                return _private(view(request, *args, **kwargs))
            key = _page_key(request, parameters)
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
                return _public(_from_store(request, entry[1]), _stored_moment(entry))
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()  # TemplateResponse: store what visitors get
            if not _storable(response):
                return response
            moment = next_scheduled_change()
            if version is not None:
                lifetime = _lifetime(moment)
                # The entry keeps the next scheduled moment it was rendered before: every edit
                # changes the version (a new entry), and the entry ends at that moment, so a
                # hit needs no second read to cap the shared caches' time.
                timestamp = moment.timestamp() if moment is not None else None
                entry = (version, _stored(response), time.time() + lifetime, timestamp)
                cache.set(key, entry, lifetime)
                recent_pages.put(key, entry)
            return _public(response, moment)

        return cached_view

    return decorator


def _is_staff(request):
    """Staff get fresh pages: recognised by a valid session, not by a cookie anybody can send
    (a made-up `sessionid` is a visitor like any other)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _private(response):
    """What a visitor typed, staff's pages, pages not kept: stored by no cache on the way."""
    if "no-store" not in response.get("Cache-Control", ""):
        patch_cache_control(response, private=True, max_age=0)
    return response


def _stored_moment(entry):
    """The next scheduled moment an entry was rendered before (None: nothing scheduled)."""
    if len(entry) < 4:  # an entry of an older deployment: read the moment now
        return next_scheduled_change()
    return None if entry[3] is None else datetime.datetime.fromtimestamp(entry[3], datetime.UTC)


def _public(response, moment):
    """Every visitor sees the page alike: a shared cache in front (nginx) may keep it for
    PROXY_CACHE_SECONDS, never past the next scheduled moment (`moment`, or None); browsers
    ask again (ETag)."""
    if response.status_code != 200 or "private" in response.get("Cache-Control", ""):
        return response
    seconds = settings.PROXY_CACHE_SECONDS
    if moment is not None:
        seconds = min(seconds, max(0, int((moment - timezone.now()).total_seconds())))
    patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
    return response


def _fresh(entry, version):
    return entry is not None and entry[0] == version and time.time() < entry[2]


def _lifetime(moment):
    """PAGE_CACHE_SECONDS, or less: until the next entry is scheduled to appear or go."""
    lifetime = settings.PAGE_CACHE_SECONDS
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


def _parameters(request, single, multiple):
    """(the known parameters, sorted; the canonical address where the query holds anything
    else: an unknown parameter, a single-valued one twice, a value repeated — else None)."""
    parameters = []
    canonical = False
    for name, values in request.GET.lists():
        if name in single:
            parameters.append((name, values[0]))
            canonical |= len(values) > 1
        elif name in multiple:
            unique = list(dict.fromkeys(values))
            parameters += [(name, value) for value in unique]
            canonical |= len(unique) < len(values)
        else:
            canonical = True
    parameters.sort()
    if not canonical:
        return parameters, None
    query = urlencode(parameters)
    return parameters, f"{request.path}?{query}" if query else request.path


def normalised_host(request):
    """The validated host as a cache key needs it: lower case, no trailing dot, no default
    port ("SPK.example.org.:443" and "spk.example.org" are one page)."""
    host = request.get_host().lower()
    name, _colon, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
    if not name or not port.isdigit():
        name, port = host, ""
    if port == ("443" if request.is_secure() else "80"):
        port = ""
    name = name.rstrip(".")
    return f"{name}:{port}" if port else name


def _page_key(request, parameters):
    text = f"{request.scheme}://{normalised_host(request)}{request.path}?{urlencode(parameters)}"
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
