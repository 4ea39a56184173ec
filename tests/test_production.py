"""Production settings: security headers, HTTPS behind a proxy, login throttling, cookies,
the page cache and its invalidation, request logs."""

import logging
import re

import pytest
from django.contrib.auth.models import User

from coordination.models import FaqEntry

from .admin_forms import form_fields
from .processes import base_env, manage, production_env, run_in_django

pytestmark = pytest.mark.django_db


def test_deploy_check_is_clean_under_production_settings():
    result = manage(production_env(), "check", "--deploy", "--fail-level", "WARNING", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def production_response(path, **headers):
    return run_in_django(
        production_env(
            DATABASE_URL="sqlite:////tmp/spk-no-database.sqlite3", CACHE_URL="locmemcache://"
        ),
        f"from django.test import Client; r = Client(HTTP_HOST='localhost', **{headers!r})"
        f".get({path!r}); print(r.status_code); print(dict(r.items()))",
    )


def test_production_responses_carry_the_security_headers():
    status, headers = production_response("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
    assert status == 200  # a request marked https by the proxy is served, not redirected
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=(self)" in headers["Permissions-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_plain_http_is_redirected_to_https_in_production():
    status, headers = production_response("/robots.txt")
    assert status == 301 and headers["Location"].startswith("https://")


def test_admin_url_is_configurable():
    env = base_env(DJANGO_ADMIN_URL="verwaltung-7f3c/", DATABASE_URL="sqlite:////tmp/spk-x.sqlite3")
    status_new, headers = run_in_django(
        env,
        "from django.test import Client; c = Client(HTTP_HOST='localhost');"
        "r = c.get('/verwaltung-7f3c/'); print(r.status_code); print(dict(r.items()))",
    )
    assert status_new == 302 and headers["Location"].startswith("/verwaltung-7f3c/login/")
    status_old, _ = run_in_django(
        env,
        "from django.test import Client; r = Client(HTTP_HOST='localhost').get('/admin/');"
        "print(r.status_code); print({})",
    )
    assert status_old == 404


def login(client, username, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_admin_login_is_throttled_per_address_and_name_with_a_german_message(client, settings):
    User.objects.create_user("redakteurin", password="richtiges-passwort-123", is_staff=True)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "redakteurin", "falsch", address="10.0.1.1")
        last = attempt == settings.AXES_FAILURE_LIMIT - 1
        assert response.status_code == (429 if last else 200)
    locked = login(client, "redakteurin", "richtiges-passwort-123", address="10.0.1.1")
    assert locked.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_stranger_who_knows_an_editors_name_cannot_lock_her_out(client, settings):
    User.objects.create_user("redakteurin", password="richtiges-passwort-123", is_staff=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 2):
        login(client, "redakteurin", "geraten", address="203.0.113.7")
    assert login(client, "redakteurin", "geraten", address="203.0.113.7").status_code == 429
    at_her_desk = login(client, "redakteurin", "richtiges-passwort-123", address="10.0.3.4")
    assert at_her_desk.status_code == 302


def test_behind_the_proxy_the_address_it_saw_counts_not_what_the_client_claims(client, settings):
    settings.PROXY_COUNT = 1
    User.objects.create_user("jemand", password="richtiges-passwort-123", is_staff=True)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # The client invents a new address each time; the proxy appends the real one.
        client.post(
            "/admin/login/?next=/admin/",
            {"username": "jemand", "password": "falsch"},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}, 203.0.113.50",
        )
    locked = client.post(
        "/admin/login/?next=/admin/",
        {"username": "jemand", "password": "richtiges-passwort-123"},
        REMOTE_ADDR="10.9.9.9",
        HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.50",
    )
    assert locked.status_code == 429


def test_no_cookie_for_visitors_a_session_cookie_only_after_login(client):
    for path in [
        "/",
        "/fragen/",
        "/karte/",
        "/bezirksregionen/",
        "/zustaendigkeit/?strasse=Hermannstr",
    ]:
        assert not client.get(path).cookies, path
    User.objects.create_user("redakteur", password="richtiges-passwort-123", is_staff=True)
    response = login(client, "redakteur", "richtiges-passwort-123")
    assert response.status_code == 302
    assert "sessionid" in response.cookies


def test_cached_pages_get_their_security_headers_afresh(client):
    first = client.get("/stadtteilkoordination/schillerpromenade/")
    second = client.get("/stadtteilkoordination/schillerpromenade/")
    assert "X-Page-Cache" not in first and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for response in (first, second):
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert "nonce" not in response["Content-Security-Policy"]


def test_a_staff_edit_is_visible_on_the_next_request(
    client, admin_client, django_capture_on_commit_callbacks
):
    assert "Bezirksregion?" in client.get("/fragen/").content.decode()
    assert client.get("/fragen/")["X-Page-Cache"] == "hit"

    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    url = f"/admin/coordination/faqentry/{entry.pk}/change/"
    fields = form_fields(admin_client.get(url).content.decode(), "faqentry_form")
    fields["question_de"] = "Was genau ist eine Bezirksregion?"
    with django_capture_on_commit_callbacks(execute=True):  # the admin's commit
        assert admin_client.post(url, fields).status_code == 302

    response = client.get("/fragen/")
    assert "X-Page-Cache" not in response
    assert "Was genau ist eine Bezirksregion?" in response.content.decode()


def test_cached_geojson_still_answers_conditional_requests(client):
    first = client.get("/api/bezirksregionen.geojson")
    cached = client.get("/api/bezirksregionen.geojson", HTTP_IF_NONE_MATCH=first["ETag"])
    assert cached.status_code == 304


def test_staff_never_get_cached_pages(client, admin_client):
    client.get("/impressum/")
    assert client.get("/impressum/")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in admin_client.get("/impressum/")


def test_one_log_line_per_request_with_status_and_duration_but_no_query(client, caplog):
    with caplog.at_level(logging.INFO, logger="spk_site.requests"):
        client.get("/zustaendigkeit/", {"strasse": "Karl-Marx-Straße", "hausnummer": "83"})
    lines = [record.getMessage() for record in caplog.records if record.name == "spk_site.requests"]
    assert len(lines) == 1
    assert re.fullmatch(r"GET /zustaendigkeit/ 200 \d+\.\dms", lines[0])
    assert "Karl" not in lines[0]


def test_a_request_log_line_stays_one_line_whatever_the_path(client, caplog):
    with caplog.at_level(logging.INFO, logger="spk_site.requests"):
        client.get("/fragen/%0A2026-01-01 INFO spk_site.requests GET /admin/ 200")
    lines = [record.getMessage() for record in caplog.records if record.name == "spk_site.requests"]
    assert len(lines) == 1 and "\n" not in lines[0]
    assert "\\n2026-01-01" in lines[0]


def test_production_refuses_to_start_when_messages_would_reach_nobody():
    without_mail = manage(production_env(), "check_mail_setup", check=False)
    assert without_mail.returncode != 0 and "Kein Mailserver eingestellt" in without_mail.stderr
    without_address = manage(
        production_env(EMAIL_URL="smtp://mail.example.org:25"), "check_mail_setup", check=False
    )
    assert without_address.returncode != 0 and "SPK_MESSAGES_TO fehlt" in without_address.stderr
    ready = manage(
        production_env(EMAIL_URL="smtp://mail.example.org:25", SPK_MESSAGES_TO="spk@example.org"),
        "check_mail_setup",
    )
    assert "mail.example.org" in ready.stdout


def test_the_health_check_names_a_mail_server_that_does_not_answer(client, settings):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    response = client.get("/healthz")
    assert response.status_code == 207
    assert response.json()["mail"] == f"unavailable (127.0.0.1:{port})"
    assert response.json()["database"] == "ok"
