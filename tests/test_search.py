"""The site search: one field that finds every kind of thing visitors can see, forgiving like
the address lookup, in every language, and nothing visitors cannot see. These tests run on
SQLite locally and on PostgreSQL in CI: the same assertions hold on both."""

import datetime
import logging
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coordination.models import FaqEntry, Office, Page
from events.models import Event, NewsArticle
from places.models import Place, PlaceKind
from search import engine
from search.models import SearchEntry

from . import shipped
from .test_places import inside

pytestmark = pytest.mark.django_db


def hits(client, query, prefix=""):
    """[(kind, title, url)] of the results page, best first."""
    response = client.get(f"{prefix}/suche/", {"q": query})
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    found = re.findall(
        r'<p class="search-hit__kind">(.*?)</p>\s*<h3 class="search-hit__title"><a href="([^"]+)"'
        r"[^>]*>(.*?)</a>",
        html,
        re.S,
    )
    return [
        (unescape(re.split(r" · ", kind)[0]).strip(), unescape(title), unescape(url))
        for kind, url, title in found
    ]


def first(client, query, prefix=""):
    found = hits(client, query, prefix)
    assert found, f"nothing found for {query!r}"
    return found[0]


@pytest.mark.parametrize(
    ("query", "kind", "url"),
    [
        ("Sozialraumorientierung", "Frage", "/fragen/#was-ist-sozialraumorientierung"),
        ("Datenschutz", "Seite", "/datenschutz/"),
        (
            "Stadtteilkoordination Reuterstraße",
            "Stadtteilkoordination",
            "/stadtteilkoordination/reuterstrasse/",
        ),
        ("Britz", "Bezirksregion", "/bezirksregionen/britz/"),
        ("Schillerpromenade Nord", "Planungsraum", "/bezirksregionen/schillerpromenade/#plr-"),
        ("Kita Rotkäppchen", "Kita", "/einrichtungen/?art=kita&bezirksregion=reuterstrasse#"),
        ("Kinderarmut", "Kennzahl", "/kieze-in-zahlen/"),
        ("Kiezkasse", "Seite", "/kiezkasse/"),
        ("Sonnenallee", "Straße", "/zustaendigkeit/?strasse=Sonnenallee#ergebnis"),
        ("Begriffe", "Seite", "/begriffe/"),
        ("Leichte Sprache", "Seite", "/leichte-sprache/"),
    ],
)
def test_each_kind_is_found_with_the_right_one_first(client, query, kind, url):
    found_kind, _title, found_url = first(client, query)
    assert (found_kind, found_url[: len(url)]) == (kind, url)


def test_the_office_leads_its_kiezkasse_and_the_overview_leads_all(client):
    found = hits(client, "Kiezkasse")
    assert found[0][2] == "/kiezkasse/"
    offices = {url for kind, _title, url in found if kind == "Kiezkasse"}
    assert "/stadtteilkoordination/reuterstrasse/kiezkasse/" in offices


def test_events_news_and_places_entered_by_staff_are_found_once_committed(
    client, django_capture_on_commit_callbacks
):
    office = Office.objects.get(slug="reuterstrasse")
    start = timezone.localdate() + datetime.timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        Event.objects.create(
            title="Vernetzungsrunde Weserkiez",
            slug="vernetzungsrunde-weserkiez",
            starts_on=start,
            start_time=datetime.time(18),
            organiser_office=office,
            place_office=office,
            place_address="Weserstraße 10, 12047 Berlin",
            published=True,
        )
        NewsArticle.objects.create(
            title="Neue Sprechzeiten im Stadtteilbüro",
            slug="neue-sprechzeiten",
            body="<p>Ab Januar dienstags bis 19 Uhr.</p>",
            published=True,
        )
        Place.objects.create(
            kind=PlaceKind.objects.get(slug="familienzentrum"),
            name="Familienzentrum am Reuterplatz",
            location={"type": "Point", "coordinates": inside("08100314")},
            published=True,
        )
    kind, title, url = first(client, "Vernetzungsrunde")
    assert (kind, url) == ("Termin", "/termine/vernetzungsrunde-weserkiez/")
    html = client.get("/suche/", {"q": "Vernetzungsrunde"}).content.decode()
    assert f'<time datetime="{start.isoformat()}T18:00:00+01:00">' in html or (
        f'<time datetime="{start.isoformat()}T18:00:00+02:00">' in html
    )  # the next date beside the event
    assert first(client, "Sprechzeiten")[:2] == ("Meldung", "Neue Sprechzeiten im Stadtteilbüro")
    assert first(client, "Familienzentrum Reuterplatz")[0] == "Einrichtung"


def test_what_visitors_cannot_see_is_never_found_and_leaves_the_index_on_commit(
    client, django_capture_on_commit_callbacks
):
    entry = FaqEntry.objects.get(slug="was-ist-sozialraumorientierung")
    assert first(client, "Sozialraumorientierung")[0] == "Frage"
    with django_capture_on_commit_callbacks(execute=True):
        entry.published = False
        entry.save()
    assert not SearchEntry.objects.filter(source="faq", object_id=str(entry.pk)).exists()
    assert "/fragen/#was-ist-sozialraumorientierung" not in [
        url for _kind, _title, url in hits(client, "Sozialraumorientierung")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        Event.objects.create(
            title="Geheime Vorbesprechung",
            slug="geheim",
            starts_on=timezone.localdate(),
            organised_by_district=True,
            published=False,
        )
        page = Page.objects.get(slug="gemeinschaftsinitiative")
        page.delete()
    assert hits(client, "Vorbesprechung") == []
    assert not SearchEntry.objects.filter(source="page", object_id=str(page.pk)).exists()
    # staff notes are not indexed: the legal pages' open points
    assert not any("Bestätigen" in e.text for e in SearchEntry.objects.filter(source="page"))


def test_a_rolled_back_change_never_reaches_the_index(client, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                NewsArticle.objects.create(
                    title="Nie veröffentlicht", slug="nie", body="<p>x</p>", published=True
                )
                raise RuntimeError("abgebrochen")
        except RuntimeError:
            pass
    assert callbacks == []
    assert not SearchEntry.objects.filter(title="Nie veröffentlicht").exists()
    assert "Nie veröffentlicht" not in [title for _k, title, _u in hits(client, "veröffentlicht")]


def test_scheduled_news_is_found_only_in_its_window(client, django_capture_on_commit_callbacks):
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        NewsArticle.objects.create(
            title="Winterfest im Körnerpark",
            slug="winterfest",
            body="<p>Am Samstag.</p>",
            published=True,
            publish_from=now + datetime.timedelta(days=1),
            visible_until=now + datetime.timedelta(days=3),
        )
    assert hits(client, "Winterfest") == []
    with time_machine.travel(now + datetime.timedelta(days=2), tick=False):
        assert first(client, "Winterfest")[1] == "Winterfest im Körnerpark"
    with time_machine.travel(now + datetime.timedelta(days=4), tick=False):
        assert hits(client, "Winterfest") == []


@pytest.mark.parametrize(
    ("typed", "expected_url"),
    [
        ("Kitas", "/einrichtungen/"),  # plural: a Kita (the list or one of them)
        ("Terminen", "/termine/"),
        ("Gebaerdensprache", "/gebaerdensprache/"),  # ä typed as ae
        ("Gebardensprache", "/gebaerdensprache/"),  # … or without the dots
        ("Reuterstrasse", "/bezirksregionen/reuterstrasse/"),  # ß typed as ss
        ("REUTERSTRASSE", "/bezirksregionen/reuterstrasse/"),
        ("kiezkase", "/kiezkasse/"),  # a letter missing
    ],
)
def test_word_forms_umlauts_and_case_as_people_type_them(client, typed, expected_url):
    assert first(client, typed)[2].startswith(expected_url)


@pytest.mark.parametrize(
    ("typed", "corrected", "expected_url"),
    [
        ("Stadteilkoordination", "Stadtteilkoordination", "/stadtteilkoordination/"),
        ("Schilerpromenade", "Schillerpromenade", "/bezirksregionen/schillerpromenade/"),
        ("Gropiustadt", "Gropiusstadt", "/"),
    ],
)
def test_typing_errors_find_the_right_result_and_offer_the_correction(
    client, typed, corrected, expected_url
):
    assert first(client, typed)[2].startswith(expected_url)
    html = client.get("/suche/", {"q": typed}).content.decode()
    link = re.search(r'Meinten Sie: <a href="([^"]+)">([^<]+)</a>', html)
    assert link and link.group(2) == corrected
    # one tap leads to the corrected search, which needs no correction
    again = client.get(unescape(link.group(1))).content.decode()
    assert "Meinten Sie" not in again and "search-hit" in again


def test_an_address_leads_straight_to_who_helps_there(client):
    response = client.get("/suche/", {"q": "Sonnenallee 50"})
    assert response.status_code == 302
    assert response["Location"] == "/zustaendigkeit/?strasse=Sonnenallee+50#ergebnis"
    answer = client.get("/suche/", {"q": "hermannstr 100"}, follow=True)
    assert "Hermannstraße 100 liegt in der Bezirksregion" in answer.content.decode()
    english = client.get("/en/suche/", {"q": "Karl-Marx-Str. 83"})
    assert english["Location"].startswith("/en/zustaendigkeit/?strasse=Karl-Marx-Str.+83")
    # a word with a number that is no street is searched as words
    assert client.get("/suche/", {"q": "Kiezkasse 2026"}).status_code == 200


def test_every_language_searches_its_own_text_and_falls_back_to_german(client):
    english = hits(client, "neighbourhood coordination", "/en")
    assert english and all(url.startswith("/en/") for _k, _t, url in english)
    assert any(title == "Neighbourhood coordination in Neukölln" for _k, title, _u in english)
    # A German word on the Turkish page: found by the German text, shown in Turkish
    turkish = hits(client, "Kinderarmut", "/tr")
    assert turkish and turkish[0][2] == "/tr/kieze-in-zahlen/"
    assert turkish[0][0] == "Gösterge"  # "Kennzahl" in Turkish
    # An untranslated page is found and marked as German
    html = client.get("/en/suche/", {"q": "Datenschutz"}).content.decode()
    assert '<a href="/en/datenschutz/" lang="de" dir="ltr">Datenschutzerklärung</a>' in html
    assert "only in German" in html
    arabic = hits(client, "Kita Rotkäppchen", "/ar")
    assert arabic and arabic[0][2].startswith("/ar/einrichtungen/")


def test_no_result_says_so_and_offers_the_lookup_the_sections_and_the_contact_form(client):
    response = client.get("/suche/", {"q": "Quetzalcoatl"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Keine Treffer für „Quetzalcoatl“" in html
    assert 'class="lookup-form"' in html
    assert 'href="/kontakt/"' in html and 'href="/termine/"' in html
    assert 'href="/einrichtungen/"' in html


def test_what_was_typed_is_shown_escaped_and_bad_input_gets_a_plain_message(client):
    html = client.get("/suche/", {"q": '<script>alert("x")</script> Kita'}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kita" in html
    too_long = client.get("/suche/", {"q": "Kita " * 41})
    assert too_long.status_code == 400
    assert "höchstens 200 Zeichen" in too_long.content.decode()
    control = client.get("/suche/", {"q": "Kita\x00"})
    assert control.status_code == 400 and "Steuerzeichen" in control.content.decode()
    excerpt = engine.excerpt('a <b>"Kita"</b> & co', {"kita"}, "de")
    assert str(excerpt) == "a &lt;b&gt;&quot;<mark>Kita</mark>&quot;&lt;/b&gt; &amp; co"


def test_queries_are_never_stored_logged_or_cached(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/suche/", {"q": "Geheimwort Kita"})
    assert "Geheimwort" not in caplog.text
    assert "no-cache" in response["Cache-Control"] and "Set-Cookie" not in response
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert response.get("X-Page-Cache") is None
    assert not SearchEntry.objects.filter(text__contains="Geheimwort").exists()


def test_a_search_reads_no_table_once_the_index_is_in_memory(client):
    client.get("/suche/", {"q": "Kita"})  # builds the index for this content version
    with CaptureQueriesContext(connection) as queries:
        client.get("/suche/", {"q": "Stadtteilkoordination Britz"})
    assert len(queries) == 0, [q["sql"][:80] for q in queries]
    with CaptureQueriesContext(connection) as queries:
        client.get("/suche/", {"q": "Kiezgespräch"})  # events: one query for the next dates
    assert len(queries) <= 1


def test_every_page_has_the_search_field_and_browsers_can_add_the_search(client):
    html = client.get("/fragen/").content.decode()
    assert 'action="/suche/"' in html and 'name="q"' in html
    assert 'rel="search" type="application/opensearchdescription+xml"' in html
    assert 'action="/ar/suche/"' in client.get("/ar/fragen/").content.decode()
    response = client.get("/suche/opensearch.xml")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    description = ET.fromstring(response.content)  # noqa: S314 (our own response)
    namespace = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    url = description.find("os:Url", namespace)
    assert url.get("template") == "http://testserver/suche/?q={searchTerms}"
    not_found = client.get("/gibt-es-nicht/").content.decode()
    assert 'action="/suche/"' in not_found


def test_the_index_is_rebuilt_by_command_with_every_language():
    from django.core.management import call_command

    SearchEntry.objects.all().delete()
    call_command("rebuild_search", verbosity=0)
    languages = set(SearchEntry.objects.values_list("language", flat=True))
    assert languages == {"de", "en", "tr", "ar"}
    per_language = {code: SearchEntry.objects.filter(language=code).count() for code in languages}
    assert len(set(per_language.values())) == 1, per_language  # every entry in every language


def test_the_count_is_the_real_count_with_the_full_list_linked(client):
    html = client.get("/suche/", {"q": "Kita"}).content.decode()
    heading = re.search(r'<h2 id="treffer">(.*?)</h2>', html, re.S)[1]
    total = int(re.search(r"(\d+) Treffer", heading)[1])
    pages = -(-total // engine.HITS_PER_PAGE)
    assert total >= shipped.kita_count() and f"Seite 1 von {pages}" in heading
    assert 'href="/einrichtungen/?art=kita">Alle Kitas nach Bezirksregion</a>' in html


def test_every_hit_is_on_exactly_one_page_in_the_order_of_the_first(client):
    first_page = client.get("/suche/", {"q": "Kita"}).content.decode()
    total = int(re.search(r"(\d+) Treffer", first_page)[1])
    pages = -(-total // engine.HITS_PER_PAGE)
    seen = []
    for page in range(1, pages + 1):
        query = {"q": "Kita"} if page == 1 else {"q": "Kita", "seite": str(page)}
        html = client.get("/suche/", query).content.decode()
        on_page = [
            unescape(url) for url in re.findall(r'search-hit__title"><a href="([^"]+)"', html)
        ]
        assert len(on_page) == min(engine.HITS_PER_PAGE, total - len(seen))
        assert (f'start="{len(seen) + 1}"' in html) == (page > 1)
        nav = re.search(r'<nav class="search-pages"[^>]*>(.*?)</nav>', html, re.S)[1]
        assert f"Seite {page} von {pages}" in nav
        assert ("Vorherige Seite" in nav) == (page > 1)
        assert ("Nächste Seite" in nav) == (page < pages)
        if page < pages:
            assert f"?q=Kita&amp;seite={page + 1}" in nav
        seen += on_page
    assert len(seen) == total  # every hit shown once (one place may have two entries)
    assert seen[:3] == [url for _kind, _title, url in hits(client, "Kita")][:3]


@pytest.mark.parametrize(
    ("page", "status"), [("abc", 400), ("0", 400), ("-1", 400), ("²", 400), ("999", 404)]
)
def test_a_page_of_hits_that_does_not_exist_says_so_and_shows_the_first(client, page, status):
    response = client.get("/suche/", {"q": "Kita", "seite": page})
    html = response.content.decode()
    assert response.status_code == status
    assert "Diese Seite der Treffer gibt es nicht. Hier ist die erste Seite." in html
    assert 'value="Kita"' in html  # what was searched stays in the field
    urls = [unescape(url) for url in re.findall(r'search-hit__title"><a href="([^"]+)"', html)]
    assert urls == [url for _kind, _title, url in hits(client, "Kita")]


def test_a_query_with_few_hits_has_no_page_links(client):
    html = client.get("/suche/", {"q": "Datenschutz"}).content.decode()
    assert 'class="search-pages"' not in html and " von " not in html.split('id="treffer"')[1][:80]


def test_green_spaces_and_playgrounds_are_found_and_lead_to_their_profile(client):
    from places.models import GreenSpace

    playground = GreenSpace.objects.filter(kind=GreenSpace.Kind.PLAYGROUND).first()
    found = hits(client, "Spielplatz")
    assert found and found[0][0] == "Grünanlage oder Spielplatz"
    region = playground.planungsraum.bezirksregion
    assert f"/bezirksregionen/{region.slug}/profil/#gruen-{playground.pk}" in [
        url for _kind, _title, url in hits(client, playground.name)
    ]


def test_web_addresses_are_not_searched_or_shown_as_text(client):
    html = client.get("/suche/", {"q": "Stadtteilzentrum"}).content.decode()
    excerpts = re.findall(r'class="search-hit__excerpt"[^>]*>(.*?)</p>', html, re.S)
    assert excerpts and not any("https://" in excerpt for excerpt in excerpts)
    assert not SearchEntry.objects.filter(text__contains="https://").exists()


def test_staff_recommendations_lead_where_this_site_cannot(client):
    html = client.get("/suche/", {"q": "Bürgeramt"}).content.decode()
    assert "Unsere Empfehlung" in html and 'href="https://service.berlin.de/"' in html
    assert 'href="tel:115"' in html
    turkish = client.get("/tr/suche/", {"q": "pasaport"}).content.decode()
    assert "Bürgeramt (vatandaşlık dairesi)" in turkish


def test_legal_pages_are_found_by_the_names_of_their_own_language(client):
    assert "/en/datenschutz/" in [url for _k, _t, url in hits(client, "privacy policy", "/en")][:3]
    assert "/en/impressum/" in [url for _k, _t, url in hits(client, "legal notice", "/en")][:3]
    assert (
        "/en/barrierefreiheit/"
        in [url for _k, _t, url in hits(client, "accessibility statement", "/en")][:3]
    )


def test_a_compound_of_two_indexed_words_finds_what_both_name(client):
    titles = [title for _kind, title, _url in hits(client, "Kitaplätze")][:3]
    assert "Kita-Plätze" in titles


def test_a_turkish_suggestion_is_never_a_mix_of_languages(client):
    html = client.get("/tr/suche/", {"q": "oyun parki"}).content.decode()
    hint = re.search(r'class="search-results__hint">(.*?)</p>', html, re.S)
    assert hint is None or "Park" not in hint[1]
