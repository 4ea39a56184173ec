"""Editors compare two versions of an entry side by side: only what changed, struck through
on the left and marked on the right, reached from the history."""

import html
import re

import pytest
import reversion
from reversion.models import Version

from coordination.models import FaqEntry

from .factories import redaktion_user


@pytest.fixture
def two_versions(db):
    editor = redaktion_user()
    entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    with reversion.create_revision():
        reversion.set_user(editor)
        entry.save()
    with reversion.create_revision():
        reversion.set_user(editor)
        entry.answer_de = entry.answer_de.replace("Neukölln", "Neukölln (Berlin)", 1)
        entry.translation_checked_en = not entry.translation_checked_en
        entry.save()
    return editor, entry


def test_the_history_links_each_version_to_a_side_by_side_comparison(client, two_versions):
    editor, entry = two_versions
    client.force_login(editor)
    history = client.get(f"/admin/coordination/faqentry/{entry.pk}/history/").content.decode()
    links = re.findall(r'href="([^"]+/history/vergleich/\?[^"]+)"', history)
    assert len(links) == Version.objects.get_for_object(entry).count() - 1
    assert "Mit der Fassung davor vergleichen" in history

    page = client.get(html.unescape(links[0]))
    assert page.status_code == 200
    text = page.content.decode()
    rows = re.findall(r'<th scope="row">([^<]+)</th>', text)
    assert set(rows) == {"Antwort [de]", "Übersetzung geprüft [en]"}  # only what changed
    assert "<ins>(Berlin)" in text and "(Berlin)" not in text.split("<ins>(Berlin)")[0]
    checked = text.split("Übersetzung geprüft [en]</th>")[1].split("</tr>")[0]
    now = "ja" if entry.translation_checked_en else "nein"
    before = "nein" if entry.translation_checked_en else "ja"
    assert checked.index(f"<del>{before}</del>") < checked.index(f"<ins>{now}</ins>")


def test_choosing_versions_that_do_not_exist_gets_a_german_message(client, two_versions):
    editor, entry = two_versions
    client.force_login(editor)
    url = f"/admin/coordination/faqentry/{entry.pk}/history/vergleich/"
    for query in ({"von": "abc", "bis": "1"}, {"von": "999999", "bis": "999998"}):
        response = client.get(url, query)
        assert response.status_code == 400
        assert "Diese Fassung gibt es nicht" in response.content.decode()


def test_visitors_cannot_compare(client, two_versions):
    _editor, entry = two_versions
    response = client.get(f"/admin/coordination/faqentry/{entry.pk}/history/vergleich/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_comparison_shows_the_same_local_time_as_the_history(client, two_versions):
    editor, entry = two_versions
    client.force_login(editor)
    history = client.get(f"/admin/coordination/faqentry/{entry.pk}/history/").content.decode()
    listed = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>', history)
    link = re.findall(r'href="([^"]+/history/vergleich/\?[^"]+)"', history)[0]
    compared = client.get(html.unescape(link)).content.decode()
    assert listed and all(when in compared for when in listed[:2])
