from django.contrib import admin
from django.utils.html import format_html
from leaflet.admin import LeafletGeoAdminMixin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from staff.admin_base import (
    GermanTimesAdmin,
    HttpsByDefaultAdmin,
    ScheduledAdmin,
    StaffVersionAdmin,
    TranslatedAdmin,
    lines_as_list,
)

from .models import (
    ContactPerson,
    DistrictContact,
    EasyLanguageText,
    FaqCategory,
    FaqEntry,
    LinkCheck,
    Message,
    Office,
    OfficeHours,
    Operator,
    Page,
    PageFeedback,
    SignLanguageVideo,
    forget_expired,
)


class OpeningHoursInline(GermanTimesAdmin, TranslationTabularInline):
    """Opening hours as rows under their office or place (each parent names its model)."""

    extra = 1
    fields = ["weekday", "opens", "closes", "note"]


class OfficeHoursInline(OpeningHoursInline):
    model = OfficeHours


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    extra = 0
    fields = ["role", "name", "phone", "email", "order"]


@admin.register(Office)
class OfficeAdmin(HttpsByDefaultAdmin, LeafletGeoAdminMixin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["name", "bezirksregion", "operator", "published", "has_location", "checked_on"]
    list_filter = ["published", "operator"]
    search_fields = ["name", "also_known_as", "street", "operator__name"]
    list_select_related = ["operator", "action_area__bezirksregion"]
    autocomplete_fields = ["operator"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["review_hint", "updated_at"]
    inlines = [OfficeHoursInline, ContactPersonInline]
    settings_overrides = {"DEFAULT_CENTER": (52.47, 13.44), "DEFAULT_ZOOM": 13}
    fieldsets = [
        (None, {"fields": ["review_hint", "name", "slug", "action_area", "also_known_as"]}),
        ("Beschreibung", {"fields": ["description", "translation_checked"]}),
        ("Träger", {"fields": ["operator", "operator_confirmed"]}),
        (
            "Adresse und Lage",
            {"fields": ["building", "street", "house_number", "postcode", "city", "location"]},
        ),
        ("Kontakt", {"fields": ["phone", "email", "website", "hours_note"]}),
        ("Hinweise für Besucherinnen und Besucher", {"fields": ["accessibility", "transport"]}),
        (
            "Redaktion",
            {"fields": ["published", "checked_on", "review_note", "sources", "updated_at"]},
        ),
    ]

    @admin.display(description="Bezirksregion", ordering="action_area__bezirksregion__code")
    def bezirksregion(self, office):
        return office.action_area.bezirksregion.name

    @admin.display(description="Lage eingetragen", boolean=True)
    def has_location(self, office):
        return office.lon_lat is not None

    @admin.display(description="Noch zu prüfen")
    def review_hint(self, office):
        return lines_as_list(office.review_note)


@admin.register(Operator)
class OperatorAdmin(HttpsByDefaultAdmin, StaffVersionAdmin):
    list_display = ["name", "website"]
    search_fields = ["name"]


@admin.register(DistrictContact)
class DistrictContactAdmin(HttpsByDefaultAdmin, StaffVersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "street_line", "phone", "email", "checked_on"]
    fields = [
        "name",
        "building",
        "street",
        "house_number",
        "postcode",
        "city",
        "room",
        "phone",
        "email",
        "switchboard",
        "website",
        "hours_note",
        "checked_on",
        "sources",
    ]

    def has_add_permission(self, request):
        return not DistrictContact.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False  # the district-level contact must always exist


@admin.register(FaqCategory)
class FaqCategoryAdmin(StaffVersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(FaqEntry)
class FaqEntryAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["question", "category", "order", "published", "on_start_page", "checked_on"]
    list_filter = ["published", "category", "on_start_page"]
    list_editable = ["order"]
    search_fields = ["question", "answer", "slug"]
    prepopulated_fields = {"slug": ["question"]}
    fields = [
        "category",
        "question",
        "slug",
        "answer",
        "order",
        "on_start_page",
        "checked_on",
        "translation_checked",
        "published",
    ]

    def view_on_site(self, entry):
        return entry.get_absolute_url()


@admin.register(Page)
class PageAdmin(ScheduledAdmin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "slug", "is_draft", "visibility", "checked_on"]
    list_filter = ["published", "is_draft"]
    search_fields = ["title", "body", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fields = [
        "title",
        "slug",
        "summary",
        "body",
        "open_points",
        "is_draft",
        "checked_on",
        "translation_checked",
        "published",
        ("publish_from", "visible_until"),
    ]


@admin.register(LinkCheck)
class LinkCheckAdmin(admin.ModelAdmin):
    """What `manage.py check_links` found; read only."""

    list_display = ["url", "found_in", "result", "checked_at"]
    list_filter = ["broken"]
    search_fields = ["url", "found_in"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(EasyLanguageText)
class EasyLanguageTextAdmin(StaffVersionAdmin):
    list_display = ["title", "required", "reviewed_by_test_group", "published", "checked_on"]
    list_filter = ["published", "reviewed_by_test_group", "required"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fields = [
        "title",
        "slug",
        "body",
        "order",
        "required",
        "reviewed_by_test_group",
        "checked_on",
        "published",
    ]

    def view_on_site(self, text):
        return text.get_absolute_url()


@admin.register(SignLanguageVideo)
class SignLanguageVideoAdmin(StaffVersionAdmin):
    list_display = ["title", "published", "order"]
    list_filter = ["published"]
    fields = [
        "title",
        "video_mp4",
        "video_webm",
        "captions",
        "poster",
        "transcript",
        "order",
        "published",
    ]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """What visitors wrote; deleted automatically after 90 days (Datenschutzerklärung)."""

    list_display = ["created_at", "topic", "office", "name", "reply_to", "mailed", "handled"]
    list_filter = ["handled", "delivery", "topic", "office"]
    list_editable = ["handled"]
    search_fields = ["text", "name", "reply_to"]
    readonly_fields = [
        "office",
        "topic",
        "name",
        "reply_to",
        "text",
        "sent_from",
        "created_at",
        "delivery",
        "sent_to",
        "delivery_note",
    ]
    fields = readonly_fields + ["handled"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False  # visitors write them, on the website

    @admin.display(description="E-Mail", ordering="delivery")
    def mailed(self, message):
        text = message.get_delivery_display()
        if message.delivery == Message.Delivery.SENT:
            text = f"gesendet an {message.sent_to}"
        if message.delivery == Message.Delivery.FAILED:
            return format_html('<strong class="attention">{}</strong>', text)
        return text

    def changelist_view(self, request, extra_context=None):
        forget_expired()  # nobody reads what the Datenschutzerklärung says is gone
        return super().changelist_view(request, extra_context)


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    """„War diese Seite hilfreich?“ per page: counts at the top, the hints below."""

    list_display = ["created_at", "path", "helpful", "comment"]
    list_filter = ["helpful", "path"]
    search_fields = ["path", "comment"]
    readonly_fields = ["path", "helpful", "comment", "created_at"]
    date_hierarchy = "created_at"
    change_list_template = "admin/coordination/pagefeedback/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        from django.db.models import Count, Q

        forget_expired()  # the counts show only what is still kept
        per_page = (
            PageFeedback.objects.values("path")
            .annotate(
                yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
            )
            .order_by("-no", "path")[:50]
        )
        return super().changelist_view(request, {**(extra_context or {}), "per_page": per_page})
