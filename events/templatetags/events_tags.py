from django import template
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from ..listings import calendar_feeds, events_of, latest_news, next_events
from ..models import SmallGrantFund
from ..occurrences import describe_rule

register = template.Library()


def _clock(moment):
    return f"{moment:%H:%M}"


def _comma():
    return pgettext("Aufzählung", ", ")


def _day(day):
    """'Dienstag, 8. Dezember 2026'; in Arabic with the Arabic comma."""
    return _("%(weekday)s, %(date)s") % {
        "weekday": WEEKDAYS[day.weekday()],
        "date": date_format(day, "DATE_FORMAT"),
    }


@register.simple_tag
def event_when(occurrence):
    """'Dienstag, 13. Oktober 2026, 19:00–21:00 Uhr' in the reader's language, in <time>."""
    start, end = occurrence.start, occurrence.end
    day = _day(start.date())
    if occurrence.all_day:
        last = occurrence.last_day
        if last > start.date():
            return format_html(
                '<time datetime="{}">{}</time> – <time datetime="{}">{}</time>',
                start.date().isoformat(),
                day,
                last.isoformat(),
                _day(last),
            )
        return format_html('<time datetime="{}">{}</time>', start.date().isoformat(), day)
    suffix = " Uhr" if get_language() == "de" else ""
    if end is None:
        return format_html(
            '<time datetime="{}">{}{}{}{}</time>',
            start.isoformat(),
            day,
            _comma(),
            _clock(start),
            suffix,
        )
    if end.date() == start.date():
        return format_html(
            '<time datetime="{}">{}{}{}</time>–<time datetime="{}">{}{}</time>',
            start.isoformat(),
            day,
            _comma(),
            _clock(start),
            end.isoformat(),
            _clock(end),
            suffix,
        )
    end_day = _day(end.date())
    return format_html(
        '<time datetime="{}">{}{}{}</time> – <time datetime="{}">{}{}{}{}</time>',
        start.isoformat(),
        day,
        _comma(),
        _clock(start),
        end.isoformat(),
        end_day,
        _comma(),
        _clock(end),
        suffix,
    )


@register.inclusion_tag("events/includes/whats_on.html")
def whats_on(office=None, region=None, suffix=""):
    """Next Termine and latest Aktuelles of an office, a Bezirksregion or all of Neukölln."""
    if office is not None:
        query = f"?stadtteilkoordination={office.slug}"
    elif region is not None:
        query = f"?bezirksregion={region.slug}"
    else:
        query = ""
    return {
        "next_events": next_events(events_of(office=office, region=region)),
        "latest_news": latest_news(office=office, region=region),
        "events_query": query,
        "suffix": suffix,
    }


@register.inclusion_tag("events/includes/subscribe.html", takes_context=True)
def subscribe(context, office=None, region=None):
    """The calendars to subscribe to, as addresses to copy."""
    return {"feeds": calendar_feeds(context["request"], office=office, region=region)}


@register.simple_tag(takes_context=True)
def small_grant_fund_of(context, office):
    """The office's Kiezkasse, if visitors may see it (staff see drafts too)."""
    funds = SmallGrantFund.objects.visible_to(context["request"].user).select_related("office")
    return funds.filter(office=office).first()


@register.simple_tag
def series_rule(event):
    """'Jeden Dienstag, 19:00–21:00 Uhr' (or without the time for all-day series)."""
    text = describe_rule(event)
    text = text[:1].upper() + text[1:]
    if event.start_time is None:
        return text
    hours = f"{event.start_time:%H:%M}"
    if event.end_time is not None:
        hours += f"–{event.end_time:%H:%M}"
    if get_language() == "de":
        hours += " Uhr"
    return f"{text}{_comma()}{hours}"
