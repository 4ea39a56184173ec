"""Termine as iCalendar (RFC 5545), written with the icalendar package: one event, or a feed
to subscribe to (all events, an office's, a Bezirksregion's).

Times carry TZID=Europe/Berlin with a VTIMEZONE, so a series at 19:00 stays at 19:00 after the
clocks change; series are RRULEs with EXDATEs for the dates that are skipped; a cancelled
event stays in the feed with STATUS:CANCELLED, so subscribed calendars learn about it; UIDs
never change and SEQUENCE rises with every edit."""

import datetime
import logging

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from spk_site.validation import CONTROL_CHARACTERS, latest_date

from .occurrences import BERLIN, aware, first_span, local_start, rule_parts

logger = logging.getLogger(__name__)

PRODID = "-//Bezirksamt Neukölln//Sozialraumorientierte Planungskoordination//DE"


def _uid(event):
    return str(event.uid)  # a UUID: globally unique and unchanged by edits


def _line(text):
    """One line: a name or title can never start a line of its own in the calendar."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", str(text)).split())


def event_component(event, absolute_url):
    component = icalendar.Event()
    component.add("uid", _uid(event))
    component.add("dtstamp", timezone.now())
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("sequence", event.sequence)
    component.add("summary", _line(event.title))
    if event.all_day:
        component.add("dtstart", event.starts_on)
        # DTEND of an all-day event is the day after its last day (exclusive).
        component.add("dtend", (event.ends_on or event.starts_on) + datetime.timedelta(days=1))
    else:
        start, end = first_span(event)  # as the event page's JSON-LD has them
        component.add("dtstart", start)
        if end is not None:
            component.add("dtend", end)
    parts = rule_parts(event)
    if parts:
        if event.repeat_until:
            last = datetime.datetime.combine(event.repeat_until, datetime.time(23, 59, 59))
            until = (
                event.repeat_until
                if event.all_day
                else last.replace(tzinfo=BERLIN).astimezone(datetime.UTC)
            )
            parts = {**parts, "UNTIL": until}
        component.add("rrule", parts)
        for day in event.exception_dates:
            excluded = day if event.all_day else aware(local_start(event, day))
            component.add("exdate", excluded)
    place = ", ".join(event.place_lines)
    if event.online_url:
        place = f"{place} / Online: {event.online_url}" if place else f"Online: {event.online_url}"
    if place:
        component.add("location", place)
    description = strip_tags(event.description).strip()
    if event.cancelled:
        description = f"Abgesagt: {event.cancellation_reason}\n\n{description}".strip()
    component.add("description", f"{description}\n\n{absolute_url}".strip())
    component.add("url", absolute_url)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    office = event.organiser_office
    if office is not None and office.email:  # ORGANIZER needs an address; we invent none
        component.add("organizer", f"mailto:{office.email}", parameters={"CN": office.name})
    return component


def calendar_for(events, request, name):
    """A VCALENDAR with the events and the VTIMEZONE they use."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _line(name))
    calendar.add("x-wr-timezone", "Europe/Berlin")
    first = None
    for event in events:
        try:
            component = event_component(event, request.build_absolute_uri(event.get_absolute_url()))
        except (ValueError, OverflowError, TypeError):
            # A row written around the model's rules: left out, never a broken feed.
            logger.exception("Termin %s nicht im Kalender: ungültige Angaben", event.pk)
            continue
        calendar.add_component(component)
        first = min(first or event.starts_on, event.starts_on)
    if first is not None:
        # The time zone's rules for every date a listed series can still have.
        calendar.add_missing_timezones(
            first_date=datetime.date(first.year - 1, 1, 1),
            last_date=datetime.date(latest_date().year + 1, 1, 1),
        )
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
