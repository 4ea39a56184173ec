from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Kitas und Einrichtungen"

    def ready(self):
        from regions.figures import FIGURES
        from search import registry as search
        from spk_site import readiness as site_readiness
        from spk_site import redaktion, site_data
        from spk_site.content_version import announce_changes

        from . import figures, models, readiness, search_index
        from . import redaktion as rights
        from . import site_data as shipped

        FIGURES.register(*figures.FIGURES)
        redaktion.declare(self.label, rights.RIGHTS)
        site_data.register(*shipped.STEPS)
        search.register_all(search_index.SOURCES)
        site_readiness.register(readiness.gaps)
        announce_changes(
            models.PlaceKind, models.Place, models.PlaceHours, models.GreenSpace, topic="places"
        )
