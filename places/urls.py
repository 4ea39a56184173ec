"""Residents' pages of `places`, in every language (German unprefixed)."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import views

app_name = "places"

urlpatterns = [
    path(
        "einrichtungen/",
        cached_for_visitors(
            query=("art", "bezirksregion"), fresh=("strasse", "hausnummer", "lat", "lon")
        )(views.place_list),
        name="place-list",
    ),
]
