import base64
import hashlib
import logging
import os
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response

from . import content_version

request_log = logging.getLogger("spk_site.requests")

NONCE_MARKER = b"__spk_csp_nonce__"
CACHEABLE_TYPES = (
    "text/html",
    "application/json",
    "application/geo+json",
    "text/csv",
    "text/plain",
    "application/xml",
    "text/vcard",
)
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store", "max-age=0")


class RequestLogMiddleware:
    """One line per request: method, path (never the query string: it may hold an address or
    a position), status, duration, and whether the page came from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.perf_counter()
        response = self.get_response(request)
        duration = (time.perf_counter() - start) * 1000
        request_log.info(
            "%s %s %s %.1fms%s",
            request.method,
            request.path,
            response.status_code,
            duration,
            " cache" if response.get("X-Page-Cache") == "hit" else "",
        )
        return response


class PublicPageCacheMiddleware:
    """Caches what anonymous visitors get (pages, GeoJSON, CSV) together with the content
    version it was rendered at; one cache round trip per request fetches both. The version
    is then pinned for the request, so per-process memos (spk_site.content_version) need no
    further round trip.

    A staff edit bumps the version (spk_site.content_version), so the next request in every
    worker process renders afresh; the timeout is only a safety net. Sits outside django-csp:
    a cached page is delivered with a fresh nonce in its body and in its CSP header."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        if not self._cacheable_request(request):
            token = content_version.pin(content_version.current())
            try:
                return self.get_response(request)
            finally:
                content_version.unpin(token)
        key = "page:" + hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()[:40]
        found = cache.get_many([content_version.KEY, key])
        version = found.get(content_version.KEY) or content_version.current()
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            return self._thaw(request, entry[1])
        token = content_version.pin(version)
        try:
            response = self.get_response(request)
        finally:
            content_version.unpin(token)
        if self._cacheable_response(response):
            cache.set(key, (version, self._freeze(request, response)), settings.PAGE_CACHE_SECONDS)
        return response

    def _cacheable_request(self, request):
        return (
            request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(self.admin_prefix)
        )

    @staticmethod
    def _cacheable_response(response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if any(d in response.get("Cache-Control", "") for d in UNCACHEABLE_DIRECTIVES):
            return False
        return response.get("Content-Type", "").startswith(CACHEABLE_TYPES)

    @staticmethod
    def _freeze(request, response):
        body = response.content
        headers = [(name, value) for name, value in response.items() if name.lower() != "date"]
        nonce = getattr(request, "_csp_nonce", None)
        if isinstance(nonce, str):
            body = body.replace(nonce.encode(), NONCE_MARKER)
            marker = NONCE_MARKER.decode()
            headers = [(name, value.replace(nonce, marker)) for name, value in headers]
        return response.status_code, headers, body

    @staticmethod
    def _thaw(request, frozen):
        status, headers, body = frozen
        nonce = base64.b64encode(os.urandom(16)).decode("ascii")
        marker = NONCE_MARKER.decode()
        response = HttpResponse(body.replace(NONCE_MARKER, nonce.encode()), status=status)
        for name, value in headers:
            response[name] = value.replace(marker, nonce) if marker in value else value
        response["X-Page-Cache"] = "hit"
        return get_conditional_response(request, etag=response.get("ETag"), response=response)
