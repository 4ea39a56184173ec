from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

register = template.Library()

MAIN_NAV = [
    (_("Start"), "coordination:home"),
    (_("Wer hilft mir?"), "coordination:responsibility"),
    # Short labels where a language needs them to keep the desktop menu on one line.
    (pgettext_lazy("main menu", "Stadtteilkoordination"), "coordination:office-list"),
    (_("Termine"), "events:event-list"),
    (_("Aktuelles"), "events:news-list"),
    (_("Bezirksregionen"), "regions:list"),
    (pgettext_lazy("main menu", "Kieze in Zahlen"), "regions:figures"),
    (_("Karte"), "coordination:map"),
    (pgettext_lazy("main menu", "Fragen & Antworten"), "coordination:faq"),
]


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The main navigation; marks the section of the current page (also without a request)."""
    request = context.get("request")
    path = request.path if request is not None else ""
    items = []
    for label, url_name in MAIN_NAV:
        url = reverse(url_name)
        current = path == url if url == "/" else path.startswith(url)
        items.append({"label": label, "url": url, "current": current})
    return {"items": items}
