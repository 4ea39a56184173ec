"""Two versions of an entry side by side, for staff: only the fields that differ, words taken
out struck through on the left, words added marked on the right. Reached from the entry's
history ("Mit der Fassung davor vergleichen"); any two versions can be chosen there.

django-reversion-compare does the same, but its history table has unlabelled radio buttons
and an inline style our admin's Content-Security-Policy refuses; this is the part we need."""

import difflib
import html
import re

from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from reversion.models import Version

# Fields every save changes or that only the machinery reads.
NOT_COMPARED = {"id", "updated_at", "created_at"}
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.I)
TAG = re.compile(r"<[^>]+>")
TOKENS = re.compile(r"\s+|[^\s]+")
WHITESPACE = re.compile(r"\s+")


def readable(value, field):
    """A stored value as an editor reads it: text without HTML tags, yes/no, a date."""
    if value is None or value == "":
        return "–"
    if isinstance(field, models.BooleanField):
        return "ja" if value else "nein"
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else f"gelöscht (Nr. {value})"
    if isinstance(value, str):
        flowing = WHITESPACE.sub(" ", value)  # line breaks in the source are no paragraphs
        text = html.unescape(TAG.sub("", BLOCK_END.sub("\n", flowing)))
        return "\n".join(line.strip() for line in text.splitlines() if line.strip()) or "–"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "–"
    return formats.localize(value)


def side_by_side(old, new):
    """(old, new) as HTML: what went <del>, what came <ins>, word by word."""
    old_words, new_words = TOKENS.findall(old), TOKENS.findall(new)
    left, right = [], []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        before, after = "".join(old_words[a1:a2]), "".join(new_words[b1:b2])
        if operation == "equal":
            left.append(format_html("{}", before))
            right.append(format_html("{}", after))
            continue
        if before:
            left.append(format_html("<del>{}</del>", before))
        if after:
            right.append(format_html("<ins>{}</ins>", after))
    return (
        format_html_join("", "{}", ((part,) for part in left)),
        format_html_join("", "{}", ((part,) for part in right)),
    )


def differences(model, older, newer):
    """[(label, old html, new html)] for every field whose value differs."""
    rows = []
    old_values, new_values = older.field_dict, newer.field_dict
    translated = {name[:-3] for name in new_values if name.endswith("_de")}
    for field in model._meta.concrete_fields:
        name = field.attname
        if name in NOT_COMPARED or field.name in translated:
            continue  # the untranslated column repeats the German one
        before = readable(old_values.get(name), field)
        after = readable(new_values.get(name), field)
        if before != after:
            rows.append((str(field.verbose_name), *side_by_side(before, after)))
    return rows


def version_label(version, versions):
    """'Fassung 3 · 3. Dezember 2026 12:40 · redakteurin' (numbered from the first)."""
    number = len(versions) - versions.index(version)
    when = formats.date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
    user = version.revision.user
    return " · ".join(
        part for part in (f"Fassung {number}", when, user.get_username() if user else "") if part
    )


class ChooseVersionsForm(forms.Form):
    von = forms.TypedChoiceField(label="Ältere Fassung", coerce=int)
    bis = forms.TypedChoiceField(label="Neuere Fassung", coerce=int)

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(version.pk, version_label(version, versions)) for version in versions]
        for field in self.fields.values():
            field.choices = choices
            field.error_messages["invalid_choice"] = (
                "Diese Fassung gibt es nicht. Bitte wählen Sie aus der Liste."
            )


class CompareVersionsMixin:
    """For django-reversion's VersionAdmin: a comparison page and links to it in the history."""

    object_history_template = "admin/version_history.html"

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/vergleich/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def _versions(self, object_id):
        return list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision", "revision__user")
            .order_by("-pk")
        )

    def _compare_url(self, object_id):
        opts = self.model._meta
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_compare",
            args=(quote(unquote(object_id)),),
        )

    def history_view(self, request, object_id, extra_context=None):
        versions = self._versions(object_id)
        url = self._compare_url(object_id)
        opts = self.model._meta
        revision_url = f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision"
        rows = [
            {
                "revision": version.revision,
                "url": reverse(revision_url, args=(quote(version.object_id), version.pk)),
                "compare_url": f"{url}?von={versions[index + 1].pk}&bis={version.pk}"
                if index + 1 < len(versions)
                else "",
            }
            for index, version in enumerate(versions)
        ]
        context = {"history_rows": rows, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        versions = self._versions(object_id)
        if len(versions) < 2:
            raise Http404("Von diesem Eintrag gibt es nur eine Fassung.")
        query = request.GET if "von" in request.GET or "bis" in request.GET else None
        form = ChooseVersionsForm(
            query, versions=versions, initial={"von": versions[1].pk, "bis": versions[0].pk}
        )
        status, rows, older, newer = 200, [], versions[1], versions[0]
        if form.is_bound:
            if form.is_valid():
                by_pk = {version.pk: version for version in versions}
                older, newer = by_pk[form.cleaned_data["von"]], by_pk[form.cleaned_data["bis"]]
                if older.pk > newer.pk:
                    older, newer = newer, older
            else:
                status = 400
        if status == 200:
            rows = differences(self.model, older, newer)
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "title": f"Fassungen vergleichen: {versions[0].object_repr}",
            "form": form,
            "rows": rows,
            "older": version_label(older, versions),
            "newer": version_label(newer, versions),
            "history_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
                args=(quote(unquote(object_id)),),
            ),
            "object_id": object_id,
        }
        return render(request, "admin/version_compare.html", context, status=status)
