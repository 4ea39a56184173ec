from django.db import models


class LoadedFixture(models.Model):
    """Which shipped data sets were loaded: `load_site_data` loads each only once, so even an
    editor who deletes every office never gets the shipped rows back over their work."""

    name = models.CharField("Datensatz", max_length=120, unique=True)
    loaded_at = models.DateTimeField("Geladen am", auto_now_add=True)

    class Meta:
        verbose_name = "Geladene Grunddaten"
        verbose_name_plural = "Geladene Grunddaten"

    def __str__(self):
        return self.name
