import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import path

from spk_site import urls as site_urls

PROJECT = Path(__file__).resolve().parent.parent


def run_python(code, **env):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "spk_site.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_start_page_is_german_with_skip_link_and_navigation(client, db):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in html
    assert '<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>' in html
    assert '<main id="inhalt"' in html
    for label in ["Start", "Fragen &amp; Antworten", "Bezirksregionen", "Stadtteilkoordination"]:
        assert label in html
    assert 'aria-current="page">Start</a>' in html
    for footer_link in ["/impressum/", "/datenschutz/", "/barrierefreiheit/", "/datenquellen/"]:
        assert f'href="{footer_link}"' in html
    assert "Wer hilft mir in meinem Kiez?" in html


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/", "/"),
        ("/fragen/", "/fragen/"),
        ("/aktuelles/", "/termine/"),
        ("/ar/", "/ar/"),
        ("/ar/fragen/", "/ar/fragen/"),
        ("/tr/bezirksregionen/schillerpromenade/", "/tr/bezirksregionen/"),
        ("/impressum/", None),
        ("/ar/impressum/", None),
    ],
)
def test_the_menu_marks_exactly_the_section_of_the_page_in_every_language(
    client, db, path, current
):
    html = client.get(path).content.decode()
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.DOTALL).group(0)
    marked = re.findall(r'<a href="([^"]+)" aria-current="page">', menu)
    assert marked == ([current] if current else [])


def test_the_layout_is_rendered_once_per_language_and_section_not_per_request(client, db):
    """Header, menu and footer are the same on every page of a language and menu section: a
    never-cached page (the lookup) renders only what depends on it."""
    client.get("/zustaendigkeit/?strasse=Karl-Marx-Stra%C3%9Fe&hausnummer=83")
    again = client.get("/zustaendigkeit/?strasse=Sonnenallee&hausnummer=50")
    assert "includes/main_nav.html" not in [template.name for template in again.templates]
    html = again.content.decode()
    assert '<a href="/zustaendigkeit/" aria-current="page">' in html
    assert 'href="/ar/zustaendigkeit/?strasse=Sonnenallee&amp;hausnummer=50"' in html
    arabic = client.get("/ar/zustaendigkeit/?strasse=Sonnenallee&hausnummer=50")
    assert "includes/main_nav.html" in [template.name for template in arabic.templates]
    assert '<a href="/ar/zustaendigkeit/" aria-current="page">' in arabic.content.decode()


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_healthz_answers_503_when_the_database_does_not():
    # A real database that does not answer: nothing listens on port 1.
    result = run_python(
        "import django; django.setup();"
        "from django.test import Client;"
        "print(Client(HTTP_HOST='localhost').get('/healthz').status_code)",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/nothing",
        DATABASE_CONN_MAX_AGE="0",
    )
    assert result.stdout.strip().splitlines()[-1] == "503", result.stderr


def test_unknown_page_gets_the_german_404_in_the_layout(client, db):
    response = client.get("/diese-seite-gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden (Fehler 404)" in html
    assert 'class="site-header"' in html


def test_request_for_a_foreign_host_gets_the_german_400(client, db):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Ungültige Anfrage (Fehler 400)" in response.content.decode()


def broken_view(request):
    raise RuntimeError("kaputt")


urlpatterns = [path("kaputt/", broken_view), *site_urls.urlpatterns]


@pytest.mark.urls("tests.test_foundation")
def test_server_error_shows_the_german_500_page_without_traceback(client, db):
    client.raise_request_exception = False
    response = client.get("/kaputt/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Technischer Fehler (Fehler 500)" in html
    assert "RuntimeError" not in html and "Traceback" not in html


def test_production_refuses_the_development_secret_key():
    result = run_python(
        "import django; django.setup()", DJANGO_ENV="production", DJANGO_ALLOWED_HOSTS="x.example"
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = run_python(
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS > 0)",
        DJANGO_ENV="production",
        DJANGO_ALLOWED_HOSTS="x.example",
        DJANGO_SECRET_KEY="k" * 30 + "-secret-for-this-test-only-1234567890",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True True"


def test_cache_url_selects_redis(settings):
    result = run_python(
        "from django.conf import settings; from django.core.cache import cache;"
        "cache.set('spk-probe', 42);"
        "print(settings.CACHES['default']['BACKEND'], cache.get('spk-probe'))",
        CACHE_URL="redis://127.0.0.1:6379/3",
    )
    assert result.stdout.split() == ["spk_site.cache_backend.ResilientRedisCache", "42"], (
        result.stderr
    )


def test_pages_send_a_content_security_policy_without_unsafe_inline_scripts(client, db):
    policy = client.get("/").headers["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in policy


def external_sources(policy):
    sources = set()
    for directive in policy.split(";"):
        for source in directive.split()[1:]:
            if source.startswith("http"):
                sources.add(source)
    return sources


def test_csp_allows_images_from_the_tile_host_and_nothing_else_external(client, db, settings):
    policy = client.get("/karte/").headers["Content-Security-Policy"]
    assert external_sources(policy) == {"https://tile.openstreetmap.org"}
    img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
    assert "https://tile.openstreetmap.org" in img_src


def test_tile_server_is_configurable_and_keeps_strict_origin_referrers():
    result = run_python(
        "import django; django.setup(); from django.conf import settings;"
        "from django.test import Client;"
        "policy = Client(HTTP_HOST='localhost').get('/healthz').headers['Content-Security-Policy'];"
        "tile = settings.LEAFLET_CONFIG['TILES'][0];"
        "print(tile[1], tile[2]['referrerPolicy'], tile[2]['maxZoom'],"
        "      'https://tiles.example.org' in policy)",
        MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png",
        MAP_MAX_ZOOM="17",
    )
    assert result.stdout.split() == [
        "https://tiles.example.org/{z}/{x}/{y}.png",
        "strict-origin",
        "17",
        "True",
    ], result.stderr


def test_shipped_data_is_loaded_once_and_never_over_staff_work(db):
    from django.core.management import call_command

    from coordination.models import FaqEntry, Office

    Office.objects.all().delete()  # an editor removed every office …
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    entry.question = "Eigene Frage der Redaktion"
    entry.save()
    call_command("load_site_data", verbosity=0)  # … and `make run` starts again
    assert not Office.objects.exists()
    assert FaqEntry.objects.get(pk=entry.pk).question == "Eigene Frage der Redaktion"


def test_every_shipped_fixture_belongs_to_one_apps_step_in_load_order():
    """Each app declares its shipped data (<app>/site_data.py); together they load every file
    in fixtures/ once, the geography first because everything refers to it."""
    from spk_site.site_data import FIXTURE_DIR, fixture_steps

    steps = fixture_steps()
    loaded = [name for step in steps for name in (*step.files, step.loader_file) if name]
    shipped = sorted(p.name for p in FIXTURE_DIR.iterdir() if p.suffix in {".json", ".csv"})
    assert sorted(loaded) == shipped
    assert [step.app for step in steps][:2] == ["regions", "regions"]
    for step in steps:
        app = step.app
        labels = [label for export in step.exports for label, _filter in export.models]
        assert all(label.startswith(app + ".") for label in labels)


def test_every_model_change_has_its_migration(db):
    """A help text changed without its migration failed CI once; the suite says so first."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit:
        pytest.fail("Fehlende Migration:\n" + out.getvalue())
