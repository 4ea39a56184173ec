"""„Was fehlt noch?“ – every fact still missing or unconfirmed before the site can go live,
each with the form that fixes it. Required items block the launch; the others are worth doing.

Each app knows its own gaps and registers a function for them in its AppConfig.ready()
(`register(gaps_of_my_app)`); the admin's start page asks them all on each visit (staff pages
are never cached)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

_sources = []


@dataclass(frozen=True)
class Gap:
    subject: str
    text: str
    url: str
    required: bool
    translation: bool = False  # a missing or unchecked translation (listed on its own)


def register(source):
    """source(today) yields the Gaps of one app."""
    if source not in _sources:
        _sources.append(source)


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def gaps(today=None):
    today = today or timezone.localdate()
    return [gap for source in _sources for gap in source(today)]


def ready_to_launch(found=None):
    return not any(gap.required for gap in (gaps() if found is None else found))
