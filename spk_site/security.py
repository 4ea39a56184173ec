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
