from django.db import models

from ..indicators import POPULATION_KEY
from .geography import Bezirksregion, Planungsraum
from .sources import Dataset


class Indicator(models.Model):
    """What is measured: its definition, unit and how it may be aggregated."""

    class Aggregation(models.TextChoices):
        SUM = "sum", "Summe (Anzahl)"
        WEIGHTED_MEAN = "weighted_mean", "nach Einwohnerzahl gewichteter Mittelwert (Anteil)"
        PUBLISHED = "published", "nur wie veröffentlicht (Anteil an einem Teil der Einwohner)"
        NONE = "none", "nicht zusammenfassbar (Klasse)"

    key = models.SlugField("Kürzel", max_length=80, unique=True)
    name = models.CharField("Name", max_length=200)
    short_name = models.CharField("Kurzname", max_length=80, blank=True)
    definition = models.TextField("Definition", blank=True)
    unit = models.CharField("Einheit", max_length=40, blank=True)
    aggregation = models.CharField(
        "Zusammenfassung", max_length=20, choices=Aggregation.choices, default=Aggregation.SUM
    )
    categories = models.JSONField(
        "Klassen",
        default=dict,
        blank=True,
        help_text='Nur für Klassen-Indikatoren: Wert → Bezeichnung, z. B. {"1": "hoch"}.',
    )
    group = models.CharField("Gruppe", max_length=80, blank=True)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=100)

    class Meta:
        verbose_name = "Indikator"
        verbose_name_plural = "Indikatoren"
        ordering = ["order", "key"]

    def __str__(self):
        return self.name


class IndicatorReleaseQuerySet(models.QuerySet):
    def latest_population(self):
        """The newest release that counts residents; None before any import."""
        return (
            self.filter(values__indicator__key=POPULATION_KEY)
            .order_by("-reference_date")
            .select_related("dataset")
            .first()
        )


class IndicatorRelease(models.Model):
    """One dated release of a dataset. A new release adds rows; it never overwrites another."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="releases"
    )
    reference_date = models.DateField("Stichtag")
    imported_at = models.DateTimeField("Importiert am", auto_now_add=True)

    objects = IndicatorReleaseQuerySet.as_manager()

    class Meta:
        verbose_name = "Datenstand"
        verbose_name_plural = "Datenstände"
        ordering = ["-reference_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "reference_date"], name="one_release_per_dataset_and_date"
            )
        ]

    def __str__(self):
        return f"{self.dataset.name}, Stand {self.reference_date:%d.%m.%Y}"


class IndicatorValue(models.Model):
    release = models.ForeignKey(
        IndicatorRelease, verbose_name="Datenstand", on_delete=models.CASCADE, related_name="values"
    )
    indicator = models.ForeignKey(
        Indicator, verbose_name="Indikator", on_delete=models.PROTECT, related_name="values"
    )
    planungsraum = models.ForeignKey(
        Planungsraum,
        verbose_name="Planungsraum",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="indicator_values",
    )
    bezirksregion = models.ForeignKey(
        Bezirksregion,
        verbose_name="Bezirksregion",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="indicator_values",
        help_text="Nur für Werte, die die Quelle selbst je Bezirksregion angibt.",
    )
    value = models.FloatField("Wert", null=True, blank=True, help_text="Leer = unbekannt.")

    class Meta:
        verbose_name = "Wert"
        verbose_name_plural = "Werte"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(planungsraum__isnull=False, bezirksregion__isnull=True)
                    | models.Q(planungsraum__isnull=True, bezirksregion__isnull=False)
                ),
                name="value_belongs_to_exactly_one_region",
            ),
            models.UniqueConstraint(
                fields=["release", "indicator", "planungsraum"],
                condition=models.Q(planungsraum__isnull=False),
                name="one_value_per_planungsraum",
            ),
            models.UniqueConstraint(
                fields=["release", "indicator", "bezirksregion"],
                condition=models.Q(bezirksregion__isnull=False),
                name="one_value_per_bezirksregion",
            ),
        ]
        indexes = [models.Index(fields=["indicator", "release"])]

    def __str__(self):
        return f"{self.indicator}: {self.value}"
