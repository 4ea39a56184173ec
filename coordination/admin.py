import datetime
import uuid

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from leaflet.admin import LeafletGeoAdminMixin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from spk_site.admin_forms import (
    GermanTimesAdmin,
    HttpsByDefaultAdmin,
    StaffVersionAdmin,
)

from .models import (
    ContactPerson,
    DistrictContact,
    EasyLanguageText,
    Event,
    FaqCategory,
    FaqEntry,
    LinkCheck,
    NewsArticle,
    Office,
    OpeningHours,
    Operator,
    Page,
    Place,
    PlaceKind,
    SignLanguageVideo,
    SmallGrantFund,
)

admin.site.site_header = "SPK Neukölln – Redaktion"
admin.site.site_title = "SPK Neukölln"
admin.site.index_title = "Inhalte der Website pflegen"


class OpeningHoursInline(GermanTimesAdmin, TranslationTabularInline):
    model = OpeningHours
    extra = 1
    fields = ["weekday", "opens", "closes", "note"]


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    extra = 0
    fields = ["role", "name", "phone", "email", "order"]


def lines_as_list(text):
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return "–"
    return format_html(
        '<ul class="review-note">{}</ul>',
        format_html_join("", "<li>{}</li>", ((line,) for line in lines)),
    )


# "Übersetzung geprüft" exists per language; German is the original, there is nothing to check.
GERMAN_NEEDS_NO_CHECK = "translation_checked_de"


class TranslatedAdmin(TabbedTranslationAdmin):
    """One tab per language (django-modeltranslation), without a check box for German."""

    exclude = [GERMAN_NEEDS_NO_CHECK]

    def get_fieldsets(self, request, obj=None):
        return [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f != GERMAN_NEEDS_NO_CHECK]},
            )
            for name, options in super().get_fieldsets(request, obj)
        ]


@admin.register(Office)
class OfficeAdmin(HttpsByDefaultAdmin, LeafletGeoAdminMixin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["name", "bezirksregion", "operator", "published", "has_location", "checked_on"]
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
class PageAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "slug", "is_draft", "published", "checked_on"]
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


class NextThirtyDaysFilter(admin.SimpleListFilter):
    """Termine with a date in the next 30 days (series included)."""

    title = "Zeitraum"
    parameter_name = "zeitraum"

    def lookups(self, request, model_admin):
        return [("30", "Nächste 30 Tage"), ("kommend", "Alle kommenden"), ("vorbei", "Vorbei")]

    def queryset(self, request, queryset):
        from .occurrences import occurrences

        today = timezone.localdate()
        if self.value() == "vorbei":
            return queryset.exclude(pk__in=Event.objects.not_over(today))
        coming = queryset.not_over(today)
        if self.value() == "kommend":
            return coming
        if self.value() == "30":
            until = today + datetime.timedelta(days=30)
            soon = [event.pk for event in coming if occurrences(event, today, until)]
            return queryset.filter(pk__in=soon)
        return queryset


@admin.register(Event)
class EventAdmin(HttpsByDefaultAdmin, StaffVersionAdmin, TranslatedAdmin):
    list_display = [
        "title",
        "starts_on",
        "start_time",
        "repeat",
        "organiser",
        "published",
        "cancelled",
    ]
    list_filter = [NextThirtyDaysFilter, "published", "cancelled", "kind", "organiser_office"]
    search_fields = ["title", "place_name", "organiser_name"]
    date_hierarchy = "starts_on"
    prepopulated_fields = {"slug": ["title"]}
    list_select_related = ["organiser_office"]
    actions = ["copy_events"]
    formfield_overrides = {
        **HttpsByDefaultAdmin.formfield_overrides,
        **GermanTimesAdmin.formfield_overrides,
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "description"]}),
        (
            "Wann",
            {
                "fields": [
                    ("starts_on", "start_time"),
                    ("ends_on", "end_time"),
                    "repeat",
                    "repeat_until",
                    "exceptions",
                ]
            },
        ),
        ("Wo", {"fields": ["place_office", "place_name", "place_address", "place_accessibility"]}),
        (
            "Wer",
            {
                "fields": [
                    "organiser_office",
                    "organised_by_district",
                    "organiser_name",
                    "bezirksregionen",
                ],
                "description": "Genau eine Veranstalterin: eine Stadtteilkoordination, die OE SPK "
                "oder eine andere Organisation.",
            },
        ),
        ("Teilnahme", {"fields": ["cost", "languages", "registration_url", "registration_email"]}),
        ("Absage", {"fields": ["cancelled", "cancellation_reason"]}),
        ("Redaktion", {"fields": ["published", "checked_on", "translation_checked"]}),
    ]

    @admin.display(description="Veranstaltet von")
    def organiser(self, event):
        return event.organiser_label

    @admin.action(description="Ausgewählte Termine als Entwurf kopieren")
    def copy_events(self, request, queryset):
        copies = 0
        for event in queryset.prefetch_related("bezirksregionen"):
            regions = list(event.bezirksregionen.all())
            event.pk = event.id = None
            event._state.adding = True
            event.uid = uuid.uuid4()
            event.sequence = 0
            event.published = False
            event.cancelled = False
            event.cancellation_reason = ""
            event.checked_on = None
            event.slug = _free_slug(f"{event.slug}-kopie")
            event._prefetched_objects_cache = {}  # the copy has no regions until set below
            event.save()
            event.bezirksregionen.set(regions)
            copies += 1
        self.message_user(
            request,
            f"{copies} Termin(e) kopiert – als Entwurf, nicht veröffentlicht. Bitte Datum und "
            "Adresskürzel anpassen.",
            messages.SUCCESS,
        )

    def view_on_site(self, event):
        return event.get_absolute_url()

    def has_delete_permission(self, request, obj=None):
        """A published Termin that took place stays (the archive keeps it); cancel instead."""
        if obj is not None and obj.published and obj.starts_on < timezone.localdate():
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # one by one, so past ones can be refused
        return actions


def _free_slug(slug):
    candidate, number = slug, 2
    while Event.objects.filter(slug=candidate).exists():
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


@admin.register(NewsArticle)
class NewsArticleAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "published_on", "office", "published", "checked_on"]
    list_filter = ["published", "office"]
    search_fields = ["title", "teaser", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fields = [
        "title",
        "slug",
        "published_on",
        "teaser",
        "body",
        "office",
        "bezirksregionen",
        "published",
        "checked_on",
        "translation_checked",
    ]

    def view_on_site(self, article):
        return article.get_absolute_url()


@admin.register(SmallGrantFund)
class SmallGrantFundAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["name", "office", "facts_confirmed", "published", "checked_on"]
    list_filter = ["facts_confirmed", "published"]
    fields = [
        "office",
        "name",
        "summary",
        "budget_per_year",
        "maximum_per_application",
        "how_to_apply",
        "who_decides",
        "facts_confirmed",
        "sources",
        "source_date",
        "published",
        "checked_on",
        "translation_checked",
    ]

    def view_on_site(self, fund):
        return fund.get_absolute_url()


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


class PlaceOpeningHoursInline(OpeningHoursInline):
    fk_name = "place"


@admin.register(Place)
class PlaceAdmin(HttpsByDefaultAdmin, LeafletGeoAdminMixin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["name", "kind", "bezirksregion", "capacity", "published", "checked_on"]
    list_filter = ["kind", "published", "planungsraum__bezirksregion", FaultyListPhoneFilter]
    search_fields = ["name", "street", "operator_name", "kita_number"]
    list_select_related = ["kind", "planungsraum__bezirksregion"]
    readonly_fields = ["bezirksregion", "official_facts"]
    inlines = [PlaceOpeningHoursInline]
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
