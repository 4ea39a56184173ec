"""The profiles in every language (German unprefixed): page, PDF, and a ZIP of all PDFs."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import downloads, views
from .feeds import MeasuresFeed

app_name = "profiles"

page = cached_for_visitors()

urlpatterns = [
    path("bezirksregionen/profil/", page(views.profile_page), name="district"),
    path("bezirksregionen/profil.pdf", views.profile_pdf, name="district-pdf"),
    path("bezirksregionen/profile.zip", views.profiles_zip, name="zip"),
    path(
        "bezirksregionen/vergleich-berlin.csv",
        page(downloads.comparison_csv),
        name="district-comparison-csv",
    ),
    path(
        "bezirksregionen/vergleich-berlin.csv-metadata.json",
        page(downloads.comparison_csv_metadata),
        name="district-comparison-csvw",
    ),
    path(
        "bezirksregionen/<slug:slug>/vergleich-berlin.csv",
        page(downloads.comparison_csv),
        name="comparison-csv",
    ),
    path(
        "bezirksregionen/<slug:slug>/vergleich-berlin.csv-metadata.json",
        page(downloads.comparison_csv_metadata),
        name="comparison-csvw",
    ),
    path("bezirksregionen/<slug:slug>/profil/", page(views.profile_page), name="detail"),
    path("bezirksregionen/<slug:slug>/profil.pdf", views.profile_pdf, name="detail-pdf"),
    path("bezirksregionen/<slug:slug>/anregung/", views.suggestion, name="suggestion"),
    path(
        "bezirksregionen/<slug:slug>/massnahmen.csv",
        page(downloads.measures_csv),
        name="measures-csv",
    ),
    path(
        "bezirksregionen/<slug:slug>/massnahmen.csv-metadata.json",
        page(downloads.measures_csv_metadata),
        name="measures-csvw",
    ),
    path(
        "bezirksregionen/<slug:slug>/massnahmen.json",
        page(downloads.measures_json),
        name="measures-json",
    ),
    path(
        "bezirksregionen/<slug:slug>/massnahmen.atom",
        page(MeasuresFeed()),
        name="measures-feed",
    ),
]
