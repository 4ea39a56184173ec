"""Import of all official addresses of Neukölln.

Reads the Geoportal's format (hnr, hnr_zusatz, str_name, plz, PLR_ID, BZR_ID …) or our own
compact fixture format (strasse;hausnummer;zusatz;plz;planungsraum). Replaces the whole
address table in one transaction with bulk inserts (31,000 rows in about a second)."""

import csv
import datetime
import re

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import DataImportError, ImportReport, first_line, read_csv

from ..models import Address, Planungsraum, Street
from ..models.sources import ADDRESSES
from ..streets import street_key
from .common import upsert_dataset

OFFICIAL_COLUMNS = {
    "street": "str_name",
    "number": "hnr",
    "suffix": "hnr_zusatz",
    "postcode": "plz",
    "planungsraum": "PLR_ID",
}
FIXTURE_COLUMNS = {
    "street": "strasse",
    "number": "hausnummer",
    "suffix": "zusatz",
    "postcode": "plz",
    "planungsraum": "planungsraum",
}
MAX_REPORTED_ERRORS = 10

ADDRESS_DATASET = {
    "name": "Adressen Berlin (Neukölln)",
    "publisher": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin; Geoportal Berlin",
    "source_url": "https://daten.berlin.de",
    "licence": "amtliche offene Daten Berlin",
    "licence_url": "",
    "licence_confirmed": False,  # the portal names no licence for this WFS layer
    "reference_date": datetime.date(2023, 6, 1),
    "reference_precision": "month",
    "attribution": "Geoportal Berlin / Adressen Berlin",
    "description": "Alle Adressen im Bezirk Neukölln mit Hausnummer, Zusatz, Straße, "
    "Postleitzahl und Planungsraum, aus dem WFS-Dienst „Adressen Berlin“ "
    "(s_wfs_adressenberlin), Stand Juni 2023. Grundlage der Suche nach der "
    "zuständigen Stadtteilkoordination.",
    "order": 30,
}


STREET_LENGTH = Street._meta.get_field("name").max_length


def _columns_of(path):
    header = first_line(path)
    return FIXTURE_COLUMNS if header.startswith("strasse;") else OFFICIAL_COLUMNS


def parse_addresses(path):
    columns = _columns_of(path)
    rows = read_csv(path, list(columns.values()))
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(path, "Zuerst die LOR-Flächen importieren (import_lor).")
    regions_of = dict(Planungsraum.objects.values_list("code", "bezirksregion__code"))
    errors, parsed, seen = [], [], {}
    for line, row in rows:
        street = row[columns["street"]]
        number_text = row[columns["number"]]
        suffix = row[columns["suffix"]].upper()
        postcode = row[columns["postcode"]]
        plr = row[columns["planungsraum"]]
        problem = None
        if not street or not street_key(street):
            problem = (columns["street"], "Straße fehlt.")
        elif len(street) > STREET_LENGTH:
            problem = (
                columns["street"],
                f"Der Straßenname ist länger als {STREET_LENGTH} Zeichen.",
            )
        elif number_text and not re.fullmatch(r"\d{1,4}", number_text):
            problem = (columns["number"], f"„{number_text}“ ist keine Hausnummer.")
        elif suffix and not re.fullmatch(r"[A-Z]{1,3}", suffix):
            problem = (columns["suffix"], f"„{suffix}“ ist kein Hausnummernzusatz.")
        elif not re.fullmatch(r"\d{5}", postcode):
            problem = (columns["postcode"], f"„{postcode}“ ist keine Postleitzahl.")
        elif plr not in planungsraeume:
            problem = (columns["planungsraum"], f"Unbekannter Planungsraum „{plr}“.")
        elif "BZR_ID" in row and row["BZR_ID"] != regions_of[plr]:
            problem = (
                "BZR_ID",
                f"Planungsraum {plr} liegt nicht in Bezirksregion {row['BZR_ID']}.",
            )
        if problem is None:
            key = (street, int(number_text) if number_text else None, suffix)
            if key in seen:
                problem = (columns["number"], f"Adresse doppelt (wie Zeile {seen[key]}).")
            else:
                seen[key] = line
                parsed.append((street, key[1], suffix, postcode, planungsraeume[plr]))
        if problem:
            errors.append(DataImportError(path, problem[1], line=line, field=problem[0]))
    if errors:
        shown = "\n".join(str(error) for error in errors[:MAX_REPORTED_ERRORS])
        more = len(errors) - MAX_REPORTED_ERRORS
        suffix_text = f"\n… und {more} weitere fehlerhafte Zeilen." if more > 0 else ""
        raise DataImportError(path, f"{len(errors)} fehlerhafte Zeile(n):\n{shown}{suffix_text}")
    keys = {}
    for street, *_ in parsed:
        key = street_key(street)
        if keys.setdefault(key, street) != street:
            raise DataImportError(
                path, f"„{street}“ und „{keys[key]}“ sind für die Suche nicht zu unterscheiden."
            )
    return parsed


def import_addresses(path):
    """Replaces all addresses by the file's. All or nothing."""
    parsed = parse_addresses(path)
    report = ImportReport()
    with transaction.atomic():
        if _columns_of(path) is OFFICIAL_COLUMNS:
            upsert_dataset(ADDRESSES, **ADDRESS_DATASET)
        Address.objects.all().delete()
        names = sorted({street for street, *_ in parsed})
        Street.objects.exclude(name__in=names).delete()
        existing = set(Street.objects.values_list("name", flat=True))
        Street.objects.bulk_create(
            Street(name=name, search_key=street_key(name)) for name in names if name not in existing
        )
        street_ids = dict(Street.objects.values_list("name", "pk"))
        Address.objects.bulk_create(
            (
                Address(
                    street_id=street_ids[street],
                    house_number=number,
                    suffix=suffix,
                    postcode=postcode,
                    planungsraum_id=planungsraum_id,
                )
                for street, number, suffix, postcode, planungsraum_id in parsed
            ),
            batch_size=2000,
        )
        bump_after_commit("addresses")  # bulk inserts send no signals
        report.created["Straßen"] = len(names)
        report.created["Adressen"] = len(parsed)
    return report


def export_addresses(path):
    """Writes our compact fixture format; returns the number of addresses."""
    rows = Address.objects.order_by("street__name", "house_number", "suffix").values_list(
        "street__name", "house_number", "suffix", "postcode", "planungsraum__code"
    )
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(FIXTURE_COLUMNS.values())
        for street, number, suffix, postcode, plr in rows:
            writer.writerow([street, "" if number is None else number, suffix, postcode, plr])
            count += 1
    return count
