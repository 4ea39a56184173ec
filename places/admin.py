from django.contrib import admin
from django.utils.html import format_html
from leaflet.admin import LeafletGeoAdminMixin
from modeltranslation.admin import TabbedTranslationAdmin

from coordination.admin import OpeningHoursInline
from staff.admin_base import HttpsByDefaultAdmin, StaffVersionAdmin, TranslatedAdmin

from .green import record_green_figures
from .models import GreenSpace, Place, PlaceHours, PlaceKind


@admin.register(PlaceKind)
class PlaceKindAdmin(StaffVersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "plural", "order", "licence"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "plural", "slug", "order", "source", "licence"]

    def has_delete_permission(self, request, obj=None):
        if obj is not None and (obj.official_list or obj.places.exists()):
            return False  # Kitas come from the official list; kinds in use stay
        return super().has_delete_permission(request, obj)


class FaultyListPhoneFilter(admin.SimpleListFilter):
    title = "Telefon aus der Kitaliste"
    parameter_name = "kitaliste_telefon"

    def lookups(self, request, model_admin):
        return [("fehlerhaft", "kann nicht stimmen")]

    def queryset(self, request, queryset):
        if self.value() == "fehlerhaft":
            faulty = [
                place.pk
                for place in queryset.filter(kita_number__isnull=False).only("kita_number", "phone")
                if place.phone_from_list_is_faulty
            ]
            return queryset.filter(pk__in=faulty)
        return queryset


class PlaceHoursInline(OpeningHoursInline):
    model = PlaceHours


@admin.register(Place)
class PlaceAdmin(HttpsByDefaultAdmin, LeafletGeoAdminMixin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["name", "kind", "bezirksregion", "capacity", "published", "checked_on"]
    list_filter = ["kind", "published", "planungsraum__bezirksregion", FaultyListPhoneFilter]
    search_fields = ["name", "street", "operator_name", "kita_number"]
    list_select_related = ["kind", "planungsraum__bezirksregion"]
    readonly_fields = ["bezirksregion", "official_facts"]
    inlines = [PlaceHoursInline]
    settings_overrides = {"DEFAULT_CENTER": (52.47, 13.44), "DEFAULT_ZOOM": 13}
    fieldsets = [
        (None, {"fields": ["kind", "name", "official_facts", "description"]}),
        (
            "Adresse und Lage",
            {
                "fields": [
                    "building",
                    "street",
                    "house_number",
                    "postcode",
                    "city",
                    "location",
                    "bezirksregion",
                ]
            },
        ),
        ("Kontakt", {"fields": ["operator_name", "phone", "email", "website"]}),
        (
            "Redaktion",
            {
                "fields": [
                    "published",
                    "checked_on",
                    "translation_checked",
                    "review_note",
                    "sources",
                ]
            },
        ),
    ]

    @admin.display(description="Bezirksregion", ordering="planungsraum__bezirksregion__name")
    def bezirksregion(self, place):
        region = place.bezirksregion
        return f"{region.name} (Planungsraum {place.planungsraum.name})" if region else "–"

    @admin.display(description="Aus der amtlichen Kitaliste")
    def official_facts(self, place):
        if not place.kita_number:
            return "–"
        facts = format_html(
            "Kita-Nr. {} · {} · {} Plätze · Stand {}. Kitas ändert nur der Import der "
            "nächsten Kitaliste (manage.py import_kitas).",
            place.kita_number,
            place.kita_type,
            place.capacity,
            f"{place.listed_on:%m/%Y}" if place.listed_on else "–",
        )
        if place.phone_from_list_is_faulty:
            facts += format_html(
                "<br><strong>Die Telefonnummer der Kitaliste „{}“ kann nicht stimmen</strong> "
                "und wird auf der Website nicht gezeigt. Bitte der Senatsverwaltung für Bildung, "
                "Jugend und Familie melden.",
                place.phone,
            )
        return facts

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "kind":  # Kitas come from the official list only
            kwargs["queryset"] = PlaceKind.objects.filter(official_list=False)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.kita_number:
            return False  # the next import would overwrite it; read only
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.kita_number:
            return False
        return super().has_delete_permission(request, obj)


@admin.register(GreenSpace)
class GreenSpaceAdmin(StaffVersionAdmin):
    """The official registers, replaced by the next import (manage.py import_green); staff
    only say whether a park charges entry, which takes it out of the green area per resident."""

    list_display = [
        "name",
        "kind",
        "ortsteil",
        "planungsraum",
        "area_m2",
        "net_play_area_m2",
        "charges_entry",
    ]
    list_filter = ["kind", "charges_entry", "planungsraum__bezirksregion"]
    search_fields = ["name", "name_suffix", "object_number"]
    list_select_related = ["planungsraum"]
    fields = [
        "kind",
        "name",
        "name_suffix",
        "ortsteil",
        "planungsraum",
        "area_m2",
        "net_play_area_m2",
        "year_built",
        "dedication",
        "listed_on",
        "charges_entry",
    ]
    readonly_fields = [field for field in fields if field != "charges_entry"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_green_figures()
