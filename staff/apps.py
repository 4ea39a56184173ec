from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StaffConfig(AppConfig):
    """What the editors' admin shares: its forms' base, version history and comparison, the
    Redaktion's rights (declared by each app) and „Was fehlt noch?“."""

    name = "staff"
    verbose_name = "Redaktion"

    def ready(self):
        from django.contrib import admin

        from .rights import grant_redaktion_rights

        admin.site.site_header = "SPK Neukölln – Redaktion"
        admin.site.site_title = "SPK Neukölln"
        admin.site.index_title = "Inhalte der Website pflegen"
        post_migrate.connect(grant_redaktion_rights, dispatch_uid="redaktion-rights")
