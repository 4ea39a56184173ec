import datetime
import uuid

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone

from staff.admin_base import (
    GermanTimesAdmin,
    HttpsByDefaultAdmin,
    ScheduledAdmin,
    StaffVersionAdmin,
    TranslatedAdmin,
)

from .models import Event, NewsArticle, SmallGrantFund


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
class EventAdmin(HttpsByDefaultAdmin, ScheduledAdmin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "starts_on", "start_time", "organiser", "visibility", "cancelled"]
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
        (
            "Wo",
            {
                "fields": [
                    "place_office",
                    "place_name",
                    "place_address",
                    "online_url",
                    "place_accessibility",
                ],
                "description": "Ein veröffentlichter Termin braucht einen Ort mit Adresse "
                "(oder ein Büro, dessen Adresse eingetragen ist) oder einen Link zur "
                "Online-Teilnahme.",
            },
        ),
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
        (
            "Redaktion",
            {
                "fields": [
                    "published",
                    ("publish_from", "visible_until"),
                    "checked_on",
                    "translation_checked",
                ]
            },
        ),
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
class NewsArticleAdmin(ScheduledAdmin, StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "published_on", "office", "visibility", "checked_on"]
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
        ("publish_from", "visible_until"),
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
