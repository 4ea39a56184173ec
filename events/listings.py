"""What other pages show of the Termine and Aktuelles: the next dates, the latest news, and
the calendars to subscribe to (start, office, region pages and the lookup answer)."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from .models import Event, NewsArticle
from .occurrences import BERLIN, next_occurrence

LIST_HORIZON = datetime.timedelta(days=183)  # half a year: a weekly series stays readable


def now():
    return timezone.localtime(timezone.now(), BERLIN)


def calendar_feeds(request, office=None, region=None):
    """(label, absolute URL) of the calendars to subscribe to, for the "abonnieren" box."""
    feeds = []
    if office is None and region is None:
        feeds.append((gettext("Alle Termine in Neukölln"), reverse("events-api:calendar-feed")))
    if office is not None:
        url = reverse(
            "events-api:calendar-feed-filtered", args=["stadtteilkoordination", office.slug]
        )
        feeds.append((gettext("Termine der %(name)s") % {"name": office.name}, url))
    if region is not None:
        url = reverse("events-api:calendar-feed-filtered", args=["bezirksregion", region.slug])
        feeds.append(
            (gettext("Termine in der Bezirksregion %(name)s") % {"name": region.name}, url)
        )
    found = []
    for label, url in feeds:
        address = request.build_absolute_uri(url)
        webcal = "webcal://" + address.split("://", 1)[1]  # calendar apps subscribe to this
        found.append(Feed(label, address, webcal))
    return found


@dataclass(frozen=True)
class Feed:
    label: str
    url: str  # https: for calendars that want an address to paste
    webcal: str  # webcal: opens the calendar app and offers to subscribe


def next_events(events, limit=3):
    """The next date of each of these (published) events, soonest first: for office, region
    and start pages (a series appears once, with its next date)."""
    events = events.published().not_over(timezone.localdate()).for_listing()
    found = [next_occurrence(event, now()) for event in events]
    found = sorted((o for o in found if o), key=lambda o: (o.start, o.event.pk))
    return found[:limit]


def events_of(office=None, region=None):
    """The events an office organises, or those in a Bezirksregion (named there or organised
    by its office); all events without either."""
    events = Event.objects.all()
    if office is not None:
        events = events.filter(organiser_office=office)
    if region is not None:
        here = Q(bezirksregionen=region) | Q(organiser_office__action_area__bezirksregion=region)
        events = events.filter(here).distinct()
    return events


def latest_news(office=None, region=None, limit=3):
    articles = NewsArticle.objects.published()
    if office is not None:
        articles = articles.filter(office=office)
    if region is not None:
        here = Q(bezirksregionen=region) | Q(office__action_area__bezirksregion=region)
        articles = articles.filter(here).distinct()
    return list(articles.latest_first()[:limit])
