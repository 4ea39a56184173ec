from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = "Bezirksregionenprofile"

    def ready(self):
        from spk_site import redaktion as staff_rights

        from . import redaktion

        staff_rights.declare(self.label, redaktion.RIGHTS, getattr(redaktion, "UNVERSIONED", None))
        from spk_site import searching
        from spk_site.content_version import announce_changes

        from . import search_index
        from .models import ProfileText

        announce_changes(ProfileText)
        searching.register_all(search_index.SOURCES)
