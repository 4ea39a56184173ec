"""One number that changes whenever content visitors can see changes.

Every committed change to a public row bumps it in the shared cache (Redis in production),
so every worker process notices on its next request: cached pages are keyed by it, and the
per-process memos that a benchmark earned (the point and address indexes, the figure table)
are rebuilt on it. The bump runs after the commit (`transaction.on_commit`): a request that
reads the new number also reads the new rows.

Each app declares the models visitors see in its own AppConfig.ready():
`announce_changes(*models)`. Importers that write in bulk (no signals) call
`bump_after_commit()` themselves."""

import pickle
import secrets
import threading
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

KEY = "site:content-version"

# With the cache unreachable nobody can announce a change: memos are then rebuilt after this
# many seconds instead.
UNKNOWN_VERSION_LIFETIME = 60


def _fresh():
    # Random, not 1: after a cache flush the new numbers must not repeat old ones (ETags).
    return secrets.randbelow(2**52)


def current():
    """The current version, or None when the cache cannot be reached."""
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _fresh(), timeout=None)
        version = cache.get(KEY)
    return version


def bump():
    """Announces a change now. Inside a transaction use bump_after_commit()."""
    try:
        cache.incr(KEY)
    except ValueError:  # evicted or never set
        cache.set(KEY, _fresh(), timeout=None)


def bump_after_commit(**_signal_kwargs):
    """For signals and importers: announce the change once it is committed."""
    transaction.on_commit(bump)


def announce_changes(*models):
    """Every saved or deleted row of these models (and their many-to-many links) bumps the
    version after the commit."""
    for model in models:
        label = model._meta.label
        post_save.connect(bump_after_commit, sender=model, dispatch_uid=f"content-{label}")
        post_delete.connect(bump_after_commit, sender=model, dispatch_uid=f"content-{label}-d")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                bump_after_commit,
                sender=field.remote_field.through,
                dispatch_uid=f"content-{label}-{field.name}",
            )


def etag(request, *args, **kwargs):
    """For django.views.decorators.http.condition: changes with every content change."""
    version = current()
    return f"c{version}" if version is not None else None


class PerVersion:
    """A value computed at most once per content version in this process. Only for what a
    benchmark showed to matter, and only plain data (never model instances, which threads
    must not share)."""

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
            if isinstance(instance, PerVersion):
                instance._version = None
                instance._computed_at = None
            else:
                instance._forget()

    def _fresh_enough(self, version):
        if self._computed_at is None:
            return False
        if version is None:  # cache unreachable: keep the value for a while
            return time.monotonic() - self._computed_at < UNKNOWN_VERSION_LIFETIME
        return version == self._version

    def get(self, version=None):
        """The value for this version: pass the version a request read once, or let it be
        read here."""
        version = current() if version is None else version
        if not self._fresh_enough(version):
            with self._lock:
                if not self._fresh_enough(version):
                    self._value = self.compute()
                    self._version = version
                    self._computed_at = time.monotonic()
        return self._value


class PickledPerVersion(PerVersion):
    """Like PerVersion, for values made of model instances: kept pickled, so each request
    unpickles its own copy and no two threads share an instance."""

    def __init__(self, compute):
        super().__init__(lambda: pickle.dumps(compute(), protocol=pickle.HIGHEST_PROTOCOL))

    def get(self, version=None):
        return pickle.loads(super().get(version))  # noqa: S301 (pickled by this process)


class PickledPerVersionMap:
    """Values computed per key, at most once per content version in this process, kept
    pickled (each request unpickles its own copy). Only for what a benchmark showed to
    matter; the keys must be few (ids of areas, not what a visitor typed)."""

    def __init__(self, compute):
        self.compute = compute
        self._lock = threading.Lock()
        self._version = None
        self._values = {}
        PerVersion.instances.append(self)

    def _forget(self):
        with self._lock:
            self._version, self._values = None, {}

    def get(self, key, version=None):
        version = current() if version is None else version
        with self._lock:
            if version is None or version != self._version:
                self._version, self._values = version, {}
            blob = self._values.get(key)
        if blob is None:
            blob = pickle.dumps(self.compute(key), protocol=pickle.HIGHEST_PROTOCOL)
            with self._lock:
                if self._version == version:
                    self._values[key] = blob
        return pickle.loads(blob)  # noqa: S301 (pickled by this process)
