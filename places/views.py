"""Einrichtungen for residents: /einrichtungen/ with plain GET filters, the places of a region,
"Kitas und Treffpunkte in Ihrer Nähe" in the lookup answer, and the places as GeoJSON."""

import dataclasses
from dataclasses import dataclass

from django import forms
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from regions.address_lookup import find_address, problem_message
from regions.forms import AddressLookupForm, PointForm
from regions.maps import district_map
from regions.models import Bezirksregion, Dataset
from regions.point_lookup import planungsraum_at
from regions.streets import InputRefused
from spk_site.templatetags.site_text import international_number

from .figures import KITA_LIST
from .imports import KITA_DATASET
from .models import KITA_KIND, Place, PlaceKind
from .nearby import metres_between

NEAREST = 20  # places listed by distance from the visitor's position
LONGEST_LIST = 60  # more places of one kind are reached through their Bezirksregion


def point_class(place):
    return f"map-point--{place.kind.slug}"


def place_points(places):
    return [(*place.lon_lat, point_class(place)) for place in places if place.lon_lat]


def kita_list_date(places):
    """ "Juli 2026": the date of the Kita list the shown Kitas come from, without a query."""
    dates = [place.listed_on for place in places if place.listed_on]
    if not dates:
        return ""
    precision = KITA_DATASET["reference_precision"]
    return Dataset(reference_date=max(dates), reference_precision=precision).reference_date_display


class PlaceFilterForm(forms.Form):
    art = forms.ChoiceField(label=_("Art"), required=False)
    bezirksregion = forms.ChoiceField(label=_("Bezirksregion"), required=False)

    def __init__(self, *args, kinds, regions, **kwargs):
        super().__init__(*args, **kwargs)
        invalid = gettext("„%(value)s“ gibt es hier nicht. Bitte wählen Sie aus der Liste.")
        self.fields["art"].choices = [("", _("alle"))] + [
            (kind.slug, kind.plural) for kind in kinds
        ]
        self.fields["bezirksregion"].choices = [("", _("alle"))] + [
            (region.slug, region.name) for region in regions
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = invalid


@dataclass
class Near:
    """Places near what the visitor gave: an address (its Planungsraum first, then the rest of
    its Bezirksregion; the official address list has no coordinates) or a position (nearest
    first, with the distance)."""

    address: object = None  # regions.address_lookup.AddressResult
    point: tuple | None = None  # (lat, lon)
    planungsraeume: list = dataclasses.field(default_factory=list)
    first: list = dataclasses.field(default_factory=list)  # [(place, metres or None)]
    then: list = dataclasses.field(default_factory=list)
    problem: str = ""

    @property
    def regions(self):
        regions = {area.bezirksregion.pk: area.bezirksregion for area in self.planungsraeume}
        return list(regions.values())

    def intro(self):
        """'Zuerst die Einrichtungen in Ihrem Kiez, dem Planungsraum …, dann die übrigen in der
        Bezirksregion …' with the terms linked to the glossary and the regions to their pages."""
        comma = pgettext("Aufzählung", ", ")
        areas = format_html_join(comma, '<span lang="de">{}</span>', (
            (area.name,) for area in self.planungsraeume
        ))  # fmt: skip
        regions = format_html_join(comma, '<a href="{}" lang="de">{}</a>', (
            (region.get_absolute_url(), region.name) for region in self.regions
        ))  # fmt: skip
        if len(self.planungsraeume) == 1:
            text = _(
                "Zuerst die Einrichtungen in Ihrem Kiez, dem {planungsraum} {areas}, dann die "
                "übrigen in der {bezirksregion} {regions}."
            )
        else:
            text = ngettext(
                "Zuerst die Einrichtungen in den {planungsraum} {areas}, dann die übrigen in "
                "der {bezirksregion} {regions}.",
                "Zuerst die Einrichtungen in den {planungsraum} {areas}, dann die übrigen in "
                "den {bezirksregion} {regions}.",
                len(self.regions),
            )
        glossary = reverse("coordination:glossary")
        single = len(self.planungsraeume) == 1
        return format_html(
            text,
            planungsraum=format_html(
                '<a href="{}#planungsraum">{}</a>',
                glossary,
                pgettext("im Satz", "Planungsraum")
                if single
                else pgettext("im Satz", "Planungsräumen"),
            ),
            bezirksregion=format_html(
                '<a href="{}#bezirksregion">{}</a>',
                glossary,
                pgettext("im Satz", "Bezirksregion")
                if len(self.regions) == 1
                else pgettext("im Satz", "Bezirksregionen"),
            ),
            areas=areas,
            regions=regions,
        )


def near_address(address, places):
    """`places`: the published places of the chosen kind (a queryset, read here for the
    address's Bezirksregionen only)."""
    near = Near(address=address, problem=problem_message(address))
    near.planungsraeume = list(address.planungsraeume)
    areas = {area.pk for area in near.planungsraeume}
    regions = {area.bezirksregion_id for area in near.planungsraeume}
    here = list(places.filter(planungsraum__bezirksregion_id__in=regions)) if regions else []
    near.first = [(place, None) for place in here if place.planungsraum_id in areas]
    near.then = [(place, None) for place in here if place.planungsraum_id not in areas]
    return near


def near_point(lat, lon, places):
    near = Near(point=(lat, lon))
    area = planungsraum_at(lat, lon)
    if area is None:
        near.problem = gettext("Dieser Ort liegt nicht in Neukölln.")
        return near
    near.planungsraeume = [area]
    ranked = []
    for pk, location in places.exclude(location=None).values_list("pk", "location"):
        coordinates = location.get("coordinates") if isinstance(location, dict) else None
        if coordinates and len(coordinates) >= 2:
            ranked.append((metres_between(lon, lat, coordinates[0], coordinates[1]), pk))
    ranked.sort()
    found = places.in_bulk([pk for _metres, pk in ranked[:NEAREST]])
    near.first = [(found[pk], metres) for metres, pk in ranked[:NEAREST] if pk in found]
    return near


def find_near(request, places, address_form):
    """(Near or None, problem status): what the query asks for near an address or point."""
    if PointForm.is_asked(request.GET):
        point_form = PointForm(request.GET)
        if not point_form.is_valid():
            return Near(problem=point_form.message), 400
        return near_point(*point_form.point, places), 200
    if "strasse" not in request.GET and "hausnummer" not in request.GET:
        return None, 200
    if not address_form.is_valid():
        return None, 400  # the form says what to correct
    try:
        address = find_address(
            address_form.cleaned_data["strasse"], address_form.cleaned_data["hausnummer"]
        )
    except InputRefused as refusal:
        address_form.add_error("strasse", str(refusal))
        return None, 400
    return near_address(address, places), 200


@require_safe
def place_list(request):
    kinds = list(PlaceKind.objects.filter(places__published=True).distinct())
    regions = list(Bezirksregion.objects.for_pages())
    form = PlaceFilterForm(request.GET or None, kinds=kinds, regions=regions)
    near_form = PlaceFilterForm(request.GET or None, kinds=kinds, regions=regions, auto_id="nah_%s")
    asks_near = PointForm.is_asked(request.GET) or "strasse" in request.GET
    address_form = AddressLookupForm(request.GET if "strasse" in request.GET else None)
    places = Place.objects.published().for_lists()
    status, region, kind = 200, None, None
    if form.is_bound and form.is_valid():
        region = next((r for r in regions if r.slug == form.cleaned_data["bezirksregion"]), None)
        kind = next((k for k in kinds if k.slug == form.cleaned_data["art"]), None)
        if asks_near:
            region = None  # an address or position says where; a region chosen before does not
        if region:
            places = places.in_region(region)
        if kind:
            places = places.filter(kind=kind)
    elif form.is_bound:
        status = 400
    near = None
    if status == 200 and asks_near:
        near, status = find_near(request, places, address_form)
        # Only what the answer lists is read and drawn (an address is never a cached page).
        places = [place for place, _metres in near.first + near.then] if near else []
    else:
        places = list(places) if status == 200 else []
    # Without a choice the 249 Kitas would make a long page: then a table per Bezirksregion,
    # and the other places in full.
    listed = places if (region or kind) else [p for p in places if p.kind.slug != KITA_KIND]
    # A kind with more places than a phone can scroll through (the 249 Kitas): the table per
    # Bezirksregion leads to them, the address field to the nearest.
    by_region_only = bool(kind and not region and len(places) > LONGEST_LIST)
    if by_region_only:
        listed = []
    svg_map = district_map(
        regions,
        title=_("Karte der Einrichtungen in Neukölln"),
        description=_("Jeder Punkt ist eine Einrichtung aus der Liste auf dieser Seite."),
        highlight=region,
    )
    svg_map.add_points(place_points(places))
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
            "near_kind_field": near_form["art"],
            "near": near,
            "region": region,
            "kind": kind,
            "places": [] if near else listed,
            "by_region_only": by_region_only,
            "summary": summary,
            "svg_map": svg_map,
            "kinds": kinds,
            "kita_list_date": kita_list_date(places),
            "places_total": len(places),
        },
        status=status,
    )
    if asks_near:
        add_never_cache_headers(response)  # an address or position: answered, never kept
    return response


@require_safe
def places_geojson(request):
    """Every published place, with source and licence per kind (open data)."""
    places = Place.objects.published().for_lists()
    kinds = {}
    features = []
    for place in places:
        if not place.lon_lat:
            continue
        kinds[place.kind.slug] = place.kind
        lon, lat = place.lon_lat
        properties = {
            "name": place.name,
            "art": place.kind.slug,
            "adresse": place.address_line,
            "planungsraum": place.planungsraum.code if place.planungsraum_id else None,
        }
        if place.kita_number:
            properties.update(kita_nr=place.kita_number, plaetze=place.capacity)
        contact = {
            "traeger": place.operator_name,
            "telefon": international_number(place.public_phone),
            "website": place.website,
        }
        properties.update((key, value) for key, value in contact.items() if value)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": properties,
            }
        )
    kita_date = (
        Dataset.objects.filter(slug=KITA_LIST).values_list("reference_date", flat=True).first()
    )
    sources = [
        {
            "art": kind.slug,
            "name": kind.plural,
            "quelle": kind.source,
            "lizenz": kind.licence,
            **({"stand": kita_date.isoformat()} if kind.slug == KITA_KIND and kita_date else {}),
        }
        for kind in sorted(kinds.values(), key=lambda kind: kind.order)
    ]
    return JsonResponse(
        {"type": "FeatureCollection", "sources": sources, "features": features},
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )
