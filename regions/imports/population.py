"""Import of residents per Planungsraum from the Amt für Statistik Berlin-Brandenburg."""

import calendar
import datetime
import re

from django.db import transaction

from ..models import Indicator, IndicatorRelease, IndicatorValue, Planungsraum
from .common import DataImportError, ImportReport, parse_int, read_csv, upsert_dataset

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

# Indicator key -> (name, columns summed, order). Age groups as the AfS publishes them.
EWR_INDICATORS = {
    IndicatorValue.POPULATION: ("Einwohnerinnen und Einwohner", ["E_E"], 1),
    "einwohner_weiblich": ("davon weiblich", ["E_EW"], 2),
    "einwohner_maennlich": ("davon männlich", ["E_EM"], 3),
    "alter_unter_6": ("unter 6 Jahre", ["E_EU1", "E_E1U6"], 10),
    "alter_6_bis_15": ("6 bis unter 15 Jahre", ["E_E6U15"], 11),
    "alter_15_bis_18": ("15 bis unter 18 Jahre", ["E_E15U18"], 12),
    "alter_18_bis_65": ("18 bis unter 65 Jahre", ["E_E18U25", "E_E25U55", "E_E55U65"], 13),
    "alter_65_und_mehr": ("65 Jahre und älter", ["E_E65U80", "E_E80U110"], 14),
}
AGE_GROUPS = [key for key in EWR_INDICATORS if key.startswith("alter_")]


def ensure_population_indicators():
    indicators = {}
    for key, (name, _columns, order) in EWR_INDICATORS.items():
        indicators[key], _ = Indicator.objects.update_or_create(
            key=key,
            defaults={
                "name": name,
                "short_name": name,
                "unit": "Personen",
                "aggregation": Indicator.Aggregation.SUM,
                "group": "Bevölkerung",
                "order": order,
                "definition": "Melderechtlich registrierte Personen mit Hauptwohnsitz.",
            },
        )
    return indicators


def reference_date_of(path, line, text):
    match = re.fullmatch(r"(\d{4})(\d{2})", text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise DataImportError(
            path, f"„{text}“ ist kein Stichtag (JJJJMM).", line=line, field="ZEIT"
        )
    year, month = int(match[1]), int(match[2])
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def import_population_ewr(path):
    """Residents per Planungsraum from an AfS 'EWR' CSV. The stichtag (ZEIT) makes the
    release: re-importing it replaces its values, a new stichtag adds a new release."""
    columns = sorted({column for _, cols, _ in EWR_INDICATORS.values() for column in cols})
    rows = read_csv(path, ["ZEIT", "RAUMID", *columns])
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(path, "Zuerst die LOR-Flächen importieren (import_lor).")
    parsed = {}
    reference_date = None
    for line, row in rows:
        date = reference_date_of(path, line, row["ZEIT"])
        if reference_date and date != reference_date:
            raise DataImportError(
                path, "Mehrere Stichtage in einer Datei.", line=line, field="ZEIT"
            )
        reference_date = date
        code = row["RAUMID"]
        if code not in planungsraeume:
            raise DataImportError(
                path, f"Unbekannter Planungsraum {code}.", line=line, field="RAUMID"
            )
        if code in parsed:
            raise DataImportError(path, f"Planungsraum {code} doppelt.", line=line, field="RAUMID")
        numbers = {column: parse_int(path, line, column, row[column]) for column in columns}
        counts = {
            key: sum(numbers[c] for c in cols) for key, (_, cols, _) in EWR_INDICATORS.items()
        }
        if sum(counts[key] for key in AGE_GROUPS) != counts[IndicatorValue.POPULATION]:
            raise DataImportError(
                path, "Altersgruppen ergeben nicht die Summe E_E.", line=line, field="E_E"
            )
        if (
            counts["einwohner_weiblich"] + counts["einwohner_maennlich"]
            != counts[IndicatorValue.POPULATION]
        ):
            raise DataImportError(path, "E_EW + E_EM ergeben nicht E_E.", line=line, field="E_E")
        parsed[code] = counts
    missing = sorted(set(planungsraeume) - set(parsed))
    if missing:
        raise DataImportError(path, f"Es fehlen Planungsräume: {', '.join(missing)}.")

    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset("afs-ewr", reference_date=reference_date, **EWR_DATASET)
        indicators = ensure_population_indicators()
        release, created = IndicatorRelease.objects.get_or_create(
            dataset=dataset, reference_date=reference_date
        )
        report.count("Datenstände", created)
        release.values.filter(indicator__in=indicators.values()).delete()
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
        report.created["Werte"] = len(parsed) * len(EWR_INDICATORS)
    return report
