"""An area as the per-process indexes hold it (the figure table, the address index): plain
data that the threads of a process share, never a model instance."""

from dataclasses import dataclass

from django.urls import reverse

from .models.geography import Level


@dataclass(frozen=True)
class AreaEntry:
    code: str
    name: str
    level: str  # a models.geography.Level
    pk: int | None = None
    slug: str = ""
    area_m2: float | None = None
    bezirksregion: "AreaEntry | None" = None  # the region of a Planungsraum

    @property
    def bezirksregion_id(self):
        return self.bezirksregion.pk if self.bezirksregion else None

    @property
    def bezirksregion_code(self):
        return self.bezirksregion.code if self.bezirksregion else ""

    def get_absolute_url(self):
        if self.level == Level.BEZIRKSREGION:
            return reverse("regions:detail", kwargs={"slug": self.slug})
        if self.level == Level.PLANUNGSRAUM and self.bezirksregion:
            return f"{self.bezirksregion.get_absolute_url()}#plr-{self.code}"
        return reverse("regions:list")


def area_entries():
    """(Bezirksregionen, Planungsräume) as AreaEntry, by code, each Planungsraum with its
    region: two queries."""
    from .models import Bezirksregion, Planungsraum

    regions = {
        pk: AreaEntry(code, name, Level.BEZIRKSREGION, pk, slug, area)
        for pk, code, name, slug, area in Bezirksregion.objects.order_by("code").values_list(
            "pk", "code", "name", "slug", "area_m2"
        )
    }
    areas = [
        AreaEntry(code, name, Level.PLANUNGSRAUM, pk, slug, area, regions[region_id])
        for pk, code, name, slug, area, region_id in Planungsraum.objects.order_by(
            "code"
        ).values_list("pk", "code", "name", "slug", "area_m2", "bezirksregion_id")
    ]
    return list(regions.values()), areas
