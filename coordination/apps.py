from django.apps import AppConfig


class CoordinationConfig(AppConfig):
    name = "coordination"
    verbose_name = "Stadtteilkoordination und Inhalte"

    def ready(self):
        from search import registry as search
        from spk_site import site_data
        from spk_site.content_version import announce_changes
        from staff import readiness as site_readiness
        from staff import rights as staff_rights
        from staff import today as staff_today

        from . import models, readiness, redaktion, search_index
        from . import site_data as shipped

        staff_rights.declare(self.label, redaktion.RIGHTS, redaktion.UNVERSIONED)
        site_data.register(*shipped.STEPS)
        search.register_all(search_index.SOURCES)
        search.register_shortcut(search_index.address_answer)
        site_readiness.register(readiness.gaps)
        staff_today.register(readiness.arrived)
        announce_changes(
            models.Operator,
            models.Office,
            models.OfficeHours,
            models.ContactPerson,
            models.DistrictContact,
            topic="offices",
        )
        announce_changes(
            models.FaqCategory,
            models.FaqEntry,
            models.Page,
            models.EasyLanguageText,
            models.SignLanguageVideo,
            topic="content",
        )
