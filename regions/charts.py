"""Bar charts drawn on the server, as HTML: each bar is a row with its label and its value as
text (readable at any width, ≥ 12 px on a phone) and a small SVG for the bar itself, with
the district's value marked. The table next to each chart is its alternative."""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

MINUS = "\u2212"


def format_value(value, decimals, unit=""):
    """A number as people read it here: grouped, decimal comma, a real minus sign (−) and
    never "−0,0" for a value that rounds to zero."""
    if value is None:
        return _("unbekannt")
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = abs(rounded)
    text = number_format(abs(rounded), decimals, use_l10n=True, force_grouping=True)
    if rounded < 0:
        text = MINUS + text
    return f"{text} {unit}" if unit else text


@dataclass
class Bar:
    label: str
    value_text: str
    x: float  # where the bar starts, in percent of the plot width
    width: float  # in percent
    negative: bool
    known: bool


@dataclass
class BarChart:
    chart_id: str
    title: str
    bars: list = field(default_factory=list)
    zero: float = 0
    district: float | None = None  # where the district's value is, in percent
    district_text: str = ""


def bar_chart(chart_id, column, items, district_value):
    """items: [(label, value or None)]; values None are shown as 'unbekannt'."""
    known = [value for _label, value in items if value is not None]
    if district_value is not None:
        known.append(district_value)
    low, high = min([0, *known]), max([0, *known])
    span = (high - low) or 1

    def percent(value):
        return round((value - low) / span * 100, 2)

    unit = column.display_unit
    chart = BarChart(
        chart_id=chart_id,
        title=_("%(name)s, Stand %(date)s")
        % {"name": column.name, "date": column.reference_display},
        zero=percent(0),
        district=percent(district_value) if district_value is not None else None,
        # in Unicode isolates: "−0,6 %" keeps its order inside an Arabic sentence
        district_text=f"\u2066{format_value(district_value, column.decimals, unit)}\u2069"
        if district_value is not None
        else "",
    )
    for label, value in items:
        if value is None:
            chart.bars.append(Bar(label, _("unbekannt"), chart.zero, 0, False, False))
            continue
        start, end = sorted((chart.zero, percent(value)))
        chart.bars.append(
            Bar(
                label=label,
                value_text=format_value(value, column.decimals, unit),
                x=start,
                width=max(round(end - start, 2), 0.5),
                negative=value < 0,
                known=True,
            )
        )
    return chart
