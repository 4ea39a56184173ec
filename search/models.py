"""The search index: one row per thing visitors can find, per language. Derived data only,
rebuilt from the sources at any time (`manage.py rebuild_search`); never edited by hand. And
the recommendations staff keep for searches that lead elsewhere (BestBet)."""

from django.core.exceptions import ValidationError
from django.db import models

from spk_site.publishing import PublishableQuerySet, Published


class SearchEntry(models.Model):
    source = models.CharField("Art (Schlüssel)", max_length=40)
    object_id = models.CharField("Eintrag", max_length=64)
    language = models.CharField("Sprache", max_length=8)
    title = models.CharField("Titel", max_length=300)
    url = models.CharField("Adresse", max_length=500)
    text = models.TextField("Text", blank=True)
    keywords = models.TextField("Weitere Namen", blank=True)
    # The words of title and keywords, and of the text, as search.text makes them: computed
    # once when stored, so reading the index costs no stemming.
    title_terms = models.TextField("Begriffe des Titels", blank=True)
    text_terms = models.TextField("Begriffe des Texts", blank=True)
    in_german = models.BooleanField("Auf Deutsch (Übersetzung fehlt)", default=False)
    rank = models.SmallIntegerField("Vorrang", default=0)
    visible_from = models.DateTimeField("Sichtbar ab", null=True, blank=True)
    visible_until = models.DateTimeField("Sichtbar bis", null=True, blank=True)

    class Meta:
        verbose_name = "Sucheintrag"
        verbose_name_plural = "Sucheinträge"
        indexes = [models.Index(fields=["source", "object_id"])]
        ordering = ["pk"]

    def __str__(self):
        return f"{self.language}: {self.title}"


class BestBet(Published):
    """A recommendation staff keep for what people search that this site does not hold itself
    (the Bürgeramt, Wohngeld): shown first when a query names one of its words."""

    words = models.CharField(
        "Suchwörter",
        max_length=300,
        help_text="Wörter, bei denen die Empfehlung erscheint, durch Komma getrennt, z. B. "
        "„Bürgeramt, Personalausweis, ummelden“. Auch andere Wortformen finden sie.",
    )
    title = models.CharField("Titel", max_length=200)
    description = models.TextField(
        "Was man dort findet", max_length=500, help_text="Ein, zwei kurze Sätze."
    )
    url = models.URLField("Adresse", max_length=300, blank=True)
    phone = models.CharField(
        "Telefon", max_length=40, blank=True, help_text="Zum Beispiel die Behördennummer 115."
    )
    order = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Empfehlung der Suche"
        verbose_name_plural = "Empfehlungen der Suche"
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.url and not self.phone:
            raise ValidationError(
                {
                    "url": "Bitte eine Adresse oder eine Telefonnummer angeben: wohin führt die "
                    "Empfehlung?"
                }
            )
        if not [word for word in self.words.split(",") if word.strip()]:
            raise ValidationError({"words": "Bitte mindestens ein Suchwort angeben."})
