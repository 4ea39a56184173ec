from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from regions.sitemaps import BezirksregionSitemap, RegionPagesSitemap
from regions.views import DatasetListView

from . import views

SITEMAPS = {
    "bezirksregionen": BezirksregionSitemap,
    "regionen-seiten": RegionPagesSitemap,
}

urlpatterns = [
    path("", TemplateView.as_view(template_name="spk_site/home.html"), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("fragen/", views.placeholder, {"title": "Fragen & Antworten"}, name="faq"),
    path("karte/", views.placeholder, {"title": "Karte"}, name="map"),
    path("impressum/", views.placeholder, {"title": "Impressum"}, name="impressum"),
    path("datenschutz/", views.placeholder, {"title": "Datenschutz"}, name="datenschutz"),
    path(
        "barrierefreiheit/",
        views.placeholder,
        {"title": "Barrierefreiheit"},
        name="barrierefreiheit",
    ),
    path("datenquellen/", DatasetListView.as_view(), name="datenquellen"),
    path("bezirksregionen/", include("regions.urls")),
    path("stadtteilkoordination/", include("coordination.urls")),
    path("api/", include("regions.api_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("admin/", admin.site.urls),
]
