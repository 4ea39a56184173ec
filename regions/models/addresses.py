from django.db import models

from .geography import Planungsraum


class Street(models.Model):
    name = models.CharField(
        "Straße", max_length=120, unique=True, help_text="Amtliche Schreibweise."
    )
    search_key = models.CharField(
        "Suchschlüssel",
        max_length=120,
        unique=True,
        help_text="Kleinbuchstaben ohne Umlaute, Leer- und Bindestriche; „Straße“ als „str“.",
    )

    class Meta:
        verbose_name = "Straße"
        verbose_name_plural = "Straßen"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Address(models.Model):
    """One official address in Neukölln and the Planungsraum it lies in."""

    street = models.ForeignKey(
        Street, verbose_name="Straße", on_delete=models.CASCADE, related_name="addresses"
    )
    house_number = models.PositiveSmallIntegerField(
        "Hausnummer", null=True, blank=True, help_text="Leer bei Plätzen ohne Hausnummer."
    )
    suffix = models.CharField("Zusatz", max_length=3, blank=True)
    postcode = models.CharField("Postleitzahl", max_length=5)
    planungsraum = models.ForeignKey(
        Planungsraum, verbose_name="Planungsraum", on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = "Adresse"
        verbose_name_plural = "Adressen"
        ordering = ["street__name", "house_number", "suffix"]
        constraints = [
            # Also the index for the lookup by street and number.
            models.UniqueConstraint(
                fields=["street", "house_number", "suffix"], name="one_address_per_number"
            )
        ]

    def __str__(self):
        number = f" {self.house_number}{self.suffix}" if self.house_number else ""
        return f"{self.street.name}{number}"
