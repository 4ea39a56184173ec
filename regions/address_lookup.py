"""Which Planungsraum is an address in? Exact for every official address, forgiving about how
the street is typed, and helpful when nothing matches."""

import difflib
from dataclasses import dataclass, field

from spk_site.content_version import PerVersion

from .models import Address, Planungsraum, Street
from .streets import HouseNumber, parse_address_input, split_trailing_number, street_key

NEAREST_COUNT = 6
SUGGESTION_COUNT = 5


@dataclass
class AddressResult:
    """Found: `planungsraeume` (one for an address, several for a street without number).
    Not found: `problem` says which part did not match, `nearest` and `suggestions` help."""

    street: Street | None = None
    house_number: HouseNumber | None = None
    postcode: str = ""
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
        self.streets = {}  # search key -> Street
        for street in Street.objects.all():
            self.streets[street.search_key] = street
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
        self.planungsraeume = {area.pk: area for area in Planungsraum.objects.without_geometry()}

    def street(self, text):
        return self.streets.get(street_key(text))

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


address_index = PerVersion(AddressIndex)


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


def find_address(street_text, number_text=""):
    """The answer for what someone typed; raises streets.InputRefused for unusable input."""
    index = address_index.get()
    typed = parse_address_input(street_text, number_text)
    street = index.street(typed.street)
    split = split_trailing_number(typed)  # "Hermannstr 5a" typed into the street field
    if split is not None:
        split_street = index.street(split.street)
        # "Straße 179" is a street of its own; "Straße 179 5" is number 5 in it.
        if split_street is not None and (
            street is None or index.address(split_street, split.house_number)
        ):
            street, typed = split_street, split
    if street is None:
        return AddressResult(
            postcode=typed.postcode, problem="street", suggestions=_similar_streets(typed.street)
        )
    result = AddressResult(street=street, house_number=typed.house_number, postcode=typed.postcode)
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
