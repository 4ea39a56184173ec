"""Bezirksregionenprofile: the data part is generated from the live figures (profiles.figures);
what staff write with local actors (assessment, needs, resources) is kept here, per region
and for the district, with versions and translations; the PDFs built are recorded."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from spk_site.publishing import HTML_HELP, Editorial, PublishableQuerySet
from spk_site.rich_text import StaffTextField

from .plans import Goal, Handlungsfeld, Measure, MeasureStatusChange  # noqa: F401 (Teil II)
from .suggestions import Suggestion  # noqa: F401 (Beteiligung)
from .suggestions import unanswered as suggestions_unanswered  # noqa: F401


class ProfileTextQuerySet(PublishableQuerySet):
    def for_profile(self, region):
        """The published texts of a region's profile (region None: the district's, chosen
        explicitly: „Ganzer Bezirk“)."""
        texts = self.published().order_by("part")
        if region is None:
            return texts.filter(whole_district=True, bezirksregion=None)
        return texts.filter(bezirksregion=region, whole_district=False)


class ProfileText(Editorial):
    """A part of a profile written by staff with local actors."""

    class Part(models.TextChoices):
        ASSESSMENT = "1-einschaetzung", _("Einschätzung")
        NEEDS = "2-handlungsbedarfe", _("Handlungsbedarfe")
        RESOURCES = "3-ressourcen", _("Ressourcen und Potenziale")
        # A text beside the figures of one chapter of Teil I ("k-demografie": Demografie).
        KURZPORTRAET = "k-kurzportraet", _("Kapitel 1: Kurzporträt")
        DEMOGRAFIE = "k-demografie", _("Kapitel 2: Demografie")
        SOZIALE_LAGE = "k-soziale-lage", _("Kapitel 3: Soziale Lage")
        BILDUNG = "k-bildung-gesundheit", _("Kapitel 4: Bildung und Gesundheit")
        WOHNEN = "k-wohnen", _("Kapitel 5: Wohnen")
        INFRASTRUKTUR = "k-soziale-infrastruktur", _("Kapitel 6: Soziale Infrastruktur")
        GRUEN = "k-gruen-spiel", _("Kapitel 7: Grün und Spiel")
        RAUM = "k-oeffentlicher-raum", _("Kapitel 8: Öffentlicher Raum und Sicherheit")
        BETEILIGUNG = "k-beteiligung", _("Kapitel 9: Beteiligung")

    bezirksregion = models.ForeignKey(
        "regions.Bezirksregion",
        verbose_name="Bezirksregion",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="profile_texts",
        help_text="Das Profil, zu dem der Text gehört; für den ganzen Bezirk „Ganzer Bezirk“ "
        "ankreuzen.",
    )
    whole_district = models.BooleanField(
        "Ganzer Bezirk",
        default=False,
        help_text="Der Text gehört zum Profil des ganzen Bezirks Neukölln (dann keine "
        "Bezirksregion wählen).",
    )
    part = models.CharField("Teil", max_length=30, choices=Part.choices)
    body = StaffTextField("Text", help_text=HTML_HELP)
    written_with = models.CharField(
        "Erarbeitet mit",
        max_length=300,
        blank=True,
        help_text="Mit wem der Text erarbeitet wurde, z. B. „Stadtteilkonferenz am 12.3.2026“. "
        "Erscheint unter dem Text.",
    )

    objects = ProfileTextQuerySet.as_manager()

    class Meta:
        verbose_name = "Profiltext"
        verbose_name_plural = "Profiltexte"
        ordering = ["bezirksregion__code", "part"]
        constraints = [
            models.UniqueConstraint(
                fields=["bezirksregion", "part"],
                condition=models.Q(bezirksregion__isnull=False),
                name="one_profile_text_per_region_and_part",
            ),
            models.UniqueConstraint(
                fields=["part"],
                condition=models.Q(bezirksregion__isnull=True),
                name="one_profile_text_per_part_for_the_district",
            ),
        ]

    @property
    def chapter(self):
        """The key of the chapter of Teil I the text stands in (profiles.chapters.OUTLINE), or
        "" for the assessment, needs and resources after the chapters."""
        return self.part.removeprefix("k-") if self.part.startswith("k-") else ""

    def __str__(self):
        where = self.bezirksregion.name if self.bezirksregion_id else "Bezirk Neukölln"
        return f"{self.get_part_display()} – {where}"

    def clean(self):
        super().clean()
        if self.whole_district and self.bezirksregion_id:
            raise ValidationError(
                {
                    "whole_district": "Entweder eine Bezirksregion oder „Ganzer Bezirk“: Bitte "
                    "eines von beiden wählen."
                }
            )
        if not self.whole_district and not self.bezirksregion_id:
            raise ValidationError(
                {
                    "bezirksregion": "Zu welchem Profil gehört der Text? Bitte eine "
                    "Bezirksregion wählen oder „Ganzer Bezirk“ ankreuzen."
                }
            )

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        others = ProfileText.objects.filter(bezirksregion=self.bezirksregion, part=self.part)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(
                {
                    "part": "Diesen Teil gibt es für dieses Profil schon. Bitte den vorhandenen "
                    "Text bearbeiten."
                }
            )


class ProfileBuild(models.Model):
    """A PDF (or a language's ZIP) built in the background from a profile's inputs."""

    key = models.CharField(
        "Profil", max_length=80, help_text="Kürzel der Bezirksregion oder „bezirk“."
    )
    language = models.CharField("Sprache", max_length=5)
    inputs = models.CharField(
        "Prüfsumme der Eingaben",
        max_length=40,
        help_text="Aus dem HTML des Profils und den Stylesheets: gleich, solange sich am "
        "Inhalt des PDFs nichts ändert.",
    )
    file = models.FileField("Datei", upload_to="profile", max_length=200)
    size = models.PositiveIntegerField("Größe in Byte")
    pages = models.PositiveSmallIntegerField("Seiten")
    seconds = models.FloatField("Dauer in Sekunden")
    built_at = models.DateTimeField("Erstellt am", auto_now_add=True)

    class Meta:
        verbose_name = "erzeugtes Profil (PDF)"
        verbose_name_plural = "erzeugte Profile (PDF)"
        ordering = ["-built_at"]
        constraints = [
            models.UniqueConstraint(fields=["key", "language", "inputs"], name="one_pdf_per_inputs")
        ]

    def __str__(self):
        return f"{self.key} ({self.language}), {timezone.localtime(self.built_at):%d.%m.%Y %H:%M}"
