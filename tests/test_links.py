"""`manage.py check_links` against a local web server: never the internet."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from coordination.links import check
from coordination.models import FaqEntry, LinkCheck, Office

pytestmark = pytest.mark.django_db

never = threading.Event()  # the slow page waits for this; set when the server stops


class Pages(BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802 (http.server's naming)
        self.answer()

    def do_GET(self):  # noqa: N802
        self.answer()

    def answer(self):
        if self.path == "/langsam":
            never.wait(timeout=30)
        status, location = {
            "/ok": (200, None),
            "/weg": (404, None),
            "/kaputt": (500, None),
            "/umgezogen": (301, "/ok"),
            "/nur-get": (405, None) if self.command == "HEAD" else (200, None),
        }.get(self.path, (404, None))
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    never.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    never.set()
    server.shutdown()
    server.server_close()


def test_each_kind_of_problem_is_named(web):
    assert check(f"{web}/ok", timeout=5) == ("OK", False)
    assert check(f"{web}/nur-get", timeout=5) == ("OK", False)
    assert check(f"{web}/weg", timeout=5) == ("Seite nicht gefunden (404)", True)
    assert check(f"{web}/kaputt", timeout=5) == ("Fehler auf dem Server (500)", True)
    result, broken = check(f"{web}/umgezogen", timeout=5)
    assert result == f"Weiterleitung nach {web}/ok: Link anpassen" and not broken
    assert check(f"{web}/langsam", timeout=0.5) == (
        "Keine Antwort innerhalb von 0.5 Sekunden",
        True,
    )


def test_check_links_finds_the_links_in_staff_content_and_shows_broken_ones(web, admin_client):
    FaqEntry.objects.filter(slug="was-ist-eine-bezirksregion").update(
        answer=f'<p>Siehe <a href="{web}/weg">hier</a> und <a href="{web}/ok">dort</a>.</p>'
    )
    Office.objects.all().update(website=f"{web}/kaputt")
    from coordination.models import DistrictContact, Operator, Page
    from regions.models import Report

    # Only our local server: everything else that holds links points at it too.
    Operator.objects.update(website="")
    DistrictContact.objects.update(website="")
    Page.objects.update(body="<p>Ohne Links.</p>")
    FaqEntry.objects.exclude(slug="was-ist-eine-bezirksregion").update(answer="<p>Text.</p>")
    Report.objects.all().delete()

    call_command("check_links", "--timeout", "5", verbosity=0)
    broken = LinkCheck.objects.filter(broken=True)
    assert {check.url for check in broken} == {f"{web}/weg", f"{web}/kaputt"}
    assert broken.filter(url=f"{web}/kaputt").count() == 4  # each office's website
    assert LinkCheck.objects.get(url=f"{web}/ok").result == "OK"
    html = admin_client.get("/admin/").content.decode()
    assert f"Link {web}/weg: Seite nicht gefunden (404)" in html
