"""Small text helpers for German names: slugs and month-precision dates."""

import re
from datetime import date

from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext

# How German letters are written without umlauts (slugs, search keys).
UMLAUT_SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)

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
        # In the reader's language: "November 2020", "Kasım 2020", "نوفمبر 2020"
        return date_format(date(int(match["year"]), int(match["month"]), 1), "YEAR_MONTH_FORMAT")
    return match["year"]


def partial_date_phrase(value):
    """For a sentence: 'im November 2020' or '2021'."""
    display = partial_date_display(value)
    if display and not display.isdigit():
        return gettext("im %(month)s") % {"month": display}
    return display
