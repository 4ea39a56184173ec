from django.core.exceptions import ValidationError
from django.db import models

from ..figures.population import POPULATION
from .geography import Bezirksregion, Planungsraum
from .sources import Dataset


def validate_declared_figure(key):
    """Only figures declared in code (regions.figures) are stored."""
    from ..figures import FIGURES

    if key not in FIGURES:
        raise ValidationError(f"„{key}“ ist keine erklärte Kennzahl (regions.figures).")


class IndicatorReleaseQuerySet(models.QuerySet):
    def latest_population(self):
        """The newest release that counts residents; None before any import."""
        return (
            self.filter(values__indicator=POPULATION)
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
    indicator = models.CharField(
        "Kennzahl",
        max_length=80,
        validators=[validate_declared_figure],
        help_text="Der Schlüssel einer in regions.figures erklärten Kennzahl.",
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
        return f"{self.indicator_name}: {self.value}"

    @property
    def indicator_name(self):
        from ..figures import FIGURES

        figure = FIGURES.get(self.indicator)
        return str(figure.name) if figure else self.indicator
