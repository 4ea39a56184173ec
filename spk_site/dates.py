"""Dates as precise as their source, written one way on every page, download and PDF: a
monthly list reads "Juli 2026" (never "01.07.2026"), a day "31.12.2025", in the reader's
language ("July 2026", "Temmuz 2026", "يوليو 2026")."""

import datetime
import re

from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import gettext

DAY, MONTH, YEAR = "day", "month", "year"
PARTIAL_DATE = re.compile(r"^(?P<year>\d{4})(-(?P<month>0[1-9]|1[0-2]))?$")


def display(day, precision=DAY, *, long=False):
    """ "Juli 2026" for a month, "31.12.2025" for a day ("31. Dezember 2025" with long)."""
    if day is None:
        return ""
    if precision == YEAR:
        return str(day.year)
    if precision == MONTH:
        return date_format(day, "YEAR_MONTH_FORMAT")
    return date_format(day, "DATE_FORMAT" if long else "SHORT_DATE_FORMAT")


def iso(day, precision=DAY):
    """ISO 8601 as precise as the source: "2026-07" or "2025-12-31"."""
    if day is None:
        return ""
    if precision == YEAR:
        return f"{day.year:04d}"
    if precision == MONTH:
        return day.strftime("%Y-%m")
    return day.isoformat()


# Formatted when shown, in the reader's language (a column's name is computed once).
lazy_display = lazy(display, str)
short = lazy(lambda day: display(day), str)


def parse_partial(value):
    """(date, precision) of "2020-11" or "2021", or None: we never invent a day."""
    match = PARTIAL_DATE.match(value or "")
    if not match:
        return None
    if match["month"]:
        return datetime.date(int(match["year"]), int(match["month"]), 1), MONTH
    return datetime.date(int(match["year"]), 1, 1), YEAR


def partial_display(value):
    """'2020-11' -> 'November 2020', '2021' -> '2021' (other text as it is)."""
    parsed = parse_partial(value)
    return display(*parsed) if parsed else (value or "")


def partial_phrase(value):
    """For a sentence: 'im November 2020' or '2021'."""
    parsed = parse_partial(value)
    if parsed and parsed[1] == MONTH:
        return gettext("im %(month)s") % {"month": display(*parsed)}
    return partial_display(value)
