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


@register.inclusion_tag("includes/main_nav.html")
def main_nav(section=None):
    """The main navigation; marks the entry of the current page's section (the index into
    MAIN_NAV that {% nav_section %} finds, None for none)."""
    return {
        "items": [
            {"label": label, "url": reverse(url_name), "current": index == section}
            for index, (label, url_name, _also) in enumerate(MAIN_NAV)
        ]
    }
