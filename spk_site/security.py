"""Who a request comes from, as far as the site needs to know: for login throttling and for
the limits on what visitors may send (messages, page answers), never stored."""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import caches

# One sender: an IPv4 address, or an IPv6 /64 (one household or phone gets a whole /64 and
# could change its address within it for every message).
IPV6_SENDER_PREFIX = 64


def client_ip(request):
    """The visitor's address: behind PROXY_COUNT trusted proxies, the entry they appended to
    X-Forwarded-For (entries further left are whatever the client claimed)."""
    count = settings.PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def sender(request):
    """The address a limit counts: IPv4 as it is, IPv6 as its /64 network."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is the IPv4 address it maps
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/{IPV6_SENDER_PREFIX}", strict=False))


def within_limit(request, scope, limit, seconds):
    """Whether this visitor may do `scope` once more (at most `limit` times in `seconds`).
    Counted in the limits' own cache (no page entry can push a counter out) under a keyed hash
    of the sender, forgotten after `seconds`: no cookie, no session, no address stored
    anywhere. Without a cache nobody is throttled."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{sender(request)}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    key = f"throttle:{scope}:{digest}"
    counters = caches["limits"]
    counters.add(key, 0, timeout=seconds)
    try:
        count = counters.incr(key)
    except ValueError:  # evicted between add and incr
        return True
    return count is None or count <= limit
