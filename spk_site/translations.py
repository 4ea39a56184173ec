"""Which texts a reader sees in their own language (django-modeltranslation: one column per
language, German the default and the fallback)."""

from django.conf import settings
from django.utils import translation


def is_translated(obj, field):
    """Whether obj.field is shown in the reader's language (German pages always are)."""
    language = translation.get_language()
    return language == settings.LANGUAGE_CODE or bool(getattr(obj, f"{field}_{language}", ""))


def shown_in_german(obj, fields):
    """The fields with text that the reader sees in German, their translation being missing."""
    return frozenset(f for f in fields if getattr(obj, f, "") and not is_translated(obj, f))
