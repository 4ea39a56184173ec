from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_save


class SpkSiteConfig(AppConfig):
    name = "spk_site"
    verbose_name = "SPK Neukölln"

    # Changes to these apps' rows are visible to visitors.
    PUBLIC_APPS = ("regions", "coordination")

    def ready(self):
        from .content_version import bump_after_commit

        for app_label in self.PUBLIC_APPS:
            for model in apps.get_app_config(app_label).get_models():
                label = model._meta.label
                post_save.connect(bump_after_commit, sender=model, dispatch_uid=f"content-{label}")
                post_delete.connect(
                    bump_after_commit, sender=model, dispatch_uid=f"content-{label}-d"
                )
                for field in model._meta.local_many_to_many:
                    m2m_changed.connect(
                        bump_after_commit,
                        sender=field.remote_field.through,
                        dispatch_uid=f"content-{label}-{field.name}",
                    )
