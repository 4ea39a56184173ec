"""The places as open data: one language, no prefix."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import api

app_name = "places-api"

urlpatterns = [
    path("api/einrichtungen.geojson", cached_for_visitors()(api.places_geojson), name="geojson"),
]
