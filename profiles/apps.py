from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = "Bezirksregionenprofile"

    def ready(self):
        from spk_site.content_version import announce_changes

        from .models import ProfileText

        announce_changes(ProfileText)
