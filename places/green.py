"""Grünanlagen und Spielplätze: Berlin's official registers of public green spaces and
playgrounds, as exported for Neukölln.

Each file is checked row by row first (a bad row is refused with its line and column, and
nothing is written); then, in one transaction, the register's entries replace the old ones and
the areas per Planungsraum are stored as a release (0 where the register has none: a real
zero), from which the figure table derives the areas per resident (places.figures). Numbers are
parsed as each column writes them: the green spaces' Kataster area with a decimal comma
("19029,00"), the playgrounds' areas with a decimal point ("1194.55")."""

import datetime
import re
from collections import Counter

from django.db import transaction

from regions.imports.common import record_planungsraum_totals, upsert_dataset
from regions.models import Planungsraum
from spk_site.imports import DataImportError, ImportReport
from spk_site.imports.files import read_csv

from .figures import GREEN_AREA, PLAY_AREA
from .models import GreenSpace

# The date of the published export (June 2025, ../shared/data/README.md).
REGISTER_DATE = datetime.date(2025, 6, 1)
# Parks that charge entry are not public green in the sense of core indicator A4.
CHARGES_ENTRY = {"00008100_000a6b88"}  # Britzer Garten
NOT_GIVEN = "-"
DECIMAL_COMMA = re.compile(r"\d{1,9},\d{1,2}")
DECIMAL_POINT = re.compile(r"\d{1,9}(\.\d{1,2})?")
YEAR = re.compile(r"(1[89]|20)\d\d")

REGISTERS = {
    GreenSpace.Kind.GREEN: {
        "slug": "gruenanlagen-berlin",
        "name_column": "Name der Grünanlage",
        "suffix_column": "Namenszusatz der Grünanlage",
        "kind_text": "Grünanlage",
        "area_format": DECIMAL_COMMA,
        "dataset": {
            "name": "Grünanlagenbestand Berlin (Neukölln)",
            "description": "Die öffentlichen Grünanlagen des amtlichen Registers in Neukölln mit "
            "Name, Ortsteil, Fläche laut Kataster, Widmung und Planungsraum. Daraus: "
            "Grünanlagen in m² je Einwohner (ohne Anlagen mit Eintritt wie den Britzer Garten).",
            "order": 60,
        },
    },
    GreenSpace.Kind.PLAYGROUND: {
        "slug": "spielplaetze-berlin",
        "name_column": "Name des Spielplatzes",
        "suffix_column": "Namenszusatz des Spielplatzes",
        "kind_text": "Spielplatz",
        "area_format": DECIMAL_POINT,
        "dataset": {
            "name": "Spielplatzbestand Berlin (Neukölln)",
            "description": "Die öffentlichen Spielplätze des amtlichen Registers in Neukölln mit "
            "Name, Fläche, Nettospielfläche und Planungsraum. Daraus: Nettospielfläche in m² "
            "je Einwohner (Richtwert 1 m², Kinderspielplatzgesetz Berlin § 4).",
            "order": 61,
        },
    },
}
COMMON_DATASET = {
    "publisher": "Straßen- und Grünflächenämter der Bezirke; Geoportal Berlin",
    "source_url": "https://gdi.berlin.de",
    "licence": "amtliche offene Daten Berlin",
    "licence_url": "",
    "licence_confirmed": False,  # the published copy names no licence
    "reference_date": REGISTER_DATE,
    "reference_precision": "month",
}
COLUMNS = [
    "Technischer Schlüssel",
    "Objektnummer",
    "Bezirk",
    "Ortsteil",
    "Art der Grünanlage",
    "Baujahr",
    "Größe in m² (Kataster)",
    "Widmung",
    "Nummer des Planungsraumes",
]
NET_PLAY_AREA = "Nettospielfläche in m²"


def _area(path, line, column, text, pattern, *, required):
    if text in ("", NOT_GIVEN) and not required:
        return None
    if not pattern.fullmatch(text):
        example = "19029,00" if pattern is DECIMAL_COMMA else "1194.55"
        raise DataImportError(
            path,
            f"„{text}“ ist keine Fläche in m² in der Schreibweise dieser Spalte (wie {example}).",
            line=line,
            field=column,
        )
    return float(text.replace(",", "."))


def _optional(text):
    return "" if text == NOT_GIVEN else text


def _row(path, line, row, kind, register, planungsraeume):
    if row["Bezirk"] != "Neukölln":
        raise DataImportError(path, "Nicht in Neukölln.", line=line, field="Bezirk")
    if row["Art der Grünanlage"] != register["kind_text"]:
        raise DataImportError(
            path,
            f"„{row['Art der Grünanlage']}“ gehört nicht in diese Datei ({register['kind_text']}).",
            line=line,
            field="Art der Grünanlage",
        )
    code = row["Nummer des Planungsraumes"]
    if code not in planungsraeume:
        raise DataImportError(
            path, f"Unbekannter Planungsraum {code}.", line=line, field="Nummer des Planungsraumes"
        )
    name = row[register["name_column"]]
    if not name or len(name) > 200:
        raise DataImportError(path, "Name fehlt oder ist zu lang.", line=line)
    year = _optional(row["Baujahr"])
    if year and not YEAR.fullmatch(year):
        raise DataImportError(path, f"„{year}“ ist kein Baujahr.", line=line, field="Baujahr")
    key = row["Technischer Schlüssel"]
    values = {
        "object_number": row["Objektnummer"][:20],
        "kind": kind,
        "name": name,
        "name_suffix": _optional(row[register["suffix_column"]])[:200],
        "ortsteil": row["Ortsteil"][:60],
        "year_built": int(year) if year else None,
        "area_m2": _area(
            path,
            line,
            "Größe in m² (Kataster)",
            row["Größe in m² (Kataster)"],
            register["area_format"],
            required=kind == GreenSpace.Kind.GREEN,
        ),
        "net_play_area_m2": None,
        "dedication": _optional(row["Widmung"])[:40],
        "planungsraum_id": planungsraeume[code],
        "charges_entry": key in CHARGES_ENTRY,
        "listed_on": REGISTER_DATE,
    }
    if kind == GreenSpace.Kind.PLAYGROUND:
        values["net_play_area_m2"] = _area(
            path, line, NET_PLAY_AREA, row[NET_PLAY_AREA], DECIMAL_POINT, required=True
        )
    if not key or len(key) > 40:
        raise DataImportError(path, "Technischer Schlüssel fehlt.", line=line)
    return key, values


def import_green(green_path, playground_path):
    """Both registers at once: the figures need both."""
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    if not planungsraeume:
        raise DataImportError(green_path, "Zuerst die LOR-Flächen importieren (import_lor).")
    parsed = {}
    for kind, path in (
        (GreenSpace.Kind.GREEN, green_path),
        (GreenSpace.Kind.PLAYGROUND, playground_path),
    ):
        register = REGISTERS[kind]
        required = COLUMNS + [register["name_column"], register["suffix_column"]]
        if kind == GreenSpace.Kind.PLAYGROUND:
            required.append(NET_PLAY_AREA)
        for line, row in read_csv(path, required, delimiter=","):
            key, values = _row(path, line, row, kind, register, planungsraeume)
            if key in parsed:
                raise DataImportError(path, f"Eintrag {key} doppelt.", line=line)
            parsed[key] = values

    report = ImportReport()
    with transaction.atomic():
        existing = {space.register_key: space for space in GreenSpace.objects.all()}
        for key, values in parsed.items():
            space = existing.get(key)
            if space is None:
                GreenSpace.objects.create(register_key=key, **values)
                report.count("Grünanlagen und Spielplätze", True)
            elif any(getattr(space, field) != value for field, value in values.items()):
                # What staff decided about an entry fee stays.
                values = {**values, "charges_entry": space.charges_entry or values["charges_entry"]}
                GreenSpace.objects.filter(pk=space.pk).update(**values)
                report.count("Grünanlagen und Spielplätze", False)
        gone = [space.pk for key, space in existing.items() if key not in parsed]
        if gone:
            GreenSpace.objects.filter(pk__in=gone).delete()
            report.created["nicht mehr im Register (entfernt)"] = len(gone)
        if record_green_figures():
            report.count("Flächen je Planungsraum", True)
    return report


def record_green_figures():
    """The public green area (without parks charging entry) and the net play area per
    Planungsraum as one indicator release per register. Returns True when anything changed."""
    green, play = Counter(), Counter()
    for code, kind, area, net_play, entry in GreenSpace.objects.values_list(
        "planungsraum__code", "kind", "area_m2", "net_play_area_m2", "charges_entry"
    ):
        if kind == GreenSpace.Kind.GREEN and not entry:
            green[code] += area or 0
        elif kind == GreenSpace.Kind.PLAYGROUND:
            play[code] += net_play or 0
    changed = False
    for kind, key, totals in (
        (GreenSpace.Kind.GREEN, GREEN_AREA, green),
        (GreenSpace.Kind.PLAYGROUND, PLAY_AREA, play),
    ):
        register = REGISTERS[kind]
        dataset = upsert_dataset(
            register["slug"],
            attribution=register["dataset"]["name"].replace(" (Neukölln)", ""),
            **COMMON_DATASET,
            **register["dataset"],
        )
        changed |= record_planungsraum_totals(dataset, REGISTER_DATE, key, totals)
    return changed


def load_green_figures(_path):
    """For load_site_data: the figures of the registers just loaded from the fixture."""
    if GreenSpace.objects.exists():
        with transaction.atomic():
            record_green_figures()
