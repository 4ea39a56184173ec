from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import ListView

from .maps import district_map
from .models import Bezirksregion, IndicatorRelease, Report


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
        handle = report.file.open("rb")
    except FileNotFoundError:
        raise Http404(_("Die Datei dieses Berichts fehlt.")) from None
    return FileResponse(handle, content_type="application/pdf", filename=report.download_name)


def bezirksregion_page_parts(region, all_regions, population_release):
    """What `regions` knows for a Bezirksregion's page: its Planungsräume with residents and
    MSS status, the SVG map, the key figures beside the district's, and the reports. The page
    itself is composed where the contact is known (coordination.views.BezirksregionPageView)."""
    from .charts import format_value
    from .comparison import figure_table

    planungsraeume = list(
        region.planungsraeume.with_population(population_release).defer("geometry").order_by("code")
    )
    table = figure_table.get()
    for area in planungsraeume:
        area.mss_status = table.mss_status(area.code)[1]
    key_figures = [
        {
            "column": column,
            "value": format_value(value.value, column.decimals, column.display_unit),
            "computed": value.computed,
            "district": format_value(district.value, column.decimals, column.display_unit),
            "district_known": district.known,
            "district_computed": district.computed,
        }
        for column, value, district in table.key_figures(region.code)
    ]
    return {
        "planungsraeume": planungsraeume,
        "population_release": population_release,
        "svg_map": district_map(
            all_regions,
            title=_("Lage der Bezirksregion %(name)s in Neukölln") % {"name": region.name},
            description=_(
                "Umriss von %(name)s (Nummer %(number)s) hervorgehoben innerhalb der zwölf "
                "Bezirksregionen, mit den Grenzen ihrer %(count)d Planungsräume."
            )
            % {"name": region.name, "number": region.code[-2:], "count": len(planungsraeume)},
            highlight=region,
            planungsraeume=planungsraeume,
        ),
        "key_figures": key_figures,
        "reports": list(region.reports.published().order_by("-published_on")),
    }
