"""Who is responsible here? From a place that `regions` found (an address, a street, a point)
to the Stadtteilkoordination serving its Bezirksregion, or else the OE SPK itself."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from regions.address_lookup import find_address, problem_message
from regions.point_lookup import planungsraum_at
from spk_site import content_version
from spk_site.content_version import PickledPerVersion

from .models import DistrictContact, Office


@dataclass
class Match:
    planungsraum: object
    office: object  # Office or None: then the district contact is responsible

    @property
    def bezirksregion(self):
        return self.planungsraum.bezirksregion

    def as_json(self):
        return {
            "planungsraum": {"code": self.planungsraum.code, "name": self.planungsraum.name},
            "bezirksregion": {
                "code": self.bezirksregion.code,
                "name": self.bezirksregion.name,
                "url": self.bezirksregion.get_absolute_url(),
            },
            "stadtteilkoordination": (
                {"name": self.office.name, "url": self.office.get_absolute_url()}
                if self.office
                else None
            ),
        }


@dataclass
class Answer:
    matches: list = field(default_factory=list)
    address: object = None  # regions.address_lookup.AddressResult, for address queries
    point: tuple | None = None  # (lat, lon) the visitor gave (map click, own position)
    district_contact: object = None
    message: str = ""
    versions: object = None  # the content versions the answer was read at (snapshot)

    @property
    def found(self):
        return bool(self.matches)

    namesakes: dict = field(default_factory=dict)  # region code -> an office named like it

    def by_region(self):
        """[(bezirksregion, [planungsraum, …], office or None, namesake office or None)] in
        code order."""
        groups = {}
        for match in self.matches:
            region = match.bezirksregion
            entry = (region, [], match.office, self.namesakes.get(region.code))
            groups.setdefault(region.code, entry)[1].append(match.planungsraum)
        return [groups[code] for code in sorted(groups)]


def namesake(region, offices):
    """An office elsewhere whose name sounds like this region's ("Stadtteilkoordination
    Gropiusstadt" for Gropiusstadt West), which residents would take for theirs."""
    first_word = region.name.split()[0].split("-")[0].casefold()
    for office in offices.values():
        if office.bezirksregion.pk != region.pk and first_word in office.name.casefold():
            return office
    return None


def _offices_by_region():
    """({Bezirksregion id: its published office}, the OE SPK's contact)."""
    offices = {
        office.action_area.bezirksregion_id: office
        for office in Office.objects.published().for_cards()
    }
    return offices, DistrictContact.current()


# Asked on every lookup, which is never cached itself: read once per content version.
# bench/serve.py shows why: the two queries cost more than the whole lookup.
offices_by_region = PickledPerVersion(_offices_by_region, topics=("offices", "geography"))


def _answer(planungsraeume, versions):
    offices, district_contact = offices_by_region.get(versions)
    answer = Answer(
        matches=[Match(area, offices.get(area.bezirksregion_id)) for area in planungsraeume],
        versions=versions,
    )
    if not answer.matches or any(match.office is None for match in answer.matches):
        answer.district_contact = district_contact
    for match in answer.matches:
        if match.office is None:
            found = namesake(match.bezirksregion, offices)
            if found is not None:
                answer.namesakes[match.bezirksregion.code] = found
    return answer


def responsible_for_address(street_text, number_text=""):
    """Raises regions.streets.InputRefused for unusable input."""
    versions = content_version.snapshot()  # once: every memo answers for the same moment
    address = find_address(street_text, number_text, versions=versions)
    answer = _answer(address.planungsraeume, versions)
    answer.address = address
    answer.message = _address_message(answer, street_text)
    return answer


def responsible_for_point(lat, lon):
    """Raises regions.point_lookup.PointOutOfRange for impossible coordinates."""
    versions = content_version.snapshot()  # once: every memo answers for the same moment
    planungsraum = planungsraum_at(lat, lon, versions=versions)
    answer = _answer([planungsraum] if planungsraum else [], versions)
    answer.point = (lat, lon)
    if planungsraum is None:
        answer.message = _("Dieser Ort liegt nicht in Neukölln.")
    else:
        answer.message = _("Dieser Ort liegt %(where)s.") % {"where": _where(answer.matches[0])}
    return answer


def _where(match):
    """Where a place is, in the words residents know first: the Bezirksregion (the page adds
    the Planungsraum after, explained)."""
    return _("in der Bezirksregion %(bezirksregion)s") % {"bezirksregion": match.bezirksregion.name}


def _address_message(answer, typed_street):
    address = answer.address
    if address.problem:
        return problem_message(address)
    street = address.street.name
    if address.house_number is not None:
        return _("%(street)s %(number)s liegt %(where)s.") % {
            "street": street,
            "number": address.house_number,
            "where": _where(answer.matches[0]),
        }
    if len(answer.matches) == 1:
        return _("Die Straße „%(street)s“ liegt ganz %(where)s.") % {
            "street": street,
            "where": _where(answer.matches[0]),
        }
    regions = {match.bezirksregion.code for match in answer.matches}
    return ngettext(
        "Die Straße „%(street)s“ führt durch %(areas)d Planungsräume in %(regions)d "
        "Bezirksregion. Mit Hausnummer bekommen Sie genau eine Antwort.",
        "Die Straße „%(street)s“ führt durch %(areas)d Planungsräume in %(regions)d "
        "Bezirksregionen. Mit Hausnummer bekommen Sie genau eine Antwort.",
        len(regions),
    ) % {"street": street, "areas": len(answer.matches), "regions": len(regions)}
