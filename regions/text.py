"""Small text helpers for German names: slugs and month-precision dates."""

import re

from django.utils.text import slugify

# How German letters are written without umlauts (slugs, search keys).
UMLAUT_SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)

MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]

PARTIAL_DATE = re.compile(r"^(?P<year>\d{4})(-(?P<month>0[1-9]|1[0-2]))?$")


def german_slug(name):
    """'Neuköllner Mitte/Zentrum' -> 'neukoellner-mitte-zentrum'."""
    return slugify(name.translate(UMLAUT_SPELLINGS).replace("/", " "))


def partial_date_display(value):
    """'2020-11' -> 'November 2020', '2021' -> '2021'; we never invent a day we do not know."""
    if not value:
        return ""
    match = PARTIAL_DATE.match(value)
    if not match:
        return value
    if match["month"]:
        return f"{MONTHS[int(match['month']) - 1]} {match['year']}"
    return match["year"]


def partial_date_phrase(value):
    """For a sentence: 'im November 2020' or '2021'."""
    display = partial_date_display(value)
    return f"im {display}" if display and not display.isdigit() else display
