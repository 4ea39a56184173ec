"""Aktuelles: news from the OE SPK and the Stadtteilkoordinationen."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator

from coordination.models import Office
from spk_site.publishing import HTML_HELP, Editorial, PublishableQuerySet, Scheduled
from spk_site.rich_text import StaffTextField


class NewsArticleQuerySet(PublishableQuerySet):
    def latest_first(self):
        return self.order_by("-published_on", "-pk")


class NewsArticle(Editorial, Scheduled):
    """A piece of news from the OE SPK or a Stadtteilkoordination."""

    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField("Adresskürzel", max_length=120, unique=True)
    published_on = models.DateField(
        "Datum", default=timezone.localdate, help_text="Das Datum der Meldung, meist heute."
    )
    teaser = models.TextField(
        "Kurzfassung",
        max_length=400,
        blank=True,
        help_text="Ein bis zwei Sätze für Listen und den Feed. Leer lassen: dann zeigen sie den "
        "Anfang des Texts.",
    )
    body = StaffTextField("Text", help_text=HTML_HELP)
    bezirksregionen = models.ManyToManyField(
        "regions.Bezirksregion",
        verbose_name="Bezirksregionen",
        blank=True,
        related_name="news",
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

    @property
    def summary(self):
        """The teaser, or the start of the text where staff left it empty."""
        if self.teaser:
            return self.teaser
        return Truncator(strip_tags(self.body)).words(30)

    def get_absolute_url(self):
        return reverse("events:news-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()  # the publishing window (Scheduled)
        if self.slug in {"archiv", "feed"}:
            raise ValidationError(
                {"slug": f"„{self.slug}“ ist für eine Seite der Website reserviert."}
            )
