import json
import re

import pytest
import vobject
from django.contrib.auth.models import User

from coordination.imports import import_offices
from coordination.models import DistrictContact, FaqEntry, Office, OfficeHours, Page
from spk_site.imports import DataImportError

from .factories import redaktion_user

pytestmark = pytest.mark.django_db


def test_start_page_introduces_the_spk_with_the_four_offices_and_faq(
    client, django_assert_max_num_queries
):
    # 6, the next Termine and the latest news, and (once per content version) when the next
    # scheduled entry appears or goes, which no cached page may outlive
    with django_assert_max_num_queries(9):
        html = client.get("/").content.decode()
    for name in ["Schillerpromenade", "Neuköllner Mitte/Zentrum", "Reuterstraße", "Gropiusstadt"]:
        assert f"Stadtteilkoordination {name}" in html
    assert 'href="/fragen/#aufgaben-der-oe-spk"' in html
    assert "Karl-Marx-Straße 83" in html


def test_faq_is_details_per_entry_with_deep_links_and_no_js_needed(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        html = client.get("/fragen/").content.decode()
    for slug in [
        "aufgaben-der-oe-spk",
        "was-ist-sozialraumorientierung",
        "was-ist-eine-stadtteilkoordination",
        "was-ist-eine-bezirksregion",
        "welche-stadtteilkoordination-ist-zustaendig",
        "was-ist-die-gemeinschaftsinitiative",
        "was-heisst-verstetigt",
    ]:
        assert f'<details id="{slug}" class="faq-entry">' in html
    assert html.count("<summary>") == FaqEntry.objects.published().count()


def test_office_list_shows_all_four_and_the_district_contact(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        html = client.get("/stadtteilkoordination/").content.decode()
    assert html.count('class="card contact-card"') == 4
    assert "Im Bezirksamt, für alle Bezirksregionen ohne Stadtteilkoordination" in html
    assert 'id="spk-kontakt"' in html


def test_office_page_has_address_hours_links_vcard_and_json_ld(
    client, django_assert_max_num_queries
):
    office = Office.objects.get(slug="schillerpromenade")
    OfficeHours.objects.create(office=office, weekday=0, opens="09:00", closes="12:00")
    # 7, its Kiezkasse, next Termine and news, and the next scheduled moment
    with django_assert_max_num_queries(11):
        html = client.get("/stadtteilkoordination/schillerpromenade/").content.decode()
    assert '<address lang="de">Lichtenrader Straße 12<br>12049 Berlin</address>' in html
    assert 'href="tel:+493054837646"' in html
    assert 'href="mailto:stadtteilkoordination@interkular.de"' in html
    assert '<time datetime="09:00">09:00</time>' in html
    assert 'href="/stadtteilkoordination/schillerpromenade.vcf"' in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)
    data = json.loads(block.group(1))
    assert data["name"] == "Stadtteilkoordination Schillerpromenade"
    assert data["address"]["postalCode"] == "12049"
    assert data["location"]["openingHoursSpecification"][0]["dayOfWeek"] == (
        "https://schema.org/Monday"
    )


def test_unknown_facts_are_left_out_and_the_card_says_how_else_to_reach_the_office(client):
    html = client.get("/stadtteilkoordination/gropiusstadt-ost/").content.decode()
    main = html.split('class="site-footer"')[0]
    assert "wird ergänzt" not in html
    assert "<address>" not in main  # nothing invented
    assert "Die eigenen Kontaktdaten dieses Büros tragen wir gerade zusammen." in main
    # A voice comes first: the Bezirksamt's switchboard, then 115, named as such.
    voices = main.split("Anrufen</dt>")[1].split("</dd>")[0]
    switchboard = DistrictContact.objects.get().switchboard
    assert switchboard
    phones = re.findall(r'href="tel:([^"]+)"', voices)
    assert phones == ["+" + re.sub(r"\D", "", switchboard), "115"], phones  # "+49 30 90239 0"
    assert "Zentrale des Bezirksamts: fragen Sie nach der OE SPK" in voices
    assert set(re.findall(r'href="tel:([^"]+)"', main)) == set(phones)
    other_ways = main.split("So erreichen Sie das Büro:")[1].split("</ul>")[0]
    assert 'href="https://www.stzneukoelln.de/stadtteilkoordination-in-der-gropiusstadt/"' in (
        other_ways
    )
    assert 'href="/stadtteilkoordination/#spk-kontakt"' in other_ways
    # The operator is only inferred by the sources: residents are not told it as a fact.
    assert "Selbsthilfe- und Stadtteilzentrum" not in main


def test_vcard_opens_in_a_standard_parser_with_name_address_phone_and_email(client):
    response = client.get("/stadtteilkoordination/schillerpromenade.vcf")
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "Stadtteilkoordination Schillerpromenade"
    assert card.adr.value.street == "Lichtenrader Straße 12"
    assert card.adr.value.code == "12049"
    assert card.tel.value == "030 54 83 76 46"
    assert card.email.value == "stadtteilkoordination@interkular.de"


def test_script_event_handler_and_javascript_url_in_an_faq_answer_are_inert(client):
    attack = (
        '<p>Hallo<script>alert("x")</script></p>'
        '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)" onclick="alert(3)">Link</a>'
    )
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    entry.answer_de = entry.answer_en = entry.answer_tr = entry.answer_ar = attack
    entry.save()  # through the ORM, not a form: the field itself cleans what it stores
    stored = FaqEntry.objects.filter(pk=entry.pk).values(
        "answer", "answer_de", "answer_en", "answer_tr", "answer_ar"
    )[0]
    for column, value in stored.items():
        assert "<p>Hallo</p>" in value, column
        for dangerous in ["<script", "alert(", "onerror", "onclick", "javascript:", "<img"]:
            assert dangerous not in value, column
    for prefix in ["", "/en", "/tr", "/ar"]:
        html = client.get(f"{prefix}/fragen/").content.decode()
        answer = html.split('id="was-ist-eine-bezirksregion"')[1].split("</details>")[0]
        assert "<p>Hallo</p>" in answer
        for dangerous in ["<script", "alert(", "onerror", "onclick", "javascript:", "<img"]:
            assert dangerous not in answer


def test_every_staff_text_field_cleans_what_it_stores():
    """Every rich-text column of every app, saved through the ORM."""
    from django.apps import apps

    from spk_site.rich_text import StaffTextField

    fields = [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, StaffTextField)
    ]
    labels = {f"{model._meta.label}.{field.name}" for model, field in fields}
    for expected in [
        "coordination.Office.description_ar",
        "coordination.FaqEntry.answer_de",
        "coordination.Page.body_en",
        "coordination.EasyLanguageText.body",
        "events.Event.description_tr",
        "events.NewsArticle.body_de",
        "events.SmallGrantFund.summary_ar",
        "places.Place.description_de",
        "regions.Report.description",
    ]:
        assert expected in labels
    instance = FaqEntry.objects.first()
    field = FaqEntry._meta.get_field("answer_tr")
    instance.answer_tr = '<p onclick="x()">Merhaba</p><script>x()</script>'
    assert field.pre_save(instance, add=False) == "<p>Merhaba</p>"


def test_unpublished_office_and_page_are_404_for_visitors_and_preview_for_staff(client):
    for model, slug in [
        (Office, "reuterstrasse"),
        (Page, "impressum"),
        (FaqEntry, "was-heisst-verstetigt"),
    ]:
        item = model.objects.get(slug=slug)
        item.published = False
        item.save()

    assert client.get("/stadtteilkoordination/reuterstrasse/").status_code == 404
    assert client.get("/stadtteilkoordination/reuterstrasse.vcf").status_code == 404
    assert client.get("/impressum/").status_code == 404
    assert 'id="was-heisst-verstetigt"' not in client.get("/fragen/").content.decode()
    assert "Reuterstraße" not in client.get("/stadtteilkoordination/").content.decode()

    client.force_login(redaktion_user())
    preview = client.get("/stadtteilkoordination/reuterstrasse/")
    assert preview.status_code == 200
    assert "Vorschau: Diese Seite ist nicht veröffentlicht" in preview.content.decode()
    assert client.get("/impressum/").status_code == 200
    assert 'id="was-heisst-verstetigt"' in client.get("/fragen/").content.decode()


def test_staff_without_permissions_get_no_preview(client):
    office = Office.objects.get(slug="reuterstrasse")
    office.published = False
    office.save()
    client.force_login(User.objects.create_user("jemand", is_staff=True))
    assert client.get("/stadtteilkoordination/reuterstrasse/").status_code == 404


def test_legal_pages_are_marked_drafts_for_staff_only_with_the_required_parts(client):
    privacy = " ".join(client.get("/datenschutz/").content.decode().split())
    assert "Entwurf:" not in privacy  # residents are not shown an internal note
    client.force_login(redaktion_user())
    assert "Entwurf:" in client.get("/datenschutz/").content.decode()
    assert "OpenStreetMap Foundation" in privacy and "IP-Adresse" in privacy
    accessibility = " ".join(client.get("/barrierefreiheit/").content.decode().split())
    for part in [
        "Geltungsbereich",
        "Stand der Vereinbarkeit",
        "Nicht barrierefreie Inhalte",
        "innerhalb eines Monats",
        "Durchsetzungsverfahren",
        "https://www.berlin.de/lb/digitale-barrierefreiheit/",
        "durchsetzungsverfahren-1305830.php",  # the procedure, as the Landesbeauftragte explains it
        "Formular „Barriere melden“",
    ]:
        assert part in accessibility
    assert client.get("/gemeinschaftsinitiative/").status_code == 200
    assert client.get("/seiten/impressum/").status_code == 404  # one address per page


def test_region_page_names_the_office_that_serves_it(client):
    html = client.get("/bezirksregionen/reuterstrasse/").content.decode()
    assert 'href="/stadtteilkoordination/reuterstrasse/"' in html


def test_region_without_office_names_the_spk(client):
    html = client.get("/bezirksregionen/britz/").content.decode()
    assert "Sozialraumorientierte Planungskoordination (OE SPK)" in html
    assert "/stadtteilkoordination/" not in html.split('id="wer-hilft"')[1].split("</section>")[0]


def test_sitemap_lists_every_public_page_and_robots_points_to_it(client):
    xml = client.get("/sitemap.xml").content.decode()
    for path in [
        "/</loc>",
        "/fragen/",
        "/stadtteilkoordination/",
        "/stadtteilkoordination/schillerpromenade/",
        "/impressum/",
        "/datenschutz/",
        "/barrierefreiheit/",
        "/gemeinschaftsinitiative/",
        "/datenquellen/",
        "/bezirksregionen/britz/",
    ]:
        assert path in xml
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    assert "Disallow: /admin/" in robots


def write_facts(tmp_path, **changes):
    facts = {
        "spk": {
            "name": "OE SPK",
            "address": {"street": "Karl-Marx-Straße", "house_number": "83", "postcode": "12043"},
        },
        "stadtteilkoordinationen": [
            {
                "name": "Stadtteilkoordination Schillerpromenade",
                "bezirksregion": "081001",
                "address": None,
                "email": None,
                "operator": None,
            }
        ],
    }
    facts["stadtteilkoordinationen"][0].update(changes)
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    return path


def test_office_import_keeps_unknown_facts_empty(tmp_path):
    import_offices(write_facts(tmp_path))
    office = Office.objects.get(slug="schillerpromenade")
    assert office.street == "" and office.email == "" and office.operator is None


def test_office_import_refuses_an_unknown_region_and_a_bad_email_without_writing(tmp_path):
    before = Office.objects.get(slug="schillerpromenade").email
    with pytest.raises(DataImportError, match="Kein Handlungsraum für Bezirksregion „084012“"):
        import_offices(write_facts(tmp_path, bezirksregion="084012"))
    with pytest.raises(DataImportError, match="„kein-at-zeichen“ ist ungültig"):
        import_offices(write_facts(tmp_path, email="kein-at-zeichen"))
    assert Office.objects.get(slug="schillerpromenade").email == before


def test_shipped_fixtures_hold_no_personal_names():
    from coordination.models import ContactPerson

    assert not ContactPerson.objects.exclude(name="").exists()


@pytest.mark.xdist_group("public-pages")
def test_no_public_page_shows_a_gap_or_a_note_meant_for_staff(public_pages):
    staff_notes = [
        line
        for office in Office.objects.all()
        for line in office.review_note.splitlines()
        if line.strip()
    ] + [line for page in Page.objects.all() for line in page.open_points.splitlines() if line]
    assert len(staff_notes) > 10
    for path, response in public_pages.items():
        html = response.content.decode()
        assert "wird ergänzt" not in html, path
        assert "bestätigen" not in html and "Bestätigung" not in html, path
        for note in staff_notes:
            assert note not in html, (path, note)


def test_an_operator_name_ending_in_an_abbreviation_ends_its_sentence_with_one_full_stop(client):
    html = client.get("/stadtteilkoordination/neukoellner-mitte-zentrum/").content.decode()
    assert "Nachbarschaftsheim Neukölln e.V. Das Bezirksamt" in html
    assert "e.V.." not in html


def test_the_privacy_page_links_its_email_addresses(client):
    html = client.get("/datenschutz/").content.decode()
    for address in ["datenschutz@bezirksamt-neukoelln.de", "mailbox@datenschutz-berlin.de"]:
        assert f'<a href="mailto:{address}">{address}</a>' in html


def test_the_map_caption_promises_only_the_offices_it_shows(
    client, django_capture_on_commit_callbacks
):
    def caption():
        html = client.get("/karte/").content.decode()
        return " ".join(html.split("<h1>")[1].split("</p>")[0].split())

    assert not Office.objects.filter(location__isnull=False).exists()
    assert "mit ihren Büros" not in caption()
    assert 'Die Adressen der Büros finden Sie unter <a href="/stadtteilkoordination/">' in caption()
    office = Office.objects.get(slug="reuterstrasse")
    office.location = {"type": "Point", "coordinates": [13.4275, 52.4895]}
    with django_capture_on_commit_callbacks(execute=True):  # as the admin's commit would
        office.save()
    assert "nur die Büros, deren Lage schon eingetragen ist" in caption()
    with django_capture_on_commit_callbacks(execute=True):
        for office in Office.objects.filter(location__isnull=True):
            office.location = {"type": "Point", "coordinates": [13.43, 52.47]}
            office.save()
    assert "Buchstaben markieren die Büros der Stadtteilkoordination." in caption()


def test_a_confirmed_operators_phone_answers_first_where_the_office_has_none(client):
    from coordination.models import Operator

    office = Office.objects.get(slug="reuterstrasse")
    assert not office.phone and office.operator_confirmed
    Operator.objects.filter(pk=office.operator_id).update(phone="030 6824 7813")
    main = client.get(office.get_absolute_url()).content.decode().split('class="site-footer"')[0]
    voices = main.split("Anrufen</dt>")[1].split("</dd>")[0]
    assert re.findall(r'href="tel:([^"]+)"', voices)[0] == "+493068247813"
    assert "beim Träger" in voices
