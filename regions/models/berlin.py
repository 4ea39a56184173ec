"""Residents of Berlin as a whole, of its twelve districts and of all 143 Bezirksregionen, so
that every figure of Neukölln can stand beside Berlin's (imported, never typed in)."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from .sources import Dataset

BERLIN_CODE = "0"  # the city as a whole, as the source names it


class BerlinAreaLevel(models.TextChoices):
    CITY = "berlin", "Berlin"
    DISTRICT = "bezirk", "Bezirk"
    BEZIRKSREGION = "bezirksregion", "Bezirksregion"


LEVEL_OF_CODE_LENGTH = {
    1: BerlinAreaLevel.CITY,
    2: BerlinAreaLevel.DISTRICT,
    6: BerlinAreaLevel.BEZIRKSREGION,
}

WITH_CITY = RegexValidator(
    r"^(0|\d{2}|\d{6})$",
    "Bitte 0 (Berlin), zwei Ziffern (Bezirk) oder sechs (Bezirksregion) angeben.",
)
WITHOUT_CITY = RegexValidator(
    r"^(\d{2}|\d{6})$", "Bitte zwei Ziffern (Bezirk) oder sechs (Bezirksregion) angeben."
)


def area_field(validator=WITH_CITY, *, unique=False):
    """The LOR key of Berlin (0), a district (2 digits) or a Bezirksregion (6)."""
    return models.CharField(
        "Gebiet (LOR-Schlüssel)", max_length=6, unique=unique, validators=[validator]
    )


def level_field():
    return models.CharField("Ebene", max_length=20, choices=BerlinAreaLevel.choices)


class LevelMatchesKey:
    """For the comparison tables: the level must be the one the key's length says."""

    def clean(self):
        super().clean()
        expected = LEVEL_OF_CODE_LENGTH.get(len(self.area or ""))
        if expected and self.level and self.level != expected:
            raise ValidationError(
                {"level": f"Ein Schlüssel mit {len(self.area)} Ziffern ist „{expected.label}“."}
            )


class BerlinPopulationQuerySet(models.QuerySet):
    def at_level(self, level):
        return self.filter(level=level)


class BerlinPopulation(LevelMatchesKey, models.Model):
    """One area on one half-year date (Statistischer Bericht A I 16): the counts a share needs,
    so Berlin's and each district's values are sums of numerators over sums of denominators."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="berlin_rows"
    )
    area = area_field()
    level = level_field()
    reference_date = models.DateField("Stichtag")
    residents = models.PositiveIntegerField("Einwohnerinnen und Einwohner")
    under_18 = models.PositiveIntegerField("davon unter 18 Jahren")
    under_6 = models.PositiveIntegerField(
        "davon unter 6 Jahren", default=0, help_text="Bezugsgröße der Kita-Plätze je 100 Kinder."
    )
    aged_65_and_over = models.PositiveIntegerField("davon 65 Jahre und älter")

    objects = BerlinPopulationQuerySet.as_manager()

    class Meta:
        verbose_name = "Einwohnerzahl in Berlin (Vergleich)"
        verbose_name_plural = "Einwohnerzahlen in Berlin (Vergleich)"
        ordering = ["reference_date", "area"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "reference_date"], name="one_berlin_row_per_area_and_date"
            ),
            models.CheckConstraint(
                condition=models.Q(under_18__lte=models.F("residents"))
                & models.Q(under_6__lte=models.F("under_18"))
                & models.Q(aged_65_and_over__lte=models.F("residents")),
                name="berlin_age_groups_within_residents",
            ),
        ]
        indexes = [models.Index(fields=["level", "reference_date"])]

    def __str__(self):
        return f"{self.area}, {self.reference_date:%d.%m.%Y}: {self.residents}"

    def clean(self):
        super().clean()
        if self.residents is not None:
            for name in ("under_18", "aged_65_and_over"):
                part = getattr(self, name)
                if part is not None and part > self.residents:
                    raise ValidationError(
                        {name: "Eine Altersgruppe kann nicht mehr Menschen zählen als alle."}
                    )
        if self.under_6 is not None and self.under_18 is not None and self.under_6 > self.under_18:
            raise ValidationError(
                {"under_6": "Die Kinder unter 6 Jahren sind ein Teil der unter 18-Jährigen."}
            )


class BerlinCrime(LevelMatchesKey, models.Model):
    """The Kriminalitätsatlas of one year for a district or a Bezirksregion: the cases of
    "kiezbezogene Straftaten" and, for a Bezirksregion, the source's frequency per 100,000
    residents (Kernindikator A8 is that frequency per 100). Rows the police could not assign
    to a Bezirksregion (codes ending 9900) are not stored."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="crime_rows"
    )
    area = area_field(WITHOUT_CITY)
    level = level_field()
    year = models.PositiveSmallIntegerField("Jahr")
    kiez_offences = models.PositiveIntegerField("Kiezbezogene Straftaten (Fälle)")
    kiez_offences_per_100_000 = models.PositiveIntegerField(
        "Kiezbezogene Straftaten je 100.000 Einwohner",
        null=True,
        blank=True,
        help_text="Häufigkeitszahl der Quelle; nur für Bezirksregionen.",
    )

    class Meta:
        verbose_name = "Kriminalitätsatlas (Vergleich)"
        verbose_name_plural = "Kriminalitätsatlas (Vergleich)"
        ordering = ["year", "area"]
        constraints = [
            models.UniqueConstraint(fields=["area", "year"], name="one_crime_row_per_area_and_year")
        ]

    def __str__(self):
        return f"{self.area}, {self.year}: {self.kiez_offences}"

    def clean(self):
        super().clean()
        if self.level == BerlinAreaLevel.DISTRICT and self.kiez_offences_per_100_000 is not None:
            raise ValidationError(
                {
                    "kiez_offences_per_100_000": "Die Häufigkeitszahl der Bezirke ist in der "
                    "Quelle falsch; bitte leer lassen (sie wird aus den Fällen berechnet)."
                }
            )


class BerlinSocialMonitoring(models.Model):
    """One Planungsraum of Berlin in the Monitoring Soziale Stadtentwicklung 2021 (31.12.2020):
    its classes and indicator values, so a Neukölln value can be placed among Berlin's 536
    valid Planungsräume. The source publishes shares, not counts, so no Berlin average is
    computed from these rows: the comparison is a rank."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="mss_rows"
    )
    area = models.CharField(
        "Planungsraum (LOR-Schlüssel)",
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^\d{8}$", "Bitte den achtstelligen Schlüssel angeben.")],
    )
    name = models.CharField("Name", max_length=120)
    residents = models.PositiveIntegerField("Einwohnerinnen und Einwohner (MSS)")
    valid = models.BooleanField(
        "Gültig",
        help_text="Nein, wenn das Monitoring den Planungsraum auslässt (unter 300 Einwohner "
        "oder Ausreißer).",
    )
    status_class = models.PositiveSmallIntegerField(
        "Statusindex (Klasse)",
        null=True,
        blank=True,
        choices=[(1, "hoch"), (2, "mittel"), (3, "niedrig"), (4, "sehr niedrig")],
    )
    dynamic_class = models.PositiveSmallIntegerField(
        "Dynamikindex (Klasse)",
        null=True,
        blank=True,
        choices=[(1, "positiv"), (3, "stabil"), (5, "negativ")],
    )
    s1 = models.FloatField("S1 Arbeitslosigkeit (%)", null=True, blank=True)
    s3 = models.FloatField("S3 Transferbezug (%)", null=True, blank=True)
    s4 = models.FloatField("S4 Kinderarmut (%)", null=True, blank=True)
    d1 = models.FloatField("D1 Veränderung Arbeitslosigkeit", null=True, blank=True)
    d3 = models.FloatField("D3 Veränderung Transferbezug", null=True, blank=True)
    d4 = models.FloatField("D4 Veränderung Kinderarmut", null=True, blank=True)
    k09 = models.FloatField("KI 09 Einfache Wohnlage (%)", null=True, blank=True)
    k10 = models.FloatField("KI 10 Wohndauer über 5 Jahre (%)", null=True, blank=True)
    k12 = models.FloatField("KI 12 Wanderungssaldo je 100", null=True, blank=True)
    k13 = models.FloatField("KI 13 Wanderungssaldo unter 6 Jahren je 100", null=True, blank=True)
    # The source's group of each index indicator by its standard deviation from Berlin's mean
    # (S…_SD_GR): 1–4 for the status indicators, 1–3 for the dynamics.
    s1_class = models.PositiveSmallIntegerField("S1 Gruppe", null=True, blank=True)
    s3_class = models.PositiveSmallIntegerField("S3 Gruppe", null=True, blank=True)
    s4_class = models.PositiveSmallIntegerField("S4 Gruppe", null=True, blank=True)
    d1_class = models.PositiveSmallIntegerField("D1 Gruppe", null=True, blank=True)
    d3_class = models.PositiveSmallIntegerField("D3 Gruppe", null=True, blank=True)
    d4_class = models.PositiveSmallIntegerField("D4 Gruppe", null=True, blank=True)

    class Meta:
        verbose_name = "Sozialmonitoring Berlin (Vergleich)"
        verbose_name_plural = "Sozialmonitoring Berlin (Vergleich)"
        ordering = ["area"]

    def __str__(self):
        return f"{self.area} {self.name}"

    def clean(self):
        super().clean()
        for name in ("s1", "s3", "s4", "k09", "k10"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 100:
                raise ValidationError({name: "Ein Anteil liegt zwischen 0 und 100 %."})
        for name, highest in (("s1", 4), ("s3", 4), ("s4", 4), ("d1", 3), ("d3", 3), ("d4", 3)):
            group = getattr(self, f"{name}_class")
            if group is not None and not 1 <= group <= highest:
                raise ValidationError(
                    {f"{name}_class": f"Die Gruppe liegt zwischen 1 und {highest}."}
                )


class BerlinGreen(LevelMatchesKey, models.Model):
    """Public green area (without parks that charge entry) and net play area of Berlin, a
    district or a Bezirksregion, summed from the registers of all Berlin's green spaces and
    playgrounds: the numerators of Kernindikatoren A4 and A5 beside Berlin."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="green_rows"
    )
    area = area_field(unique=True)
    level = level_field()
    green_area_m2 = models.FloatField(
        "Grünanlagen (m²)", help_text="Ohne Anlagen mit Eintritt (Britzer Garten und andere)."
    )
    net_play_area_m2 = models.FloatField("Nettospielfläche (m²)")

    class Meta:
        verbose_name = "Grün und Spiel in Berlin (Vergleich)"
        verbose_name_plural = "Grün und Spiel in Berlin (Vergleich)"
        ordering = ["area"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(green_area_m2__gte=0) & models.Q(net_play_area_m2__gte=0),
                name="berlin_green_not_negative",
            )
        ]

    def __str__(self):
        return (
            f"{self.area}: {self.green_area_m2:.0f} m² Grün, {self.net_play_area_m2:.0f} m² Spiel"
        )


class BerlinKita(LevelMatchesKey, models.Model):
    """Approved Kita places in Berlin, a district or a Bezirksregion on the date of the Kita
    list (SenBJF), beside the children under 6 of the newest half-year."""

    dataset = models.ForeignKey(
        Dataset, verbose_name="Datensatz", on_delete=models.PROTECT, related_name="kita_rows"
    )
    area = area_field(unique=True)
    level = level_field()
    places = models.PositiveIntegerField("Genehmigte Plätze")
    centres = models.PositiveIntegerField("Kitas")

    class Meta:
        verbose_name = "Kita-Plätze in Berlin (Vergleich)"
        verbose_name_plural = "Kita-Plätze in Berlin (Vergleich)"
        ordering = ["area"]

    def __str__(self):
        return f"{self.area}: {self.places} Plätze in {self.centres} Kitas"
