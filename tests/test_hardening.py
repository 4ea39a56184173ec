"""Nothing an editor enters or a file holds takes a public page down: every wrong value is a
German refusal on the model (admin, ORM and imports alike), and a row written around the rules
is left out of lists and feeds, never a 500."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.core.exceptions import ValidationError

from coordination.models import Office
from events.models import Event
from events.occurrences import _rrule
from places.models import Place, PlaceKind
from staff.readiness import gaps

from .admin_forms import form_fields
from .factories import redaktion_user

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = datetime.datetime(2026, 12, 3, 10, tzinfo=BERLIN)


@pytest.fixture
def office():
    return Office.objects.get(slug="neukoellner-mitte-zentrum")


def event(office, **values):
    defaults = {
        "title": "Kiezrunde",
        "slug": "kiezrunde",
        "starts_on": datetime.date(2026, 12, 8),
        "start_time": datetime.time(19),
        "end_time": datetime.time(21),
        "organiser_office": office,
        "place_office": office,
        "published": True,
    }
    return Event(**{**defaults, **values})


def refusal(instance):
    with pytest.raises(ValidationError) as caught:
        instance.save()
    return caught.value.message_dict


# --- places ---------------------------------------------------------------------------------


def test_a_published_place_without_point_or_known_address_is_refused_in_german():
    place = Place(
        kind=PlaceKind.objects.get(slug="treffpunkt"),
        name="Treff ohne Lage",
        street="Gibtsnichtweg",
        house_number="1",
        published=True,
    )
    assert "auf der Karte markieren" in refusal(place)["location"][0]


def test_a_place_with_only_its_address_gets_the_planungsraum_of_the_official_list():
    from regions.models import Address

    official = Address.objects.select_related("planungsraum").get(
        street__name="Donaustraße", house_number=88, suffix=""
    )
    place = Place.objects.create(
        kind=PlaceKind.objects.get(slug="treffpunkt"),
        name="Treff in der Donaustraße",
        street="Donaustr.",
        house_number="88",
        published=True,
    )
    assert place.planungsraum == official.planungsraum


def test_the_admin_refuses_a_published_place_without_a_location(client):
    client.force_login(redaktion_user())
    page = client.get("/admin/places/place/add/").content.decode()
    fields = form_fields(page, "place_form")
    kind = PlaceKind.objects.get(slug="treffpunkt")
    fields.update(
        kind=str(kind.pk), name="Treff", street="Irgendwo", house_number="5", published="on"
    )
    response = client.post("/admin/places/place/add/", fields)
    assert response.status_code == 200
    assert "braucht ihre Lage" in response.content.decode()
    assert not Place.objects.filter(name="Treff").exists()


def test_a_place_stored_without_planungsraum_is_left_out_and_shown_to_staff(client):
    place = Place.objects.filter(kita_number__isnull=False).first()
    Place.objects.filter(pk=place.pk).update(planungsraum=None, location=None)
    for path in [
        "/einrichtungen/",
        "/en/einrichtungen/",
        "/ar/einrichtungen/?art=kita",
        "/api/einrichtungen.geojson",
        "/bezirksregionen/reuterstrasse/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert place.name not in response.content.decode(), path
    assert any(gap.subject == place.name and gap.required for gap in gaps())


# --- events ---------------------------------------------------------------------------------


@time_machine.travel(TODAY, tick=False)
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts_on", datetime.date(1, 1, 1)),
        ("starts_on", datetime.date(1999, 12, 31)),
        ("starts_on", datetime.date(9999, 12, 31)),
        ("repeat_until", datetime.date(9998, 1, 1)),
        ("ends_on", datetime.date(2036, 12, 4)),
    ],
)
def test_event_dates_outside_2000_to_ten_years_ahead_are_refused(office, field, value):
    values = {field: value}
    if field == "repeat_until":
        values["repeat"] = "weekly"
    if field == "ends_on":
        values.update(start_time=None, end_time=None)
    message = refusal(event(office, **values))[field][0]
    assert message.startswith("Bitte ein Datum")


def test_a_line_break_in_a_title_or_place_is_refused(office):
    assert "in einer Zeile" in refusal(event(office, title="Kiezrunde\nBEGIN:VEVENT"))["title"][0]
    assert "place_name" in refusal(event(office, place_name="Saal\r2"))


@time_machine.travel(TODAY, tick=False)
def test_events_stored_around_the_rules_never_break_a_list_or_feed(client, office):
    good = event(office, slug="gut", repeat="weekly")
    good.save()
    broken = []
    for number, values in enumerate(
        [
            {"starts_on": datetime.date(1, 1, 1), "repeat": "weekly"},
            {"starts_on": datetime.date(9999, 12, 31)},
            {"repeat_until": datetime.date(9999, 12, 31), "repeat": "weekly"},
            {"title": "Zeile\r\nX-INJECTED:1"},
        ]
    ):
        item = event(office, slug=f"kaputt-{number}")
        item.save()
        Event.objects.filter(pk=item.pk).update(**values)  # around the model, as raw SQL would
        broken.append(item)
    for path in [
        "/termine/",
        "/",
        "/termine/kalender.ics",
        office.get_absolute_url(),
        "/termine/kalender/stadtteilkoordination/neukoellner-mitte-zentrum.ics",
        "/sitemap.xml",
        "/en/termine/archiv/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
    feed = client.get("/termine/kalender.ics").content.decode()
    lines = feed.replace("\r\n ", "").split("\r\n")  # folded lines joined
    assert not [line for line in lines if line.startswith("X-INJECTED")]
    assert "SUMMARY:Zeile X-INJECTED:1" in lines  # the title, on its own line
    uids = {str(c["UID"]) for c in icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert str(good.uid) in uids
    assert all(str(item.uid) not in uids for item in broken[:3])
    own = client.get(f"/termine/{broken[3].slug}.ics")  # the title is the calendar's name
    assert own.status_code == 200
    own_lines = own.content.decode().replace("\r\n ", "").split("\r\n")
    assert not [line for line in own_lines if line.startswith("X-INJECTED")]
    assert "X-WR-CALNAME:Zeile X-INJECTED:1" in own_lines
    for item in broken[:3]:
        assert client.get(f"/termine/{item.slug}.ics").status_code == 404
        assert client.get(f"/termine/{item.slug}/").status_code == 404


@time_machine.travel(TODAY, tick=False)
def test_skipped_dates_are_bounded_and_belong_to_the_series(office):
    many = "\n".join(
        f"{datetime.date(2026, 12, 8) + datetime.timedelta(weeks=week):%d.%m.%Y}"
        for week in range(61)
    )
    assert (
        "Höchstens 60" in refusal(event(office, repeat="weekly", exceptions=many))["exceptions"][0]
    )
    outside = event(
        office, repeat="weekly", repeat_until=datetime.date(2027, 3, 31), exceptions="6.4.2027"
    )
    assert "liegt nicht in der Reihe" in refusal(outside)["exceptions"][0]
    assert "wiederholen" in refusal(event(office, exceptions="8.12.2026"))["exceptions"][0]


def test_a_start_in_the_hour_the_clocks_skip_is_refused(office):
    skipped = event(
        office,
        starts_on=datetime.date(2026, 3, 29),
        start_time=datetime.time(2, 30),
        end_time=datetime.time(3, 15),
    )
    assert "2 auf 3 Uhr" in refusal(skipped)["start_time"][0]


def test_an_event_in_the_skipped_hour_never_ends_before_it_starts(client, office):
    """Stored around the rules (or a series that meets the night of the change)."""
    item = event(office, slug="zeitumstellung")
    item.save()
    Event.objects.filter(pk=item.pk).update(
        starts_on=datetime.date(2026, 3, 29),
        start_time=datetime.time(2, 30),
        end_time=datetime.time(3, 15),
    )
    html = client.get(item.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
    start = datetime.datetime.fromisoformat(data["startDate"])
    end = datetime.datetime.fromisoformat(data["endDate"])
    assert start < end
    component = icalendar.Calendar.from_ical(client.get(item.get_ics_url()).content).walk("VEVENT")[
        0
    ]
    assert component.decoded("DTSTART") == start and component.decoded("DTEND") == end


@time_machine.travel(TODAY, tick=False)
def test_the_feeds_time_zone_covers_every_date_a_series_may_have(client, office):
    event(office, repeat="weekly").save()
    calendar = icalendar.Calendar.from_ical(client.get("/termine/kalender.ics").content)
    zone = calendar.walk("VTIMEZONE")[0]
    dates = re.findall(r"(\d{4})\d{4}T", zone.to_ical().decode().replace("\r\n ", ""))
    assert max(int(year) for year in dates) >= 2036  # ten years ahead: the latest date allowed


def test_a_weekly_series_from_2000_starts_its_rule_next_to_the_window(office):
    item = event(office, starts_on=datetime.date(2000, 1, 4), repeat="weekly")
    window = datetime.datetime(2026, 12, 3)
    rule = _rrule(item, not_before=window)
    first = rule[0]
    assert window - datetime.timedelta(weeks=1) <= first <= window + datetime.timedelta(weeks=1)
    assert first.weekday() == datetime.date(2000, 1, 4).weekday()


@pytest.mark.django_db
@pytest.mark.parametrize("object_id", ["%00", "1%00", "abc", "99999999999999999999999", "-1", "0"])
def test_an_admin_address_with_an_impossible_id_answers_404(client, object_id):
    from .factories import redaktion_user

    client.force_login(redaktion_user())
    for url in (
        f"/admin/coordination/office/{object_id}/change/",
        f"/admin/coordination/office/{object_id}/history/",
        f"/admin/events/event/{object_id}/delete/",
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
@pytest.mark.parametrize("command", ["import_addresses", "import_population", "import_offices"])
def test_operators_commands_refuse_what_is_no_file_to_import_in_one_german_line(tmp_path, command):
    import os

    from django.core.management import call_command
    from django.core.management.base import CommandError

    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("Straße;Hausnummer\nMüllerstraße;1\n".encode("latin-1"))
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("strasse;hausnummer\n".encode("utf-16"))
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10)  # a JPEG, say
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    cases = {
        latin1: "nicht UTF-8",
        utf16: "UTF-16",
        binary: "nicht UTF-8",
        tmp_path / "fehlt.csv": "gibt es nicht",
        tmp_path: "Ordner",
        pipe: "keine gewöhnliche Datei",
        "/dev/zero": "keine gewöhnliche Datei",
    }
    if command == "import_offices":
        cases[nested] = "verschachtelt"
    for path, words in cases.items():
        with pytest.raises(CommandError) as refused:
            call_command(command, str(path))
        message = str(refused.value)
        assert words in message and "\n" not in message, (path, message)
