from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SpkSiteConfig(AppConfig):
    name = "spk_site"
    verbose_name = "SPK Neukölln"

    def ready(self):
        from django.contrib import admin

        from .redaktion import grant_redaktion_rights

        admin.site.site_header = "SPK Neukölln – Redaktion"
        admin.site.site_title = "SPK Neukölln"
        admin.site.index_title = "Inhalte der Website pflegen"

        post_migrate.connect(grant_redaktion_rights, dispatch_uid="redaktion-rights")
