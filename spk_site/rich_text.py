"""The rich text staff write (FAQ answers, pages, office and report descriptions): edited in
django-prose-editor, a ProseMirror editor that can only produce what is allowed here –
paragraphs, h2/h3, lists, links, bold and italic – and cleans pasted Word or web text.

The allowlist is applied with nh3 once, where the text is stored: in the field's pre_save, so
the admin, the ORM, importers and fixtures all store clean HTML, in every language's column
(django-modeltranslation copies the field per language). Templates then show the stored text
as it is (the `rich_text` filter)."""

import re

import nh3
from django.utils.safestring import mark_safe
from django_prose_editor.fields import ProseEditorField, ProseEditorFormField

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "b", "i", "h2", "h3", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# What the editor offers: exactly the allowlist above.
EDITOR_EXTENSIONS = {
    "Paragraph": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"protocols": ["http", "https", "mailto", "tel"], "enableTarget": False},
    "Bold": True,
    "Italic": True,
    "HardBreak": True,
}


def clean_html(value):
    return nh3.clean(
        value or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def stored_html(value):
    """Text of a StaffTextField, safe to put in a template: it was cleaned when stored."""
    return mark_safe(value or "")  # noqa: S308 (cleaned by StaffTextField.pre_save)


EMPTY_MARKUP = re.compile(r"^(<p>(\s|<br>|&nbsp;)*</p>|\s)*$")


def same_text(first, second):
    """Whether two stored texts say the same: the editor writes "<p></p>" for nothing, and
    whitespace between tags means nothing either."""

    def normal(value):
        value = clean_html(value or "")
        return "" if EMPTY_MARKUP.match(value) else re.sub(r">\s+<", "><", value.strip())

    return normal(first) == normal(second)


class StaffTextFormField(ProseEditorFormField):
    def has_changed(self, initial, data):
        """Only a real change counts: the history then names just the texts and languages
        an editor changed, not every language column the editor re-sent."""
        return not same_text(initial, data)


class StaffTextField(ProseEditorField):
    """A text staff write in the editor; cleaned with our allowlist when saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", dict(EDITOR_EXTENSIONS))
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.__class__ = StaffTextFormField  # the editor's field, with our idea of a change
        return field

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        if value is None:
            return None
        cleaned = clean_html(value)
        # The original field of a translated model reads and writes the reader's language
        # (modeltranslation's descriptor); only a column of its own is written back.
        if cleaned != value and not _reads_through_translation(model_instance, self.attname):
            setattr(model_instance, self.attname, cleaned)
        return cleaned


def _reads_through_translation(instance, attname):
    descriptor = type(instance).__dict__.get(attname)
    return type(descriptor).__module__.startswith("modeltranslation")
