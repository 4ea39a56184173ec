"""What residents read in their language (django-modeltranslation), German the fallback.
Names of places stay as their operators write them."""

from modeltranslation.translator import TranslationOptions, register

from .models import Place, PlaceHours, PlaceKind


@register(PlaceKind)
class PlaceKindTranslation(TranslationOptions):
    fields = ("name", "plural")


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("description", "translation_checked")


@register(PlaceHours)
class PlaceHoursTranslation(TranslationOptions):
    fields = ("note",)
