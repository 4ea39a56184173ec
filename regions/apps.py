from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = "Räume (LOR 2021)"

    def ready(self):
        from search import registry as search
        from spk_site import site_data
        from spk_site.content_version import announce_changes
        from staff import rights as staff_rights

        from . import models, redaktion, search_index
        from . import site_data as shipped
        from .figures import FIGURES, population, social

        FIGURES.register(*population.FIGURES, *social.FIGURES)
        staff_rights.declare(self.label, redaktion.RIGHTS)
        site_data.register(*shipped.STEPS)
        search.register_all(search_index.SOURCES)
        # Everything here is shown to visitors: areas, figures, sources, reports, addresses.
        announce_changes(
            models.Prognoseraum,
            models.Bezirksregion,
            models.Planungsraum,
            models.ActionArea,
            models.GiFocusArea,
            topic="geography",
        )
        announce_changes(
            models.Dataset, models.IndicatorRelease, models.IndicatorValue, topic="figures"
        )
        announce_changes(models.Street, models.Address, topic="addresses")
        announce_changes(models.Report, topic="reports")
