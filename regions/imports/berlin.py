"""Import of Berlin's residents per half-year for the city, the twelve districts and all 143
Bezirksregionen (the open-data product "berlin-lor-population", tables T2): what a profile
needs to set Neukölln's figures beside Berlin's. A folder holds one file per level and date,
named berlin-lor-population-YYYY-0H-t2-{city,districts,district-regions}.csv (01 = 30.06.,
02 = 31.12.); the whole import replaces the rows it held, in one transaction."""

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
    LEVEL_OF_CODE_LENGTH,
    BerlinCrime,
    BerlinPopulation,
)
from .common import replace_comparison_rows

BERLIN_DATASET_SLUG = "berlin-einwohner-vergleich"
BERLIN_DATASET = {
    "name": "Einwohnerinnen und Einwohner in ganz Berlin, den Bezirken und allen Bezirksregionen",
    "publisher": "Amt für Statistik Berlin-Brandenburg (AfS), Statistischer Bericht A I 16; "
    "aufbereitet im Datenprodukt „berlin-lor-population“",
    "source_url": "https://www.statistik-berlin-brandenburg.de",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Amt für Statistik Berlin-Brandenburg, Statistischer Bericht A I 16",
    "description": "Einwohnerinnen und Einwohner nach Altersgruppen zu jedem Halbjahr vom "
    "30.06.2021 bis zum 31.12.2024 für Berlin, die zwölf Bezirke und die 143 Bezirksregionen: "
    "die Vergleichswerte der Profile und der Rang unter allen Bezirksregionen Berlins.",
    "order": 22,
}
FILE_NAME = re.compile(
    r"^berlin-lor-population-(?P<year>\d{4})-(?P<half>0[12])-t2-"
    r"(?P<level>city|districts|district-regions)\.csv$"
)
EXPECTED_ROWS = {"city": 1, "districts": 12, "district-regions": 143}
CODE_LENGTH = {"city": 1, "districts": 2, "district-regions": 6}
UNDER_6_COLUMN = "inhabitants_age_below_6"
UNDER_18_COLUMNS = (UNDER_6_COLUMN, "inhabitants_age_6_15", "inhabitants_age_15_18")
COLUMNS = ("id", "inhabitants", "inhabitants_age_above_65", *UNDER_18_COLUMNS)


def _reference_date(year, half):
    return datetime.date(int(year), 6, 30) if half == "01" else datetime.date(int(year), 12, 31)


def _rows_of(path, level):
    rows = []
    for line, row in read_csv(path, COLUMNS, delimiter=","):
        area = row["id"].strip()
        if not area.isdigit() or len(area) != CODE_LENGTH[level]:
            raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
        residents = parse_int(path, line, "inhabitants", row["inhabitants"])
        under_18 = sum(parse_int(path, line, name, row[name]) for name in UNDER_18_COLUMNS)
        under_6 = parse_int(path, line, UNDER_6_COLUMN, row[UNDER_6_COLUMN])
        aged = parse_int(path, line, "inhabitants_age_above_65", row["inhabitants_age_above_65"])
        if under_18 > residents or aged > residents:
            raise DataImportError(path, "Altersgruppen größer als die Einwohnerzahl.", line=line)
        rows.append((area, LEVEL_OF_CODE_LENGTH[len(area)], residents, under_18, under_6, aged))
    if len(rows) != EXPECTED_ROWS[level]:
        raise DataImportError(
            path, f"{len(rows)} Zeilen, erwartet {EXPECTED_ROWS[level]} ({level})."
        )
    return rows


def import_berlin_population(folder):
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner mit den T2-Tabellen angeben.")
    found = []
    for path in sorted(folder.iterdir()):
        match = FILE_NAME.match(path.name)
        if match:
            day = _reference_date(match["year"], match["half"])
            found += [(day, *row) for row in _rows_of(path, match["level"])]
    if not found:
        raise DataImportError(folder, "Keine Datei berlin-lor-population-JJJJ-0H-t2-….csv.")
    newest = max(day for day, *_row in found)
    return replace_comparison_rows(
        BerlinPopulation,
        "Vergleichswerte",
        BERLIN_DATASET_SLUG,
        {**BERLIN_DATASET, "reference_date": newest, "reference_precision": Dataset.Precision.DAY},
        [
            {
                "reference_date": day,
                "area": area,
                "level": level,
                "residents": residents,
                "under_18": under_18,
                "under_6": under_6,
                "aged_65_and_over": aged,
            }
            for day, area, level, residents, under_18, under_6, aged in found
        ],
    )


CRIME_DATASET_SLUG = "berlin-kriminalitaetsatlas"
CRIME_DATASET = {
    "name": "Kriminalitätsatlas Berlin: kiezbezogene Straftaten je Bezirksregion",
    "publisher": "Polizei Berlin; aufbereitet im Datenprodukt „berlin-lor-crime-atlas“",
    "source_url": "",  # the data README names no address; staff may add the confirmed one
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Polizei Berlin, Kriminalitätsatlas",
    "description": "Fälle kiezbezogener Straftaten je Bezirk und Bezirksregion und die "
    "Häufigkeitszahl je 100.000 Einwohner je Bezirksregion (Kernindikator A8 der "
    "Bezirksregionenprofile: Häufigkeitszahl geteilt durch 1.000). Die Häufigkeitszahlen der "
    "Bezirke und die Fallzahl für ganz Berlin der Quelle sind fehlerhaft und nicht übernommen.",
    "order": 23,
}
CRIME_FILE = re.compile(
    r"^berlin-lor-crime-atlas-(?P<year>\d{4})-00-(?P<kind>case-numbers|frequency-numbers)-"
    r"(?P<level>districts|district-regions)\.csv$"
)
NOT_ASSIGNABLE = "9900"  # a district's cases the police could not place in a region


def _crime_cells(path, level):
    cells = {}
    for line, row in read_csv(path, ("id", "kieztaten"), delimiter=","):
        area = row["id"].strip()
        if not area.isdigit() or len(area) != CODE_LENGTH[level]:
            raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
        if level == "district-regions" and area.endswith(NOT_ASSIGNABLE):
            continue
        cells[area] = parse_int(path, line, "kieztaten", row["kieztaten"])
    if len(cells) != EXPECTED_ROWS[level]:
        raise DataImportError(path, f"{len(cells)} Gebiete, erwartet {EXPECTED_ROWS[level]}.")
    return cells


def import_berlin_crime(folder):
    """The case numbers per district and Bezirksregion and the regions' frequencies of each
    year in the folder; replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(
            folder, "Kein Ordner: bitte den Ordner des Kriminalitätsatlas angeben."
        )
    found = {}
    for path in sorted(folder.iterdir()):
        match = CRIME_FILE.match(path.name)
        if match and not (match["kind"] == "frequency-numbers" and match["level"] == "districts"):
            found[(int(match["year"]), match["kind"], match["level"])] = _crime_cells(
                path, match["level"]
            )
    years = sorted({year for year, _kind, _level in found})
    rows = []
    for year in years:
        needed = [(year, "case-numbers", "districts"), (year, "case-numbers", "district-regions")]
        needed.append((year, "frequency-numbers", "district-regions"))
        missing = [kind for kind in needed if kind not in found]
        if missing:
            raise DataImportError(
                folder, f"Für {year} fehlt die Datei {missing[0][1]}-{missing[0][2]}."
            )
        frequencies = found[(year, "frequency-numbers", "district-regions")]
        for level in ("districts", "district-regions"):
            for area, cases in found[(year, "case-numbers", level)].items():
                rows.append(
                    (year, area, cases, frequencies.get(area) if level != "districts" else None)
                )
    if not rows:
        raise DataImportError(folder, "Keine Datei berlin-lor-crime-atlas-JJJJ-00-….csv.")
    return replace_comparison_rows(
        BerlinCrime,
        "Kriminalitätsatlas",
        CRIME_DATASET_SLUG,
        {
            **CRIME_DATASET,
            "reference_date": datetime.date(years[-1], 1, 1),
            "reference_precision": Dataset.Precision.YEAR,
        },
        [
            {
                "year": year,
                "area": area,
                "level": LEVEL_OF_CODE_LENGTH[len(area)],
                "kiez_offences": cases,
                "kiez_offences_per_100_000": frequency,
            }
            for year, area, cases, frequency in rows
        ],
    )
