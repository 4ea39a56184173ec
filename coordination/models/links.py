from django.db import models


class LinkCheck(models.Model):
    """One external link and what `manage.py check_links` found when it last asked."""

    url = models.URLField("Adresse", max_length=500)
    found_in = models.CharField("Steht in", max_length=300)
    edit_url = models.CharField("Bearbeiten", max_length=300, blank=True)
    result = models.CharField("Ergebnis", max_length=300)
    broken = models.BooleanField("Kaputt", default=False)
    checked_at = models.DateTimeField("Geprüft am")

    class Meta:
        verbose_name = "Linkprüfung"
        verbose_name_plural = "Linkprüfungen"
        ordering = ["-broken", "url"]

    def __str__(self):
        return self.url
