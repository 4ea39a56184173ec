from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Suche"

    def ready(self):
        from spk_site import site_data
        from spk_site.content_version import announce_changes
        from staff import rights as staff_rights

        from . import index, models, redaktion
        from . import site_data as shipped

        staff_rights.declare(self.label, redaktion.RIGHTS)
        site_data.register(*shipped.STEPS)
        announce_changes(models.BestBet, topic="search")
        index.follow_changes()
