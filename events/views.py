"""Termine, Aktuelles and the Kiezkasse pages: what happens in the Kiez."""

import datetime
from dataclasses import dataclass
from itertools import groupby

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, TemplateView

from coordination.models import DistrictContact, Office
from regions.models import Bezirksregion

from .jsonld import event_json_ld, news_json_ld
from .listings import LIST_HORIZON, events_of, next_events, now
from .models import Event, NewsArticle, SmallGrantFund
from .occurrences import next_occurrence, occurrences


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


LATER_DATES = 5  # the next dates of a series, listed inside its one entry


@dataclass
class Listing:
    """One entry of the list: a single event, or a series once, at its next date, with the
    dates after it."""

    occurrence: object
    later: list


def _listings(found):
    """Each event once, at its first date in the window (found is sorted by start)."""
    by_event = {}
    for occurrence in found:
        by_event.setdefault(occurrence.event.pk, []).append(occurrence)
    return [Listing(dates[0], dates[1 : LATER_DATES + 1]) for dates in by_event.values()]


def _month_groups(listings):
    groups = []
    month_of = lambda listing: (listing.occurrence.start.year, listing.occurrence.start.month)  # noqa: E731
    for (year, month), items in groupby(listings, key=month_of):
        label = date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")
        groups.append({"label": label, "id": f"{year}-{month:02d}", "listings": list(items)})
    return groups


@require_safe
def event_list(request):
    regions = list(Bezirksregion.objects.order_by("name").only("slug", "name"))
    offices = list(Office.objects.published().only("slug", "name").order_by("name"))
    form = EventFilterForm(request.GET or None, regions=regions, offices=offices)
    status = 200
    horizon = LIST_HORIZON
    region = office = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        region = next((r for r in regions if r.slug == data["bezirksregion"]), None)
        office = next((o for o in offices if o.slug == data["stadtteilkoordination"]), None)
        if data["zeitraum"] == "woche":
            horizon = datetime.timedelta(days=7 - now().weekday())
        elif data["zeitraum"] == "monat":
            today = now().date()
            next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            horizon = datetime.timedelta(days=(next_month - today).days)
    elif form.is_bound:
        status = 400
    # The same events the region's or office's page lists and its calendar holds.
    events = events_of(office=office, region=region).published()
    events = events.not_over(timezone.localdate()).for_listing()
    start = now()
    horizon_end = start.replace(hour=0, minute=0, second=0, microsecond=0) + horizon
    found = []
    if status == 200:
        for event in events.distinct():
            found += occurrences(event, start, horizon_end)
        found.sort(key=lambda occurrence: (occurrence.start, occurrence.event.pk))
    listings = _listings(found)
    return render(
        request,
        "events/event_list.html",
        {
            "form": form,
            "groups": _month_groups(listings),
            "filtered": form.is_bound,
            "count": len(listings),
            "chosen_region": region,
            "chosen_office": office,
        },
        status=status,
    )


class EventArchiveView(TemplateView):
    """Past Termine never vanish: single events that are over and series that ended."""

    template_name = "events/event_archive.html"

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
    template_name = "events/event_detail.html"
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
        context["skipped"] = [day for day in event.exception_dates if day >= moment.date()]
        context["json_ld"] = event_json_ld(event, self.request.build_absolute_uri)
        context["is_over"] = next_occurrence(event, moment) is None
        context["contact_office"] = event.organiser_office
        context["district_contact"] = None if event.organiser_office else DistrictContact.current()
        return context


# --- Aktuelles ----------------------------------------------------------------------------


class NewsListView(TemplateView):
    template_name = "events/news_list.html"

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
    template_name = "events/news_detail.html"
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


# --- Kiezkasse ----------------------------------------------------------------------------


class SmallGrantsOverview(TemplateView):
    template_name = "events/small_grants.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["funds"] = list(
            SmallGrantFund.objects.visible_to(self.request.user).select_related("office")
        )
        return context


class SmallGrantFundView(DetailView):
    template_name = "events/small_grant_fund.html"
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
