"""Numbers that change whenever content visitors can see changes: one for the whole site, and
one per topic ("figures", "addresses", "content" …).

Every committed change to a public row bumps the site's number and its topic's in the shared
cache (Redis in production), so every worker process notices on its next request. Cached
pages are keyed by the site's number (a page shows the menu, the footer and much else); the
per-process memos that a benchmark earned (the address index, the figure table, the search
index …) and the background work (the profiles' PDFs) follow only the topics they are made
of: an FAQ edit keeps the address index. The bump runs after the commit
(`transaction.on_commit`): a request that reads the new number also reads the new rows.

Each app declares the models visitors see in its own AppConfig.ready():
`announce_changes(*models, topic=...)`. Importers that write in bulk (no signals) call
`bump_after_commit(topic)` themselves."""

import pickle
import secrets
import threading
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

KEY = "site:content-version"
TOPICS = (
    "geography",  # the LOR areas, action areas, GI areas
    "figures",  # stored figures, their releases and datasets
    "addresses",
    "reports",
    "offices",  # offices, operators, hours, contacts, the OE SPK
    "content",  # FAQ, pages, Leichte Sprache, DGS
    "events",  # Termine, Aktuelles, Kiezkassen
    "places",  # Kitas, places of the Kiez, green spaces
    "profiles",  # what staff keep for the region profiles
    "search",  # the search index's table
)

# With the cache unreachable nobody can announce a change: memos are then rebuilt after this
# many seconds instead.
UNKNOWN_VERSION_LIFETIME = 60

_listeners = []  # (topics, callback)


def _key(topic=None):
    if topic is None:
        return KEY
    if topic not in TOPICS:
        raise ValueError(f"Unknown content topic {topic!r}")
    return f"{KEY}:{topic}"


def _fresh():
    # Random, not 1: after a cache flush the new numbers must not repeat old ones (ETags).
    return secrets.randbelow(2**52)


def current(topic=None):
    """The site's version (or a topic's), or None when the cache cannot be reached."""
    key = _key(topic)
    version = cache.get(key)
    if version is None:
        cache.add(key, _fresh(), timeout=None)
        version = cache.get(key)
    return version


class Versions(dict):
    """The versions read at one moment (one cache round trip), for a request that asks several
    memos: all of them answer for the same moment."""

    def of(self, topics):
        """A tuple of the topics' versions, or None when one is unknown (cache down). A topic
        the snapshot did not read is read now (a second round trip)."""
        keys = [_key(topic) for topic in topics]
        unread = [key for key in keys if key not in self]
        if unread:
            self.update(_read(unread))
        found = tuple(self.get(key) for key in keys)
        return None if None in found else found


def _read(keys):
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, _fresh(), timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    return {key: found.get(key) for key in keys}


def snapshot(*topics):
    """The site's version and the topics' (all, when none is named), in one round trip."""
    return Versions(_read([KEY, *(_key(topic) for topic in topics or TOPICS)]))


def bump(*topics):
    """Announces a change of these topics (all, when none is named) now. Inside a transaction
    use bump_after_commit()."""
    changed = topics or TOPICS
    for key in (KEY, *(_key(topic) for topic in changed)):
        try:
            cache.incr(key)
        except ValueError:  # evicted or never set
            cache.set(key, _fresh(), timeout=None)
    for wanted, callback in _listeners:
        if set(wanted) & set(changed):
            callback()


def bump_after_commit(*topics):
    """For importers: announce the change once it is committed."""
    transaction.on_commit(lambda: bump(*topics))


def when_changed(topics, callback):
    """Calls callback() after every committed change of one of these topics (in the process
    that made it): for background work that depends on them."""
    for topic in topics:
        _key(topic)
    _listeners.append((tuple(topics), callback))


def announce_changes(*models, topic):
    """Every saved or deleted row of these models (and their many-to-many links) bumps the
    site's version and the topic's after the commit."""

    def changed(**_signal_kwargs):
        bump_after_commit(topic)

    _receivers.append(changed)  # signals hold weak references
    for model in models:
        label = model._meta.label
        post_save.connect(changed, sender=model, dispatch_uid=f"content-{label}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"content-{label}-d")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                changed,
                sender=field.remote_field.through,
                dispatch_uid=f"content-{label}-{field.name}",
            )


_receivers = []


def etag(request, *args, **kwargs):
    """For django.views.decorators.http.condition: changes with every content change."""
    version = current()
    return f"c{version}" if version is not None else None


class PerVersion:
    """A value computed at most once per version of its topics in this process. Only for what
    a benchmark showed to matter, and only plain data (never model instances, which threads
    must not share)."""

    instances = []

    def __init__(self, compute, topics):
        self.compute = compute
        self.topics = tuple(topics)
        for topic in self.topics:
            _key(topic)
        self._lock = threading.Lock()
        self._version = None
        self._computed_at = None
        self._value = None
        PerVersion.instances.append(self)

    @classmethod
    def forget_all(cls):
        """For tests, whose rolled-back transactions never announce themselves."""
        for instance in cls.instances:
            instance._forget()

    def _forget(self):
        self._version = None
        self._computed_at = None

    def _fresh_enough(self, version):
        if self._computed_at is None:
            return False
        if version is None:  # cache unreachable: keep the value for a while
            return time.monotonic() - self._computed_at < UNKNOWN_VERSION_LIFETIME
        return version == self._version

    def version(self, versions=None):
        return (versions if versions is not None else snapshot(*self.topics)).of(self.topics)

    def get(self, versions=None):
        """The value for the current versions of its topics: pass the Versions a request read
        once (snapshot()), or let them be read here."""
        version = self.version(versions)
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

    def __init__(self, compute, topics):
        super().__init__(lambda: pickle.dumps(compute(), protocol=pickle.HIGHEST_PROTOCOL), topics)

    def get(self, versions=None):
        return pickle.loads(super().get(versions))  # noqa: S301 (pickled by this process)


class PickledPerVersionMap:
    """Values computed per key, at most once per version of its topics in this process, kept
    pickled (each request unpickles its own copy). Only for what a benchmark showed to
    matter; the keys must be few (ids of areas, not what a visitor typed)."""

    def __init__(self, compute, topics):
        self.compute = compute
        self.topics = tuple(topics)
        self._lock = threading.Lock()
        self._version = None
        self._values = {}
        PerVersion.instances.append(self)

    def _forget(self):
        with self._lock:
            self._version, self._values = None, {}

    def get(self, key, versions=None):
        version = (versions if versions is not None else snapshot(*self.topics)).of(self.topics)
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
