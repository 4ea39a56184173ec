"""Bezirksregionenprofile: the figures recomputed from the fixtures on their own, the same
figures as the other pages and downloads, staff texts, the PDF (opened with pypdf), the
stored builds and the ZIP, and the new data behind them (half-years, green registers)."""

import csv
import datetime
import io
import json
import re
import zipfile
from collections import defaultdict
from html import unescape
from pathlib import Path

import pytest
import time_machine
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from pypdf import PdfReader

from coordination.models import FaqEntry
from places.green import import_green
from places.models import GreenSpace
from profiles import pdf, tasks
from profiles.figures import build_profile
from profiles.models import ProfileBuild, ProfileText
from regions.figures.table import figure_table
from regions.imports.population import import_population
from regions.models import Bezirksregion, IndicatorRelease, IndicatorValue, Planungsraum
from spk_site.content_version import PerVersion
from spk_site.imports import DataImportError

from .admin_forms import form_fields
from .factories import redaktion_user

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCHILLER = "schillerpromenade"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


# --- the figures, recomputed from the fixture files without the site's code -----------------
def _from_fixtures():
    rows = json.loads((FIXTURES / "regions.json").read_text(encoding="utf-8"))
    by_model = defaultdict(list)
    for row in rows:
        by_model[row["model"]].append(row)
    regions = {row["pk"]: row["fields"]["code"] for row in by_model["regions.bezirksregion"]}
    plr_region = {
        row["fields"]["code"]: regions[row["fields"]["bezirksregion"]]
        for row in by_model["regions.planungsraum"]
    }
    values = defaultdict(lambda: defaultdict(float))  # (key, date) -> region code -> sum
    with open(FIXTURES / "indicator_values.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if row["planungsraum"] and row["wert"]:
                region = plr_region[row["planungsraum"]]
                values[(row["indikator"], row["stichtag"])][region] += float(row["wert"])
    return values


def _newest(values, key):
    return values[(key, max(date for k, date in values if k == key))]


def test_every_profile_figure_equals_an_independent_computation_from_the_fixtures():
    values = _from_fixtures()
    residents_dates = sorted(date for key, date in values if key == "einwohner")
    assert residents_dates[0] == "2021-06-30" and residents_dates[-1] == "2025-12-31"
    assert len(residents_dates) == 9  # eight half-years and the newest register
    residents = values[("einwohner", residents_dates[-1])]
    first = values[("einwohner", residents_dates[0])]
    green, play = _newest(values, "gruenflaeche"), _newest(values, "spielflaeche_netto")
    places, children = _newest(values, "kita_plaetze"), _newest(values, "alter_unter_6")
    young = [_newest(values, key) for key in ("alter_unter_6", "alter_6_bis_15", "alter_15_bis_18")]
    ranking = sorted(residents.values(), reverse=True)
    assert len(residents) == 12
    for region in Bezirksregion.objects.all():
        code = region.code
        profile = build_profile(region, region.planungsraeume.order_by("code"))
        shown = {row.column.key: row for row in profile.overview}
        expected = {
            "einwohner": f"{residents[code]:,.0f}".replace(",", "."),
            "veraenderung_einwohner": _de(100 * (residents[code] - first[code]) / first[code]),
            "anteil_unter_18": _de(100 * sum(part[code] for part in young) / residents[code]),
            "kita_plaetze_je_100_kinder": _de(100 * places[code] / children[code]),
            "gruenflaeche_je_einwohner": _de(green[code] / residents[code]),
            "spielflaeche_je_einwohner": _de(play[code] / residents[code], 2),
        }
        for key, text in expected.items():
            assert shown[key].value.startswith(text), (region.name, key, shown[key].value, text)
        assert shown["einwohner"].rank == (1 + ranking.index(residents[code]), 12)
        series = [point["value"] for point in profile.population["series"]]
        assert series[0] == f"{first[code]:,.0f}".replace(",", ".")
        assert len(series) == 9


def _de(number, decimals=1):
    """As Germans write it: 1.234,5 and a real minus sign."""
    text = f"{number:,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return text.replace("-", "\u2212")


def test_the_britzer_garten_charges_entry_and_is_not_public_green_area():
    garden = GreenSpace.objects.get(name="Britzer Garten")
    assert garden.charges_entry
    table = figure_table.get()
    plr = garden.planungsraum.code
    others = sum(
        space.area_m2
        for space in GreenSpace.objects.filter(planungsraum=garden.planungsraum, kind="gruenanlage")
        if not space.charges_entry
    )
    assert table.value("gruenflaeche", plr).value == pytest.approx(others)
    assert table.value("gruenflaeche", plr).value < garden.area_m2


def test_profile_figures_are_those_of_the_region_page_kieze_in_zahlen_and_the_csv(client):
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/kieze-in-zahlen/bezirksregionen.csv").content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    by_code = {row["code"]: row for row in rows}
    for region in Bezirksregion.objects.order_by("code"):
        profile_page = unescape(
            client.get(f"/bezirksregionen/{region.slug}/profil/").content.decode()
        )
        region_page = unescape(client.get(f"/bezirksregionen/{region.slug}/").content.decode())
        profile = build_profile(region, region.planungsraeume.order_by("code"))
        for row in profile.overview:
            cell = f'<bdi dir="ltr">{row.value}'
            assert cell in profile_page, (region.name, row.column.key)
            if row.column.key_figure:
                assert cell in region_page, (region.name, row.column.key)
            download = by_code[region.code][row.column.key]
            if download and row.known and not row.column.categories:
                number = float(download.lstrip("'").replace(",", "."))
                decimals = row.column.decimals
                assert row.value.startswith(_de(number, decimals)), (region.name, row.column.key)


def test_all_thirteen_profiles_answer_in_german_and_one_in_each_language(client):
    assert client.get("/bezirksregionen/profil/").status_code == 200
    for region in Bezirksregion.objects.all():
        response = client.get(f"/bezirksregionen/{region.slug}/profil/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Teil I: Beschreibung und Bewertung" in html and "Quellen und Stand" in html
    for code in ("en", "tr", "ar"):
        response = client.get(f"/{code}/bezirksregionen/{SCHILLER}/profil/")
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.content.decode()
    assert client.get("/bezirksregionen/gibt-es-nicht/profil/").status_code == 404
    assert client.get("/bezirksregionen/gibt-es-nicht/profil.pdf").status_code == 404


def test_a_profile_page_needs_a_bounded_number_of_queries(client):
    client.get(f"/bezirksregionen/{SCHILLER}/profil/")  # the figure table, computed once
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/bezirksregionen/{SCHILLER}/profil/").status_code == 200
    assert len(queries) <= 30, [query["sql"][:80] for query in queries]
    with CaptureQueriesContext(connection) as queries:  # cached for visitors
        assert client.get(f"/bezirksregionen/{SCHILLER}/profil/").status_code == 200
    assert len(queries) <= 2


def test_the_population_gap_to_2025_is_drawn_as_a_gap_not_a_line(client):
    page = client.get(f"/bezirksregionen/{SCHILLER}/profil/").content.decode()
    chart = page[page.index('<figure class="profile__chart">') :]
    chart = chart[: chart.index("</figure>")]
    segments = re.findall(r'<polyline class="chart-line" points="([^"]+)"', chart)
    assert [len(points.split()) for points in segments] == [8, 1]  # half-years, then 2025
    assert 'class="chart-gap"' in chart


def test_sentences_are_generated_from_the_figures():
    region = Bezirksregion.objects.get(slug=SCHILLER)
    with translation.override("de"):
        profile = build_profile(region, region.planungsraeume.order_by("code"))
    table = figure_table.get()
    change = table.value("veraenderung_einwohner", region.code).value
    word = "gestiegen" if change > 0 else "gesunken"
    assert f"um {_de(abs(change))} % {word}" in profile.population["sentence"]
    assert "In ganz Neukölln" in profile.population["sentence"]
    green = table.value("gruenflaeche_je_einwohner", region.code).value
    assert f"{_de(green)} m²" in profile.green["sentences"][0]
    assert ("mehr als" if green >= 6 else "weniger als") in profile.green["sentences"][0]


# --- staff texts ---------------------------------------------------------------------------
def test_staff_texts_appear_only_when_published_and_in_the_readers_language(client):
    region = Bezirksregion.objects.get(slug=SCHILLER)
    url = f"/bezirksregionen/{SCHILLER}/profil/"
    assert "noch nicht veröffentlicht" in client.get(url).content.decode()
    text = ProfileText.objects.create(
        bezirksregion=region,
        part=ProfileText.Part.NEEDS,
        body_de="<p>Mehr Sitzbänke an der Quartiersbühne.</p>",
        body_en="<p>More benches at the neighbourhood stage.</p>",
        written_with="Stadtteilkonferenz",
        published=False,
    )
    cache.clear()
    assert "Quartiersbühne" not in client.get(url).content.decode()
    text.published = True
    text.save()
    cache.clear()
    page = client.get(url).content.decode()
    assert "Mehr Sitzbänke an der Quartiersbühne." in page and "Handlungsbedarfe" in page
    assert "noch nicht veröffentlicht" not in page
    assert "More benches at the neighbourhood stage." in client.get(f"/en{url}").content.decode()
    arabic = client.get(f"/ar{url}").content.decode()  # no Arabic yet: German, marked as such
    assert '<div class="rich-text" lang="de" dir="ltr"><p>Mehr Sitzbänke' in arabic
    assert "translation-note" in arabic.split("Mehr Sitzbänke")[0].rsplit("<h3>", 1)[1]


def test_a_second_text_for_the_same_part_is_refused_in_german(client):
    client.force_login(redaktion_user())
    region = Bezirksregion.objects.get(slug=SCHILLER)
    ProfileText.objects.create(bezirksregion=region, part=ProfileText.Part.NEEDS, body="<p>a</p>")
    response = client.post(
        "/admin/profiles/profiletext/add/",
        {"bezirksregion": region.pk, "part": ProfileText.Part.NEEDS, "body_de": "<p>b</p>"},
    )
    assert response.status_code == 200
    assert "Diesen Teil gibt es für dieses Profil schon" in response.content.decode()
    assert ProfileText.objects.count() == 1


def test_the_admin_lists_each_region_with_its_profile_link_and_last_build(client, media):
    client.force_login(redaktion_user())
    ProfileBuild.objects.create(
        key=SCHILLER,
        language="de",
        inputs="1",
        size=1,
        pages=1,
        seconds=1,
        file=ContentFile(b"%PDF", name="x.pdf"),
    )
    page = client.get("/admin/regions/bezirksregion/").content.decode()
    assert f'href="/bezirksregionen/{SCHILLER}/profil/"' in page
    assert "noch nie" in page  # the other regions
    assert re.search(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr", page)


# --- the PDF --------------------------------------------------------------------------------
def test_the_pdf_is_tagged_with_language_title_bookmarks_fonts_and_the_figures(client, media):
    pdf.build(SCHILLER, SCHILLER, "de")
    response = client.get(f"/bezirksregionen/{SCHILLER}/profil.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    assert len(data) < 2_000_000
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "de"
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == "Bezirksregionenprofil Schillerpromenade"
    top, parts = reader.outline
    assert top.title == "Schillerpromenade"
    assert [item.title for item in parts if not isinstance(item, list)] == [
        "Teil I: Beschreibung und Bewertung",
        "Teil II: Ziele und Maßnahmen",
        "Quellen und Stand",
    ]
    # Teil I holds Berlin's chapter outline, one bookmark per chapter.
    assert [item.title for item in parts[1]] == [
        "1. Kurzporträt",
        "2. Demografie",
        "3. Soziale Lage",
        "4. Bildung und Gesundheit",
        "5. Wohnen",
        "6. Soziale Infrastruktur",
        "7. Grün und Spiel",
        "8. Öffentlicher Raum und Sicherheit",
        "9. Beteiligung",
        "10. Bewertung: Einschätzung, Handlungsbedarfe, Ressourcen",
    ]
    assert len(reader.pages) >= 8
    fonts = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    ]
    assert fonts and all("/FontDescriptor" in _descendant(font) for font in fonts)
    assert all(_embedded(_descendant(font)["/FontDescriptor"]) for font in fonts)
    text = "".join(page.extract_text() for page in reader.pages)
    residents = figure_table.get().value("einwohner", "081001").value
    assert f"{residents:,.0f}".replace(",", ".") in text


def _descendant(font):
    return font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font


def _embedded(descriptor):
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _stored_files(key):
    return sorted(build.file.name for build in ProfileBuild.objects.filter(key=key))


def test_an_edit_rebuilds_exactly_the_pdfs_whose_inputs_changed(media):
    mitte = "neukoellner-mitte-zentrum"
    assert pdf.refresh(["ar"], keys={SCHILLER, mitte}) == [(SCHILLER, "ar"), (mitte, "ar")]
    first = {key: _stored_files(key) for key in (SCHILLER, mitte)}
    reader = PdfReader(io.BytesIO(pdf.newest(SCHILLER, "ar").file.read()))
    assert reader.trailer["/Root"]["/Lang"] == "ar"  # Arabic, right to left
    assert pdf.refresh(["ar"], keys={SCHILLER, mitte}) == []  # nothing changed: nothing built
    FaqEntry.objects.update(answer="<p>Ein Tippfehler weniger.</p>")  # no profile shows it
    assert pdf.refresh(["ar"], keys={SCHILLER, mitte}) == []
    ProfileText.objects.create(
        bezirksregion=Bezirksregion.objects.get(slug=SCHILLER),
        part=ProfileText.Part.NEEDS,
        body="<p>Mehr Bänke am Herrfurthplatz.</p>",
        published=True,
    )
    assert pdf.refresh(["ar"], keys={SCHILLER, mitte}) == [(SCHILLER, "ar")]
    assert _stored_files(mitte) == first[mitte]  # untouched
    assert _stored_files(SCHILLER) != first[SCHILLER]
    assert not (media / first[SCHILLER][0]).exists()  # the outdated file is gone


def test_a_visitor_never_waits_for_a_build_and_is_told_in_their_language(client, media):
    from django_tasks import default_task_backend

    response = client.get(f"/tr/bezirksregionen/{SCHILLER}/profil.pdf")
    assert response.status_code == 503 and response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    assert 'lang="tr"' in response.content.decode()
    assert not ProfileBuild.objects.exists()  # the request built nothing
    queued = [result.task.name for result in default_task_backend.results]
    assert queued == ["refresh_profiles"]
    client.get("/tr/bezirksregionen/profile.zip")
    assert len(default_task_backend.results) == 2  # the dummy backend keeps every request's


@time_machine.travel(datetime.datetime(2026, 12, 4, 23, 30, tzinfo=datetime.UTC), tick=False)
def test_a_stored_pdf_is_served_dated_and_the_zip_holds_the_newest_of_each(client, media):
    """Built at 00:30 in Berlin (23:30 UTC): the file is named by Berlin's day."""
    builds = []
    for key, _slug in pdf.profile_keys():
        builds.append(
            (
                key,
                ProfileBuild.objects.create(
                    key=key,
                    language="tr",
                    inputs=key,
                    size=9,
                    pages=1,
                    seconds=1,
                    file=ContentFile(f"%PDF-{key}".encode(), name=f"{key}.pdf"),
                ),
            )
        )
    pdf.build_zip("tr", builds)
    day = "2026-12-05"
    response = client.get(f"/tr/bezirksregionen/{SCHILLER}/profil.pdf")
    assert response.status_code == 200 and "Last-Modified" in response
    assert f"bezirksregionenprofil-{SCHILLER}-tr-{day}.pdf" in response["Content-Disposition"]
    response = client.get("/tr/bezirksregionen/profile.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == len(builds) and f"bezirksregionenprofil-bezirk-tr-{day}.pdf" in names
    assert archive.read(f"bezirksregionenprofil-{SCHILLER}-tr-{day}.pdf") == (
        f"%PDF-{SCHILLER}".encode()
    )
    assert pdf.build_zip("tr", builds) == pdf.newest(pdf.ALL_KEY, "tr")  # same inputs: kept


def test_a_pdf_build_that_tries_to_fetch_anything_fails():
    with pytest.raises(pdf.FetchRefused, match="tile.openstreetmap.org"):
        pdf.render_pdf('<p>Karte</p><img src="https://tile.openstreetmap.org/1/1/1.png" alt="">')
    with pytest.raises(pdf.FetchRefused, match="example.org"):
        pdf.render_pdf('<link rel="stylesheet" href="https://example.org/x.css"><p>Text</p>')
    data, pages = pdf.render_pdf("<p>Nur Text.</p>")
    assert data.startswith(b"%PDF") and pages == 1


def test_every_link_in_a_pdf_is_an_absolute_address_of_the_site(settings):
    settings.SITE_URL = "https://spk.example.org"
    data, _pages = pdf.render_pdf(pdf.render_html(SCHILLER, "de"))
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in PdfReader(io.BytesIO(data)).pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object() and "/URI" in annotation.get_object()["/A"]
    ]
    assert links and all(link.startswith(("https://", "mailto:", "tel:")) for link in links)
    assert "https://spk.example.org/kontakt/" in links or any(
        link.startswith("https://spk.example.org/") for link in links
    )
    assert not any(link.startswith("file:") for link in links)


def test_a_pdf_changes_when_what_it_shows_appears_or_goes_by_itself():
    from events.models import Event

    region = Bezirksregion.objects.get(slug=SCHILLER)
    starts = datetime.datetime(2026, 12, 10, 18, tzinfo=datetime.UTC)
    with time_machine.travel(datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC)):
        event = Event.objects.create(
            title="Kiezgespräch am Herrfurthplatz",
            slug="kiezgespraech-herrfurthplatz",
            starts_on=starts.date(),
            start_time=datetime.time(18),
            place_name="Nachbarschaftstreff",
            place_address="Herrfurthplatz 1, 12049 Berlin",
            organised_by_district=True,
            published=True,
            visible_until=datetime.datetime(2026, 12, 6, 9, tzinfo=datetime.UTC),
        )
        event.bezirksregionen.add(region)
        before = pdf.render_html(SCHILLER, "de")
        assert "Kiezgespräch am Herrfurthplatz" in before
        # on its last morning, the refresh waits for the moment the event goes
        last_morning = timezone.make_aware(datetime.datetime(2026, 12, 6, 0, 30))
        assert tasks.next_moment(last_morning) == event.visible_until
    with time_machine.travel(datetime.datetime(2026, 12, 6, 9, 1, tzinfo=datetime.UTC)):
        after = pdf.render_html(SCHILLER, "de")
    assert "Kiezgespräch am Herrfurthplatz" not in after
    assert pdf.checksum(after) != pdf.checksum(before)


def test_the_refresh_waits_for_the_next_moment_a_profile_may_change(settings, media):
    from django_tasks import default_task_backend

    with time_machine.travel(datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC)):
        assert tasks.next_moment() == timezone.make_aware(datetime.datetime(2026, 12, 5, 0, 1))
        pdf_refresh = []
        original = pdf.refresh
        pdf.refresh = lambda *args, **kwargs: pdf_refresh.append(1) or []
        try:
            tasks.refresh_profiles.call()
        finally:
            pdf.refresh = original
    assert pdf_refresh == [1]
    waiting = default_task_backend.results[-1]
    assert waiting.task.name == "refresh_profiles"
    assert timezone.localtime(waiting.task.run_after).strftime("%d.%m. %H:%M") == "05.12. 00:01"


# --- the data behind it ---------------------------------------------------------------------
def _half_year_rows(dates, migration=False):
    header = ["stand", "period", "id", "inhabitants"]
    if migration:
        header += [
            f"inhabitants_{name}"
            for name in (
                "with_migration_background",
                "germans",
                "germans_without_migration_background",
                "germans_with_migration_background",
                "foreigners",
            )
        ]
    else:
        header += [
            f"inhabitants_{name}"
            for name in (
                "age_below_6",
                "age_6_15",
                "age_15_18",
                "age_18_27",
                "age_27_45",
                "age_45_55",
                "age_55_65",
                "age_above_65",
                "female",
                "foreigners",
            )
        ]
    lines = [",".join(header)]
    for date in dates:
        for code in Planungsraum.objects.order_by("code").values_list("code", flat=True):
            if migration:
                lines.append(f"{date},x,{code},100,60,70,40,30,30")
            else:
                lines.append(f"{date},x,{code},100,10,10,10,10,20,10,10,20,50,30")
    return "\n".join(lines) + "\n"


def test_half_year_tables_become_one_release_per_date_and_must_add_up(tmp_path):
    path = tmp_path / "halbjahre_t2.csv"
    path.write_text(_half_year_rows(["2019-06-30", "2019-12-31"]), encoding="utf-8")
    import_population(path)
    dates = set(
        IndicatorRelease.objects.filter(dataset__slug="afs-bericht-a-i-16").values_list(
            "reference_date", flat=True
        )
    )
    assert {datetime.date(2019, 6, 30), datetime.date(2019, 12, 31)} <= dates
    migration = tmp_path / "halbjahre_t1.csv"
    migration.write_text(_half_year_rows(["2019-06-30"], migration=True), encoding="utf-8")
    import_population(migration)
    release = IndicatorRelease.objects.get(reference_date=datetime.date(2019, 6, 30))
    keys = set(release.values.values_list("indicator", flat=True))
    assert {"einwohner", "migrationshintergrund"} <= keys  # the second table adds, never wipes
    wrong = tmp_path / "falsch_t1.csv"
    wrong.write_text(
        _half_year_rows(["2019-06-30"], migration=True).replace(",100,60,70,", ",100,61,70,", 1),
        encoding="utf-8",
    )
    with pytest.raises(DataImportError, match="Migrationshintergrund"):
        import_population(wrong)
    bad_date = tmp_path / "datum_t2.csv"
    bad_date.write_text(_half_year_rows(["2019-05-31"]), encoding="utf-8")
    with pytest.raises(DataImportError, match="30.06. oder der 31.12."):
        import_population(bad_date)


GREEN_HEADER = (
    "Technischer Schlüssel,Schlüssel,Objektnummer,Bezirk,Ortsteil,Art der Grünanlage,"
    "Name der Grünanlage,Namenszusatz der Grünanlage,Baujahr,letztes Sanierungsjahr,"
    "Größe in m² (Kataster),Widmung,Nummer des Planungsraumes,Name des Planungsraumes"
)
PLAY_HEADER = (
    "Technischer Schlüssel,Schlüssel,Objektnummer,Bezirk,Ortsteil,Art der Grünanlage,"
    "Name des Spielplatzes,Namenszusatz des Spielplatzes,Baujahr,letztes Sanierungsjahr,"
    "Größe in m² (Kataster),Widmung,Nummer des Planungsraumes,Name des Planungsraumes,"
    "Nettospielfläche in m²"
)


def _registers(tmp_path, green_area='"1500,50"', net_play="250.25"):
    green = tmp_path / "gruen.csv"
    green.write_text(
        f"{GREEN_HEADER}\n"
        f"k1,k:1,1.1,Neukölln,Neukölln,Grünanlage,Testpark,-,-,-,{green_area},gewidmet,"
        "08100101,Hasenheide\n"
        'k2,k:2,1.2,Neukölln,Britz,Grünanlage,Eintrittspark,-,-,-,"9000,00",gewidmet,'
        "08100101,Hasenheide\n",
        encoding="utf-8",
    )
    play = tmp_path / "spiel.csv"
    play.write_text(
        f"{PLAY_HEADER}\n"
        f"k3,k:3,1.3,Neukölln,Neukölln,Spielplatz,Testspielplatz,-,2001,-,300.00,gewidmet,"
        f"08100101,Hasenheide,{net_play}\n",
        encoding="utf-8",
    )
    return green, play


def test_green_registers_replace_the_entries_and_their_areas_per_planungsraum(tmp_path):
    green, play = _registers(tmp_path)
    import_green(green, play)
    assert GreenSpace.objects.count() == 3
    park = GreenSpace.objects.get(register_key="k2")
    park.charges_entry = True  # as staff mark it in the admin
    park.save()
    import_green(green, play)  # again: what staff decided stays
    assert GreenSpace.objects.get(register_key="k2").charges_entry
    from places.green import record_green_figures

    record_green_figures()
    values = dict(
        IndicatorValue.objects.filter(planungsraum__code="08100101").values_list(
            "indicator", "value"
        )
    )
    assert values["gruenflaeche"] == 1500.5  # the park with entry fee is left out
    assert values["spielflaeche_netto"] == 250.25
    assert (
        IndicatorValue.objects.get(indicator="gruenflaeche", planungsraum__code="08100102").value
        == 0
    )  # no green space there: a real zero


@pytest.mark.parametrize(
    ("green_area", "net_play", "message"),
    [
        ('"1500.50"', "250.25", "Schreibweise dieser Spalte"),  # a point where commas are
        ('"1500,50"', '"250,25"', "Schreibweise dieser Spalte"),  # a comma where points are
        ('"1500,50"', "", "Schreibweise dieser Spalte"),  # a playground without its area
        ('"viel"', "250.25", "viel"),
    ],
)
def test_a_register_row_that_does_not_parse_is_refused_and_nothing_changes(
    tmp_path, green_area, net_play, message
):
    before = GreenSpace.objects.count()
    green, play = _registers(tmp_path, green_area, net_play)
    with pytest.raises(DataImportError, match=message) as refused:
        import_green(green, play)
    assert "Zeile 2" in str(refused.value)
    assert GreenSpace.objects.count() == before


def test_staff_say_a_park_charges_entry_and_the_green_area_per_resident_follows(client):
    client.force_login(redaktion_user())
    park = GreenSpace.objects.get(name="Volkspark Hasenheide-Grünanlage")
    region = park.planungsraum.bezirksregion.code
    before = figure_table.get().value("gruenflaeche_je_einwohner", region).value
    url = f"/admin/places/greenspace/{park.pk}/change/"
    fields = form_fields(client.get(url).content.decode(), form_id="greenspace_form")
    response = client.post(url, {**fields, "charges_entry": "on"})
    assert response.status_code == 302
    PerVersion.forget_all()  # the test's transaction never commits, so never announces
    after = figure_table.get().value("gruenflaeche_je_einwohner", region).value
    assert after < before
    assert client.get("/admin/places/greenspace/add/").status_code == 403  # the register's


def test_build_profiles_builds_what_is_missing_of_a_language_and_its_zip(media):
    for key, slug in pdf.profile_keys()[:-1]:  # up to date already: only the last is built
        html = pdf.render_html(slug, "en")
        ProfileBuild.objects.create(
            key=key,
            language="en",
            inputs=pdf.checksum(html),
            size=9,
            pages=1,
            seconds=1,
            file=ContentFile(b"%PDF-1.7", name=f"{key}.pdf"),
        )
    out = io.StringIO()
    call_command("build_profiles", "--sprache", "en", stdout=out)
    assert f"en: {len(pdf.profile_keys())} Profile bereit, 1 neu erstellt" in out.getvalue()
    built = ProfileBuild.objects.get(key=pdf.profile_keys()[-1][0], language="en")
    assert built.pages > 8 and built.size > 10_000
    assert ProfileBuild.objects.filter(key=pdf.ALL_KEY, language="en").exists()


def test_the_new_sources_are_named_with_licence_in_the_csvw_description_and_on_datenquellen(
    client,
):
    meta = client.get("/kieze-in-zahlen/bezirksregionen.csv-metadata.json").json()
    sources = {source["dc:title"]: source for source in meta["dc:source"]}
    assert sources["Spielplatzbestand Berlin (Neukölln)"]["dc:date"] == "2025-06"
    assert "Grünanlagenbestand Berlin (Neukölln)" in sources
    assert (
        "CC BY 4.0 (Datenprodukt)"
        in sources[
            "Statistischer Bericht A I 16: Einwohnerinnen und Einwohner nach Planungsräumen"
        ]["dc:license"]
    )
    columns = {column["name"]: column for column in meta["tableSchema"]["columns"]}
    assert columns["spielflaeche_je_einwohner"]["schema:unitText"] == "m² je Einw."
    assert "migrationshintergrund" in columns and "einwohner_2021_06_30" in columns
    page = client.get("/datenquellen/").content.decode()
    assert "Spielplatzbestand Berlin (Neukölln)" in page
    # The registers' licence is still to be confirmed: it is not shown like a named licence.
    assert "Lizenz ungeklärt (Quelle: " in page


def test_the_profile_is_dated_by_its_newest_figure_and_its_last_published_text(client):
    url = f"/bezirksregionen/{SCHILLER}/profil/"
    page = client.get(url).content.decode()
    newest = max(
        (column.reference_date, column.reference_precision)
        for column in figure_table.get().columns.values()
        if column.key in {row.column.key for row in _overview(SCHILLER)}
    )
    assert newest[1] == "month"  # the Kita list names month and year only
    with translation.override("de"):
        month = date_format(newest[0], "YEAR_MONTH_FORMAT")  # "Juli 2026", not "1. Juli"
    assert f"Stand der Daten: {month}" in page
    text = ProfileText.objects.create(
        bezirksregion=Bezirksregion.objects.get(slug=SCHILLER),
        part=ProfileText.Part.ASSESSMENT,
        body="<p>Gut vernetzt.</p>",
        published=True,
    )
    cache.clear()
    page = client.get(url).content.decode()
    with translation.override("de"):
        written = date_format(timezone.localdate(text.updated_at), "DATE_FORMAT")
    assert f"Texte: {written}" in page


def _overview(slug):
    region = Bezirksregion.objects.get(slug=slug)
    return build_profile(region, region.planungsraeume.order_by("code")).overview


def test_the_site_search_finds_the_profiles_and_their_published_texts(client):
    from search.index import rebuild

    rebuild(only={"profile"})
    page = client.get("/suche/?q=Bezirksregionenprofil+Britz").content.decode()
    assert 'href="/bezirksregionen/britz/profil/"' in page
    ProfileText.objects.create(
        whole_district=True,
        part=ProfileText.Part.RESOURCES,
        published=True,
        body_de="<p>Die Quartiersgärten sind eine Stärke des Bezirks.</p>",
    )
    rebuild(only={"profile"})  # what the commit's signal does after a save
    cache.clear()
    page = client.get("/suche/?q=Quartiersgärten").content.decode()
    assert 'href="/bezirksregionen/profil/"' in page


def test_the_redaktion_opens_every_profile_list_in_the_admin(client):
    client.force_login(redaktion_user())
    for url in (
        "/admin/profiles/profiletext/",
        "/admin/profiles/profiletext/add/",
        "/admin/profiles/profilebuild/",
        "/admin/places/greenspace/",
        "/admin/regions/bezirksregion/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/profiles/profilebuild/add/").status_code == 403


def test_a_kiezkasse_whose_facts_the_office_has_not_confirmed_says_so_in_the_profile(client):
    from events.models import SmallGrantFund

    fund = SmallGrantFund.objects.get(office__slug="neukoellner-mitte-zentrum")
    assert not fund.facts_confirmed and fund.maximum_per_application == 500
    url = "/bezirksregionen/neukoellner-mitte-zentrum/profil/"
    note = "Angaben aus öffentlichen Quellen, noch nicht vom Büro bestätigt."
    page = client.get(url).content.decode()
    assert "bis 500 Euro je Antrag" in page and note in page
    assert f'href="{fund.get_absolute_url()}"' in page
    fund.facts_confirmed = True
    fund.save()
    cache.clear()
    assert note not in client.get(url).content.decode()


def test_a_text_for_the_district_is_chosen_explicitly_never_by_leaving_the_region_empty():
    with pytest.raises(ValidationError) as refused:
        ProfileText.objects.create(part=ProfileText.Part.NEEDS, body="<p>Für wen?</p>")
    assert "Bitte eine Bezirksregion wählen oder „Ganzer Bezirk“" in str(refused.value)
    with pytest.raises(ValidationError):
        ProfileText.objects.create(
            part=ProfileText.Part.NEEDS,
            body="<p>Beides?</p>",
            whole_district=True,
            bezirksregion=Bezirksregion.objects.get(slug=SCHILLER),
        )
    district = ProfileText.objects.create(
        part=ProfileText.Part.NEEDS, body="<p>Bezirk.</p>", whole_district=True, published=True
    )
    assert list(ProfileText.objects.for_profile(None)) == [district]
    assert not ProfileText.objects.for_profile(Bezirksregion.objects.get(slug=SCHILLER)).exists()


def test_a_reference_value_is_compared_with_the_figure_the_reader_sees():
    from profiles.figures import _against

    assert _against(0.996, 1.0, 2) == 0  # shown as "1,00": it reaches 1, not "weniger"
    assert _against(0.994, 1.0, 2) == -1
    assert _against(6.04, 6.0, 1) == 0
    assert _against(6.06, 6.0, 1) == 1


@pytest.mark.django_db
def test_the_green_sentences_say_what_is_counted_and_follow_the_rounded_figures():
    from places.figures import PLAY_PER_RESIDENT
    from profiles.figures import build_profile
    from regions.figures.table import figure_table
    from regions.models import Bezirksregion

    table = figure_table.get()
    words = {1: "mehr als", 0: "erreicht", -1: "weniger als"}
    for region in Bezirksregion.objects.all():
        green = build_profile(region, region.planungsraeume.all()).green
        if not green.get("sentences"):
            continue
        green_sentence, play_sentence = green["sentences"]
        assert "innerhalb des Gebiets" in green_sentence and "anders gemessen" in green_sentence
        play = round(table.value(PLAY_PER_RESIDENT, region.code).value, 2)
        assert words[(play > 1) - (play < 1)] in play_sentence
        assert play_sentence.startswith("Die Nettospielfläche")


@pytest.mark.parametrize(
    "key, language",
    [(SCHILLER, "de"), (SCHILLER, "en"), (SCHILLER, "tr"), (SCHILLER, "ar"), ("bezirk", "ar")],
)
def test_the_pdf_passes_a_pdf_ua_1_validator(media, key, language):
    """page (page-validation on PyPI) checks the machine-checkable rules of PDF/UA-1 after the
    Matterhorn Protocol: tagging and structure (lists, tables, headings, links inside Link
    tags), fonts embedded with Unicode mappings, title, language and the PDF/UA
    identification in the metadata. What a person must judge (reading order, alternative
    texts that say what matters) it cannot check."""
    import page  # page-validation, locked with the test tools

    build = pdf.build(key, None if key == "bezirk" else key, language)
    report = page.validate_pdf(build.file.path, profile="ua1")
    failures = [(failure.rule_id, failure.message) for failure in report.failures]
    assert report.is_compliant, failures
    assert report.rules.total > 100 and report.document.page_count == build.pages
