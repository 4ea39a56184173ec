"""Read an admin form the way a browser would, so tests can submit it through the admin."""

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.fields = {}
        self.pairs = []  # every (name, value) a browser would send, repeated names included
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (self.form_id is None or attrs.get("id") == self.form_id):
            self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields[name] = attrs.get("value", "on")
                    self.pairs.append((name, attrs.get("value", "on")))
            elif kind not in {"submit", "button", "file"}:
                self.fields[name] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.fields.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def form_fields(html, form_id=None):
    """The fields a browser would submit from the form (the first, or the one with form_id)."""
    parser = _FormFields(form_id)
    parser.feed(html)
    fields = dict(parser.fields)
    # Django renders a textarea's content after one leading newline.
    return {key: value[1:] if value.startswith("\n") else value for key, value in fields.items()}


def form_pairs(html, form_id=None):
    """The checked boxes of a form as (name, value) pairs, repeated names included."""
    parser = _FormFields(form_id)
    parser.feed(html)
    return parser.pairs
