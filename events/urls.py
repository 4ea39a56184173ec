"""Residents' pages of `events`, in every language (German unprefixed)."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import views

app_name = "events"

page = cached_for_visitors()

urlpatterns = [
    path(
        "termine/",
        cached_for_visitors(query=("bezirksregion", "stadtteilkoordination", "zeitraum"))(
            views.event_list
        ),
        name="event-list",
    ),
    path("termine/archiv/", page(views.EventArchiveView.as_view()), name="event-archive"),
    path("termine/<slug:slug>/", page(views.EventDetailView.as_view()), name="event-detail"),
    path("aktuelles/", page(views.NewsListView.as_view()), name="news-list"),
    path("aktuelles/archiv/<int:year>/", page(views.NewsListView.as_view()), name="news-archive"),
    path("aktuelles/<slug:slug>/", page(views.NewsDetailView.as_view()), name="news-detail"),
    path("kiezkasse/", page(views.SmallGrantsOverview.as_view()), name="small-grants"),
    path(
        "stadtteilkoordination/<slug:slug>/kiezkasse/",
        page(views.SmallGrantFundView.as_view()),
        name="small-grant-fund",
    ),
]
