"""The Stadtteilkoordination offices, who runs them, their hours and contacts, and the OE SPK
itself, which is responsible wherever no office is."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from djgeojson.fields import PointField

from regions.geometry import lon_lat_of
from regions.models import ActionArea
from spk_site.publishing import (
    CHECKED_HELP,
    HTML_HELP,
    UNKNOWN_HELP,
    Editorial,
    PublishableQuerySet,
    Sourced,
)
from spk_site.rich_text import StaffTextField
from spk_site.validation import CheckedModel

# The unit's name, as residents read it in their language.
SPK_NAME = _("Sozialraumorientierte Planungskoordination (OE SPK)")


class OfficeQuerySet(PublishableQuerySet):
    def for_cards(self):
        """With everything a contact card shows: operator, region, opening hours (not the
        region's outlines: cards draw no map)."""
        return (
            self.select_related("operator", "action_area__bezirksregion")
            .defer(
                "action_area__bezirksregion__geometry", "action_area__bezirksregion__web_geometry"
            )
            .prefetch_related("opening_hours")
        )


class Operator(CheckedModel):
    """The Träger that runs a Stadtteilkoordination on behalf of the district."""

    name = models.CharField("Name", max_length=200, unique=True)
    website = models.URLField("Website", max_length=300, blank=True, help_text=UNKNOWN_HELP)
    phone = models.CharField(
        "Telefon",
        max_length=40,
        blank=True,
        help_text="Nur aus einer bestätigten Quelle. Hat ein Büro keine eigene Nummer, nennt "
        "seine Kontaktkarte diese zuerst (solange der Träger bestätigt ist).",
    )
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Träger"
        verbose_name_plural = "Träger"
        ordering = ["name"]

    def __str__(self):
        return self.name


class AddressFields(models.Model):
    """A postal address in Berlin, as offices, the OE SPK and places of the Kiez have one."""

    building = models.CharField(
        "Gebäude", max_length=160, blank=True, help_text="Zum Beispiel „Rathaus Neukölln“."
    )
    street = models.CharField("Straße", max_length=120, blank=True, help_text=UNKNOWN_HELP)
    house_number = models.CharField("Hausnummer", max_length=12, blank=True)
    postcode = models.CharField(
        "Postleitzahl",
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", "Die Postleitzahl hat fünf Ziffern.")],
    )
    city = models.CharField("Ort", max_length=60, blank=True, default="Berlin")

    class Meta:
        abstract = True

    @property
    def has_address(self):
        return bool(self.street and self.postcode)

    @property
    def street_line(self):
        return f"{self.street} {self.house_number}".strip()

    @property
    def postcode_line(self):
        return f"{self.postcode} {self.city}".strip() if self.postcode else ""

    @property
    def address_line(self):
        """ "Schierker Straße 53, 12051 Berlin": the address on one line, what is known of it."""
        return ", ".join(part for part in (self.street_line, self.postcode_line) if part)


class Office(AddressFields, Editorial, Sourced):
    """A Stadtteilkoordination office: who runs it, where it is, how to reach it."""

    name = models.CharField("Name", max_length=200)
    slug = models.SlugField("Adresskürzel", max_length=120, unique=True)
    action_area = models.OneToOneField(
        ActionArea,
        verbose_name="Handlungsraum",
        on_delete=models.PROTECT,
        related_name="office",
        help_text="Die Bezirksregion, für die diese Stadtteilkoordination zuständig ist.",
    )
    also_known_as = models.CharField(
        "Auch bekannt als", max_length=300, blank=True, help_text="Andere gebräuchliche Namen."
    )
    description = StaffTextField(
        "Beschreibung",
        blank=True,
        help_text="Was die Stadtteilkoordination anbietet, in einfachen Worten. " + HTML_HELP,
    )
    operator = models.ForeignKey(
        Operator,
        verbose_name="Träger",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offices",
        help_text=UNKNOWN_HELP,
    )
    operator_confirmed = models.BooleanField(
        "Träger bestätigt",
        default=False,
        help_text="Erst anhaken, wenn der Träger bestätigt ist. Vorher nennt die Website ihn "
        "nicht.",
    )
    location = PointField(
        "Lage auf der Karte",
        null=True,
        blank=True,
        help_text="Auf der Karte den Eingang des Büros markieren. Leer = Lage unbekannt.",
    )
    phone = models.CharField("Telefon", max_length=40, blank=True, help_text=UNKNOWN_HELP)
    email = models.EmailField("E-Mail", blank=True, help_text=UNKNOWN_HELP)
    website = models.URLField("Website", max_length=300, blank=True, help_text=UNKNOWN_HELP)
    accessibility = models.TextField(
        "Barrierefreiheit",
        blank=True,
        help_text="Zum Beispiel: stufenloser Zugang, Aufzug, barrierefreies WC. " + UNKNOWN_HELP,
    )
    transport = models.TextField(
        "Anfahrt mit Bus und Bahn",
        blank=True,
        help_text="Nächste Haltestellen und Linien. " + UNKNOWN_HELP,
    )
    hours_note = models.CharField(
        "Hinweis zu den Öffnungszeiten",
        max_length=300,
        blank=True,
        help_text="Zum Beispiel: „Termine auch nach Vereinbarung“.",
    )
    review_note = models.TextField(
        "Prüfhinweis für die Redaktion",
        blank=True,
        help_text="Was vor der Veröffentlichung noch bestätigt werden muss "
        "(nur im Admin sichtbar).",
    )

    objects = OfficeQuerySet.as_manager()

    class Meta:
        verbose_name = "Stadtteilkoordination"
        verbose_name_plural = "Stadtteilkoordinationen"
        ordering = ["action_area__bezirksregion__code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("coordination:office-detail", kwargs={"slug": self.slug})

    def get_vcard_url(self):
        return reverse("coordination:office-vcard", kwargs={"slug": self.slug})

    @property
    def bezirksregion(self):
        return self.action_area.bezirksregion

    @property
    def lon_lat(self):
        return lon_lat_of(self.location)

    @property
    def confirmed_operator(self):
        """The operator residents may be told about: only a confirmed one."""
        return self.operator if self.operator_confirmed else None


class OpeningHours(CheckedModel):
    """One opening time on one weekday. Abstract: each parent has its own table of them
    (OfficeHours here, PlaceHours in `places`), as bakerydemo's OperatingHours."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Montag"
        TUESDAY = 1, "Dienstag"
        WEDNESDAY = 2, "Mittwoch"
        THURSDAY = 3, "Donnerstag"
        FRIDAY = 4, "Freitag"
        SATURDAY = 5, "Samstag"
        SUNDAY = 6, "Sonntag"

    SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    weekday = models.PositiveSmallIntegerField("Wochentag", choices=Weekday.choices)
    opens = models.TimeField("von")
    closes = models.TimeField("bis")
    note = models.CharField(
        "Hinweis", max_length=120, blank=True, help_text="Zum Beispiel: „nur in geraden Wochen“."
    )

    class Meta:
        abstract = True
        verbose_name = "Öffnungszeit"
        verbose_name_plural = "Öffnungszeiten"
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")),
                name="%(app_label)s_%(class)s_closes_after_opening",
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "Das Ende muss nach dem Beginn liegen."})

    @property
    def schema_day(self):
        return self.SCHEMA_DAYS[self.weekday]


class OfficeHours(OpeningHours):
    office = models.ForeignKey(
        Office, verbose_name="Büro", on_delete=models.CASCADE, related_name="opening_hours"
    )

    class Meta(OpeningHours.Meta):
        pass


class ContactPerson(CheckedModel):
    office = models.ForeignKey(
        Office, verbose_name="Büro", on_delete=models.CASCADE, related_name="contacts"
    )
    role = models.CharField("Aufgabe", max_length=120, help_text="Zum Beispiel: „Koordination“.")
    name = models.CharField(
        "Name",
        max_length=120,
        blank=True,
        help_text="Nur mit Einverständnis der Person veröffentlichen.",
    )
    phone = models.CharField("Telefon", max_length=40, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    class Meta:
        verbose_name = "Ansprechperson"
        verbose_name_plural = "Ansprechpersonen"
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.role}: {self.name}" if self.name else self.role


class DistrictContact(AddressFields, Sourced, CheckedModel):
    """The OE SPK itself: the contact wherever no Stadtteilkoordination is responsible."""

    name = models.CharField("Name", max_length=200)
    room = models.CharField("Raum", max_length=60, blank=True, help_text=UNKNOWN_HELP)
    phone = models.CharField("Telefon", max_length=40, blank=True, help_text=UNKNOWN_HELP)
    email = models.EmailField("E-Mail", blank=True, help_text=UNKNOWN_HELP)
    switchboard = models.CharField(
        "Telefonzentrale des Bezirksamts",
        max_length=40,
        blank=True,
        help_text="Wird gezeigt, solange die OE SPK keine eigene Telefonnummer hat.",
    )
    website = models.URLField("Website", max_length=300, blank=True)
    hours_note = models.CharField("Erreichbarkeit", max_length=300, blank=True)
    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Kontakt der OE SPK"
        verbose_name_plural = "Kontakt der OE SPK"

    def __str__(self):
        return self.name

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first()
