"""Einrichtungen: the Kita list as a dated release, places per 100 children under 6 summed the
right way, and the places staff add showing wherever residents look."""

import csv
import gzip
import html as html_module
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings

from places.figures import KITA_RATIO
from places.imports import import_kitas
from places.models import Place, PlaceKind
from regions.figures.table import FigureTable
from regions.models import Address, Bezirksregion, IndicatorRelease, Planungsraum
from spk_site.imports import DataImportError

from . import shipped
from .admin_forms import form_fields
from .factories import redaktion_user

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
SHARED = Path(settings.BASE_DIR).parent / "shared" / "data"
HEADER = "kita_nr;name;telefon;plaetze;art;traeger_nr;traeger;strasse;plz;lat;lon;plr"


def kita_file(tmp_path, rows, month="2026-08"):
    path = tmp_path / f"kitas_neukoelln_{month}.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


ROWS = [
    "08140020;Kita Bornsdorfer Str. 37b/Kitas SüdOst;+4930213089100;170;Reguläre Einrichtung;"
    "0122;Kindertagesstätten SüdOst Eigenbetrieb von Berlin;Bornsdorfer Str. 37B;12053;"
    "52.475197;13.437995;08100207",
    '08140040;"""Mosaik""";+493056826290;130;Reguläre Einrichtung;1333;'
    "edura Kindertagesstätten gGmbH;Donaustr. 88;12043;52.479994;13.440717;08100415",
]


def test_the_import_refuses_a_malformed_row_with_its_line_and_writes_nothing(tmp_path):
    before = list(Place.objects.order_by("pk").values_list("pk", "capacity", "listed_on"))
    releases = IndicatorRelease.objects.count()
    bad = ROWS[1].replace(";130;", ";viele;")
    with pytest.raises(DataImportError) as refusal:
        import_kitas(kita_file(tmp_path, [ROWS[0], bad]))
    assert "Zeile 3" in str(refusal.value) and "„viele“ ist keine ganze Zahl" in str(refusal.value)
    outside = ROWS[0].replace("52.475197;13.437995", "48.137;11.575")
    with pytest.raises(DataImportError, match="Zeile 2.*nicht in Neukölln"):
        import_kitas(kita_file(tmp_path, [outside]))
    with pytest.raises(DataImportError, match="Zeile 2.*Unbekannter Planungsraum 08999999"):
        import_kitas(kita_file(tmp_path, [ROWS[0].replace("08100207", "08999999")]))
    assert list(Place.objects.order_by("pk").values_list("pk", "capacity", "listed_on")) == before
    assert IndicatorRelease.objects.count() == releases


def test_the_next_list_replaces_the_last_and_the_same_list_again_changes_nothing(tmp_path):
    staff_place = Place.objects.filter(kita_number__isnull=True).count()
    path = kita_file(tmp_path, ROWS)
    first = import_kitas(path)
    assert first.created["Kitas nicht mehr in der Liste (entfernt)"] == 247
    kitas = Place.objects.filter(kind__slug="kita")
    assert sorted(kitas.values_list("kita_number", flat=True)) == ["08140020", "08140040"]
    assert Place.objects.filter(kita_number__isnull=True).count() == staff_place  # kept
    mosaik = kitas.get(kita_number="08140040")
    assert (mosaik.name, mosaik.street, mosaik.house_number) == ('"Mosaik"', "Donaustr.", "88")
    assert str(mosaik.listed_on) == "2026-08-01"
    stamps = list(kitas.order_by("pk").values_list("updated_at", flat=True))

    second = import_kitas(path)
    assert str(second) == "nichts geändert"
    assert list(kitas.order_by("pk").values_list("updated_at", flat=True)) == stamps
    table = FigureTable()
    assert table.value("kita_plaetze", "08").value == 300
    assert table.columns["kita_plaetze"].reference_date.isoformat() == "2026-08-01"


def places_and_children_from_fixtures():
    """Recomputed from the shipped files themselves, not through our code."""
    places_by_plr = defaultdict(int)
    for line in (FIXTURES / "kitas.json").read_text(encoding="utf-8").splitlines():
        line = line.strip().rstrip(",")
        if not line.startswith("{"):
            continue
        fields = json.loads(line)["fields"]
        if fields.get("kita_number") and fields.get("published"):
            places_by_plr[fields["planungsraum"]] += fields["capacity"] or 0
    return places_by_plr


def test_places_per_100_children_sum_places_and_children_before_dividing():
    table = FigureTable()
    places_by_plr = places_and_children_from_fixtures()  # keyed by Planungsraum pk
    plr_codes = dict(Planungsraum.objects.values_list("pk", "code"))
    places_by_code = {plr_codes[pk]: value for pk, value in places_by_plr.items()}
    children = table.newest("alter_unter_6").plr
    for region in Bezirksregion.objects.all():
        codes = [area.code for area in region.planungsraeume.all()]
        expected = (
            100 * sum(places_by_code.get(c, 0) for c in codes) / sum(children[c] for c in codes)
        )
        assert table.value(KITA_RATIO, region.code).value == pytest.approx(expected)
        ratios = [100 * places_by_code.get(c, 0) / children[c] for c in codes if children[c]]
        if len(set(ratios)) > 1:  # the mean of the ratios would be a different, wrong number
            assert sum(ratios) / len(ratios) != pytest.approx(expected)
    everything = 100 * sum(places_by_code.values()) / sum(children.values())
    assert table.value(KITA_RATIO, "08").value == pytest.approx(everything)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_the_region_figure_equals_a_recomputation_from_the_two_source_files():
    places = defaultdict(int)
    with open(SHARED / "infrastructure/kitas_neukoelln_2026-07.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file, delimiter=";"):
            places[row["plr"]] += int(row["plaetze"])
    children = defaultdict(int)
    population = SHARED / "population/ewr_2025-12-31_plr_neukoelln.csv"
    under_six = ["E_E00_01", "E_E01_02", "E_E02_03", "E_E03_05", "E_E05_06"]
    with open(population, encoding="utf-8-sig") as file:
        for row in csv.DictReader(file, delimiter=";"):
            children[row["RAUMID"]] = sum(int(row[column]) for column in under_six)
    table = FigureTable()
    for region in Bezirksregion.objects.all():
        codes = [area.code for area in region.planungsraeume.all()]
        expected = 100 * sum(places[c] for c in codes) / sum(children[c] for c in codes)
        assert table.value(KITA_RATIO, region.code).value == pytest.approx(expected)


def test_region_page_and_kieze_show_the_kita_figure_with_both_dates(client):
    html = client.get("/bezirksregionen/reuterstrasse/").content.decode()
    assert "Kita-Plätze je 100 Kinder unter 6 Jahren" in html
    # both sources' dates side by side, each as precise as its source
    assert '<time datetime="2026-07">Juli 2026</time>' in html and "31.12.2025" in html
    assert html.count('<li class="place-item"') >= 30
    assert "Kita Weichselstraße" in html and "keine genehmigten Plätze in der Liste" in html
    download = client.get("/kieze-in-zahlen/bezirksregionen.csv").content.decode("utf-8-sig")
    assert "kita_plaetze_je_100_kinder" in download.splitlines()[0].split(";")
    meta = client.get("/kieze-in-zahlen/bezirksregionen.json").json()["meta"]
    assert any(source["name"].startswith("Kitas in Berlin") for source in meta["sources"])


def test_the_places_page_filters_with_plain_get(client):
    overview = client.get("/einrichtungen/").content.decode()
    assert overview.count('class="map-point map-point--kita"') == shipped.kita_count()
    assert "Kitas je Bezirksregion" in overview
    region = client.get("/einrichtungen/", {"bezirksregion": "reuterstrasse"}).content.decode()
    kitas_here = Place.objects.filter(planungsraum__bezirksregion__slug="reuterstrasse")
    assert region.count('<li class="place-item"') == kitas_here.filter(published=True).count()
    assert '<option value="reuterstrasse" selected>' in region
    bad = client.get("/einrichtungen/", {"art": "schwimmbad"})
    assert bad.status_code == 400
    assert "„schwimmbad“ gibt es hier nicht" in bad.content.decode()


def test_the_places_geojson_names_sources_and_stays_small(client):
    response = client.get("/api/einrichtungen.geojson")
    data = response.json()
    assert len(data["features"]) == Place.objects.published().exclude(location=None).count()
    kita = next(source for source in data["sources"] if source["art"] == "kita")
    assert kita["lizenz"].startswith("CC BY 3.0 DE") and kita["stand"] == "2026-07-01"
    assert len(gzip.compress(response.content)) <= 40 * 1024


def inside(code):
    """A point inside a Planungsraum (on its surface, from its own outline)."""
    from django.contrib.gis.geos import GEOSGeometry

    area = Planungsraum.objects.get(code=code)
    point = GEOSGeometry(json.dumps(area.geometry)).point_on_surface
    return [round(point.x, 6), round(point.y, 6)]


def test_a_place_added_by_the_redaktion_shows_on_region_page_lookup_and_geojson(
    client, django_capture_on_commit_callbacks
):
    staff = client
    staff.force_login(redaktion_user())
    address = (
        Address.objects.select_related("street", "planungsraum")
        .filter(planungsraum__code="08100314")
        .first()
    )  # Donaustraße (Reuterstraße)
    page = staff.get("/admin/places/place/add/").content.decode()
    fields = form_fields(page, "place_form")
    kind = PlaceKind.objects.get(slug="familienzentrum")
    fields.update(
        {
            "kind": str(kind.pk),
            "name": "Familienzentrum am Reuterplatz",
            "street": "Reuterplatz",
            "house_number": "3",
            "postcode": "12047",
            "location": json.dumps({"type": "Point", "coordinates": inside("08100314")}),
            "phone": "030 1234567",
            "description_de": "<p>Offener Treff für Familien.</p>",
            "published": "on",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post("/admin/places/place/add/", fields)
    assert response.status_code == 302, response.content.decode()[:3000]
    place = Place.objects.get(name="Familienzentrum am Reuterplatz")
    assert place.planungsraum.code == "08100314"  # from the point
    staff.logout()

    region = client.get("/bezirksregionen/reuterstrasse/").content.decode()
    assert "Familienzentrum am Reuterplatz" in region
    answer = client.get(
        "/zustaendigkeit/",
        {"strasse": address.street.name, "hausnummer": f"{address.house_number}{address.suffix}"},
    ).content.decode()
    nearby = answer.split("Kitas und Treffpunkte im Planungsraum Donaustraße")[1]
    assert "Familienzentrum am Reuterplatz" in nearby.split("</section>")[0]
    lon, lat = inside("08100314")
    answer = client.get("/zustaendigkeit/", {"lat": lat, "lon": lon}).content.decode()
    nearby = answer.split("Kitas und Treffpunkte in Ihrer Nähe")[1].split("</section>")[0]
    first = nearby.split('<li class="place-item"')[1]
    assert "Familienzentrum am Reuterplatz" in first, first
    assert re.search(r"place-item__distance\">\d+\u00a0m entfernt", first), first
    names = [
        f["properties"]["name"] for f in client.get("/api/einrichtungen.geojson").json()["features"]
    ]
    assert "Familienzentrum am Reuterplatz" in names
    assert "Familienzentrum am Reuterplatz" in client.get("/einrichtungen/").content.decode()


def test_what_a_page_keeps_for_an_area_follows_an_edit_and_never_holds_what_was_typed(
    client, django_capture_on_commit_callbacks
):
    """Places near an address and the lookup answer keep what they drew for a Planungsraum
    (the same for every address in it) until the places change; the address itself is never
    part of what is kept."""
    from spk_site.templatetags import layout

    first, second = (
        Address.objects.select_related("street")
        .filter(planungsraum__code="08100314")
        .order_by("street__name", "house_number")[:2]
    )
    place = Place.objects.published().filter(planungsraum__code="08100314").first()

    def near(address, **extra):
        query = {"strasse": address.street.name, "hausnummer": address.house_number, **extra}
        return client.get("/einrichtungen/", query), client.get("/zustaendigkeit/", query)

    for response in near(first):
        assert place.name in response.content.decode()
    places_page, answer = near(second)  # the same area: drawn once, each with its address
    assert f"nahe {second.street.name} {second.house_number}" in places_page.content.decode()
    assert place.name in answer.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        place.name = "Umbenannter Treffpunkt am Reuterplatz"
        place.save()
    for response in near(first):
        html = response.content.decode()
        assert "Umbenannter Treffpunkt am Reuterplatz" in html

    refused = client.get(
        "/einrichtungen/",
        {"strasse": first.street.name, "hausnummer": first.house_number, "art": "Getipptes-123"},
    )
    assert refused.status_code == 400
    kept = repr(list(layout._rendered))
    assert "Getipptes" not in kept and first.street.name not in kept
    assert not any("Getipptes" in html for html in layout._rendered.values())


def test_kitas_are_read_only_for_staff_and_seeded_places_wait_as_drafts(client):
    client.force_login(redaktion_user())
    kita = Place.objects.filter(kind__slug="kita").first()
    assert client.post(f"/admin/places/place/{kita.pk}/change/", {"name": "x"}).status_code == 403
    drafts = Place.objects.filter(kita_number__isnull=True, published=False)
    assert {place.name for place in drafts} >= {
        "Nachbarschaftshaus am Körnerpark",
        "Mitmach-Laden Neukölln (Anlaufstelle für Bürger:innenbeteiligung)",
    }
    assert all("facts-update-2026-11.json" in place.review_note for place in drafts)
    assert (
        "Nachbarschaftshaus am Körnerpark"
        not in client.get("/api/einrichtungen.geojson").content.decode()
    )


def test_a_phone_number_from_the_list_that_cannot_be_right_is_shown_to_staff_not_residents(client):
    # The list puts +4930 before mobile numbers and runs some together: "+493016095948448".
    faulty = Place.objects.get(kita_number="08140640")
    good = Place.objects.get(kita_number="08140040")  # "Mosaik", +493056826290
    assert faulty.phone == "+493016095948448" and faulty.phone_from_list_is_faulty
    assert not good.phone_from_list_is_faulty and good.public_phone == "+493056826290"
    dashed = Place.objects.get(kita_number="08140730")  # "+4930–6846851" in the list
    assert dashed.public_phone == "+49306846851" and not dashed.phone_from_list_is_faulty
    assert (
        ">030 6846851</a>"
        in client.get(
            f"/einrichtungen/?bezirksregion={dashed.bezirksregion.slug}&art=kita"
        ).content.decode()
    )
    region = faulty.bezirksregion.slug
    page = client.get(f"/einrichtungen/?bezirksregion={region}&art=kita").content.decode()
    assert faulty.name in page and "16095948448" not in page
    assert (
        'href="tel:+493056826290"'
        in client.get(
            f"/einrichtungen/?bezirksregion={good.bezirksregion.slug}&art=kita"
        ).content.decode()
    )
    feature = next(
        f
        for f in client.get("/api/einrichtungen.geojson").json()["features"]
        if f["properties"].get("kita_nr") == "08140640"
    )
    assert "telefon" not in feature["properties"]

    client.force_login(redaktion_user())
    listed = client.get("/admin/places/place/?kitaliste_telefon=fehlerhaft").content.decode()
    assert faulty.name in listed and good.name not in listed
    form = client.get(f"/admin/places/place/{faulty.pk}/change/").content.decode()
    assert "„+493016095948448“ kann nicht stimmen" in form
    assert "Kita-Nr. 08140640 · Reguläre Einrichtung · " in form and "Stand 07/2026" in form


def refused(tmp_path, rows, header=HEADER):
    before = list(Place.objects.order_by("pk").values_list("pk", "name", "capacity", "phone"))
    path = tmp_path / "kitas_neukoelln_2026-08.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(DataImportError) as refusal:
        import_kitas(path)
    after = list(Place.objects.order_by("pk").values_list("pk", "name", "capacity", "phone"))
    assert after == before  # nothing written
    return str(refusal.value)


def test_a_column_named_twice_with_different_values_is_refused(tmp_path):
    header = HEADER + ";name"
    rows = [row + ";X" for row in ROWS]
    message = refused(tmp_path, rows, header)
    assert "Zeile 2" in message and "„name“ steht zweimal" in message


@pytest.mark.parametrize(
    ("change", "column", "words"),
    [
        (
            lambda row: row.replace("Kita Bornsdorfer Str. 37b/Kitas SüdOst", "K" * 201),
            "name",
            "höchstens 200 Zeichen",
        ),
        (lambda row: row.replace(";170;", ";100000000000000000000;"), "plaetze", "Plätze"),
        (
            lambda row: row.replace("Kita Bornsdorfer", "Kita\x00Bornsdorfer"),
            "name",
            "Steuerzeichen",
        ),
        (
            lambda row: row.replace("+4930213089100", "+49" + "3" * 60),
            "telefon",
            "höchstens 40 Zeichen",
        ),
    ],
)
def test_values_that_do_not_fit_are_refused_with_line_and_column(tmp_path, change, column, words):
    message = refused(tmp_path, [ROWS[1], change(ROWS[0])])
    assert "Zeile 3" in message and f"Feld „{column}“" in message and words in message, message


def test_a_file_far_larger_than_any_kita_list_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from spk_site.imports import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1024)
    message = refused(tmp_path, ROWS * 20)
    assert "höchstens 0 MB" in message or "Ist es die richtige Datei?" in message


def test_kita_names_keep_their_quote_marks(tmp_path):
    import_kitas(kita_file(tmp_path, ROWS))
    assert Place.objects.get(kita_number="08140040").name == '"Mosaik"'


def test_every_kita_name_is_shown_exactly_as_in_the_official_list():
    shipped = {
        json.loads(line.strip().rstrip(","))["fields"]["kita_number"]: json.loads(
            line.strip().rstrip(",")
        )["fields"]["name"]
        for line in (FIXTURES / "kitas.json").read_text(encoding="utf-8").splitlines()
        if line.startswith("{")
    }
    assert shipped["08140110"] == 'Kita "Sonnenschein"'
    assert shipped["08140040"] == '"Mosaik"'
    assert (
        dict(Place.objects.filter(kita_number__isnull=False).values_list("kita_number", "name"))
        == shipped
    )
    source = SHARED / "infrastructure" / "kitas_neukoelln_2026-07.csv"
    if source.exists():  # a clean clone has no ../shared: the fixture names above still hold
        with source.open(encoding="utf-8", newline="") as handle:
            official = {
                row["kita_nr"]: row["name"] for row in csv.DictReader(handle, delimiter=";")
            }
        assert shipped == official


PLACE_NAME = re.compile(r'class="place-item__name" lang="de">(?:<a [^>]*>)?<bdi>([^<]+)<')


def _names(html):
    return {html_module.unescape(name) for name in PLACE_NAME.findall(html)}


def _result(html):
    return html.split('id="ergebnis"')[1].split("</section>")[0]


def test_places_near_an_address_list_its_planungsraum_first_then_its_region(
    client, django_assert_max_num_queries
):
    address = Address.objects.select_related("street", "planungsraum__bezirksregion").get(
        street__name="Karl-Marx-Straße", house_number=83, suffix=""
    )
    area = address.planungsraum
    published = Place.objects.filter(published=True).select_related("kind")
    first = {p.name for p in published.filter(planungsraum=area)}
    then = {
        p.name
        for p in published.filter(planungsraum__bezirksregion=area.bezirksregion).exclude(
            planungsraum=area
        )
    }
    with django_assert_max_num_queries(12):
        response = client.get("/einrichtungen/", {"strasse": "karl marx str", "hausnummer": "83"})
    html = _result(response.content.decode())
    assert response.status_code == 200
    assert "Einrichtungen nahe Karl-Marx-Straße 83" in html
    assert f'<span lang="de">{area.name}</span>' in html
    assert 'href="/begriffe/#planungsraum"' in html
    head, _sep, rest = html.partition("Weitere in der Bezirksregion")
    assert set(_names(head)) == first and set(_names(rest)) == then
    assert first and then
    assert "no-store" in response["Cache-Control"]  # an address is answered, never kept
    assert "keine Einrichtungen eingetragen" not in response.content.decode()  # no empty list

    kitas = _result(
        client.get(
            "/einrichtungen/", {"strasse": "Karl-Marx-Str.", "hausnummer": "83", "art": "kita"}
        ).content.decode()
    )
    kita_names = {p.name for p in published.filter(planungsraum=area, kind__slug="kita")}
    assert set(_names(kitas.partition("Weitere in der Bezirksregion")[0])) == kita_names


def test_a_second_answer_near_an_address_builds_no_queryset_and_no_kind_field(client, monkeypatch):
    """What the page kept of the first answer (the lists, the kind field, the filter) is not
    made again for the next address in the same Planungsraum: nothing but what was typed."""
    from places import forms, views

    made = {"forms": [], "querysets": 0}
    original_init = forms.PlaceFilterForm.__init__

    def counting_init(self, *args, **kwargs):
        made["forms"].append(kwargs.get("auto_id", "id_%s"))
        original_init(self, *args, **kwargs)

    original_published = Place.objects.published

    def counting_published():
        made["querysets"] += 1
        return original_published()

    monkeypatch.setattr(forms.PlaceFilterForm, "__init__", counting_init)
    monkeypatch.setattr(views.Place.objects, "published", counting_published)
    here = Address.objects.get(street__name="Karl-Marx-Straße", house_number=83, suffix="")
    other = (
        Address.objects.filter(street=here.street, planungsraum=here.planungsraum, suffix="")
        .exclude(house_number=83)
        .order_by("house_number")
        .first()
    )
    query = {"strasse": "Karl-Marx-Str.", "hausnummer": "83", "art": "kita"}
    first = client.get("/einrichtungen/", query).content.decode()
    assert "nah_%s" in made["forms"]  # the kind field beside the address, drawn once
    made["forms"].clear()
    made["querysets"] = 0
    number = str(other.house_number)
    second = client.get("/einrichtungen/", {**query, "hausnummer": number}).content.decode()
    assert made["forms"] == ["id_%s"] and made["querysets"] == 0
    assert _result(first).replace("Straße 83<", f"Straße {number}<") == _result(second)
    assert 'id="nah_art"' in second and '<option value="kita" selected>' in second


def test_places_near_a_position_come_nearest_first_with_their_distance(client):
    response = client.get("/einrichtungen/", {"lat": "52.4811", "lon": "13.4350", "art": "kita"})
    html = _result(response.content.decode())
    metres = [
        float(value.replace(",", ".")) * (1000 if unit == "km" else 1)
        for value, unit in re.findall(r"([\d,]+)\xa0(m|km) entfernt", html)
    ]
    assert len(metres) == 20 and metres == sorted(metres)
    assert "Die 20 nächsten Einrichtungen, nach Luftlinie." in html
    assert "Kita ·" in html and "Familienzentrum" not in html  # only the chosen kind


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ({"strasse": "Unter den Linden"}, 200, "Diese Straße finden wir in Neukölln nicht"),
        ({"strasse": "Karl-Marx-Str.", "hausnummer": "9999"}, 200, "Diese Hausnummern gibt es"),
        ({"lat": "52.52", "lon": "13.40"}, 200, "Dieser Ort liegt nicht in Neukölln."),
        ({"lat": "abc", "lon": "13.4"}, 400, "muss eine Zahl sein"),
        ({"strasse": "x" * 500}, 400, "Die Straße ist zu lang"),
        ({"strasse": ""}, 400, "Bitte eine Straße angeben."),
    ],
)
def test_an_address_or_position_without_places_says_why_in_german(client, query, status, words):
    response = client.get("/einrichtungen/", query)
    assert response.status_code == status
    assert words in response.content.decode()


def test_the_places_page_explains_ekt(client):
    html = client.get("/einrichtungen/").content.decode()
    assert "<abbr>EKT</abbr>: Eltern-Initiativ-Kindertagesstätte" in html


def test_all_kitas_are_reached_through_their_region_not_one_endless_list(client):
    html = client.get("/einrichtungen/", {"art": "kita"}).content.decode()
    assert html.count('class="map-point map-point--kita"') == shipped.kita_count()  # all
    assert '<li class="place-item"' not in html
    assert f"{shipped.kita_count()} Kitas in Neukölln: Wählen Sie eine Bezirksregion" in html
    assert 'href="/einrichtungen/?bezirksregion=reuterstrasse&amp;art=kita"' in html


def _list_of_today():
    """The Kitas shipped, written back as the official list writes them."""
    rows = []
    for place in Place.objects.filter(kind__slug="kita").select_related("planungsraum"):
        lon, lat = place.lon_lat
        rows.append(
            [
                place.kita_number,
                place.name,
                place.phone,
                str(place.capacity),
                place.kita_type,
                "0001",
                place.operator_name,
                f"{place.street} {place.house_number}",
                place.postcode,
                f"{lat:.6f}",
                f"{lon:.6f}",
                place.planungsraum.code,
            ]
        )
    return rows


def _written(tmp_path, rows, month):
    path = tmp_path / f"kitas_neukoelln_{month}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER.split(";"))
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("change", [-1, +1])
def test_a_kita_list_one_row_shorter_or_longer_changes_counts_and_figures_not_tests(
    tmp_path, client, change
):
    rows = _list_of_today()
    assert len(rows) == shipped.kita_count()
    if change < 0:
        rows = rows[:-1]
    else:
        new = list(rows[0])
        new[0], new[1], new[3] = "08999001", "Kita Neue Welt", "40"
        rows.append(new)
    import_kitas(_written(tmp_path, rows, "2026-08"))
    expected = shipped.kita_count() + change
    assert Place.objects.filter(kind__slug="kita", published=True).count() == expected
    html = client.get("/einrichtungen/", {"art": "kita"}).content.decode()
    assert f"{expected} Kitas in Neukölln: Wählen Sie eine Bezirksregion" in html
    assert html.count('class="map-point map-point--kita"') == expected
    table = FigureTable()
    places = sum(int(row[3]) for row in rows)
    children = table.value("alter_unter_6", "08").value
    assert table.value(KITA_RATIO, "08").value == pytest.approx(100 * places / children)
