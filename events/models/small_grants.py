"""The Kiezkasse: small grants for neighbourhood actions, run by a Stadtteilkoordination."""

from django.db import models
from django.urls import reverse

from coordination.models import Office
from spk_site.publishing import HTML_HELP, UNKNOWN_HELP, Editorial, PublishableQuerySet, Sourced
from spk_site.rich_text import StaffTextField


class SmallGrantFund(Editorial, Sourced):
    """A Kiezkasse: small grants for neighbourhood actions, run by a Stadtteilkoordination.
    Facts found in public sources stay marked until staff confirm them with the office."""

    office = models.OneToOneField(
        Office,
        verbose_name="Stadtteilkoordination",
        on_delete=models.CASCADE,
        related_name="small_grants",
    )
    name = models.CharField("Name", max_length=200, default="Kiezkasse")
    summary = StaffTextField(
        "Was gefördert wird",
        blank=True,
        help_text="Was man mit dem Geld machen kann und was die Aktion erfüllen muss. " + HTML_HELP,
    )
    budget_per_year = models.PositiveIntegerField(
        "Geld im Jahr (Euro)", null=True, blank=True, help_text=UNKNOWN_HELP
    )
    maximum_per_application = models.PositiveIntegerField(
        "Höchstens je Antrag (Euro)", null=True, blank=True, help_text=UNKNOWN_HELP
    )
    how_to_apply = models.TextField(
        "So stellen Sie einen Antrag", blank=True, help_text=UNKNOWN_HELP
    )
    who_decides = models.CharField(
        "Wer entscheidet", max_length=300, blank=True, help_text=UNKNOWN_HELP
    )
    facts_confirmed = models.BooleanField(
        "Angaben vom Büro bestätigt",
        default=False,
        help_text="Erst anhaken, wenn das Büro die Angaben bestätigt hat. Bis dahin sagt die "
        "Website, dass sie aus öffentlichen Quellen stammen und noch geprüft werden.",
    )
    source_date = models.CharField(
        "Stand der Quellen", max_length=100, blank=True, help_text="Zum Beispiel „2021“."
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = "Kiezkasse"
        verbose_name_plural = "Kiezkassen"
        ordering = ["office__action_area__bezirksregion__code"]

    def __str__(self):
        return f"{self.name} ({self.office.name})"

    def get_absolute_url(self):
        return reverse("events:small-grant-fund", kwargs={"slug": self.office.slug})
