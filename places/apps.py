from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Kitas und Einrichtungen"

    def ready(self):
        from regions.figures import FIGURES
        from search import registry as search
        from spk_site import site_data
        from spk_site.content_version import announce_changes
        from staff import readiness as site_readiness
        from staff import rights as staff_rights

        from . import figures, models, readiness, redaktion, search_index
        from . import site_data as shipped

        FIGURES.register(*figures.FIGURES)
        staff_rights.declare(self.label, redaktion.RIGHTS)
        site_data.register(*shipped.STEPS)
        search.register_all(search_index.SOURCES)
        site_readiness.register(readiness.gaps)
        announce_changes(
            models.PlaceKind, models.Place, models.PlaceHours, models.GreenSpace, topic="places"
        )
