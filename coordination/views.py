from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from regions.models import Bezirksregion, Dataset, IndicatorRelease
from regions.views import bezirksregion_page_parts

from .forms import AddressLookupForm
from .happenings import calendar_feeds, next_events
from .jsonld import office_json_ld
from .maps import map_context
from .models import (
    KITA_KIND,
    PAGES_WITH_OWN_ADDRESS,
    DistrictContact,
    Event,
    FaqEntry,
    NewsArticle,
    Office,
    Page,
    Place,
)
from .place_views import kita_list_date, place_points
from .vcard import office_vcard


class HomeView(TemplateView):
    template_name = "coordination/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["offices"] = list(Office.objects.published().for_cards())
        context["faq_teaser"] = list(
            FaqEntry.objects.published().filter(on_start_page=True).order_by("order")[:4]
        )
        context["district_contact"] = DistrictContact.current()
        context["next_events"] = next_events(Event.objects.all())
        context["latest_news"] = list(NewsArticle.objects.published().latest_first()[:3])
        context["form"] = AddressLookupForm()
        context["map"] = map_context(
            map_id="karte",
            offices=context["offices"],
            district_contact=context["district_contact"],
        )
        return context


class MapView(TemplateView):
    template_name = "coordination/map_page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["map"] = map_context(map_id="karte", full=True)
        return context


class FaqView(ListView):
    template_name = "coordination/faq.html"
    context_object_name = "entries"

    def get_queryset(self):
        return FaqEntry.objects.visible_to(self.request.user).for_faq_page()


class OfficeListView(ListView):
    template_name = "coordination/office_list.html"
    context_object_name = "offices"

    def get_queryset(self):
        return Office.objects.visible_to(self.request.user).for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["district_contact"] = DistrictContact.current()
        return context


class OfficeDetailView(DetailView):
    template_name = "coordination/office_detail.html"
    context_object_name = "office"

    def get_object(self, queryset=None):
        # The map shows every published office anyway: one query finds this one too.
        offices = (
            Office.objects.for_cards().prefetch_related("contacts").select_related("small_grants")
        )
        self.published_offices = list(offices.published())
        for office in self.published_offices:
            if office.slug == self.kwargs["slug"]:
                return office
        return get_object_or_404(offices.visible_to(self.request.user), slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        office = self.object
        context["preview"] = not office.published  # only staff get this far
        context["json_ld"] = office_json_ld(
            office, self.request.build_absolute_uri(office.get_absolute_url())
        )
        context["map"] = map_context(
            map_id="karte",
            highlight=office.bezirksregion,
            focus_office=office,
            offices=self.published_offices,
        )
        context["next_events"] = next_events(Event.objects.filter(organiser_office=office))
        context["latest_news"] = list(
            NewsArticle.objects.published().filter(office=office).latest_first()[:3]
        )
        fund = getattr(office, "small_grants", None)  # fetched with the office
        staff = self.request.user.has_perm("coordination.view_smallgrantfund")
        context["small_grants"] = fund if fund is not None and (fund.published or staff) else None
        context["calendar_feeds"] = calendar_feeds(self.request, offices=[office])
        return context


@require_safe
def office_vcard_view(request, slug):
    offices = Office.objects.visible_to(request.user).for_cards().prefetch_related("contacts")
    office = get_object_or_404(offices, slug=slug)
    site_url = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(
        office_vcard(office, site_url), content_type="text/vcard; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(office.slug)}.vcf"'
    return response


class BezirksregionPageView(DetailView):
    """A Bezirksregion's page: what `regions` knows of it, with who is responsible there and
    the map behind consent."""

    template_name = "regions/bezirksregion_detail.html"
    context_object_name = "bezirksregion"

    def get_object(self, queryset=None):
        # All twelve are needed for the map anyway: one query finds the page's region too.
        self.population_release = IndicatorRelease.objects.latest_population()
        self.all_regions = list(Bezirksregion.objects.for_pages(self.population_release))
        for region in self.all_regions:
            if region.slug == self.kwargs["slug"]:
                return region
        raise Http404("Diese Bezirksregion gibt es nicht.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.object
        context.update(bezirksregion_page_parts(region, self.all_regions, self.population_release))
        offices = list(Office.objects.published().for_cards())
        context["office"] = next(
            (office for office in offices if office.action_area.bezirksregion_id == region.pk),
            None,
        )
        context["district_contact"] = DistrictContact.current()
        context["map"] = map_context(
            map_id="karte",
            highlight=region,
            regions=self.all_regions,
            svg_map=context["svg_map"],
            offices=offices,
            district_contact=context["district_contact"],
        )
        here = Q(bezirksregionen=region) | Q(organiser_office__action_area__bezirksregion=region)
        context["next_events"] = next_events(Event.objects.filter(here).distinct())
        context["latest_news"] = list(
            NewsArticle.objects.published()
            .filter(Q(bezirksregionen=region) | Q(office__action_area__bezirksregion=region))
            .distinct()
            .latest_first()[:3]
        )
        context["calendar_feeds"] = calendar_feeds(self.request, region=region)
        places = list(Place.objects.published().for_lists().in_region(region))
        context["svg_map"].add_points(place_points(places))
        context["kitas"] = [place for place in places if place.kind.slug == KITA_KIND]
        context["other_places"] = [place for place in places if place.kind.slug != KITA_KIND]
        context["kita_list_date"] = kita_list_date(context["kitas"])
        return context


class PageView(DetailView):
    template_name = "coordination/page.html"
    context_object_name = "page"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        if not self.kwargs.get("own_address") and slug in PAGES_WITH_OWN_ADDRESS:
            raise Http404("Diese Seite hat eine eigene Adresse.")
        return get_object_or_404(Page.objects.visible_to(self.request.user), slug=slug)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = not self.object.published
        return context


class SourcesView(TemplateView):
    """Datenquellen: the datasets behind maps and figures, and where the offices' facts come
    from (for those who reuse our data)."""

    template_name = "regions/dataset_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["datasets"] = Dataset.objects.for_sources_page()
        context["offices"] = list(Office.objects.published())
        return context
