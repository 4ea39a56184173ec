"""schema.org descriptions of events and news, for search engines and other machines."""

from django.utils.html import strip_tags

from coordination.models.offices import SPK_NAME

from .occurrences import first_span, rule_parts


def event_json_ld(event, build_url):
    """schema.org Event; its start and end are the .ics DTSTART and DTEND, from the same
    first_span() (the first date; a series adds its schedule)."""
    first_start, first_end = first_span(event)
    if event.all_day:
        start = event.starts_on.isoformat()
        end = (event.ends_on or event.starts_on).isoformat() if event.ends_on else None
    else:
        start = first_start.isoformat()
        end = first_end.isoformat() if first_end else None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": start,
        "eventStatus": "https://schema.org/EventCancelled"
        if event.cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": build_url(event.get_absolute_url()),
    }
    if end is not None:
        data["endDate"] = end
    description = strip_tags(event.description).strip()
    if description:
        data["description"] = description
    lines = event.place_lines
    if lines:
        place = {"@type": "Place", "name": lines[0]}
        if len(lines) > 1:
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": lines[1],
                "addressLocality": "Berlin",
                "addressCountry": "DE",
            }
        data["location"] = place
    if event.online_url:
        online = {"@type": "VirtualLocation", "url": event.online_url}
        data["location"] = [data["location"], online] if lines else online
        data["eventAttendanceMode"] = (
            "https://schema.org/MixedEventAttendanceMode"
            if lines
            else "https://schema.org/OnlineEventAttendanceMode"
        )
    if event.organiser_label:
        organiser = {"@type": "Organization", "name": event.organiser_label}
        if event.organiser_office_id:
            organiser["url"] = build_url(event.organiser_office.get_absolute_url())
        data["organizer"] = organiser
    if event.is_series:
        data["eventSchedule"] = _schedule(event)
    return data


def _schedule(event):
    parts = rule_parts(event)
    schedule = {
        "@type": "Schedule",
        "startDate": event.starts_on.isoformat(),
        "repeatFrequency": {"WEEKLY": "P1W", "MONTHLY": "P1M"}[parts["FREQ"]]
        if parts.get("INTERVAL", 1) == 1
        else "P2W",
        "scheduleTimezone": "Europe/Berlin",
    }
    if event.start_time:
        schedule["startTime"] = event.start_time.strftime("%H:%M")
    if event.end_time:
        schedule["endTime"] = event.end_time.strftime("%H:%M")
    if event.repeat_until:
        schedule["endDate"] = event.repeat_until.isoformat()
    if event.exception_dates:
        schedule["exceptDate"] = [day.isoformat() for day in event.exception_dates]
    return schedule


def news_json_ld(article, build_url):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published_on.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "description": article.summary,
        "url": build_url(article.get_absolute_url()),
        "publisher": {"@type": "GovernmentOrganization", "name": "Bezirksamt Neukölln"},
        "author": {
            "@type": "Organization",
            "name": article.office.name if article.office else str(SPK_NAME),
        },
    }
    return data
