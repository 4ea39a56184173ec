from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Termine, Aktuelles und Kiezkasse"

    def ready(self):
        from spk_site import redaktion as staff_rights

        from . import redaktion

        staff_rights.declare(self.label, redaktion.RIGHTS, getattr(redaktion, "UNVERSIONED", None))
        from spk_site import searching, site_data

        from . import search_index
        from . import site_data as shipped

        site_data.register(*shipped.STEPS)

        searching.register_all(search_index.SOURCES)
        from spk_site.content_version import announce_changes

        from .models import Event, NewsArticle, SmallGrantFund

        announce_changes(Event, NewsArticle, SmallGrantFund)
