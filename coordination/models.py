import contextlib
import datetime
import re
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import models
from django.urls import reverse
from djgeojson.fields import PointField

from regions.models import ActionArea
from spk_site.rich_text import StaffTextField, clean_html

WEB_ADDRESS = re.compile(r"https?://[^\s()]+")
PUBLISHED_HELP = "Nur veröffentlichte Einträge sind für Besucherinnen und Besucher sichtbar."
UNKNOWN_HELP = (
    "Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das "
    "Büro sonst erreicht."
)
HTML_HELP = (
    "Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe "
    "über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt."
)


def clean_every_language(obj, field):
    """Staff HTML in every language's column (django-modeltranslation), cleaned on save."""
    for language, _name in settings.LANGUAGES:
        column = f"{field}_{language}"
        if hasattr(obj, column):
            setattr(obj, column, clean_html(getattr(obj, column)))


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def visible_to(self, user):
        """Everything for staff who may edit it (preview), only what is published otherwise."""
        opts = self.model._meta
        if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self
        return self.published()


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


class Operator(models.Model):
    """The Träger that runs a Stadtteilkoordination on behalf of the district."""

    name = models.CharField("Name", max_length=200, unique=True)
    website = models.URLField("Website", max_length=300, blank=True, help_text=UNKNOWN_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Träger"
        verbose_name_plural = "Träger"
        ordering = ["name"]

    def __str__(self):
        return self.name


TRANSLATION_CHECKED_HELP = (
    "Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis "
    "dahin sagt die Website, dass sie noch nicht geprüft ist."
)
CHECKED_HELP = (
    "Wann jemand diese Angaben zuletzt geprüft hat. Die Website zeigt das Datum als „Stand "
    "dieser Angaben“; nach 180 Tagen erinnert die Startseite der Redaktion daran."
)


class Editorial(models.Model):
    """What staff keep on every published entry: published or not, checked when, translation
    checked (one flag per language), last changed."""

    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        abstract = True


class AddressFields(models.Model):
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


class Office(AddressFields, Editorial):
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
    sources = models.TextField(
        "Quellen", blank=True, help_text="Woher die Angaben stammen: eine Webadresse je Zeile."
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
    def source_urls(self):
        """The web addresses in `sources` (lines may add a note after the address)."""
        return WEB_ADDRESS.findall(self.sources)

    @property
    def lon_lat(self):
        if self.location and self.location.get("coordinates"):
            lon, lat = self.location["coordinates"][:2]
            return lon, lat
        return None

    @property
    def confirmed_operator(self):
        """The operator residents may be told about: only a confirmed one."""
        return self.operator if self.operator_confirmed else None


class OpeningHours(models.Model):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Montag"
        TUESDAY = 1, "Dienstag"
        WEDNESDAY = 2, "Mittwoch"
        THURSDAY = 3, "Donnerstag"
        FRIDAY = 4, "Freitag"
        SATURDAY = 5, "Samstag"
        SUNDAY = 6, "Sonntag"

    SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    office = models.ForeignKey(
        Office,
        verbose_name="Büro",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="opening_hours",
    )
    place = models.ForeignKey(
        "Place",
        verbose_name="Einrichtung",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="opening_hours",
    )
    weekday = models.PositiveSmallIntegerField("Wochentag", choices=Weekday.choices)
    opens = models.TimeField("von")
    closes = models.TimeField("bis")
    note = models.CharField(
        "Hinweis", max_length=120, blank=True, help_text="Zum Beispiel: „nur in geraden Wochen“."
    )

    class Meta:
        verbose_name = "Öffnungszeit"
        verbose_name_plural = "Öffnungszeiten"
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")), name="closes_after_opening"
            ),
            models.CheckConstraint(
                condition=models.Q(office__isnull=False, place__isnull=True)
                | models.Q(office__isnull=True, place__isnull=False),
                name="hours_of_an_office_or_a_place",
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "Das Ende muss nach dem Beginn liegen."})

    @property
    def schema_day(self):
        return self.SCHEMA_DAYS[self.weekday]


class ContactPerson(models.Model):
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


class DistrictContact(AddressFields):
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
    sources = models.TextField(
        "Quellen", blank=True, help_text="Woher die Angaben stammen: eine Webadresse je Zeile."
    )
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


class FaqCategory(models.Model):
    name = models.CharField("Name", max_length=120)
    slug = models.SlugField("Adresskürzel", max_length=80, unique=True)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    class Meta:
        verbose_name = "Fragen-Kategorie"
        verbose_name_plural = "Fragen-Kategorien"
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class FaqEntryQuerySet(PublishableQuerySet):
    def for_faq_page(self):
        return self.select_related("category").order_by("category__order", "order", "pk")


class FaqEntry(Editorial):
    category = models.ForeignKey(
        FaqCategory, verbose_name="Kategorie", on_delete=models.PROTECT, related_name="entries"
    )
    question = models.CharField("Frage", max_length=250)
    slug = models.SlugField(
        "Sprungmarke",
        max_length=80,
        unique=True,
        help_text="Für Links direkt auf diese Frage: /fragen/#sprungmarke. Nicht mehr ändern, "
        "wenn die Frage veröffentlicht ist.",
    )
    answer = StaffTextField("Antwort", help_text=HTML_HELP)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    on_start_page = models.BooleanField("Auf der Startseite zeigen", default=False)

    objects = FaqEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "Frage und Antwort"
        verbose_name_plural = "Fragen und Antworten"
        ordering = ["category__order", "order", "pk"]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        clean_every_language(self, "answer")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('faq')}#{self.slug}"


# Pages with an address of their own (/impressum/ …); the URL name is the slug.
PAGES_WITH_OWN_ADDRESS = ("impressum", "datenschutz", "barrierefreiheit", "gemeinschaftsinitiative")


class Page(Editorial):
    """An editable content page (Impressum, Datenschutz, Barrierefreiheit, …)."""

    slug = models.SlugField(
        "Adresskürzel",
        max_length=80,
        unique=True,
        help_text="Teil der Adresse. „impressum“, „datenschutz“, „barrierefreiheit“ und "
        "„gemeinschaftsinitiative“ haben eigene Adressen; jede andere Seite steht unter "
        "/seiten/kürzel/.",
    )
    title = models.CharField("Titel", max_length=200)
    summary = models.CharField(
        "Kurzbeschreibung", max_length=300, blank=True, help_text="Für Suchmaschinen und Links."
    )
    body = StaffTextField("Inhalt", help_text=HTML_HELP)
    is_draft = models.BooleanField(
        "Entwurf",
        default=False,
        help_text="Zeigt über dem Text den Hinweis, dass die Seite noch geprüft wird.",
    )
    open_points = models.TextField(
        "Offene Punkte (nur für die Redaktion)",
        blank=True,
        help_text="Was im Text noch fehlt oder zu bestätigen ist, ein Punkt je Zeile. Besucher "
        "sehen das nie; die Liste „Was fehlt noch?“ zeigt jeden Punkt, bis er gelöscht ist.",
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        clean_every_language(self, "body")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.slug in PAGES_WITH_OWN_ADDRESS:
            return reverse(self.slug)
        return reverse("page", kwargs={"slug": self.slug})


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


class EasyLanguageText(models.Model):
    """A text in Leichte Sprache (BITV 2.0 § 4, Anlage 2), written for the section
    /leichte-sprache/. German only, by nature."""

    slug = models.SlugField("Sprungmarke", max_length=80, unique=True)
    title = models.CharField("Überschrift", max_length=200)
    body = StaffTextField(
        "Text",
        help_text="Kurze Sätze, eine Aussage je Satz, keine Abkürzungen, lange Wörter mit "
        "Binde·strich oder Medio·punkt trennen, die Leserinnen und Leser direkt ansprechen.",
    )
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    required = models.BooleanField(
        "Pflichttext nach BITV 2.0 § 4",
        default=False,
        help_text="Einer der vier Texte, die das Gesetz für die Startseite verlangt.",
    )
    reviewed_by_test_group = models.BooleanField(
        "Von einer Prüfgruppe geprüft",
        default=False,
        help_text="Erst anhaken, wenn Menschen mit Lernschwierigkeiten den Text geprüft haben. "
        "Bis dahin sagt die Website, dass er noch nicht geprüft ist.",
    )
    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Text in Leichter Sprache"
        verbose_name_plural = "Texte in Leichter Sprache"
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('easy-language')}#{self.slug}"


def video_file_name(instance, filename):
    """Generated names: nothing of an uploaded file's name reaches our disk or URLs."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"gebaerdensprache/{uuid.uuid4().hex}.{extension}"


VIDEO_SIGNATURES = {
    "mp4": lambda head: head[4:8] == b"ftyp",
    "webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
}
MAX_VIDEO_BYTES = 500 * 1024 * 1024


def validate_video(uploaded):
    extension = uploaded.name.rsplit(".", 1)[-1].lower()
    if uploaded.size > MAX_VIDEO_BYTES:
        raise ValidationError("Das Video ist zu groß (höchstens 500 MB).")
    head = uploaded.read(16)
    uploaded.seek(0)
    if extension not in VIDEO_SIGNATURES or not VIDEO_SIGNATURES[extension](head):
        raise ValidationError("Bitte ein Video im Format MP4 oder WebM hochladen.")


def validate_captions(uploaded):
    if not uploaded.read(16).lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        raise ValidationError("Bitte Untertitel im Format WebVTT (.vtt) hochladen.")
    uploaded.seek(0)


def validate_poster(uploaded):
    head = uploaded.read(8)
    uploaded.seek(0)
    if not head.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        raise ValidationError("Bitte ein Vorschaubild als PNG oder JPEG hochladen.")


class SignLanguageVideo(models.Model):
    """A video in Deutsche Gebärdensprache, served from our own server, with captions and a
    transcript; never a video platform, never autoplay."""

    title = models.CharField("Titel", max_length=200)
    video_mp4 = models.FileField(
        "Video (MP4)",
        upload_to=video_file_name,
        validators=[FileExtensionValidator(["mp4"]), validate_video],
    )
    video_webm = models.FileField(
        "Video (WebM, freiwillig)",
        upload_to=video_file_name,
        blank=True,
        validators=[FileExtensionValidator(["webm"]), validate_video],
    )
    captions = models.FileField(
        "Untertitel (WebVTT)",
        upload_to=video_file_name,
        validators=[FileExtensionValidator(["vtt"]), validate_captions],
    )
    poster = models.FileField(
        "Vorschaubild (PNG oder JPEG)",
        upload_to=video_file_name,
        validators=[FileExtensionValidator(["png", "jpg", "jpeg"]), validate_poster],
    )
    transcript = StaffTextField("Abschrift", help_text="Was im Video gesagt wird, als Text.")
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Video in Gebärdensprache"
        verbose_name_plural = "Videos in Gebärdensprache"
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def file_url(self, field):
        name = getattr(self, field).name.rsplit("/", 1)[-1]
        return reverse("sign-language-file", kwargs={"name": name})


# --- Termine, Aktuelles, Kiezkasse (#13) ---------------------------------------------------


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


class EventQuerySet(PublishableQuerySet):
    def not_over(self, today):
        """Events with a date on or after today: single ones that have not ended, series that
        have not run out. Their dates are computed from the rule (coordination/occurrences)."""
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


class Event(Editorial):
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
        "Kosten", max_length=200, blank=True, help_text="Zum Beispiel „kostenlos“. " + UNKNOWN_HELP
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
        clean_every_language(self, "description")
        self.description = clean_html(self.description)
        if self.pk is not None:
            self.sequence += 1  # calendars replace their copy only when SEQUENCE rises
        if self.exceptions:
            with contextlib.suppress(ValidationError):  # clean() reports it in forms
                self.exceptions = "\n".join(
                    f"{day:%d.%m.%Y}" for day in parse_exception_dates(self.exceptions)
                )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("event-detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("event-ics", kwargs={"slug": self.slug})

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
            return "Sozialraumorientierte Planungskoordination (OE SPK)"
        return self.organiser_name

    @property
    def place_lines(self):
        """The place as lines for people: name, then address (the office's, if it is one)."""
        office = self.place_office
        if office is not None:
            name = self.place_name or office.building or office.name
            address = ", ".join(
                part
                for part in (office.street_line, f"{office.postcode} {office.city}".strip())
                if part
            )
        else:
            name, address = self.place_name, self.place_address
        return [line for line in (name, address) if line]

    def clean(self):
        errors = {}
        if self.ends_on and self.ends_on < self.starts_on:
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
        if self.repeat_until and self.repeat_until < self.starts_on:
            errors["repeat_until"] = "„Wiederholen bis“ liegt vor dem ersten Termin."
        try:
            parse_exception_dates(self.exceptions)
        except ValidationError as error:
            errors["exceptions"] = error.messages
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
        if self.cancelled and not self.cancellation_reason:
            errors["cancellation_reason"] = "Bitte kurz sagen, warum der Termin abgesagt ist."
        if errors:
            raise ValidationError(errors)


class NewsArticleQuerySet(PublishableQuerySet):
    def latest_first(self):
        return self.order_by("-published_on", "-pk")


class NewsArticle(Editorial):
    """A piece of news from the OE SPK or a Stadtteilkoordination."""

    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField("Adresskürzel", max_length=120, unique=True)
    published_on = models.DateField("Datum")
    teaser = models.TextField(
        "Kurzfassung", max_length=400, help_text="Ein bis zwei Sätze für Listen und den Feed."
    )
    body = StaffTextField("Text", help_text=HTML_HELP)
    bezirksregionen = models.ManyToManyField(
        "regions.Bezirksregion", verbose_name="Bezirksregionen", blank=True, related_name="news"
    )
    office = models.ForeignKey(
        Office,
        verbose_name="Stadtteilkoordination",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )

    objects = NewsArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "Meldung"
        verbose_name_plural = "Aktuelles"
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        clean_every_language(self, "body")
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news-detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug in {"archiv", "feed"}:
            raise ValidationError(
                {"slug": f"„{self.slug}“ ist für eine Seite der Website reserviert."}
            )


class SmallGrantFund(Editorial):
    """A Kiezkasse: small grants for neighbourhood actions, run by a Stadtteilkoordination.
    Facts found in public sources stay marked until staff confirm them with the office."""

    office = models.OneToOneField(
        Office,
        verbose_name="Stadtteilkoordination",
        on_delete=models.CASCADE,
        related_name="small_grants",
    )
    name = models.CharField("Name", max_length=200, default="Kiezkasse")
    summary = StaffTextField(
        "Was gefördert wird",
        blank=True,
        help_text="Was man mit dem Geld machen kann und was die Aktion erfüllen muss. " + HTML_HELP,
    )
    budget_per_year = models.PositiveIntegerField(
        "Geld im Jahr (Euro)", null=True, blank=True, help_text=UNKNOWN_HELP
    )
    maximum_per_application = models.PositiveIntegerField(
        "Höchstens je Antrag (Euro)", null=True, blank=True, help_text=UNKNOWN_HELP
    )
    how_to_apply = models.TextField(
        "So stellen Sie einen Antrag", blank=True, help_text=UNKNOWN_HELP
    )
    who_decides = models.CharField(
        "Wer entscheidet", max_length=300, blank=True, help_text=UNKNOWN_HELP
    )
    facts_confirmed = models.BooleanField(
        "Angaben vom Büro bestätigt",
        default=False,
        help_text="Erst anhaken, wenn das Büro die Angaben bestätigt hat. Bis dahin sagt die "
        "Website, dass sie aus öffentlichen Quellen stammen und noch geprüft werden.",
    )
    sources = models.TextField(
        "Quellen", blank=True, help_text="Woher die Angaben stammen: eine Webadresse je Zeile."
    )
    source_date = models.CharField(
        "Stand der Quellen", max_length=100, blank=True, help_text="Zum Beispiel „2021“."
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Kiezkasse"
        verbose_name_plural = "Kiezkassen"
        ordering = ["office__action_area__bezirksregion__code"]

    def __str__(self):
        return f"{self.name} ({self.office.name})"

    def save(self, *args, **kwargs):
        clean_every_language(self, "summary")
        self.summary = clean_html(self.summary)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("coordination:office-grants", kwargs={"slug": self.office.slug})

    @property
    def source_urls(self):
        return WEB_ADDRESS.findall(self.sources)


# --- Einrichtungen: Kitas and the places of the Kiez (#14) ---------------------------------

KITA_KIND = "kita"


class PlaceKind(models.Model):
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


class Place(AddressFields, Editorial):
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
    sources = models.TextField("Quellen", blank=True, help_text="Eine Webadresse je Zeile.")

    objects = PlaceQuerySet.as_manager()

    class Meta:
        verbose_name = "Einrichtung"
        verbose_name_plural = "Einrichtungen"
        ordering = ["kind__order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        clean_every_language(self, "description")
        self.description = clean_html(self.description)
        if self.kita_number is None:  # staff places: Planungsraum from the point
            self.planungsraum = self._planungsraum_from_point()
        super().save(*args, **kwargs)

    def clean(self):
        if self.location and self.lon_lat and self._planungsraum_from_point() is None:
            raise ValidationError({"location": "Dieser Punkt liegt nicht in Neukölln."})

    @property
    def lon_lat(self):
        if self.location and self.location.get("coordinates"):
            lon, lat = self.location["coordinates"][:2]
            return lon, lat
        return None

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

    @property
    def address_line(self):
        parts = [self.street_line, f"{self.postcode} {self.city}".strip() if self.postcode else ""]
        return ", ".join(part for part in parts if part)

    def _planungsraum_from_point(self):
        from regions.lookup import PointOutOfRange, planungsraum_at

        if not self.lon_lat:
            return None
        lon, lat = self.lon_lat
        try:
            return planungsraum_at(lat, lon)
        except PointOutOfRange:
            return None
