from django.apps import AppConfig


class SpkSiteConfig(AppConfig):
    name = "spk_site"
    verbose_name = "SPK Neukölln"
