"""django-redis as the site uses it: a cache that may fail without taking pages with it.

Short socket timeouts (settings: CACHE_TIMEOUT_SECONDS, 0.05 s) bound what one call can cost
when Redis hangs (connections accepted, never answered); after a failed call the breaker
stops asking Redis for CACHE_BREAK_SECONDS, so later requests cost nothing at all: pages are
rendered uncached, and /healthz says the cache is degraded. The first call after the break
tries again."""

import threading
import time

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted


class Breaker:
    def __init__(self):
        self.open_until = 0.0
        self.lock = threading.Lock()

    @property
    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self):
        with self.lock:
            self.open_until = time.monotonic() + settings.CACHE_BREAK_SECONDS

    def reset(self):
        with self.lock:
            self.open_until = 0.0


breaker = Breaker()


class _GuardedClient:
    """Passes calls to django-redis's client unless the breaker is open; trips it on a
    failure. RedisCache turns the ConnectionInterrupted into its default answer."""

    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def guarded(*args, **kwargs):
            if breaker.is_open:
                raise ConnectionInterrupted(connection=None)
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted:
                breaker.trip()
                raise

        return guarded


class ResilientRedisCache(RedisCache):
    @property
    def client(self):
        return _GuardedClient(super().client)
