import uuid

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify

from spk_site.rich_text import StaffTextField
from spk_site.validation import CheckedModel

from .geography import Bezirksregion

MAX_REPORT_BYTES = 25 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


def report_file_name(instance, filename):
    """Generated names: nothing of the uploaded file's name reaches our disk or URLs."""
    return f"berichte/{uuid.uuid4().hex}.pdf"


def validate_pdf(uploaded):
    """A real PDF up to the size limit, judged by its content, not by its name."""
    if uploaded.size > MAX_REPORT_BYTES:
        raise ValidationError(
            f"Die Datei ist zu groß ({uploaded.size / 1_048_576:.1f} MB); erlaubt sind "
            f"höchstens {MAX_REPORT_BYTES // 1_048_576} MB."
        )
    if uploaded.size == 0:
        raise ValidationError("Die Datei ist leer.")
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(1024)
    uploaded.seek(max(0, uploaded.size - 2048))
    tail = uploaded.read()
    uploaded.seek(position)
    if not head.startswith(PDF_MAGIC) or b"%%EOF" not in tail:
        raise ValidationError(
            "Die Datei ist kein PDF (ihr Inhalt passt nicht zur Endung .pdf). Bitte ein PDF "
            "hochladen."
        )


class ReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Report(CheckedModel):
    """A PDF report of the OE SPK (for example a Bezirksregionenprofil)."""

    title = models.CharField("Titel", max_length=250)
    published_on = models.DateField("Erschienen am")
    description = StaffTextField(
        "Kurzbeschreibung",
        blank=True,
        help_text="Worum es im Bericht geht; steht mit dem Bericht auf den Seiten der "
        "Bezirksregionen.",
    )
    file = models.FileField(
        "PDF-Datei",
        upload_to=report_file_name,
        validators=[
            FileExtensionValidator(["pdf"], "Bitte eine Datei mit der Endung .pdf."),
            validate_pdf,
        ],
        help_text=f"Nur PDF, höchstens {MAX_REPORT_BYTES // 1_048_576} MB. Der Dateiname wird "
        "neu vergeben.",
    )
    file_size = models.PositiveIntegerField("Dateigröße (Bytes)", editable=False, default=0)
    bezirksregionen = models.ManyToManyField(
        Bezirksregion,
        verbose_name="Bezirksregionen",
        related_name="reports",
        blank=True,
        help_text="Auf den Seiten dieser Bezirksregionen wird der Bericht angezeigt.",
    )
    published = models.BooleanField(
        "Veröffentlicht",
        default=False,
        help_text="Nur veröffentlichte Berichte sind für Besucherinnen und Besucher sichtbar.",
    )
    uploaded_at = models.DateTimeField("Hochgeladen am", auto_now_add=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = "Bericht"
        verbose_name_plural = "Berichte"
        ordering = ["-published_on", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.file_size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("regions-api:report", kwargs={"key": self.file_key})

    @property
    def file_key(self):
        return self.file.name.rsplit("/", 1)[-1].removesuffix(".pdf")

    @property
    def download_name(self):
        return f"{slugify(self.title)[:80] or 'bericht'}.pdf"
