"""„Schreiben Sie uns“ and „War diese Seite hilfreich?“: what visitors write reaches staff,
without a cookie, a session or a third party, and not from bots in a hurry."""

import datetime
import io

import pytest
import time_machine
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

from coordination.models import DistrictContact, Message, Office, PageFeedback

from .factories import redaktion_user

pytestmark = pytest.mark.django_db


def shown_seconds_ago(seconds):
    with time_machine.travel(timezone.now() - datetime.timedelta(seconds=seconds), tick=False):
        return signing.TimestampSigner(salt="contact-form").sign("shown")


def message(**values):
    return {
        "topic": "frage",
        "text": "Wann ist die nächste Kiezrunde?",
        "name": "",
        "reply_to": "",
        "website": "",
        "shown": shown_seconds_ago(30),
        **values,
    }


def test_a_message_to_an_office_reaches_staff_in_the_admin_and_by_mail(client, settings):
    office = Office.objects.get(slug="schillerpromenade")
    page = client.get(f"/stadtteilkoordination/{office.slug}/kontakt/")
    assert page.status_code == 200 and not page.cookies
    assert 'name="csrfmiddlewaretoken"' not in page.content.decode()
    response = client.post(f"/stadtteilkoordination/{office.slug}/kontakt/", message())
    assert response.status_code == 302 and response["Location"] == "/kontakt/danke/"
    assert not response.cookies
    stored = Message.objects.get()
    assert stored.office == office and stored.text == "Wann ist die nächste Kiezrunde?"
    assert mail.outbox[0].to == [office.email]
    staff = client
    staff.force_login(redaktion_user())
    assert (
        "Wann ist die nächste Kiezrunde?"
        in staff.get(f"/admin/coordination/message/{stored.pk}/change/").content.decode()
    )


def test_a_message_to_the_oe_spk_without_an_address_waits_in_the_admin(client):
    assert not DistrictContact.current().email
    assert client.post("/kontakt/", message(topic="barriere")).status_code == 302
    assert Message.objects.get().office is None and mail.outbox == []


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"website": "https://spam.example"}, "letzte Feld leer"),
        ({"shown": lambda: shown_seconds_ago(1)}, "sehr schnell"),
        ({"shown": lambda: shown_seconds_ago(2 * 24 * 3600)}, "zu lange offen"),
        ({"shown": "gefälscht"}, "von dieser Seite aus"),
        ({"text": ""}, "Dieses Feld"),
        ({"text": "x" * 3001}, "3000"),
        ({"reply_to": "keine-adresse"}, "E-Mail"),
    ],
)
def test_a_hurried_or_faulty_message_gets_a_german_message_and_is_not_stored(client, values, words):
    values = {key: value() if callable(value) else value for key, value in values.items()}
    response = client.post("/kontakt/", message(**values))
    assert response.status_code == 400 and words in response.content.decode()
    assert not Message.objects.exists()


def test_more_than_five_messages_an_hour_from_one_address_are_refused(client):
    for _ in range(5):
        assert client.post("/kontakt/", message()).status_code == 302
    response = client.post("/kontakt/", message())
    assert response.status_code == 400 and "später noch einmal" in response.content.decode()
    assert Message.objects.count() == 5


def test_messages_go_after_ninety_days_and_page_answers_after_a_year_as_the_privacy_page_says(
    client,
):
    now = timezone.now()
    for days, text in [(91, "alt"), (89, "neu")]:
        row = Message.objects.create(text=text)
        Message.objects.filter(pk=row.pk).update(created_at=now - datetime.timedelta(days=days))
    for days, comment in [(366, "alt"), (364, "neu")]:
        row = PageFeedback.objects.create(path="/fragen/", helpful=True, comment=comment)
        PageFeedback.objects.filter(pk=row.pk).update(
            created_at=now - datetime.timedelta(days=days)
        )
    out = io.StringIO()
    call_command("forget_expired", stdout=out)
    assert "1 Nachrichten und 1 Rückmeldungen gelöscht" in out.getvalue()
    assert list(Message.objects.values_list("text", flat=True)) == ["neu"]
    assert list(PageFeedback.objects.values_list("comment", flat=True)) == ["neu"]
    privacy = " ".join(client.get("/datenschutz/").content.decode().split())
    assert "nach 90 Tagen" in privacy and "nach einem Jahr" in privacy


def test_every_content_page_asks_whether_it_helped_and_the_answer_is_stored_without_a_trace(
    client,
):
    for path in ["/fragen/", "/en/bezirksregionen/britz/", "/impressum/", "/termine/"]:
        html = client.get(path).content.decode()
        assert "War diese Seite hilfreich?" in html or "Was this page helpful?" in html, path
        assert f'name="seite" value="{path}"' in html
    response = client.post(
        "/rueckmeldung/",
        {"seite": "/en/bezirksregionen/britz/", "hilfreich": "nein", "hinweis": "Zu lang."},
    )
    assert response.status_code == 302 and not response.cookies
    feedback = PageFeedback.objects.get()
    assert (feedback.path, feedback.helpful, feedback.comment) == (
        "/en/bezirksregionen/britz/",
        False,
        "Zu lang.",
    )
    assert {field.name for field in PageFeedback._meta.fields} == {
        "id",
        "path",
        "helpful",
        "comment",
        "created_at",
    }  # no address, no browser, nothing about the visitor
    thanks = client.get(response["Location"]).content.decode()
    assert 'href="/en/bezirksregionen/britz/"' in thanks
    assert client.post(
        "/rueckmeldung/", {"seite": "//evil.example/", "hilfreich": "ja"}
    ).status_code in (400, 404)
    assert (
        client.post("/rueckmeldung/", {"seite": "/gibt-es-nicht/", "hilfreich": "ja"}).status_code
        == 404
    )
    assert client.get("/gibt-es-nicht/").content.decode().count("War diese Seite hilfreich?") == 0


def test_staff_see_the_answers_per_page(client):
    PageFeedback.objects.create(path="/fragen/", helpful=True)
    PageFeedback.objects.create(path="/fragen/", helpful=False, comment="Mehr Beispiele")
    client.force_login(redaktion_user())
    html = client.get("/admin/coordination/pagefeedback/").content.decode()
    assert "Antworten je Seite" in html and "Mehr Beispiele" in html
    assert "<td>1</td><td>1</td>" in html.replace(" ", "").replace("\n", "") or "/fragen/" in html


def test_every_contact_card_offers_a_written_way_in(client):
    html = client.get("/stadtteilkoordination/").content.decode()
    for office in Office.objects.published():
        assert f'href="/stadtteilkoordination/{office.slug}/kontakt/">Schreiben Sie uns' in html
    assert 'href="/kontakt/">Schreiben Sie uns' in html
    reuter = client.get("/stadtteilkoordination/reuterstrasse/").content.decode()
    assert "über die Behördennummer" in reuter and "über die Zentrale des Bezirksamts" in reuter
    assert 'href="/kontakt/">Schreiben Sie uns' in client.get("/gebaerdensprache/").content.decode()
    assert "/kontakt/?anliegen=barriere" in client.get("/barrierefreiheit/").content.decode()
