"""The page cache as a policy: only what every visitor sees alike, under keys the view
controls, never what a visitor typed or where they are, fresh after every commit, and a site
that keeps serving when the cache is gone."""

import re
import secrets
import socket
import threading
import urllib.request
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction

from coordination.models import FaqEntry
from regions.models import Planungsraum

from .processes import (
    PROJECT,
    base_env,
    collect_static,
    gunicorn,
    prepare,
    production_env,
    run_in_django,
    scratch_database,
    session_database_url,
)

DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def page_entries():
    """Keys of cached pages in the local-memory cache the tests run on."""
    return [key for key in cache._cache if ":page:" in key]


class Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inline_executable = []
        self.nonces = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "nonce" in attrs:
            self.nonces.append(tag)
        if tag == "script" and "src" not in attrs and attrs.get("type") not in DATA_SCRIPT_TYPES:
            self.inline_executable.append(attrs)


@pytest.mark.xdist_group("public-pages")
def test_no_public_page_has_a_nonce_or_an_inline_script(public_pages):
    assert len(public_pages) > 20
    for path, response in public_pages.items():
        assert response.status_code == 200, path
        html = response.content.decode()
        assert "nonce=" not in html, path
        scripts = Scripts()
        scripts.feed(html)
        assert scripts.inline_executable == [], path
        assert "nonce" not in response["Content-Security-Policy"], path


@pytest.mark.django_db
def test_random_query_strings_add_at_most_a_handful_of_cache_entries(client):
    cache.clear()
    for path in ["/", "/fragen/", "/kieze-in-zahlen/", "/api/bezirksregionen.geojson"]:
        client.get(path)
    before = len(page_entries())
    assert before == 4
    for number in range(60):
        token = secrets.token_hex(6)
        client.get(
            [
                f"/kieze-in-zahlen/?r={token}",
                f"/?utm_source={token}",
                f"/fragen/?{token}=1",
                f"/kieze-in-zahlen/?bezirksregion={token}&bezirksregion=081001",
                f"/api/bezirksregionen.geojson?v={token}",
                f"/zustaendigkeit/?strasse={token}",
            ][number % 6]
        )
    assert len(page_entries()) - before <= 3


def crafted_queries(count):
    """Known parameters repeated, doubled, reordered and mixed with known values."""
    values = {
        "art": ["kita", "stadtteilzentrum", ""],
        "bezirksregion": ["reuterstrasse", "britz", ""],
        "zeitraum": ["woche", "monat", ""],
    }
    for number in range(count):
        repeat = 2 + number % 7
        name = ["art", "bezirksregion", "zeitraum"][number % 3]
        value = values[name][number % 3]
        parts = [f"{name}={value}"] * repeat
        if number % 2:
            parts.insert(number % repeat, f"{name}={values[name][(number + 1) % 3]}")
        yield "&".join(parts)


@pytest.mark.django_db
def test_a_flood_of_500_crafted_urls_with_known_parameters_adds_a_handful_of_keys(rf):
    """A query with anything but the known parameters, each once, leads to the canonical
    address and never makes an entry of its own, so a flood cannot fill the caches."""
    from spk_site.caching import _page_key, _parameters

    single = frozenset({"art", "bezirksregion", "zeitraum", "stadtteilkoordination"})
    keys = set()
    for query in crafted_queries(500):
        for path in ["/einrichtungen/", "/termine/"]:
            parameters, canonical = _parameters(rf.get(f"{path}?{query}"), single, frozenset())
            assert canonical is not None and canonical.startswith(path)
            keys.add(canonical)
    assert len(keys) <= 2 * len(single) * 20  # a bounded set of real pages
    found = set()
    for query in ["art=kita&bezirksregion=britz", "bezirksregion=britz&art=kita"]:
        request = rf.get(f"/einrichtungen/?{query}")
        parameters, canonical = _parameters(request, single, frozenset())
        assert canonical is None
        found.add(_page_key(request, parameters))
    assert len(found) == 1  # one entry, whatever the order


@pytest.mark.django_db
def test_unknown_or_repeated_parameters_lead_to_the_page_of_the_known_ones_without_a_render(
    client, django_assert_num_queries
):
    cache.clear()
    assert client.get("/einrichtungen/?art=kita").status_code == 200
    before = len(page_entries())
    with django_assert_num_queries(0):  # no render: nothing is read
        for query in ["art=kita&art=kita", "art=kita&utm_source=x", "art=kita&zeitraum=1"]:
            response = client.get(f"/einrichtungen/?{query}")
            assert (
                response.status_code == 301 and response["Location"] == "/einrichtungen/?art=kita"
            )
    assert len(page_entries()) == before


@pytest.mark.django_db
def test_the_cache_key_holds_the_validated_host(client):
    cache.clear()
    odd = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:6666").content.decode()
    assert "http://127.0.0.1:6666/" in odd
    usual = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert "X-Page-Cache" not in usual  # another host: its own entry, rendered afresh
    assert ":6666" not in usual.content.decode()
    assert client.get("/sitemap.xml", HTTP_HOST="evil.example").status_code == 400
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


@pytest.mark.django_db
def test_the_same_selection_in_another_order_shares_one_entry(client):
    cache.clear()
    first = client.get("/kieze-in-zahlen/?bezirksregion=081003&bezirksregion=081001")
    second = client.get("/kieze-in-zahlen/?bezirksregion=081001&bezirksregion=081003")
    assert "X-Page-Cache" not in first and second["X-Page-Cache"] == "hit"
    assert len(page_entries()) == 1


@pytest.mark.django_db
def test_lookup_answers_and_positions_are_never_cached(client):
    cache.clear()
    for _ in range(2):
        assert client.get("/api/region-at", {"lat": "52.48123", "lon": "13.43456"}).status_code
        client.get("/api/zustaendigkeit", {"lat": "52.48123", "lon": "13.43456"})
        client.get("/api/zustaendigkeit", {"strasse": "Weserstr", "hausnummer": "17"})
        client.get("/zustaendigkeit/", {"strasse": "Weserstr", "hausnummer": "17"})
        client.get("/zustaendigkeit/", {"lat": "52.48123", "lon": "13.43456"})
        client.get("/api/strassen", {"q": "Weser"})
    assert page_entries() == []
    stored = repr([cache.get(key.split(":", 2)[-1]) for key in list(cache._cache)])
    assert "52.48123" not in stored and "Weser" not in stored


def test_an_edit_committed_late_is_what_the_next_visitor_gets(site_url, live_db):
    """A FAQ saved in a transaction that commits after another visitor's request: that
    request rendered the old text, and the next one must not get it from the cache. (Not in a
    test transaction: the live server must see the commit.)"""

    def fetch():
        with urllib.request.urlopen(site_url + "/fragen/", timeout=30) as response:  # noqa: S310
            return response.read().decode(), response.headers.get("X-Page-Cache")

    with live_db():
        entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
        original = entry.question
        try:
            fetch()
            with transaction.atomic():
                entry.question = "Was ist eine Bezirksregion genau?"
                entry.save()
                html, _ = fetch()  # another visitor, while the edit is not committed yet
                assert original in html
            html, hit = fetch()
            assert "Was ist eine Bezirksregion genau?" in html and hit is None
        finally:
            entry.question = original
            entry.save()


@pytest.mark.django_db
def test_without_a_reachable_cache_pages_are_served_with_all_headers(django_db_setup):
    env = production_env(
        DATABASE_URL=session_database_url(),
        CACHE_URL="redis://127.0.0.1:1/0",  # nothing listens on port 1
    )
    collect_static(env)  # production pages need the manifest
    status, headers = run_in_django(
        env,
        "from django.test import Client; c = Client(HTTP_HOST='localhost', "
        "HTTP_X_FORWARDED_PROTO='https'); r = c.get('/'); assert b'Stadtteilkoordination' "
        "in r.content; print(r.status_code); print(dict(r.items()))",
    )
    assert status == 200
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    status, body = run_in_django(
        env,
        "import json; from django.test import Client; r = Client(HTTP_HOST='localhost', "
        "HTTP_X_FORWARDED_PROTO='https').get('/healthz'); print(r.status_code); "
        "print(json.loads(r.content))",
    )
    assert status == 207  # degraded but serving: the load balancer keeps the server
    assert body == {"status": "degraded", "database": "ok", "cache": "unavailable"}


class HungRedis:
    """A server that accepts connections and never answers (a stopped Redis process whose
    socket is still open); it counts the connections it was offered."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)  # kept open, never read, never answered

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


def test_a_hung_cache_is_asked_once_then_left_alone_while_pages_are_served(django_db_setup):
    hung = HungRedis()
    try:
        env = production_env(
            DATABASE_URL=session_database_url(), CACHE_URL=f"redis://127.0.0.1:{hung.port}/0"
        )
        collect_static(env)
        status, result = run_in_django(
            env,
            "from django.conf import settings; from django.test import Client; "
            "c = Client(HTTP_HOST='localhost', HTTP_X_FORWARDED_PROTO='https'); "
            "pages = [c.get(p).status_code for p in ['/', '/fragen/', '/', '/karte/']]; "
            "health = c.get('/healthz'); "
            "print(health.status_code); print({'pages': pages, 'health': health.json(), "
            "'timeout': settings.CACHES['default']['OPTIONS']['SOCKET_TIMEOUT']})",
        )
    finally:
        hung.close()
    assert result["pages"] == [200, 200, 200, 200]
    assert status == 207 and result["health"]["cache"] == "unavailable"
    assert result["timeout"] <= 0.05  # what the one call that found it hung could cost
    # The first cache call found it hung; the breaker kept every later request from asking.
    assert len(hung.connections) == 1


@pytest.mark.django_db
def test_a_cached_page_lives_no_longer_than_until_the_next_scheduled_entry_appears(client):
    import datetime

    import time_machine
    from django.utils import timezone

    from events.models import NewsArticle

    start = timezone.now()
    NewsArticle.objects.create(
        title="Gleich erscheint es",
        slug="gleich",
        body="<p>x</p>",
        published=True,
        publish_from=start + datetime.timedelta(minutes=2),
    )
    with time_machine.travel(start, tick=False):
        assert "Gleich erscheint es" not in client.get("/aktuelles/").content.decode()
        assert client.get("/aktuelles/")["X-Page-Cache"] == "hit"
    # Well within PAGE_CACHE_SECONDS, but past the moment the article appears:
    with time_machine.travel(start + datetime.timedelta(minutes=3), tick=False):
        response = client.get("/aktuelles/")
        assert response.get("X-Page-Cache") != "hit"
        assert "Gleich erscheint es" in response.content.decode()


@pytest.mark.django_db
def test_a_kept_page_tells_shared_caches_the_seconds_left_until_the_next_scheduled_entry(
    client, settings
):
    """The next scheduled moment is kept with the page: a hit counts down to it without
    asking the database or the topic versions again."""
    import datetime

    import time_machine
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from events.models import NewsArticle

    settings.PROXY_CACHE_SECONDS = 300
    start = timezone.now().replace(microsecond=0)
    NewsArticle.objects.create(
        title="Bald",
        slug="bald",
        body="<p>x</p>",
        published=True,
        publish_from=start + datetime.timedelta(seconds=100),
    )
    with time_machine.travel(start, tick=False):
        first = client.get("/aktuelles/")
        assert "s-maxage=100" in first["Cache-Control"]
    with time_machine.travel(start + datetime.timedelta(seconds=60), tick=False):
        with CaptureQueriesContext(connection) as queries:
            hit = client.get("/aktuelles/")
        assert hit["X-Page-Cache"] == "hit" and "s-maxage=40" in hit["Cache-Control"]
        assert len(queries) == 0


@pytest.mark.django_db
def test_pages_everyone_sees_alike_say_a_shared_cache_may_keep_them_briefly(client, settings):
    settings.PROXY_CACHE_SECONDS = 30
    page = client.get("/fragen/")
    assert "public" in page["Cache-Control"] and "s-maxage=30" in page["Cache-Control"]
    again = client.get("/fragen/")
    assert again["X-Page-Cache"] == "hit" and "s-maxage=30" in again["Cache-Control"]
    typed = client.get("/zustaendigkeit/", {"strasse": "Weserstr", "hausnummer": "17"})
    assert "no-store" in typed["Cache-Control"] and "public" not in typed["Cache-Control"]
    near = client.get("/einrichtungen/", {"strasse": "Weserstr", "hausnummer": "17"})
    assert "public" not in near["Cache-Control"]
    chosen = client.get("/kieze-in-zahlen/?planungsraum=08100101&planungsraum=08100102")
    assert "private" in chosen["Cache-Control"]


@pytest.mark.django_db
def test_a_made_up_session_cookie_is_a_visitor_and_staff_get_private_fresh_pages(
    client, admin_client
):
    client.get("/fragen/")
    client.cookies["sessionid"] = "ausgedacht"
    forged = client.get("/fragen/")
    assert forged["X-Page-Cache"] == "hit" and "public" in forged["Cache-Control"]
    staff = admin_client.get("/fragen/")
    assert "X-Page-Cache" not in staff and "private" in staff["Cache-Control"]


@pytest.mark.django_db
def test_hosts_differing_in_case_trailing_dot_or_default_port_share_one_entry(client, settings):
    settings.ALLOWED_HOSTS = ["spk.example.org"]
    client.get("/fragen/", HTTP_HOST="spk.example.org")
    for host in ["SPK.example.org", "spk.example.org.", "spk.example.org:80", "Spk.Example.Org."]:
        assert client.get("/fragen/", HTTP_HOST=host)["X-Page-Cache"] == "hit", host


@pytest.mark.django_db
def test_a_thousand_crafted_comparisons_leave_the_rate_limit_intact(client, rf):
    """Through the page cache's policy as Kieze in Zahlen is wrapped (a page as large as the
    real one, without the cost of rendering it 1,000 times): no entry, no eviction."""
    from django.http import HttpResponse

    from coordination.views.writing import MESSAGES_PER_HOUR
    from regions.comparison_views import kept_selection
    from spk_site.caching import cached_for_visitors

    from .test_writing import message

    assert client.post("/kontakt/", message()).status_code == 302  # one counted already
    page = cached_for_visitors(lists=("bezirksregion", "planungsraum"), cache_when=kept_selection)(
        lambda request: HttpResponse("x" * 92_000)
    )
    codes = [area.code for area in Planungsraum.objects.order_by("code")]
    for number in range(1000):
        chosen = [codes[number % len(codes)], codes[(number * 7 + 1) % len(codes)]]
        request = rf.get("/kieze-in-zahlen/", {"planungsraum": chosen})
        request.user = AnonymousUser()
        assert "private" in page(request)["Cache-Control"]
    assert page_entries() == []
    statuses = [client.post("/kontakt/", message()).status_code for _ in range(8)]
    assert statuses[: MESSAGES_PER_HOUR - 1] == [302] * (MESSAGES_PER_HOUR - 1)
    assert set(statuses[MESSAGES_PER_HOUR - 1 :]) == {400}


def test_make_runs_processes_share_one_cache_so_a_command_beside_the_server_shows_at_once(
    django_db_setup,
):
    """`make run`'s server and a command run beside it (here: news saved from a shell, as an
    import or the task worker would) are two processes; the page the server cached must not
    outlive the change."""
    makefile = (PROJECT / "Makefile").read_text()
    run_env = dict(re.findall(r"^run: export (\w+) \?= (\S+)$", makefile, re.MULTILINE))
    assert run_env["CACHE_URL"].startswith(("dbcache://", "redis://"))
    with scratch_database() as url:
        env = base_env(DATABASE_URL=url, **run_env)  # development settings, as `make run`
        prepare(env)
        with gunicorn(env) as base:

            def news_page():
                with urllib.request.urlopen(base + "/aktuelles/", timeout=10) as response:  # noqa: S310
                    return response.read().decode()

            before = news_page()
            assert news_page() == before  # answered from the cache
            title = f"Neu aus der Shell {secrets.token_hex(4)}"
            run_in_django(
                env,
                "from events.models import NewsArticle\n"
                f"NewsArticle.objects.create(title={title!r}, slug='neu-aus-der-shell', "
                "body='<p>Nebenan gespeichert.</p>', published=True)\n"
                "print(200)\nprint({})",
            )
            assert title not in before
            assert title in news_page()
