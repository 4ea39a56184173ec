"""What the site search finds of `places`: Kitas and the other places of the Kiez, each
leading to its entry in the list of its kind and Bezirksregion."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.registry import Document, FixedPages, Source, translated

from .models import KITA_KIND, GreenSpace, Place, PlaceHours, PlaceKind


class PlaceSource(Source):
    kitas = True

    def rows(self):
        places = Place.objects.published().for_lists()
        if self.kitas:
            return places.filter(kind__slug=KITA_KIND)
        return places.exclude(kind__slug=KITA_KIND)

    def row_for(self, instance):
        place_id = instance.place_id if isinstance(instance, PlaceHours) else instance.pk
        return self.rows().filter(pk=place_id).first()

    def document(self, place):
        region = place.planungsraum.bezirksregion
        query = urlencode({"art": place.kind.slug, "bezirksregion": region.slug})
        (description,), in_german = translated(place, "description")
        facts = [
            place.kind.name,
            place.address_line,
            _("in der Bezirksregion %(region)s") % {"region": region.name},
            place.operator_name,
            place.kita_type,
            description,
        ]
        return Document(
            title=place.name,
            url=f"{reverse('places:place-list')}?{query}#einrichtung-{place.pk}",
            text=" · ".join(part for part in facts if part),
            keywords=place.planungsraum.name,
            in_german=in_german,
        )


class KitaSource(PlaceSource):
    kitas = True


class OtherPlaceSource(PlaceSource):
    kitas = False


class GreenSpaceSource(Source):
    """The public green spaces and playgrounds of the official registers, each leading to its
    entry in its Bezirksregion's profile (the one page that lists them)."""

    def rows(self):
        return GreenSpace.objects.select_related("planungsraum__bezirksregion")

    def document(self, space):
        region = space.planungsraum.bezirksregion
        kind = _("Spielplatz") if space.kind == GreenSpace.Kind.PLAYGROUND else _("Grünanlage")
        facts = [
            kind,
            space.name_suffix,
            _("im Planungsraum %(area)s") % {"area": space.planungsraum.name},
            _("in der Bezirksregion %(region)s") % {"region": region.name},
            space.ortsteil,
        ]
        return Document(
            title=space.name,
            url=f"{reverse('profiles:detail', args=[region.slug])}#gruen-{space.pk}",
            text=" · ".join(part for part in facts if part),
            keywords=f"{kind} {space.planungsraum.name}",
        )


def _browse_kitas():
    return _("Alle Kitas nach Bezirksregion"), f"{reverse('places:place-list')}?art=kita"


def _browse_places():
    return _("Alle Einrichtungen"), reverse("places:place-list")


SOURCES = [
    KitaSource("kita", gettext_lazy("Kita"), models=(Place, PlaceHours), browse=_browse_kitas),
    OtherPlaceSource(
        "place", gettext_lazy("Einrichtung"), models=(Place, PlaceHours), browse=_browse_places
    ),
    GreenSpaceSource("green", gettext_lazy("Grünanlage oder Spielplatz"), models=(GreenSpace,)),
    FixedPages("place-pages", gettext_lazy("Seite"), ["places:place-list"], models=(PlaceKind,)),
]
