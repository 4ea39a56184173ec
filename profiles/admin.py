"""The staff's side of the profiles: their texts (with versions and translations), the PDFs
built, and on each Bezirksregion a „Profil“ link with the time of its last build."""

from django import forms
from django.contrib import admin
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.html import format_html
from django.utils.timezone import localtime

from regions.admin import BezirksregionAdmin
from staff.admin_base import StaffVersionAdmin, TranslatedAdmin

from .models import (
    Goal,
    Handlungsfeld,
    Measure,
    MeasureStatusChange,
    ProfileBuild,
    ProfileText,
    Suggestion,
)
from .suggestions import forget_expired_suggestions


@admin.register(ProfileText)
class ProfileTextAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["part", "profile", "published", "updated_at"]
    list_filter = ["part", "published", "bezirksregion"]
    list_select_related = ["bezirksregion"]
    fields = [
        "bezirksregion",
        "whole_district",
        "part",
        "body",
        "written_with",
        "published",
        "checked_on",
        "translation_checked",
    ]
    search_fields = ["body", "written_with"]

    @admin.display(description="Profil", ordering="bezirksregion__code")
    def profile(self, text):
        return text.bezirksregion.name if text.bezirksregion_id else "Ganzer Bezirk"


@admin.register(ProfileBuild)
class ProfileBuildAdmin(admin.ModelAdmin):
    """Built by the site (manage.py build_profiles, or on the first request after a change)."""

    list_display = ["key", "language", "pages", "size", "seconds", "built_at"]
    list_filter = ["language"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _with_last_build(regions):
    newest = ProfileBuild.objects.filter(key=OuterRef("slug")).order_by("-built_at")
    return regions.annotate(profile_built_at=Subquery(newest.values("built_at")[:1]))


@admin.display(description="Profil")
def profile_links(region):
    return format_html(
        '<a href="{}">Profil</a> · <a href="{}">PDF</a>',
        reverse("profiles:detail", args=[region.slug]),
        reverse("profiles:detail-pdf", args=[region.slug]),
    )


@admin.display(description="PDF zuletzt erstellt", ordering="profile_built_at")
def profile_built(region):
    built_at = getattr(region, "profile_built_at", None)
    return f"{localtime(built_at):%d.%m.%Y, %H:%M} Uhr" if built_at else "noch nie"


BezirksregionAdmin.add_column(profile_links)
BezirksregionAdmin.add_column(profile_built, annotate=_with_last_build)


PLAN_FIELDS = ["published", "publish_from", "visible_until", "checked_on", "translation_checked"]
MEASURE_FIELDS = [
    "goal",
    "title",
    "description",
    "responsible",
    "partners",
    "planungsraeume",
    "funding",
    "starts_on",
    "ends_on",
    "status",
    "status_since",
    *PLAN_FIELDS,
]


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = MEASURE_FIELDS

    def clean(self):
        cleaned = super().clean()
        goal, areas = cleaned.get("goal"), cleaned.get("planungsraeume")
        if goal is not None and areas:
            self.instance.goal = goal
            problem = self.instance.planungsraeume_problem(areas)
            if problem:
                self.add_error("planungsraeume", problem)
        return cleaned


class StatusChangeInline(admin.TabularInline):
    model = MeasureStatusChange
    fields = ["status", "changed_on", "recorded_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Handlungsfeld)
class HandlungsfeldAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "bezirksregion", "order", "published"]
    list_filter = ["bezirksregion", "published"]
    list_select_related = ["bezirksregion"]
    fields = ["bezirksregion", "title", "description", "order", *PLAN_FIELDS]
    search_fields = ["title", "description"]


@admin.register(Goal)
class GoalAdmin(StaffVersionAdmin, TranslatedAdmin):
    list_display = ["title", "handlungsfeld", "published"]
    list_filter = ["handlungsfeld__bezirksregion", "published"]
    list_select_related = ["handlungsfeld__bezirksregion"]
    fields = ["handlungsfeld", "title", "description", "order", *PLAN_FIELDS]
    search_fields = ["title", "description"]


@admin.register(Measure)
class MeasureAdmin(StaffVersionAdmin, TranslatedAdmin):
    form = MeasureForm
    list_display = ["title", "goal", "status", "status_since", "published"]
    list_filter = ["goal__handlungsfeld__bezirksregion", "status", "published"]
    list_select_related = ["goal__handlungsfeld__bezirksregion"]
    fields = MEASURE_FIELDS
    filter_horizontal = ["planungsraeume"]
    inlines = [StatusChangeInline]
    search_fields = ["title", "description", "responsible", "partners"]


class AnsweredFilter(admin.SimpleListFilter):
    title = "Beantwortet"
    parameter_name = "beantwortet"

    def lookups(self, request, model_admin):
        return [("nein", "noch nicht"), ("ja", "ja")]

    def queryset(self, request, queryset):
        if self.value() == "nein":
            return queryset.filter(answer="")
        if self.value() == "ja":
            return queryset.exclude(answer="")
        return queryset


@admin.register(Suggestion)
class SuggestionAdmin(StaffVersionAdmin):
    """What residents suggested on a profile: staff answer, may link a goal or measure, and
    publish (only with the writer's consent). Unpublished ones go after SUGGESTION_DAYS."""

    list_display = [
        "created_at",
        "bezirksregion",
        "handlungsfeld",
        "may_publish",
        "answered_on",
        "published",
    ]
    list_filter = [AnsweredFilter, "bezirksregion", "published", "may_publish"]
    list_select_related = ["bezirksregion", "handlungsfeld"]
    fields = [
        "bezirksregion",
        "created_at",
        "handlungsfeld",
        "planungsraum",
        "text",
        "may_publish",
        "answer",
        "answered_on",
        "goal",
        "measure",
        "published",
    ]
    readonly_fields = ["bezirksregion", "created_at", "text", "may_publish"]
    search_fields = ["text", "answer"]

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        forget_expired_suggestions()  # the period the Datenschutzerklärung names
        return super().changelist_view(request, extra_context)
