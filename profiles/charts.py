"""The profile's pictures drawn on the server as SVG (no JavaScript, no request to anyone),
each with a table beside it as its alternative."""

from dataclasses import dataclass, field

from regions.charts import format_value

WIDTH, HEIGHT = 420, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 30
# Half-years are 181-184 days apart; a longer step is a gap in the data, drawn as a gap.
LONGEST_STEP_DAYS = 190
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM


def _scale(first, last, low, high):
    """The (x, y) in the SVG of a (date, value) on a plot from first to last, low to high."""
    days = (last - first).days or 1

    def xy(day, value):
        x = LEFT + (day - first).days / days * PLOT_WIDTH
        y = TOP + (high - value) / (high - low) * PLOT_HEIGHT
        return round(x, 1), round(y, 1)

    return xy


def _year_labels(first, last, xy, low):
    """(x, year) at each 30 June between first and last: the half-year dates' own rhythm."""
    labels = []
    for year in range(first.year, last.year + 1):
        day = first.replace(year=year, month=6, day=30)
        if first <= day <= last:
            labels.append((xy(day, low)[0], str(year)))
    return labels


class _Drawing:
    width = WIDTH
    height = HEIGHT

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


@dataclass
class SeriesChart(_Drawing):
    title: str
    description: str
    segments: list = field(default_factory=list)  # polyline point strings
    points: list = field(default_factory=list)  # (x, y)
    x_labels: list = field(default_factory=list)  # (x, text)
    y_labels: list = field(default_factory=list)  # (y, text)
    gaps: list = field(default_factory=list)  # (x, width): spans without data
    plot: dict = field(default_factory=dict)


def series_chart(points, *, title, description):
    """points: [(date, value)], oldest first; unknown values are left out."""
    known = [(day, value) for day, value in points if value is not None]
    if len(known) < 2:
        return None
    chart = SeriesChart(title, description)
    first, last = known[0][0], known[-1][0]
    low = min(value for _day, value in known)
    high = max(value for _day, value in known)
    pad = (high - low) * 0.1 or high * 0.01 or 1
    low, high = low - pad, high + pad
    xy = _scale(first, last, low, high)

    segment = []
    previous = None
    for day, value in known:
        point = xy(day, value)
        if previous is not None and (day - previous).days > LONGEST_STEP_DAYS:
            chart.segments.append(segment)
            chart.gaps.append((segment[-1][0], round(point[0] - segment[-1][0], 1)))
            segment = []
        segment.append(point)
        chart.points.append(point)
        previous = day
    chart.segments.append(segment)
    chart.plot = {
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "height": PLOT_HEIGHT,
        "middle": TOP + PLOT_HEIGHT / 2,
        "label_y": HEIGHT - 8,
    }
    chart.segments = [" ".join(f"{x:g},{y:g}" for x, y in part) for part in chart.segments]
    chart.x_labels = _year_labels(first, last, xy, low)
    for value in (low + pad, high - pad):
        chart.y_labels.append((xy(first, value)[1], format_value(value, 0)))
    return chart


@dataclass
class IndexChart(_Drawing):
    """Several lines on one scale, 30.06.2021 = 100: each line has its own dash pattern, so
    they are told apart without colour; the table beside it names every value."""

    title: str
    description: str
    lines: list = field(default_factory=list)  # {"name", "style", "points"}
    x_labels: list = field(default_factory=list)
    y_labels: list = field(default_factory=list)
    plot: dict = field(default_factory=dict)


LINE_STYLES = ("solid", "dashed", "dotted")


def index_chart(lines, *, title, description):
    """lines: [(name, [(date, index)])], the same dates in each, oldest first."""
    lines = [(name, points) for name, points in lines if len(points) >= 2]
    if not lines:
        return None
    chart = IndexChart(title, description)
    days = sorted({day for _name, points in lines for day, _value in points})
    first, last = days[0], days[-1]
    values = [value for _name, points in lines for _day, value in points]
    low, high = min(min(values), 100), max(max(values), 100)
    pad = (high - low) * 0.1 or 1
    low, high = low - pad, high + pad
    xy = _scale(first, last, low, high)

    for (name, points), style in zip(lines, LINE_STYLES, strict=False):
        drawn = " ".join("{:g},{:g}".format(*xy(day, value)) for day, value in points)
        chart.lines.append({"name": name, "style": style, "points": drawn})
    chart.plot = {"left": LEFT, "right": WIDTH - RIGHT, "label_y": HEIGHT - 8}
    chart.x_labels = _year_labels(first, last, xy, low)
    steps = sorted({100, round(low + pad), round(high - pad)})
    chart.y_labels = [(xy(first, value)[1], format_value(value, 0)) for value in steps]
    return chart
