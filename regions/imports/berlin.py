"""Import of Berlin's residents per half-year for the city, the twelve districts and all 143
Bezirksregionen (the open-data product "berlin-lor-population", tables T2): what a profile
needs to set Neukölln's figures beside Berlin's. A folder holds one file per level and date,
named berlin-lor-population-YYYY-0H-t2-{city,districts,district-regions}.csv (01 = 30.06.,
02 = 31.12.); the whole import replaces the rows it held, in one transaction."""

import datetime
import re
from pathlib import Path

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import DataImportError, ImportReport, parse_int, read_csv

from ..models import Dataset
from ..models.berlin import LEVEL_OF_CODE_LENGTH, BerlinPopulation
from .common import upsert_dataset

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
UNDER_18_COLUMNS = ("inhabitants_age_below_6", "inhabitants_age_6_15", "inhabitants_age_15_18")
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
        aged = parse_int(path, line, "inhabitants_age_above_65", row["inhabitants_age_above_65"])
        if under_18 > residents or aged > residents:
            raise DataImportError(path, "Altersgruppen größer als die Einwohnerzahl.", line=line)
        rows.append((area, LEVEL_OF_CODE_LENGTH[len(area)], residents, under_18, aged))
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
    report = ImportReport()
    with transaction.atomic():
        newest = max(day for day, *_row in found)
        dataset = upsert_dataset(
            BERLIN_DATASET_SLUG,
            **BERLIN_DATASET,
            reference_date=newest,
            reference_precision=Dataset.Precision.DAY,
        )
        BerlinPopulation.objects.all().delete()
        BerlinPopulation.objects.bulk_create(
            BerlinPopulation(
                dataset=dataset,
                reference_date=day,
                area=area,
                level=level,
                residents=residents,
                under_18=under_18,
                aged_65_and_over=aged,
            )
            for day, area, level, residents, under_18, aged in found
        )
        report.created["Vergleichswerte"] = len(found)
        bump_after_commit("figures")
    return report
