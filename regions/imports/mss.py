"""Import of the Monitoring Soziale Stadtentwicklung (MSS) 2021 for Neukölln: index classes
and indicator values per Planungsraum, and the indicator values the source gives per
Bezirksregion. Empty cells stay unknown."""

import datetime

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import DataImportError, ImportReport, parse_float, read_csv

from ..figures import social
from ..models import Bezirksregion, IndicatorRelease, IndicatorValue, Planungsraum
from ..models.sources import MSS_2021
from .common import upsert_dataset

MSS_DATASET = {
    "name": "Monitoring Soziale Stadtentwicklung (MSS) 2021",
    "publisher": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin; "
    "aufbereitet im Datenprodukt „open-lifeworlds“",
    "source_url": "https://www.berlin.de/sen/sbw/",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen: Monitoring Soziale "
    "Stadtentwicklung 2021; Datenprodukt open-lifeworlds",
    "reference_date": datetime.date(2020, 12, 31),
    "description": "Status- und Dynamikindex je Planungsraum sowie Status-, Dynamik- und "
    "Kontextindikatoren je Planungsraum und Bezirksregion (Bericht 2021, Daten zum "
    "31.12.2020).",
    "order": 40,
}
# The source's column of each indicator (the open-lifeworlds data product's names).
MSS_COLUMNS = {
    social.S1: "s1_percentage_unemployed",
    social.S3: "s3_percentage_transfer_payments_recipients",
    social.S4: "s4_percentage_transfer_payments_recipients_below_15_years",
    social.D1: "d1_percentage_unemployed",
    social.D3: "d3_percentage_transfer_payments_recipients",
    social.D4: "d4_percentage_transfer_payments_recipients_below_15_years",
    "mss_k01_jugendarbeitslosigkeit": "k01_youth_unemployment",
    "mss_k02_alleinerziehende": "k02_single_parent_households",
    "mss_k03_altersarmut": "k03_old_age_poverty",
    "mss_k04_kinder_migrationshintergrund": "k04_children_with_migration_background",
    "mss_k05_migrationshintergrund": "k05_inhabitants_with_migration_background",
    "mss_k16_auslaender": "k16_foreigners",
    "mss_k06_veraenderung_auslaenderanteil": "k06_change_proportion_of_foreigner",
    "mss_k17_nicht_eu_auslaender": "k17_non_eu_foreigners",
    "mss_k07_auslaendische_transferbeziehende": "k07_foreign_transfer_recipients",
    "mss_k09_einfache_wohnlage": "k09_simple_residential_area",
    "mss_k10_wohndauer_ueber_5_jahre": "k10_duration_of_residence_over_5_years",
    "mss_k11_wanderungsvolumen": "k11_migration_volume",
    "mss_k12_wanderungssaldo": "k12_balance_of_migration",
    "mss_k13_wanderungssaldo_kinder": "k13_balance_of_migration_of_children_below_6",
}
STATUS_VALUES = {"1": 1, "2": 2, "3": 3, "4": 4}
DYNAMIC_VALUES = {"+": 1, "+/-": 2, "-": 3}


def _status(path, line, text):
    if text == "":
        return None
    key = text.split(".")[0]
    if key not in STATUS_VALUES or text not in {key, f"{key}.0"}:
        raise DataImportError(
            path, f"„{text}“ ist keine Statusklasse (1–4).", line=line, field="status_index"
        )
    return STATUS_VALUES[key]


def _dynamic(path, line, text):
    if text == "":
        return None
    if text not in DYNAMIC_VALUES:
        raise DataImportError(
            path, f"„{text}“ ist keine Dynamikklasse (+, +/-, -).", line=line, field="dynamic_index"
        )
    return DYNAMIC_VALUES[text]


def _values(path, line, row):
    return {
        key: parse_float(path, line, column, row[column]) for key, column in MSS_COLUMNS.items()
    }


def _rows_by_code(path, known_codes, extra_columns, level):
    rows = read_csv(path, ["id", *MSS_COLUMNS.values(), *extra_columns])
    parsed = {}
    for line, row in rows:
        code = row["id"]
        if code not in known_codes:
            raise DataImportError(path, f"Unbekannte {level} „{code}“.", line=line, field="id")
        if code in parsed:
            raise DataImportError(path, f"{level} {code} doppelt.", line=line, field="id")
        parsed[code] = (line, row)
    missing = sorted(set(known_codes) - set(parsed))
    if missing:
        raise DataImportError(path, f"Es fehlen: {', '.join(missing)}.")
    return parsed


def import_mss(*, planungsraeume, bezirksregionen):
    plr_ids = dict(Planungsraum.objects.values_list("code", "pk"))
    bzr_ids = dict(Bezirksregion.objects.values_list("code", "pk"))
    if not plr_ids:
        raise DataImportError(planungsraeume, "Zuerst die LOR-Flächen importieren (import_lor).")
    plr_values = {}
    for code, (line, row) in _rows_by_code(
        planungsraeume, plr_ids, ["inhabitants", "status_index", "dynamic_index"], "Planungsraum"
    ).items():
        values = _values(planungsraeume, line, row)
        values[social.MSS_WEIGHT] = parse_float(
            planungsraeume, line, "inhabitants", row["inhabitants"]
        )
        values[social.STATUS] = _status(planungsraeume, line, row["status_index"])
        values[social.DYNAMIC] = _dynamic(planungsraeume, line, row["dynamic_index"])
        plr_values[plr_ids[code]] = values
    bzr_values = {
        bzr_ids[code]: _values(bezirksregionen, line, row)
        for code, (line, row) in _rows_by_code(
            bezirksregionen, bzr_ids, [], "Bezirksregion"
        ).items()
    }

    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(MSS_2021, **MSS_DATASET)
        release, created = IndicatorRelease.objects.get_or_create(
            dataset=dataset, reference_date=MSS_DATASET["reference_date"]
        )
        report.count("Datenstände", created)
        release.values.all().delete()
        new_values = [
            IndicatorValue(release=release, indicator=key, planungsraum_id=pk, value=value)
            for pk, values in plr_values.items()
            for key, value in values.items()
        ] + [
            IndicatorValue(release=release, indicator=key, bezirksregion_id=pk, value=value)
            for pk, values in bzr_values.items()
            for key, value in values.items()
        ]
        IndicatorValue.objects.bulk_create(new_values)
        report.created["Werte"] = len(new_values)
        bump_after_commit("figures")  # bulk inserts send no signals
    return report
