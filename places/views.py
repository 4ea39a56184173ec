"""Einrichtungen for residents: /einrichtungen/ with plain GET filters, and the places near an
address or a position (places.nearby)."""

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from regions.forms import AddressLookupForm, PointForm
from regions.maps import district_map
from regions.models import Bezirksregion
from spk_site import content_version

from .forms import PlaceFilterForm
from .models import KITA_KIND, Place, PlaceKind
from .nearby import find_near
from .presentation import kita_list_date, map_points

LONGEST_LIST = 60  # more places of one kind are reached through their Bezirksregion


# The choices of the filters, read once per content version (bench/serve.py: places near an
# address is never a cached page).
kinds_in_use = content_version.PickledPerVersion(
    lambda: list(PlaceKind.objects.filter(places__published=True).distinct()), topics=("places",)
)
region_choices = content_version.PickledPerVersion(
    lambda: list(Bezirksregion.objects.for_choices()), topics=("geography",)
)


@require_safe
def place_list(request):
    versions = content_version.snapshot()  # what the parts of this page kept are checked by
    kinds = kinds_in_use.get(versions)
    regions = region_choices.get(versions)
    form = PlaceFilterForm(request.GET or None, kinds=kinds, regions=regions)
    # The kind field beside the address, made only where the page does not keep it drawn.
    near_kind_field = SimpleLazyObject(
        lambda: PlaceFilterForm(
            request.GET or None, kinds=kinds, regions=regions, auto_id="nah_%s"
        )["art"]
    )
    asks_near = PointForm.is_asked(request.GET) or "strasse" in request.GET
    address_form = AddressLookupForm(request.GET if "strasse" in request.GET else None)
    status, region, kind = 200, None, None
    if form.is_bound and form.is_valid():
        region = next((r for r in regions if r.slug == form.cleaned_data["bezirksregion"]), None)
        kind = next((k for k in kinds if k.slug == form.cleaned_data["art"]), None)
        if asks_near:
            region = None  # an address or position says where; a region chosen before does not
    elif form.is_bound:
        status = 400

    def published():  # made only where it is read (an address reads the places it kept)
        found = Place.objects.published().for_lists()
        if region:
            found = found.in_region(region)
        return found.filter(kind=kind) if kind else found

    near = None
    if status == 200 and asks_near:
        near, status = find_near(request.GET, published, address_form, kind, versions)
        # Only what the answer lists is read and drawn (an address is never a cached page),
        # and only where the page did not keep the lists and the map it drew for the area.
        places = SimpleLazyObject(
            lambda: [place for place, _metres in near.first + near.then] if near else []
        )
    else:
        places = list(published()) if status == 200 else []
    # Without a choice the 249 Kitas would make a long page: then a table per Bezirksregion,
    # and the other places in full.
    if near:
        listed = []  # the answer lists the places near, by area
    elif region or kind:
        listed = places
    else:
        listed = [p for p in places if p.kind.slug != KITA_KIND]
    # A kind with more places than a phone can scroll through (the 249 Kitas): the table per
    # Bezirksregion leads to them, the address field to the nearest.
    by_region_only = bool(kind and not region and not near and len(places) > LONGEST_LIST)
    if by_region_only:
        listed = []

    def svg_map():  # drawn only where the page's map is not kept (templates call it)
        drawn = district_map(
            Bezirksregion.objects.for_maps(),
            title=_("Karte der Einrichtungen in Neukölln"),
            description=_("Jeder Punkt ist eine Einrichtung aus der Liste auf dieser Seite."),
            highlight=region,
        )
        if drawn is not None:  # None before the LOR geography is imported
            drawn.add_points(map_points(places))
        return drawn

    summary = []
    if not (region or near) and (not kind or by_region_only):
        for each in regions:
            here = [p for p in places if p.planungsraum.bezirksregion_id == each.pk]
            kitas = [p for p in here if p.kind.slug == KITA_KIND]
            summary.append(
                {
                    "region": each,
                    "kitas": len(kitas),
                    "kita_places": sum(p.capacity or 0 for p in kitas),
                    "others": len(here) - len(kitas),
                }
            )
    response = render(
        request,
        "places/place_list.html",
        {
            "form": form,
            "address_form": address_form,
            "near_kind_field": near_kind_field,
            "near": near,
            "region": region,
            "kind": kind,
            "places": listed,
            "by_region_only": by_region_only,
            "summary": summary,
            "others_exist": any(row["others"] for row in summary),
            "svg_map": svg_map,
            "kinds": kinds,
            "kita_list_date": lambda: kita_list_date(places),  # the template asks
            "places_total": len(places) if by_region_only else None,
            "versions": versions,
            # The map and the lists are the same for every address of these Planungsräume
            # (never for a position, nor for a choice the form refused).
            "keep_near": bool(near and near.address and not near.problem and status == 200),
            "keep_map": status == 200 and not (near and (near.point or near.problem)),
            "keep_filter": not form.is_bound or form.is_valid(),
        },
        status=status,
    )
    if asks_near:
        add_never_cache_headers(response)  # an address or position: answered, never kept
    return response
