"""What the site search finds of `profiles`: the district's profile and each region's, by
their names and the words of their published texts."""

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regions.models import Bezirksregion
from search.registry import Document, Source, translated

from .document import DISTRICT_KEY
from .models import ProfileText

PARTS = gettext_lazy(
    "Bevölkerung, soziale Lage, Kitas, Grünanlagen und Spielplätze, Beteiligung, Quellen."
)


def _regions():
    return Bezirksregion.objects.defer("geometry", "web_geometry").order_by("code")


class ProfileSource(Source):
    """The district's profile (the row DISTRICT_KEY) and each region's."""

    def rows(self):
        return [DISTRICT_KEY, *_regions()]

    def row_id(self, region):
        return DISTRICT_KEY if region == DISTRICT_KEY else str(region.pk)

    def row_for(self, instance):
        if isinstance(instance, ProfileText) and instance.bezirksregion_id is None:
            return DISTRICT_KEY
        region_id = instance.bezirksregion_id if isinstance(instance, ProfileText) else instance.pk
        return _regions().filter(pk=region_id).first()

    def document(self, region):
        texts, in_german = [], False
        district = region == DISTRICT_KEY
        for text in ProfileText.objects.for_profile(None if district else region):
            (body,), german = translated(text, "body")
            texts.append(strip_tags(body))
            in_german = in_german or german
        if district:
            title, url = _("Bezirksregionenprofil Neukölln"), reverse("profiles:district")
        else:
            title = _("Bezirksregionenprofil %(name)s") % {"name": region.name}
            url = reverse("profiles:detail", args=[region.slug])
        return Document(
            title=title,
            url=url,
            text=" ".join([str(PARTS), *texts]),
            keywords=_("Profil Bericht Bezirksregionenprofil"),
            in_german=in_german,
        )


SOURCES = [ProfileSource("profile", gettext_lazy("Profil"), models=(Bezirksregion, ProfileText))]
