"""The Bezirksregionen: the list, a region's page, the sources of our data, report files.

A region's page shows what `regions` knows of it; who helps there, what happens there and the
places of the Kiez come from the other apps through their template tags, so this app imports
none of them."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from spk_site.files import serve_stored_file

from .charts import format_value
from .figures.columns import dash_notes
from .figures.table import figure_table
from .maps import district_map
from .models import Bezirksregion, Dataset, IndicatorRelease, Report


class BezirksregionListView(ListView):
    template_name = "regions/bezirksregion_list.html"
    context_object_name = "bezirksregionen"

    def get_queryset(self):
        self.population_release = IndicatorRelease.objects.latest_population()
        return Bezirksregion.objects.for_pages(self.population_release)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        regions = context["bezirksregionen"]
        context["population_release"] = self.population_release
        context["district_population"] = sum(region.population or 0 for region in regions)
        context["svg_map"] = district_map(
            regions,
            title=_("Karte der zwölf Bezirksregionen Neuköllns"),
            description=_(
                "Die Bezirksregionen sind mit ihrer Nummer aus der Liste beschriftet; die vier "
                "Gebiete mit Stadtteilkoordination sind hervorgehoben."
            ),
        )
        return context


@require_safe
def report_file(request, key):
    """A report's PDF under its generated name; unpublished ones only for staff."""
    reports = Report.objects.all()
    if not request.user.has_perm("regions.view_report"):
        reports = reports.published()
    report = get_object_or_404(reports, file=f"berichte/{key}.pdf")
    try:
        return serve_stored_file(
            request, report.file, "application/pdf", download_name=report.download_name
        )
    except FileNotFoundError:
        raise Http404(_("Die Datei dieses Berichts fehlt.")) from None


class BezirksregionDetailView(DetailView):
    template_name = "regions/bezirksregion_detail.html"
    context_object_name = "bezirksregion"

    def get_object(self, queryset=None):
        # All twelve are needed for the map anyway: one query finds the page's region too.
        self.population_release = IndicatorRelease.objects.latest_population()
        self.all_regions = list(Bezirksregion.objects.for_pages(self.population_release))
        for region in self.all_regions:
            if region.slug == self.kwargs["slug"]:
                return region
        raise Http404(_("Diese Bezirksregion gibt es nicht."))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.object
        planungsraeume = list(
            region.planungsraeume.with_population(self.population_release)
            .defer("geometry")
            .order_by("code")
        )
        table = figure_table.get()
        for area in planungsraeume:
            area.mss_status = table.mss_status(area.code)[1]
        context["all_regions"] = self.all_regions
        context["planungsraeume"] = planungsraeume
        context["population_release"] = self.population_release
        context["svg_map"] = district_map(
            self.all_regions,
            title=_("Lage der Bezirksregion %(name)s in Neukölln") % {"name": region.name},
            description=_(
                "Umriss von %(name)s (Nummer %(number)s) hervorgehoben innerhalb der zwölf "
                "Bezirksregionen, mit den Grenzen ihrer %(count)d Planungsräume."
            )
            % {"name": region.name, "number": region.code[-2:], "count": len(planungsraeume)},
            highlight=region,
            planungsraeume=planungsraeume,
        )
        figures = table.key_figures(region.code)
        notes = dash_notes(column for column, _value, district in figures if not district.known)
        context["key_figures"] = [
            {
                "column": column,
                "value": format_value(value.value, column.decimals, column.display_unit),
                "computed": value.computed,
                "district": format_value(district.value, column.decimals, column.display_unit),
                "district_known": district.known,
                "district_computed": district.computed,
                "note": notes.get(column.no_value_reason) if not district.known else None,
            }
            for column, value, district in figures
        ]
        context["dash_notes"] = [(number, reason) for reason, number in notes.items()]
        context["reports"] = list(region.reports.published().order_by("-published_on"))
        return context


class SourcesView(TemplateView):
    """Datenquellen: the datasets behind maps and figures (for those who reuse our data); the
    sources of the offices' facts come from `coordination` (its template tag)."""

    template_name = "regions/dataset_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["datasets"] = Dataset.objects.for_sources_page()
        return context
