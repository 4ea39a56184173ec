"""What machines subscribe to: the Termine as iCalendar (all, an office's, a Bezirksregion's,
one event) and Aktuelles as an Atom feed. One language, no prefix."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from coordination.models import Office
from coordination.models.offices import SPK_NAME
from regions.models import Bezirksregion

from .ical import calendar_for, ics_response
from .listings import events_of
from .models import Event, NewsArticle
from .occurrences import BERLIN


@require_safe
def event_ics(request, slug):
    event = get_object_or_404(
        Event.objects.visible_to(request.user).select_related("organiser_office", "place_office"),
        slug=slug,
    )
    return ics_response(calendar_for([event], request, event.title), f"{event.slug}.ics")


@require_safe
def calendar_feed(request, kind=None, slug=None):
    """All Termine, or those of one Stadtteilkoordination or Bezirksregion, to subscribe to."""
    office = region = None
    name = gettext("Termine der Stadtteilkoordination in Neukölln")
    if kind == "stadtteilkoordination":
        office = get_object_or_404(Office.objects.published(), slug=slug)
        name = office.name
    elif kind == "bezirksregion":
        region = get_object_or_404(Bezirksregion.objects.only("name", "slug"), slug=slug)
        name = f"{gettext('Termine')}: {region.name}"
    elif kind is not None:
        raise Http404
    # The same events the office's or region's page lists (events_of), a year back and ahead.
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    events = events_of(office=office, region=region).published().not_over(year_ago)
    events = events.select_related("organiser_office", "place_office")
    return ics_response(
        calendar_for(list(events), request, name), f"termine-{slug or 'neukoelln'}.ics"
    )


class LatestNewsFeed(Feed):
    """Aktuelles as an Atom feed (Django's syndication framework)."""

    feed_type = Atom1Feed
    title = _("Aktuelles – Sozialraumorientierte Planungskoordination Neukölln")
    subtitle = _("Neuigkeiten der OE SPK und der Stadtteilkoordinationen in Neukölln.")

    def link(self):
        return reverse("events:news-list")

    def items(self):
        return NewsArticle.objects.published().latest_first().select_related("office")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.published_on, datetime.time(8), tzinfo=BERLIN)

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.office.name if item.office else str(SPK_NAME)
