"""Termine: a Kiezgespräch, a Vernetzungsrunde, a Kiezfest, an application deadline; once or
as a series, in Berlin local time."""

import contextlib
import datetime
import re
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from coordination.models import Office
from coordination.models.offices import SPK_NAME
from spk_site.publishing import HTML_HELP, UNKNOWN_HELP, Editorial, PublishableQuerySet, Scheduled
from spk_site.rich_text import StaffTextField
from spk_site.validation import EARLIEST_DATE, date_problem, latest_date

from ..occurrences import nonexistent_time


def parse_exception_dates(text):
    """'8.12.2026' or '2026-12-08', one per line (or separated by commas) -> sorted dates.
    Raises a German ValidationError naming the first line it cannot read."""
    found = set()
    for raw in re.split(r"[\n,;]+", text or ""):
        item = raw.strip()
        if not item:
            continue
        german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", item)
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", item)
        try:
            if german:
                found.add(datetime.date(int(german[3]), int(german[2]), int(german[1])))
            elif iso:
                found.add(datetime.date(int(iso[1]), int(iso[2]), int(iso[3])))
            else:
                raise ValueError
        except ValueError:
            raise ValidationError(
                f"„{item}“ ist kein Datum. Bitte so schreiben: 8.12.2026, eines je Zeile."
            ) from None
    return sorted(found)


RESERVED_EVENT_SLUGS = {"archiv", "kalender"}  # /termine/archiv/, /termine/kalender.ics
MAX_SKIPPED_DATES = 60  # more than a year of a weekly series: then end the series instead


class EventQuerySet(PublishableQuerySet):
    def published(self, window=True):
        """Visible to visitors: published, with dates the site can show (a row written around
        the model's rules is left out of every list and feed)."""
        latest = latest_date()
        return (
            super()
            .published(window=window)
            .filter(starts_on__gte=EARLIEST_DATE, starts_on__lte=latest)
            .exclude(ends_on__gt=latest)
            .exclude(repeat_until__gt=latest)
        )

    def not_over(self, today):
        """Events with a date on or after today: single ones that have not ended, series that
        have not run out. Their dates are computed from the rule (events/occurrences)."""
        single = models.Q(repeat="") & (
            models.Q(starts_on__gte=today) | models.Q(ends_on__gte=today)
        )
        series = ~models.Q(repeat="") & (
            models.Q(repeat_until__isnull=True) | models.Q(repeat_until__gte=today)
        )
        return self.filter(single | series)

    def for_listing(self):
        """With what a list item shows: the organising office and the office it takes place in."""
        return self.select_related("organiser_office", "place_office")


class Event(Editorial, Scheduled):
    """A Termin: a Kiezgespräch, a Vernetzungsrunde, a Kiezfest, an application deadline.
    Dates are local Berlin dates and times: a series stays at 19:00 across the change to
    winter time."""

    class Kind(models.TextChoices):
        MEETING = "treffen", "Treffen, Gespräch, Runde"
        FESTIVAL = "fest", "Fest, Aktion"
        DEADLINE = "frist", "Frist (z. B. Antrag für die Kiezkasse)"
        OTHER = "sonstiges", "Sonstiges"

    class Repeat(models.TextChoices):
        NONE = "", "Einmalig"
        WEEKLY = "weekly", "Jede Woche am selben Wochentag"
        BIWEEKLY = "biweekly", "Alle zwei Wochen am selben Wochentag"
        MONTHLY_WEEKDAY = (
            "monthly_weekday",
            "Jeden Monat am selben Wochentag (z. B. jeden 2. Dienstag)",
        )
        MONTHLY_LAST_WEEKDAY = "monthly_last_weekday", "Jeden Monat am letzten dieses Wochentags"
        MONTHLY_DATE = "monthly_date", "Jeden Monat am selben Tag (z. B. am 15.)"

    uid = models.UUIDField("Kalender-Kennung", default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField("Adresskürzel", max_length=120, unique=True)
    kind = models.CharField("Art", max_length=20, choices=Kind.choices, default=Kind.MEETING)
    starts_on = models.DateField("Datum (Beginn)")
    start_time = models.TimeField(
        "Uhrzeit (Beginn)", null=True, blank=True, help_text="Leer lassen für ganztägige Termine."
    )
    ends_on = models.DateField(
        "Datum (Ende)",
        null=True,
        blank=True,
        help_text="Nur wenn der Termin über mehrere Tage geht.",
    )
    end_time = models.TimeField("Uhrzeit (Ende)", null=True, blank=True)
    repeat = models.CharField(
        "Wiederholung", max_length=30, choices=Repeat.choices, default="", blank=True
    )
    repeat_until = models.DateField(
        "Wiederholen bis", null=True, blank=True, help_text="Leer = bis auf Weiteres."
    )
    exceptions = models.TextField(
        "Fällt aus am",
        blank=True,
        help_text="Einzelne Termine einer Reihe, die ausfallen: ein Datum je Zeile, z. B. "
        "29.12.2026.",
    )
    place_name = models.CharField(
        "Ort",
        max_length=200,
        blank=True,
        help_text="Zum Beispiel „Nachbarschaftshaus am Körnerpark“.",
    )
    place_address = models.CharField(
        "Adresse des Orts", max_length=200, blank=True, help_text="Straße, Hausnummer, PLZ Berlin."
    )
    place_office = models.ForeignKey(
        Office,
        verbose_name="Ort ist das Büro der Stadtteilkoordination",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events_held_here",
        help_text="Dann übernimmt die Website Adresse und Lage des Büros.",
    )
    online_url = models.URLField(
        "Online-Teilnahme (Link)",
        max_length=300,
        blank=True,
        help_text="Für Termine im Netz: der Link, über den man teilnimmt. Ein Termin braucht "
        "einen Ort mit Adresse oder diesen Link.",
    )
    place_accessibility = models.CharField(
        "Barrierefreiheit des Orts", max_length=300, blank=True, help_text=UNKNOWN_HELP
    )
    bezirksregionen = models.ManyToManyField(
        "regions.Bezirksregion",
        verbose_name="Bezirksregionen",
        blank=True,
        related_name="events",
    )
    organiser_office = models.ForeignKey(
        Office,
        verbose_name="Veranstaltet von der Stadtteilkoordination",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    organised_by_district = models.BooleanField(
        "Veranstaltet von der OE SPK im Bezirksamt", default=False
    )
    organiser_name = models.CharField(
        "Veranstaltet von (andere Organisation)", max_length=200, blank=True
    )
    description = StaffTextField("Beschreibung", blank=True, help_text=HTML_HELP)
    cost = models.CharField(
        "Kosten",
        max_length=200,
        blank=True,
        help_text="Zum Beispiel „kostenlos“ oder „5 Euro, ermäßigt 2 Euro“. Leer lassen, wenn "
        "unbekannt: Die Website lässt die Zeile dann weg.",
    )
    registration_url = models.URLField("Anmeldung (Webseite)", max_length=300, blank=True)
    registration_email = models.EmailField("Anmeldung (E-Mail)", blank=True)
    languages = models.CharField(
        "Gesprochene Sprachen",
        max_length=200,
        blank=True,
        help_text="Zum Beispiel „Deutsch, Türkisch“.",
    )
    cancelled = models.BooleanField(
        "Abgesagt",
        default=False,
        help_text="Ein abgesagter Termin bleibt sichtbar, als abgesagt markiert, auch in den "
        "Kalendern der Abonnentinnen und Abonnenten.",
    )
    cancellation_reason = models.CharField("Grund der Absage", max_length=300, blank=True)
    sequence = models.PositiveIntegerField("Fassung", default=0, editable=False)
    created_at = models.DateTimeField("Angelegt", auto_now_add=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = "Termin"
        verbose_name_plural = "Termine"
        ordering = ["starts_on", "start_time", "pk"]

    def __str__(self):
        return f"{self.title} ({self.starts_on:%d.%m.%Y})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            self.sequence += 1  # calendars replace their copy only when SEQUENCE rises
        if self.exceptions:
            with contextlib.suppress(ValidationError):  # clean() reports it in forms
                self.exceptions = "\n".join(
                    f"{day:%d.%m.%Y}" for day in parse_exception_dates(self.exceptions)
                )
        super().save(*args, **kwargs)

    def _skipped_dates_problem(self):
        try:
            skipped = parse_exception_dates(self.exceptions)
        except ValidationError as error:
            return error.messages
        if skipped and not self.repeat:
            return "„Fällt aus am“ gilt nur für Termine, die sich wiederholen."
        if len(skipped) > MAX_SKIPPED_DATES:
            return (
                f"Höchstens {MAX_SKIPPED_DATES} ausfallende Termine. Wenn eine Reihe länger "
                "pausiert, bitte „Wiederholen bis“ setzen und danach eine neue Reihe anlegen."
            )
        first, last = self.starts_on, self.repeat_until or latest_date()
        outside = [day for day in skipped if first and not first <= day <= last]
        if outside:
            return (
                f"Der {outside[0]:%d.%m.%Y} liegt nicht in der Reihe (vom {first:%d.%m.%Y} bis "
                f"{last:%d.%m.%Y}). Bitte nur Tage der Reihe eintragen."
            )
        return None

    def get_absolute_url(self):
        return reverse("events:event-detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("events-api:event-ics", kwargs={"slug": self.slug})

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def is_series(self):
        return bool(self.repeat)

    @property
    def exception_dates(self):
        try:
            return parse_exception_dates(self.exceptions)
        except ValidationError:
            return []

    @property
    def organiser_label(self):
        if self.organiser_office_id:
            return self.organiser_office.name
        if self.organised_by_district:
            return str(SPK_NAME)
        return self.organiser_name

    @property
    def place_lines(self):
        """The place as lines for people: name, then address (the office's, if it is one)."""
        office = self.place_office
        if office is not None and (office.has_address or not self.place_address):
            name = self.place_name or office.building or office.name
            address = ", ".join(
                part
                for part in (office.street_line, f"{office.postcode} {office.city}".strip())
                if part
            )
        else:
            name, address = self.place_name, self.place_address
        if name and address and address.casefold().startswith(name.casefold()):
            name = ""  # "Herrfurthplatz" at "Herrfurthplatz, 12049 Berlin": said once
        return [line for line in (name, address) if line]

    @property
    def has_place_to_go(self):
        """An address people can go to, or a link to take part online."""
        if self.online_url or self.place_address.strip():
            return True
        return bool(self.place_office_id and self.place_office.has_address)

    def _place_problem(self):
        if self.place_office_id:
            return {
                "place_office": f"Für die {self.place_office.name} ist noch keine Adresse "
                "eingetragen: So fände niemand hin. Bitte unter „Adresse des Orts“ die Adresse "
                "angeben, oder bei einem Termin im Netz den Link zur Online-Teilnahme."
            }
        return {
            "place_address": "Wohin sollen die Leute kommen? Bitte die Adresse des Orts angeben "
            "(oder ein Büro mit Adresse wählen), oder bei einem Termin im Netz den Link zur "
            "Online-Teilnahme. Als Entwurf (nicht veröffentlicht) lässt sich der Termin auch "
            "ohne Ort speichern."
        }

    def clean(self):
        super().clean()  # the publishing window (Scheduled)
        errors = {}
        for field in ("starts_on", "ends_on", "repeat_until"):
            problem = date_problem(getattr(self, field))
            if problem:
                errors[field] = problem
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "Das Ende liegt vor dem Beginn."
        if (
            self.end_time
            and self.start_time
            and (self.ends_on in (None, self.starts_on))
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = "Das Ende muss nach dem Beginn liegen."
        if self.end_time and not self.start_time:
            errors["start_time"] = "Bitte auch die Uhrzeit des Beginns angeben."
        if self.repeat and self.ends_on and self.ends_on != self.starts_on:
            errors["ends_on"] = "Ein Termin, der sich wiederholt, beginnt und endet am selben Tag."
        if self.repeat_until and not self.repeat:
            errors["repeat_until"] = "„Wiederholen bis“ gilt nur für Termine, die sich wiederholen."
        if self.repeat_until and self.starts_on and self.repeat_until < self.starts_on:
            errors["repeat_until"] = "„Wiederholen bis“ liegt vor dem ersten Termin."
        problem = self._skipped_dates_problem()
        if problem:
            errors["exceptions"] = problem
        if self.starts_on and self.start_time and nonexistent_time(self.starts_on, self.start_time):
            errors["start_time"] = (
                f"Am {self.starts_on:%d.%m.%Y} werden die Uhren von 2 auf 3 Uhr vorgestellt: "
                f"{self.start_time:%H:%M} gibt es an diesem Tag nicht. Bitte 3:00 oder später "
                "eingeben."
            )
        organisers = [
            bool(self.organiser_office_id),
            self.organised_by_district,
            bool(self.organiser_name),
        ]
        if sum(organisers) != 1:
            errors["organiser_name"] = (
                "Bitte genau eine Veranstalterin nennen: eine Stadtteilkoordination, die OE SPK "
                "oder eine andere Organisation."
            )
        if self.slug in RESERVED_EVENT_SLUGS:
            errors["slug"] = f"„{self.slug}“ ist für eine Seite der Website reserviert."
        if self.published and not self.has_place_to_go:
            errors.update(self._place_problem())
        if self.cancelled and not self.cancellation_reason:
            errors["cancellation_reason"] = "Bitte kurz sagen, warum der Termin abgesagt ist."
        if errors:
            raise ValidationError(errors)
