from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from coordination.access_views import EasyLanguageView, SignLanguageView, sign_language_file
from coordination.happenings import (
    EventArchiveView,
    EventDetailView,
    LatestNewsFeed,
    NewsDetailView,
    NewsListView,
    SmallGrantsOverview,
    calendar_feed,
    event_ics,
    event_list,
)
from coordination.lookup_views import responsibility_api, responsibility_page
from coordination.models import PAGES_WITH_OWN_ADDRESS
from coordination.place_views import place_list, places_geojson
from coordination.sitemaps import (
    EventSitemap,
    FaqSitemap,
    NewsSitemap,
    OfficeSitemap,
    PageSitemap,
    SmallGrantSitemap,
    StartSitemap,
)
from coordination.views import (
    BezirksregionPageView,
    FaqView,
    HomeView,
    MapView,
    PageView,
    SourcesView,
)
from regions.comparison_views import comparison_page, download
from regions.sitemaps import BezirksregionSitemap, RegionPagesSitemap
from regions.views import BezirksregionListView, report_file

from . import views
from .caching import cached_for_visitors

SITEMAPS = {
    "start": StartSitemap,
    "fragen": FaqSitemap,
    "stadtteilkoordination": OfficeSitemap,
    "bezirksregionen": BezirksregionSitemap,
    "regionen-seiten": RegionPagesSitemap,
    "seiten": PageSitemap,
    "termine": EventSitemap,
    "aktuelles": NewsSitemap,
    "kiezkasse": SmallGrantSitemap,
}


def page(view):
    """A page every visitor sees alike (no query parameters): cached for visitors."""
    return cached_for_visitors()(view)


region_patterns = (
    [
        path("", page(BezirksregionListView.as_view()), name="list"),
        path("<slug:slug>/", page(BezirksregionPageView.as_view()), name="detail"),
    ],
    "regions",
)

# Machines and staff: one language, no prefix.
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", page(views.robots_txt), name="robots"),
    path("api/zustaendigkeit", responsibility_api, name="responsibility-api"),
    path("api/einrichtungen.geojson", page(places_geojson), name="places-geojson"),
    path("api/", include("regions.api_urls")),
    path("sitemap.xml", page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("berichte/<slug:key>.pdf", report_file, name="report"),
    path("gebaerdensprache/dateien/<str:name>", sign_language_file, name="sign-language-file"),
    # Calendars to subscribe to and the news feed: one language, machines read them.
    path("termine/kalender.ics", page(calendar_feed), name="calendar-feed"),
    path(
        "termine/kalender/<str:kind>/<slug:slug>.ics",
        page(calendar_feed),
        name="calendar-feed-filtered",
    ),
    path("termine/<slug:slug>.ics", page(event_ics), name="event-ics"),
    path("aktuelles/feed.atom", page(LatestNewsFeed()), name="news-feed"),
    path("kieze-in-zahlen/<str:level>.<str:extension>", download, name="figures-download"),
    # The admin's JavaScript translations, with the editor's (the admin's own has only Django's).
    path(
        f"{settings.ADMIN_URL}jsi18n-redaktion/",
        JavaScriptCatalog.as_view(packages=["django.contrib.admin", "django_prose_editor"]),
        name="admin-jsi18n",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
]

# Residents' pages: German without a prefix, /en/, /tr/, /ar/.
urlpatterns += i18n_patterns(
    path("", page(HomeView.as_view()), name="home"),
    path("fragen/", page(FaqView.as_view()), name="faq"),
    path("karte/", page(MapView.as_view()), name="map"),
    *[
        path(f"{slug}/", page(PageView.as_view()), {"slug": slug, "own_address": True}, name=slug)
        for slug in PAGES_WITH_OWN_ADDRESS
    ],
    path("seiten/<slug:slug>/", page(PageView.as_view()), name="page"),
    path("datenquellen/", page(SourcesView.as_view()), name="datenquellen"),
    path("kieze-in-zahlen/", comparison_page, name="figures"),
    path("bezirksregionen/", include(region_patterns)),
    path("stadtteilkoordination/", include("coordination.urls")),
    path("zustaendigkeit/", responsibility_page, name="responsibility"),
    path(
        "termine/",
        cached_for_visitors(query=("bezirksregion", "stadtteilkoordination", "zeitraum"))(
            event_list
        ),
        name="event-list",
    ),
    path("termine/archiv/", page(EventArchiveView.as_view()), name="event-archive"),
    path("termine/<slug:slug>/", page(EventDetailView.as_view()), name="event-detail"),
    path("aktuelles/", page(NewsListView.as_view()), name="news-list"),
    path("aktuelles/archiv/<int:year>/", page(NewsListView.as_view()), name="news-archive"),
    path("aktuelles/<slug:slug>/", page(NewsDetailView.as_view()), name="news-detail"),
    path("kiezkasse/", page(SmallGrantsOverview.as_view()), name="small-grants"),
    path(
        "einrichtungen/",
        cached_for_visitors(query=("art", "bezirksregion"))(place_list),
        name="places",
    ),
    path("leichte-sprache/", page(EasyLanguageView.as_view()), name="easy-language"),
    path("gebaerdensprache/", page(SignLanguageView.as_view()), name="sign-language"),
    prefix_default_language=False,
)
