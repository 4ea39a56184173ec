"""The staff-written parts of a profile in every language, German the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProfileText


@register(ProfileText)
class ProfileTextTranslation(TranslationOptions):
    fields = ("body", "written_with", "translation_checked")
