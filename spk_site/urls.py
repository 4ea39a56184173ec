from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from . import views

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
    path("datenquellen/", views.placeholder, {"title": "Datenquellen"}, name="datenquellen"),
    path("bezirksregionen/", include("regions.urls")),
    path("stadtteilkoordination/", include("coordination.urls")),
    path("admin/", admin.site.urls),
]
