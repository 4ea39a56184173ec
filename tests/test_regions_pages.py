import csv
import gzip
import io
from functools import reduce

import pytest
from django.core.cache import cache

from regions.geometry import to_geos
from regions.models import Bezirksregion, Planungsraum
from regions.point_lookup import planungsraum_at
from spk_site.caching import recent_pages

from . import shipped

pytestmark = pytest.mark.django_db


def test_region_list_groups_all_twelve_by_prognoseraum_with_population_and_badges(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = client.get("/bezirksregionen/")
    html = response.content.decode()
    assert response.status_code == 200
    for region in Bezirksregion.objects.all():
        assert f'href="/bezirksregionen/{region.slug}/"' in html
    for name in ["Prognoseraum Neukölln", "Prognoseraum Britz", "Prognoseraum Gropiusstadt"]:
        assert name in html
    assert html.count('<span class="badge">Stadtteilkoordination</span>') == 4
    assert "33.116 Einwohnerinnen und Einwohner" in html  # Schillerpromenade
    assert "In Neukölln leben 331.623 Menschen (Stand 31. Dezember 2025)" in html
    assert html.count('class="map-region') == 12


def test_region_page_shows_planungsraeume_population_action_area_and_outline(
    client, django_assert_max_num_queries
):
    client.get("/bezirksregionen/schillerpromenade/")  # figures are computed once per data state
    for key in [key for key in cache._cache if ":page:" in key]:  # the page, not the memos
        cache.delete(key.split(":", 2)[-1])
    recent_pages.clear()
    # 9, one for the region's Kitas and places, one for Teil II ("Was hier geplant ist")
    with django_assert_max_num_queries(11):
        # Rendered again, not served from the page cache.
        response = client.get("/bezirksregionen/schillerpromenade/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Bezirksregion Schillerpromenade</h1>" in html
    assert "Handlungsraum der Stadtteilkoordination" in html
    assert "seit November 2020" in html
    assert "Quartiersmanagement Schillerpromenade" in html
    assert html.count('<tr id="plr-0810010') == 5
    assert "4.671" in html  # Hasenheide
    assert html.count('class="map-region map-region--action-area map-region--current"') == 1
    assert html.count('class="map-plr"') == 5
    svg = html.split('<svg viewBox="')[1].split("</svg>")[0]  # the map, not an icon
    assert "<title" in svg and "<desc" in svg and "<script" not in svg


def test_region_page_without_action_area_says_who_to_ask(client):
    html = client.get("/bezirksregionen/buckow/").content.decode()
    assert "keine Stadtteilkoordination" in html
    assert '<span class="badge">Handlungsraum der Stadtteilkoordination</span>' not in html


def test_unknown_region_is_a_german_404(client):
    response = client.get("/bezirksregionen/atlantis/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_sources_page_names_source_licence_and_date_of_every_dataset(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):  # 2, and the next scheduled moment
        html = client.get("/datenquellen/").content.decode()
    assert "Lebensweltlich orientierte Räume (LOR) 2021" in html
    assert "Amt für Statistik Berlin-Brandenburg" in html
    assert html.count("CC BY 3.0 DE") >= 2
    assert '<time datetime="2025-12-31">31. Dezember 2025</time>' in html


@pytest.mark.parametrize("layer", ["bezirksregionen", "planungsraeume"])
def test_geojson_has_flat_properties_integer_population_and_revalidates(
    client, layer, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = client.get(f"/api/{layer}.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    feature = body["features"][0]
    assert {"code", "name", "einwohner", "stadtteilkoordination"} <= set(feature["properties"])
    assert all(not isinstance(value, (dict, list)) for value in feature["properties"].values())
    assert isinstance(feature["properties"]["einwohner"], int)
    assert sum(f["properties"]["einwohner"] for f in body["features"]) == (
        shipped.district_population()
    )

    again = client.get(f"/api/{layer}.geojson", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_both_geojson_endpoints_gzip_to_at_most_25_kb_together(client):
    total = sum(
        len(gzip.compress(client.get(f"/api/{layer}.geojson").content))
        for layer in ("bezirksregionen", "planungsraeume")
    )
    assert total <= 25 * 1024, f"{total} bytes"


def test_web_geometry_is_simplified_but_leaves_no_gap_or_overlap():
    shapes = [to_geos(area.web_geometry) for area in Planungsraum.objects.all()]
    full = sum(to_geos(area.geometry).num_points for area in Planungsraum.objects.all())
    assert sum(shape.num_points for shape in shapes) < full
    assert all(shape.valid for shape in shapes)
    union = reduce(lambda a, b: a.union(b), shapes)
    assert union.area == pytest.approx(sum(shape.area for shape in shapes), rel=1e-9)
    assert union.geom_type == "Polygon" and union.num_interior_rings == 0


def test_csv_without_geometry_has_one_row_per_planungsraum(client):
    response = client.get("/api/planungsraeume.csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 46
    assert rows[0]["code"] == "08100101" and rows[0]["einwohner"] == "4671"
    assert "geometry" not in rows[0]


def test_every_planungsraum_contains_its_own_inner_point():
    for area in Planungsraum.objects.all():
        point = to_geos(area.geometry).point_on_surface
        assert planungsraum_at(point.y, point.x).code == area.code


def test_point_on_a_shared_border_gets_the_lower_code():
    west = to_geos(Planungsraum.objects.get(code="08100101").geometry)
    east = to_geos(Planungsraum.objects.get(code="08100102").geometry)
    shared = sorted(set(west.coords[0]) & set(east.coords[0]))
    assert shared, "the two neighbours share border points"
    lon, lat = shared[len(shared) // 2]
    assert west.covers(to_geos({"type": "Point", "coordinates": [lon, lat]}))
    assert planungsraum_at(lat, lon).code == "08100101"


def test_point_outside_neukoelln_has_no_planungsraum():
    assert planungsraum_at(52.5219, 13.4132) is None  # Alexanderplatz


def test_region_at_answers_with_planungsraum_bezirksregion_and_prognoseraum(client):
    area = Planungsraum.objects.get(code="08100104")
    point = to_geos(area.geometry).point_on_surface
    response = client.get("/api/region-at", {"lat": point.y, "lon": point.x})
    assert response.status_code == 200
    body = response.json()
    assert body["planungsraum"] == {"code": "08100104", "name": "Wartheplatz"}
    assert body["bezirksregion"]["code"] == "081001"
    assert body["bezirksregion"]["stadtteilkoordination"] is True
    assert body["prognoseraum"]["code"] == "0810"


def test_region_at_outside_neukoelln_is_404_with_a_message(client):
    response = client.get("/api/region-at", {"lat": "52.5219", "lon": "13.4132"})
    assert response.status_code == 404
    assert response.json()["message"] == "Dieser Punkt liegt nicht in Neukölln."


@pytest.mark.parametrize(
    ("query", "message_part"),
    [
        ({}, "Bitte die geografische Breite"),
        ({"lat": "52.47"}, "Bitte die geografische Länge"),
        ({"lat": "abc", "lon": "13.4"}, "muss eine Zahl sein"),
        ({"lat": "1e999", "lon": "13.4"}, "endliche Zahlen"),
        ({"lat": "nan", "lon": "13.4"}, "endliche Zahlen"),
        ({"lat": "52.4", "lon": "-inf"}, "endliche Zahlen"),
        ({"lat": "91", "lon": "13.4"}, "zwischen -90 und 90"),
        ({"lat": "52.4", "lon": "181"}, "zwischen -180 und 180"),
        ({"lat": "5" * 100, "lon": "13.4"}, "zu lang"),
    ],
)
def test_region_at_refuses_bad_input_with_400_and_a_german_message(client, query, message_part):
    response = client.get("/api/region-at", query)
    assert response.status_code == 400
    assert message_part in response.json()["message"]


def test_sitemap_lists_every_bezirksregion(client):
    xml = client.get("/sitemap.xml").content.decode()
    for region in Bezirksregion.objects.all():
        assert f"/bezirksregionen/{region.slug}/</loc>" in xml


def test_sources_page_gives_the_address_data_month_and_the_offices_web_sources(client):
    html = client.get("/datenquellen/").content.decode()
    assert '<time datetime="2023-06">Juni 2023</time>' in html
    assert "https://mein.berlin.de/vorhaben/2021-00482" in html
    assert "unbekannt" not in html


def test_map_outlines_are_whole_units_with_relative_steps_within_half_a_unit():
    """Outlines are drawn in whole units of the view box, as an absolute start and relative
    steps: every point lies within half a unit of its exact place, repeats are left out."""
    import re

    from regions.svg import Projection

    ring = [
        [13.40, 52.46],
        [13.45, 52.46],
        [13.45, 52.46],  # a repeated point
        [13.4517, 52.4833],
        [13.40, 52.49],
        [13.40, 52.46],
    ]
    shape = {"type": "Polygon", "coordinates": [ring]}
    projection = Projection((13.39, 52.45, 13.46, 52.50))
    path = projection.path(shape)
    assert path.startswith("M") and "l" in path and path.endswith("z") and "." not in path
    numbers = [int(n) for n in re.findall(r"-?\d+", path)]
    x, y = numbers[0], numbers[1]
    drawn = [(x, y)]
    for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
        x, y = x + dx, y + dy
        drawn.append((x, y))
    exact = [projection._unrounded(lon, lat) for lon, lat in ring]
    exact = [point for i, point in enumerate(exact) if i == 0 or point != exact[i - 1]]
    assert len(drawn) == len(exact)
    for (dx, dy), (ex, ey) in zip(drawn, exact, strict=True):
        assert abs(dx - ex) <= 0.5 and abs(dy - ey) <= 0.5
