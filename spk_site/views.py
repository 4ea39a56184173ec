import logging
import secrets
import socket

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEALTH_KEY = "healthz:probe"
MAIL_PROBE_SECONDS = 1


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("health check: database does not answer")
        return False
    return True


def _cache_answers():
    """A write and a read: a cache backend that ignores its errors (django-redis with
    IGNORE_EXCEPTIONS) only shows it is down by forgetting."""
    token = secrets.token_hex(8)
    try:
        cache.set(HEALTH_KEY, token, timeout=10)
        answers = cache.get(HEALTH_KEY) == token
    except Exception:  # any backend failure means: cache unavailable, pages still serve
        answers = False
    if not answers:
        logger.warning("health check: the cache does not answer; pages are served uncached")
    return answers


MAIL_BACKENDS_WITH_A_SERVER = ("django.core.mail.backends.smtp.EmailBackend",)


def _mail_server_answers():
    """None where no mail server is used; else whether it accepts a connection (messages
    from visitors wait in the admin and are retried while it does not)."""
    if settings.EMAIL_BACKEND not in MAIL_BACKENDS_WITH_A_SERVER:
        return None
    try:
        with socket.create_connection(
            (settings.EMAIL_HOST, settings.EMAIL_PORT), timeout=MAIL_PROBE_SECONDS
        ) as server:
            server.settimeout(MAIL_PROBE_SECONDS)
            return server.recv(4).startswith(b"220")
    except OSError:
        logger.warning("health check: the mail server does not answer")
        return False


# What a load balancer reads from the status code alone.
HEALTHY, DEGRADED, DOWN = 200, 207, 503


@never_cache
@require_safe
def healthz(request):
    """200: everything answers. 207: the cache does not (unreachable, or hung: the breaker
    answers at once), pages are served uncached; keep the server in rotation, but look at it.
    503: the database does not answer; take the server out of rotation."""
    database = _database_answers()
    cache_ok = _cache_answers()
    mail = _mail_server_answers()
    if not database:
        status = DOWN
    elif not cache_ok or mail is False:
        status = DEGRADED
    else:
        status = HEALTHY
    body = {
        "status": {HEALTHY: "ok", DEGRADED: "degraded", DOWN: "error"}[status],
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cache_ok else "unavailable",
    }
    if mail is not None:
        body["mail"] = (
            "ok" if mail else f"unavailable ({settings.EMAIL_HOST}:{settings.EMAIL_PORT})"
        )
    return JsonResponse(body, status=status)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
