"""The recommendations in every language, German the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import BestBet


@register(BestBet)
class BestBetTranslation(TranslationOptions):
    fields = ("words", "title", "description")
