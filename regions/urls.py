"""Residents' pages of `regions`, in every language (German unprefixed)."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import comparison_views, views

app_name = "regions"

page = cached_for_visitors()

urlpatterns = [
    path("bezirksregionen/", page(views.BezirksregionListView.as_view()), name="list"),
    path(
        "bezirksregionen/<slug:slug>/", page(views.BezirksregionDetailView.as_view()), name="detail"
    ),
    path(
        "kieze-in-zahlen/",
        cached_for_visitors(
            lists=("bezirksregion", "planungsraum"), cache_when=comparison_views.kept_selection
        )(comparison_views.comparison_page),
        name="figures",
    ),
    path("datenquellen/", page(views.SourcesView.as_view()), name="sources"),
]
