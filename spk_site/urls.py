from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from coordination.lookup_views import responsibility_api, responsibility_page
from coordination.sitemaps import FaqSitemap, OfficeSitemap, PageSitemap, StartSitemap
from coordination.views import FaqView, HomeView, MapView, PageView
from regions.comparison_views import comparison_page, download
from regions.sitemaps import BezirksregionSitemap, RegionPagesSitemap
from regions.views import DatasetListView, report_file

from . import views

SITEMAPS = {
    "start": StartSitemap,
    "fragen": FaqSitemap,
    "stadtteilkoordination": OfficeSitemap,
    "bezirksregionen": BezirksregionSitemap,
    "regionen-seiten": RegionPagesSitemap,
    "seiten": PageSitemap,
}


def fixed_page(url, slug):
    return path(url, PageView.as_view(), {"slug": slug, "fixed": True}, name=slug)


urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("fragen/", FaqView.as_view(), name="faq"),
    path("karte/", MapView.as_view(), name="map"),
    fixed_page("impressum/", "impressum"),
    fixed_page("datenschutz/", "datenschutz"),
    fixed_page("barrierefreiheit/", "barrierefreiheit"),
    fixed_page("gemeinschaftsinitiative/", "gemeinschaftsinitiative"),
    path("seiten/<slug:slug>/", PageView.as_view(), name="page"),
    path("datenquellen/", DatasetListView.as_view(), name="datenquellen"),
    path("kieze-in-zahlen/", comparison_page, name="figures"),
    path("kieze-in-zahlen/<str:level>.<str:extension>", download, name="figures-download"),
    path("berichte/<slug:key>.pdf", report_file, name="report"),
    path("bezirksregionen/", include("regions.urls")),
    path("stadtteilkoordination/", include("coordination.urls")),
    path("zustaendigkeit/", responsibility_page, name="responsibility"),
    path("api/zustaendigkeit", responsibility_api, name="responsibility-api"),
    path("api/", include("regions.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(settings.ADMIN_URL, admin.site.urls),
]
