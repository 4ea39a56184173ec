from django.apps import AppConfig


class CoordinationConfig(AppConfig):
    name = "coordination"
    verbose_name = "Stadtteilkoordination und Inhalte"

    def ready(self):
        from regions.panels import register

        from .panels import consent_map_panel, responsible_contact_panel

        register(responsible_contact_panel)
        register(consent_map_panel)
