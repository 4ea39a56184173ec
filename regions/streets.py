"""Street names and house numbers as people type them.

"Karl-Marx-Str. 83", "karl marx strasse 83", "KARL MARX STRASSE 83, 12043 Berlin" and
"Karl-Marx-Straße 83" all mean the same address. A street's search key is its name folded as
every index here folds words (spk_site.folding: lower case, ß as ss, umlauts and their
spellings ae/oe/ue as plain vowels), "Straße/Strasse/Str./Str" shortened to "str", and
everything but letters and digits removed."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from spk_site.folding import fold
from spk_site.validation import CONTROL_CHARACTERS

# "Straße" as people type it: str, str., strasse, strase, strae … (ß is already ss here).
STREET_WORD = re.compile(r"str(?:a?s*e?|\.)(?=[^a-z]|$)")
POSTCODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
CITY = re.compile(r"\bberlin\b", re.IGNORECASE)
# 12, 12a, 12 A, 12-a; a range (83-85, 83/85, 83 - 85) means its first number.
NUMBER_PATTERN = r"\d{1,4}\s*(?:-?\s*[a-z])?(?:\s*[-/–]\s*\d{1,4}\s*[a-z]?)?"
HOUSE_NUMBER = re.compile(r"^(\d{1,4})\s*(?:-?\s*([a-z]))?(?:\s*[-/–]\s*\d{1,4}\s*[a-z]?)?$", re.I)
TRAILING_NUMBER = re.compile(rf"^(?P<street>.*?\D)[\s,]*(?P<number>{NUMBER_PATTERN})$", re.I)

MAX_INPUT_LENGTH = 120


class InputRefused(ValueError):
    """Input we cannot work with; the message says why, in German."""


def street_key(text):
    text = STREET_WORD.sub("str", fold(text))
    return re.sub(r"[^a-z0-9]", "", text)


@dataclass(frozen=True)
class HouseNumber:
    number: int
    suffix: str = ""

    def __str__(self):
        return f"{self.number} {self.suffix}" if self.suffix else str(self.number)


def parse_house_number(text):
    """'12a', '12 A', '12-a' -> HouseNumber(12, 'A'); '83-85' -> HouseNumber(83); '' -> None;
    else InputRefused."""
    text = (text or "").strip()
    if not text:
        return None
    match = HOUSE_NUMBER.match(text)
    if not match:
        raise InputRefused(
            _(
                "„%(text)s“ ist keine Hausnummer. Bitte eine Zahl, vielleicht mit Buchstabe, "
                "zum Beispiel 12 oder 12a."
            )
            % {"text": text}
        )
    return HouseNumber(int(match[1]), (match[2] or "").upper())


def clean_input(text, label):
    text = text or ""
    if len(text) > MAX_INPUT_LENGTH:
        raise InputRefused(
            _("%(label)s ist zu lang (höchstens %(limit)d Zeichen).")
            % {"label": label, "limit": MAX_INPUT_LENGTH}
        )
    if CONTROL_CHARACTERS.search(text):
        raise InputRefused(_("%(label)s enthält Steuerzeichen.") % {"label": label})
    return " ".join(text.split())


@dataclass(frozen=True)
class AddressInput:
    street: str
    house_number: object  # HouseNumber or None
    postcode: str


def parse_address_input(street_text, number_text=""):
    """Splits what people type into street, house number and postcode."""
    street = clean_input(street_text, _("Die Straße"))
    number = clean_input(number_text, _("Die Hausnummer"))
    postcode = ""
    found = POSTCODE.search(street)
    if found:
        postcode = found[1]
        street = POSTCODE.sub(" ", street)
    street = " ".join(CITY.sub(" ", street).replace(",", " ").split())
    if not street_key(street):
        raise InputRefused(_("Bitte eine Straße angeben."))
    return AddressInput(street, parse_house_number(number), postcode)


def split_trailing_number(address_input):
    """'Hermannstr 5a' typed into the street field -> street 'Hermannstr', number 5 A."""
    if address_input.house_number is not None:
        return None
    match = TRAILING_NUMBER.match(address_input.street)
    if not match or not street_key(match["street"]):
        return None
    try:
        number = parse_house_number(match["number"])
    except InputRefused:
        return None
    return AddressInput(match["street"].strip(" ,"), number, address_input.postcode)
