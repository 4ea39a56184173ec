"""Reports: staff upload PDFs through the admin; only real PDFs get in, under new names."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regions.models import Bezirksregion, Report

from .factories import redaktion_user

pytestmark = pytest.mark.django_db

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def redaktion(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(redaktion_user())
    return client


def upload(client, name, content, **extra):
    region = Bezirksregion.objects.get(code="081001")
    return client.post(
        "/admin/regions/report/add/",
        {
            "title": "Bezirksregionenprofil Schillerpromenade",
            "published_on": "2026-03-01",
            "description": "",
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
            "bezirksregionen": [region.pk],
            "published": "on",
            **extra,
        },
    )


def test_a_non_pdf_renamed_to_pdf_is_refused(redaktion):
    response = upload(redaktion, "foto.pdf", PNG)
    assert response.status_code == 200
    assert "Die Datei ist kein PDF" in response.content.decode()
    assert not Report.objects.exists()


def test_a_pdf_without_the_pdf_extension_is_refused(redaktion):
    response = upload(redaktion, "bericht.exe", MINIMAL_PDF)
    assert "Bitte eine Datei mit der Endung .pdf." in response.content.decode()
    assert not Report.objects.exists()


def test_a_too_large_pdf_is_refused(redaktion, monkeypatch):
    monkeypatch.setattr("regions.models.reports.MAX_REPORT_BYTES", 40)
    response = upload(redaktion, "bericht.pdf", MINIMAL_PDF)
    assert "Die Datei ist zu groß" in response.content.decode()
    assert not Report.objects.exists()


def test_a_pdf_is_stored_under_a_generated_name_and_listed_on_its_region(redaktion, client):
    response = upload(redaktion, "../../Mein Bericht (final).pdf", MINIMAL_PDF)
    assert response.status_code == 302, response.content.decode()[:500]
    report = Report.objects.get()
    assert report.file.name.startswith("berichte/") and "Mein" not in report.file.name
    assert report.file_size == len(MINIMAL_PDF)

    client.logout()
    html = client.get("/bezirksregionen/schillerpromenade/").content.decode()
    assert "Bezirksregionenprofil Schillerpromenade" in html
    download = client.get(report.get_absolute_url())
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == MINIMAL_PDF


def test_unpublished_reports_are_hidden_from_visitors(redaktion, client):
    upload(redaktion, "bericht.pdf", MINIMAL_PDF, published="")
    report = Report.objects.get()
    assert redaktion.get(report.get_absolute_url()).status_code == 200  # staff preview
    client.logout()
    assert client.get(report.get_absolute_url()).status_code == 404
    page = client.get("/bezirksregionen/schillerpromenade/").content.decode()
    assert report.get_absolute_url() not in page
    # The generated profile is listed all the same, the uploaded report beside it only once
    # published.
    assert 'href="/bezirksregionen/schillerpromenade/profil/"' in page
