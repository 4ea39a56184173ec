"""Staff work in the admin: through its views, as a browser would, never around it."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from reversion.models import Version

from coordination.models import DistrictContact, FaqEntry, Office, OfficeHours, Operator, Page
from regions.models import Dataset

from .admin_forms import form_fields
from .factories import redaktion_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def redaktion(client):
    client.force_login(redaktion_user())
    return client


def change_url(obj):
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"


def submit_change_form(client, obj, **changes):
    page = client.get(change_url(obj))
    assert page.status_code == 200
    fields = form_fields(page.content.decode(), form_id=f"{obj._meta.model_name}_form")
    fields.update(changes)
    return client.post(change_url(obj), fields)


def test_redaktion_edits_office_opening_hours_and_the_public_page_shows_them(redaktion, client):
    office = Office.objects.get(slug="schillerpromenade")
    response = submit_change_form(
        redaktion,
        office,
        **{
            "opening_hours-0-weekday": "1",
            "opening_hours-0-opens": "10:00",
            "opening_hours-0-closes": "14:30",
            "opening_hours-0-note_de": "offene Sprechstunde",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    client.logout()
    html = client.get("/stadtteilkoordination/schillerpromenade/").content.decode()
    assert '<th scope="row">Dienstag</th>' in html
    assert '<time datetime="10:00">10:00</time>–<time datetime="14:30">14:30</time>' in html
    assert "offene Sprechstunde" in html


def test_closing_before_opening_is_refused_with_a_german_message(redaktion):
    office = Office.objects.get(slug="schillerpromenade")
    response = submit_change_form(
        redaktion,
        office,
        **{
            "opening_hours-0-weekday": "2",
            "opening_hours-0-opens": "16:00",
            "opening_hours-0-closes": "09:00",
        },
    )
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in response.content.decode()
    assert not office.opening_hours.exists()


def test_redaktion_cannot_open_user_management(redaktion):
    assert redaktion.get("/admin/auth/user/").status_code == 403
    assert redaktion.get("/admin/auth/group/").status_code == 403
    assert redaktion.get("/admin/").status_code == 200


def test_redaktion_may_look_at_regions_but_not_change_their_geometry(redaktion):
    listing = redaktion.get("/admin/regions/planungsraum/")
    assert listing.status_code == 200
    from regions.models import Planungsraum

    area = Planungsraum.objects.first()
    page = redaktion.get(change_url(area)).content.decode()
    assert 'name="geometry"' not in page  # read-only view, no field to submit
    response = redaktion.post(change_url(area), {"name": "Umbenannt"})
    assert response.status_code == 403
    area.refresh_from_db()
    assert area.name != "Umbenannt"


def test_a_restored_earlier_version_is_what_the_site_shows(redaktion, client):
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    submit_change_form(redaktion, entry, answer_de="<p>Erste Fassung der Antwort.</p>")
    submit_change_form(redaktion, entry, answer_de="<p>Zweite, verunglückte Fassung.</p>")
    assert "Zweite, verunglückte" in client.get("/fragen/").content.decode()

    shipped, first, _second = Version.objects.get_for_object(entry).order_by("pk")
    assert shipped.revision.comment == "Mitgelieferte Fassung"
    revert_url = f"/admin/coordination/faqentry/{entry.pk}/history/{first.pk}/"
    revert_page = redaktion.get(revert_url)
    assert "Erste Fassung der Antwort." in revert_page.content.decode()
    response = redaktion.post(
        revert_url, form_fields(revert_page.content.decode(), "faqentry_form")
    )
    assert response.status_code == 302

    html = client.get("/fragen/").content.decode()
    assert "Erste Fassung der Antwort." in html
    assert "verunglückte" not in html


def test_deleting_asks_first_and_can_be_undone(redaktion, client):
    entry = FaqEntry.objects.get(slug="woher-kommen-die-zahlen")
    submit_change_form(redaktion, entry)  # a saved version to recover from
    delete_url = f"/admin/coordination/faqentry/{entry.pk}/delete/"
    assert "Sind Sie sicher" in redaktion.get(delete_url).content.decode()
    assert FaqEntry.objects.filter(pk=entry.pk).exists()  # asking deletes nothing

    redaktion.post(delete_url, {"post": "yes"})
    assert not FaqEntry.objects.filter(pk=entry.pk).exists()

    deleted = Version.objects.get_deleted(FaqEntry).get(object_id=str(entry.pk))
    recover_url = f"/admin/coordination/faqentry/recover/{deleted.pk}/"
    recover_page = redaktion.get(recover_url).content.decode()
    redaktion.post(recover_url, form_fields(recover_page, "faqentry_form"))
    assert FaqEntry.objects.filter(pk=entry.pk).exists()
    assert "Woher kommen die Karten und Zahlen" in client.get("/fragen/").content.decode()


def test_office_admin_shows_the_review_note_and_view_on_site(redaktion):
    office = Office.objects.get(slug="schillerpromenade")
    html = redaktion.get(change_url(office)).content.decode()
    assert "Träger „interkular gGmbH“ bestätigen" in html
    content_type = ContentType.objects.get_for_model(Office)
    view_on_site = f"/admin/r/{content_type.pk}/{office.pk}/"
    assert view_on_site in html
    assert redaktion.get(view_on_site)["Location"].endswith(
        "/stadtteilkoordination/schillerpromenade/"
    )


def test_every_shipped_entry_has_a_first_version_from_the_moment_it_is_loaded():
    for model in (Office, FaqEntry, Page, Operator, DistrictContact):
        objects = list(model.objects.all())
        assert objects, model
        for obj in objects:
            versions = Version.objects.get_for_object(obj)
            assert versions.exists(), (model, obj)
            assert versions.order_by("pk").first().revision.comment == "Mitgelieferte Fassung"


def test_the_shipped_text_is_restored_and_a_deleted_shipped_entry_recovered(redaktion, client):
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    shipped_answer = entry.answer
    submit_change_form(redaktion, entry, answer_de="<p>Überarbeitet von der Redaktion.</p>")
    assert "Überarbeitet von der Redaktion." in client.get("/fragen/").content.decode()

    shipped = Version.objects.get_for_object(entry).order_by("pk").first()
    revert_url = f"/admin/coordination/faqentry/{entry.pk}/history/{shipped.pk}/"
    page = redaktion.get(revert_url).content.decode()
    assert redaktion.post(revert_url, form_fields(page, "faqentry_form")).status_code == 302
    entry.refresh_from_db()
    assert entry.answer == shipped_answer
    history = redaktion.get(f"/admin/coordination/faqentry/{entry.pk}/history/").content.decode()
    assert "Wiederhergestellt: Fassung vom" in history
    assert LogEntry.objects.filter(object_id=str(entry.pk)).first().get_change_message() == (
        "Wiederhergestellt."
    )

    redaktion.post(f"/admin/coordination/faqentry/{entry.pk}/delete/", {"post": "yes"})
    assert not FaqEntry.objects.filter(pk=entry.pk).exists()
    recover_list = redaktion.get("/admin/coordination/faqentry/recover/").content.decode()
    assert "Was ist eine Bezirksregion?" in recover_list
    assert "Zeitpunkt" in recover_list and "Zeitpunk " not in recover_list
    deleted = Version.objects.get_deleted(FaqEntry).get(object_id=str(entry.pk))
    recover_url = f"/admin/coordination/faqentry/recover/{deleted.pk}/"
    page = redaktion.get(recover_url).content.decode()
    assert redaktion.post(recover_url, form_fields(page, "faqentry_form")).status_code == 302
    assert FaqEntry.objects.get(pk=entry.pk).answer == shipped_answer
    assert "Was ist eine Bezirksregion?" in client.get("/fragen/").content.decode()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("18.30", "18:30"),
        ("18:30", "18:30"),
        ("18 Uhr", "18:00"),
        ("14", "14:00"),
        ("9", "09:00"),
    ],
)
def test_opening_hours_are_typed_as_people_type_them_and_shown_as_hh_mm(redaktion, typed, stored):
    office = Office.objects.get(slug="reuterstrasse")
    response = submit_change_form(
        redaktion,
        office,
        **{
            "opening_hours-0-weekday": "2",
            "opening_hours-0-opens": "8",
            "opening_hours-0-closes": typed,
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    row = office.opening_hours.get()
    assert row.closes.strftime("%H:%M") == stored
    form = redaktion.get(change_url(office)).content.decode()
    assert f'value="{stored}"' in form and f'value="{stored}:00"' not in form


def test_a_time_nobody_can_mean_gets_a_german_message(redaktion):
    office = Office.objects.get(slug="reuterstrasse")
    response = submit_change_form(
        redaktion, office, **{"opening_hours-0-weekday": "2", "opening_hours-0-opens": "25.70"}
    )
    assert response.status_code == 200
    assert "Bitte eine Uhrzeit wie 18:30, 18.30 oder 18 Uhr eingeben." in response.content.decode()


def test_was_fehlt_noch_names_every_missing_fact_and_forgets_what_was_filled_in(redaktion):
    html = " ".join(redaktion.get("/admin/").content.decode().split())
    assert "Was fehlt noch?" in html and "Noch nicht startklar" in html
    for page in Page.objects.exclude(open_points=""):
        for point in page.open_points.splitlines():
            assert escape(point.strip()) in html, point
    assert "OE SPK:</strong> E-Mail-Adresse fehlt." in html
    for office in Office.objects.all():
        if not office.phone:
            assert f"{escape(office.name)}:</strong> Telefonnummer fehlt." in html
        if not office.has_address:
            assert f"{escape(office.name)}:</strong> Adresse fehlt." in html
        assert f"{escape(office.name)}:</strong> Lage auf der Karte fehlt." in html
        if office.operator and not office.operator_confirmed:
            assert escape(f"Träger „{office.operator.name}“ bestätigen") in html
    assert "Lizenz von „Adressen Berlin (Neukölln)“ bestätigen." in html

    contact = DistrictContact.current()
    contact.email = "spk@bezirksamt-neukoelln.example"
    contact.save()
    html = " ".join(redaktion.get("/admin/").content.decode().split())
    assert "OE SPK:</strong> E-Mail-Adresse fehlt." not in html


def test_the_checklist_turns_green_when_nothing_required_is_missing(redaktion):
    from staff.readiness import gaps, ready_to_launch

    assert not ready_to_launch()
    Page.objects.update(open_points="", is_draft=False)
    DistrictContact.objects.update(phone="030 90239 1234", email="spk@example.org")
    Office.objects.update(
        phone="030 1234567", email="buero@example.org", street="Musterstraße", postcode="12043"
    )
    for office in Office.objects.all():
        OfficeHours.objects.create(office=office, weekday=1, opens="10:00", closes="12:00")
    Dataset.objects.update(licence_confirmed=True)
    assert [gap for gap in gaps() if gap.required] == []
    assert "Startklar" in redaktion.get("/admin/").content.decode()


def test_the_redaktion_rights_are_declared_once_and_are_exactly_what_the_group_holds():
    """Prints the one list (staff/rights.py) and holds it against the database."""
    from django.contrib.auth.models import Group

    from staff.rights import declared_codenames

    declared = declared_codenames()
    print("Rechte der Redaktion:")
    for app_label, codename in declared:
        print(f"  {app_label}.{codename}")
    group = Group.objects.get(name="Redaktion")
    held = sorted(
        (permission.content_type.app_label, permission.codename)
        for permission in group.permissions.select_related("content_type")
    )
    assert held == sorted(declared)
    assert ("events", "change_event") in held and ("places", "add_placehours") in held
    assert ("coordination", "delete_districtcontact") not in held
    assert not any(app_label == "auth" for app_label, _codename in held)


def test_a_right_granted_by_hand_is_taken_back_after_the_next_migrate():
    from django.contrib.auth.models import Group, Permission

    from staff.rights import grant_redaktion_rights

    group = Group.objects.get(name="Redaktion")
    group.permissions.add(Permission.objects.get(codename="delete_user"))
    grant_redaktion_rights()
    assert not group.permissions.filter(codename="delete_user").exists()


def test_changing_only_the_german_answer_names_only_it_and_marks_the_translations(redaktion):
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    FaqEntry.objects.filter(pk=entry.pk).update(
        translation_checked_en=True, translation_checked_tr=True
    )
    page = redaktion.get(change_url(entry)).content.decode()
    fields = form_fields(page, form_id="faqentry_form")
    fields["answer_de"] = "<p>Eine Bezirksregion ist ein Teil Neuköllns.</p>"
    response = redaktion.post(change_url(entry), fields, follow=True)
    html = response.content.decode()
    assert "wieder „zu prüfen“" in html and "Englisch und Türkisch" in html
    entry.refresh_from_db()
    assert not entry.translation_checked_en and not entry.translation_checked_tr
    change = LogEntry.objects.filter(object_id=str(entry.pk)).latest("action_time")
    message = change.get_change_message()
    assert "Antwort [de]" in message
    assert "[en]" not in message and "[tr]" not in message and "[ar]" not in message


def test_a_news_item_needs_only_title_address_and_text_and_is_dated_today(redaktion):
    page = redaktion.get("/admin/events/newsarticle/add/").content.decode()
    fields = form_fields(page, form_id="newsarticle_form")
    assert fields["published_on"]  # today, already filled in
    fields.update(title_de="Kiezfest", slug="kiezfest", body_de="<p>Am Samstag.</p>")
    response = redaktion.post("/admin/events/newsarticle/add/", fields)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_scheduled_notice_appears_and_ends_on_its_own(client):
    import datetime

    import time_machine
    from django.utils import timezone

    from events.models import NewsArticle

    start = timezone.now()
    NewsArticle.objects.create(
        title="Ab morgen",
        slug="ab-morgen",
        body="<p>x</p>",
        published=True,
        publish_from=start + datetime.timedelta(days=1),
        visible_until=start + datetime.timedelta(days=2),
    )
    assert "Ab morgen" not in client.get("/aktuelles/").content.decode()
    assert client.get("/aktuelles/ab-morgen/").status_code == 404
    with time_machine.travel(start + datetime.timedelta(days=1, hours=1), tick=False):
        assert "Ab morgen" in client.get("/aktuelles/").content.decode()  # not the cached page
        assert "ab-morgen" in client.get("/sitemap.xml").content.decode()
        assert "Ab morgen" in client.get("/aktuelles/feed.atom").content.decode()
    with time_machine.travel(start + datetime.timedelta(days=2, hours=1), tick=False):
        assert "Ab morgen" not in client.get("/aktuelles/").content.decode()


def test_what_is_missing_names_events_profile_texts_translations_and_replaced_datasets(client):
    import datetime

    from django.utils import timezone

    from events.models import Event
    from profiles.models import ProfileText
    from regions.models import Dataset, IndicatorRelease

    office = Office.objects.get(slug="reuterstrasse")
    Event.objects.create(
        title="Ohne Ort",
        slug="ohne-ort",
        organiser_office=office,
        published=False,
        starts_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    ProfileText.objects.create(
        part=ProfileText.Part.NEEDS, body="<p>Mehr Bänke.</p>", whole_district=True
    )
    old = Dataset.objects.create(
        slug="alte-kitaliste",
        name="Kitaliste Juni 2026",
        publisher="SenBJF",
        licence="CC BY",
        attribution="SenBJF",
    )
    release = IndicatorRelease.objects.create(dataset=old, reference_date=datetime.date(2026, 6, 1))
    release.values.create(indicator="kita_plaetze", planungsraum_id=1, value=1)
    client.force_login(redaktion_user())
    page = client.get("/admin/").content.decode()
    assert "Ohne Ort" in page and "ohne Link zur Online-Teilnahme" in page
    assert "Handlungsbedarfe – Bezirk Neukölln" in page and "Übersetzung fehlt (Text)" in page
    assert "„Kitaliste Juni 2026“ ist durch eine neuere Ausgabe ersetzt" in page
