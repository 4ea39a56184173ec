from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Kitas und Einrichtungen"

    def ready(self):
        from spk_site import redaktion as staff_rights

        from . import redaktion

        staff_rights.declare(self.label, redaktion.RIGHTS, getattr(redaktion, "UNVERSIONED", None))
        from regions.figures import FIGURES
        from spk_site import searching, site_data

        from . import figures, search_index
        from . import site_data as shipped

        site_data.register(*shipped.STEPS)
        FIGURES.register(*figures.FIGURES)

        searching.register_all(search_index.SOURCES)
        from spk_site import readiness as site_readiness
        from spk_site.content_version import announce_changes

        from . import readiness
        from .models import GreenSpace, Place, PlaceHours, PlaceKind

        announce_changes(PlaceKind, Place, PlaceHours, GreenSpace)
        site_readiness.register(readiness.gaps)
