"""The dates of a Termin: one for a single event, the dates of its rule for a series.

A series is an RFC 5545 recurrence rule (python-dateutil computes it, icalendar writes it)
over *local* Berlin times: "every second Tuesday at 19:00" stays at 19:00 when the clocks
change, because the rule runs on wall-clock times and only each date is given its offset."""

import datetime
import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
BERLIN = ZoneInfo("Europe/Berlin")
HORIZON = datetime.timedelta(days=400)  # how far ahead an open-ended series is listed

_WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Occurrence:
    event: object
    start: datetime.datetime  # aware (Berlin); midnight for all-day events
    end: datetime.datetime | None  # aware; for all-day events the last day's midnight

    @property
    def all_day(self):
        return self.event.all_day

    @property
    def day(self):
        return self.start.date()

    @property
    def last_day(self):
        return self.end.date() if self.end else self.start.date()

    @property
    def cancelled(self):
        return self.event.cancelled


def _nth(day):
    """Which of its weekday in the month a date is: 1 to 4, or -1 for the fifth (last)."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def rule_parts(event):
    """The recurrence as RFC 5545 parts (FREQ, INTERVAL, BYDAY, BYMONTHDAY), or None."""
    weekday = _ICAL_DAYS[event.starts_on.weekday()]
    match event.repeat:
        case "weekly":
            return {"FREQ": "WEEKLY"}
        case "biweekly":
            return {"FREQ": "WEEKLY", "INTERVAL": 2}
        case "monthly_weekday":
            return {"FREQ": "MONTHLY", "BYDAY": f"{_nth(event.starts_on)}{weekday}"}
        case "monthly_last_weekday":
            return {"FREQ": "MONTHLY", "BYDAY": f"-1{weekday}"}
        case "monthly_date":
            return {"FREQ": "MONTHLY", "BYMONTHDAY": event.starts_on.day}
    return None


def local_start(event, day=None):
    """Naive wall-clock start on `day` (default: the first date)."""
    return datetime.datetime.combine(day or event.starts_on, event.start_time or datetime.time())


def _duration(event):
    start = local_start(event)
    if event.all_day:
        return datetime.timedelta(days=((event.ends_on or event.starts_on) - event.starts_on).days)
    end_day = event.ends_on or event.starts_on
    if event.end_time is None:
        return None
    return datetime.datetime.combine(end_day, event.end_time) - start


def nonexistent_time(day, time):
    """Whether this wall-clock time is skipped on that day (clocks go forward 2:00 -> 3:00)."""
    naive = datetime.datetime.combine(day, time)
    there_and_back = naive.replace(tzinfo=BERLIN).astimezone(datetime.UTC).astimezone(BERLIN)
    return there_and_back.replace(tzinfo=None) != naive


def aware(naive):
    """A local wall-clock time as an aware Berlin time; a time the clocks skip counts as the
    one an hour later (RFC 5545: "the offset before the gap"), which exists."""
    return naive.replace(tzinfo=BERLIN).astimezone(datetime.UTC).astimezone(BERLIN)


def span(event, start_naive):
    """(start, end) of one date of the event, aware; end None when the event names none.
    The one computation behind lists, JSON-LD and the calendars: never an end before the
    start, also on the night the clocks change."""
    duration = _duration(event)
    start = aware(start_naive)
    if duration is None:
        return start, None
    end = aware(start_naive + duration)
    if end <= start:  # the end fell into the skipped hour, or the start did
        end = (start.astimezone(datetime.UTC) + duration).astimezone(BERLIN)
    return start, end


def first_span(event):
    """The event's first date, as span() gives it (also for a series)."""
    return span(event, local_start(event))


def _rrule(event, not_before=None):
    parts = rule_parts(event)
    frequency = {"WEEKLY": rrule.WEEKLY, "MONTHLY": rrule.MONTHLY}[parts["FREQ"]]
    start = local_start(event)
    if not_before is not None and not_before > start:
        # Start the rule near the window, not years before it: the same dates, found at once.
        if frequency == rrule.WEEKLY:
            step = datetime.timedelta(weeks=parts.get("INTERVAL", 1))
            start += step * ((not_before - start) // step)
        else:  # monthly rules pick their days by BYDAY/BYMONTHDAY, whatever the first day
            start = datetime.datetime.combine(not_before.date().replace(day=1), start.time())
    options = {"dtstart": start, "interval": parts.get("INTERVAL", 1)}
    if "BYDAY" in parts:
        by_day = parts["BYDAY"]
        options["byweekday"] = _WEEKDAYS[_ICAL_DAYS.index(by_day[-2:])](int(by_day[:-2]))
    if "BYMONTHDAY" in parts:
        options["bymonthday"] = parts["BYMONTHDAY"]
    if event.repeat_until:
        options["until"] = datetime.datetime.combine(event.repeat_until, datetime.time.max)
    return rrule.rrule(frequency, **options)


def local_starts(event, after, before):
    """Naive local start times of the event's dates in [after, before), exceptions left out."""
    if not event.is_series:
        start = local_start(event)
        end = start + (_duration(event) or datetime.timedelta())
        return [start] if end >= after and start < before else []
    skipped = set(event.exception_dates)
    return [
        start
        for start in _rrule(event, not_before=after).between(after, before, inc=True)
        if start.date() not in skipped and start < before
    ]


def occurrences(event, after, before):
    """The event's dates overlapping [after, before) (aware or naive local datetimes). A row
    whose dates cannot be computed (written around the model's rules) has none, and is
    logged: a list or feed never breaks on it."""
    try:
        return _occurrences(event, after, before)
    except (ValueError, OverflowError, TypeError):
        logger.exception("Termin %s: Daten nicht berechenbar, ausgelassen", event.pk)
        return []


def _occurrences(event, after, before):
    after, before = _naive(after), _naive(before)
    duration = _duration(event)
    window_start = after - (duration or datetime.timedelta())
    found = []
    for start_naive in local_starts(event, window_start, before):
        start, end = span(event, start_naive)
        if (end or start) < aware(after):
            continue
        found.append(Occurrence(event, start, end))
    return found


def _naive(moment):
    if isinstance(moment, datetime.date) and not isinstance(moment, datetime.datetime):
        return datetime.datetime.combine(moment, datetime.time())
    if moment.tzinfo is not None:
        return moment.astimezone(BERLIN).replace(tzinfo=None)
    return moment


def next_occurrence(event, now):
    dates = occurrences(event, now, _naive(now) + HORIZON)
    return dates[0] if dates else None


NTH_WEEKDAY = {  # whole phrases, so every language can order and inflect them
    1: lambda: _("jeden ersten %(weekday)s im Monat"),
    2: lambda: _("jeden zweiten %(weekday)s im Monat"),
    3: lambda: _("jeden dritten %(weekday)s im Monat"),
    4: lambda: _("jeden vierten %(weekday)s im Monat"),
}


def describe_rule(event):
    """The rule in the reader's words: 'jeden 2. Dienstag im Monat'."""
    from django.utils.dates import WEEKDAYS

    weekday = str(WEEKDAYS[event.starts_on.weekday()])
    nth = _nth(event.starts_on)
    match event.repeat:
        case "weekly":
            text = _("jeden %(weekday)s") % {"weekday": weekday}
        case "biweekly":
            text = _("jeden zweiten %(weekday)s") % {"weekday": weekday}  # every other week
        case "monthly_weekday" if nth > 0:
            text = NTH_WEEKDAY[nth]() % {"weekday": weekday}
        case "monthly_weekday" | "monthly_last_weekday":
            text = _("jeden letzten %(weekday)s im Monat") % {"weekday": weekday}
        case "monthly_date":
            text = _("jeden Monat am %(day)d.") % {"day": event.starts_on.day}
        case _:
            return ""
    return text
