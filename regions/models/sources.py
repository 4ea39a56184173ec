from django.db import models


class DatasetQuerySet(models.QuerySet):
    def for_sources_page(self):
        return self.order_by("order", "name")


class Dataset(models.Model):
    """A dataset we publish from, with what its licence asks us to say about it."""

    slug = models.SlugField("Kürzel", max_length=60, unique=True)
    name = models.CharField("Name", max_length=200)
    publisher = models.CharField(
        "Herausgeber", max_length=200, help_text="Wer die Daten veröffentlicht hat."
    )
    source_url = models.URLField("Quelle (Adresse)", max_length=500, blank=True)
    licence = models.CharField("Lizenz", max_length=120)
    licence_url = models.URLField("Lizenztext (Adresse)", max_length=500, blank=True)
    attribution = models.CharField(
        "Namensnennung",
        max_length=300,
        help_text="So nennen wir die Quelle, wie es die Lizenz verlangt.",
    )
    reference_date = models.DateField("Stand der Daten", null=True, blank=True)
    description = models.TextField("Beschreibung", blank=True)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=100)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    objects = DatasetQuerySet.as_manager()

    class Meta:
        verbose_name = "Datensatz"
        verbose_name_plural = "Datensätze"
        ordering = ["order", "name"]

    def __str__(self):
        return self.name
