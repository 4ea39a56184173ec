"""Teil I in Berlin's chapter outline: the chapters in order in every language, the MSS figures
placed among Berlin's valid Planungsräume (recomputed from the source files where at hand), the
context indicators named as what they are, the missing Kernindikatoren said in their chapter,
the staff's text of a chapter, and the import of Berlin's MSS refusing what does not fit."""

import csv
import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from profiles.chapters import MISSING, OUTLINE
from profiles.models import ProfileText
from regions.charts import format_value
from regions.figures import social
from regions.figures.berlin import MSS_FIELDS, mss_berlin
from regions.figures.table import figure_table
from regions.models import BerlinSocialMonitoring, Bezirksregion

SHARED = Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin" / "mss2021"
SCHILLER = "schillerpromenade"

pytestmark = pytest.mark.django_db


def _page(client, path="/bezirksregionen/schillerpromenade/profil/"):
    response = client.get(path)
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.mark.parametrize("prefix", ["", "/en", "/tr", "/ar"])
def test_teil_one_follows_berlins_outline_in_every_language(client, prefix):
    for path in (
        f"{prefix}/bezirksregionen/{SCHILLER}/profil/",
        f"{prefix}/bezirksregionen/profil/",
    ):
        html = _page(client, path)
        positions = [html.index(f'<section class="profile__part" id="{key}"') for key, _ in OUTLINE]
        assert positions == sorted(positions)
        assert html.index('id="teil-1"') < positions[0]
        assert positions[-1] < html.index('id="einschaetzung"') < html.index('id="teil-2"')
        # every chapter with no open data says which Kernindikator is missing, in its chapter
        for key, rows in MISSING.items():
            chapter = html[html.index(f'id="{key}"') :]
            chapter = chapter[: chapter.index("</section>")]
            for code, _name, _where in rows:
                assert f"<strong>{code}" in chapter, (key, code)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_the_mss_comparison_is_recomputed_from_the_source_files(client):
    with open(SHARED / "fisbroker_raw_mss_2021_index_indikatoren.csv", encoding="utf-8") as f:
        index = {row["PLR_ID"]: row for row in csv.DictReader(f)}
    with open(SHARED / "fisbroker_raw_mss_2021_kontext_indikatoren.csv", encoding="utf-8") as f:
        context = {row["PLR_ID"]: row for row in csv.DictReader(f)}
    valid = [code for code, row in index.items() if row["KOM"] == "gültig"]
    assert len(valid) == 536 == mss_berlin().valid
    columns = {
        social.S1: (index, "S1"),
        social.S4: (index, "S4"),
        "mss_k10_wohndauer_ueber_5_jahre": (context, "KI_10"),
        "mss_k13_wanderungssaldo_kinder": (context, "KI_13"),
    }
    table = figure_table.get()
    html = _page(client)
    for key, (rows, column) in columns.items():
        berlin = [float(rows[code][column]) for code in valid]
        value = table.value(key, "081001").value
        share = 100 * sum(1 for other in berlin if other < value) / len(berlin)
        assert mss_berlin().share_below(key, value) == pytest.approx(share)
        expected = f"höher als in {format_value(share, 0, '%')} der 536 gültigen Planungsräume"
        assert expected in html, key
    # the district: how many of its Planungsräume lie above Berlin's median
    district = _page(client, "/bezirksregionen/profil/")
    s1 = sorted(float(index[code]["S1"]) for code in valid)
    median = (s1[267] + s1[268]) / 2
    neukoelln = [float(row["S1"]) for code, row in index.items() if code.startswith("08")]
    above = sum(1 for value in neukoelln if value > median)
    assert f"{above} von 46 Planungsräumen über dem Median Berlins" in district


def test_context_indicators_are_named_as_what_they_are_never_relabelled(client):
    html = _page(client)
    for code in ("C1", "C2", "C3"):
        assert f"ähnelt dem Kernindikator {code}, ist aber nicht derselbe" in html
        assert f'<abbr title="Kennziffer des Kernindikators">{code}</abbr>' not in html
    for code in ("B1", "B2", "A4", "A5", "A8", "S1", "S3", "S4", "D1", "D3", "D4"):
        assert f'<abbr title="Kennziffer des Kernindikators">{code}</abbr>' in html, code
    # the MSS stands among Berlin's Planungsräume, dated as its source
    chapter = html[html.index('id="soziale-lage"') :]
    assert "31.12.2020" in chapter[: chapter.index("</section>")]


def test_a_chapter_shows_the_staffs_text_and_the_assessment_stays_after_the_chapters(client):
    region = Bezirksregion.objects.get(slug=SCHILLER)
    ProfileText.objects.create(
        bezirksregion=region,
        part=ProfileText.Part.WOHNEN,
        body="<p>Viele wohnen hier lange.</p>",
        published=True,
    )
    ProfileText.objects.create(
        bezirksregion=region,
        part=ProfileText.Part.ASSESSMENT,
        body="<p>Gesamtbild.</p>",
        published=True,
    )
    html = _page(client)
    housing = html[html.index('id="wohnen"') :]
    housing = housing[: housing.index("</section>")]
    assert "Viele wohnen hier lange." in housing and "Gesamtbild." not in housing
    assessment = html[html.index('id="einschaetzung"') :]
    assert "Gesamtbild." in assessment[: assessment.index("</section>")]
    assert "Viele wohnen hier lange." not in assessment


def test_without_berlins_mss_rows_the_chapters_stand_without_a_berlin_position(client):
    BerlinSocialMonitoring.objects.all().delete()
    html = _page(client)
    assert "gültigen Planungsräume" not in html
    assert 'id="soziale-lage"' in html


def _write(folder, name, header, rows):
    with open(folder / name, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


def test_the_berlin_mss_import_refuses_files_that_do_not_fit(tmp_path):
    before = BerlinSocialMonitoring.objects.count()
    with pytest.raises(CommandError, match="Datei fehlt"):
        call_command("import_berlin_mss", str(tmp_path))
    base = ["ZEIT", "PLR_ID", "PLR_NAME", "EW", "BEZ_ID", "KOM"]
    area = ["202012", "08100101", "Hasenheide", "4516", "08"]
    _write(
        tmp_path,
        "fisbroker_raw_mss_2021_index_indikatoren.csv",
        [*base, "S1", "S3", "S4", "D1", "D3", "D4"]
        + [f"{name}_SD_GR" for name in ("S1", "S3", "S4", "D1", "D3", "D4")],
        [[*area, "gültig", "9.1", "19", "40", "2", "-1", "0.6", "3", "3", "2", "3", "2", "2"]],
    )
    _write(
        tmp_path,
        "fisbroker_raw_mss_2021_indizes.csv",
        [*base, "SI_N", "DI_N"],
        [[*area, "gültig", "7", "3"]],
    )
    _write(
        tmp_path,
        "fisbroker_raw_mss_2021_kontext_indikatoren.csv",
        [*base, "KI_09", "KI_10", "KI_12", "KI_13"],
        [[*area, "gültig", "78", "61", "-0.3", "-7"]],
    )
    with pytest.raises(CommandError, match="1 Planungsräume, erwartet 542"):
        call_command("import_berlin_mss", str(tmp_path))
    assert BerlinSocialMonitoring.objects.count() == before


def test_every_berlin_mss_field_is_a_figure_of_the_table():
    table = figure_table.get()
    assert set(MSS_FIELDS) <= set(table.columns)


def _csv(response):
    text = b"".join(response.streaming_content) if response.streaming else response.content
    lines = text.decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    return [dict(zip(header, line.split(";"), strict=True)) for line in lines[1:]]


def test_the_comparison_is_a_csv_with_its_csvw_description(client, django_assert_max_num_queries):
    from regions.figures.berlin import berlin_comparison

    # The table reads the figures only, not the page's maps, lists and texts.
    with django_assert_max_num_queries(16):
        response = client.get(f"/bezirksregionen/{SCHILLER}/vergleich-berlin.csv")
    assert response.status_code == 200
    assert "vergleich-berlin-schillerpromenade.csv" in response["Content-Disposition"]
    assert response["Link"].startswith("<vergleich-berlin.csv-metadata.json>")
    rows = {row["kennzahl"]: row for row in _csv(response)}
    comparison = {row.measure.key: row for row in berlin_comparison("081001", "08").rows}
    under_18 = rows["Anteil unter 18 Jahren"]
    assert under_18["kennziffer"] == "B1"
    assert float(under_18["gebiet"]) == pytest.approx(comparison["under_18"].area)
    assert float(under_18["neukoelln"]) == pytest.approx(comparison["under_18"].district)
    assert float(under_18["berlin"]) == pytest.approx(comparison["under_18"].berlin)
    assert (under_18["rang"], under_18["rang_von"]) == (str(comparison["under_18"].rank), "143")
    stay = rows["Wohndauer über 5 Jahre"]
    assert stay["aehnelt_kernindikator"] == "C1" and stay["kennziffer"] == ""
    value = figure_table.get().value("mss_k10_wohndauer_ueber_5_jahre", "081001").value
    share = mss_berlin().share_below("mss_k10_wohndauer_ueber_5_jahre", value)
    assert float(stay["anteil_planungsraeume_darunter"]) == pytest.approx(share)

    described = client.get(f"/bezirksregionen/{SCHILLER}/vergleich-berlin.csv-metadata.json")
    body = described.json()
    assert body["url"] == "vergleich-berlin.csv"
    names = [column["name"] for column in body["tableSchema"]["columns"]]
    assert names == list(under_18)
    assert {source["dc:title"] for source in body["dc:source"]} >= {
        "Monitoring Soziale Stadtentwicklung 2021 für alle Planungsräume Berlins"
    }
    district = client.get("/bezirksregionen/vergleich-berlin.csv")
    assert district.status_code == 200
    rank = {row["kennzahl"]: row for row in _csv(district)}["Anteil unter 18 Jahren"]["rang_von"]
    assert rank == "12"
    assert client.get("/bezirksregionen/gibt-es-nicht/vergleich-berlin.csv").status_code == 404


def test_kieze_in_zahlen_sets_the_selected_regions_beside_berlin(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from regions.figures.berlin import berlin_comparison

    with CaptureQueriesContext(connection) as queries:
        html = _page(client, "/kieze-in-zahlen/")
    # Berlin's four comparison tables are read once, not once per selected region.
    assert sum(1 for query in queries if "regions_berlin" in query["sql"]) == 4
    table = html[html.index('id="neben-berlin"') :]
    table = table[: table.index("</table>")]
    for code in ("081001", "081002", "081003", "083010"):
        rank = berlin_comparison(code, "08").rows[1].rank
        assert f"Rang {rank} von 143" in table
    # Planungsräume have no Berlin-wide population rows: no such table
    chosen = _page(client, "/kieze-in-zahlen/?planungsraum=08100101&planungsraum=08100102")
    assert 'id="neben-berlin"' not in chosen


GREEN = Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin" / "green"
CHARGING = {
    "Britzer Garten",
    "Britzer Garten (Teilstück)",
    "Erholungspark Marzahn",
    "Tierpark Friedrichsfelde",
    "Botanischer Garten",
    "Zoologischer Garten",
}


def _register(name, column, delimiter, leave_out=()):
    sums = {}
    with open(GREEN / name, encoding="utf-8-sig", newline="") as file:
        for row in csv.DictReader(file, delimiter=delimiter):
            plr, text = row["Nummer des Planungsraumes"], row[column]
            if "-" in (plr, text) or row.get("Name der Grünanlage") in leave_out:
                continue
            value = float(text.replace(",", "."))
            for code in (plr[:6], plr[:2], "0"):
                sums[code] = sums.get(code, 0) + value
    return sums


@pytest.mark.skipif(not GREEN.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_green_and_play_beside_berlin_are_recomputed_from_the_registers():
    from regions.figures.berlin import berlin_comparison
    from regions.models import BerlinPopulation

    green = _register("public_parks.csv", "Größe in m² (Kataster)", ";", CHARGING)
    play = _register("playground.csv", "Nettospielfläche in m²", ",")
    day = BerlinPopulation.objects.latest("reference_date").reference_date
    residents = dict(
        BerlinPopulation.objects.filter(reference_date=day).values_list("area", "residents")
    )
    for region in Bezirksregion.objects.all():
        comparison = berlin_comparison(region.code, "08")
        a4, a5 = comparison.green
        assert a4.area == pytest.approx(green.get(region.code, 0) / residents[region.code])
        assert a4.district == pytest.approx(green["08"] / residents["08"])
        assert a4.berlin == pytest.approx(green["0"] / residents["0"])
        assert a5.area == pytest.approx(play.get(region.code, 0) / residents[region.code])
        assert a5.berlin == pytest.approx(play["0"] / residents["0"])
        regions = [code for code in residents if len(code) == 6]
        higher = sum(
            1
            for code in regions
            if green.get(code, 0) / residents[code]
            > green.get(region.code, 0) / residents[region.code]
        )
        assert (a4.rank, a4.peers) == (higher + 1, 143)
    # Neukölln's part of the Berlin register is the Neukölln register the site shows
    table = figure_table.get()
    assert green["08"] == pytest.approx(table.value("gruenflaeche", "08").value, abs=1)


def test_the_berlin_green_import_refuses_a_folder_without_its_registers(tmp_path):
    from regions.models import BerlinGreen

    before = BerlinGreen.objects.count()
    with pytest.raises(CommandError, match="Datei fehlt"):
        call_command("import_berlin_green", str(tmp_path))
    (tmp_path / "public_parks.csv").write_text(
        "Name der Grünanlage;Größe in m² (Kataster);Nummer des Planungsraumes\n"
        "Park;1000,5;08100101\n",
        encoding="utf-8",
    )
    (tmp_path / "playground.csv").write_text(
        "Nettospielfläche in m²,Nummer des Planungsraumes\n300.0,08100101\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="ganz Berlin erwartet"):
        call_command("import_berlin_green", str(tmp_path))
    assert BerlinGreen.objects.count() == before


KITAS = Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin" / "kitas"


@pytest.mark.skipif(not KITAS.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_kita_places_beside_berlin_are_recomputed_from_the_kita_list_and_the_residents():
    from regions.figures.berlin import berlin_comparison
    from regions.models import BerlinPopulation

    def places(level):
        with open(KITAS / f"berlin-daycare-centers-2026-07-{level}.csv", encoding="utf-8") as f:
            return {row.get("id", "0"): int(row["places"]) for row in csv.DictReader(f)}

    found = {**places("city"), **places("districts"), **places("district-regions")}
    day = BerlinPopulation.objects.latest("reference_date").reference_date
    half = "01" if day.month == 6 else "02"
    people = SHARED.parent / "population"
    children = {}
    for level in ("city", "districts", "district-regions"):
        name = f"berlin-lor-population-{day:%Y}-{half}-t2-{level}.csv"
        with open(people / name, encoding="utf-8") as file:
            for row in csv.DictReader(file):
                children[row["id"]] = int(row["inhabitants_age_below_6"])
    regions = [code for code in found if len(code) == 6]
    for region in Bezirksregion.objects.all():
        kita = berlin_comparison(region.code, "08").kita
        ratio = 100 * found[region.code] / children[region.code]
        assert kita.area == pytest.approx(ratio)
        assert kita.district == pytest.approx(100 * found["08"] / children["08"])
        assert kita.berlin == pytest.approx(100 * found["0"] / children["0"])
        higher = sum(1 for code in regions if 100 * found[code] / children[code] > ratio)
        assert (kita.rank, kita.peers) == (higher + 1, 143)


def test_the_berlin_kita_import_refuses_an_incomplete_list(tmp_path):
    from regions.models import BerlinKita

    before = BerlinKita.objects.count()
    with pytest.raises(CommandError, match="Keine Datei"):
        call_command("import_berlin_kitas", str(tmp_path))
    (tmp_path / "berlin-daycare-centers-2026-07-city.csv").write_text(
        "places,daycare_centers\n100,2\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="fehlt die Datei districts"):
        call_command("import_berlin_kitas", str(tmp_path))
    assert BerlinKita.objects.count() == before


def test_a_berlin_row_with_more_small_children_than_children_is_refused_in_german():
    from django.core.exceptions import ValidationError

    from regions.models import BerlinPopulation

    row = BerlinPopulation.objects.filter(level="bezirksregion").first()
    row.under_6 = row.under_18 + 1
    with pytest.raises(ValidationError, match="Teil der unter 18-Jährigen"):
        row.full_clean()


def test_the_short_portrait_says_in_one_sentence_where_the_area_lies_and_who_lives_there(client):
    from regions.figures.population import POPULATION

    table = figure_table.get()
    for path, code in (
        ("/bezirksregionen/schillerpromenade/profil/", "081001"),
        ("/bezirksregionen/profil/", "08"),
    ):
        html = _page(client, path)
        portrait = html[html.index('id="kurzportraet"') :]
        portrait = portrait[: portrait.index("</section>")]
        residents = format_value(table.value(POPULATION, code).value, 0)
        assert f"{residents} Menschen" in portrait
    assert "in 5 Planungsräumen" in _page(client)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_each_planungsraum_shows_the_groups_the_monitoring_gives_its_index_indicators(client):
    with open(SHARED / "fisbroker_raw_mss_2021_index_indikatoren.csv", encoding="utf-8") as f:
        index = {row["PLR_ID"]: row for row in csv.DictReader(f)}
    html = _page(client)
    table = html[html.index('id="profil-tabelle-gruppen"') :]
    table = table[: table.index("</table>")]
    region = Bezirksregion.objects.get(slug=SCHILLER)
    for area in region.planungsraeume.order_by("code"):
        row = table[table.index(f". {area.name}</th>") :]
        row = row[: row.index("</tr>")]
        groups = [int(index[area.code][f"{name}_SD_GR"]) for name in ("S1", "S3", "S4")]
        groups += [int(index[area.code][f"{name}_SD_GR"]) for name in ("D1", "D3", "D4")]
        assert [int(found) for found in re.findall(r"Gruppe (\d)", row)] == groups, area.name


def test_a_group_outside_the_monitorings_scale_is_refused_in_german():
    from django.core.exceptions import ValidationError

    row = BerlinSocialMonitoring.objects.first()
    row.d1_class = 4
    with pytest.raises(ValidationError, match="zwischen 1 und 3"):
        row.full_clean()


@pytest.mark.parametrize("model_name", ["BerlinGreen", "BerlinKita", "BerlinCrime"])
def test_a_comparison_row_whose_level_does_not_fit_its_key_is_refused_in_german(model_name):
    from django.core.exceptions import ValidationError

    from regions import models

    row = getattr(models, model_name).objects.filter(level="bezirksregion").first()
    row.level = "bezirk"
    with pytest.raises(ValidationError, match="Ein Schlüssel mit 6 Ziffern ist „Bezirksregion“"):
        row.full_clean()
