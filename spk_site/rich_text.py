"""The rich text staff write (FAQ answers, pages, office and report descriptions): edited in
django-prose-editor, a ProseMirror editor that can only produce what is allowed here –
paragraphs, h2/h3, lists, links, bold and italic – and cleans pasted Word or web text.

The same allowlist is applied with nh3 when saved and again when rendered, so a row changed
behind the admin's back (a raw SQL fix, an old backup) still cannot put a script on a page."""

import nh3
from django.utils.safestring import mark_safe
from django_prose_editor.fields import ProseEditorField

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


def render_html(value):
    """Safe to put in a template: cleaned right here, whatever the database holds."""
    return mark_safe(clean_html(value))  # noqa: S308 (nh3 has just removed everything unsafe)


class StaffTextField(ProseEditorField):
    """A text staff write in the editor; cleaned with our allowlist when saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", dict(EDITOR_EXTENSIONS))
        kwargs.setdefault("sanitize", clean_html)
        super().__init__(*args, **kwargs)
