"""What residents read about the OE SPK: questions and answers, and content pages (legal
pages, the Gemeinschaftsinitiative, …)."""

from django.db import models
from django.urls import reverse

from spk_site.publishing import HTML_HELP, Editorial, PublishableQuerySet, Scheduled
from spk_site.rich_text import StaffTextField
from spk_site.validation import CheckedModel


class FaqCategory(CheckedModel):
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

    def get_absolute_url(self):
        return f"{reverse('coordination:faq')}#{self.slug}"


# Pages with an address of their own (/impressum/ …); the URL name is the slug.
PAGES_WITH_OWN_ADDRESS = ("impressum", "datenschutz", "barrierefreiheit", "gemeinschaftsinitiative")


class Page(Editorial, Scheduled):
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

    def get_absolute_url(self):
        if self.slug in PAGES_WITH_OWN_ADDRESS:
            return reverse(f"coordination:{self.slug}")
        return reverse("coordination:page", kwargs={"slug": self.slug})
