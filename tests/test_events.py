"""Termine, Aktuelles and the Kiezkasse: what staff enter shows on the pages and in the
calendars people subscribe to; a series keeps its local time across the change of clocks."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
import time_machine
from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.utils import timezone

from coordination.models import Office
from events.models import Event, NewsArticle, SmallGrantFund
from regions.models import Bezirksregion

from .admin_forms import form_fields
from .factories import redaktion_user

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def redaktion(client):
    client.force_login(redaktion_user())
    return client


@pytest.fixture
def office():
    return Office.objects.get(slug="neukoellner-mitte-zentrum")


BERLIN = ZoneInfo("Europe/Berlin")


def soon(days=10):
    return timezone.localdate() + datetime.timedelta(days=days)


def make_event(office, **values):
    defaults = {
        "title": "Kiezgespräch im Körnerkiez",
        "slug": "kiezgespraech-koernerkiez",
        "starts_on": soon(),
        "start_time": datetime.time(18),
        "end_time": datetime.time(20),
        "organiser_office": office,
        "place_office": office,
        "published": True,
    }
    event = Event(**{**defaults, **values})
    event.full_clean()
    event.save()
    return event


def calendar_events(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def add_through_admin(client, office, **changes):
    page = client.get("/admin/events/event/add/").content.decode()
    fields = form_fields(page, "event_form")
    region = office.bezirksregion
    fields.update(
        {
            "title_de": "Vernetzungsrunde Körnerkiez",
            "slug": "vernetzungsrunde-koernerkiez",
            "kind": "treffen",
            "starts_on": soon().strftime("%d.%m.%Y"),
            "start_time": "18.30",
            "end_time": "20 Uhr",
            "organiser_office": str(office.pk),
            "place_office": str(office.pk),
            "bezirksregionen": [str(region.pk)],
            "description_de": "<p>Wir sprechen über den Kiez.</p><script>alert(1)</script>",
            "cost_de": "kostenlos",
            "published": "on",
            **changes,
        }
    )
    return client.post("/admin/events/event/add/", fields)


def test_an_event_entered_by_the_redaktion_shows_on_pages_and_in_every_feed(
    redaktion, client, office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = add_through_admin(redaktion, office)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get(slug="vernetzungsrunde-koernerkiez")
    assert (event.start_time, event.end_time) == (datetime.time(18, 30), datetime.time(20))
    assert "<script" not in event.description
    redaktion.logout()

    listing = client.get("/termine/").content.decode()
    assert "Vernetzungsrunde Körnerkiez" in listing
    assert '<a href="/termine/vernetzungsrunde-koernerkiez/"' in listing
    assert "Vernetzungsrunde Körnerkiez" in client.get(office.get_absolute_url()).content.decode()
    region_page = client.get(office.bezirksregion.get_absolute_url()).content.decode()
    assert "Vernetzungsrunde Körnerkiez" in region_page
    assert "Vernetzungsrunde Körnerkiez" in client.get("/").content.decode()

    feeds = [
        "/termine/kalender.ics",
        f"/termine/kalender/stadtteilkoordination/{office.slug}.ics",
        f"/termine/kalender/bezirksregion/{office.bezirksregion.slug}.ics",
        "/termine/vernetzungsrunde-koernerkiez.ics",
    ]
    for url in feeds:
        response = client.get(url)
        assert response["Content-Type"] == "text/calendar; charset=utf-8", url
        found = calendar_events(response)[str(event.uid)]
        assert str(found["SUMMARY"]) == "Vernetzungsrunde Körnerkiez"
        start = found.decoded("DTSTART")
        assert start == datetime.datetime.combine(soon(), datetime.time(18, 30), tzinfo=BERLIN)
        assert str(start.tzinfo) == "Europe/Berlin"
    other_region = Bezirksregion.objects.get(slug="buckow")
    elsewhere = client.get(f"/termine/kalender/bezirksregion/{other_region.slug}.ics")
    assert str(event.uid) not in calendar_events(elsewhere)


def test_a_cancelled_event_stays_visible_marked_and_is_cancelled_in_the_feed(client, office):
    event = make_event(office)
    uid, first_sequence = str(event.uid), event.sequence
    event.cancelled = True
    event.cancellation_reason = "Der Raum ist nicht verfügbar."
    event.full_clean()
    event.save()

    page = client.get(event.get_absolute_url()).content.decode()
    assert "Abgesagt" in page and "Der Raum ist nicht verfügbar." in page
    listing = client.get("/termine/").content.decode()
    item = listing.split('href="/termine/kiezgespraech-koernerkiez/"')[0].rsplit("<li", 1)[1]
    assert "event-item--cancelled" in item
    found = calendar_events(client.get("/termine/kalender.ics"))[uid]
    assert str(found["STATUS"]) == "CANCELLED"
    assert int(found["SEQUENCE"]) > first_sequence  # calendars take the change
    assert str(found["UID"]) == uid  # and know which event it is


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=BERLIN), tick=False)
def test_a_monthly_series_stays_at_19_00_across_the_end_of_summer_time(client, office):
    """On a fixed day: the all-events feed leaves out what ended over a year ago, and this
    series ends in March 2027."""
    series = make_event(
        office,
        title="Kiezrunde",
        slug="kiezrunde",
        starts_on=datetime.date(2026, 9, 8),  # the second Tuesday of September
        start_time=datetime.time(19),
        end_time=datetime.time(21),
        repeat="monthly_weekday",
        exceptions="8.12.2026",
        repeat_until=datetime.date(2027, 3, 31),
    )
    text = client.get("/termine/kalender.ics").content
    calendar = icalendar.Calendar.from_ical(text)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    component = calendar_events(client.get("/termine/kalender.ics"))[str(series.uid)]
    start = component.decoded("DTSTART")
    rule = rrulestr(component["RRULE"].to_ical().decode(), dtstart=start)
    exdates = (
        component["EXDATE"] if isinstance(component["EXDATE"], list) else [component["EXDATE"]]
    )
    excluded = {day.dt.date() for prop in exdates for day in prop.dts}
    assert excluded == {datetime.date(2026, 12, 8)}
    dates = [moment for moment in rule if moment.date() not in excluded]
    october, november = dates[1], dates[2]
    assert october.date() == datetime.date(2026, 10, 13)  # before the change (25 October)
    assert november.date() == datetime.date(2026, 11, 10)  # after it
    for moment in (october, november):
        assert (moment.hour, moment.minute) == (19, 0)
    assert october.utcoffset() == datetime.timedelta(hours=2)
    assert november.utcoffset() == datetime.timedelta(hours=1)
    assert datetime.date(2026, 12, 8) not in [moment.date() for moment in dates]
    assert dates[-1].date() == datetime.date(2027, 3, 9)  # UNTIL respected

    page = client.get(series.get_absolute_url()).content.decode()
    assert "Jeden zweiten Dienstag im Monat, 19:00–21:00 Uhr" in page


def test_the_json_ld_and_the_ics_of_an_event_agree_on_start_and_end(client, office):
    event = make_event(office)
    html = client.get(event.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["name"].startswith("Nachbarschaftshaus am Körnerpark")
    component = calendar_events(client.get(event.get_ics_url()))[str(event.uid)]
    assert datetime.datetime.fromisoformat(data["startDate"]) == component.decoded("DTSTART")
    assert datetime.datetime.fromisoformat(data["endDate"]) == component.decoded("DTEND")


def test_an_all_day_event_is_a_date_in_both(client, office):
    event = make_event(
        office, slug="kiezfest", start_time=None, end_time=None, ends_on=soon(11), kind="fest"
    )
    component = calendar_events(client.get(event.get_ics_url()))[str(event.uid)]
    assert component.decoded("DTSTART") == soon()
    assert component.decoded("DTEND") == soon(12)  # exclusive, the day after the last
    html = client.get(event.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    assert (data["startDate"], data["endDate"]) == (soon().isoformat(), soon(11).isoformat())


def test_filters_work_as_plain_get_forms_and_bad_values_get_a_german_message(client, office):
    make_event(office)
    other = Office.objects.get(slug="gropiusstadt-ost")
    make_event(
        other,
        title="Stadtteilgespräch Gropiusstadt",
        slug="stadtteilgespraech",
        place_office=other,
        place_address="Lipschitzallee 70, 12353 Berlin",
        starts_on=soon(40),
    )
    mine = client.get("/termine/", {"stadtteilkoordination": office.slug}).content.decode()
    assert "Kiezgespräch im Körnerkiez" in mine and "Stadtteilgespräch Gropiusstadt" not in mine
    region = client.get("/termine/", {"bezirksregion": other.bezirksregion.slug}).content.decode()
    assert "Stadtteilgespräch Gropiusstadt" in region and "Kiezgespräch im" not in region
    month = client.get("/termine/", {"zeitraum": "monat"}).content.decode()
    assert "Stadtteilgespräch Gropiusstadt" not in month  # 40 days away
    assert (
        '<option value="gropiusstadt-ost" selected>'
        in client.get("/termine/", {"stadtteilkoordination": "gropiusstadt-ost"}).content.decode()
    )
    bad = client.get("/termine/", {"bezirksregion": "atlantis"})
    assert bad.status_code == 400
    assert "„atlantis“ gibt es hier nicht. Bitte wählen Sie aus der Liste." in bad.content.decode()


def test_the_event_list_costs_a_bounded_number_of_queries(
    client, office, django_assert_max_num_queries
):
    for number in range(8):
        make_event(office, slug=f"termin-{number}", starts_on=soon(number + 1))
    with django_assert_max_num_queries(6):
        response = client.get("/termine/?zeitraum=")
    assert response.content.decode().count('<li class="event-item') == 8


def test_past_events_stay_in_the_archive_and_cannot_be_deleted(redaktion, client, office):
    past = make_event(
        office, slug="vergangen", starts_on=timezone.localdate() - datetime.timedelta(days=30)
    )
    assert "vergangen" not in client.get("/termine/").content.decode()
    assert 'href="/termine/vergangen/"' in client.get("/termine/archiv/").content.decode()
    assert client.get(past.get_absolute_url()).status_code == 200
    assert (
        redaktion.post(f"/admin/events/event/{past.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert Event.objects.filter(pk=past.pk).exists()


def test_staff_copy_an_event_as_an_unpublished_draft_and_filter_the_next_30_days(redaktion, office):
    event = make_event(office)
    event.bezirksregionen.set([office.bezirksregion])
    far = make_event(office, slug="spaeter", starts_on=soon(60))
    response = redaktion.post(
        "/admin/events/event/", {"action": "copy_events", "_selected_action": [event.pk]}
    )
    assert response.status_code == 302
    copy = Event.objects.get(slug="kiezgespraech-koernerkiez-kopie")
    assert not copy.published and copy.uid != event.uid
    assert list(copy.bezirksregionen.all()) == [office.bezirksregion]
    listing = redaktion.get("/admin/events/event/?zeitraum=30").content.decode()
    assert f"/admin/events/event/{event.pk}/change/" in listing
    assert f"/admin/events/event/{far.pk}/change/" not in listing
    assert "Nächste 30 Tage" in listing


def test_an_event_needs_exactly_one_organiser_and_readable_dates():
    event = Event(title="x", slug="x", starts_on=soon(), exceptions="nächsten Dienstag")
    with pytest.raises(Exception) as refusal:
        event.full_clean()
    messages = refusal.value.message_dict
    assert "Bitte genau eine Veranstalterin nennen" in messages["organiser_name"][0]
    assert "„nächsten Dienstag“ ist kein Datum" in messages["exceptions"][0]


def test_news_appear_on_their_pages_with_json_ld_and_in_the_atom_feed(client, office):
    NewsArticle.objects.create(
        title="Neue Sprechzeiten im Körnerkiez",
        slug="neue-sprechzeiten",
        published_on=timezone.localdate(),
        teaser="Das Stadtteilbüro ist jetzt auch dienstags geöffnet.",
        body="<p>Ab sofort dienstags von 10 bis 12 Uhr.</p>",
        office=office,
        published=True,
    )
    NewsArticle.objects.create(
        title="Entwurf", slug="entwurf", published_on=timezone.localdate(), teaser="x", body="x"
    )
    assert "Neue Sprechzeiten im Körnerkiez" in client.get("/aktuelles/").content.decode()
    assert (
        "Neue Sprechzeiten im Körnerkiez" in client.get(office.get_absolute_url()).content.decode()
    )
    html = client.get("/aktuelles/neue-sprechzeiten/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    assert data["@type"] == "NewsArticle" and data["headline"] == "Neue Sprechzeiten im Körnerkiez"
    assert client.get("/aktuelles/entwurf/").status_code == 404
    year = timezone.localdate().year
    assert "Neue Sprechzeiten" in client.get(f"/aktuelles/archiv/{year}/").content.decode()
    assert client.get("/aktuelles/archiv/1999/").status_code == 404

    feed = feedparser.parse(client.get("/aktuelles/feed.atom").content)
    assert feed.version == "atom10" and not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Neue Sprechzeiten im Körnerkiez"]
    assert feed.entries[0].link == "http://testserver/aktuelles/neue-sprechzeiten/"
    assert "dienstags geöffnet" in feed.entries[0].summary
    assert 'type="application/atom+xml"' in client.get("/aktuelles/").content.decode()


def test_kiezkasse_pages_show_the_sourced_facts_marked_until_staff_confirm_them(
    client, django_capture_on_commit_callbacks
):
    fund = SmallGrantFund.objects.get(office__slug="neukoellner-mitte-zentrum")
    assert (fund.budget_per_year, fund.maximum_per_application) == (2500, 500)
    html = client.get(fund.get_absolute_url()).content.decode()
    assert "2.500 Euro" in html and "500 Euro" in html
    assert "Die Redaktion prüft sie noch mit dem Büro." in html
    assert "Stadtteilkoordination Neuköllner Mitte/Zentrum" in html  # the contact card
    with django_capture_on_commit_callbacks(execute=True):
        fund.facts_confirmed = True
        fund.save()
    assert (
        "Die Redaktion prüft sie noch" not in client.get(fund.get_absolute_url()).content.decode()
    )
    overview = client.get("/kiezkasse/").content.decode()
    assert (
        overview.count('<article class="card"') == SmallGrantFund.objects.published().count() == 4
    )
    assert "FEIN" in overview


def test_events_and_news_are_in_the_sitemap(client, office):
    make_event(office)
    NewsArticle.objects.create(
        title="Meldung",
        slug="meldung",
        published_on=timezone.localdate(),
        teaser="t",
        body="<p>b</p>",
        published=True,
    )
    sitemap = client.get("/sitemap.xml").content.decode()
    grants = "/stadtteilkoordination/neukoellner-mitte-zentrum/kiezkasse/"
    for path in (
        "/termine/",
        "/termine/kiezgespraech-koernerkiez/",
        "/aktuelles/meldung/",
        "/kiezkasse/",
        grants,
    ):
        assert f"<loc>http://testserver{path}</loc>" in sitemap, path


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=BERLIN), tick=False)
def test_a_weekly_series_is_one_entry_with_its_rule_next_date_and_later_dates(client, office):
    make_event(
        office,
        title="Kiezrunde",
        slug="kiezrunde",
        starts_on=datetime.date(2026, 12, 8),
        start_time=datetime.time(19),
        end_time=None,
        repeat="weekly",
    )
    make_event(office, title="Kiezfest", slug="kiezfest", starts_on=datetime.date(2026, 12, 12))
    html = client.get("/termine/").content.decode()
    assert html.count(">Kiezrunde</a>") == 1
    entry = html.split(">Kiezrunde</a>")[0].rsplit('<li class="event-item', 1)[1]
    entry += html.split(">Kiezrunde</a>")[1].split("</li>\n", 1)[0]
    assert "Jeden Dienstag, 19:00 Uhr" in entry and "nächster Termin:" in entry
    assert '<time datetime="2026-12-08T19:00:00+01:00">' in entry
    assert "5 weitere Termine" in entry and '<time datetime="2026-12-15T19:00:00+01:00">' in entry
    assert ">Kiezfest</a>" in html
    assert "2 Termine" not in html  # not counted per date


def test_every_page_with_a_calendar_shows_its_address_to_copy_and_a_webcal_link(client, office):
    for path, feed in [
        ("/termine/", "/termine/kalender.ics"),
        (office.get_absolute_url(), f"/termine/kalender/stadtteilkoordination/{office.slug}.ics"),
        (
            office.bezirksregion.get_absolute_url(),
            f"/termine/kalender/bezirksregion/{office.bezirksregion.slug}.ics",
        ),
        ("/en/termine/", "/termine/kalender.ics"),
    ]:
        html = client.get(path).content.decode()
        assert f"data-copy-source>http://testserver{feed}</code>" in html, path  # selectable, no JS
        assert f'href="webcal://testserver{feed}"' in html, path


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=BERLIN), tick=False)
def test_arabic_dates_read_as_arabic_with_the_arabic_comma(client, office):
    make_event(
        office,
        title="Kiezrunde",
        slug="kiezrunde",
        starts_on=datetime.date(2026, 12, 8),
        start_time=datetime.time(19),
        end_time=None,
        repeat="weekly",
        exceptions="15.12.2026\n22.12.2026",
    )
    html = client.get("/ar/termine/kiezrunde/").content.decode()
    assert "كل يوم الثلاثاء" in html  # "every Tuesday", not "كل الثلاثاء"
    assert "الثلاثاء، 8 ديسمبر، 2026" in html and "الثلاثاء, " not in html
    skipped = html.split("لن يُعقد في:")[1].split("</p>")[0]
    assert "</time>، <time" in skipped  # the cancelled dates, separated the Arabic way
    german = client.get("/termine/kiezrunde/").content.decode()
    assert "Dienstag, 8. Dezember 2026" in german and "</time>, <time" in german


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=BERLIN), tick=False)
def test_the_region_calendar_lists_exactly_the_events_of_the_region_page(client, office):
    from events.listings import events_of, next_events

    region = office.action_area.bezirksregion
    by_office = make_event(office)  # run by the region's office, no region named
    named = make_event(
        Office.objects.get(slug="schillerpromenade"), title="Flohmarkt", slug="flohmarkt"
    )
    named.bezirksregionen.add(region)
    make_event(
        Office.objects.get(slug="schillerpromenade"), title="Anderswo", slug="anderswo"
    )  # neither in the region nor run by its office
    listed = {occurrence.event.pk for occurrence in next_events(events_of(region=region), 10)}
    assert listed == {by_office.pk, named.pk}
    page = client.get(region.get_absolute_url()).content.decode()
    assert "Kiezgespräch im Körnerkiez" in page and "Flohmarkt" in page
    assert "Anderswo" not in page
    feed = client.get(f"/termine/kalender/bezirksregion/{region.slug}.ics")
    assert {str(event.uid) for event in (by_office, named)} == set(calendar_events(feed))


def test_nothing_is_published_that_leads_nowhere():
    reuterstrasse = Office.objects.get(slug="reuterstrasse")
    assert not reuterstrasse.has_address
    with pytest.raises(ValidationError) as refused:
        make_event(reuterstrasse, place_office=reuterstrasse)
    assert "keine Adresse eingetragen" in refused.value.message_dict["place_office"][0]
    with pytest.raises(ValidationError) as refused:
        make_event(reuterstrasse, place_office=None)
    assert "Wohin sollen die Leute kommen?" in refused.value.message_dict["place_address"][0]
    draft = make_event(reuterstrasse, place_office=None, published=False)  # a draft may wait
    online = make_event(
        reuterstrasse,
        slug="kiezgespraech-online",
        place_office=None,
        online_url="https://meet.example.org/kiez",
    )
    addressed = make_event(
        reuterstrasse,
        slug="kiezgespraech-weserstrasse",
        place_office=reuterstrasse,
        place_address="Weserstraße 10, 12047 Berlin",
    )
    assert not draft.published and online.has_place_to_go and addressed.has_place_to_go


def test_an_online_event_says_so_on_its_page_in_the_calendar_and_in_json_ld(client, office):
    event = make_event(
        office, place_office=None, online_url="https://meet.example.org/kiez", slug="online"
    )
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'href="https://meet.example.org/kiez"' in page
    ics = calendar_events(client.get(f"/termine/{event.slug}.ics"))
    assert str(ics[str(event.uid)]["LOCATION"]) == "Online: https://meet.example.org/kiez"
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', page, re.S)[1])
    assert data["location"]["@type"] == "VirtualLocation"


@time_machine.travel(datetime.datetime(2026, 12, 4, 12, tzinfo=BERLIN), tick=False)
def test_editors_see_when_a_scheduled_entry_goes_live_in_the_list_the_message_and_the_page(
    redaktion, office
):
    article = NewsArticle.objects.create(
        title="Kiezfest",
        slug="kiezfest",
        body="<p>Am Samstag.</p>",
        published=True,
        publish_from=datetime.datetime(2026, 12, 6, 9, tzinfo=BERLIN),
        visible_until=datetime.datetime(2026, 12, 31, tzinfo=BERLIN),
    )
    listing = redaktion.get("/admin/events/newsarticle/").content.decode()
    assert "geplant ab 06.12., 9:00 Uhr, läuft ab 31.12., 0:00 Uhr" in listing
    page = redaktion.get(article.get_absolute_url()).content.decode()
    assert "Vorschau für die Redaktion: geplant ab 06.12., 9:00 Uhr" in page
    url = f"/admin/events/newsarticle/{article.pk}/change/"
    fields = form_fields(redaktion.get(url).content.decode(), "newsarticle_form")
    saved = redaktion.post(url, fields, follow=True).content.decode()
    assert "erscheint für Besucherinnen und Besucher am 06.12., 9:00 Uhr" in saved


def test_the_calendar_offered_follows_the_filter(client, office):
    region = office.action_area.bezirksregion
    page = client.get("/termine/", {"bezirksregion": region.slug}).content.decode()
    assert f"/termine/kalender/bezirksregion/{region.slug}.ics" in page
    assert "Alle Termine in Neukölln" not in page.split("abonnieren", 1)[-1]
    mine = client.get("/termine/", {"stadtteilkoordination": office.slug}).content.decode()
    assert f"/termine/kalender/stadtteilkoordination/{office.slug}.ics" in mine
    everything = client.get("/termine/").content.decode()
    assert "/termine/kalender.ics" in everything


def test_a_place_named_like_its_street_is_said_once(office):
    event = make_event(
        office,
        place_office=None,
        place_name="Herrfurthplatz",
        place_address="Herrfurthplatz, 12049 Berlin",
        slug="platzfest",
    )
    assert event.place_lines == ["Herrfurthplatz, 12049 Berlin"]
