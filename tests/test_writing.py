"""„Schreiben Sie uns“ and „War diese Seite hilfreich?“: what visitors write reaches staff,
without a cookie, a session or a third party, and not from bots in a hurry."""

import datetime
import io
import re

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


@pytest.fixture
def tasks_run(settings):
    """The background tasks run at once, as the worker would run them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_a_message_to_an_office_reaches_it_by_mail_with_the_writer_as_reply_to(
    client, tasks_run, django_capture_on_commit_callbacks
):
    office = Office.objects.get(slug="schillerpromenade")
    page = client.get(f"/stadtteilkoordination/{office.slug}/kontakt/")
    assert page.status_code == 200 and not page.cookies
    assert 'name="csrfmiddlewaretoken"' not in page.content.decode()
    assert "Ihre Nachricht geht an die Stadtteilkoordination Schillerpromenade." in (
        page.content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/stadtteilkoordination/{office.slug}/kontakt/",
            message(reply_to="anwohnerin@example.org"),
        )
    assert response.status_code == 302 and not response.cookies
    assert response["Location"] == f"/kontakt/danke/?an={office.slug}"
    stored = Message.objects.get()
    assert stored.office == office and stored.text == "Wann ist die nächste Kiezrunde?"
    assert mail.outbox[0].to == [office.email]
    assert mail.outbox[0].reply_to == ["anwohnerin@example.org"]
    assert stored.delivery == Message.Delivery.SENT and stored.sent_to == office.email
    thanks = client.get(response["Location"]).content.decode()
    assert "Ihre Nachricht ist bei der Stadtteilkoordination Schillerpromenade angekommen." in (
        thanks
    )
    staff = client
    staff.force_login(redaktion_user())
    assert (
        "Wann ist die nächste Kiezrunde?"
        in staff.get(f"/admin/coordination/message/{stored.pk}/change/").content.decode()
    )


def test_a_message_to_an_office_without_an_address_goes_to_the_oe_spk_who_forwards_it(
    client, settings, tasks_run, django_capture_on_commit_callbacks
):
    settings.SPK_MESSAGES_TO = "spk@bezirksamt-neukoelln.example"
    office = Office.objects.get(slug="reuterstrasse")
    assert not office.email
    url = f"/stadtteilkoordination/{office.slug}/kontakt/"
    promise = client.get(url).content.decode()
    assert "Ihre Nachricht geht an die OE SPK im Bezirksamt. Sie leitet sie an die " in promise
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, message())
    assert mail.outbox[0].to == ["spk@bezirksamt-neukoelln.example"]
    assert "Stadtteilkoordination Reuterstraße" in mail.outbox[0].body
    assert "bitte weiterleiten" in mail.outbox[0].body and mail.outbox[0].reply_to == []
    thanks = client.get(response["Location"]).content.decode()
    assert "Sie leitet sie an die Stadtteilkoordination Reuterstraße weiter." in thanks


def test_without_any_address_the_message_waits_in_the_admin_and_says_so(
    client, tasks_run, django_capture_on_commit_callbacks
):
    assert not DistrictContact.current().email
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/kontakt/", message(topic="barriere")).status_code == 302
    stored = Message.objects.get()
    assert stored.office is None and mail.outbox == []
    assert stored.delivery == Message.Delivery.NO_ADDRESS


class HungServer:
    """An SMTP connection that times out, as a hung mail server does."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise TimeoutError("timed out")


def test_a_hung_mail_server_never_holds_the_request_and_a_failed_send_shows_to_staff(
    client, settings, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    from coordination.messages import ATTEMPTS
    from coordination.tasks import send_message

    settings.SPK_MESSAGES_TO = "spk@bezirksamt-neukoelln.example"
    settings.EMAIL_BACKEND = "tests.test_writing.HungServer"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/kontakt/", message()).status_code == 302
    stored = Message.objects.get()
    assert stored.attempts == 0  # the request only queued the mail
    assert [result.task.name for result in default_task_backend.results] == ["send_message"]
    for _attempt in range(ATTEMPTS):
        send_message.call(stored.pk)
    stored.refresh_from_db()
    assert stored.delivery == Message.Delivery.FAILED and "timed out" in stored.delivery_note
    client.force_login(redaktion_user())
    assert "Senden fehlgeschlagen" in client.get("/admin/coordination/message/").content.decode()


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
    assert "Behördennummer: Auskunft über alle Berliner Ämter" in reuter
    assert "Zentrale des Bezirksamts: fragen Sie nach der OE SPK" in reuter
    assert 'href="/kontakt/">Schreiben Sie uns' in client.get("/gebaerdensprache/").content.decode()
    assert "/kontakt/?anliegen=barriere" in client.get("/barrierefreiheit/").content.decode()


def test_eight_addresses_of_one_ipv6_network_count_as_one_sender(client):
    from coordination.views.writing import MESSAGES_PER_HOUR

    statuses = []
    for host in range(1, 9):
        address = f"2001:db8:47:11:{host:x}::1"
        response = client.post("/kontakt/", message(), REMOTE_ADDR=address)
        statuses.append(response.status_code)
    assert statuses[:MESSAGES_PER_HOUR] == [302] * MESSAGES_PER_HOUR
    assert set(statuses[MESSAGES_PER_HOUR:]) == {400}
    assert Message.objects.count() == MESSAGES_PER_HOUR
    other_network = client.post("/kontakt/", message(), REMOTE_ADDR="2001:db8:47:12::1")
    assert other_network.status_code == 302


@pytest.mark.parametrize(
    "path",
    ["/admin/auth/user/", "/healthz", "/bezirksregionen/erfunden/", "/api/zustaendigkeit"],
)
def test_page_answers_are_kept_only_for_pages_visitors_can_open(client, path):
    response = client.post("/rueckmeldung/", {"seite": path, "hilfreich": "ja", "hinweis": ""})
    assert response.status_code == 404
    assert not PageFeedback.objects.exists()
    kept = client.post("/rueckmeldung/", {"seite": "/fragen/", "hilfreich": "ja", "hinweis": ""})
    assert kept.status_code == 302 and PageFeedback.objects.get().path == "/fragen/"


@time_machine.travel(datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC))
def test_the_admin_start_page_opens_with_today_new_messages_and_what_goes_live(client):
    from events.models import NewsArticle

    Message.objects.create(text="Die Bank ist kaputt.", delivery=Message.Delivery.FAILED)
    NewsArticle.objects.create(
        title="Kiezfest",
        slug="kiezfest",
        body="<p>Am Samstag.</p>",
        published=True,
        publish_from=datetime.datetime(2026, 12, 6, 8, tzinfo=datetime.UTC),
    )
    client.force_login(redaktion_user())
    page = client.get("/admin/").content.decode()
    today, launch = page.index('id="heute"'), page.index('id="was-fehlt-noch"')
    assert today < launch
    section = page[today:launch]
    assert "1 Nachricht nicht erledigt" in section
    assert "konnte nicht per E-Mail gesendet werden" in section
    assert "Meldung „Kiezfest" in section and "erscheint So, 06.12., 09:00 Uhr" in section
    assert "<details>" in page[launch:]  # the launch list stays, folded


def test_yes_or_no_comes_first_and_the_hint_is_asked_after(client):
    html = client.get("/fragen/").content.decode()
    box = html.split('class="page-feedback"')[1].split("</form>")[0]
    assert 'value="ja"' in box and "<textarea" not in box  # one tap is an answer
    response = client.post("/rueckmeldung/", {"seite": "/fragen/", "hilfreich": "nein"})
    thanks = client.get(response["Location"]).content.decode()
    token = re.search(r'name="antwort" value="([^"]+)"', thanks)[1]
    assert "Was können wir besser machen?" in thanks
    saved = client.post("/rueckmeldung/hinweis/", {"antwort": token, "hinweis": "Zu lang."})
    assert saved.status_code == 302
    assert PageFeedback.objects.get().comment == "Zu lang."
    again = client.post("/rueckmeldung/hinweis/", {"antwort": token, "hinweis": "Noch mehr."})
    assert again.status_code == 400 and PageFeedback.objects.get().comment == "Zu lang."
    forged = client.post("/rueckmeldung/hinweis/", {"antwort": "1:falsch", "hinweis": "x"})
    assert forged.status_code == 400
