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


class Office(AddressFields):
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
    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

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
        Office, verbose_name="Büro", on_delete=models.CASCADE, related_name="opening_hours"
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
            )
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


class FaqEntry(models.Model):
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
    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

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


class Page(models.Model):
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
    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )
    open_points = models.TextField(
        "Offene Punkte (nur für die Redaktion)",
        blank=True,
        help_text="Was im Text noch fehlt oder zu bestätigen ist, ein Punkt je Zeile. Besucher "
        "sehen das nie; die Liste „Was fehlt noch?“ zeigt jeden Punkt, bis er gelöscht ist.",
    )
    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

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
