from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_save


class SpkSiteConfig(AppConfig):
    name = "spk_site"
    verbose_name = "SPK Neukölln"

    # Changes to these apps' rows are visible to visitors.
    PUBLIC_APPS = ("regions", "coordination")

    def ready(self):
        from .content_version import bump

        for app_label in self.PUBLIC_APPS:
            for model in apps.get_app_config(app_label).get_models():
                post_save.connect(bump, sender=model, dispatch_uid=f"content-{model._meta.label}")
                post_delete.connect(
                    bump, sender=model, dispatch_uid=f"content-{model._meta.label}-d"
                )
