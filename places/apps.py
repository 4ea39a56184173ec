from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Kitas und Einrichtungen"

    def ready(self):
        from spk_site.content_version import announce_changes

        from .models import Place, PlaceHours, PlaceKind

        announce_changes(PlaceKind, Place, PlaceHours)
