"""Teil II to subscribe to: per Bezirksregion an Atom feed of new measures and of each change
of a measure's status (Django's syndication framework), newest first."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from regions.models import Bezirksregion

from .plans import Measure, MeasureStatusChange, published_plan

LONGEST = 50


class MeasuresFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Bezirksregion.objects.only("name", "slug", "code"), slug=slug)

    def title(self, region):
        return _("Ziele und Maßnahmen: %(name)s") % {"name": region.name}

    def subtitle(self, region):
        return _("Neue Maßnahmen und jede Änderung ihres Stands (Teil II des Profils).")

    def link(self, region):
        return reverse("profiles:detail", args=[region.slug]) + "#teil-2"

    def items(self, region):
        """The status changes of the measures the profile shows (published_plan: published,
        under a published goal and Handlungsfeld), newest first."""
        shown = [
            measure.pk
            for _field, goals in published_plan(region, details=False)
            for _goal, measures in goals
            for measure in measures
        ]
        changes = (
            MeasureStatusChange.objects.filter(measure__in=shown)
            .select_related("measure__goal__handlungsfeld__bezirksregion")
            .order_by("-changed_on", "-recorded_at", "-pk")
        )
        return list(changes[:LONGEST])

    def item_title(self, change):
        if change.status == Measure.Status.PLANNED:
            return _("Neue Maßnahme: %(title)s") % {"title": change.measure.title}
        return _("%(title)s: %(status)s") % {
            "title": change.measure.title,
            "status": change.get_status_display(),
        }

    def item_description(self, change):
        return change.measure.description

    def item_link(self, change):
        region = change.measure.goal.handlungsfeld.bezirksregion
        return reverse("profiles:detail", args=[region.slug]) + f"#massnahme-{change.measure_id}"

    def item_guid(self, change):
        return f"massnahme-{change.measure_id}-stand-{change.pk}"

    def item_pubdate(self, change):
        return datetime.datetime.combine(
            change.changed_on, datetime.time(8), tzinfo=timezone.get_default_timezone()
        )

    def item_updateddate(self, change):
        return change.recorded_at
