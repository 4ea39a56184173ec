"""Neukölln's languages: the URL decides (German unprefixed, /en/, /tr/, /ar/), never a cookie,
a session or the browser's Accept-Language; every page names its other-language versions."""

import re
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.utils import translation

from coordination.models import EasyLanguageText, FaqEntry, SignLanguageVideo
from regions.models import Bezirksregion
from staff.readiness import gaps

from .public_pages import PUBLIC_PATHS

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "de"]


def in_language(path, code):
    return path if code == "de" else f"/{code}{path}"


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/", "de", "ltr"), ("/en/", "en", "ltr"), ("/tr/", "tr", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_start_pages_name_their_language_and_direction(client, path, lang, direction):
    response = client.get(path)
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}">' in response.content.decode()
    assert response["Content-Language"] == lang


def test_start_pages_speak_the_language_of_their_url(client):
    assert "Wer hilft mir in meinem Kiez?" in client.get("/").content.decode()
    assert "Who can help me in my neighbourhood?" in client.get("/en/").content.decode()
    assert "Mahallemde bana kim yardım eder?" in client.get("/tr/").content.decode()
    assert "من يساعدني في حيّي؟" in client.get("/ar/").content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_page_names_all_four_languages_and_a_default(client, code):
    for path in PUBLIC_PATHS:
        url = in_language(path, code)
        response = client.get(url)
        assert response.status_code == 200, url
        links = alternates(response.content.decode())
        assert set(links) == {*LANGUAGES, "x-default"}, url
        base = path.split("?")[0]
        for other in LANGUAGES:
            assert links[other].startswith(f"http://testserver{in_language(base, other)}"), url
        assert links["x-default"] == links["de"]


def test_a_lookup_on_the_english_page_answers_in_english(client):
    html = client.get(
        "/en/zustaendigkeit/", {"strasse": "Karl-Marx-Str.", "hausnummer": "83"}
    ).content.decode()
    assert "Here to help you: Stadtteilkoordination Reuterstraße" in html
    assert "Karl-Marx-Straße 83 is in the district region Reuterstraße" in html
    assert "Für Sie da" not in html and "liegt in der Bezirksregion" not in html

    typo = client.get(
        "/en/zustaendigkeit/", {"strasse": "Sonenalle", "hausnummer": "100"}
    ).content.decode()
    assert "Result for <strong>Sonnenallee</strong> (you typed “Sonenalle”)." in typo

    unknown = client.get("/en/zustaendigkeit/", {"strasse": "Unter den Linden"}).content.decode()
    assert "We cannot find this street in Neukölln" in unknown


def test_the_api_keeps_its_keys_and_speaks_the_requested_language(client):
    german = client.get("/api/zustaendigkeit", {"strasse": "Unter den Linden"}).json()
    english = client.get(
        "/api/zustaendigkeit", {"strasse": "Unter den Linden", "lang": "en"}
    ).json()
    assert german.keys() == english.keys()
    assert "Diese Straße finden wir in Neukölln nicht" in german["message"]
    assert "We cannot find this street in Neukölln" in english["message"]
    turkish = client.get(
        "/api/zustaendigkeit", {"strasse": "Karl-Marx-Str.", "hausnummer": "83", "lang": "tr"}
    ).json()
    assert "bölgesinde" in turkish["message"]
    # An unknown language is German, not an error.
    unknown = client.get("/api/zustaendigkeit", {"strasse": "Unter den Linden", "lang": "xx"})
    assert unknown.json()["message"] == german["message"]


@pytest.mark.parametrize("accept", ["en", "tr", "ar", "en-GB,en;q=0.9", "ar-SA,tr;q=0.5"])
def test_german_pages_stay_german_whatever_the_browser_asks_for(client, accept):
    for path in ("/", "/fragen/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 200  # no redirect
        assert '<html lang="de" dir="ltr">' in response.content.decode()
        assert "Accept-Language" not in response.get("Vary", "")
        assert not response.cookies


def test_the_switcher_links_the_same_page_in_the_other_languages_under_their_own_names(client):
    html = client.get("/fragen/").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert '<a href="/en/fragen/" lang="en" hreflang="en">English</a>' in switcher
    assert '<a href="/tr/fragen/" lang="tr" hreflang="tr">Türkçe</a>' in switcher
    assert '<a href="/ar/fragen/" lang="ar" hreflang="ar">العربية</a>' in switcher
    arabic = client.get("/ar/fragen/").content.decode()
    assert '<a href="/fragen/" lang="de" hreflang="de">Deutsch</a>' in arabic
    # A lookup keeps its question when the reader changes the language.
    lookup = client.get("/zustaendigkeit/", {"strasse": "Sonnenallee", "hausnummer": "1"})
    assert "/en/zustaendigkeit/?strasse=Sonnenallee&amp;hausnummer=1" in lookup.content.decode()


def test_switching_languages_sets_no_cookie_and_no_session(client):
    from django.contrib.sessions.models import Session

    sessions = Session.objects.count()
    for path in ("/", "/en/", "/tr/fragen/", "/ar/zustaendigkeit/?strasse=Sonnenallee"):
        response = client.get(path)
        assert not response.cookies, path
    assert Session.objects.count() == sessions


def test_numbers_and_dates_follow_the_reader_language(client):
    region = Bezirksregion.objects.for_pages().get(slug="reuterstrasse")
    population = region.population
    assert population > 999
    grouped = f"{population:,}"
    assert grouped in client.get("/en/bezirksregionen/reuterstrasse/").content.decode()
    german = client.get("/bezirksregionen/reuterstrasse/").content.decode()
    assert grouped.replace(",", ".") in german
    assert "seit Mai 2016" in german
    assert "since May 2016" in client.get("/en/bezirksregionen/reuterstrasse/").content.decode()
    assert "Mayıs 2016" in client.get("/tr/bezirksregionen/reuterstrasse/").content.decode()
    assert "مايو 2016" in client.get("/ar/bezirksregionen/reuterstrasse/").content.decode()


def test_a_missing_translation_shows_german_with_a_note_in_the_reader_language(client):
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    entry.question_en = ""
    entry.answer_en = ""
    entry.save()
    html = client.get("/en/fragen/").content.decode()
    block = html.split('id="was-ist-eine-bezirksregion"')[1].split("</details>")[0]
    assert '<summary lang="de" dir="ltr">Was ist eine Bezirksregion?' in block
    assert "This text is not yet available in your language. Here it is in German." in block


def test_our_translations_say_they_are_unchecked_until_an_editor_confirms_them(
    client, django_capture_on_commit_callbacks
):
    """The FAQ says it once above its questions, not in every answer."""
    note = "Bu sayfadaki bazı çeviriler henüz editörler tarafından kontrol edilmedi."
    entry = FaqEntry.objects.get(slug="was-ist-eine-stadtteilkoordination")
    assert entry.question_tr and not entry.translation_checked_tr

    html = client.get("/tr/fragen/").content.decode()
    assert html.count(note) == 1
    assert html.index(note) < html.index('class="faq-entry"')
    assert (
        "henüz kontrol edilmedi"
        not in html.split('id="' + entry.slug + '"')[1].split("</details>")[0]
    )
    with django_capture_on_commit_callbacks(execute=True):  # as the admin's commit would
        FaqEntry.objects.filter(pk=entry.pk).update(translation_checked_tr=True)
        for other in FaqEntry.objects.exclude(pk=entry.pk):
            other.translation_checked_tr = True
            other.save()
    assert note not in client.get("/tr/fragen/").content.decode()


def test_the_admin_lists_what_lacks_a_translation_per_language(admin_client):
    entry = FaqEntry.objects.get(slug="woher-kommen-die-zahlen")
    entry.question_ar = ""
    entry.answer_ar = ""
    entry.save()
    found = [gap for gap in gaps() if gap.translation and gap.subject == str(entry)]
    assert any(gap.text.startswith("Arabisch: Übersetzung fehlt") for gap in found)
    assert any(gap.text == "Englisch: Übersetzung noch nicht geprüft." for gap in found)
    html = admin_client.get("/admin/").content.decode()
    assert "Arabisch: Übersetzung fehlt (Frage, Antwort)." in html

    page = admin_client.get(f"/admin/coordination/faqentry/{entry.pk}/change/").content.decode()
    for code in LANGUAGES:  # one tab per language (django-modeltranslation)
        assert f'name="question_{code}"' in page and f'name="answer_{code}"' in page


def test_sitemap_names_every_language_version_and_a_default(client):
    response = client.get("/sitemap.xml")
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
    ns = {
        "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "xhtml": "http://www.w3.org/1999/xhtml",
    }
    urls = tree.findall("sm:url", ns)
    locations = {url.find("sm:loc", ns).text for url in urls}
    for code in OTHER_LANGUAGES:
        assert f"http://testserver/{code}/fragen/" in locations
    faq = next(url for url in urls if url.find("sm:loc", ns).text == "http://testserver/fragen/")
    links = {link.get("hreflang"): link.get("href") for link in faq.findall("xhtml:link", ns)}
    assert links == {
        "de": "http://testserver/fragen/",
        "en": "http://testserver/en/fragen/",
        "tr": "http://testserver/tr/fragen/",
        "ar": "http://testserver/ar/fragen/",
        "x-default": "http://testserver/fragen/",
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_links_leichte_sprache_and_gebaerdensprache_in_its_header(client, code):
    for path in ("/", "/fragen/", "/bezirksregionen/neukoellner-mitte-zentrum/"):
        html = client.get(in_language(path, code)).content.decode()
        header = html.split("<header")[1].split("</header>")[0]
        assert f'href="{in_language("/leichte-sprache/", code)}"' in header
        assert ">Leichte Sprache<" in header
        assert f'href="{in_language("/gebaerdensprache/", code)}"' in header
        assert "Gebärdensprache" in header


def test_leichte_sprache_has_the_four_explanations_the_law_requires(
    client, django_capture_on_commit_callbacks
):
    required = EasyLanguageText.objects.published().filter(required=True)
    assert required.count() == 4
    html = client.get("/leichte-sprache/").content.decode()
    for text in required:
        assert f'<section id="{text.slug}"' in html
        assert text.title in html
    for topic in ("Was steht auf", "zurecht", "barriere·frei", "mehr in Leichter Sprache"):
        assert topic in html
    # Honest about the test group until staff say otherwise.
    assert html.count("Diesen Text hat noch keine Prüf·gruppe gelesen.") == 7
    text = required.first()
    text.reviewed_by_test_group = True
    with django_capture_on_commit_callbacks(execute=True):
        text.save()
    html = client.get("/leichte-sprache/").content.decode()
    assert html.count("Diesen Text hat noch keine Prüf·gruppe gelesen.") == 6


def test_leichte_sprache_is_german_inside_an_english_page(client):
    html = client.get("/en/leichte-sprache/").content.decode()
    assert '<html lang="en"' in html
    assert '<div class="easy-language" lang="de" dir="ltr">' in html
    assert "This page is in Easy German (Leichte Sprache)" in html


def test_the_sign_language_page_says_how_to_write_until_videos_exist(client):
    assert not SignLanguageVideo.objects.published().exists()
    html = client.get("/gebaerdensprache/").content.decode()
    assert "Die Videos in Gebärdensprache bereiten wir gerade vor." in html
    assert "Karl-Marx-Straße 83" in html  # a letter to the OE SPK
    assert "mailto:stadtteilkoordination@interkular.de" in html  # or an office's e-mail
    assert "<video" not in html


def po_entries(text):
    """(msgid, [msgstr, ...]) for every entry of a .po file, continuation lines joined."""
    entries = []
    for block in text.split("\n\n"):
        if block.lstrip().startswith("#~"):
            continue
        fields, current = {}, None
        for line in block.splitlines():
            keyword = re.match(r"(msgid_plural|msgid|msgstr(?:\[\d\])?) (\".*\")$", line)
            if keyword:
                current = keyword[1]
                fields[current] = keyword[2][1:-1]
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if fields.get("msgid"):
            entries.append(
                (fields["msgid"], [v for k, v in fields.items() if k.startswith("msgstr")])
            )
    return entries


def test_every_interface_string_has_its_english_turkish_and_arabic_version():
    for code in OTHER_LANGUAGES:
        po = settings.BASE_DIR / "spk_site" / "locale" / code / "LC_MESSAGES" / "django.po"
        text = po.read_text(encoding="utf-8")
        entries = po_entries(text)
        assert len(entries) > 300, code
        untranslated = [msgid for msgid, msgstrs in entries if not all(msgstrs)]
        assert untranslated == [], (code, untranslated[:5])
        assert "#, fuzzy\nmsgid" not in text, code  # a guess by makemessages is not a translation
        with translation.override(code):  # and the compiled catalog is the one Django reads
            assert translation.gettext("Wer hilft mir?") != "Wer hilft mir?"
