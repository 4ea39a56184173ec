"""What every staff form shares: web addresses default to https, times are typed as people
type them, restoring an earlier version says so in the history, one tab per language, and
notes for staff shown as a list."""

import datetime
import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminTimeWidget
from django.db import models
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from .version_compare import CompareVersionsMixin


class HttpsByDefaultAdmin:
    """A web address typed without scheme ("www.example.org") becomes https://, not http://."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


TIME_TYPED = re.compile(r"^(?P<hour>\d{1,2})(?:\s*[.:h]\s*(?P<minute>\d{2}))?\s*(?:uhr|h)?$", re.I)


class GermanTimeField(forms.TimeField):
    """18.30, 18:30, 18 Uhr or 14 – shown as 18:30."""

    widget = forms.TimeInput(format="%H:%M", attrs={"size": 6, "inputmode": "numeric"})
    default_error_messages = {
        "invalid": "Bitte eine Uhrzeit wie 18:30, 18.30 oder 18 Uhr eingeben.",
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        match = TIME_TYPED.match(str(value).strip())
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return datetime.time(0 if hour == 24 else hour, minute)


class GermanTimesAdmin:
    formfield_overrides = {
        models.TimeField: {
            "form_class": GermanTimeField,
            "widget": AdminTimeWidget(format="%H:%M", attrs={"size": 6}),
        }
    }


class StaffVersionAdmin(CompareVersionsMixin, VersionAdmin):
    """django-reversion's admin, whose history says "Wiederhergestellt" for a restore and
    compares any two versions side by side."""

    RESTORING_VIEWS = ("_revision", "_recover")

    def log_change(self, request, obj, message):
        match = getattr(request, "resolver_match", None)
        if request.method == "POST" and match and match.url_name.endswith(self.RESTORING_VIEWS):
            message = "Wiederhergestellt."
        return super().log_change(request, obj, message)


def _moment(value):
    local = timezone.localtime(value)
    minute = f":{local:%M}" if local.minute else ":00"
    return f"{local:%d.%m.}, {local.hour}{minute} Uhr"


def visibility_text(entry, now=None):
    """ "geplant ab 06.12., 9:00 Uhr", "sichtbar, läuft ab 31.12., 0:00 Uhr", "Entwurf" …"""
    state, moment = entry.visibility(now)
    if state == "draft":
        return "Entwurf (nicht veröffentlicht)"
    if state == "scheduled":
        ends = f", läuft ab {_moment(entry.visible_until)}" if entry.visible_until else ""
        return f"geplant ab {_moment(moment)}{ends}"
    if state == "ended":
        return f"abgelaufen am {_moment(moment)}"
    return f"sichtbar, läuft ab {_moment(moment)}" if moment else "sichtbar"


class ScheduledAdmin:
    """For entries with a publishing window: the list says what visitors see now and when
    that changes, and the save message says when the entry goes live."""

    @admin.display(description="Für Besucher", ordering="publish_from")
    def visibility(self, entry):
        return visibility_text(entry)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        state, _moment_ = obj.visibility()
        if state == "scheduled":
            self.message_user(
                request,
                f"„{obj}“ ist gespeichert und erscheint für Besucherinnen und Besucher am "
                f"{_moment(obj.publish_from)}; bis dahin sehen nur Sie es.",
                messages.WARNING,
            )
        elif state == "ended":
            self.message_user(
                request,
                f"„{obj}“ ist für Besucherinnen und Besucher nicht sichtbar: "
                f"{visibility_text(obj)}.",
                messages.WARNING,
            )


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


LANGUAGE_NAMES = {"en": "Englisch", "tr": "Türkisch", "ar": "Arabisch"}


class TranslatedAdmin(TabbedTranslationAdmin):
    """One tab per language (django-modeltranslation), without a check box for German. When
    the German text changes, each checked translation is marked „zu prüfen“ again, and the
    editor is told so."""

    exclude = [GERMAN_NEEDS_NO_CHECK]

    def save_model(self, request, obj, form, change):
        texts = [name for name in self.trans_opts.fields if name != "translation_checked"]
        german_changed = [name for name in texts if f"{name}_de" in form.changed_data]
        if change and german_changed:
            marked = []
            for code, name in LANGUAGE_NAMES.items():
                flag = f"translation_checked_{code}"
                if getattr(obj, flag, False) and flag not in form.changed_data:
                    setattr(obj, flag, False)
                    marked.append(name)
            if marked:
                self.message_user(
                    request,
                    "Der deutsche Text hat sich geändert. Die Übersetzung ins "
                    f"{_join(marked)} ist deshalb wieder „zu prüfen“ (in „Was fehlt noch?“).",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)

    def get_fieldsets(self, request, obj=None):
        return [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f != GERMAN_NEEDS_NO_CHECK]},
            )
            for name, options in super().get_fieldsets(request, obj)
        ]


def _join(names):
    """ "Englisch, Türkisch und Arabisch"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]
