"""Parts of pages rendered once per process, not on every request.

The base layout (the header with the menu, the footer, the links in the head) is the same on
every page of a language; parts of an answer (an office's card, the places of a Planungsraum)
are the same for every address in that area until the content changes. A page that is never
cached (the lookup, search) renders only what depends on what the visitor asked.

    {% fragment "footer" %}…{% endfragment %}
    {% fragment "header" section %}…{% endfragment %}          one copy per value of section
    {% fragment "places" area.pk versions=answer.versions topics="places geography" when=ok %}

The key is the name, the language, the values and, with `versions` (a
spk_site.content_version.Versions read once per request), the versions of the named topics:
a change of those renders afresh. Nothing goes inside that depends on anything else (never on
what a visitor typed); `when` false renders without keeping. Changed settings (tests) forget
every copy."""

import threading
from collections import OrderedDict

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.base import render_value_in_context
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from .site_nav import MAIN_NAV

register = template.Library()

LIMIT = 1024  # layout parts: a few dozen; answer parts: a few per area and language
_rendered = OrderedDict()
_sections = {}  # language -> [(index, [urls of the section])]
_lock = threading.Lock()


@receiver(setting_changed)
def _forget(**kwargs):
    with _lock:
        _rendered.clear()
        _sections.clear()


def _hashable(value):
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_hashable(item) for item in value)
    if getattr(value, "pk", None) is not None:  # a row (or an area entry): its kind and key
        return (type(value).__name__, value.pk)
    return value


HOLE = "\x00hole\x00"  # where a kept fragment leaves room for a value of each request


class HoleNode(template.Node):
    """{% hole value %} inside a fragment: rendered afresh on every request (what a visitor
    typed into a form's field), the rest of the fragment kept."""

    def __init__(self, value):
        self.value = value

    def render(self, context):
        if context.render_context.get(HoleNode):  # the fragment is being kept: leave room
            return HOLE
        return render_value_in_context(self.value.resolve(context), context)


@register.tag
def hole(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% hole value %}")
    return HoleNode(parser.compile_filter(bits[1]))


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, values, options):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.options = options
        self.holes = nodelist.get_nodes_by_type(HoleNode)

    def _keep(self, context):
        """The fragment with a HOLE where each hole goes: a tuple of its pieces."""
        context.render_context.push()
        context.render_context[HoleNode] = True
        try:
            return tuple(self.nodelist.render(context).split(HOLE))
        finally:
            context.render_context.pop()

    def _fill(self, pieces, context):
        if len(pieces) == 1:
            return pieces[0]
        values = [hole.render(context) for hole in self.holes]
        parts = [pieces[0]]
        for value, piece in zip(values, pieces[1:], strict=True):
            parts += [value, piece]
        return mark_safe("".join(parts))  # noqa: S308 (pieces rendered by the template, values escaped)

    def render(self, context):
        options = {name: value.resolve(context) for name, value in self.options.items()}
        if "when" in options and not options["when"]:
            return self.nodelist.render(context)
        key = (
            self.name,
            translation.get_language(),
            *(_hashable(value.resolve(context)) for value in self.values),
        )
        if "topics" in options:
            versions = options.get("versions")
            found = versions.of(options["topics"].split()) if versions is not None else None
            if found is None:  # versions unknown (cache unreachable): nothing kept
                return self.nodelist.render(context)
            key += found
        found = _rendered.get(key)
        if found is None:
            found = self._keep(context)
            if len(found) != len(self.holes) + 1:  # a hole inside a loop or a condition
                raise template.TemplateSyntaxError(
                    f"{{% fragment {self.name!r} %}}: each hole exactly once, outside loops"
                )
            with _lock:
                _rendered[key] = found
                while len(_rendered) > LIMIT:
                    _rendered.popitem(last=False)
        return self._fill(found, context)


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError('{% fragment "name" [value …] [option=value …] %}')
    values, options = [], {}
    for bit in bits[2:]:
        name, equals, value = bit.partition("=")
        if equals and name in {"versions", "topics", "when"}:
            options[name] = parser.compile_filter(value)
        else:
            values.append(parser.compile_filter(bit))
    if "topics" in options and "versions" not in options:
        raise template.TemplateSyntaxError("{% fragment %}: topics= needs versions=")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], values, options)


def _section_urls():
    language = translation.get_language()
    found = _sections.get(language)
    if found is None:
        found = [
            (index, [reverse(url_name), *(reverse(name) for name in also)])
            for index, (_label, url_name, also) in enumerate(MAIN_NAV)
        ]
        _sections[language] = found
    return found


def section_of(path):
    """The index of the main menu's entry this path belongs to, or None."""
    for index, urls in _section_urls():
        if path == urls[0] or (index != 0 and any(path.startswith(url) for url in urls)):
            return index  # the start page (index 0) only for itself
    return None


@register.simple_tag(takes_context=True)
def nav_section(context):
    request = context.get("request")
    return section_of(request.path if request is not None else "")
