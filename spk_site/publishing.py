"""What every entry staff publish shares: whether it is visible to visitors (one QuerySet
method, used by views, feeds, sitemaps and search), the editorial fields kept on it, and the
help texts staff read in every form."""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.utils import timezone

from .content_version import PerVersion
from .validation import CheckedModel, date_problem

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
    def published(self, window=True):
        """Visible to visitors now. window=False: also what is scheduled to appear or has
        gone by its "Anzeigen bis" (for an index that checks the times itself)."""
        found = self.filter(published=True)
        if window and issubclass(self.model, Scheduled):
            now = timezone.now()
            found = found.filter(
                models.Q(publish_from__isnull=True) | models.Q(publish_from__lte=now),
                models.Q(visible_until__isnull=True) | models.Q(visible_until__gt=now),
            )
        return found

    def visible_to(self, user):
        """Everything for staff who may edit it (preview), only what is published otherwise."""
        opts = self.model._meta
        if user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self
        return self.published()


class Published(CheckedModel):
    """What staff keep on every published entry: published or not, checked when, last
    changed; checked on every save."""

    checked_on = models.DateField("Geprüft am", null=True, blank=True, help_text=CHECKED_HELP)
    published = models.BooleanField("Veröffentlicht", default=False, help_text=PUBLISHED_HELP)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        abstract = True


class Editorial(Published):
    """A published entry with translations: whether each language's translation is checked
    (one flag per language, django-modeltranslation)."""

    translation_checked = models.BooleanField(
        "Übersetzung geprüft", default=False, help_text=TRANSLATION_CHECKED_HELP
    )

    class Meta:
        abstract = True


class Scheduled(models.Model):
    """Published at a set time, ended automatically: every list, feed and sitemap asks
    published(), and cached pages live no longer than until the next such moment
    (next_scheduled_change)."""

    publish_from = models.DateTimeField(
        "Veröffentlichen ab",
        null=True,
        blank=True,
        help_text="Leer: sofort, sobald „Veröffentlicht“ angehakt ist. Sonst erscheint der "
        "Eintrag erst zu dieser Zeit.",
    )
    visible_until = models.DateTimeField(
        "Anzeigen bis",
        null=True,
        blank=True,
        help_text="Leer: ohne Ende. Sonst verschwindet der Eintrag zu dieser Zeit von selbst "
        "(er bleibt im Admin).",
    )

    class Meta:
        abstract = True

    def visibility(self, now=None):
        """(state, moment) for editors: "draft", "scheduled" (from moment), "visible" (until
        moment, or for good), "ended" (at moment)."""
        now = now or timezone.now()
        if not self.published:
            return "draft", None
        if self.publish_from and self.publish_from > now:
            return "scheduled", self.publish_from
        if self.visible_until and self.visible_until <= now:
            return "ended", self.visible_until
        return "visible", self.visible_until

    def clean(self):
        super().clean()
        if self.publish_from and self.visible_until and self.visible_until <= self.publish_from:
            raise ValidationError(
                {"visible_until": "„Anzeigen bis“ muss nach „Veröffentlichen ab“ liegen."}
            )
        for field in ("publish_from", "visible_until"):
            moment = getattr(self, field)
            problem = date_problem(timezone.localdate(moment)) if moment else None
            if problem:
                raise ValidationError({field: problem})


def scheduled_moments():
    """Every future moment a published entry appears or goes, sorted: plain data, one query
    (a union over the scheduled models), read once per content version."""
    now = timezone.now()
    selects = []
    for model in apps.get_models():
        if not issubclass(model, Scheduled):
            continue
        rows = model._default_manager.filter(published=True)
        for field in ("publish_from", "visible_until"):
            selects.append(
                rows.filter(**{f"{field}__gt": now}).order_by().values_list(field, flat=True)
            )  # no ORDER BY: SQLite refuses it inside a UNION
    if not selects:
        return ()
    try:
        found = selects[0].union(*selects[1:], all=True) if len(selects) > 1 else selects[0]
        return tuple(sorted(found))
    except DatabaseError:  # no tables yet (a server started before migrate): nothing scheduled
        return ()


_moments = PerVersion(scheduled_moments, topics=("content", "events", "profiles"))


def next_scheduled_change(now=None):
    """The next moment at which a scheduled entry appears or disappears, or None: no cached
    page may outlive it. Edits bump the content version, so new moments are seen at once."""
    now = now or timezone.now()
    return next((moment for moment in _moments.get() if moment > now), None)


class Sourced(models.Model):
    """Facts taken from public sources: where they come from, one web address per line."""

    sources = models.TextField("Quellen", blank=True, help_text=SOURCES_HELP)

    class Meta:
        abstract = True

    @property
    def source_urls(self):
        """The web addresses in `sources` (lines may add a note after the address)."""
        return WEB_ADDRESS.findall(self.sources)
