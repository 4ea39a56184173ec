from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

register = template.Library()

# (label, URL name, URL names of the other pages of that section). Short labels where a
# language needs them to keep the desktop menu on one line.
MAIN_NAV = [
    (_("Start"), "coordination:home", ()),
    (_("Wer hilft mir?"), "coordination:responsibility", ()),
    (pgettext_lazy("main menu", "Stadtteilkoordination"), "coordination:office-list", ()),
    (
        pgettext_lazy("main menu", "Termine & Aktuelles"),
        "events:event-list",
        ("events:news-list", "events:small-grants"),
    ),
    (pgettext_lazy("main menu", "Einrichtungen"), "places:place-list", ()),
    (_("Bezirksregionen"), "regions:list", ()),
    (pgettext_lazy("main menu", "Kieze in Zahlen"), "regions:figures", ()),
    (_("Karte"), "coordination:map", ()),
    (pgettext_lazy("main menu", "Fragen & Antworten"), "coordination:faq", ()),
]


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The main navigation; marks the section of the current page (also without a request)."""
    request = context.get("request")
    path = request.path if request is not None else ""
    items = []
    for label, url_name, also in MAIN_NAV:
        url = reverse(url_name)
        section = [url, *(reverse(name) for name in also)]
        current = path == url if url == "/" else any(path.startswith(part) for part in section)
        items.append({"label": label, "url": url, "current": current})
    return {"items": items}
