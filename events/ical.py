"""Termine as iCalendar (RFC 5545), written with the icalendar package: one event, or a feed
to subscribe to (all events, an office's, a Bezirksregion's).

Times carry TZID=Europe/Berlin with a VTIMEZONE, so a series at 19:00 stays at 19:00 after the
clocks change; series are RRULEs with EXDATEs for the dates that are skipped; a cancelled
event stays in the feed with STATUS:CANCELLED, so subscribed calendars learn about it; UIDs
never change and SEQUENCE rises with every edit."""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

from .occurrences import BERLIN, local_start, rule_parts

PRODID = "-//Bezirksamt Neukölln//Sozialraumorientierte Planungskoordination//DE"


def _uid(event):
    return str(event.uid)  # a UUID: globally unique and unchanged by edits


def _moment(event, day, time):
    if time is None:
        return day
    return datetime.datetime.combine(day, time, tzinfo=BERLIN)


def event_component(event, absolute_url):
    component = icalendar.Event()
    component.add("uid", _uid(event))
    component.add("dtstamp", timezone.now())
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("sequence", event.sequence)
    component.add("summary", event.title)
    component.add("dtstart", _moment(event, event.starts_on, event.start_time))
    if event.all_day:
        # DTEND of an all-day event is the day after its last day (exclusive).
        component.add("dtend", (event.ends_on or event.starts_on) + datetime.timedelta(days=1))
    elif event.end_time is not None:
        component.add("dtend", _moment(event, event.ends_on or event.starts_on, event.end_time))
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
            excluded = day if event.all_day else local_start(event, day).replace(tzinfo=BERLIN)
            component.add("exdate", excluded)
    place = ", ".join(event.place_lines)
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
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    first = None
    for event in events:
        calendar.add_component(
            event_component(event, request.build_absolute_uri(event.get_absolute_url()))
        )
        first = min(first or event.starts_on, event.starts_on)
    if first is not None:
        calendar.add_missing_timezones(
            first_date=datetime.date(first.year - 1, 1, 1),
            last_date=datetime.date(max(first.year, timezone.localdate().year) + 3, 1, 1),
        )
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
