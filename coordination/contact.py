"""The contact card: one way to show who helps, used everywhere (start page, lookup answer,
office page, region page). Built here from an office or the OE SPK's own contact; the
template only lays it out.

A fact we do not know is left out, never shown as a gap: the card then says how else to reach
the office (its website, its operator's, the OE SPK's)."""

from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS  # Monday = 0, named in the reader's language

from spk_site.translations import shown_in_german

from .models import DistrictContact, Office

ROUTE_PLANNER = "https://www.openstreetmap.org/directions"
BEHOERDENNUMMER = "115"


def web_address_label(url):
    """'https://www.reuterkiez.de/x/' -> 'reuterkiez.de': link text instead of a raw URL."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


@dataclass
class HoursRow:
    weekday: str
    opens: object
    closes: object
    note: str
    today: bool


@dataclass
class ContactCard:
    name: str
    page_url: str = ""
    region: object = None  # the Bezirksregion an office serves
    building: str = ""
    street_line: str = ""
    postcode_city: str = ""
    route_url: str = ""
    phone: str = ""
    phone_label: str = ""  # set when the number is not the office's own (the switchboard)
    email: str = ""
    website: str = ""
    website_label: str = ""
    hours: list = field(default_factory=list)
    hours_note: str = ""
    accessibility: str = ""
    vcard_url: str = ""
    # Who answers the phone when the office has none: (kind, name, number), first first.
    voices: list = field(default_factory=list)
    collecting: bool = False  # the office's own details are still being collected
    # How else to reach someone when the office's own phone or e-mail is unknown.
    other_ways: list = field(default_factory=list)
    write_url: str = ""  # „Schreiben Sie uns“: the contact form, always a written way in
    behoerdennummer: str = ""
    is_district_contact: bool = False
    # Staff texts shown in German because their translation is missing (marked lang="de").
    in_german: frozenset = frozenset()

    @property
    def has_address(self):
        return bool(self.street_line)


def _address(card, place):
    if place.street and place.postcode:
        card.building = place.building
        card.street_line = place.street_line
        card.postcode_city = f"{place.postcode} {place.city or 'Berlin'}"
        destination = ", ".join(part for part in (card.street_line, card.postcode_city) if part)
        card.route_url = f"{ROUTE_PLANNER}?{urlencode({'to': destination})}"


def _hours(office):
    today = timezone.localdate().weekday()
    return [
        HoursRow(str(WEEKDAYS[row.weekday]), row.opens, row.closes, row.note, row.weekday == today)
        for row in office.opening_hours.all()
    ]


def office_card(office, district_contact=None):
    card = ContactCard(
        name=office.name,
        page_url=office.get_absolute_url(),
        region=office.bezirksregion,
        phone=office.phone,
        email=office.email,
        website=office.website,
        website_label=web_address_label(office.website) if office.website else "",
        hours=_hours(office),
        hours_note=office.hours_note,
        accessibility=office.accessibility,
        vcard_url=office.get_vcard_url(),
        write_url=reverse("coordination:office-contact", kwargs={"slug": office.slug}),
        in_german=shown_in_german(office, ("hours_note", "accessibility")),
    )
    _address(card, office)
    card.collecting = not (office.phone and office.email and office.has_address)
    if not (office.phone and office.email):
        operator = office.confirmed_operator
        district_contact = district_contact or DistrictContact.current()
        if not office.phone:
            # A voice first: whoever can answer, nearest to the office first; never invented.
            if operator and operator.phone:
                card.voices.append(("operator", operator.name, operator.phone))
            if district_contact is not None and district_contact.phone:
                card.voices.append(("district", district_contact.name, district_contact.phone))
            elif district_contact is not None and district_contact.switchboard:
                card.voices.append(("switchboard", "", district_contact.switchboard))
            card.voices.append(("115", "", BEHOERDENNUMMER))
        if office.website and not (office.phone or office.email):
            card.other_ways.append(("website", office.name, office.website))
        if operator and operator.website and operator.website != office.website:
            card.other_ways.append(("operator", operator.name, operator.website))
        if district_contact is not None:
            card.other_ways.append(
                ("district", district_contact.name, reverse("coordination:office-list"))
            )
    return card


def district_contact_card(contact):
    card = ContactCard(
        name=contact.name,
        phone=contact.phone or contact.switchboard,
        phone_label="" if contact.phone else "switchboard",
        email=contact.email,
        website=contact.website,
        website_label=web_address_label(contact.website) if contact.website else "",
        hours_note=contact.hours_note,
        behoerdennummer=BEHOERDENNUMMER,
        write_url=reverse("coordination:contact"),
        is_district_contact=True,
        in_german=shown_in_german(contact, ("hours_note",)),
    )
    _address(card, contact)
    return card


def card_for(contact, district_contact=None):
    if isinstance(contact, Office):
        return office_card(contact, district_contact)
    return district_contact_card(contact)
