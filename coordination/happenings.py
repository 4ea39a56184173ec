"""Termine, Aktuelles and the Kiezkasse pages: what happens in the Kiez, subscribable."""

import datetime
from itertools import groupby

from django import forms
from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, TemplateView

from regions.models import Bezirksregion

from .ical import calendar_for, ics_response
from .jsonld import event_json_ld, news_json_ld
from .models import DistrictContact, Event, NewsArticle, Office, SmallGrantFund
from .occurrences import BERLIN, describe_rule, next_occurrence, occurrences

PERIODS = {"woche": 7, "monat": 31}
LIST_HORIZON = datetime.timedelta(days=183)  # half a year: a weekly series stays readable


def now():
    return timezone.localtime(timezone.now(), BERLIN)


def calendar_feeds(request, offices=(), region=None):
    """(label, absolute URL) of the calendars to subscribe to, for the "abonnieren" box."""
    feeds = []
    if not offices and region is None:
        feeds.append((gettext("Alle Termine in Neukölln"), reverse("calendar-feed")))
    for office in offices:
        url = reverse("calendar-feed-filtered", args=["stadtteilkoordination", office.slug])
        feeds.append((gettext("Termine der %(name)s") % {"name": office.name}, url))
    if region is not None:
        url = reverse("calendar-feed-filtered", args=["bezirksregion", region.slug])
        feeds.append(
            (gettext("Termine in der Bezirksregion %(name)s") % {"name": region.name}, url)
        )
    return [(label, request.build_absolute_uri(url)) for label, url in feeds]


def next_events(events, limit=3):
    """The next date of each of these (published) events, soonest first: for office, region
    and start pages (a series appears once, with its next date)."""
    events = events.published().not_over(timezone.localdate()).for_listing()
    found = [next_occurrence(event, now()) for event in events]
    found = sorted((o for o in found if o), key=lambda o: (o.start, o.event.pk))
    return found[:limit]


class EventFilterForm(forms.Form):
    """The filters of /termine/: plain GET, bookmarkable, without JavaScript."""

    bezirksregion = forms.ChoiceField(label=_("Bezirksregion"), required=False)
    stadtteilkoordination = forms.ChoiceField(label=_("Stadtteilkoordination"), required=False)
    zeitraum = forms.ChoiceField(
        label=_("Zeitraum"),
        required=False,
        choices=[
            ("", _("alle kommenden")),
            ("woche", _("diese Woche")),
            ("monat", _("dieser Monat")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, regions, offices, **kwargs):
        super().__init__(*args, **kwargs)
        invalid = gettext("„%(value)s“ gibt es hier nicht. Bitte wählen Sie aus der Liste.")
        self.fields["bezirksregion"].choices = [("", _("alle"))] + [
            (region.slug, region.name) for region in regions
        ]
        self.fields["stadtteilkoordination"].choices = [("", _("alle"))] + [
            (office.slug, office.name) for office in offices
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = invalid


def _month_groups(found):
    groups = []
    for (year, month), items in groupby(found, key=lambda o: (o.start.year, o.start.month)):
        label = date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")
        groups.append({"label": label, "id": f"{year}-{month:02d}", "occurrences": list(items)})
    return groups


@require_safe
def event_list(request):
    regions = list(Bezirksregion.objects.order_by("name").only("slug", "name"))
    offices = list(Office.objects.published().only("slug", "name").order_by("name"))
    form = EventFilterForm(request.GET or None, regions=regions, offices=offices)
    events = Event.objects.published().not_over(timezone.localdate()).for_listing()
    status = 200
    horizon = LIST_HORIZON
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["bezirksregion"]:
            slug = data["bezirksregion"]
            events = events.filter(
                Q(bezirksregionen__slug=slug)
                | Q(organiser_office__action_area__bezirksregion__slug=slug)
            )
        if data["stadtteilkoordination"]:
            events = events.filter(organiser_office__slug=data["stadtteilkoordination"])
        if data["zeitraum"] == "woche":
            horizon = datetime.timedelta(days=7 - now().weekday())
        elif data["zeitraum"] == "monat":
            today = now().date()
            next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            horizon = datetime.timedelta(days=(next_month - today).days)
    elif form.is_bound:
        status = 400
    start = now()
    horizon_end = start.replace(hour=0, minute=0, second=0, microsecond=0) + horizon
    found = []
    if status == 200:
        for event in events.distinct():
            found += occurrences(event, start, horizon_end)
        found.sort(key=lambda occurrence: (occurrence.start, occurrence.event.pk))
    return render(
        request,
        "coordination/event_list.html",
        {
            "form": form,
            "groups": _month_groups(found),
            "filtered": form.is_bound,
            "count": len(found),
        },
        status=status,
    )


class EventArchiveView(TemplateView):
    """Past Termine never vanish: single events that are over and series that ended."""

    template_name = "coordination/event_archive.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        over = Event.objects.published().exclude(pk__in=Event.objects.not_over(today)).for_listing()
        events = sorted(
            over, key=lambda e: e.ends_on or e.repeat_until or e.starts_on, reverse=True
        )
        context["years"] = [
            {"year": year, "events": list(items)}
            for year, items in groupby(events, key=lambda e: e.starts_on.year)
        ]
        return context


class EventDetailView(DetailView):
    template_name = "coordination/event_detail.html"
    context_object_name = "event"

    def get_object(self, queryset=None):
        events = Event.objects.visible_to(self.request.user).select_related(
            "organiser_office__operator", "place_office"
        )
        return get_object_or_404(
            events.prefetch_related("bezirksregionen"), slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        moment = now()
        context["next_dates"] = occurrences(event, moment, moment + LIST_HORIZON)[:6]
        context["first"] = occurrences(
            event,
            datetime.datetime.combine(event.starts_on, datetime.time()),
            datetime.datetime.combine(event.starts_on, datetime.time.max),
        )
        context["rule"] = describe_rule(event)
        context["skipped"] = [day for day in event.exception_dates if day >= moment.date()]
        first = context["first"][0] if context["first"] else None
        first_end = None
        if first and first.end:
            first_end = (first.end.date()).isoformat() if event.all_day else first.end.isoformat()
        context["json_ld"] = event_json_ld(event, self.request.build_absolute_uri, first_end)
        context["is_over"] = next_occurrence(event, moment) is None
        context["contact_office"] = event.organiser_office
        context["district_contact"] = None if event.organiser_office else DistrictContact.current()
        return context


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
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    events = Event.objects.published().not_over(year_ago)
    events = events.select_related("organiser_office", "place_office")
    name = gettext("Termine der Stadtteilkoordination in Neukölln")
    if kind == "stadtteilkoordination":
        office = get_object_or_404(Office.objects.published(), slug=slug)
        events = events.filter(organiser_office=office)
        name = office.name
    elif kind == "bezirksregion":
        region = get_object_or_404(Bezirksregion.objects.only("name", "slug"), slug=slug)
        events = events.filter(bezirksregionen=region).distinct()
        name = f"{gettext('Termine')}: {region.name}"
    elif kind is not None:
        raise Http404
    return ics_response(
        calendar_for(list(events), request, name), f"termine-{slug or 'neukoelln'}.ics"
    )


# --- Aktuelles ----------------------------------------------------------------------------


class NewsListView(TemplateView):
    template_name = "coordination/news_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.kwargs.get("year")
        articles = NewsArticle.objects.published().latest_first()
        years = sorted(
            {day.year for day in articles.values_list("published_on", flat=True)}, reverse=True
        )
        if year is not None:
            if year not in years:
                raise Http404
            articles = articles.filter(published_on__year=year)
        else:
            articles = articles[:20]
        context.update(year=year, years=years, articles=list(articles))
        return context


class NewsDetailView(DetailView):
    template_name = "coordination/news_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        articles = NewsArticle.objects.visible_to(self.request.user).select_related("office")
        return get_object_or_404(
            articles.prefetch_related("bezirksregionen"), slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["json_ld"] = news_json_ld(article, self.request.build_absolute_uri)
        return context


class LatestNewsFeed(Feed):
    """Aktuelles as an Atom feed (Django's syndication framework)."""

    feed_type = Atom1Feed
    title = _("Aktuelles – Sozialraumorientierte Planungskoordination Neukölln")
    subtitle = _("Neuigkeiten der OE SPK und der Stadtteilkoordinationen in Neukölln.")

    def link(self):
        return reverse("news-list")

    def items(self):
        return NewsArticle.objects.published().latest_first().select_related("office")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.published_on, datetime.time(8), tzinfo=BERLIN)

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.office.name if item.office else "OE SPK Neukölln"


# --- Kiezkasse ----------------------------------------------------------------------------


class SmallGrantsOverview(TemplateView):
    template_name = "coordination/small_grants.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["funds"] = list(
            SmallGrantFund.objects.visible_to(self.request.user).select_related("office")
        )
        return context


class SmallGrantFundView(DetailView):
    template_name = "coordination/small_grant_fund.html"
    context_object_name = "fund"

    def get_object(self, queryset=None):
        funds = SmallGrantFund.objects.visible_to(self.request.user).select_related(
            "office__operator", "office__action_area__bezirksregion"
        )
        return get_object_or_404(funds, office__slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        office = self.object.office
        deadlines = Event.objects.filter(organiser_office=office, kind=Event.Kind.DEADLINE)
        context["deadlines"] = next_events(deadlines, limit=5)
        context["office"] = office
        return context
