from django.contrib import admin
from django.utils.html import format_html
from leaflet.admin import LeafletGeoAdminMixin
from reversion.admin import VersionAdmin

from spk_site.admin_forms import HttpsByDefaultAdmin

from .models import (
    ContactPerson,
    DistrictContact,
    FaqCategory,
    FaqEntry,
    Office,
    OpeningHours,
    Operator,
    Page,
)

admin.site.site_header = "SPK Neukölln – Redaktion"
admin.site.site_title = "SPK Neukölln"
admin.site.index_title = "Inhalte der Website pflegen"


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 1
    fields = ["weekday", "opens", "closes", "note"]


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    extra = 0
    fields = ["role", "name", "phone", "email", "order"]


@admin.register(Office)
class OfficeAdmin(HttpsByDefaultAdmin, LeafletGeoAdminMixin, VersionAdmin):
    list_display = ["name", "bezirksregion", "operator", "published", "has_location", "updated_at"]
    list_filter = ["published", "operator"]
    search_fields = ["name", "also_known_as", "street", "operator__name"]
    list_select_related = ["operator", "action_area__bezirksregion"]
    autocomplete_fields = ["operator"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["review_hint", "updated_at"]
    inlines = [OpeningHoursInline, ContactPersonInline]
    settings_overrides = {"DEFAULT_CENTER": (52.47, 13.44), "DEFAULT_ZOOM": 13}
    fieldsets = [
        (None, {"fields": ["review_hint", "name", "slug", "action_area", "also_known_as"]}),
        ("Träger", {"fields": ["operator"]}),
        (
            "Adresse und Lage",
            {"fields": ["street", "house_number", "postcode", "city", "location"]},
        ),
        ("Kontakt", {"fields": ["phone", "email", "website", "hours_note"]}),
        ("Hinweise für Besucherinnen und Besucher", {"fields": ["accessibility", "transport"]}),
        ("Redaktion", {"fields": ["published", "review_note", "sources", "updated_at"]}),
    ]

    @admin.display(description="Bezirksregion", ordering="action_area__bezirksregion__code")
    def bezirksregion(self, office):
        return office.action_area.bezirksregion.name

    @admin.display(description="Lage eingetragen", boolean=True)
    def has_location(self, office):
        return office.lon_lat is not None

    @admin.display(description="Noch zu prüfen")
    def review_hint(self, office):
        if not office.review_note:
            return "–"
        return format_html('<strong class="review-note">{}</strong>', office.review_note)


@admin.register(Operator)
class OperatorAdmin(HttpsByDefaultAdmin, VersionAdmin):
    list_display = ["name", "website"]
    search_fields = ["name"]


@admin.register(DistrictContact)
class DistrictContactAdmin(HttpsByDefaultAdmin, VersionAdmin):
    list_display = ["name", "street_line", "phone", "email"]

    def has_add_permission(self, request):
        return not DistrictContact.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False  # the district-level contact must always exist


@admin.register(FaqCategory)
class FaqCategoryAdmin(VersionAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(FaqEntry)
class FaqEntryAdmin(VersionAdmin):
    list_display = ["question", "category", "order", "published", "on_start_page", "updated_at"]
    list_filter = ["published", "category", "on_start_page"]
    list_editable = ["order"]
    search_fields = ["question", "answer", "slug"]
    prepopulated_fields = {"slug": ["question"]}
    fields = ["category", "question", "slug", "answer", "order", "on_start_page", "published"]

    def view_on_site(self, entry):
        return entry.get_absolute_url()


@admin.register(Page)
class PageAdmin(VersionAdmin):
    list_display = ["title", "slug", "is_draft", "published", "updated_at"]
    list_filter = ["published", "is_draft"]
    search_fields = ["title", "body", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "summary", "body", "is_draft", "published"]
