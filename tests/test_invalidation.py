"""An edit invalidates what depends on it, not everything: an FAQ typo keeps the address
index, the figure table, the search entries of everything else and every PDF; a change to what
a profile shows queues the PDFs' refresh (in the background), an FAQ edit does not."""

import pytest
from django_tasks import default_task_backend

from coordination.models import FaqEntry
from profiles.models import ProfileText
from regions.address_lookup import address_index
from regions.figures.table import figure_table
from regions.models import Bezirksregion
from search.models import SearchEntry
from spk_site import content_version

pytestmark = pytest.mark.django_db


def _queued():
    return [result.task.name for result in default_task_backend.results]


def test_an_faq_edit_keeps_the_address_index_figures_other_search_entries_and_the_pdfs(
    django_capture_on_commit_callbacks,
):
    index, table = address_index.get(), figure_table.get()
    page_version = content_version.current()
    entry = FaqEntry.objects.published().first()
    others = set(SearchEntry.objects.exclude(source="faq").values_list("pk", flat=True))
    own = set(
        SearchEntry.objects.filter(source="faq", object_id=str(entry.pk)).values_list(
            "pk", flat=True
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        entry.answer = "<p>Ohne Tippfehler.</p>"
        entry.save()
    assert content_version.current() != page_version  # cached pages are rendered afresh
    assert address_index.get() is index and figure_table.get() is table  # kept
    assert set(SearchEntry.objects.exclude(source="faq").values_list("pk", flat=True)) == others
    renewed = SearchEntry.objects.filter(source="faq", object_id=str(entry.pk))
    assert renewed.exists() and not own & set(renewed.values_list("pk", flat=True))
    assert "refresh_profiles" not in _queued()  # no profile shows the FAQ


def test_a_change_to_what_a_profile_shows_queues_the_refresh_of_the_pdfs(
    django_capture_on_commit_callbacks,
):
    table = figure_table.get()
    with django_capture_on_commit_callbacks(execute=True):
        ProfileText.objects.create(
            bezirksregion=Bezirksregion.objects.get(slug="britz"),
            part=ProfileText.Part.ASSESSMENT,
            body="<p>Ruhig.</p>",
        )
    assert _queued() == ["refresh_profiles"]
    assert figure_table.get() is table  # a text is no figure


def test_a_bulk_import_of_figures_renews_the_figure_table_but_not_the_address_index():
    index, table = address_index.get(), figure_table.get()
    content_version.bump("figures")
    assert figure_table.get() is not table
    assert address_index.get() is index


def test_a_snapshot_of_some_topics_reads_the_others_when_a_memo_asks_for_them():
    versions = content_version.snapshot("addresses")
    assert set(versions) == {content_version.KEY, "site:content-version:addresses"}
    before = versions.of(["places"])
    assert before is not None and set(versions) >= {"site:content-version:places"}
    content_version.bump("places")
    assert versions.of(["places"]) == before  # one request answers for one moment
    assert content_version.snapshot("places").of(["places"]) != before


def test_the_lookup_unpickles_only_the_office_it_names_and_none_for_a_kept_answer(client):
    from coordination import responsibility

    answer = responsibility.responsible_for_address("Karl-Marx-Straße", "83")
    (match,) = answer.matches
    entry = match.office
    office = entry.load()
    assert (office.pk, office.name, office.slug) == (entry.pk, entry.name, entry.slug)
    assert office.get_absolute_url() == entry.get_absolute_url()
    assert entry.load() is not office  # each caller unpickles a copy of its own
    assert answer.district_contact is None  # the region has its office: no contact unpickled

    loads = []
    original = responsibility.OfficeEntry.load
    responsibility.OfficeEntry.load = lambda entry: loads.append(entry.pk) or original(entry)
    try:
        url = "/zustaendigkeit/?strasse=Karl-Marx-Stra%C3%9Fe&hausnummer=83"
        first = client.get(url).content
        count_first = len(loads)
        second = client.get(url).content
    finally:
        responsibility.OfficeEntry.load = original
    assert count_first == 1 and len(loads) == 1  # the second answer's card was kept
    assert first == second
