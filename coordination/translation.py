"""What residents read in their language (django-modeltranslation): one column per language,
German the default and the fallback. Names of places and offices stay German."""

from django.conf import settings
from django.utils import translation
from modeltranslation.translator import TranslationOptions, register

from .models import (
    DistrictContact,
    Event,
    FaqCategory,
    FaqEntry,
    NewsArticle,
    Office,
    OpeningHours,
    Page,
    Place,
    PlaceKind,
    SmallGrantFund,
)


@register(FaqCategory)
class FaqCategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(FaqEntry)
class FaqEntryTranslation(TranslationOptions):
    fields = ("question", "answer", "translation_checked")


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "translation_checked")


@register(Office)
class OfficeTranslation(TranslationOptions):
    fields = ("description", "hours_note", "accessibility", "transport", "translation_checked")


@register(OpeningHours)
class OpeningHoursTranslation(TranslationOptions):
    fields = ("note",)


@register(DistrictContact)
class DistrictContactTranslation(TranslationOptions):
    fields = ("hours_note",)


@register(Event)
class EventTranslation(TranslationOptions):
    fields = (
        "title",
        "description",
        "cost",
        "place_accessibility",
        "cancellation_reason",
        "translation_checked",
    )


@register(NewsArticle)
class NewsArticleTranslation(TranslationOptions):
    fields = ("title", "teaser", "body", "translation_checked")


@register(SmallGrantFund)
class SmallGrantFundTranslation(TranslationOptions):
    fields = ("summary", "how_to_apply", "who_decides", "translation_checked")


@register(PlaceKind)
class PlaceKindTranslation(TranslationOptions):
    fields = ("name", "plural")


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("description", "translation_checked")


def is_translated(obj, field):
    """Whether obj.field is shown in the reader's language (German pages always are)."""
    language = translation.get_language()
    return language == settings.LANGUAGE_CODE or bool(getattr(obj, f"{field}_{language}", ""))


def shown_in_german(obj, fields):
    """The fields with text that the reader sees in German, their translation being missing."""
    return frozenset(f for f in fields if getattr(obj, f, "") and not is_translated(obj, f))
