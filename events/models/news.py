"""Aktuelles: news from the OE SPK and the Stadtteilkoordinationen."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from coordination.models import Office
from spk_site.publishing import HTML_HELP, Editorial, PublishableQuerySet
from spk_site.rich_text import StaffTextField


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
        "regions.Bezirksregion",
        verbose_name="Bezirksregionen",
        blank=True,
        related_name="news",
        db_table="coordination_newsarticle_bezirksregionen",
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
        db_table = "coordination_newsarticle"  # the table from before `events` had its own app
        verbose_name = "Meldung"
        verbose_name_plural = "Aktuelles"
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:news-detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug in {"archiv", "feed"}:
            raise ValidationError(
                {"slug": f"„{self.slug}“ ist für eine Seite der Website reserviert."}
            )
