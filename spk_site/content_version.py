"""One number that changes whenever content visitors can see changes.

Every committed change to a public row bumps it in the shared cache (Redis in production),
so every worker process notices on its next request: cached pages are keyed by it, and the
two per-process memos that a benchmark earned (the address index, the figure table) are
rebuilt on it. The bump runs after the commit (`transaction.on_commit`): a request that reads
the new number also reads the new rows."""

import contextvars
import functools
import secrets
import threading
import time

from django.core.cache import cache
from django.db import transaction

KEY = "site:content-version"

# With the cache unreachable nobody can announce a change: memos are then rebuilt after this
# many seconds instead.
UNKNOWN_VERSION_LIFETIME = 60

# The version as read at the start of a cached view: one cache round trip per request, and one
# consistent view of the data for everything the request computes.
_request_version = contextvars.ContextVar("content_version", default=None)


def _fresh():
    # Random, not 1: after a cache flush the new numbers must not repeat old ones (ETags).
    return secrets.randbelow(2**52)


def current():
    """The current version, or None when the cache cannot be reached."""
    pinned = _request_version.get()
    if pinned is not None:
        return pinned
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _fresh(), timeout=None)
        version = cache.get(KEY)
    return version


def bump():
    """Announces a change now. Inside a transaction use bump_after_commit()."""
    try:
        version = cache.incr(KEY)
    except ValueError:  # evicted or never set
        version = _fresh()
        cache.set(KEY, version, timeout=None)
    if _request_version.get() is not None and version is not None:
        _request_version.set(version)  # the rest of this request sees its own change


def bump_after_commit(**_signal_kwargs):
    """For post_save/post_delete and importers: announce the change once it is committed."""
    transaction.on_commit(bump)


def pin(version):
    """Use this version for the rest of the request; returns a token for unpin()."""
    return _request_version.set(version)


def unpin(token):
    _request_version.reset(token)


def pinned(view):
    """For views that use several memos (the address lookup): one cache round trip for the
    version, and one consistent view of the data, for the whole request."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        token = pin(current())
        try:
            return view(request, *args, **kwargs)
        finally:
            unpin(token)

    return wrapper


def etag(request, *args, **kwargs):
    """For django.views.decorators.http.condition: changes with every content change."""
    version = current()
    return f"c{version}" if version is not None else None


class PerVersion:
    """A value computed at most once per content version in this process. Only for what a
    benchmark showed to matter."""

    instances = []

    def __init__(self, compute):
        self.compute = compute
        self._lock = threading.Lock()
        self._version = None
        self._computed_at = None
        self._value = None
        PerVersion.instances.append(self)

    @classmethod
    def forget_all(cls):
        """For tests, whose rolled-back transactions never announce themselves."""
        for instance in cls.instances:
            instance._version = None
            instance._computed_at = None

    def _fresh_enough(self, version):
        if self._computed_at is None:
            return False
        if version is None:  # cache unreachable: keep the value for a while
            return time.monotonic() - self._computed_at < UNKNOWN_VERSION_LIFETIME
        return version == self._version

    def get(self):
        version = current()
        if not self._fresh_enough(version):
            with self._lock:
                if not self._fresh_enough(version):
                    self._value = self.compute()
                    self._version = version
                    self._computed_at = time.monotonic()
        return self._value
