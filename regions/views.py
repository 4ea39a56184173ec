from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from .charts import format_value
from .comparison import figure_table
from .maps import district_map
from .models import Bezirksregion, Dataset, IndicatorRelease, Report
from .panels import panels_for


def bezirksregionen_for_pages(release=None):
    return (
        Bezirksregion.objects.with_population(release)
        .select_related("prognoseraum__gi_focus", "action_area")
        .order_by("code")
    )


class BezirksregionListView(ListView):
    template_name = "regions/bezirksregion_list.html"
    context_object_name = "bezirksregionen"

    def get_queryset(self):
        self.population_release = IndicatorRelease.objects.latest_population()
        return bezirksregionen_for_pages(self.population_release)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        regions = context["bezirksregionen"]
        context["population_release"] = self.population_release
        context["district_population"] = sum(region.population or 0 for region in regions)
        context["svg_map"] = district_map(
            regions,
            title="Karte der zwölf Bezirksregionen Neuköllns",
            description="Die Bezirksregionen sind mit ihrer Nummer aus der Liste beschriftet; "
            "die vier Handlungsräume der Stadtteilkoordination sind hervorgehoben.",
        )
        return context


class BezirksregionDetailView(DetailView):
    template_name = "regions/bezirksregion_detail.html"
    context_object_name = "bezirksregion"

    def get_object(self, queryset=None):
        # All twelve are needed for the map anyway: one query finds the page's region too.
        self.population_release = IndicatorRelease.objects.latest_population()
        self.all_regions = list(bezirksregionen_for_pages(self.population_release))
        for region in self.all_regions:
            if region.slug == self.kwargs["slug"]:
                return region
        raise Http404("Diese Bezirksregion gibt es nicht.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.object
        all_regions = self.all_regions
        planungsraeume = list(
            region.planungsraeume.with_population(self.population_release).order_by("code")
        )
        context["planungsraeume"] = planungsraeume
        context["population_release"] = self.population_release
        context["svg_map"] = district_map(
            all_regions,
            title=f"Lage der Bezirksregion {region.name} in Neukölln",
            description=f"Umriss von {region.name} (Nummer {region.code[-2:]}) hervorgehoben "
            f"innerhalb der zwölf Bezirksregionen, mit den Grenzen ihrer "
            f"{len(planungsraeume)} Planungsräume.",
            highlight=region,
            planungsraeume=planungsraeume,
        )
        table = figure_table.get()
        context["key_figures"] = [
            {
                "column": column,
                "value": format_value(value.value, column.decimals, column.display_unit),
                "computed": value.computed,
                "district": format_value(district.value, column.decimals, column.display_unit),
            }
            for column, value, district in table.key_figures(region.code)
        ]
        for area in planungsraeume:
            area.mss_status = table.mss_status(area.code)[1]
        context["reports"] = list(region.reports.published().order_by("-published_on"))
        panels = panels_for(region, svg_map=context["svg_map"], all_regions=all_regions)
        context["contact_panels"] = [panel for panel in panels if panel.slot == "contact"]
        context["map_panel"] = next((panel for panel in panels if panel.slot == "map"), None)
        return context


class DatasetListView(ListView):
    template_name = "regions/dataset_list.html"
    context_object_name = "datasets"

    def get_queryset(self):
        return Dataset.objects.for_sources_page()


@require_safe
def report_file(request, key):
    """A report's PDF under its generated name; unpublished ones only for staff."""
    reports = Report.objects.all()
    if not request.user.has_perm("regions.view_report"):
        reports = reports.published()
    report = get_object_or_404(reports, file=f"berichte/{key}.pdf")
    try:
        handle = report.file.open("rb")
    except FileNotFoundError:
        raise Http404("Die Datei dieses Berichts fehlt.") from None
    return FileResponse(handle, content_type="application/pdf", filename=report.download_name)
