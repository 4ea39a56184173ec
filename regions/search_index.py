"""What the site search finds of `regions`: the Bezirksregionen and Planungsräume by their
official names, the figures of Kieze in Zahlen by their names, and the pages of the regions."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.registry import Document, FixedPages, Source

from .figures import FIGURES
from .models import ActionArea, Bezirksregion, Planungsraum

REGION_RANK = 2


class BezirksregionSource(Source):
    def rows(self):
        return (
            Bezirksregion.objects.select_related("prognoseraum")
            .prefetch_related("planungsraeume")
            .defer("geometry", "web_geometry")
        )

    def document(self, region):
        areas = ", ".join(area.name for area in region.planungsraeume.all())
        text = _("Bezirksregion im Prognoseraum %(prognoseraum)s. Planungsräume: %(areas)s.") % {
            "prognoseraum": region.prognoseraum.name,
            "areas": areas,
        }
        action_area = ActionArea.objects.filter(bezirksregion=region).first()
        keywords = action_area.former_qm_name if action_area else ""
        return Document(
            title=region.name,
            url=region.get_absolute_url(),
            text=text,
            keywords=keywords,
            rank=REGION_RANK,
        )


class PlanungsraumSource(Source):
    def rows(self):
        return Planungsraum.objects.select_related("bezirksregion").defer(
            "geometry", "web_geometry", "bezirksregion__geometry", "bezirksregion__web_geometry"
        )

    def document(self, area):
        text = _("Planungsraum in der Bezirksregion %(region)s.") % {
            "region": area.bezirksregion.name
        }
        return Document(title=area.name, url=area.get_absolute_url(), text=text, rank=1)


class IndicatorSource(Source):
    """The figures compared on Kieze in Zahlen, by name and definition."""

    def rows(self):
        return FIGURES.ordered()

    def row_id(self, definition):
        return definition.key

    def row_for(self, instance):
        return None

    def document(self, definition):
        return Document(
            title=str(definition.name),
            url=reverse("regions:figures"),
            text=f"{definition.definition} ({_(definition.group)})",
            keywords=str(definition.short_name),
        )


SOURCES = [
    BezirksregionSource("bezirksregion", gettext_lazy("Bezirksregion"), models=(Bezirksregion,)),
    PlanungsraumSource("planungsraum", gettext_lazy("Planungsraum"), models=(Planungsraum,)),
    IndicatorSource("indicator", gettext_lazy("Kennzahl")),
    FixedPages(
        "region-pages",
        gettext_lazy("Seite"),
        ["regions:list", "regions:figures", "regions:sources"],
    ),
]
