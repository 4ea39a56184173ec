from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Kitas und Einrichtungen"

    def ready(self):
        from spk_site import searching

        from . import search_index

        searching.register_all(search_index.SOURCES)
        from spk_site import readiness as site_readiness
        from spk_site.content_version import announce_changes

        from . import readiness
        from .models import Place, PlaceHours, PlaceKind

        announce_changes(PlaceKind, Place, PlaceHours)
        site_readiness.register(readiness.gaps)
