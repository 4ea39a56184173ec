from django import template
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


def _clock(moment):
    return f"{moment:%H:%M}"


@register.simple_tag
def event_when(occurrence):
    """'Dienstag, 13. Oktober 2026, 19:00–21:00 Uhr' in the reader's language, in <time>."""
    start, end = occurrence.start, occurrence.end
    day = f"{WEEKDAYS[start.weekday()]}, {date_format(start.date(), 'DATE_FORMAT')}"
    if occurrence.all_day:
        last = occurrence.last_day
        if last > start.date():
            return format_html(
                '<time datetime="{}">{}</time> – <time datetime="{}">{}</time>',
                start.date().isoformat(),
                day,
                last.isoformat(),
                f"{WEEKDAYS[last.weekday()]}, {date_format(last, 'DATE_FORMAT')}",
            )
        return format_html('<time datetime="{}">{}</time>', start.date().isoformat(), day)
    suffix = " Uhr" if get_language() == "de" else ""
    if end is None:
        return format_html(
            '<time datetime="{}">{}, {}{}</time>', start.isoformat(), day, _clock(start), suffix
        )
    if end.date() == start.date():
        return format_html(
            '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}{}</time>',
            start.isoformat(),
            day,
            _clock(start),
            end.isoformat(),
            _clock(end),
            suffix,
        )
    end_day = f"{WEEKDAYS[end.weekday()]}, {date_format(end.date(), 'DATE_FORMAT')}"
    return format_html(
        '<time datetime="{}">{}, {}</time> – <time datetime="{}">{}, {}{}</time>',
        start.isoformat(),
        day,
        _clock(start),
        end.isoformat(),
        end_day,
        _clock(end),
        suffix,
    )
