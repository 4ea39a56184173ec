"""What residents read in their language (django-modeltranslation): one column per language,
German the default and the fallback. Names of places and offices stay German."""

from modeltranslation.translator import TranslationOptions, register

from .models import DistrictContact, FaqCategory, FaqEntry, Office, OfficeHours, Page


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


@register(OfficeHours)
class OfficeHoursTranslation(TranslationOptions):
    fields = ("note",)


@register(DistrictContact)
class DistrictContactTranslation(TranslationOptions):
    fields = ("hours_note",)
