"""What the site search finds of `places`: Kitas and the other places of the Kiez, each
leading to its entry in the list of its kind and Bezirksregion."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.registry import Document, FixedPages, Source, translated

from .models import KITA_KIND, Place, PlaceHours, PlaceKind


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


SOURCES = [
    KitaSource("kita", gettext_lazy("Kita"), models=(Place, PlaceHours)),
    OtherPlaceSource("place", gettext_lazy("Einrichtung"), models=(Place, PlaceHours)),
    FixedPages("place-pages", gettext_lazy("Seite"), ["places:place-list"], models=(PlaceKind,)),
]
