"""The Stadtteilkoordination offices: the list, an office's page and its vCard."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from ..jsonld import office_json_ld
from ..maps import map_context
from ..models import DistrictContact, Office
from ..vcard import office_vcard


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
        offices = Office.objects.for_cards().prefetch_related("contacts")
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
