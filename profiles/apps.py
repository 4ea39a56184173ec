from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = "Bezirksregionenprofile"

    def ready(self):
        from search import registry as search
        from spk_site.content_version import announce_changes, when_changed
        from staff import readiness as site_readiness
        from staff import rights as staff_rights
        from staff import today as staff_today

        from . import models, readiness, redaktion, search_index, tasks

        staff_rights.declare(self.label, redaktion.RIGHTS)
        site_readiness.register(readiness.gaps)
        staff_today.register(models.suggestions_unanswered)
        search.register_all(search_index.SOURCES)
        announce_changes(
            models.ProfileText,
            models.Handlungsfeld,
            models.Goal,
            models.Measure,
            models.MeasureStatusChange,
            models.Suggestion,
            topic="profiles",
        )
        # A change to what a profile shows queues the rebuild of the PDFs whose inputs changed.
        when_changed(tasks.PROFILE_TOPICS, tasks.queue_refresh)
