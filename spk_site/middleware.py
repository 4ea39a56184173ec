import logging
import time

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils import translation

request_log = logging.getLogger("spk_site.requests")


def printable(text):
    """Control characters (a path may carry a decoded newline) written as escapes, so that one
    request is always one log line."""
    return "".join(
        character if character.isprintable() else character.encode("unicode_escape").decode()
        for character in text
    )


class UrlLanguageMiddleware:
    """The language is the URL's: /en/…, /tr/…, /ar/…, German without a prefix. Unlike
    Django's LocaleMiddleware it never looks at cookies, the session or Accept-Language, so
    every URL has one language for everybody (and the page cache stays right)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


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
            printable(request.method),
            printable(request.path),
            response.status_code,
            duration,
            " cache" if response.get("X-Page-Cache") == "hit" else "",
        )
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, plus inline styles on staff pages only: the text editor
    (ProseMirror) and the map widget set style attributes as they work. Public pages keep
    the strict policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith("/" + settings.ADMIN_URL):
            parts.update = {**(parts.update or {}), "style-src": [UNSAFE_INLINE]}
        return parts
