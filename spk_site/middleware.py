import logging
import time

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
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


# The largest id a BigAutoField holds: a longer number in an admin address is no object.
LARGEST_ID = 2**63 - 1


class AdminObjectIdMiddleware:
    """An admin address naming an object that cannot exist (a NUL byte, letters where the id
    is a number, a number beyond any id) answers 404, before the database is asked with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        object_id = view_kwargs.get("object_id")
        model_admin = getattr(view_func, "model_admin", None)
        if object_id is None or model_admin is None:
            return None
        if "\x00" in request.path or "\x00" in object_id:
            raise Http404("Diesen Eintrag gibt es nicht.")
        pk = model_admin.model._meta.pk
        try:
            value = pk.to_python(unquote(object_id))
        except (ValidationError, ValueError, TypeError):
            raise Http404("Diesen Eintrag gibt es nicht.") from None
        if isinstance(value, int) and not 0 < value <= LARGEST_ID:
            raise Http404("Diesen Eintrag gibt es nicht.")
        return None
