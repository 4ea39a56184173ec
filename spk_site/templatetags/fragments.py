"""{% memo "name" part … %}…{% endmemo %}: a rendered fragment kept in this process until the
content changes (spk_site.content_version). For parts of pages that cannot be cached whole,
like the answer of the address lookup, whose cards are the same for every address."""

from django import template

from spk_site.content_version import PerVersion

register = template.Library()

MAX_FRAGMENTS = 2000
_fragments = PerVersion(dict)  # a fresh, empty store for every content version


class MemoNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        key = tuple(str(part.resolve(context)) for part in self.parts)
        fragments = _fragments.get()
        rendered = fragments.get(key)
        if rendered is None:
            rendered = self.nodelist.render(context)
            if len(fragments) < MAX_FRAGMENTS:
                fragments[key] = rendered
        return rendered


@register.tag
def memo(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% memo %} needs at least a name.")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
