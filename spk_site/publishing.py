"""What every entry staff publish shares: whether it is visible to visitors (one QuerySet
method, used by views, feeds, sitemaps and search), the editorial fields kept on it, and the
help texts staff read in every form."""

import re

from django.db import models

from .validation import CheckedModel

PUBLISHED_HELP = "Nur veröffentlichte Einträge sind für Besucherinnen und Besucher sichtbar."
UNKNOWN_HELP = (
    "Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das "
    "Büro sonst erreicht."
)
HTML_HELP = (
    "Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe "
    "über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt."
)
TRANSLATION_CHECKED_HELP = (
    "Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis "
    "dahin sagt die Website, dass sie noch nicht geprüft ist."
)
CHECKED_HELP = (
    "Wann jemand diese Angaben zuletzt geprüft hat. Die Website zeigt das Datum als „Stand "
    "dieser Angaben“; nach 180 Tagen erinnert die Startseite der Redaktion daran."
)
SOURCES_HELP = "Woher die Angaben stammen: eine Webadresse je Zeile."

WEB_ADDRESS = re.compile(r"https?://[^\s()]+")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def visible_to(self, user):
        """Everything for staff who may edit it (preview), only what is published otherwise."""
        opts = self.model._meta
        if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self
        return self.published()


class Editorial(CheckedModel):
    """What staff keep on every published entry: published or not, checked when, translation
    checked (one flag per language), last changed; checked on every save."""

    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        abstract = True


class Sourced(models.Model):
    """Facts taken from public sources: where they come from, one web address per line."""

    sources = models.TextField("Quellen", blank=True, help_text=SOURCES_HELP)

    class Meta:
        abstract = True

    @property
    def source_urls(self):
        """The web addresses in `sources` (lines may add a note after the address)."""
        return WEB_ADDRESS.findall(self.sources)
