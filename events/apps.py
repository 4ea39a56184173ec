from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Termine, Aktuelles und Kiezkasse"

    def ready(self):
        from search import registry as search
        from spk_site import site_data
        from spk_site.content_version import announce_changes
        from staff import readiness as site_readiness
        from staff import rights as staff_rights

        from . import models, readiness, redaktion, search_index
        from . import site_data as shipped

        staff_rights.declare(self.label, redaktion.RIGHTS)
        site_data.register(*shipped.STEPS)
        site_readiness.register(readiness.gaps)
        search.register_all(search_index.SOURCES)
        announce_changes(models.Event, models.NewsArticle, models.SmallGrantFund, topic="events")
