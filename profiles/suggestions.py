"""Beteiligung with a visible answer: residents and local actors send a suggestion on a
profile (no account, no cookie, the contact form's protections); staff answer it and may link
the answer to a goal or a measure of Teil II. Only suggestions whose writers agreed, and only
once answered, are published (without any name: none is asked); the others are deleted after
SUGGESTION_DAYS, as the Datenschutzerklärung says."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from spk_site.validation import CheckedModel

from .plans import Goal, Handlungsfeld, Measure

SUGGESTION_DAYS = 180  # unpublished suggestions; named in the Datenschutzerklärung


class SuggestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True, may_publish=True).exclude(answer="")

    def expired(self, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=SUGGESTION_DAYS)
        return self.filter(published=False, created_at__lt=cutoff)


class Suggestion(CheckedModel):
    bezirksregion = models.ForeignKey(
        "regions.Bezirksregion",
        verbose_name="Bezirksregion",
        on_delete=models.CASCADE,
        related_name="suggestions",
    )
    handlungsfeld = models.ForeignKey(
        Handlungsfeld,
        verbose_name="Thema (Handlungsfeld)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    planungsraum = models.ForeignKey(
        "regions.Planungsraum",
        verbose_name="Planungsraum",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    text = models.TextField("Anregung", max_length=2000)
    may_publish = models.BooleanField(
        "Veröffentlichung erlaubt",
        default=False,
        help_text="Die Schreiberin oder der Schreiber hat zugestimmt, dass die Anregung ohne "
        "Namen mit unserer Antwort veröffentlicht wird.",
    )
    created_at = models.DateTimeField("Eingegangen", default=timezone.now, editable=False)
    answer = models.TextField(
        "Unsere Antwort",
        blank=True,
        max_length=2000,
        help_text="Was aus der Anregung wurde. Erscheint mit der Anregung im Profil, wenn die "
        "Veröffentlichung erlaubt ist und „Veröffentlicht“ angehakt ist.",
    )
    answered_on = models.DateField("Beantwortet am", null=True, blank=True)
    goal = models.ForeignKey(
        Goal,
        verbose_name="Führte zu Ziel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    measure = models.ForeignKey(
        Measure,
        verbose_name="Führte zu Maßnahme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    published = models.BooleanField("Veröffentlicht", default=False)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        verbose_name = "Anregung zum Profil"
        verbose_name_plural = "Anregungen zum Profil"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.bezirksregion.name}, {timezone.localtime(self.created_at):%d.%m.%Y}"

    def clean(self):
        super().clean()
        region = self.bezirksregion_id
        errors = {}
        if self.handlungsfeld_id and self.handlungsfeld.bezirksregion_id != region:
            errors["handlungsfeld"] = "Dieses Handlungsfeld gehört zu einer anderen Bezirksregion."
        if self.planungsraum_id and self.planungsraum.bezirksregion_id != region:
            errors["planungsraum"] = "Dieser Planungsraum liegt in einer anderen Bezirksregion."
        if self.goal_id and self.goal.handlungsfeld.bezirksregion_id != region:
            errors["goal"] = "Dieses Ziel gehört zu einer anderen Bezirksregion."
        if self.measure_id and self.measure.goal.handlungsfeld.bezirksregion_id != region:
            errors["measure"] = "Diese Maßnahme gehört zu einer anderen Bezirksregion."
        if self.published and not self.may_publish:
            errors["published"] = (
                "Ohne Zustimmung der Schreiberin oder des Schreibers darf die Anregung nicht "
                "veröffentlicht werden. Bitte „Veröffentlicht“ nicht anhaken."
            )
        elif self.published and not self.answer.strip():
            errors["answer"] = (
                "Bitte zuerst antworten: Veröffentlicht wird die Anregung mit Antwort."
            )
        if errors:
            raise ValidationError(errors)
        if self.answer.strip() and not self.answered_on:
            self.answered_on = timezone.localdate()


def forget_expired_suggestions(now=None):
    deleted, _ = Suggestion.objects.expired(now).delete()
    return deleted


def unanswered(now):
    """For „Heute“ on the admin's start page: suggestions not answered yet."""
    from django.urls import reverse

    from staff.today import Item

    waiting = Suggestion.objects.filter(answer="")
    count = waiting.count()
    if count:
        newest = waiting.order_by("-created_at").first()
        yield Item(
            "Neu",
            f"{count} Anregung{'en' if count != 1 else ''} zum Profil ohne Antwort, die neueste "
            f"vom {timezone.localtime(newest.created_at):%d.%m., %H:%M} Uhr",
            reverse("admin:profiles_suggestion_changelist") + "?beantwortet=nein",
        )
