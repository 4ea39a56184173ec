"""What the site search finds, declared by the app that owns it.

Each app lists its searchable things in its AppConfig.ready() (`register(MySource())`); the
`search` app builds its index from them, keeps it current after every commit and answers
queries. A source says which rows visitors can see (`rows()`), what one row reads like in the
reader's language (`document(row)`, called inside `translation.override`) and which models
change it. An app may also register a shortcut: a query that is really an address leads
straight to the lookup's answer. Nothing in `search` imports an app."""

import html as html_module
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import translation
from django.utils.html import strip_tags

from spk_site.translations import is_translated

_sources = {}
_shortcuts = []


@dataclass(frozen=True)
class Document:
    """One search result in one language: plain text only (templates escape it)."""

    title: str
    url: str
    text: str = ""  # what the excerpt is taken from
    keywords: str = ""  # other names people use: found like the text, never shown
    in_german: bool = False  # shown in German because its translation is missing
    rank: int = 0  # a small boost for what people look for most (offices, regions)
    visible_from: object = None  # a scheduled entry: found only from/until these times
    visible_until: object = None


def window(row):
    """(visible_from, visible_until) of a scheduled row, for Document(**window(row))."""
    return {
        "visible_from": getattr(row, "publish_from", None),
        "visible_until": getattr(row, "visible_until", None),
    }


@dataclass
class Source:
    """A kind of thing the search finds (Frage, Termin, Kita …)."""

    key: str  # stable, stored with every entry
    label: str  # the kind as residents read it, translated with gettext_lazy
    models: tuple = field(default_factory=tuple)  # a change to these re-indexes the row
    browse: object = None  # () -> (label, URL) of the list of all of them, for many hits

    def rows(self):
        """Everything visitors may see now (a QuerySet or any iterable)."""
        raise NotImplementedError

    def row_for(self, instance):
        """The row of `rows()` that a changed instance of one of `models` belongs to, or
        None when it belongs to no row visitors see. Default: the instance itself."""
        try:
            return self.rows().get(pk=instance.pk)
        except Exception:  # noqa: BLE001 (unpublished, deleted, or not a queryset)
            return None

    def row_id(self, row):
        return str(row.pk)

    def document(self, row):
        """The row in the active language, or None to leave it out."""
        raise NotImplementedError

    def documents(self, row):
        """(language, Document) for every language of the site."""
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                found = self.document(row)
            if found is not None:
                yield code, found


def register(source):
    _sources[source.key] = source


def sources():
    return dict(_sources)


def plain_text(html):
    """Stored rich text (already clean) as one line of plain text."""
    text = re.sub(r"<(?:br|/p|/li|/h[1-6]|/dd|/dt)\b[^>]*>", " ", html or "")
    return " ".join(html_module.unescape(strip_tags(text)).split())


def translated(obj, *fields):
    """(values of the fields in the active language, whether any is shown in German)."""
    values = [getattr(obj, name, "") or "" for name in fields]
    in_german = any(
        value and not is_translated(obj, name) for name, value in zip(fields, values, strict=True)
    )
    return values, in_german


class FixedPages(Source):
    """Pages whose words are in templates (the glossary, "Leichte Sprache", the lists): found
    by what they say, read from the page itself as visitors get it."""

    def __init__(self, key, label, url_names, rank=0, models=()):
        """`models`: rows shown on these pages; a change to one reads the pages anew."""
        super().__init__(key=key, label=label, models=tuple(models))
        self.url_names = tuple(url_names)
        self.rank = rank

    def rows(self):
        return self.url_names

    def row_id(self, row):
        return row

    def row_for(self, instance):
        return self.url_names[0] if len(self.url_names) == 1 else None

    def document(self, url_name):
        url = reverse(url_name)
        match = resolve(url)
        host = next((h.lstrip(".") for h in settings.ALLOWED_HOSTS if h != "*"), "localhost")
        request = RequestFactory(HTTP_HOST=host).get(url)
        request.user = AnonymousUser()
        request.resolver_match = match
        view = getattr(match.func, "__wrapped__", match.func)  # not through the page cache
        response = view(request, *match.args, **match.kwargs)
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return None
        title, text = _main_text(response.content.decode())
        return Document(title=title, url=url, text=text, rank=self.rank)


def _main_text(html):
    """(the h1, the text of <main> without forms, scripts and the feedback box)."""

    class Reader(HTMLParser):
        skipped = {"script", "style", "form", "svg", "template", "noscript"}

        def __init__(self):
            super().__init__()
            self.in_main = False
            self.skipping = 0
            self.in_h1 = False
            self.title = []
            self.text = []

        def handle_starttag(self, tag, attrs):
            if tag == "main":
                self.in_main = True
            elif tag in self.skipped:
                self.skipping += 1
            elif tag == "h1":
                self.in_h1 = True

        def handle_endtag(self, tag):
            if tag == "main":
                self.in_main = False
            elif tag in self.skipped and self.skipping:
                self.skipping -= 1
            elif tag == "h1":
                self.in_h1 = False

        def handle_data(self, data):
            if not self.in_main or self.skipping:
                return
            (self.title if self.in_h1 else self.text).append(data)

    reader = Reader()
    reader.feed(html)
    return " ".join(" ".join(reader.title).split()), " ".join(" ".join(reader.text).split())


def register_all(found):
    for source in found:
        register(source)


def register_shortcut(answer):
    """answer(query, versions) -> the URL a query leads to directly, or None."""
    _shortcuts.append(answer)


def shortcut(query, versions):
    """Where a query leads directly (an address to the lookup's answer), or None."""
    for answer in _shortcuts:
        target = answer(query, versions)
        if target:
            return target
    return None
