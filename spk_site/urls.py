from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from coordination.lookup_views import responsibility_api, responsibility_page
from coordination.models import PAGES_WITH_OWN_ADDRESS
from coordination.sitemaps import FaqSitemap, OfficeSitemap, PageSitemap, StartSitemap
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

urlpatterns = [
    path("", page(HomeView.as_view()), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", page(views.robots_txt), name="robots"),
    path("fragen/", page(FaqView.as_view()), name="faq"),
    path("karte/", page(MapView.as_view()), name="map"),
    *[
        path(f"{slug}/", page(PageView.as_view()), {"slug": slug, "own_address": True}, name=slug)
        for slug in PAGES_WITH_OWN_ADDRESS
    ],
    path("seiten/<slug:slug>/", page(PageView.as_view()), name="page"),
    path("datenquellen/", page(SourcesView.as_view()), name="datenquellen"),
    path("kieze-in-zahlen/", comparison_page, name="figures"),
    path("kieze-in-zahlen/<str:level>.<str:extension>", download, name="figures-download"),
    path("berichte/<slug:key>.pdf", report_file, name="report"),
    path("bezirksregionen/", include(region_patterns)),
    path("stadtteilkoordination/", include("coordination.urls")),
    path("zustaendigkeit/", responsibility_page, name="responsibility"),
    path("api/zustaendigkeit", responsibility_api, name="responsibility-api"),
    path("api/", include("regions.api_urls")),
    path("sitemap.xml", page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    # The admin's JavaScript translations, with the editor's (the admin's own has only Django's).
    path(
        f"{settings.ADMIN_URL}jsi18n-redaktion/",
        JavaScriptCatalog.as_view(packages=["django.contrib.admin", "django_prose_editor"]),
        name="admin-jsi18n",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
]
