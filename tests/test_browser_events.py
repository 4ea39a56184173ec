"""Termine and Aktuelles in a real browser: the pages pass the audit in every language, their
JSON-LD parses and agrees with the .ics, and the filters work without JavaScript."""

import datetime
import json

import icalendar
import pytest
from django.utils import timezone

from .browser_audit import audit_page, first_visit_page

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}


@pytest.fixture
def happenings(live_db):
    from coordination.models import Office
    from events.models import Event, NewsArticle

    today = timezone.localdate()
    with live_db():
        office = Office.objects.get(slug="reuterstrasse")
        series = Event(
            title="Kiezgespräch Reuterkiez",
            slug="kiezgespraech-reuterkiez-test",
            starts_on=today + datetime.timedelta(days=3),
            start_time=datetime.time(19),
            end_time=datetime.time(21),
            repeat="monthly_weekday",
            place_name="Manege",
            place_address="Rütlistraße 1-3, 12045 Berlin",
            organiser_office=office,
            description="<p>Wir sprechen über den <strong>Reuterkiez</strong>.</p>",
            cost="kostenlos",
            published=True,
        )
        series.save()
        series.bezirksregionen.set([office.bezirksregion])
        cancelled = Event.objects.create(
            title="Kiezfest Weserstraße",
            slug="kiezfest-weserstrasse-test",
            starts_on=today + datetime.timedelta(days=5),
            organised_by_district=True,
            place_address="Weserstraße 200, 12047 Berlin",
            cancelled=True,
            cancellation_reason="Die Straße wird gebaut.",
            published=True,
        )
        article = NewsArticle.objects.create(
            title="Neue Öffnungszeiten im Stadtteilbüro",
            slug="neue-oeffnungszeiten-test",
            published_on=today,
            teaser="Das Büro ist jetzt auch donnerstags geöffnet.",
            body="<p>Donnerstags von 10 bis 13 Uhr.</p>",
            office=office,
            published=True,
        )
    yield {"series": series, "cancelled": cancelled, "article": article, "office": office}
    with live_db():
        Event.objects.filter(pk__in=[series.pk, cancelled.pk]).delete()
        article.delete()


@pytest.mark.parametrize("code", ["de", "en", "tr", "ar"])
def test_event_and_news_pages_pass_the_audit_in_every_language(browser, site_url, happenings, code):
    """The pages the main audit sees only empty, here with a series, a cancelled event and
    news in them (the lists and the office page are in the main audit already)."""
    context = browser.new_context(viewport=PHONE)
    page = first_visit_page(context)
    office = happenings["office"]
    paths = [
        "/termine/",
        f"/termine/?bezirksregion={office.bezirksregion.slug}&zeitraum=monat",
        happenings["series"].get_absolute_url(),
        happenings["cancelled"].get_absolute_url(),
        "/aktuelles/",
        happenings["article"].get_absolute_url(),
        office.get_absolute_url(),
    ]
    problems = []
    for path in paths:
        url = site_url + (path if code == "de" else f"/{code}{path}")
        problems += audit_page(page, url, site_url, language=code)
    assert context.cookies() == []
    context.close()
    assert not problems, "\n".join(problems)


def test_the_event_json_ld_parses_and_agrees_with_its_ics(page, site_url, happenings):
    series = happenings["series"]
    page.goto(site_url + series.get_absolute_url())
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "Event" and data["name"] == "Kiezgespräch Reuterkiez"
    assert data["eventSchedule"]["repeatFrequency"] == "P1M"
    ics = page.request.get(site_url + series.get_ics_url()).body()
    event = next(iter(icalendar.Calendar.from_ical(ics).walk("VEVENT")))
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.decoded("DTSTART")
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.decoded("DTEND")

    page.goto(site_url + happenings["cancelled"].get_absolute_url())
    cancelled = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    assert page.locator(".cancelled-banner").inner_text().startswith("Abgesagt")


def test_the_filters_work_without_javascript(browser, site_url, happenings):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/termine/")
    page.get_by_label("Stadtteilkoordination").select_option(
        label="Stadtteilkoordination Reuterstraße"
    )
    page.get_by_label("dieser Monat").check()
    page.get_by_role("button", name="Termine zeigen").click()
    page.wait_for_url("**/termine/?*stadtteilkoordination=reuterstrasse*")
    assert "zeitraum=monat" in page.url
    results = page.locator(".event-results")
    assert "Kiezgespräch Reuterkiez" in results.inner_text()
    assert "Kiezfest Weserstraße" not in results.inner_text()  # the OE SPK's, not the office's
    context.close()


@pytest.fixture
def teil_ii(live_db):
    from profiles.models import Goal, Handlungsfeld, Measure
    from regions.models import Bezirksregion

    with live_db():
        region = Bezirksregion.objects.get(slug="reuterstrasse")
        field = Handlungsfeld.objects.create(
            bezirksregion=region, title="Grün und Spiel (Test)", published=True
        )
        goal = Goal.objects.create(handlungsfeld=field, title="Mehr Schatten", published=True)
        measure = Measure.objects.create(
            goal=goal,
            title="Bäume am Spielplatz",
            description="Acht neue Bäume.",
            responsible="Straßen- und Grünflächenamt",
            partners="Quartiersrat",
            funding="Lebendige Zentren",
            starts_on=timezone.localdate(),
            published=True,
        )
        measure.planungsraeume.set(region.planungsraeume.all()[:2])
    yield region
    with live_db():
        measure.delete()
        goal.delete()
        field.delete()


@pytest.mark.parametrize("code", ["de", "en", "tr", "ar"])
def test_teil_ii_passes_the_audit_in_every_language(browser, site_url, teil_ii, code):
    """Profiles and region pages with goals and measures (the main audit sees Teil II empty)."""
    context = browser.new_context(viewport=PHONE)
    page = first_visit_page(context)
    problems = []
    for path in (f"/bezirksregionen/{teil_ii.slug}/profil/", f"/bezirksregionen/{teil_ii.slug}/"):
        url = site_url + (path if code == "de" else f"/{code}{path}")
        problems += audit_page(page, url, site_url, language=code)
        assert "Bäume am Spielplatz" in page.content()
    context.close()
    assert not problems, "\n".join(problems)
