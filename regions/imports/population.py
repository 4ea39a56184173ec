"""Import of residents per Planungsraum from the Amt für Statistik Berlin-Brandenburg.

Two formats: the Einwohnerregisterstatistik CSV (ZEIT;RAUMID;…;E_E;…, stichtag in ZEIT) and
the table of the Statistischer Bericht A I 16 (Gesamt;unter6;…;PLR-ID, stichtag given). Each
stichtag is its own release: re-importing replaces its values, a new one adds a release."""

import calendar
import datetime
import re

from django.db import transaction
from django.db.models import Max

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import DataImportError, ImportReport, first_line, parse_int, read_csv

from ..figures.population import (
    AGE_6_TO_15,
    AGE_15_TO_18,
    AGE_18_TO_65,
    AGE_65_AND_OVER,
    AGES,
    FEMALE,
    FOREIGNERS,
    MALE,
    MIGRATION_BACKGROUND,
    POPULATION,
    UNDER_6,
)
from ..models import IndicatorRelease, IndicatorValue, Planungsraum
from .common import upsert_dataset

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
    "publisher": "Amt für Statistik Berlin-Brandenburg (AfS); Halbjahresstände aufbereitet im "
    "Datenprodukt „berlin-lor-population-source-aligned“",
    "source_url": "https://www.statistik-berlin-brandenburg.de",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Amt für Statistik Berlin-Brandenburg, Statistischer Bericht A I 16",
    "description": "Einwohnerinnen und Einwohner je Planungsraum zu jedem Halbjahr vom "
    "30.06.2021 bis zum 31.12.2024, nach Altersgruppen, weiblich, ohne deutsche "
    "Staatsangehörigkeit und mit Migrationshintergrund. Für den Verlauf und die Veränderung "
    "seit 2021.",
    "order": 21,
}

# Figure key -> columns summed, per format.
EWR_COLUMNS = {
    POPULATION: ["E_E"],
    FEMALE: ["E_EW"],
    MALE: ["E_EM"],
    UNDER_6: ["E_EU1", "E_E1U6"],
    AGE_6_TO_15: ["E_E6U15"],
    AGE_15_TO_18: ["E_E15U18"],
    AGE_18_TO_65: ["E_E18U25", "E_E25U55", "E_E55U65"],
    AGE_65_AND_OVER: ["E_E65U80", "E_E80U110"],
}
REPORT_COLUMNS = {
    POPULATION: ["Gesamt"],
    FEMALE: ["weiblich"],
    UNDER_6: ["unter6"],
    AGE_6_TO_15: ["6-15"],
    AGE_15_TO_18: ["15-18"],
    AGE_18_TO_65: ["18-27", "27-45", "45-55", "55-65"],
    AGE_65_AND_OVER: ["65undmehr"],
    FOREIGNERS: ["ausländer"],
}
# The half-year tables of the open-data product (one row per Planungsraum and date).
HALF_YEAR_COLUMNS = {
    POPULATION: ["inhabitants"],
    FEMALE: ["inhabitants_female"],
    UNDER_6: ["inhabitants_age_below_6"],
    AGE_6_TO_15: ["inhabitants_age_6_15"],
    AGE_15_TO_18: ["inhabitants_age_15_18"],
    AGE_18_TO_65: [
        "inhabitants_age_18_27",
        "inhabitants_age_27_45",
        "inhabitants_age_45_55",
        "inhabitants_age_55_65",
    ],
    AGE_65_AND_OVER: ["inhabitants_age_above_65"],
    FOREIGNERS: ["inhabitants_foreigners"],
}
HALF_YEAR_MIGRATION_COLUMNS = {
    MIGRATION_BACKGROUND: ["inhabitants_with_migration_background"],
}
# Read to check the table adds up, not stored (residents and foreigners come from the other one).
MIGRATION_CHECK_COLUMNS = {
    "inhabitants",
    "inhabitants_foreigners",
    "inhabitants_germans_with_migration_background",
    "inhabitants_germans_without_migration_background",
}


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
    header = first_line(path)
    if header.startswith("ZEIT;"):
        return _import(path, EWR_COLUMNS, "afs-ewr", EWR_DATASET, code_column="RAUMID")
    if header.startswith("stand,"):
        columns = (
            HALF_YEAR_MIGRATION_COLUMNS
            if "inhabitants_with_migration_background" in header
            else HALF_YEAR_COLUMNS
        )
        return _import(path, columns, "afs-bericht-a-i-16", REPORT_DATASET, "id", by_row=True)
    stichtag = stichtag or stichtag_from_filename(path)
    if stichtag is None:
        raise DataImportError(path, "Stichtag fehlt: bitte --stichtag JJJJ-MM-TT angeben.")
    return _import(
        path, REPORT_COLUMNS, "afs-bericht-a-i-16", REPORT_DATASET, "PLR-ID", stichtag=stichtag
    )


def _date_of_row(path, line, row, stichtag, by_row):
    if stichtag:
        return stichtag
    if not by_row:
        return reference_date_of(path, line, row["ZEIT"])
    try:
        date = datetime.date.fromisoformat(row["stand"])
    except ValueError:
        raise DataImportError(
            path, f"„{row['stand']}“ ist kein Stichtag (JJJJ-MM-TT).", line=line, field="stand"
        ) from None
    if (date.month, date.day) not in ((6, 30), (12, 31)):
        raise DataImportError(
            path, "Halbjahresstände sind der 30.06. oder der 31.12.", line=line, field="stand"
        )
    return date


def _checked_counts(path, line, row, column_map, columns):
    numbers = {column: parse_int(path, line, column, row[column]) for column in columns}
    counts = {key: sum(numbers[c] for c in cols) for key, cols in column_map.items()}
    ages_known = POPULATION in counts and all(key in counts for key in AGES)
    if ages_known and sum(counts[key] for key in AGES) != counts[POPULATION]:
        raise DataImportError(
            path,
            "Die Altersgruppen ergeben nicht die Gesamtzahl.",
            line=line,
            field=column_map[POPULATION][0],
        )
    if MALE in counts and (counts[FEMALE] + counts[MALE] != counts[POPULATION]):
        raise DataImportError(
            path, "Weiblich und männlich ergeben nicht die Gesamtzahl.", line=line
        )
    if MIGRATION_BACKGROUND in counts:
        germans_with = numbers["inhabitants_germans_with_migration_background"]
        parts = (
            numbers["inhabitants_germans_without_migration_background"]
            + germans_with
            + numbers["inhabitants_foreigners"]
        )
        if parts != numbers["inhabitants"] or (
            germans_with + numbers["inhabitants_foreigners"] != counts[MIGRATION_BACKGROUND]
        ):
            raise DataImportError(
                path,
                "Deutsche mit und ohne Migrationshintergrund und Ausländer ergeben nicht die "
                "Gesamtzahl.",
                line=line,
            )
    return counts


def _import(
    path, column_map, dataset_slug, dataset_values, code_column, stichtag=None, by_row=False
):
    columns = {column for cols in column_map.values() for column in cols}
    if MIGRATION_BACKGROUND in column_map:
        columns |= MIGRATION_CHECK_COLUMNS
    columns = sorted(columns)
    date_column = [] if stichtag else ["stand" if by_row else "ZEIT"]
    rows = read_csv(path, [code_column, *columns, *date_column])
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(path, "Zuerst die LOR-Flächen importieren (import_lor).")
    parsed = {}  # date -> {code: counts}
    for line, row in rows:
        date = _date_of_row(path, line, row, stichtag, by_row)
        if parsed and date not in parsed and not by_row:
            raise DataImportError(
                path, "Mehrere Stichtage in einer Datei.", line=line, field="ZEIT"
            )
        code = row[code_column]
        if code not in planungsraeume:
            raise DataImportError(
                path, f"Unbekannter Planungsraum {code}.", line=line, field=code_column
            )
        if code in parsed.get(date, {}):
            raise DataImportError(
                path, f"Planungsraum {code} doppelt.", line=line, field=code_column
            )
        parsed.setdefault(date, {})[code] = _checked_counts(path, line, row, column_map, columns)
    for date, counts in parsed.items():
        missing = sorted(set(planungsraeume) - set(counts))
        if missing:
            raise DataImportError(
                path, f"Am {date:%d.%m.%Y} fehlen Planungsräume: {', '.join(missing)}."
            )

    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(dataset_slug, **dataset_values)
        for date, counts_by_code in sorted(parsed.items()):
            release, created = IndicatorRelease.objects.get_or_create(
                dataset=dataset, reference_date=date
            )
            report.count("Datenstände", created)
            # A second table of the same date (migration background) adds its indicators.
            release.values.filter(indicator__in=list(column_map)).delete()
            IndicatorValue.objects.bulk_create(
                IndicatorValue(
                    release=release,
                    indicator=key,
                    planungsraum_id=planungsraeume[code],
                    value=count,
                )
                for code, counts in counts_by_code.items()
                for key, count in counts.items()
            )
            report.created["Werte"] = report.created.get("Werte", 0) + len(counts_by_code) * len(
                column_map
            )
        dataset.reference_date = dataset.releases.aggregate(newest=Max("reference_date"))["newest"]
        dataset.save(update_fields=["reference_date"])
        bump_after_commit("figures")  # bulk inserts send no signals
    return report
