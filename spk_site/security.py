from django.conf import settings


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


def within_limit(request, scope, limit, seconds):
    """Whether this visitor may do `scope` once more (at most `limit` times in `seconds`).
    Counted in the cache under a keyed hash of the address, forgotten after `seconds`: no
    cookie, no session, no address stored anywhere. Without a cache nobody is throttled."""
    import hashlib
    import hmac

    from django.core.cache import cache

    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{client_ip(request)}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    key = f"throttle:{scope}:{digest}"
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        return True
    return count is None or count <= limit
