"""Teil II of the profiles as data: Handlungsfelder, goals and measures that staff keep, their
life cycle (planned, started, finished) on the profile, the region page, the feed and in the
history; the rules an editor meets in German."""

import datetime
from xml.etree import ElementTree

import pytest
import time_machine
from django.core.exceptions import ValidationError

from profiles.models import Goal, Handlungsfeld, Measure
from regions.models import Bezirksregion, Planungsraum

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def region():
    return Bezirksregion.objects.get(slug="schillerpromenade")


@pytest.fixture
def goal(region):
    field = Handlungsfeld.objects.create(
        bezirksregion=region, title="Grün und Spiel", published=True
    )
    return Goal.objects.create(
        handlungsfeld=field, title="Mehr Schatten auf den Spielplätzen", published=True
    )


def _measure(goal, **values):
    values = {
        "title": "Bäume für den Spielplatz Herrfurthplatz",
        "responsible": "Straßen- und Grünflächenamt",
        "published": True,
        **values,
    }
    return Measure.objects.create(goal=goal, **values)


def test_without_teil_ii_the_pages_say_it_is_being_written(client, region):
    profile = client.get(f"/bezirksregionen/{region.slug}/profil/").content.decode()
    page = client.get(f"/bezirksregionen/{region.slug}/").content.decode()
    assert "Teil II wird gerade geschrieben" in profile
    assert "Teil II wird gerade geschrieben" in page
    assert 'id="geplant"' in page


def test_a_measure_planned_started_and_finished_on_profile_page_feed_and_history(
    client, goal, region
):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.UTC)):
        measure = _measure(goal)
    with time_machine.travel(datetime.datetime(2026, 5, 4, 9, tzinfo=datetime.UTC)):
        measure.status = Measure.Status.STARTED
        measure.save()  # no date given: the day of the change
    with time_machine.travel(datetime.datetime(2026, 11, 20, 9, tzinfo=datetime.UTC)):
        measure.status = Measure.Status.FINISHED
        measure.status_since = datetime.date(2026, 11, 15)
        measure.save()
    history = list(measure.status_changes.values_list("status", "changed_on"))
    assert history == [
        ("geplant", datetime.date(2026, 3, 2)),
        ("in-umsetzung", datetime.date(2026, 5, 4)),
        ("abgeschlossen", datetime.date(2026, 11, 15)),
    ]
    profile = client.get(f"/bezirksregionen/{region.slug}/profil/").content.decode()
    assert "Bäume für den Spielplatz Herrfurthplatz" in profile
    assert "abgeschlossen" in profile and "Teil II wird gerade geschrieben" not in profile
    assert '<time datetime="2026-05-04">' in profile
    page = client.get(f"/bezirksregionen/{region.slug}/").content.decode()
    assert f"#massnahme-{measure.pk}" in page
    feed = client.get(f"/bezirksregionen/{region.slug}/massnahmen.atom")
    assert feed.status_code == 200
    entries = ElementTree.fromstring(feed.content).findall(f"{ATOM}entry")  # noqa: S314 (ours)
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == [
        "Bäume für den Spielplatz Herrfurthplatz: abgeschlossen",
        "Bäume für den Spielplatz Herrfurthplatz: in Umsetzung",
        "Neue Maßnahme: Bäume für den Spielplatz Herrfurthplatz",
    ]


def test_what_is_not_published_stays_out_of_every_page_and_the_feed(client, goal, region):
    _measure(goal, title="Noch nicht beschlossen", published=False)
    goal.published = False
    goal.save()
    _measure(goal, title="Unter einem unveröffentlichten Ziel")
    for url in (
        f"/bezirksregionen/{region.slug}/profil/",
        f"/bezirksregionen/{region.slug}/",
        f"/bezirksregionen/{region.slug}/massnahmen.atom",
    ):
        body = client.get(url).content.decode()
        assert "Noch nicht beschlossen" not in body
        assert "Unter einem unveröffentlichten Ziel" not in body


def test_a_scheduled_measure_appears_at_its_time(client, goal, region):
    start = datetime.datetime(2026, 12, 10, 8, tzinfo=datetime.UTC)
    with time_machine.travel(datetime.datetime(2026, 12, 4, 9, tzinfo=datetime.UTC)):
        _measure(goal, title="Ab dem 10. Dezember", publish_from=start)
        assert (
            "Ab dem 10. Dezember"
            not in client.get(f"/bezirksregionen/{region.slug}/profil/").content.decode()
        )
    with time_machine.travel(start + datetime.timedelta(hours=1)):
        assert (
            "Ab dem 10. Dezember"
            in client.get(f"/bezirksregionen/{region.slug}/profil/").content.decode()
        )


def test_an_editor_gets_german_reasons(goal):
    with pytest.raises(ValidationError) as refused:
        _measure(goal, starts_on=datetime.date(2026, 6, 1), ends_on=datetime.date(2026, 5, 1))
    assert "Das Ende liegt vor dem Beginn" in str(refused.value)
    elsewhere = Planungsraum.objects.exclude(bezirksregion=goal.handlungsfeld.bezirksregion)[:1]
    measure = Measure(goal=goal, title="x", responsible="y")
    assert "liegt nicht in der Bezirksregion" in measure.planungsraeume_problem(elsewhere)
    inside = Planungsraum.objects.filter(bezirksregion=goal.handlungsfeld.bezirksregion)
    assert measure.planungsraeume_problem(inside) is None


def test_the_admin_refuses_a_planungsraum_of_another_region(admin_client, goal):
    other = Planungsraum.objects.exclude(bezirksregion=goal.handlungsfeld.bezirksregion).first()
    response = admin_client.post(
        "/admin/profiles/measure/add/",
        {
            "goal": goal.pk,
            "title_de": "Falscher Ort",
            "responsible": "Jugendamt",
            "planungsraeume": [other.pk],
            "status": "geplant",
            "status_since": "2026-12-01",
            "status_changes-TOTAL_FORMS": "0",
            "status_changes-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "liegt nicht in der Bezirksregion" in response.content.decode()
    assert not Measure.objects.filter(title="Falscher Ort").exists()


def test_every_edit_of_a_measure_keeps_a_version(admin_client, goal):
    from reversion.models import Version

    measure = _measure(goal)
    url = f"/admin/profiles/measure/{measure.pk}/change/"
    form = {
        "goal": goal.pk,
        "title_de": measure.title,
        "responsible": measure.responsible,
        "status": "in-umsetzung",
        "status_since": "2026-12-01",
        "published": "on",
        "status_changes-TOTAL_FORMS": "1",
        "status_changes-INITIAL_FORMS": "1",
        "status_changes-0-id": measure.status_changes.get().pk,
        "status_changes-0-measure": measure.pk,
    }
    with time_machine.travel(datetime.datetime(2026, 12, 4, 9, tzinfo=datetime.UTC)):
        response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Version.objects.get_for_object(measure).count() == 1
    assert measure.status_changes.count() == 2


def test_teil_ii_with_content_is_valid_html_in_every_language(client, goal, region, tmp_path):
    from .test_html_validity import NU_JAR, nu_errors

    if not NU_JAR.exists():
        pytest.skip("Nu Html Checker fehlt (make nu)")
    measure = _measure(goal, partners="Quartiersrat", funding="Lebendige Zentren")
    measure.planungsraeume.set(Planungsraum.objects.filter(bezirksregion=region)[:2])
    pages = {}
    for prefix in ("", "/en", "/tr", "/ar"):
        for path in (f"/bezirksregionen/{region.slug}/profil/", f"/bezirksregionen/{region.slug}/"):
            response = client.get(prefix + path)
            assert response.status_code == 200
            assert "Lebendige Zentren" in response.content.decode() or "profil" not in path
            file = tmp_path / f"{len(pages):02d}.html"
            file.write_bytes(response.content)
            pages[file.name] = prefix + path
    errors = [
        f"{pages[error['url'].rsplit('/', 1)[-1]]}: {error['message']}"
        for error in nu_errors(sorted(tmp_path.glob("*.html")))
    ]
    assert errors == []


def test_teil_ii_as_csv_with_its_csvw_description_and_as_json(client, goal, region):
    import csv
    import io
    import json

    measure = _measure(goal, funding="Lebendige Zentren")
    measure.planungsraeume.set(Planungsraum.objects.filter(bezirksregion=region)[:2])
    measure.status = Measure.Status.STARTED
    measure.save()
    _measure(goal, title="Entwurf", published=False)
    base = f"/bezirksregionen/{region.slug}/massnahmen"
    response = client.get(base + ".csv")
    assert response.status_code == 200
    assert 'rel="describedby"' in response["Link"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [row["massnahme"] for row in rows] == [measure.title]
    codes = sorted(area.code for area in measure.planungsraeume.all())
    assert sorted(rows[0]["planungsraeume"].split()) == codes
    assert (rows[0]["stand"], rows[0]["foerderprogramm"]) == ("in-umsetzung", "Lebendige Zentren")
    described = json.loads(client.get(base + ".csv-metadata.json").content)
    assert [column["name"] for column in described["tableSchema"]["columns"]] == list(rows[0])
    assert described["tableSchema"]["primaryKey"] == "id"
    body = json.loads(client.get(base + ".json").content)
    assert [entry["massnahme"] for entry in body["massnahmen"]] == [measure.title]
    assert [step["stand"] for step in body["massnahmen"][0]["verlauf"]] == [
        "geplant",
        "in-umsetzung",
    ]


def test_a_return_to_an_earlier_status_keeps_the_first_date_and_a_corrected_date_replaces(goal):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.UTC)):
        measure = _measure(goal)
    with time_machine.travel(datetime.datetime(2026, 5, 4, 9, tzinfo=datetime.UTC)):
        measure.status = Measure.Status.STARTED
        measure.save()
    with time_machine.travel(datetime.datetime(2026, 6, 8, 9, tzinfo=datetime.UTC)):
        measure.status = Measure.Status.PLANNED  # paused: planned again
        measure.save()
        measure.status_since = datetime.date(2026, 6, 5)  # the editor corrects the date
        measure.save()
        measure.save()  # nothing changed: no new line
    history = list(measure.status_changes.values_list("status", "changed_on"))
    assert history == [
        ("geplant", datetime.date(2026, 3, 2)),
        ("in-umsetzung", datetime.date(2026, 5, 4)),
        ("geplant", datetime.date(2026, 6, 5)),
    ]
