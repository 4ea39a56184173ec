"""The start page, the map, the FAQ, the glossary and the content pages."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from regions.forms import AddressLookupForm

from ..maps import map_context
from ..models import PAGES_WITH_OWN_ADDRESS, DistrictContact, FaqEntry, Office, Page


class HomeView(TemplateView):
    template_name = "coordination/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["offices"] = list(Office.objects.published().for_cards())
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
        context["preview"] = self.request.user.is_authenticated  # staff: what visitors see
        if self.object.slug == "barrierefreiheit":
            contact = DistrictContact.current()
            context["district_contact_email"] = contact.email if contact else ""
        return context
