"""Einrichtungen for residents: /einrichtungen/ with plain GET filters, the places of a region,
"Kitas und Treffpunkte in Ihrer Nähe" in the lookup answer, and the places as GeoJSON."""

from django import forms
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from regions.maps import district_map
from regions.models import Bezirksregion, Dataset
from regions.models.sources import KITAS
from spk_site.templatetags.site_text import international_number

from .imports import KITA_DATASET
from .models import KITA_KIND, Place, PlaceKind


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


@require_safe
def place_list(request):
    kinds = list(PlaceKind.objects.filter(places__published=True).distinct())
    regions = list(Bezirksregion.objects.for_pages())
    form = PlaceFilterForm(request.GET or None, kinds=kinds, regions=regions)
    places = Place.objects.published().for_lists()
    status, region, kind = 200, None, None
    if form.is_bound and form.is_valid():
        region = next((r for r in regions if r.slug == form.cleaned_data["bezirksregion"]), None)
        kind = next((k for k in kinds if k.slug == form.cleaned_data["art"]), None)
        if region:
            places = places.in_region(region)
        if kind:
            places = places.filter(kind=kind)
    elif form.is_bound:
        status = 400
    places = list(places) if status == 200 else []
    # Without a choice the 249 Kitas would make a long page: then a table per Bezirksregion,
    # and the other places in full.
    listed = places if (region or kind) else [p for p in places if p.kind.slug != KITA_KIND]
    svg_map = district_map(
        regions,
        title=_("Karte der Einrichtungen in Neukölln"),
        description=_("Jeder Punkt ist eine Einrichtung aus der Liste auf dieser Seite."),
        highlight=region,
    )
    svg_map.add_points(place_points(places))
    summary = []
    if not (region or kind):
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
    return render(
        request,
        "places/place_list.html",
        {
            "form": form,
            "region": region,
            "kind": kind,
            "places": listed,
            "summary": summary,
            "svg_map": svg_map,
            "kinds": kinds,
            "kita_list_date": kita_list_date(places),
        },
        status=status,
    )


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
    kita_date = Dataset.objects.filter(slug=KITAS).values_list("reference_date", flat=True).first()
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
