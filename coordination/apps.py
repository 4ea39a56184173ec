from django.apps import AppConfig


class CoordinationConfig(AppConfig):
    name = "coordination"
    verbose_name = "Stadtteilkoordination und Inhalte"

    def ready(self):
        from spk_site import redaktion as staff_rights

        from . import redaktion

        staff_rights.declare(self.label, redaktion.RIGHTS, getattr(redaktion, "UNVERSIONED", None))
        from spk_site import searching, site_data

        from . import search_index
        from . import site_data as shipped

        site_data.register(*shipped.STEPS)

        searching.register_all(search_index.SOURCES)
        from spk_site import readiness as site_readiness
        from spk_site.content_version import announce_changes

        from . import models, readiness

        site_readiness.register(readiness.gaps)
        announce_changes(
            models.Operator,
            models.Office,
            models.OfficeHours,
            models.ContactPerson,
            models.DistrictContact,
            models.FaqCategory,
            models.FaqEntry,
            models.Page,
            models.EasyLanguageText,
            models.SignLanguageVideo,
        )
