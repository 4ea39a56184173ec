"""Open data, downloads and the point lookup: one language, no prefix; machines read them."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import api, comparison_views, views

app_name = "regions-api"

page = cached_for_visitors()

urlpatterns = [
    path(
        "api/bezirksregionen.geojson",
        page(api.bezirksregionen_geojson),
        name="bezirksregionen-geojson",
    ),
    path(
        "api/planungsraeume.geojson",
        page(api.planungsraeume_geojson),
        name="planungsraeume-geojson",
    ),
    path(
        "api/prognoseraeume.geojson",
        page(api.prognoseraeume_geojson),
        name="prognoseraeume-geojson",
    ),
    path("api/bezirksregionen.csv", page(api.bezirksregionen_csv), name="bezirksregionen-csv"),
    path("api/planungsraeume.csv", page(api.planungsraeume_csv), name="planungsraeume-csv"),
    # W3C CSV on the Web: what the columns of each CSV mean, and its sources and licences.
    path(
        "api/bezirksregionen.csv-metadata.json",
        page(api.bezirksregionen_csv_metadata),
        name="bezirksregionen-csv-metadata",
    ),
    path(
        "api/planungsraeume.csv-metadata.json",
        page(api.planungsraeume_csv_metadata),
        name="planungsraeume-csv-metadata",
    ),
    path(
        "kieze-in-zahlen/<str:level>.csv-metadata.json",
        page(comparison_views.download_metadata),
        name="figures-download-metadata",
    ),
    # Where a visitor is and what they type are never stored: not cached.
    path("api/region-at", api.region_at, name="region-at"),
    path("api/strassen", api.street_names, name="street-names"),
    path(
        "kieze-in-zahlen/<str:level>.<str:extension>",
        page(comparison_views.download),
        name="figures-download",
    ),
    path("berichte/<slug:key>.pdf", views.report_file, name="report"),
]
