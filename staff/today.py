"""„Heute“ on the admin's start page: what arrived (messages, failed mails, page answers,
suggestions) and what goes live or ends by itself in the next days. Each app registers what it
contributes in its AppConfig.ready() (`register(source)`); the scheduled entries of every app
are found through the shared publishing window (spk_site.publishing.Scheduled)."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone
from django.utils.formats import date_format

from spk_site.publishing import Scheduled

from .readiness import change_url

DAYS_AHEAD = 7
_sources = []


@dataclass(frozen=True)
class Item:
    section: str  # "Neu" or "Geplant"
    text: str
    url: str
    attention: bool = False  # something went wrong (a mail not sent)


def register(source):
    """source(now) yields Items."""
    if source not in _sources:
        _sources.append(source)


def _moment(value):
    return date_format(timezone.localtime(value), "D, d.m., H:i") + " Uhr"


def scheduled(now):
    """Published entries that appear or go by themselves in the next DAYS_AHEAD days."""
    until = now + datetime.timedelta(days=DAYS_AHEAD)
    for model in apps.get_models():
        if not issubclass(model, Scheduled):
            continue
        rows = model._default_manager.filter(published=True)
        name = model._meta.verbose_name
        for row in rows.filter(publish_from__gt=now, publish_from__lte=until):
            text = f"{name} „{row}“ erscheint {_moment(row.publish_from)}"
            yield Item("Geplant", text, change_url(row))
        for row in rows.filter(visible_until__gt=now, visible_until__lte=until):
            text = f"{name} „{row}“ verschwindet {_moment(row.visible_until)}"
            yield Item("Geplant", text, change_url(row))


def items(now=None):
    now = now or timezone.now()
    found = [item for source in _sources for item in source(now)]
    found += list(scheduled(now))
    return {
        "new": [item for item in found if item.section == "Neu"],
        "planned": [item for item in found if item.section == "Geplant"],
    }
