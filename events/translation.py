"""What residents read in their language (django-modeltranslation), German the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Event, NewsArticle, SmallGrantFund


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
