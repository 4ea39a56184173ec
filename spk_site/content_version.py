"""One number that changes whenever content visitors can see changes.

Saved or deleted rows of the public models bump it in the shared cache (Redis in production),
so every worker process notices on its next request: caches keyed by it are never stale, and
nobody waits for a timeout."""

import contextvars
import secrets
import threading

from django.core.cache import cache

KEY = "site:content-version"

# The version as read at the start of the current request: one cache round trip per request,
# and one consistent view of the data for everything the request computes.
_request_version = contextvars.ContextVar("content_version", default=None)


def _fresh():
    # Random, not 1: after a cache flush the new numbers must not repeat old ones (ETags).
    return secrets.randbelow(2**52)


def current():
    pinned = _request_version.get()
    if pinned is not None:
        return pinned
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _fresh(), timeout=None)
        version = cache.get(KEY)
    return version


def bump(**_signal_kwargs):
    try:
        version = cache.incr(KEY)
    except ValueError:
        version = _fresh()
        cache.set(KEY, version, timeout=None)
    if _request_version.get() is not None:
        _request_version.set(version)  # this request sees its own change


def pin(version):
    """Use this version for the rest of the request; returns a token for unpin()."""
    return _request_version.set(version)


def unpin(token):
    _request_version.reset(token)


def etag(request, *args, **kwargs):
    """For django.views.decorators.http.condition: changes with every content change."""
    return f"c{current()}"


class PerVersion:
    """A value computed at most once per content version in this process."""

    instances = []

    def __init__(self, compute):
        self.compute = compute
        self._lock = threading.Lock()
        self._version = None
        self._value = None
        PerVersion.instances.append(self)

    @classmethod
    def forget_all(cls):
        """For tests, whose rolled-back transactions never announce themselves."""
        for instance in cls.instances:
            instance._version = None

    def get(self):
        version = current()
        if version != self._version:
            with self._lock:
                if version != self._version:
                    self._value = self.compute()
                    self._version = version
        return self._value
