from django.contrib import admin
from leaflet.admin import LeafletGeoAdmin

from staff.admin_base import HttpsByDefaultAdmin, StaffVersionAdmin

from .models import (
    ActionArea,
    Bezirksregion,
    Dataset,
    GiFocusArea,
    IndicatorRelease,
    IndicatorValue,
    Planungsraum,
    Prognoseraum,
    Report,
)


class AreaAdmin(LeafletGeoAdmin):
    """Regions come from the official import; the admin is for looking and rare corrections."""

    search_fields = ["code", "name"]
    readonly_fields = ["updated_at"]
    prepopulated_fields = {"slug": ["name"]}
    settings_overrides = {"DEFAULT_CENTER": (52.45, 13.44), "DEFAULT_ZOOM": 12}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "geometry" in form.changed_data:
            # The whole layer again, together: neighbours keep identical borders.
            type(obj).objects.all().refresh_web_geometry()


@admin.register(Prognoseraum)
class PrognoseraumAdmin(AreaAdmin):
    list_display = ["code", "name", "area_m2", "updated_at"]


@admin.register(Bezirksregion)
class BezirksregionAdmin(AreaAdmin):
    """Other apps add what they keep per region as columns (a profile's link and last build):
    `BezirksregionAdmin.add_column(...)` from their admin module."""

    list_display = ["code", "name", "prognoseraum", "is_action_area", "area_m2"]
    list_filter = ["prognoseraum"]
    list_select_related = ["prognoseraum", "action_area"]
    added_columns = []  # (column, annotate the queryset or None)

    @classmethod
    def add_column(cls, column, annotate=None):
        """column: a function of a region, decorated with admin.display."""
        cls.added_columns.append((column, annotate))

    def get_list_display(self, request):
        return [*super().get_list_display(request), *(column for column, _ in self.added_columns)]

    def get_readonly_fields(self, request, obj=None):
        added = [column for column, _ in self.added_columns]
        return [*super().get_readonly_fields(request, obj), *added]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        for _column, annotate in self.added_columns:
            if annotate is not None:
                queryset = annotate(queryset)
        return queryset

    @admin.display(boolean=True, description="Stadtteilkoordination")
    def is_action_area(self, obj):
        return obj.is_action_area


@admin.register(Planungsraum)
class PlanungsraumAdmin(AreaAdmin):
    list_display = ["code", "name", "bezirksregion", "area_m2"]
    list_filter = ["bezirksregion__prognoseraum", "bezirksregion"]
    list_select_related = ["bezirksregion"]


@admin.register(ActionArea)
class ActionAreaAdmin(HttpsByDefaultAdmin, admin.ModelAdmin):
    list_display = ["bezirksregion", "since", "former_qm_name", "qm_ended"]
    search_fields = ["bezirksregion__name", "bezirksregion__code", "former_qm_name"]
    autocomplete_fields = ["bezirksregion"]


@admin.register(GiFocusArea)
class GiFocusAreaAdmin(HttpsByDefaultAdmin, StaffVersionAdmin):
    list_display = ["prognoseraum", "verified"]
    list_filter = ["verified"]
    autocomplete_fields = ["prognoseraum"]


@admin.register(Dataset)
class DatasetAdmin(HttpsByDefaultAdmin, StaffVersionAdmin):
    list_display = ["name", "publisher", "licence", "reference_date"]
    search_fields = ["name", "publisher"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(IndicatorRelease)
class IndicatorReleaseAdmin(admin.ModelAdmin):
    list_display = ["dataset", "reference_date", "imported_at"]
    list_filter = ["dataset"]
    date_hierarchy = "reference_date"

    def has_change_permission(self, request, obj=None):
        return False  # a release is what the source said; a correction is a new import


@admin.register(IndicatorValue)
class IndicatorValueAdmin(admin.ModelAdmin):
    list_display = ["indicator_name", "planungsraum", "bezirksregion", "value", "release"]
    list_filter = ["release", "indicator"]
    search_fields = ["planungsraum__code", "planungsraum__name", "indicator"]
    list_select_related = ["planungsraum", "bezirksregion", "release__dataset"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(StaffVersionAdmin):
    list_display = ["title", "published_on", "published", "file_size"]
    list_filter = ["published", "bezirksregionen"]
    search_fields = ["title", "description"]
    filter_horizontal = ["bezirksregionen"]
    date_hierarchy = "published_on"
    fields = ["title", "published_on", "description", "file", "bezirksregionen", "published"]
