"""The staff-written parts of a profile in every language, German the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Goal, Handlungsfeld, Measure, ProfileText


@register(ProfileText)
class ProfileTextTranslation(TranslationOptions):
    fields = ("body", "written_with", "translation_checked")


@register(Handlungsfeld)
class HandlungsfeldTranslation(TranslationOptions):
    fields = ("title", "description", "translation_checked")


@register(Goal)
class GoalTranslation(TranslationOptions):
    fields = ("title", "description", "translation_checked")


@register(Measure)
class MeasureTranslation(TranslationOptions):
    fields = ("title", "description", "translation_checked")
