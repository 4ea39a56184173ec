"""Rules every entry staff or an import file write must keep, checked on the model: the admin,
the ORM (save() checks them) and the importers refuse the same values, with a German message
that says what to do."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

# Invisible control characters (C0 without tab and line breaks, DEL, C1): never in any text a
# visitor, an editor or a file gives us. In a one-line field (a title, a name, a street) tabs
# and line breaks neither, where they would break a calendar line or a header. NUL never.
_INVISIBLE = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
INVISIBLE_CONTROLS = re.compile(f"[{_INVISIBLE}]")
CONTROL_CHARACTERS = re.compile(f"[{_INVISIBLE}\t\n\r]")
NUL = "\x00"
EARLIEST_DATE = datetime.date(2000, 1, 1)
YEARS_AHEAD = 10


def latest_date(today=None):
    """Ten years from today: further ahead nobody plans a Termin or a notice."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def date_problem(value, today=None):
    """A German message when the date lies outside what the site can show, else None."""
    if value is None:
        return None
    if value < EARLIEST_DATE:
        return f"Bitte ein Datum ab dem {EARLIEST_DATE:%d.%m.%Y} eingeben (Jahr vierstellig)."
    latest = latest_date(today)
    if value > latest:
        return f"Bitte ein Datum bis zum {latest:%d.%m.%Y} eingeben: so weit plant niemand voraus."
    return None


def text_problems(instance):
    """{field name: message} for one-line fields with control characters and any text with NUL."""
    problems = {}
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField):
            continue
        value = getattr(instance, field.attname, None)
        if not isinstance(value, str) or not value:
            continue
        name = getattr(field, "translated_field", field).name
        if isinstance(field, models.TextField):
            if NUL in value:
                problems[name] = "Der Text enthält ein unsichtbares Nullzeichen: bitte neu tippen."
        elif CONTROL_CHARACTERS.search(value):
            problems[name] = (
                "Bitte in einer Zeile schreiben: ohne Zeilenumbruch, Tabulator oder andere "
                "unsichtbare Steuerzeichen."
            )
    return problems


class CheckedModel(models.Model):
    """Text rules for every field, and the model's own rules on every save (not only in forms).
    Fixtures load around save() (raw), as Django means them to."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.full_clean(validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, message in text_problems(self).items():
            if exclude and name in exclude:
                continue
            errors.setdefault(name, []).append(message)
        if errors:
            raise ValidationError(errors)
