"""schema.org descriptions of offices, events and news, for search engines and other machines."""

import datetime

from django.utils.html import strip_tags

from .occurrences import BERLIN, rule_parts


def office_json_ld(office, absolute_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": office.name,
        "url": absolute_url,
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": f"Bezirksregion {office.bezirksregion.name}, Berlin-Neukölln",
        },
    }
    operator = office.confirmed_operator
    if operator:
        data["parentOrganization"] = {"@type": "Organization", "name": operator.name}
        if operator.website:
            data["parentOrganization"]["url"] = operator.website
    if office.phone:
        data["telephone"] = office.phone
    if office.email:
        data["email"] = office.email
    if office.website:
        data["sameAs"] = office.website
    place = {"@type": "Place"}
    if office.has_address:
        data["address"] = place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": office.street_line,
            "postalCode": office.postcode,
            "addressLocality": office.city or "Berlin",
            "addressCountry": "DE",
        }
    if office.lon_lat:
        lon, lat = office.lon_lat
        place["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{row.schema_day}",
            "opens": row.opens.strftime("%H:%M"),
            "closes": row.closes.strftime("%H:%M"),
        }
        for row in office.opening_hours.all()
    ]
    if hours:
        place["openingHoursSpecification"] = hours
    if len(place) > 1:
        data["location"] = place
    return data


def event_json_ld(event, build_url, first_end):
    """schema.org Event; its start and end are the .ics DTSTART and DTEND (the first date;
    a series adds its schedule)."""
    start = (
        event.starts_on.isoformat()
        if event.all_day
        else datetime.datetime.combine(event.starts_on, event.start_time, tzinfo=BERLIN).isoformat()
    )
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
    if first_end is not None:
        data["endDate"] = first_end
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
        "description": article.teaser,
        "url": build_url(article.get_absolute_url()),
        "publisher": {"@type": "GovernmentOrganization", "name": "Bezirksamt Neukölln"},
        "author": {
            "@type": "Organization",
            "name": article.office.name
            if article.office
            else "Sozialraumorientierte Planungskoordination (OE SPK)",
        },
    }
    return data
