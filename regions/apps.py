from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = "Räume (LOR 2021)"

    def ready(self):
        from spk_site.content_version import announce_changes

        # Everything here is shown to visitors: areas, figures, sources, reports, addresses.
        announce_changes(*self.get_models())
