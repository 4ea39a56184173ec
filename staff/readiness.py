"""„Was fehlt noch?“ – every fact still missing or unconfirmed before the site can go live,
each with the form that fixes it. Required items block the launch; the others are worth doing.

Each app knows its own gaps and registers a function for them in its AppConfig.ready()
(`register(gaps_of_my_app)`); the admin's start page asks them all on each visit (staff pages
are never cached)."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

_sources = []


@dataclass(frozen=True)
class Gap:
    subject: str
    text: str
    url: str
    required: bool
    translation: bool = False  # a missing or unchecked translation (listed on its own)


def register(source):
    """source(today) yields the Gaps of one app."""
    if source not in _sources:
        _sources.append(source)


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def gaps(today=None):
    today = today or timezone.localdate()
    return [gap for source in _sources for gap in source(today)]


def ready_to_launch(found=None):
    return not any(gap.required for gap in (gaps() if found is None else found))


LANGUAGE_NAMES = {"en": "Englisch", "tr": "Türkisch", "ar": "Arabisch"}


def translation_gaps(translated):
    """Per language: which texts residents read in German because nobody translated them,
    and which of our translations no editor has checked yet. `translated`: {model: fields}."""
    languages = [(code, LANGUAGE_NAMES[code]) for code, _name in settings.LANGUAGES if code != "de"]
    for model, fields in translated.items():
        for obj in model.objects.all():
            if not any(getattr(obj, f"{field}_de") for field in fields):
                continue  # nothing to translate (an office without description)
            url = change_url(obj)
            for code, name in languages:
                missing = [
                    str(model._meta.get_field(field).verbose_name)
                    for field in fields
                    if getattr(obj, f"{field}_de") and not getattr(obj, f"{field}_{code}")
                ]
                if missing:
                    yield Gap(
                        str(obj),
                        f"{name}: Übersetzung fehlt ({', '.join(missing)}).",
                        url,
                        False,
                        translation=True,
                    )
                elif not getattr(obj, f"translation_checked_{code}"):
                    yield Gap(
                        str(obj),
                        f"{name}: Übersetzung noch nicht geprüft.",
                        url,
                        False,
                        translation=True,
                    )
