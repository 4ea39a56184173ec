"""What the site search finds of `coordination` (see search.registry), and the shortcut from an
address typed into the search to the lookup's answer."""

import re
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from regions.address_lookup import find_address
from regions.streets import InputRefused
from search.registry import Document, FixedPages, Source, plain_text, translated, window

from . import models

OFFICE_RANK = 2  # offices are what most searches for a Kiez are after
ADDRESS_LIKE = re.compile(r"\D\s*\d{1,4}\s*[a-zA-Z]?$")


def address_answer(query, versions):
    """The lookup's answer for "Sonnenallee 50" (a street of ours and a number), else None."""
    if not ADDRESS_LIKE.search(query):
        return None
    try:
        found = find_address(query, "", versions=versions)
    except InputRefused:
        return None
    if found.street is None or found.house_number is None:
        return None
    lookup = reverse("coordination:responsibility")
    return f"{lookup}?{urlencode({'strasse': query})}#ergebnis"


class FaqSource(Source):
    def rows(self):
        return models.FaqEntry.objects.published()

    def document(self, entry):
        (question, answer), in_german = translated(entry, "question", "answer")
        return Document(
            title=question,
            url=entry.get_absolute_url(),
            text=plain_text(answer),
            in_german=in_german,
        )


# The words the footer and visitors of every language use for the legal pages, whose own
# text may be German only: found by the names they read.
OWN_NAMES = {
    "impressum": pgettext_lazy("Suchwörter", "Impressum, Anbieterkennzeichnung"),
    "datenschutz": pgettext_lazy("Suchwörter", "Datenschutz, Datenschutzerklärung"),
    "barrierefreiheit": pgettext_lazy(
        "Suchwörter", "Barrierefreiheit, Erklärung zur Barrierefreiheit"
    ),
}


class PageSource(Source):
    def rows(self):
        return models.Page.objects.published(window=False)

    def document(self, page):
        (title, summary, body), in_german = translated(page, "title", "summary", "body")
        return Document(
            title=title,
            url=page.get_absolute_url(),
            text=f"{summary} {plain_text(body)}",
            keywords=str(OWN_NAMES.get(page.slug, "")),
            in_german=in_german,
            **window(page),
        )


class OfficeSource(Source):
    def rows(self):
        return models.Office.objects.published().select_related("action_area__bezirksregion")

    def row_for(self, instance):
        office_id = instance.office_id if hasattr(instance, "office_id") else instance.pk
        return self.rows().filter(pk=office_id).first()

    def document(self, office):
        (description,), in_german = translated(office, "description")
        region = office.bezirksregion.name
        intro = _("Stadtteilkoordination für die Bezirksregion %(region)s.") % {"region": region}
        address = f"{office.street} {office.house_number}".strip()
        return Document(
            title=office.name,
            url=office.get_absolute_url(),
            text=" ".join(part for part in [intro, address, plain_text(description)] if part),
            keywords=" ".join(
                part
                for part in [office.also_known_as, region, office.action_area.former_qm_name]
                if part
            ),
            in_german=in_german,
            rank=OFFICE_RANK,
        )


class StreetSource(Source):
    """Every street with an official address: leads to "Wer hilft mir?" for it."""

    def rows(self):
        from regions.models import Address, Street

        regions = {}
        pairs = (
            Address.objects.values_list("street_id", "planungsraum__bezirksregion__name")
            .distinct()
            .order_by()
        )
        for street_id, region in pairs:
            regions.setdefault(street_id, set()).add(region)
        return [
            (pk, name, sorted(regions.get(pk, ())))
            for pk, name in Street.objects.order_by("name").values_list("pk", "name")
        ]

    def row_id(self, row):
        return str(row[0])

    def row_for(self, instance):
        return None  # streets change only by import, which rebuilds the index

    def document(self, row):
        _pk, name, regions = row
        query = urlencode({"strasse": name})
        text = _("Wer hilft mir hier? Straße in Neukölln, Bezirksregion: %(regions)s.") % {
            "regions": ", ".join(regions)
        }
        return Document(
            title=name, url=f"{reverse('coordination:responsibility')}?{query}#ergebnis", text=text
        )


SOURCES = [
    StreetSource("street", gettext_lazy("Straße")),
    FaqSource("faq", gettext_lazy("Frage"), models=(models.FaqEntry,)),
    PageSource("page", gettext_lazy("Seite"), models=(models.Page,)),
    OfficeSource(
        "office",
        gettext_lazy("Stadtteilkoordination"),
        models=(models.Office, models.OfficeHours, models.ContactPerson),
    ),
    FixedPages(
        "coordination-pages",
        gettext_lazy("Seite"),
        [
            "coordination:glossary",
            "coordination:office-list",
            "coordination:contact",
            "coordination:map",
            "coordination:faq",
        ],
    ),
    FixedPages(
        "easy-language",
        gettext_lazy("Seite"),
        ["coordination:easy-language"],
        models=(models.EasyLanguageText,),
    ),
    FixedPages(
        "sign-language",
        gettext_lazy("Seite"),
        ["coordination:sign-language"],
        models=(models.SignLanguageVideo,),
    ),
]
