from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from .forms import AddressLookupForm
from .jsonld import office_json_ld
from .maps import map_context
from .models import ContactPerson, DistrictContact, FaqEntry, Office, OpeningHours, Page
from .vcard import office_vcard


def offices_for_pages(user):
    return (
        Office.objects.visible_to(user)
        .select_related("operator", "action_area__bezirksregion")
        .prefetch_related(
            Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens")),
            Prefetch("contacts", queryset=ContactPerson.objects.order_by("order", "pk")),
        )
    )


class HomeView(TemplateView):
    template_name = "coordination/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["offices"] = list(
            Office.objects.published().select_related("operator", "action_area__bezirksregion")
        )
        context["faq_teaser"] = list(
            FaqEntry.objects.published().filter(on_start_page=True).order_by("order")[:4]
        )
        context["district_contact"] = DistrictContact.current()
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
        return offices_for_pages(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["district_contact"] = DistrictContact.current()
        return context


class OfficeDetailView(DetailView):
    template_name = "coordination/office_detail.html"
    context_object_name = "office"

    def get_queryset(self):
        return offices_for_pages(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        office = self.object
        context["preview"] = not office.published  # only staff get this far
        context["json_ld"] = office_json_ld(
            office, self.request.build_absolute_uri(office.get_absolute_url())
        )
        context["map"] = map_context(
            map_id="karte", highlight=office.bezirksregion, focus_office=office
        )
        return context


@require_safe
def office_vcard_view(request, slug):
    office = get_object_or_404(offices_for_pages(request.user), slug=slug)
    site_url = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(
        office_vcard(office, site_url), content_type="text/vcard; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(office.slug)}.vcf"'
    return response


class PageView(DetailView):
    template_name = "coordination/page.html"
    context_object_name = "page"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        if self.kwargs.get("fixed") is None and slug in Page.FIXED_URLS:
            raise Http404("Diese Seite hat eine eigene Adresse.")
        return get_object_or_404(Page.objects.visible_to(self.request.user), slug=slug)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = not self.object.published
        return context
