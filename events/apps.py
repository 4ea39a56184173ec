from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Termine, Aktuelles und Kiezkasse"

    def ready(self):
        from spk_site import searching

        from . import search_index

        searching.register_all(search_index.SOURCES)
        from spk_site.content_version import announce_changes

        from .models import Event, NewsArticle, SmallGrantFund

        announce_changes(Event, NewsArticle, SmallGrantFund)
