"""The site search, in every language (German unprefixed)."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import views

app_name = "search"

urlpatterns = [
    # What a visitor typed is never stored: not cached.
    path("suche/", views.search_page, name="results"),
    path("suche/opensearch.xml", cached_for_visitors()(views.opensearch), name="opensearch"),
]
