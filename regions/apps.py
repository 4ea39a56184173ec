from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = "Räume (LOR 2021)"

    def ready(self):
        from spk_site import redaktion as staff_rights

        from . import redaktion

        staff_rights.declare(self.label, redaktion.RIGHTS, getattr(redaktion, "UNVERSIONED", None))
        from spk_site import searching, site_data

        from . import search_index
        from . import site_data as shipped
        from .figures import FIGURES, population, social

        site_data.register(*shipped.STEPS)
        FIGURES.register(*population.FIGURES, *social.FIGURES)

        searching.register_all(search_index.SOURCES)
        from spk_site.content_version import announce_changes

        # Everything here is shown to visitors: areas, figures, sources, reports, addresses.
        announce_changes(*self.get_models())
