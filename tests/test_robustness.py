"""Arbitrary input for every form and query endpoint: a message or a 4xx, never a 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

ANSWERS = {200, 301, 400, 404}  # 301: to the page of the parameters a view reads
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI never turns red by chance
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text as people and robots send it: any Unicode (that HTTP can carry as UTF-8; broken bytes are
# tested below), control characters, long strings.
characters = st.characters(codec="utf-8")
any_text = st.text(characters, max_size=300) | st.text(characters, min_size=300, max_size=3000)
number_text = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers().map(str),
    any_text,
)


def client():
    return Client(raise_request_exception=False)


@FUZZ
@given(strasse=any_text, hausnummer=any_text)
def test_address_lookup_page_and_api_never_fail(strasse, hausnummer):
    for path in ["/zustaendigkeit/", "/api/zustaendigkeit", "/einrichtungen/"]:
        response = client().get(path, {"strasse": strasse, "hausnummer": hausnummer})
        assert response.status_code in ANSWERS, (path, strasse, hausnummer)


@FUZZ
@given(lat=number_text, lon=number_text)
def test_point_lookups_never_fail(lat, lon):
    for path in ["/api/region-at", "/api/zustaendigkeit", "/zustaendigkeit/", "/einrichtungen/"]:
        response = client().get(path, {"lat": lat, "lon": lon})
        assert response.status_code in ANSWERS, (path, lat, lon)


@FUZZ
@given(query=any_text)
def test_street_suggestions_never_fail(query):
    assert client().get("/api/strassen", {"q": query}).status_code in ANSWERS


@FUZZ
@given(
    regions=st.lists(any_text | st.sampled_from(["081001", "081002", "084012"]), max_size=6),
    areas=st.lists(any_text | st.sampled_from(["08100101", "08401246"]), max_size=6),
)
def test_comparison_never_fails(regions, areas):
    response = client().get("/kieze-in-zahlen/", {"bezirksregion": regions, "planungsraum": areas})
    assert response.status_code in ANSWERS


@FUZZ
@given(slug=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=80))
def test_detail_pages_with_any_slug_never_fail(slug):
    paths = [
        f"/bezirksregionen/{slug}/",
        f"/stadtteilkoordination/{slug}/",
        f"/stadtteilkoordination/{slug}.vcf",
        f"/seiten/{slug}/",
        f"/berichte/{slug}.pdf",
    ]
    for path in paths:
        assert client().get(path).status_code in {200, 404}, path


@pytest.mark.parametrize(
    "query",
    [
        "strasse=%ff%fe%fd&hausnummer=%c3%28",  # not UTF-8
        "strasse=%00&hausnummer=1",
        "strasse=" + "a" * 100_000,
        "strasse=Karl&strasse=Marx&hausnummer=1&hausnummer=2",
        "lat=1&lat=2&lon=x",
    ],
)
def test_odd_encodings_and_long_queries_get_a_message(query):
    for path in ["/zustaendigkeit/", "/api/zustaendigkeit"]:
        response = client().get(f"{path}?{query}")
        assert response.status_code in ANSWERS, (path, query)
        if path.startswith("/api/") and response.status_code == 400:
            assert response.json()["message"]


def test_an_oversized_form_post_is_refused_with_the_german_400_page():
    response = client().post("/admin/login/", {"username": "x" * 3_000_000, "password": "y"})
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.content.decode()


@pytest.mark.django_db
def test_pages_with_a_map_answer_before_any_area_has_a_shape(client):
    """A database whose LOR geography is not yet imported (an import of another file first
    rebuilds the search index, which renders these pages): no map, no 500."""
    from regions.models import Bezirksregion

    Bezirksregion.objects.update(web_geometry=None)
    for path in ("/", "/karte/", "/einrichtungen/", "/stadtteilkoordination/reuterstrasse/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"data-consent-map" not in response.content, path
