from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from djgeojson.fields import GeometryField

from spk_site import dates
from spk_site.validation import CheckedModel

from ..figures.population import POPULATION
from ..geometry import area_geometry_problem, to_geos, web_copies

DISTRICT_CODE = "08"  # Neukölln: every LOR code of the district starts with it

partial_date_validator = RegexValidator(
    dates.PARTIAL_DATE.pattern, "Bitte als JJJJ oder JJJJ-MM angeben, z. B. 2020-11."
)


class Level(models.TextChoices):
    """Where an area stands in the LOR hierarchy (and Neukölln as a whole)."""

    DISTRICT = "bezirk", "Bezirk"
    PROGNOSERAUM = "prognoseraum", "Prognoseraum"
    BEZIRKSREGION = "bezirksregion", "Bezirksregion"
    PLANUNGSRAUM = "planungsraum", "Planungsraum"


def _indicator_values():
    """IndicatorValue, found through its relation to Planungsraum (figures.py imports us)."""
    return Planungsraum._meta.get_field("indicator_values").related_model.objects


def _population_releases():
    return _indicator_values().model._meta.get_field("release").related_model.objects


def code_validator(digits):
    return RegexValidator(rf"^\d{{{digits}}}$", f"Der LOR-Schlüssel hat genau {digits} Ziffern.")


class AreaQuerySet(models.QuerySet):
    def refresh_web_geometry(self):
        """Derives the simplified web copies of this whole layer again, together, so that
        neighbours keep identical borders (after an outline was corrected in the admin)."""
        from spk_site.content_version import bump_after_commit

        areas = list(self.only("pk", "code", "geometry"))
        copies = web_copies({area.code: to_geos(area.geometry) for area in areas})
        for area in areas:
            area.web_geometry = copies[area.code]
        self.model.objects.bulk_update(areas, ["web_geometry"])
        bump_after_commit("geography")


class AreaModel(models.Model):
    """What every LOR area has: an official code, an official name, a slug and a geometry."""

    name = models.CharField("Name", max_length=120, help_text="Amtlicher Name (LOR 2021).")
    slug = models.SlugField("Adresskürzel", max_length=120, unique=True)
    geometry = GeometryField(
        "Umriss",
        help_text="Amtliche Grenze als Polygon (WGS84). Wird bei jedem Import überschrieben.",
    )
    web_geometry = models.JSONField(
        "Vereinfachter Umriss fürs Web",
        null=True,
        blank=True,
        editable=False,
        help_text="Abgeleitet aus dem Umriss; nie von Hand bearbeiten.",
    )
    area_m2 = models.PositiveBigIntegerField(
        "Fläche (m²)", null=True, blank=True, help_text="Amtliche Fläche laut Schlüsseltabelle."
    )
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"

    def clean(self):
        super().clean()
        problem = area_geometry_problem(self.geometry) if self.geometry else None
        if problem:
            from django.core.exceptions import ValidationError

            raise ValidationError({"geometry": problem})

    @property
    def area_km2(self):
        return self.area_m2 / 1_000_000 if self.area_m2 else None


class Prognoseraum(AreaModel):
    level = Level.PROGNOSERAUM
    code = models.CharField("Schlüssel", max_length=4, unique=True, validators=[code_validator(4)])

    objects = AreaQuerySet.as_manager()

    class Meta(AreaModel.Meta):
        verbose_name = "Prognoseraum"
        verbose_name_plural = "Prognoseräume"


class BezirksregionQuerySet(AreaQuerySet):
    def for_pages(self, release=None):
        """With residents (newest release), Prognoseraum, GI focus and action area, by code;
        without the full outline (pages draw the web copy)."""
        return (
            self.with_population(release)
            .select_related("prognoseraum__gi_focus", "action_area")
            .defer("geometry", "prognoseraum__geometry", "prognoseraum__web_geometry")
            .order_by("code")
        )

    def for_maps(self):
        """With their web outline and action area, by code: what a drawn map needs."""
        return self.select_related("action_area").defer("geometry").order_by("code")

    def for_choices(self):
        """Name, slug and code, by code: what a form's choices and links need."""
        return self.only("pk", "name", "slug", "code").order_by("code")

    def with_population(self, release=None):
        release = release or _population_releases().latest_population()
        if release is None:
            return self.annotate(population=models.Value(None, models.IntegerField()))
        return self.annotate(
            population=models.Sum(
                "planungsraeume__indicator_values__value",
                filter=models.Q(
                    planungsraeume__indicator_values__release=release,
                    planungsraeume__indicator_values__indicator=POPULATION,
                ),
                output_field=models.IntegerField(),
            )
        )


class Bezirksregion(AreaModel):
    level = Level.BEZIRKSREGION
    code = models.CharField("Schlüssel", max_length=6, unique=True, validators=[code_validator(6)])
    prognoseraum = models.ForeignKey(
        Prognoseraum,
        verbose_name="Prognoseraum",
        on_delete=models.PROTECT,
        related_name="bezirksregionen",
    )

    objects = BezirksregionQuerySet.as_manager()

    class Meta(AreaModel.Meta):
        verbose_name = "Bezirksregion"
        verbose_name_plural = "Bezirksregionen"

    def get_absolute_url(self):
        return reverse("regions:detail", kwargs={"slug": self.slug})

    @property
    def is_action_area(self):
        return hasattr(self, "action_area")


class PlanungsraumQuerySet(AreaQuerySet):
    GEOMETRY_FIELDS = [
        f"{prefix}{name}"
        for prefix in ("", "bezirksregion__", "bezirksregion__prognoseraum__")
        for name in ("geometry", "web_geometry")
    ]

    def without_geometry(self):
        """With Bezirksregion and Prognoseraum, minus the polygons nobody here will draw."""
        return self.select_related("bezirksregion__prognoseraum").defer(*self.GEOMETRY_FIELDS)

    def at_district_edge(self):
        """Ids of the Planungsräume on Neukölln's outer border: streets there may go on into a
        neighbouring district."""
        areas = {pk: to_geos(geometry) for pk, geometry in self.values_list("pk", "geometry")}
        if not areas:
            return set()
        shapes = iter(areas.values())
        district = next(shapes)
        for shape in shapes:
            district = district.union(shape)
        outline = district.boundary.buffer(0.0002)  # about 15 m: the sources' borders wobble
        return {pk for pk, shape in areas.items() if shape.boundary.intersects(outline)}

    def with_population(self, release=None):
        release = release or _population_releases().latest_population()
        if release is None:
            return self.annotate(population=models.Value(None, models.IntegerField()))
        values = (
            _indicator_values()
            .filter(
                planungsraum=models.OuterRef("pk"),
                release=release,
                indicator=POPULATION,
            )
            .values("value")[:1]
        )
        return self.annotate(population=models.Subquery(values, output_field=models.IntegerField()))


class Planungsraum(AreaModel):
    level = Level.PLANUNGSRAUM
    code = models.CharField("Schlüssel", max_length=8, unique=True, validators=[code_validator(8)])
    bezirksregion = models.ForeignKey(
        Bezirksregion,
        verbose_name="Bezirksregion",
        on_delete=models.PROTECT,
        related_name="planungsraeume",
    )

    objects = PlanungsraumQuerySet.as_manager()

    class Meta(AreaModel.Meta):
        verbose_name = "Planungsraum"
        verbose_name_plural = "Planungsräume"

    def get_absolute_url(self):
        return f"{self.bezirksregion.get_absolute_url()}#plr-{self.code}"


class ActionArea(CheckedModel):
    """A Bezirksregion in which a Stadtteilkoordination works (a Handlungsraum)."""

    bezirksregion = models.OneToOneField(
        Bezirksregion,
        verbose_name="Bezirksregion",
        on_delete=models.PROTECT,
        related_name="action_area",
    )
    since = models.CharField(
        "Stadtteilkoordination seit",
        max_length=7,
        blank=True,
        validators=[partial_date_validator],
        help_text="JJJJ oder JJJJ-MM; leer lassen, wenn unbekannt.",
    )
    former_qm_name = models.CharField(
        "Verstetigtes Quartiersmanagement",
        max_length=160,
        blank=True,
        help_text="Das frühere QM-Gebiet, dessen Arbeit hier verstetigt wurde.",
    )
    qm_ended = models.CharField(
        "QM beendet",
        max_length=7,
        blank=True,
        validators=[partial_date_validator],
        help_text="JJJJ oder JJJJ-MM; leer lassen, wenn unbekannt.",
    )
    source_url = models.URLField("Quelle", max_length=500, blank=True)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Handlungsraum der Stadtteilkoordination"
        verbose_name_plural = "Handlungsräume der Stadtteilkoordination"
        ordering = ["bezirksregion__code"]

    def __str__(self):
        return self.bezirksregion.name

    @property
    def since_display(self):
        return dates.partial_display(self.since)

    @property
    def qm_ended_phrase(self):
        return dates.partial_phrase(self.qm_ended)


class GiFocusArea(CheckedModel):
    """A Prognoseraum where the Senate's Gemeinschaftsinitiative (GI) concentrates its work.

    Not to be confused with the Stadtteilkoordination action areas (Bezirksregionen)."""

    prognoseraum = models.OneToOneField(
        Prognoseraum,
        verbose_name="Prognoseraum",
        on_delete=models.PROTECT,
        related_name="gi_focus",
    )
    description = models.TextField("Kurzbeschreibung")
    verified = models.BooleanField(
        "Vom Amt bestätigt",
        default=False,
        help_text="Erst anhaken, wenn die Zuordnung vom Amt geprüft wurde.",
    )
    source_url = models.URLField("Quelle", max_length=500, blank=True)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        verbose_name = "Schwerpunkt der Gemeinschaftsinitiative"
        verbose_name_plural = "Schwerpunkte der Gemeinschaftsinitiative (GI)"
        ordering = ["prognoseraum__code"]

    def __str__(self):
        return f"GI: {self.prognoseraum.name}"
