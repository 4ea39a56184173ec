"""Import of residents per Planungsraum from the Amt für Statistik Berlin-Brandenburg.

Two formats: the Einwohnerregisterstatistik CSV (ZEIT;RAUMID;…;E_E;…, stichtag in ZEIT) and
the table of the Statistischer Bericht A I 16 (Gesamt;unter6;…;PLR-ID, stichtag given). Each
stichtag is its own release: re-importing replaces its values, a new one adds a release."""

import calendar
import datetime
import re

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import DataImportError, ImportReport, parse_int, read_csv

from ..indicators import POPULATION_INDICATORS
from ..models import IndicatorRelease, IndicatorValue, Planungsraum
from .common import ensure_indicators, upsert_dataset

EWR_DATASET = {
    "name": "Einwohnerregisterstatistik: Einwohnerinnen und Einwohner nach Planungsräumen",
    "publisher": "Amt für Statistik Berlin-Brandenburg (AfS)",
    "source_url": "https://www.statistik-berlin-brandenburg.de",
    "licence": "CC BY 3.0 DE",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik",
    "description": "Melderechtlich registrierte Einwohnerinnen und Einwohner mit Hauptwohnsitz "
    "je Planungsraum, nach Geschlecht und Altersgruppen.",
    "order": 20,
}
REPORT_DATASET = {
    "name": "Statistischer Bericht A I 16: Einwohnerinnen und Einwohner nach Planungsräumen",
    "publisher": "Amt für Statistik Berlin-Brandenburg (AfS)",
    "source_url": "https://www.statistik-berlin-brandenburg.de",
    "licence": "CC BY 3.0 DE",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Amt für Statistik Berlin-Brandenburg, Statistischer Bericht A I 16",
    "description": "Einwohnerinnen und Einwohner je Planungsraum nach Altersgruppen, weiblich "
    "und ohne deutsche Staatsangehörigkeit. Für die Veränderung seit 2022.",
    "order": 21,
}

# Indicator key -> columns summed, per format.
EWR_COLUMNS = {
    "einwohner": ["E_E"],
    "einwohner_weiblich": ["E_EW"],
    "einwohner_maennlich": ["E_EM"],
    "alter_unter_6": ["E_EU1", "E_E1U6"],
    "alter_6_bis_15": ["E_E6U15"],
    "alter_15_bis_18": ["E_E15U18"],
    "alter_18_bis_65": ["E_E18U25", "E_E25U55", "E_E55U65"],
    "alter_65_und_mehr": ["E_E65U80", "E_E80U110"],
}
REPORT_COLUMNS = {
    "einwohner": ["Gesamt"],
    "einwohner_weiblich": ["weiblich"],
    "alter_unter_6": ["unter6"],
    "alter_6_bis_15": ["6-15"],
    "alter_15_bis_18": ["15-18"],
    "alter_18_bis_65": ["18-27", "27-45", "45-55", "55-65"],
    "alter_65_und_mehr": ["65undmehr"],
    "auslaender": ["ausländer"],
}
AGE_GROUPS = [key for key in EWR_COLUMNS if key.startswith("alter_")]


def reference_date_of(path, line, text):
    match = re.fullmatch(r"(\d{4})(\d{2})", text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise DataImportError(
            path, f"„{text}“ ist kein Stichtag (JJJJMM).", line=line, field="ZEIT"
        )
    year, month = int(match[1]), int(match[2])
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def stichtag_from_filename(path):
    match = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(path))
    return datetime.date(*map(int, match.groups())) if match else None


def import_population(path, stichtag=None):
    """Residents per Planungsraum; the format is recognised by the header."""
    with open(path, encoding="utf-8-sig") as handle:
        header = handle.readline()
    if header.startswith("ZEIT;"):
        return _import(path, EWR_COLUMNS, "afs-ewr", EWR_DATASET, code_column="RAUMID")
    stichtag = stichtag or stichtag_from_filename(path)
    if stichtag is None:
        raise DataImportError(path, "Stichtag fehlt: bitte --stichtag JJJJ-MM-TT angeben.")
    return _import(
        path, REPORT_COLUMNS, "afs-bericht-a-i-16", REPORT_DATASET, "PLR-ID", stichtag=stichtag
    )


def _import(path, column_map, dataset_slug, dataset_values, code_column, stichtag=None):
    columns = sorted({column for cols in column_map.values() for column in cols})
    required = [code_column, *columns] + ([] if stichtag else ["ZEIT"])
    rows = read_csv(path, required)
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(path, "Zuerst die LOR-Flächen importieren (import_lor).")
    parsed = {}
    reference_date = stichtag
    for line, row in rows:
        if not stichtag:
            date = reference_date_of(path, line, row["ZEIT"])
            if reference_date and date != reference_date:
                raise DataImportError(
                    path, "Mehrere Stichtage in einer Datei.", line=line, field="ZEIT"
                )
            reference_date = date
        code = row[code_column]
        if code not in planungsraeume:
            raise DataImportError(
                path, f"Unbekannter Planungsraum {code}.", line=line, field=code_column
            )
        if code in parsed:
            raise DataImportError(
                path, f"Planungsraum {code} doppelt.", line=line, field=code_column
            )
        numbers = {column: parse_int(path, line, column, row[column]) for column in columns}
        counts = {key: sum(numbers[c] for c in cols) for key, cols in column_map.items()}
        if sum(counts[key] for key in AGE_GROUPS) != counts["einwohner"]:
            raise DataImportError(
                path,
                "Die Altersgruppen ergeben nicht die Gesamtzahl.",
                line=line,
                field=column_map["einwohner"][0],
            )
        if "einwohner_maennlich" in counts and (
            counts["einwohner_weiblich"] + counts["einwohner_maennlich"] != counts["einwohner"]
        ):
            raise DataImportError(
                path, "Weiblich und männlich ergeben nicht die Gesamtzahl.", line=line
            )
        parsed[code] = counts
    missing = sorted(set(planungsraeume) - set(parsed))
    if missing:
        raise DataImportError(path, f"Es fehlen Planungsräume: {', '.join(missing)}.")

    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(dataset_slug, reference_date=reference_date, **dataset_values)
        indicators = ensure_indicators(
            [definition for definition in POPULATION_INDICATORS if definition.key in column_map]
        )
        release, created = IndicatorRelease.objects.get_or_create(
            dataset=dataset, reference_date=reference_date
        )
        report.count("Datenstände", created)
        release.values.all().delete()
        IndicatorValue.objects.bulk_create(
            IndicatorValue(
                release=release,
                indicator=indicators[key],
                planungsraum_id=planungsraeume[code],
                value=count,
            )
            for code, counts in parsed.items()
            for key, count in counts.items()
        )
        report.created["Werte"] = len(parsed) * len(column_map)
        bump_after_commit()  # bulk inserts send no signals
    return report
