"""Einrichtungen: the Kitas from the official monthly list, and the places staff add by hand.

`import_kitas` reads the list (Senatsverwaltung für Bildung, Jugend und Familie, geocoded and
assigned to LOR by the open-data product) as a dated release: every row is checked first, a bad
one is refused with its line number and nothing is written; then, in one transaction, the Kitas
are updated, Kitas no longer listed are removed, and the approved places per Planungsraum are
stored as a release, from which the figure table derives places per 100 children
under 6 (sum the places, sum the children, then divide). Importing the same file again changes
nothing."""

import datetime
import re
from collections import Counter
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from regions.imports.common import record_planungsraum_totals, upsert_dataset
from regions.models import Planungsraum
from regions.point_lookup import PointOutOfRange, validate_point
from spk_site.imports import DataImportError, ImportReport
from spk_site.imports.files import parse_float, parse_int, read_csv

from .figures import KITA_LIST, KITA_PLACES
from .models import KITA_KIND, Place, PlaceKind

COLUMNS = [
    "kita_nr",
    "name",
    "telefon",
    "plaetze",
    "art",
    "traeger",
    "strasse",
    "plz",
    "lat",
    "lon",
    "plr",
]
LISTED = re.compile(r"(\d{4})-(\d{2})")
STREET_AND_NUMBER = re.compile(
    r"^(?P<street>.*?)\s+(?P<number>\d+\s*[A-Za-z]?(?:\s*[-/]\s*\d+\s*[A-Za-z]?)?)$"
)
KITA_DATASET = {
    "name": "Kitas in Berlin (Kitaliste)",
    "publisher": "Senatsverwaltung für Bildung, Jugend und Familie; geokodiert im Datenprodukt "
    "„berlin-daycare-centers-source-aligned“",
    "source_url": "https://www.berlin.de/sen/bildung/service/daten/",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Senatsverwaltung für Bildung, Jugend und Familie: Kitas in Berlin",
    "reference_precision": "month",
    "description": "Alle Kitas in Neukölln mit Kita-Nummer, Name, Telefon der Einrichtung, "
    "genehmigten Plätzen, Art, Träger, Adresse, Lage und Planungsraum. Daraus: Kita-Plätze je "
    "100 Kinder unter 6 Jahren.",
    "order": 50,
}
FIELDS = (
    "name",
    "phone",
    "capacity",
    "kita_type",
    "operator_name",
    "street",
    "house_number",
    "postcode",
    "location",
    "planungsraum_id",
    "listed_on",
    "published",
)


def listed_on_from(path):
    """The month of the list, from its file name (kitas_neukoelln_2026-07.csv -> 2026-07-01)."""
    found = LISTED.search(Path(path).name)
    if not found:
        raise DataImportError(path, "Der Dateiname nennt keinen Stand (JJJJ-MM).")
    try:
        return datetime.date(int(found[1]), int(found[2]), 1)
    except ValueError:
        raise DataImportError(path, "Der Dateiname nennt keinen gültigen Monat.") from None


def _row_values(path, line, row, planungsraeume, listed_on):
    number = row["kita_nr"]
    if not re.fullmatch(r"\d{8}", number):
        raise DataImportError(
            path, f"„{number}“ ist keine Kita-Nummer.", line=line, field="kita_nr"
        )
    if not row["name"]:
        raise DataImportError(path, "Der Name fehlt.", line=line, field="name")
    if row["plr"] not in planungsraeume:
        raise DataImportError(
            path, f"Unbekannter Planungsraum {row['plr']}.", line=line, field="plr"
        )
    if not re.fullmatch(r"\d{5}", row["plz"]):
        raise DataImportError(
            path, f"„{row['plz']}“ ist keine Postleitzahl.", line=line, field="plz"
        )
    lat = parse_float(path, line, "lat", row["lat"], allow_empty=False)
    lon = parse_float(path, line, "lon", row["lon"], allow_empty=False)
    try:
        validate_point(lat, lon)
    except PointOutOfRange as error:
        raise DataImportError(path, str(error), line=line, field="lat") from None
    if not _near_neukoelln(lat, lon):
        raise DataImportError(path, "Die Lage liegt nicht in Neukölln.", line=line, field="lat")
    address = STREET_AND_NUMBER.match(row["strasse"])
    street, house_number = (
        (address["street"], address["number"]) if address else (row["strasse"], "")
    )
    values = {
        "name": row["name"],  # exactly as the list writes it, quote marks and all
        "phone": row["telefon"],
        "capacity": parse_int(path, line, "plaetze", row["plaetze"]),
        "kita_type": row["art"],
        "operator_name": row["traeger"],
        "street": street,
        "house_number": house_number.replace(" ", ""),
        "postcode": row["plz"],
        "location": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
        # The list's own assignment: for 4 Kitas our simplified outlines would say otherwise.
        "planungsraum_id": planungsraeume[row["plr"]],
        "listed_on": listed_on,
        "published": True,
    }
    _check_fits(path, line, number, values)
    return number, values


# Which column of the list each checked field comes from.
COLUMN_OF = {
    "name": "name",
    "phone": "telefon",
    "capacity": "plaetze",
    "kita_type": "art",
    "operator_name": "traeger",
    "street": "strasse",
    "house_number": "strasse",
    "postcode": "plz",
}
MAX_PLACES = 1000  # the largest Kita in Berlin has a few hundred


def _check_fits(path, line, number, values):
    """The model's own rules (lengths, number ranges, one line of text) for every value,
    refused with line and column before anything is written."""
    if values["capacity"] > MAX_PLACES:
        raise DataImportError(
            path, f"{values['capacity']} Plätze kann keine Kita haben.", line=line, field="plaetze"
        )
    place = Place(kita_number=number, **{field: values[field] for field in COLUMN_OF})
    try:
        place.clean_fields(exclude=[f.name for f in Place._meta.fields if f.name not in COLUMN_OF])
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise DataImportError(
            path, " ".join(messages), line=line, field=COLUMN_OF.get(field, field)
        ) from None


def _near_neukoelln(lat, lon):
    """Within Neukölln's extent (a Kita on a border street may lie a few metres outside our
    simplified outlines; its Planungsraum comes from the list anyway)."""
    return 52.38 <= lat <= 52.50 and 13.39 <= lon <= 13.54


def import_kitas(path):
    listed_on = listed_on_from(path)
    rows = read_csv(path, COLUMNS, delimiter=";")
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(path, "Zuerst die LOR-Flächen importieren (import_lor).")
    parsed = {}
    for line, row in rows:
        number, values = _row_values(path, line, row, planungsraeume, listed_on)
        if number in parsed:
            raise DataImportError(path, f"Kita {number} doppelt.", line=line, field="kita_nr")
        parsed[number] = values

    report = ImportReport()
    with transaction.atomic():
        kind = PlaceKind.objects.get(slug=KITA_KIND)
        existing = {place.kita_number: place for place in Place.objects.filter(kind=kind)}
        for number, values in parsed.items():
            place = existing.get(number)
            if place is None:
                Place.objects.create(kind=kind, kita_number=number, **values)
                report.count("Kitas", True)
            elif any(getattr(place, field) != values[field] for field in FIELDS):
                for field, value in values.items():
                    setattr(place, field, value)
                place.save()
                report.count("Kitas", False)
        gone = [place.pk for number, place in existing.items() if number not in parsed]
        if gone:
            Place.objects.filter(pk__in=gone).delete()
            report.created["Kitas nicht mehr in der Liste (entfernt)"] = len(gone)
        if record_kita_figures(listed_on):
            report.count("Kita-Plätze je Planungsraum", True)
    return report


def record_kita_figures(listed_on):
    """The approved places per Planungsraum (0 where there is no Kita) as the indicator
    release of this list. Returns True when anything changed."""
    totals = Counter()
    for code, capacity in Place.objects.filter(
        kind__slug=KITA_KIND, published=True, listed_on=listed_on
    ).values_list("planungsraum__code", "capacity"):
        totals[code] += capacity or 0
    dataset = upsert_dataset(KITA_LIST, reference_date=listed_on, **KITA_DATASET)
    return record_planungsraum_totals(dataset, listed_on, KITA_PLACES, totals)


def load_kita_figures(_path):
    """For load_site_data: the figures of the Kitas just loaded from fixtures/places.json."""
    newest = Place.objects.filter(kind__slug=KITA_KIND).order_by("-listed_on").first()
    if newest is not None and newest.listed_on:
        with transaction.atomic():
            record_kita_figures(newest.listed_on)
