"""The search index: one row per thing visitors can find, per language. Derived data only,
rebuilt from the sources at any time (`manage.py rebuild_search`); never edited by hand."""

from django.db import models


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
