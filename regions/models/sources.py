from django.db import models

from spk_site import dates
from spk_site.validation import CheckedModel

# The datasets our importers write (their slugs).
LOR_2021 = "lor-2021"
MSS_2021 = "mss-2021"
ADDRESSES = "adressen-berlin"


class DatasetQuerySet(models.QuerySet):
    def for_sources_page(self):
        return self.order_by("order", "name")

    def as_sources(self):
        """Name, publisher, licence, attribution and date of each: what a download says."""
        return [dataset.as_source() for dataset in self]

    def attribution(self):
        """One line naming every source with its licence, as the licences ask."""
        return "; ".join(f"{dataset.attribution} ({dataset.licence})" for dataset in self)


class Dataset(CheckedModel):
    """A dataset we publish from, with what its licence asks us to say about it."""

    slug = models.SlugField("Kürzel", max_length=60, unique=True)
    name = models.CharField("Name", max_length=200)
    publisher = models.CharField(
        "Herausgeber", max_length=200, help_text="Wer die Daten veröffentlicht hat."
    )
    source_url = models.URLField("Quelle (Adresse)", max_length=500, blank=True)
    licence = models.CharField("Lizenz", max_length=120)
    licence_url = models.URLField("Lizenztext (Adresse)", max_length=500, blank=True)
    licence_confirmed = models.BooleanField(
        "Lizenz bestätigt",
        default=True,
        help_text="Erst anhaken, wenn die Nutzungsbedingungen der Quelle geprüft sind.",
    )
    attribution = models.CharField(
        "Namensnennung",
        max_length=300,
        help_text="So nennen wir die Quelle, wie es die Lizenz verlangt.",
    )

    class Precision(models.TextChoices):
        DAY = dates.DAY, "Tag"
        MONTH = dates.MONTH, "Monat"
        YEAR = dates.YEAR, "Jahr"

    reference_date = models.DateField("Stand der Daten", null=True, blank=True)
    reference_precision = models.CharField(
        "Genauigkeit des Stands",
        max_length=5,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text="„Monat“, wenn die Quelle nur Monat und Jahr nennt (dann zeigt die Website "
        "zum Beispiel „Juni 2023“).",
    )
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

    @property
    def reference_date_display(self):
        """As precise as the source: "Juni 2023" or "31. Dezember 2025"."""
        return dates.display(self.reference_date, self.reference_precision, long=True)

    @property
    def reference_date_iso(self):
        """ISO 8601, as precise as the source: 2023-06 or 2025-12-31 (None without a date)."""
        return dates.iso(self.reference_date, self.reference_precision) or None

    def as_source(self):
        return {
            "name": self.name,
            "publisher": self.publisher,
            "licence": self.licence,
            "licence_url": self.licence_url or None,
            "attribution": self.attribution,
            "reference_date": self.reference_date_iso,
        }
