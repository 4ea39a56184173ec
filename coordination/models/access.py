"""Leichte Sprache and Deutsche Gebärdensprache (BITV 2.0 § 4): texts in easy German and
videos in sign language, kept by staff."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse

from spk_site.publishing import PUBLISHED_HELP, PublishableQuerySet, Published
from spk_site.rich_text import StaffTextField
from spk_site.validation import CheckedModel


class EasyLanguageText(Published):
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
    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Text in Leichter Sprache"
        verbose_name_plural = "Texte in Leichter Sprache"
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('coordination:easy-language')}#{self.slug}"


def video_file_name(instance, filename):
    """Generated names: nothing of an uploaded file's name reaches our disk or URLs."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"gebaerdensprache/{uuid.uuid4().hex}.{extension}"


VIDEO_SIGNATURES = {
    "mp4": lambda head: head[4:8] == b"ftyp",
    "webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
}
# A few minutes of sign language in good quality (5 minutes at 5 Mbit/s are about 190 MB).
MAX_VIDEO_BYTES = 200 * 1024 * 1024
MAX_CAPTIONS_BYTES = 1024 * 1024
MAX_POSTER_BYTES = 5 * 1024 * 1024


def _size_limit(uploaded, limit, what):
    if uploaded.size > limit:
        raise ValidationError(
            f"{what} ist zu groß: höchstens {limit // (1024 * 1024)} MB. Bitte kleiner "
            "speichern (kürzer, oder mit niedrigerer Auflösung)."
        )


def validate_video(uploaded):
    extension = uploaded.name.rsplit(".", 1)[-1].lower()
    _size_limit(uploaded, MAX_VIDEO_BYTES, "Das Video")
    head = uploaded.read(16)
    uploaded.seek(0)
    if extension not in VIDEO_SIGNATURES or not VIDEO_SIGNATURES[extension](head):
        raise ValidationError("Bitte ein Video im Format MP4 oder WebM hochladen.")


def validate_captions(uploaded):
    _size_limit(uploaded, MAX_CAPTIONS_BYTES, "Die Untertitel-Datei")
    if not uploaded.read(16).lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        raise ValidationError("Bitte Untertitel im Format WebVTT (.vtt) hochladen.")
    uploaded.seek(0)


def validate_poster(uploaded):
    _size_limit(uploaded, MAX_POSTER_BYTES, "Das Vorschaubild")
    head = uploaded.read(8)
    uploaded.seek(0)
    if not head.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        raise ValidationError("Bitte ein Vorschaubild als PNG oder JPEG hochladen.")


class SignLanguageVideo(CheckedModel):
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
        return reverse("coordination-api:sign-language-file", kwargs={"name": name})
