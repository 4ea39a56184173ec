"""Which Planungsraum is an address in? Exact for every official address, forgiving about how
the street is typed, and helpful when nothing matches."""

import difflib
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import gettext as _

from spk_site.content_version import PerVersion
from spk_site.fuzzy import deletions, typing_errors

from .areas import area_entries
from .models import Address, Planungsraum, Street
from .streets import HouseNumber, parse_address_input, split_trailing_number, street_key

NEAREST_COUNT = 6
SUGGESTION_COUNT = 5
MAX_TYPING_ERRORS = 2


@dataclass(frozen=True)
class StreetEntry:
    pk: int
    name: str


@dataclass
class AddressResult:
    """Found: `planungsraeume` (one for an address, several for a street without number).
    Not found: `problem` says which part did not match, `nearest` and `suggestions` help."""

    street: StreetEntry | None = None
    house_number: HouseNumber | None = None
    postcode: str = ""
    typed_street: str = ""  # the street as typed, without house number and postcode
    corrected: bool = False  # the street was found despite a typing error
    at_district_edge: bool = False  # the street may continue in a neighbouring district
    planungsraeume: list = field(default_factory=list)
    problem: str = ""  # "", "street", "house_number"
    nearest: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)

    @property
    def found(self):
        return bool(self.planungsraeume)


class AddressIndex:
    """All 31,000 addresses as dictionaries: a lookup costs no database query. Built once per
    content version and process (about 0.2 s, a few MB); the table stays the source."""

    def __init__(self):
        self.streets = {  # search key -> StreetEntry
            key: StreetEntry(pk, name)
            for pk, name, key in Street.objects.values_list("pk", "name", "search_key")
        }
        self.addresses = {}  # (street id, number, suffix) -> (Planungsraum id, postcode)
        self.numbers = {}  # street id -> [(number, suffix)]
        self.areas_by_postcode = {}  # street id -> {postcode: {Planungsraum id}}
        rows = Address.objects.values_list(
            "street_id", "house_number", "suffix", "postcode", "planungsraum_id"
        )
        for street_id, number, suffix, postcode, planungsraum_id in rows:
            self.addresses[(street_id, number, suffix)] = (planungsraum_id, postcode)
            if number is not None:
                self.numbers.setdefault(street_id, []).append((number, suffix))
            by_postcode = self.areas_by_postcode.setdefault(street_id, {})
            by_postcode.setdefault(postcode, set()).add(planungsraum_id)
        _regions, areas = area_entries()
        self.planungsraeume = {area.pk: area for area in areas}  # id -> AreaEntry
        edge_areas = Planungsraum.objects.at_district_edge()
        self.edge_streets = {
            street_id
            for street_id, by_postcode in self.areas_by_postcode.items()
            if any(ids & edge_areas for ids in by_postcode.values())
        }

    @cached_property
    def by_deletion(self):
        """Deletion neighbourhoods of every street key (the SymSpell idea): a street within two
        typing errors shares one of them with what was typed. Built on the first typing error
        (a third of the index's time); two threads at once would build the same twice."""
        found = {}
        for key in self.streets:
            for variant in deletions(key, MAX_TYPING_ERRORS):
                found.setdefault(variant, set()).add(key)
        return found

    def street(self, text):
        return self.streets.get(street_key(text))

    def street_despite_typos(self, text):
        """The one street within two typing errors of what was typed, or None when there is
        none or more than one at the same distance. Short names allow one error only."""
        key = street_key(text)
        if len(key) < 4:
            return None
        limit = 1 if len(key) < 8 else MAX_TYPING_ERRORS
        candidates = set()
        for variant in deletions(key, limit):
            candidates |= self.by_deletion.get(variant, set())
        ranked = {}
        for candidate in candidates:
            distance = typing_errors(key, candidate, limit)
            if distance <= limit:
                ranked.setdefault(distance, []).append(candidate)
        for distance in sorted(ranked):
            if len(ranked[distance]) == 1:
                return self.streets[ranked[distance][0]]
            return None  # two streets equally close: let the person choose
        return None

    def address(self, street, house_number):
        return self.addresses.get((street.pk, house_number.number, house_number.suffix))

    def areas(self, ids):
        return sorted((self.planungsraeume[pk] for pk in ids), key=lambda area: area.code)

    def nearest_numbers(self, street, wanted):
        ranked = sorted(
            self.numbers.get(street.pk, []),
            key=lambda item: (abs(item[0] - wanted.number), item[0], item[1] != wanted.suffix),
        )
        chosen = sorted(ranked[:NEAREST_COUNT])
        return [str(HouseNumber(number, suffix)) for number, suffix in chosen]

    def areas_of_street(self, street, postcode=""):
        by_postcode = self.areas_by_postcode.get(street.pk, {})
        if postcode in by_postcode:
            return self.areas(by_postcode[postcode])
        return self.areas(set().union(*by_postcode.values()) if by_postcode else set())


address_index = PerVersion(AddressIndex, topics=("addresses", "geography"))


def street_keys():
    """All street keys with their official names, for suggestions and "did you mean"."""
    return {key: street.name for key, street in address_index.get().streets.items()}


def street_suggestions(text, limit=SUGGESTION_COUNT):
    """Official street names starting with (or else containing) what was typed."""
    key = street_key(text)
    if not key:
        return []
    names = street_keys()
    starting = sorted(name for k, name in names.items() if k.startswith(key))
    containing = sorted(name for k, name in names.items() if key in k and not k.startswith(key))
    return (starting + containing)[:limit]


def _similar_streets(text):
    names = street_keys()
    key = street_key(text)
    close = difflib.get_close_matches(key, names.keys(), n=SUGGESTION_COUNT, cutoff=0.8)
    return [names[key] for key in close] or street_suggestions(text)


def _find_street(index, typed):
    """(street or None, the input with the number split off where that fits, corrected)."""
    street = index.street(typed.street)
    split = split_trailing_number(typed)  # "Hermannstr 5a" typed into the street field
    if split is not None:
        split_street = index.street(split.street)
        # "Straße 179" is a street of its own; "Straße 179 5" is number 5 in it.
        if split_street is not None and (
            street is None or index.address(split_street, split.house_number)
        ):
            return split_street, split, False
    if street is not None:
        return street, typed, False
    if split is not None:
        typed = split  # from here on, "Friedrichstraße 1" is street and number
    street = index.street_despite_typos(typed.street)
    return street, typed, street is not None


def find_address(street_text, number_text="", versions=None):
    """The answer for what someone typed; raises streets.InputRefused for unusable input.
    `version`: the content version the request read (else it is read here)."""
    index = address_index.get(versions)
    street, typed, corrected = _find_street(index, parse_address_input(street_text, number_text))
    if street is None:
        return AddressResult(
            house_number=typed.house_number,
            postcode=typed.postcode,
            typed_street=typed.street,
            problem="street",
            suggestions=_similar_streets(typed.street),
        )
    result = AddressResult(
        street=street,
        house_number=typed.house_number,
        postcode=typed.postcode,
        typed_street=typed.street,
        corrected=corrected,
        at_district_edge=street.pk in index.edge_streets,
    )
    if typed.house_number is None:
        result.planungsraeume = index.areas_of_street(street, typed.postcode)
        return result
    found = index.address(street, typed.house_number)
    if found is None:
        result.problem = "house_number"
        result.nearest = index.nearest_numbers(street, typed.house_number)
        return result
    planungsraum_id, postcode = found
    result.postcode = postcode
    result.planungsraeume = [index.planungsraeume[planungsraum_id]]
    return result


def problem_message(address):
    """What to tell someone whose address was not found, in the reader's language; "" when
    it was found. Used by the lookup and by the places near an address."""
    if address.problem == "street":
        text = _(
            "Diese Straße finden wir in Neukölln nicht: „%(street)s“. Bitte prüfen Sie die "
            "Schreibweise."
        ) % {"street": address.typed_street}
        if address.suggestions:
            text += " " + _("Meinten Sie: %(names)s?") % {"names": ", ".join(address.suggestions)}
        return text
    if address.problem == "house_number":
        text = _(
            "Die Hausnummer %(number)s gibt es in der Straße „%(street)s“ in Neukölln nicht."
        ) % {
            "number": address.house_number,
            "street": address.street.name,
        }
        if address.at_district_edge:
            text += " " + _(
                "Die Straße liegt am Rand von Neukölln und geht vielleicht in einem "
                "Nachbarbezirk weiter. Dann kann die Hausnummer dort liegen."
            )
        if address.nearest:
            text += " " + _("Diese Hausnummern gibt es in der Nähe: %(numbers)s.") % {
                "numbers": ", ".join(address.nearest)
            }
        return text
    return ""
