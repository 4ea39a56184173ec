"""Who is responsible here? From a place that `regions` found (an address, a street, a point)
to the Stadtteilkoordination serving its Bezirksregion, or else the OE SPK itself."""

import pickle
from dataclasses import dataclass, field
from functools import cached_property

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from regions.address_lookup import find_address, problem_message
from regions.point_lookup import planungsraum_at
from spk_site import content_version
from spk_site.content_version import PerVersion

from .models import DistrictContact, Office


@dataclass(frozen=True)
class OfficeEntry:
    """A published office as the lookup keeps it: what the JSON answer and the namesake check
    need in plain data, and the office with everything its card shows, pickled."""

    pk: int
    slug: str
    name: str
    bezirksregion_id: int
    bezirksregion_name: str
    pickled: bytes

    def get_absolute_url(self):
        return reverse("coordination:office-detail", kwargs={"slug": self.slug})

    def load(self):
        """The Office with everything its card shows, a copy of the caller's own (templates:
        `office.load`, inside a kept fragment, so a kept answer unpickles nothing)."""
        return pickle.loads(self.pickled)  # noqa: S301 (pickled by this process)


@dataclass
class Match:
    planungsraum: object
    office: object  # OfficeEntry or None: then the district contact is responsible

    @property
    def bezirksregion(self):
        return self.planungsraum.bezirksregion

    def as_json(self):
        entry = self.office
        return {
            "planungsraum": {"code": self.planungsraum.code, "name": self.planungsraum.name},
            "bezirksregion": {
                "code": self.bezirksregion.code,
                "name": self.bezirksregion.name,
                "url": self.bezirksregion.get_absolute_url(),
            },
            "stadtteilkoordination": (
                {"name": entry.name, "url": entry.get_absolute_url()} if entry else None
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

    namesakes: dict = field(default_factory=dict)  # region code -> OfficeEntry named like it

    @cached_property
    def by_region(self):
        """[(bezirksregion, [planungsraum, …], OfficeEntry or None, namesake OfficeEntry or
        None)] in code order (read by the page several times: worked out once, after the
        matches and namesakes are set)."""
        groups = {}
        for match in self.matches:
            region = match.bezirksregion
            entry = (region, [], match.office, self.namesakes.get(region.code))
            groups.setdefault(region.code, entry)[1].append(match.planungsraum)
        return [groups[code] for code in sorted(groups)]


def namesake(region, entries):
    """The entry of an office elsewhere whose name sounds like this region's
    ("Stadtteilkoordination Gropiusstadt" for Gropiusstadt West), which residents would take
    for theirs."""
    first_word = region.name.split()[0].split("-")[0].casefold()
    for entry in entries.values():
        if entry.bezirksregion_id != region.pk and first_word in entry.name.casefold():
            return entry
    return None


def _pickled(value):
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _offices_by_region():
    """({Bezirksregion id: OfficeEntry of its published office}, the OE SPK's contact pickled)."""
    entries = {
        office.action_area.bezirksregion_id: OfficeEntry(
            office.pk,
            office.slug,
            office.name,
            office.action_area.bezirksregion_id,
            office.action_area.bezirksregion.name,
            _pickled(office),
        )
        for office in Office.objects.published().for_cards()
    }
    return entries, _pickled(DistrictContact.current())


# Asked on every lookup, which is never cached itself: read once per content version, and
# only the offices an answer names are unpickled (bench/serve.py: unpickling all of them cost
# a third of the lookup API).
offices_by_region = PerVersion(_offices_by_region, topics=("offices", "geography"))


def _answer(planungsraeume, versions):
    entries, district_contact = offices_by_region.get(versions)
    answer = Answer(
        matches=[Match(area, entries.get(area.bezirksregion_id)) for area in planungsraeume],
        versions=versions,
    )
    if not answer.matches or any(match.office is None for match in answer.matches):
        answer.district_contact = pickle.loads(district_contact)  # noqa: S301 (ours)
    for match in answer.matches:
        if match.office is None:
            found = namesake(match.bezirksregion, entries)
            if found is not None:
                answer.namesakes[match.bezirksregion.code] = found
    return answer


# What an answer reads: the JSON API reads only these versions; a page reads them all at once
# (its kept parts follow other topics too).
ANSWER_TOPICS = ("addresses", "geography", "offices")


def responsible_for_address(street_text, number_text="", versions=None):
    """Raises regions.streets.InputRefused for unusable input. `versions`: a snapshot the
    request read (else one of every topic is read here, once: every memo answers for the
    same moment)."""
    if versions is None:
        versions = content_version.snapshot()
    address = find_address(street_text, number_text, versions=versions)
    answer = _answer(address.planungsraeume, versions)
    answer.address = address
    answer.message = _address_message(answer, street_text)
    return answer


def responsible_for_point(lat, lon, versions=None):
    """Raises regions.point_lookup.PointOutOfRange for impossible coordinates."""
    if versions is None:
        versions = content_version.snapshot()
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
