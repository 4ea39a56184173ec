"""„Welche Stadtteilkoordination ist für mich zuständig?“ over the real addresses."""

import csv
import random
from pathlib import Path

import pytest

from regions.geometry import to_geos
from regions.imports.addresses import import_addresses
from regions.models import Address, Planungsraum, Street
from regions.streets import street_key
from spk_site.imports import DataImportError

from . import shipped

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "addresses.csv"


def official_addresses():
    with FIXTURE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def lookup(client, strasse, hausnummer=None):
    query = {"strasse": strasse}
    if hausnummer is not None:
        query["hausnummer"] = hausnummer
    return client.get("/api/zustaendigkeit", query)


def test_every_one_of_500_random_official_addresses_resolves_to_its_planungsraum(client):
    rows = official_addresses()
    assert len(rows) == shipped.address_count()
    for row in random.Random(20261125).sample(rows, 500):
        number = f"{row['hausnummer']}{row['zusatz'].lower()}" if row["hausnummer"] else None
        response = lookup(client, row["strasse"], number)
        assert response.status_code == 200, (row, response.json())
        codes = [match["planungsraum"]["code"] for match in response.json()["matches"]]
        if number:
            assert codes == [row["planungsraum"]], row
        else:
            assert row["planungsraum"] in codes, row


@pytest.mark.parametrize(
    ("strasse", "hausnummer"),
    [
        ("Karl-Marx-Straße", "83"),
        ("Karl-Marx-Str.", "83"),
        ("Karl-Marx-Str", "83"),
        ("karl marx strasse", "83"),
        ("KARL-MARX-STRASSE", "83"),
        ("Karl Marx Str", "83"),
        ("KarlMarxStraße", "83"),
        ("  Karl -  Marx - Straße  ", " 83 "),
        ("Karl-Marx-Straße 83", None),
        ("Karl-Marx-Str. 83, 12043 Berlin", None),
        ("Karl-Marx-Straße", "83"),
    ],
)
def test_spelling_variants_find_the_same_address(client, strasse, hausnummer):
    response = lookup(client, strasse, hausnummer)
    assert response.status_code == 200, response.json()
    body = response.json()
    assert [match["planungsraum"]["code"] for match in body["matches"]] == ["08100314"]
    assert body["adresse"] == {"strasse": "Karl-Marx-Straße", "hausnummer": "83", "plz": "12043"}
    assert (
        body["matches"][0]["stadtteilkoordination"]["name"] == "Stadtteilkoordination Reuterstraße"
    )


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("Koelner Damm", "Kölner Damm"),
        ("Jochen-Nuessler-Strasse", "Jochen-Nüßler-Straße"),
        ("loessnitzer weg", "Lößnitzer Weg"),
        ("Boehmische Strasse", "Böhmische Straße"),
        ("Anzengruberstrasse", "Anzengruberstraße"),
        ("Am Muehlanger", "Am Mühlanger"),
        ("Beifussweg", "Beifußweg"),
        ("Bouchestr.", "Bouchéstraße"),
        ("am großen rohrpfuhl", "Am Großen Rohrpfuhl"),
    ],
)
def test_umlauts_and_sharp_s_written_out_find_the_street(client, typed, official):
    body = lookup(client, typed).json()
    assert body["adresse"]["strasse"] == official


def test_house_number_suffix_in_any_spelling(client):
    address = Address.objects.filter(suffix="A").select_related("street").first()
    for typed in [
        f"{address.house_number}a",
        f"{address.house_number} A",
        f"{address.house_number}-a",
    ]:
        body = lookup(client, address.street.name, typed).json()
        assert len(body["matches"]) == 1
        assert body["adresse"]["hausnummer"] == f"{address.house_number} A"


def test_street_through_several_regions_without_number_lists_each_planungsraum(client):
    body = lookup(client, "Karl-Marx-Straße").json()
    codes = [match["planungsraum"]["code"] for match in body["matches"]]
    assert len(codes) == len(set(codes)) > 1
    assert len({match["bezirksregion"]["code"] for match in body["matches"]}) > 1
    assert "führt durch" in body["message"]
    expected = set(
        Address.objects.filter(street__name="Karl-Marx-Straße").values_list(
            "planungsraum__code", flat=True
        )
    )
    assert set(codes) == expected


def test_postcode_narrows_a_street_without_number(client):
    everything = lookup(client, "Karl-Marx-Straße").json()["matches"]
    narrowed = lookup(client, "Karl-Marx-Straße 12043").json()["matches"]
    assert 0 < len(narrowed) < len(everything)


def test_missing_house_number_is_404_with_the_nearest_existing_numbers(client):
    response = lookup(client, "Karl-Marx-Straße", "999")
    assert response.status_code == 404
    body = response.json()
    assert body["matches"] == []
    assert (
        "Die Hausnummer 999 gibt es in der Straße „Karl-Marx-Straße“ in Neukölln nicht."
        in (body["message"])
    )
    assert body["nearest"] and all(number.split()[0].isdigit() for number in body["nearest"])
    assert max(int(number.split()[0]) for number in body["nearest"]) < 999


def test_a_street_we_do_not_know_is_called_unknown_and_points_to_berlin(client):
    response = lookup(client, "Unter den Linden", "1")
    assert response.status_code == 404
    body = response.json()
    assert body["message"].startswith(
        "Diese Straße finden wir in Neukölln nicht: „Unter den Linden“."
    )
    assert "liegt nicht in Neukölln" not in body["message"]
    assert body["berlin"].startswith("https://service.berlin.de")


def test_a_typo_close_to_one_street_is_answered_directly(client):
    response = lookup(client, "Karl-Marks-Straße", "83")
    assert response.status_code == 200
    body = response.json()
    assert body["adresse"]["strasse"] == "Karl-Marx-Straße"
    assert body["matches"] == lookup(client, "Karl-Marx-Straße", "83").json()["matches"]


def test_a_typo_close_to_several_streets_gets_suggestions_that_keep_the_number(client):
    # "Bertastraße" is one typing error from both Bartastraße and Hertastraße.
    response = client.get("/zustaendigkeit/", {"strasse": "Bertastraße 5"})
    html = response.content.decode()
    assert "Diese Straße finden wir in Neukölln nicht: „Bertastraße“." in html  # no number
    for name in ("Bartastra%C3%9Fe", "Hertastra%C3%9Fe"):
        assert f'href="?strasse={name}&amp;hausnummer=5#ergebnis"' in html


@pytest.mark.parametrize(
    "strasse",
    [
        "",
        "   ",
        "x" * 10_000,
        "Karl-Marx-Str\x00aße",
        "Hermann\x1bstraße",
    ],
)
def test_bad_input_is_400_with_a_message(client, strasse):
    response = lookup(client, strasse, "1")
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize(
    ("strasse", "hausnummer"),
    [
        ("'; DROP TABLE regions_address; --", "1"),
        ("Karl-Marx-Straße", "1 OR 1=1"),
        ("<script>alert(1)</script>", ""),
        ('"><img src=x onerror=alert(1)>', "5"),
        ("Karl-Marx-Straße", "99999999999999999999"),
        ("%00%27", "¹²³"),
    ],
)
def test_sql_and_html_fragments_get_a_message_never_a_500(client, strasse, hausnummer):
    for url in ["/api/zustaendigkeit", "/zustaendigkeit/"]:
        response = client.get(url, {"strasse": strasse, "hausnummer": hausnummer})
        assert response.status_code in {200, 400, 404}
        if url == "/zustaendigkeit/":
            html = response.content.decode()
            assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert Address.objects.count() == shipped.address_count()


def test_result_page_shows_the_office_contact_card(client, django_assert_max_num_queries):
    query = {"strasse": "Lichtenrader Str.", "hausnummer": "12"}
    with django_assert_max_num_queries(10):  # the first answer reads the per-version memos
        client.get("/zustaendigkeit/", query)
    with django_assert_max_num_queries(1):  # later ones only the places nearby
        response = client.get("/zustaendigkeit/", {**query, "hausnummer": "14"})
        response = client.get("/zustaendigkeit/", query)
    html = response.content.decode().split("<main", 1)[1]
    assert response.status_code == 200
    # Who helps comes first, how to reach them, then where the address lies, terms explained.
    assert html.index("Für Sie da: Stadtteilkoordination Schillerpromenade") < html.index(
        "Lichtenrader Straße 12 liegt in der Bezirksregion Schillerpromenade."
    )
    assert html.index('href="tel:+493054837646"') < html.index("liegt in der Bezirksregion")
    assert 'href="/begriffe/#planungsraum">Planungsraum</a> Schillerpromenade Nord' in html
    assert '<address lang="de">Lichtenrader Straße 12<br>12049 Berlin</address>' in html
    assert 'id="ergebnis"' in html
    assert 'href="tel:+493054837646"' in html
    assert 'href="/stadtteilkoordination/schillerpromenade.vcf"' in html


def test_result_page_outside_the_action_areas_names_the_spk(client):
    html = client.get(
        "/zustaendigkeit/", {"strasse": "Alt-Rudow", "hausnummer": "1"}
    ).content.decode()
    assert "gibt es keine Stadtteilkoordination. Für Sie da ist die OE SPK im Bezirksamt" in html
    assert "Sozialraumorientierte Planungskoordination (OE SPK)" in html


def test_not_found_page_is_never_a_dead_end(client):
    html = client.get("/zustaendigkeit/", {"strasse": "Unter den Linden"}).content.decode()
    assert "Diese Straße finden wir in Neukölln nicht" in html
    assert "https://service.berlin.de/behoerden/" in html
    assert "Sozialraumorientierte Planungskoordination (OE SPK)" in html
    nearby = client.get("/zustaendigkeit/", {"strasse": "Hermannstraße", "hausnummer": "5a"})
    assert "?strasse=Herrmannstra" not in nearby.content.decode()
    assert "hausnummer=5" in nearby.content.decode()


def test_form_errors_are_shown_in_german_on_the_page(client):
    response = client.get("/zustaendigkeit/", {"strasse": "Hermannstraße", "hausnummer": "fünf"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "„fünf“ ist keine Hausnummer." in html
    assert 'aria-invalid="true"' in html


def test_a_point_gets_the_same_answer_as_its_address(client):
    by_address = lookup(client, "Lichtenrader Straße", "12").json()["matches"][0]
    area = Planungsraum.objects.get(code=by_address["planungsraum"]["code"])
    inside = to_geos(area.geometry).point_on_surface
    point = {"lat": f"{inside.y:.6f}", "lon": f"{inside.x:.6f}"}
    by_point = client.get("/api/zustaendigkeit", point).json()
    assert by_point["matches"] == [by_address]
    page = client.get("/zustaendigkeit/", point).content.decode()
    assert "Stadtteilkoordination Schillerpromenade" in page


def test_a_point_outside_or_invalid(client):
    assert client.get("/api/zustaendigkeit", {"lat": "52.52", "lon": "13.41"}).status_code == 404
    assert client.get("/api/zustaendigkeit", {"lat": "nan", "lon": "13.41"}).status_code == 400
    assert client.get("/zustaendigkeit/", {"lat": "1e999", "lon": "13.41"}).status_code == 400


def test_street_suggestions_endpoint(client):
    assert "Karl-Marx-Straße" in client.get("/api/strassen", {"q": "karl marx"}).json()["strassen"]
    assert client.get("/api/strassen", {"q": "k"}).json()["strassen"] == []
    assert client.get("/api/strassen", {"q": "x" * 500}).status_code == 400


def test_street_keys_are_unique_and_forgiving():
    assert street_key("Karl-Marx-Str.") == street_key("karl marx strasse") == "karlmarxstr"
    assert street_key("Am Straßenbahnhof") == "amstrassenbahnhof"
    assert street_key("Straße 179") == "str179"


def write_addresses(tmp_path, lines):
    path = tmp_path / "adressen.csv"
    path.write_text(
        "hnr,hnr_zusatz,str_name,plz,ort_name,PLR_NAME,PLR_ID,BZR_ID,BZR_NAME\n" + "\n".join(lines),
        encoding="utf-8",
    )
    return path


def test_address_import_refuses_malformed_rows_with_their_line_numbers(tmp_path):
    path = write_addresses(
        tmp_path,
        [
            "1,,Teststraße,12043,Neukölln,x,08100101,081001,x",
            "zwei,,Teststraße,12043,Neukölln,x,08100101,081001,x",
            "3,,Teststraße,1204,Neukölln,x,08100101,081001,x",
            "4,,Teststraße,12043,Neukölln,x,08999999,081001,x",
            "5,,Teststraße,12043,Neukölln,x,08100101,081002,x",
            "1,,Teststraße,12043,Neukölln,x,08100101,081001,x",
        ],
    )
    with pytest.raises(DataImportError) as refusal:
        import_addresses(path)
    message = str(refusal.value)
    assert "5 fehlerhafte Zeile(n)" in message
    for line in ["Zeile 3", "Zeile 4", "Zeile 5", "Zeile 6", "Zeile 7"]:
        assert line in message
    assert "Zeile 2," not in message
    assert Address.objects.count() == shipped.address_count()  # nothing written


def test_address_import_is_idempotent(tmp_path):
    path = write_addresses(
        tmp_path,
        [
            "1,,Teststraße,12043,Neukölln,x,08100101,081001,x",
            "1,A,Teststraße,12043,Neukölln,x,08100101,081001,x",
            ",,Testplatz,12043,Neukölln,x,08100102,081001,x",
        ],
    )
    import_addresses(path)
    first = list(
        Address.objects.values_list("street__name", "house_number", "suffix", "planungsraum__code")
    )
    import_addresses(path)
    second = list(
        Address.objects.values_list("street__name", "house_number", "suffix", "planungsraum__code")
    )
    assert first == second and len(second) == 3


@pytest.mark.parametrize(
    ("strasse", "hausnummer", "street", "number"),
    [
        ("Hermanstr 100", "", "Hermannstraße", "100"),
        ("Hermannstrase", "100", "Hermannstraße", "100"),
        ("Karl-Marx-Straße", "83-85", "Karl-Marx-Straße", "83"),
        ("Karl-Marx-Straße", "83/85", "Karl-Marx-Straße", "83"),
        ("Karl-Marx-Straße 83 - 85", "", "Karl-Marx-Straße", "83"),
    ],
)
def test_typing_errors_and_ranges_are_answered_directly(
    client, strasse, hausnummer, street, number
):
    response = lookup(client, strasse, hausnummer)
    assert response.status_code == 200, response.json()["message"]
    assert response.json()["adresse"] == {
        "strasse": street,
        "hausnummer": number,
        "plz": response.json()["adresse"]["plz"],
    }


def test_the_page_says_which_street_it_answered_for(client):
    html = client.get("/zustaendigkeit/", {"strasse": "Hermanstr 100"}).content.decode()
    assert "Ergebnis für <strong>Hermannstraße</strong>" in html


def one_typo(name, seed):
    """A typing error a person makes: a letter left out, doubled, swapped or mistyped, in the
    middle of the name (not in the word "Straße", which every lookup forgives anyway)."""
    core = name.split(" ")[0] if " " in name else name.replace("straße", "").replace("weg", "")
    position = 1 + seed % max(len(core) - 2, 1)
    kind = seed % 4
    if kind == 0:
        typo = core[:position] + core[position + 1 :]
    elif kind == 1:
        typo = core[:position] + core[position] + core[position:]
    elif kind == 2:
        typo = core[: position - 1] + core[position] + core[position - 1] + core[position + 1 :]
    else:
        typo = core[:position] + ("e" if core[position] != "e" else "a") + core[position + 1 :]
    return name.replace(core, typo, 1)


def test_fifty_official_streets_with_one_typing_error_are_mostly_answered_directly(client):
    names = list(
        Street.objects.filter(name__regex=r"^[A-Za-zÄÖÜäöüß-]{6,}(straße|weg|damm|allee)$")
        .order_by("name")
        .values_list("name", flat=True)
    )
    step = max(len(names) // 50, 1)
    chosen = names[::step][:50]
    assert len(chosen) == 50
    answered = 0
    for seed, name in enumerate(chosen):
        typed = one_typo(name, seed)
        assert typed != name
        body = lookup(client, typed).json()
        if body.get("adresse", {}).get("strasse") == name:
            answered += 1
    assert answered >= 45, f"{answered} of 50"


def test_a_missing_number_on_a_street_into_the_next_district_says_so(client):
    body = lookup(client, "Kottbusser Damm", "1").json()
    assert "Dann kann die Hausnummer dort liegen" in body["message"]
    assert (
        "Die Hausnummer 1 gibt es in der Straße „Kottbusser Damm“ in Neukölln nicht."
        in (body["message"])
    )


def test_gibberish_is_called_unknown_and_the_number_is_never_part_of_the_street(client):
    body = lookup(client, "Friedrichstraße 1").json()
    assert body["message"].startswith(
        "Diese Straße finden wir in Neukölln nicht: „Friedrichstraße“."
    )
    body = lookup(client, "xqzvw").json()
    assert body["message"].startswith("Diese Straße finden wir in Neukölln nicht: „xqzvw“.")


def test_in_gropiusstadt_west_the_answer_says_the_office_named_gropiusstadt_is_not_theirs(client):
    from regions.models import Address

    address = Address.objects.filter(planungsraum__bezirksregion__slug="gropiusstadt-west").first()
    html = client.get(
        "/zustaendigkeit/", {"strasse": address.street.name, "hausnummer": address.house_number}
    ).content.decode()
    assert "gibt es keine Stadtteilkoordination" in html
    assert "Die Stadtteilkoordination Gropiusstadt arbeitet nur in der Bezirksregion" in html
