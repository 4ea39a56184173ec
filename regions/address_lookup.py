"""Which Planungsraum is an address in? Exact for every official address, forgiving about how
the street is typed, and helpful when nothing matches."""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache

from .models import Address, Planungsraum, Street
from .streets import HouseNumber, parse_address_input, split_trailing_number, street_key

STREET_NAMES_CACHE_KEY = "regions:street-names"
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


def _street_for(text):
    return Street.objects.filter(search_key=street_key(text)).first()


def _street_keys():
    """All street keys with their official names, for "did you mean"; cached per data state."""
    names = cache.get(STREET_NAMES_CACHE_KEY)
    if names is None:
        names = dict(Street.objects.values_list("search_key", "name"))
        cache.set(STREET_NAMES_CACHE_KEY, names, timeout=None)  # cleared by the import
    return names


def street_suggestions(text, limit=SUGGESTION_COUNT):
    """Official street names starting with (or else containing) what was typed."""
    key = street_key(text)
    if not key:
        return []
    names = _street_keys()
    starting = sorted(name for k, name in names.items() if k.startswith(key))
    containing = sorted(name for k, name in names.items() if key in k and not k.startswith(key))
    return (starting + containing)[:limit]


def _similar_streets(text):
    names = _street_keys()
    close = difflib.get_close_matches(
        street_key(text), names.keys(), n=SUGGESTION_COUNT, cutoff=0.8
    )
    return [names[key] for key in close] or street_suggestions(text)


def _planungsraeume(ids):
    return list(
        Planungsraum.objects.filter(pk__in=ids)
        .select_related("bezirksregion__prognoseraum")
        .order_by("code")
    )


def _nearest_numbers(street, wanted):
    numbers = Address.objects.filter(street=street, house_number__isnull=False).values_list(
        "house_number", "suffix"
    )
    ranked = sorted(
        numbers, key=lambda item: (abs(item[0] - wanted.number), item[0], item[1] != wanted.suffix)
    )
    chosen = sorted(ranked[:NEAREST_COUNT])
    return [str(HouseNumber(number, suffix)) for number, suffix in chosen]


def _exact_address(typed):
    """The address in one query, when street and number are typed right (the common case)."""
    if typed.house_number is None:
        return None
    return (
        Address.objects.filter(
            street__search_key=street_key(typed.street),
            house_number=typed.house_number.number,
            suffix=typed.house_number.suffix,
        )
        .select_related("street", "planungsraum__bezirksregion__prognoseraum")
        .first()
    )


def find_address(street_text, number_text=""):
    """The answer for what someone typed; raises streets.InputRefused for unusable input."""
    typed = parse_address_input(street_text, number_text)
    match = _exact_address(typed)
    if match is None:
        split = split_trailing_number(typed)
        if split is not None:
            match = _exact_address(split)
            if match is not None:
                typed = split
    if match is not None:
        return AddressResult(
            street=match.street,
            house_number=typed.house_number,
            postcode=match.postcode,
            planungsraeume=[match.planungsraum],
        )

    street = _street_for(typed.street)
    if street is None:
        split = split_trailing_number(typed)
        if split is not None:
            street = _street_for(split.street)
            if street is not None:
                typed = split
    if street is None:
        return AddressResult(
            postcode=typed.postcode, problem="street", suggestions=_similar_streets(typed.street)
        )
    result = AddressResult(street=street, house_number=typed.house_number, postcode=typed.postcode)
    if typed.house_number is not None:
        result.problem = "house_number"
        result.nearest = _nearest_numbers(street, typed.house_number)
        return result
    addresses = Address.objects.filter(street=street)
    if typed.postcode and addresses.filter(postcode=typed.postcode).exists():
        addresses = addresses.filter(postcode=typed.postcode)
    result.planungsraeume = _planungsraeume(
        set(addresses.values_list("planungsraum_id", flat=True))
    )
    return result
