"""Einrichtungen: the Kitas from the official monthly list, and the other places of the Kiez
that staff keep (Stadtteilzentren, Familienzentren, Treffpunkte …)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from djgeojson.fields import PointField

from coordination.models import AddressFields, OpeningHours
from regions.geometry import lon_lat_of
from spk_site.publishing import HTML_HELP, UNKNOWN_HELP, Editorial, PublishableQuerySet, Sourced
from spk_site.rich_text import StaffTextField
from spk_site.validation import CheckedModel

KITA_KIND = "kita"


class PlaceKind(CheckedModel):
    """A kind of place: Kita (from the official list), Stadtteilzentrum, Familienzentrum …"""

    name = models.CharField("Name", max_length=100)
    plural = models.CharField("Mehrzahl", max_length=100)
    slug = models.SlugField("Adresskürzel", max_length=60, unique=True)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    source = models.CharField(
        "Quelle",
        max_length=300,
        default="Bezirksamt Neukölln, Sozialraumorientierte Planungskoordination",
        help_text="Wer die Angaben zu Einrichtungen dieser Art erhebt.",
    )
    licence = models.CharField(
        "Lizenz",
        max_length=200,
        default="CC BY 4.0",
        help_text="Unter welcher Lizenz wir die Angaben als offene Daten weitergeben.",
    )
    official_list = models.BooleanField(
        "Aus einer amtlichen Liste",
        default=False,
        editable=False,
        help_text="Einrichtungen dieser Art kommen per Import (Kitas), nicht von Hand.",
    )

    class Meta:
        verbose_name = "Art der Einrichtung"
        verbose_name_plural = "Arten der Einrichtungen"
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class PlaceQuerySet(PublishableQuerySet):
    def published(self):
        """Visible to visitors: published, and placed in a Planungsraum (a row saved around
        the model's rules without one is left out of every list, and shown to staff)."""
        return self.filter(published=True, planungsraum__isnull=False)

    def for_lists(self):
        return self.select_related("kind", "planungsraum__bezirksregion").defer(
            "planungsraum__geometry",
            "planungsraum__web_geometry",
            "planungsraum__bezirksregion__geometry",
            "planungsraum__bezirksregion__web_geometry",
        )

    def in_region(self, region):
        return self.filter(planungsraum__bezirksregion=region)


KITA_LIST_PHONE = re.compile(r"\+4930[2-9]\d{4,9}")
PHONE_SEPARATORS = re.compile(r"[\s\u2013/-]")


class Place(AddressFields, Editorial, Sourced):
    """A place people go to in the Kiez. Kitas come from the official monthly list (replaced by
    the next import); staff add the other kinds and keep them."""

    kind = models.ForeignKey(
        PlaceKind, verbose_name="Art", on_delete=models.PROTECT, related_name="places"
    )
    name = models.CharField("Name", max_length=200)
    kita_number = models.CharField(
        "Kita-Nummer", max_length=12, unique=True, null=True, blank=True, editable=False
    )
    kita_type = models.CharField("Kita-Art", max_length=100, blank=True, editable=False)
    capacity = models.PositiveIntegerField(
        "Genehmigte Plätze", null=True, blank=True, editable=False
    )
    operator_name = models.CharField("Träger", max_length=200, blank=True)
    description = StaffTextField("Kurzbeschreibung", blank=True, help_text=HTML_HELP)
    phone = models.CharField("Telefon", max_length=40, blank=True, help_text=UNKNOWN_HELP)
    email = models.EmailField("E-Mail", blank=True, help_text=UNKNOWN_HELP)
    website = models.URLField("Website", max_length=300, blank=True, help_text=UNKNOWN_HELP)
    location = PointField(
        "Lage auf der Karte",
        null=True,
        blank=True,
        help_text="Auf der Karte den Eingang markieren. Daraus ergeben sich Planungsraum und "
        "Bezirksregion.",
    )
    planungsraum = models.ForeignKey(
        "regions.Planungsraum",
        verbose_name="Planungsraum",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="places",
        editable=False,
    )
    listed_on = models.DateField("Stand der amtlichen Liste", null=True, blank=True, editable=False)
    review_note = models.TextField("Prüfhinweis für die Redaktion", blank=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        verbose_name = "Einrichtung"
        verbose_name_plural = "Einrichtungen"
        ordering = ["kind__order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.kita_number is None:  # staff places: Planungsraum from the point or address
            self.planungsraum_id = self._planungsraum_id()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.lon_lat and self._planungsraum_id_from_point() is None:
            raise ValidationError(
                {
                    "location": "Dieser Punkt liegt nicht in Neukölln. Bitte den Eingang der "
                    "Einrichtung auf der Karte markieren."
                }
            )
        if self.published and self.kita_number is None and self._planungsraum_id() is None:
            raise ValidationError(
                {
                    "location": "Eine veröffentlichte Einrichtung braucht ihre Lage: bitte den "
                    "Eingang auf der Karte markieren oder Straße und Hausnummer so eingeben, wie "
                    "sie im amtlichen Adressverzeichnis von Neukölln stehen."
                }
            )

    @property
    def lon_lat(self):
        return lon_lat_of(self.location)

    @property
    def bezirksregion(self):
        return self.planungsraum.bezirksregion if self.planungsraum_id else None

    @property
    def phone_from_list_is_faulty(self):
        """The Kita list puts +4930 before every number, mobile ones too ("+493016095948448"),
        and runs some together: a Berlin number never starts with 1 and has at most 15
        digits with +49 30 (E.164). Dashes it writes in some ("+4930–6846851") are fine."""
        if not (self.kita_number and self.phone):
            return False
        return not KITA_LIST_PHONE.fullmatch(PHONE_SEPARATORS.sub("", self.phone))

    @property
    def public_phone(self):
        """What residents may dial: never a number that cannot be right."""
        if self.phone_from_list_is_faulty:
            return ""
        return PHONE_SEPARATORS.sub("", self.phone) if self.kita_number else self.phone

    def _planungsraum_id(self):
        """From the point on the map, else from the official address list."""
        if self.lon_lat:
            return self._planungsraum_id_from_point()
        return self._planungsraum_id_from_address()

    def _planungsraum_id_from_point(self):
        from regions.point_lookup import PointOutOfRange, planungsraum_at

        lon, lat = self.lon_lat
        try:
            found = planungsraum_at(lat, lon)
        except PointOutOfRange:
            return None
        return found.pk if found else None

    def _planungsraum_id_from_address(self):
        from regions.address_lookup import find_address
        from regions.streets import InputRefused

        if not (self.street and self.house_number):
            return None
        try:
            found = find_address(self.street, self.house_number)
        except InputRefused:
            return None
        return found.planungsraeume[0].pk if len(found.planungsraeume) == 1 else None


class PlaceHours(OpeningHours):
    place = models.ForeignKey(
        Place, verbose_name="Einrichtung", on_delete=models.CASCADE, related_name="opening_hours"
    )

    class Meta(OpeningHours.Meta):
        pass


class GreenSpaceQuerySet(models.QuerySet):
    def in_region(self, region):
        return self.filter(planungsraum__bezirksregion=region)

    def for_lists(self):
        return self.select_related("planungsraum").only(
            "kind",
            "name",
            "name_suffix",
            "ortsteil",
            "area_m2",
            "net_play_area_m2",
            "charges_entry",
            "planungsraum__code",
            "planungsraum__name",
        )


class GreenSpace(CheckedModel):
    """A public green space or playground of Berlin's official registers (Grünanlagenbestand,
    Spielplatzbestand), replaced by the next import. Its areas per Planungsraum are the
    figures of the Grüne Infrastruktur."""

    class Kind(models.TextChoices):
        GREEN = "gruenanlage", "Grünanlage"
        PLAYGROUND = "spielplatz", "Spielplatz"

    register_key = models.CharField("Technischer Schlüssel", max_length=40, unique=True)
    object_number = models.CharField("Objektnummer", max_length=20, blank=True)
    kind = models.CharField("Art", max_length=12, choices=Kind.choices)
    name = models.CharField("Name", max_length=200)
    name_suffix = models.CharField("Namenszusatz", max_length=200, blank=True)
    ortsteil = models.CharField("Ortsteil", max_length=60)
    year_built = models.PositiveSmallIntegerField("Baujahr", null=True, blank=True)
    area_m2 = models.FloatField(
        "Fläche in m² (Kataster)", null=True, blank=True, validators=[MinValueValidator(0)]
    )
    net_play_area_m2 = models.FloatField(
        "Nettospielfläche in m²", null=True, blank=True, validators=[MinValueValidator(0)]
    )
    dedication = models.CharField("Widmung", max_length=40, blank=True)
    planungsraum = models.ForeignKey(
        "regions.Planungsraum",
        verbose_name="Planungsraum",
        on_delete=models.PROTECT,
        related_name="green_spaces",
    )
    charges_entry = models.BooleanField(
        "Mit Eintritt",
        default=False,
        help_text="Anlagen mit Eintritt (Britzer Garten) zählen nicht zur öffentlichen "
        "Grünfläche je Einwohner (Kernindikator A4).",
    )
    listed_on = models.DateField("Stand des Registers")

    objects = GreenSpaceQuerySet.as_manager()

    class Meta:
        verbose_name = "Grünanlage oder Spielplatz"
        verbose_name_plural = "Grünanlagen und Spielplätze"
        ordering = ["kind", "name"]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"

    def clean(self):
        super().clean()
        if self.kind == self.Kind.PLAYGROUND and self.net_play_area_m2 is None:
            raise ValidationError(
                {
                    "net_play_area_m2": "Für einen Spielplatz bitte die Nettospielfläche in m² "
                    "eintragen, wie sie im Spielplatzbestand steht."
                }
            )
        if self.kind == self.Kind.GREEN and self.net_play_area_m2 is not None:
            raise ValidationError(
                {
                    "net_play_area_m2": "Eine Nettospielfläche haben nur Spielplätze: bitte das "
                    "Feld leeren oder die Art auf „Spielplatz“ stellen."
                }
            )
