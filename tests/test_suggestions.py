"""„Ihre Anregung zum Profil“: from the form (no account, no cookie, the contact form's
protections) to the staff's answer published with the writer's consent, and gone after the
period the Datenschutzerklärung names when it is not published."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from profiles.models import Goal, Handlungsfeld, Measure, Suggestion
from profiles.suggestions import SUGGESTION_DAYS, forget_expired_suggestions
from regions.models import Bezirksregion

from .test_writing import shown_seconds_ago

pytestmark = pytest.mark.django_db
URL = "/bezirksregionen/schillerpromenade/anregung/"


def suggestion(**values):
    return {
        "text": "Am Herrfurthplatz fehlen Bänke im Schatten.",
        "handlungsfeld": "",
        "planungsraum": "",
        "website": "",
        "shown": shown_seconds_ago(30),
        **values,
    }


def test_a_suggestion_from_the_form_to_a_published_answer_linked_to_a_measure(
    client, django_capture_on_commit_callbacks
):
    region = Bezirksregion.objects.get(slug="schillerpromenade")
    page = client.get(URL)
    assert page.status_code == 200 and not page.cookies
    assert 'name="csrfmiddlewaretoken"' not in page.content.decode()
    area = region.planungsraeume.first()
    response = client.post(URL, suggestion(planungsraum=area.pk, may_publish="on"))
    assert response.status_code == 302 and not response.cookies
    assert response["Location"] == URL + "?danke=1"
    stored = Suggestion.objects.get()
    assert (stored.bezirksregion, stored.planungsraum, stored.may_publish) == (region, area, True)
    profile_url = "/bezirksregionen/schillerpromenade/profil/"
    assert "Bänke im Schatten" not in client.get(profile_url).content.decode()  # not answered

    field = Handlungsfeld.objects.create(bezirksregion=region, title="Grün", published=True)
    goal = Goal.objects.create(handlungsfeld=field, title="Mehr Schatten", published=True)
    measure = Measure.objects.create(
        goal=goal, title="Bänke unter den Linden", responsible="SGA", published=True
    )
    stored.answer = "Wir stellen im Frühjahr vier Bänke auf."
    stored.measure = measure
    stored.published = True
    with django_capture_on_commit_callbacks(execute=True):  # the edit reaches cached pages
        stored.save()
    page = client.get(profile_url).content.decode()
    assert "Bänke im Schatten" in page and "vier Bänke" in page
    assert f'href="#massnahme-{measure.pk}"' in page


def test_without_consent_a_suggestion_is_never_published_and_staff_are_told_why():
    region = Bezirksregion.objects.get(slug="schillerpromenade")
    stored = Suggestion.objects.create(bezirksregion=region, text="Mehr Licht im Park.")
    stored.answer = "Danke, wir prüfen das."
    stored.published = True
    with pytest.raises(ValidationError) as refused:
        stored.save()
    assert "Ohne Zustimmung" in str(refused.value)


def test_a_topic_or_place_of_another_region_is_refused(client):
    other = Bezirksregion.objects.exclude(slug="schillerpromenade").first()
    foreign = other.planungsraeume.first()
    response = client.post(URL, suggestion(planungsraum=foreign.pk))
    assert response.status_code == 400
    assert not Suggestion.objects.exists()


def test_a_form_sent_at_once_or_with_the_bot_field_is_refused(client):
    assert client.post(URL, suggestion(shown=shown_seconds_ago(0))).status_code == 400
    assert client.post(URL, suggestion(website="http://spam.example")).status_code == 400
    assert not Suggestion.objects.exists()


def test_the_sixth_suggestion_in_an_hour_from_one_address_is_refused(client):
    for _ in range(5):
        assert client.post(URL, suggestion()).status_code == 302
    response = client.post(URL, suggestion())
    assert response.status_code == 400
    assert "mehrere Anregungen" in response.content.decode()
    assert Suggestion.objects.count() == 5


def test_unpublished_suggestions_are_deleted_after_the_period_the_privacy_page_names(client):
    region = Bezirksregion.objects.get(slug="schillerpromenade")
    start = datetime.datetime(2026, 1, 5, 10, tzinfo=datetime.UTC)
    with time_machine.travel(start):
        kept = Suggestion.objects.create(
            bezirksregion=region, text="a", may_publish=True, answer="b", published=True
        )
        gone = Suggestion.objects.create(bezirksregion=region, text="c")
    with time_machine.travel(start + datetime.timedelta(days=SUGGESTION_DAYS - 1)):
        assert forget_expired_suggestions() == 0
    with time_machine.travel(start + datetime.timedelta(days=SUGGESTION_DAYS + 1)):
        assert forget_expired_suggestions() == 1
    assert Suggestion.objects.filter(pk=kept.pk).exists()
    assert not Suggestion.objects.filter(pk=gone.pk).exists()
    privacy = client.get("/datenschutz/").content.decode()
    assert f"nach {SUGGESTION_DAYS} Tagen" in privacy


def test_the_form_is_there_in_every_language(client):
    for prefix in ("", "/en", "/tr", "/ar"):
        response = client.get(prefix + URL)
        assert response.status_code == 200
        assert 'name="may_publish"' in response.content.decode()


def test_staff_see_unanswered_suggestions_under_heute(admin_client):
    region = Bezirksregion.objects.get(slug="schillerpromenade")
    Suggestion.objects.create(bezirksregion=region, text="Mehr Licht im Park.")
    Suggestion.objects.create(bezirksregion=region, text="a", answer="b")
    start = admin_client.get("/admin/").content.decode()
    assert "1 Anregung zum Profil ohne Antwort" in start
    assert "/admin/profiles/suggestion/?beantwortet=nein" in start
    listed = admin_client.get("/admin/profiles/suggestion/?beantwortet=nein")
    assert listed.status_code == 200
    assert "1 Anregung zum Profil" in listed.content.decode()
