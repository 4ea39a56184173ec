"""The site's wiring: each app's URLs, the sitemap, the admin and the health check.

Residents' pages are in every language (German unprefixed, /en/, /tr/, /ar/); what machines
read (open data, feeds, files, lookups as JSON) has one address without a prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from coordination.sitemaps import SITEMAPS as COORDINATION_SITEMAPS
from events.sitemaps import SITEMAPS as EVENTS_SITEMAPS
from places.sitemaps import SITEMAPS as PLACES_SITEMAPS
from profiles.sitemaps import SITEMAPS as PROFILES_SITEMAPS
from regions.sitemaps import SITEMAPS as REGIONS_SITEMAPS

from . import views
from .caching import cached_for_visitors

SITEMAPS = {
    **COORDINATION_SITEMAPS,
    **REGIONS_SITEMAPS,
    **EVENTS_SITEMAPS,
    **PLACES_SITEMAPS,
    **PROFILES_SITEMAPS,
}

page = cached_for_visitors()

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", page(views.robots_txt), name="robots"),
    path("sitemap.xml", page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("", include("regions.api_urls")),
    path("", include("coordination.api_urls")),
    path("", include("events.api_urls")),
    path("", include("places.api_urls")),
    # The admin's JavaScript translations, with the editor's (the admin's own has only Django's).
    path(
        f"{settings.ADMIN_URL}jsi18n-redaktion/",
        JavaScriptCatalog.as_view(packages=["django.contrib.admin", "django_prose_editor"]),
        name="admin-jsi18n",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", include("coordination.urls")),
    path("", include("profiles.urls")),  # before regions: "bezirksregionen/profil/"
    path("", include("regions.urls")),
    path("", include("events.urls")),
    path("", include("places.urls")),
    path("", include("search.urls")),
    prefix_default_language=False,
)
