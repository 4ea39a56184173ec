"""Calendars to subscribe to and the news feed: one language, no prefix; machines read them."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from . import feeds

app_name = "events-api"

page = cached_for_visitors()

urlpatterns = [
    path("termine/kalender.ics", page(feeds.calendar_feed), name="calendar-feed"),
    path(
        "termine/kalender/<str:kind>/<slug:slug>.ics",
        page(feeds.calendar_feed),
        name="calendar-feed-filtered",
    ),
    path("termine/<slug:slug>.ics", page(feeds.event_ics), name="event-ics"),
    path("aktuelles/feed.atom", page(feeds.LatestNewsFeed()), name="news-feed"),
]
