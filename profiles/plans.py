"""Teil II of a Bezirksregionenprofil as data: per Bezirksregion the Handlungsfelder, their
goals and the measures agreed across the district's offices, each measure with its status and
the date of every change of status (MeasureStatusChange, written when a measure is saved)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from spk_site.publishing import Editorial, PublishableQuerySet, Scheduled
from spk_site.validation import CheckedModel


class PlanQuerySet(PublishableQuerySet):
    def in_region(self, region):
        return self.filter(**{self.model.REGION_LOOKUP: region})


class Handlungsfeld(Editorial, Scheduled):
    REGION_LOOKUP = "bezirksregion"

    bezirksregion = models.ForeignKey(
        "regions.Bezirksregion",
        verbose_name="Bezirksregion",
        on_delete=models.PROTECT,
        related_name="handlungsfelder",
    )
    title = models.CharField("Handlungsfeld", max_length=150)
    description = models.TextField("Beschreibung", blank=True, max_length=2000)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=10)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = "Handlungsfeld (Teil II)"
        verbose_name_plural = "Handlungsfelder (Teil II)"
        ordering = ["bezirksregion__code", "order", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["bezirksregion", "title"], name="one_handlungsfeld_title_per_region"
            )
        ]

    def __str__(self):
        return f"{self.title} – {self.bezirksregion.name}"


class Goal(Editorial, Scheduled):
    REGION_LOOKUP = "handlungsfeld__bezirksregion"

    handlungsfeld = models.ForeignKey(
        Handlungsfeld, verbose_name="Handlungsfeld", on_delete=models.PROTECT, related_name="goals"
    )
    title = models.CharField("Ziel", max_length=200)
    description = models.TextField("Beschreibung", blank=True, max_length=2000)
    order = models.PositiveSmallIntegerField("Reihenfolge", default=10)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = "Ziel (Teil II)"
        verbose_name_plural = "Ziele (Teil II)"
        ordering = ["handlungsfeld__bezirksregion__code", "handlungsfeld__order", "order"]

    def __str__(self):
        return self.title


class Measure(Editorial, Scheduled):
    REGION_LOOKUP = "goal__handlungsfeld__bezirksregion"

    class Status(models.TextChoices):
        PLANNED = "geplant", _("geplant")
        STARTED = "in-umsetzung", _("in Umsetzung")
        FINISHED = "abgeschlossen", _("abgeschlossen")
        DROPPED = "verworfen", _("verworfen")

    goal = models.ForeignKey(
        Goal, verbose_name="Ziel", on_delete=models.PROTECT, related_name="measures"
    )
    title = models.CharField("Maßnahme", max_length=200)
    description = models.TextField("Beschreibung", blank=True, max_length=3000)
    responsible = models.CharField(
        "Verantwortlich",
        max_length=200,
        help_text="Das verantwortliche Amt oder die Stelle, z. B. „Straßen- und Grünflächenamt“.",
    )
    partners = models.CharField("Partner", max_length=300, blank=True)
    planungsraeume = models.ManyToManyField(
        "regions.Planungsraum",
        verbose_name="Planungsräume",
        blank=True,
        related_name="measures",
        help_text="Leer: die ganze Bezirksregion.",
    )
    funding = models.CharField(
        "Förderprogramm", max_length=200, blank=True, help_text="z. B. „Lebendige Zentren“."
    )
    starts_on = models.DateField("Beginn", null=True, blank=True)
    ends_on = models.DateField("Ende", null=True, blank=True)
    status = models.CharField(
        "Stand", max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    status_since = models.DateField(
        "Stand seit",
        default=timezone.localdate,
        help_text="Seit wann der Stand gilt; bei einer Änderung des Stands das Datum des "
        "Beschlusses oder Beginns.",
    )

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = "Maßnahme (Teil II)"
        verbose_name_plural = "Maßnahmen (Teil II)"
        ordering = ["goal__handlungsfeld__bezirksregion__code", "goal__order", "title"]

    def __str__(self):
        return self.title

    @property
    def bezirksregion(self):
        return self.goal.handlungsfeld.bezirksregion

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Das Ende liegt vor dem Beginn. Bitte prüfen."})
        if self.status_since and self.status_since > timezone.localdate():
            raise ValidationError(
                {
                    "status_since": "„Stand seit“ liegt in der Zukunft: Bitte das Datum nennen, "
                    "seit dem der Stand gilt."
                }
            )
        if self.pk:
            old = Measure.objects.filter(pk=self.pk).values_list("status", "status_since").first()
            if old and old[0] != self.status and old[1] == self.status_since:
                self.status_since = timezone.localdate()  # a new status without its own date

    def planungsraeume_problem(self, planungsraeume):
        """A German sentence when a chosen Planungsraum lies outside the measure's region."""
        outside = [
            area.name
            for area in planungsraeume
            if area.bezirksregion_id != self.goal.handlungsfeld.bezirksregion_id
        ]
        if outside:
            return (
                f"{', '.join(outside)} liegt nicht in der Bezirksregion dieser Maßnahme. Bitte "
                "nur Planungsräume der Bezirksregion wählen."
            )
        return None

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        latest = self.status_changes.order_by("-changed_on", "-recorded_at", "-pk").first()
        if latest is not None and latest.status == self.status:
            if latest.changed_on != self.status_since:  # the date of this status corrected
                latest.changed_on = self.status_since
                latest.save()
        else:  # a new status (also a return to an earlier one): a new line of the history
            MeasureStatusChange.objects.create(
                measure=self, status=self.status, changed_on=self.status_since
            )


class MeasureStatusChange(CheckedModel):
    """Each status a measure reached, with its date: the measure's public record and the
    entries of the region's feed. Written by Measure.save, never by hand."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField("Stand", max_length=20, choices=Measure.Status.choices)
    changed_on = models.DateField("Seit")
    recorded_at = models.DateTimeField("Erfasst am", auto_now_add=True)

    class Meta:
        verbose_name = "Änderung des Stands"
        verbose_name_plural = "Änderungen des Stands"
        ordering = ["changed_on", "recorded_at", "pk"]

    def __str__(self):
        return f"{self.measure}: {self.get_status_display()} seit {self.changed_on:%d.%m.%Y}"


def published_plan(region, details=True):
    """[(Handlungsfeld, [(Goal, [Measure])])] of a region as visitors see it: a goal or a
    measure only under a published parent (one query while there is none; details: the
    measures' Planungsräume and history, two more)."""
    fields = list(Handlungsfeld.objects.published().in_region(region).order_by("order", "title"))
    goals = Goal.objects.published().filter(handlungsfeld__in=fields).order_by("order", "title")
    measures = Measure.objects.published().filter(goal__in=list(goals)).order_by("title")
    if details:
        measures = measures.prefetch_related("planungsraeume", "status_changes")
    by_goal = {}
    for measure in measures:
        by_goal.setdefault(measure.goal_id, []).append(measure)
    by_field = {}
    for goal in goals:
        by_field.setdefault(goal.handlungsfeld_id, []).append((goal, by_goal.get(goal.pk, [])))
    return [(field, by_field.get(field.pk, [])) for field in fields]
