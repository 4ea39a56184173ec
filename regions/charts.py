"""Horizontal bar charts drawn on the server as accessible SVG (title, description, values as
text), with the district value marked. The table next to each chart is its alternative."""

from dataclasses import dataclass, field

from django.utils.formats import number_format

WIDTH = 600
LABEL_WIDTH = 190
VALUE_WIDTH = 80
BAR_HEIGHT = 26
GAP = 10
TOP = 8
BOTTOM = 26


@dataclass
class Bar:
    y: float
    x: float
    width: float
    label: str
    value_text: str
    text_x: float
    negative: bool


@dataclass
class BarChart:
    chart_id: str
    title: str
    description: str
    height: int
    bars: list = field(default_factory=list)
    zero_x: float = 0
    district_x: float | None = None
    district_text: str = ""
    label_width: int = LABEL_WIDTH
    width: int = WIDTH

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def plot_bottom(self):
        return self.height - BOTTOM


MINUS = "\u2212"


def format_value(value, decimals, unit=""):
    """A number as people read it here: grouped, decimal comma, a real minus sign (−) and
    never "−0,0" for a value that rounds to zero."""
    if value is None:
        return "unbekannt"
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = abs(rounded)
    text = number_format(abs(rounded), decimals, use_l10n=True, force_grouping=True)
    if rounded < 0:
        text = MINUS + text
    return f"{text} {unit}" if unit else text


def bar_chart(chart_id, column, items, district_value):
    """items: [(label, value or None)]; values None are drawn as 'unbekannt'."""
    known = [value for _label, value in items if value is not None]
    if district_value is not None:
        known.append(district_value)
    low, high = min([0, *known]), max([0, *known])
    span = (high - low) or 1
    plot_left = LABEL_WIDTH
    plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH

    def x_of(value):
        return plot_left + (value - low) / span * plot_width

    zero_x = x_of(0)
    height = TOP + len(items) * (BAR_HEIGHT + GAP) + BOTTOM
    unit = column.display_unit
    district_text = format_value(district_value, column.decimals, unit)
    chart = BarChart(
        chart_id=chart_id,
        title=f"{column.name}, Stand {column.reference_date:%d.%m.%Y}",
        description="; ".join(
            f"{label}: {format_value(value, column.decimals, unit)}" for label, value in items
        )
        + f"; Bezirk Neukölln: {district_text}.",
        height=height,
        zero_x=round(zero_x, 1),
        district_x=round(x_of(district_value), 1) if district_value is not None else None,
        district_text=district_text,
    )
    for index, (label, value) in enumerate(items):
        y = TOP + index * (BAR_HEIGHT + GAP)
        if value is None:
            chart.bars.append(Bar(y, zero_x, 0, label, "unbekannt", zero_x + 4, False))
            continue
        end = x_of(value)
        left, right = sorted((zero_x, end))
        chart.bars.append(
            Bar(
                y=y,
                x=round(left, 1),
                width=round(max(right - left, 1), 1),
                label=label,
                value_text=format_value(value, column.decimals, unit),
                text_x=round(max(right, zero_x) + 4, 1),
                negative=value < 0,
            )
        )
    return chart
