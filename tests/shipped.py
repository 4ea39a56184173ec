"""What the shipped fixtures hold, read from the files themselves (never through the site's
code): tests compare with these instead of numbers of one data release, so the next monthly
Kita list or population release changes no test."""

import csv
import functools
import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@functools.cache
def kita_count():
    rows = json.loads((FIXTURES / "kitas.json").read_text(encoding="utf-8"))
    return sum(1 for row in rows if row["model"] == "places.place" and row["fields"]["published"])


@functools.cache
def address_count():
    with open(FIXTURES / "addresses.csv", encoding="utf-8", newline="") as handle:
        return sum(1 for _row in csv.DictReader(handle, delimiter=";"))


@functools.cache
def district_population():
    """The residents of the newest release: the sum over every Planungsraum."""
    with open(FIXTURES / "indicator_values.csv", encoding="utf-8", newline="") as handle:
        rows = [
            row for row in csv.DictReader(handle, delimiter=";") if row["indikator"] == "einwohner"
        ]
    newest = max(row["stichtag"] for row in rows)
    return round(sum(float(row["wert"]) for row in rows if row["stichtag"] == newest))
