"""Places near what a visitor gave, honest about what the list is: „Kitas und Treffpunkte“ in
the lookup answer, and /einrichtungen/ near an address or a position.

With a point (a map click, "Meinen Standort verwenden") the places are sorted by their real
distance from it, and the distance is shown. A typed address has no coordinates in the official
address list: then the answer lists the places of its Planungsraum, says so, and links to the
rest of the Bezirksregion. Both lists are read once per content version (bench/serve.py: the
lookup page is never cached as a whole; what it shows of the region is)."""

import dataclasses
import math
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

from regions.address_lookup import find_address, problem_message
from regions.forms import PointForm
from regions.point_lookup import planungsraum_at
from regions.streets import InputRefused
from spk_site.content_version import PerVersion, PickledPerVersionMap

from .models import KITA_KIND, Place

NEARBY = 8
NEAREST = 20  # places listed by distance from the visitor's position on /einrichtungen/
EARTH_RADIUS_M = 6_371_000


@dataclass
class Nearby:
    places: list = field(default_factory=list)  # [(place, metres or None)]
    by_distance: bool = False  # sorted by distance from the visitor's point
    planungsraum: object = None
    bezirksregion: object = None
    total_in_region: int = 0

    @property
    def has_others(self):
        """Whether anything but Kitas is listed (no heading promises Treffpunkte otherwise)."""
        return any(place.kind.slug != KITA_KIND for place, _metres in self.places)


def metres_between(lon1, lat1, lon2, lat2):
    """Great-circle distance (haversine), good to a metre at this scale."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _in_planungsraum(planungsraum_id):
    return list(
        Place.objects.published()
        .filter(planungsraum_id=planungsraum_id)
        .select_related("kind")
        .order_by("kind__order", "name")
    )


def _counts_by_region():
    counts = {}
    for region_id in Place.objects.published().values_list(
        "planungsraum__bezirksregion_id", flat=True
    ):
        counts[region_id] = counts.get(region_id, 0) + 1
    return counts


def _points():
    """(place id, lon, lat) of every published place with a point: plain data."""
    found = []
    for pk, location in Place.objects.published().values_list("pk", "location"):
        coordinates = (location or {}).get("coordinates") if isinstance(location, dict) else None
        if coordinates and len(coordinates) >= 2:
            found.append((pk, coordinates[0], coordinates[1]))
    return tuple(found)


def _in_regions(key):
    """The published places (of one kind, or all) in these Bezirksregionen, as listed."""
    kind_id, region_ids = key
    found = (
        Place.objects.published().for_lists().filter(planungsraum__bezirksregion_id__in=region_ids)
    )
    return list(found.filter(kind_id=kind_id) if kind_id else found)


places_in_planungsraum = PickledPerVersionMap(_in_planungsraum, topics=("places", "geography"))
places_in_regions = PickledPerVersionMap(_in_regions, topics=("places", "geography"))
place_counts = PerVersion(_counts_by_region, topics=("places", "geography"))
place_points = PerVersion(_points, topics=("places", "geography"))


def places_near(planungsraum, point=None, versions=None, limit=NEARBY):
    """The places to show with a lookup answer for this Planungsraum; nearest first when the
    visitor gave a point (lat, lon)."""
    nearby = Nearby(
        planungsraum=planungsraum,
        bezirksregion=planungsraum.bezirksregion,
        total_in_region=place_counts.get(versions).get(planungsraum.bezirksregion_id, 0),
    )
    if point is not None:
        lat, lon = point
        ranked = sorted(
            (metres_between(lon, lat, place_lon, place_lat), pk)
            for pk, place_lon, place_lat in place_points.get(versions)
        )[:limit]
        found = Place.objects.select_related("kind").in_bulk([pk for _metres, pk in ranked])
        nearby.places = [(found[pk], metres) for metres, pk in ranked if pk in found]
        nearby.by_distance = True
    else:
        nearby.places = [
            (place, None) for place in places_in_planungsraum.get(planungsraum.pk, versions)
        ]
    return nearby


@dataclass
class Near:
    """Places near what the visitor gave: an address (its Planungsraum first, then the rest of
    its Bezirksregion; the official address list has no coordinates) or a position (nearest
    first, with the distance)."""

    address: object = None  # regions.address_lookup.AddressResult
    point: tuple | None = None  # (lat, lon)
    planungsraeume: list = dataclasses.field(default_factory=list)
    problem: str = ""
    # () -> (first, then), each [(place, metres or None)]: read when a list is asked for (the
    # page keeps the lists it drew for an area, and then reads nothing).
    load: object = None
    _lists: tuple | None = None

    @property
    def first(self):
        return self._read()[0]

    @property
    def then(self):
        return self._read()[1]

    def _read(self):
        if self._lists is None:
            self._lists = self.load() if self.load is not None else ([], [])
        return self._lists

    @property
    def regions(self):
        regions = {area.bezirksregion.pk: area.bezirksregion for area in self.planungsraeume}
        return list(regions.values())

    def intro(self):
        """'Zuerst die Einrichtungen in Ihrem Kiez, dem Planungsraum …, dann die übrigen in der
        Bezirksregion …' with the terms linked to the glossary and the regions to their pages."""
        comma = pgettext("Aufzählung", ", ")
        areas = format_html_join(
            comma, '<span lang="de">{}</span>', ((area.name,) for area in self.planungsraeume)
        )
        regions = format_html_join(
            comma,
            '<a href="{}" lang="de">{}</a>',
            ((region.get_absolute_url(), region.name) for region in self.regions),
        )
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


def near_address(address, kind=None, versions=None):
    """The published places (of `kind`, or all) in the address's Bezirksregionen, its
    Planungsräume first; read once per content version and area."""
    near = Near(address=address, problem=problem_message(address))
    near.planungsraeume = list(address.planungsraeume)
    areas = {area.pk for area in near.planungsraeume}
    regions = tuple(sorted({area.bezirksregion_id for area in near.planungsraeume}))
    key = (kind.pk if kind else None, regions)

    def load():
        here = places_in_regions.get(key, versions) if regions else []
        return (
            [(place, None) for place in here if place.planungsraum_id in areas],
            [(place, None) for place in here if place.planungsraum_id not in areas],
        )

    near.load = load
    return near


def near_point(lat, lon, published):
    """`published`: () -> the queryset of the published places asked for."""
    near = Near(point=(lat, lon))
    area = planungsraum_at(lat, lon)
    if area is None:
        near.problem = gettext("Dieser Ort liegt nicht in Neukölln.")
        return near
    near.planungsraeume = [area]
    places = published()
    ranked = []
    for pk, location in places.exclude(location=None).values_list("pk", "location"):
        coordinates = location.get("coordinates") if isinstance(location, dict) else None
        if coordinates and len(coordinates) >= 2:
            ranked.append((metres_between(lon, lat, coordinates[0], coordinates[1]), pk))
    ranked.sort()
    found = places.in_bulk([pk for _metres, pk in ranked[:NEAREST]])
    near._lists = ([(found[pk], metres) for metres, pk in ranked[:NEAREST] if pk in found], [])
    return near


def find_near(query, published, address_form, kind=None, versions=None):
    """(Near or None, problem status): what the query (GET) asks for near an address or
    point; `published`: () -> the published places of `kind` (a queryset, read for a point)."""
    if PointForm.is_asked(query):
        point_form = PointForm(query)
        if not point_form.is_valid():
            return Near(problem=point_form.message), 400
        return near_point(*point_form.point, published), 200
    if "strasse" not in query and "hausnummer" not in query:
        return None, 200
    if not address_form.is_valid():
        return None, 400  # the form says what to correct
    try:
        address = find_address(
            address_form.cleaned_data["strasse"],
            address_form.cleaned_data["hausnummer"],
            versions=versions,
        )
    except InputRefused as refusal:
        address_form.add_error("strasse", str(refusal))
        return None, 400
    return near_address(address, kind, versions), 200
