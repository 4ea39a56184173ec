"""Import of the Kita places of all Berlin per Bezirksregion, district and Berlin (the
open-data product "berlin-daycare-centers"): Kita places per 100 children beside Berlin."""

import datetime
import re
from pathlib import Path

from spk_site.imports.files import (
    DataImportError,
    parse_int,
    read_csv,
)

from ..models import Dataset
from ..models.berlin import (
    BERLIN_CODE,
    LEVEL_OF_CODE_LENGTH,
    BerlinKita,
)
from .berlin import CODE_LENGTH, EXPECTED_ROWS
from .common import replace_comparison_rows

KITA_DATASET_SLUG = "berlin-kitas-vergleich"
KITA_BERLIN_DATASET = {
    "name": "Kita-Plätze in ganz Berlin, den Bezirken und allen Bezirksregionen",
    "publisher": "Senatsverwaltung für Bildung, Jugend und Familie (Kitaliste); aufbereitet im "
    "Datenprodukt „berlin-daycare-centers“",
    "source_url": "",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Senatsverwaltung für Bildung, Jugend und Familie, Kitaliste",
    "reference_precision": Dataset.Precision.MONTH,
    "description": "Genehmigte Plätze und Zahl der Kitas je Bezirksregion, Bezirk und für Berlin "
    "nach der Kitaliste: der Vergleich der Kita-Plätze je 100 Kinder unter 6 Jahren mit Berlin.",
    "order": 43,
}
KITA_FILE = re.compile(
    r"^berlin-daycare-centers-(?P<year>\d{4})-(?P<month>\d{2})-"
    r"(?P<level>city|districts|district-regions)\.csv$"
)


def import_berlin_kitas(folder):
    """The Kita places per Bezirksregion, district and for Berlin of the newest Kita list in
    the folder; replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner kitas (Berlin) angeben.")
    lists = {}
    for path in sorted(folder.iterdir()):
        match = KITA_FILE.match(path.name)
        if match:
            month = datetime.date(int(match["year"]), int(match["month"]), 1)
            lists.setdefault(month, {})[match["level"]] = path
    if not lists:
        raise DataImportError(folder, "Keine Datei berlin-daycare-centers-JJJJ-MM-….csv.")
    month = max(lists)
    rows = []
    for level in ("city", "districts", "district-regions"):
        path = lists[month].get(level)
        if path is None:
            raise DataImportError(folder, f"Für {month:%m/%Y} fehlt die Datei {level}.")
        columns = ("places", "daycare_centers") + (() if level == "city" else ("id",))
        found = []
        for line, row in read_csv(path, columns, delimiter=","):
            area = BERLIN_CODE if level == "city" else row["id"].strip()
            if len(area) != CODE_LENGTH[level] or not area.isdigit():
                raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
            places = parse_int(path, line, "places", row["places"])
            centres = parse_int(path, line, "daycare_centers", row["daycare_centers"])
            found.append((area, places, centres))
        if len(found) != EXPECTED_ROWS[level]:
            raise DataImportError(
                path, f"{len(found)} Zeilen, erwartet {EXPECTED_ROWS[level]} ({level})."
            )
        rows += found
    return replace_comparison_rows(
        BerlinKita,
        "Kita-Plätze (Berlin)",
        KITA_DATASET_SLUG,
        {**KITA_BERLIN_DATASET, "reference_date": month},
        [
            {
                "area": area,
                "level": LEVEL_OF_CODE_LENGTH[len(area)],
                "places": places,
                "centres": centres,
            }
            for area, places, centres in rows
        ],
    )
