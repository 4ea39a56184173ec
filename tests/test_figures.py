"""Neuköllner Kieze in Zahlen: dated releases, computed aggregates, comparison, downloads."""

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings

from regions.figures.social import SHARES_OF_ALL_RESIDENTS
from regions.figures.table import FigureTable
from regions.imports.mss import import_mss
from regions.imports.population import import_population
from regions.models import IndicatorRelease, IndicatorValue, Planungsraum
from spk_site.imports import DataImportError

from . import shipped
from .admin_forms import form_pairs

pytestmark = pytest.mark.django_db


@pytest.fixture
def table():
    return FigureTable()


def test_district_total_is_that_of_the_fixture_and_every_region_sums_its_planungsraeume(table):
    assert table.value("einwohner", "08").value == shipped.district_population()
    for region in table.bezirksregionen:
        parts = table.plr_by_region[region.code]
        assert table.value("einwohner", region.code).value == sum(
            table.value("einwohner", area.code).value for area in parts
        )
        assert table.value("einwohner", region.code).computed


def _stored(key, **region):
    return {
        row.planungsraum.code if row.planungsraum else row.bezirksregion.code: row.value
        for row in IndicatorValue.objects.filter(indicator=key, **region).select_related(
            "planungsraum", "bezirksregion"
        )
    }


def test_a_share_of_all_residents_averaged_by_hand_matches_every_published_region(table):
    """The recomputation the method must pass: weighted by residents, a share of all
    residents gives what the source publishes for each Bezirksregion (at one decimal)."""
    weights = _stored("mss_einwohner", planungsraum__isnull=False)
    for key in SHARES_OF_ALL_RESIDENTS:
        shares = _stored(key, planungsraum__isnull=False)
        published = _stored(key, bezirksregion__isnull=False)
        assert len(published) == 12
        for region in table.bezirksregionen:
            codes = [area.code for area in table.plr_by_region[region.code]]
            by_hand = sum(shares[c] * weights[c] for c in codes) / sum(weights[c] for c in codes)
            computed = table.aggregate(key, region.code)
            assert computed.computed and computed.value == pytest.approx(by_hand, abs=1e-9)
            assert round(by_hand, 1) == round(published[region.code], 1), (key, region.name)
        district = table.value(key, "08")
        assert district.computed and district.value is not None


def test_shares_of_a_part_of_the_residents_are_never_averaged(table):
    # Unemployment counts people of working age: a mean weighted by all residents is wrong
    # (it misses the published Bezirksregion values), so no district value is made up.
    for key in ("mss_s1_arbeitslosigkeit", "mss_s4_kinderarmut", "mss_k03_altersarmut"):
        district = table.value(key, "08")
        assert district.value is None and district.not_averaged
    # The page shows the value the source publishes for the region.
    published = table.value("mss_s1_arbeitslosigkeit", "081001")
    assert not published.computed and published.value == pytest.approx(9.6144)


def test_mss_classes_are_never_averaged(table, client):
    assert table.value("mss_status_klasse", "08100101").value == 3
    assert (
        table.label("mss_status_klasse", table.value("mss_status_klasse", "08100101")) == "niedrig"
    )
    assert table.value("mss_status_klasse", "081001").value is None
    assert table.value("mss_status_klasse", "08").value is None
    html = client.get(
        "/kieze-in-zahlen/?bezirksregion=081001&bezirksregion=081002"
    ).content.decode()
    status_row = html.split("Statusindex (Klasse)")[1].split("</tr>")[0]
    assert status_row.count(">–<sup>") == 3  # two regions and the district, with the reason:
    note = re.search(r'href="#anmerkung-(\d)"', status_row)[1]
    assert f'id="anmerkung-{note}"><sup>{note}</sup> Eine Klasse des Sozialmonitorings' in html
    assert "Hier gibt es keinen richtigen Wert für mehrere Gebiete zusammen" in html


def test_a_new_release_adds_data_and_never_overwrites_an_older_one(tmp_path):
    rows = ["Gesamt;unter6;6-15;15-18;18-27;27-45;45-55;55-65;65undmehr;weiblich;ausländer;PLR-ID"]
    for area in Planungsraum.objects.order_by("code"):
        rows.append(f"1000;100;100;100;100;100;100;100;300;500;50;{area.code}")
    path = tmp_path / "einwohner_2027-06-30_plr.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    before = IndicatorRelease.objects.count()
    old_values = list(
        IndicatorValue.objects.filter(release__reference_date__year=2025).values_list("pk", "value")
    )

    import_population(path)
    import_population(path)  # idempotent: the same stichtag replaces its own values only

    assert IndicatorRelease.objects.count() == before + 1
    assert (
        list(
            IndicatorValue.objects.filter(release__reference_date__year=2025).values_list(
                "pk", "value"
            )
        )
        == old_values
    )
    newest = IndicatorRelease.objects.latest_population()
    assert newest.reference_date.isoformat() == "2027-06-30"
    assert FigureTable().value("einwohner", "08").value == 46_000


def test_population_import_refuses_inconsistent_rows_with_their_line(tmp_path):
    header = "Gesamt;unter6;6-15;15-18;18-27;27-45;45-55;55-65;65undmehr;weiblich;ausländer;PLR-ID"
    path = tmp_path / "einwohner_2027-06-30_plr.csv"
    path.write_text(
        f"{header}\n999;100;100;100;100;100;100;100;300;500;50;08100101\n", encoding="utf-8"
    )
    with pytest.raises(
        DataImportError, match="Zeile 2.*Altersgruppen ergeben nicht die Gesamtzahl"
    ):
        import_population(path)


def test_mss_import_refuses_an_unknown_status_class(tmp_path):
    table = FigureTable()
    columns = ["id", "name", "inhabitants", "status_index", "dynamic_index"]
    from regions.imports.mss import MSS_COLUMNS

    columns += list(MSS_COLUMNS.values())
    lines = [",".join(columns)]
    for area in table.planungsraeume:
        lines.append(
            ",".join(
                [area.code, "x", "100", "7" if area.code.endswith("01") else "2", "+"]
                + ["1"] * len(MSS_COLUMNS)
            )
        )
    plr = tmp_path / "plr.csv"
    plr.write_text("\n".join(lines), encoding="utf-8")
    bzr = tmp_path / "bzr.csv"
    bzr.write_text(
        "\n".join(
            [",".join(["id", *MSS_COLUMNS.values()])]
            + [",".join([r.code] + ["1"] * len(MSS_COLUMNS)) for r in table.bezirksregionen]
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataImportError, match="Zeile 2.*„7“ ist keine Statusklasse"):
        import_mss(planungsraeume=plr, bezirksregionen=bzr)


def test_comparison_url_round_trips(client):
    query = "bezirksregion=081001&bezirksregion=082008&bezirksregion=083010"
    page = client.get(f"/kieze-in-zahlen/?{query}")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Vergleich: Schillerpromenade, Buckow, Gropiusstadt Ost" in " ".join(html.split())
    submitted = form_pairs(html)  # what the browser sends when the form is submitted again
    assert urlencode(submitted) == query
    shuffled = client.get(
        "/kieze-in-zahlen/?bezirksregion=083010&bezirksregion=081001&bezirksregion=082008"
    )
    assert form_pairs(shuffled.content.decode()) == submitted


def test_comparison_of_planungsraeume_has_table_and_accessible_charts(
    client, django_assert_max_num_queries
):
    url = "/kieze-in-zahlen/?planungsraum=08100101&planungsraum=08401246"
    client.get(url)  # the figures are computed once per data state
    with django_assert_max_num_queries(6):
        html = client.get(url).content.decode()  # Planungsräume are never kept: rendered again
    # Rates only: a head count drawn against the whole district's would tell nothing.
    assert 'id="diagramm-einwohner-title"' not in html
    chart = html.split('id="diagramm-dichte-title"')[1].split("</figure>")[0]
    assert chart.count('class="bar-chart__row"') == 2
    assert '<span class="bar-chart__label">Hasenheide</span>' in chart  # labels and values
    assert "ganz Neukölln: " in chart  # the district value, marked in the chart
    assert '<table class="comparison-table stack" id="alle-kennzahlen">' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("bezirksregion=081001", "mindestens zwei"),
        (
            "bezirksregion=081001&bezirksregion=081002&bezirksregion=081003&bezirksregion=081004&bezirksregion=081005",
            "höchstens vier",
        ),
        ("bezirksregion=081001&planungsraum=08100101", "nicht beides"),
        ("bezirksregion=999999&bezirksregion=081001", "keine Bezirksregion in Neukölln"),
        ("planungsraum=%3Cscript%3E&planungsraum=08100101", "kein Planungsraum in Neukölln"),
    ],
)
def test_a_bad_selection_gets_a_german_message(client, query, message):
    response = client.get(f"/kieze-in-zahlen/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize(("level", "count"), [("bezirksregionen", 12), ("planungsraeume", 46)])
def test_csv_opens_in_pythons_csv_module_with_the_right_header(client, level, count):
    response = client.get(f"/kieze-in-zahlen/{level}.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())  # spreadsheets then read UTF-8
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["code", "name", "einwohner"]
    assert "mss_s1_arbeitslosigkeit" in header and "einwohner_2021_06_30" in header
    assert len(rows) == count + 1
    assert not any(row and row[0].startswith("#") for row in rows)
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    if level == "bezirksregionen":
        assert int(by_code["081001"]["einwohner"]) == 33_116
        assert by_code["081001"]["mss_s1_arbeitslosigkeit"] == "9,6144"  # decimal comma
    else:
        assert by_code["08100101"]["mss_status_klasse"] == "niedrig"


def test_json_download_has_a_meta_block_with_licence_and_sources(client):
    body = json.loads(client.get("/kieze-in-zahlen/bezirksregionen.json").content)
    assert "CC BY 3.0 DE" in body["meta"]["licence"]
    assert {source["name"] for source in body["meta"]["sources"]} >= {
        "Monitoring Soziale Stadtentwicklung (MSS) 2021",
        "Lebensweltlich orientierte Räume (LOR) 2021",
    }
    row = body["rows"][0]
    assert row["code"] == "081001" and "einwohner" in row["berechnet"]
    assert "mss_s1_arbeitslosigkeit" not in row["berechnet"]  # published by the source


def test_download_links_show_licence_and_source(client):
    html = client.get("/kieze-in-zahlen/").content.decode()
    section = html.split('id="downloads"')[1]
    assert "/kieze-in-zahlen/bezirksregionen.csv" in section
    assert "CC BY 3.0 DE" in section and "Monitoring Soziale Stadtentwicklung" in section


def test_unknown_download_is_404(client):
    assert client.get("/kieze-in-zahlen/bezirke.csv").status_code == 404
    assert client.get("/kieze-in-zahlen/bezirksregionen.xlsx").status_code == 404


def test_region_page_has_key_figures_against_the_district(client):
    html = client.get("/bezirksregionen/schillerpromenade/").content.decode()
    section = html.split('id="in-zahlen"')[1].split("</section>")[0]
    assert "33.116" in section and "331.623" in section
    assert "Arbeitslosigkeit" in section and "9,6" in section
    hasenheide = html.split('id="plr-08100101"')[1].split("</tr>")[0]
    assert '<td data-label="Soziale Lage">niedrig</td>' in hasenheide  # MSS class per area


def test_planungsraum_geojson_carries_the_mss_status(client):
    features = client.get("/api/planungsraeume.geojson").json()["features"]
    hasenheide = next(f for f in features if f["properties"]["code"] == "08100101")
    assert hasenheide["properties"]["mss_status"] == "niedrig"
    assert hasenheide["properties"]["mss_status_klasse"] == 3


def test_mss_status_map_is_drawn_for_everyone(client):
    html = client.get("/kieze-in-zahlen/").content.decode()
    assert html.count('class="map-plr mss-') == 46


def test_numbers_have_a_real_minus_sign_and_never_minus_zero():
    from regions.charts import format_value

    assert format_value(-2.6, 1) == "\u22122,6"
    assert format_value(-0.04, 1) == "0,0"
    assert format_value(12_345.678, 1, "%") == "12.345,7 %"


def test_every_download_names_all_its_sources_and_licences(client):
    plr = client.get("/api/planungsraeume.geojson").json()
    names = {source["name"] for source in plr["sources"]}
    assert "Monitoring Soziale Stadtentwicklung (MSS) 2021" in names
    assert "Lebensweltlich orientierte Räume (LOR) 2021" in names
    assert any("Einwohner" in name for name in names)
    assert "CC BY 4.0" in plr["attribution"] and "CC BY 3.0 DE" in plr["attribution"]
    bzr = client.get("/api/bezirksregionen.geojson").json()
    assert "Monitoring" not in bzr["attribution"]  # no MSS data in this layer
    meta = client.get("/kieze-in-zahlen/planungsraeume.json").json()["meta"]
    assert "CC BY 4.0" in meta["licence"]
    assert {"Lebensweltlich orientierte Räume (LOR) 2021"} <= {s["name"] for s in meta["sources"]}


def test_every_dash_gives_the_reason_that_fits_its_row(client):
    """Transfer recipients (s3) and migration (k11, k12) are shares of all residents whose
    weighted mean misses the published values; child poverty (s4) is a share of a part."""
    html = client.get(
        "/kieze-in-zahlen/?bezirksregion=081001&bezirksregion=081002"
    ).content.decode()
    notes = dict(re.findall(r'id="anmerkung-(\d)"><sup>\d</sup> ([^<]+)', html))

    def reason(row_name):
        row = html.split(f'<th scope="row">{row_name}')[1].split("</tr>")[0]
        return notes[re.search(r'href="#anmerkung-(\d)"', row)[1]]

    for row_name in ["Transferbezug", "Wanderungsvolumen", "Wanderungssaldo"]:
        assert reason(row_name).startswith("Nach Einwohnern gewichtet"), row_name
    assert reason("Kinderarmut").startswith("Der Anteil bezieht sich nur auf einen Teil")
    region = client.get("/bezirksregionen/schillerpromenade/").content.decode()
    row = region.split('<th scope="row">Transferbezug')[1].split("</tr>")[0]
    note = re.search(r'href="#anmerkung-(\d)"', row)[1]
    assert re.search(rf'id="anmerkung-{note}"><sup>{note}</sup> Nach Einwohnern gewichtet', region)


@pytest.mark.parametrize(
    ("csv_path", "metadata_path"),
    [
        ("/api/planungsraeume.csv", "/api/planungsraeume.csv-metadata.json"),
        ("/api/bezirksregionen.csv", "/api/bezirksregionen.csv-metadata.json"),
        (
            "/kieze-in-zahlen/planungsraeume.csv",
            "/kieze-in-zahlen/planungsraeume.csv-metadata.json",
        ),
        (
            "/kieze-in-zahlen/bezirksregionen.csv",
            "/kieze-in-zahlen/bezirksregionen.csv-metadata.json",
        ),
    ],
)
def test_every_csv_names_its_csvw_metadata_with_sources_licences_and_column_units(
    client, csv_path, metadata_path
):
    response = client.get(csv_path)
    link = response["Link"]
    assert 'rel="describedby"' in link and metadata_path.rsplit("/", 1)[1] in link
    metadata = client.get(metadata_path)
    assert metadata["Content-Type"].startswith("application/csvm+json")
    body = metadata.json()
    assert "http://www.w3.org/ns/csvw" in body["@context"]
    assert body["url"] == csv_path.rsplit("/", 1)[1]
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [column["name"] for column in body["tableSchema"]["columns"]] == header
    assert all(source["dc:license"] for source in body["dc:source"]) and body["dc:license"]
    columns = body["tableSchema"]["columns"]
    units = {column["name"]: column.get("schema:unitText") for column in columns}
    assert units.get("einwohner") == "Personen"
    if "kieze" in csv_path:
        kita = next(c for c in body["tableSchema"]["columns"] if c["name"] == "kita_plaetze")
        assert kita["dc:date"] == "2026-07"  # as precise as the list: a month
        decimals = [c["datatype"] for c in columns if isinstance(c["datatype"], dict)]
        assert decimals and all(d["format"]["decimalChar"] == "," for d in decimals)


def test_csv_cells_that_would_be_formulas_are_defused_numbers_stay_numbers():
    from regions.downloads import csv_response

    response = csv_response(
        "x.csv",
        ["name", "wert"],
        [['=HYPERLINK("http://x")', -0.6], ["+49 30 1", 3], ["@SUM(A1)", 1.5], ["-x", -2]],
        decimal_comma=True,
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ['\'=HYPERLINK("http://x")', "-0,6"]
    assert rows[2] == ["'+49 30 1", "3"] and rows[3][0] == "'@SUM(A1)" and rows[4] == ["'-x", "-2"]


def test_bezirksregion_areas_are_the_rounded_sum_of_the_exact_planungsraum_areas():
    from regions.models import Bezirksregion

    areas = dict(Bezirksregion.objects.values_list("code", "area_m2"))
    source = Path(settings.BASE_DIR).parent / "shared" / "data" / "lor2021"
    key_table = source / "lor_2021_schluessel_neukoelln.csv"
    if key_table.exists():
        exact = {}
        with key_table.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                code = row["Bezirksregion (Nummer)"]
                exact[code] = exact.get(code, 0) + float(row["Fläche in qm"])
        assert areas == {code: round(value) for code, value in exact.items()}
    # the four that summing rounded parts used to cut off (fixtures, for a clean clone)
    assert [areas[code] for code in ("081004", "082006", "082007", "083009")] == [
        2073243,
        3035998,
        9490587,
        1524968,
    ]


def test_the_comparison_page_opens_with_a_jump_list_to_every_chart_and_section(client):
    html = client.get("/kieze-in-zahlen/").content.decode()
    nav = html.split('<nav class="jump-list"')[1].split("</nav>")[0]
    targets = re.findall(r'href="#([^"]+)"', nav)
    charts = re.findall(r'<figure class="bar-chart" id="([^"]+)"', html)
    assert charts and targets[: len(charts)] == charts
    assert targets[len(charts) :] == ["alle-kennzahlen", "soziale-lage", "downloads"]
    for target in targets:
        assert html.count(f'id="{target}"') == 1
