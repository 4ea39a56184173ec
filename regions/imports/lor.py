"""Import of the LOR 2021 geography: Prognoseräume, Bezirksregionen, Planungsräume."""

import datetime
import math
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from spk_site.folding import german_slug
from spk_site.imports.files import DataImportError, ImportReport, read_csv, read_json

from ..geometry import (
    GeometryRefused,
    area_geometry_problem,
    as_geojson,
    crs_of,
    to_geos,
    web_copies,
)
from ..models import Bezirksregion, Planungsraum, Prognoseraum
from ..models.geography import DISTRICT_CODE
from ..models.sources import LOR_2021
from .common import upsert_dataset

KEY_COLUMNS = {
    "plr_code": "Planungsraum (Nummer)",
    "plr_name": "Planungsraum (Name)",
    "bzr_code": "Bezirksregion (Nummer)",
    "bzr_name": "Bezirksregion (Name)",
    "pgr_code": "Prognoseraum (Nummer)",
    "pgr_name": "Prognoseraum (Name)",
    "area": "Fläche in qm",
}
CODE_PROPERTIES = {"plr": "plr_id", "bzr": "bzr_id", "pgr": "pgr_id"}
CODE_LENGTH = {"pgr": 4, "bzr": 6, "plr": 8}
LAYER_NAMES = {"pgr": "Prognoseraum", "bzr": "Bezirksregion", "plr": "Planungsraum"}
# How much of an area may lie outside its parent before we call the file inconsistent
# (the web-simplified sources differ by a few metres along shared borders).
OUTSIDE_PARENT_TOLERANCE = 0.01

DEFAULT_FILES = {
    "planungsraeume": "planungsraeume_neukoelln.geojson",
    "bezirksregionen": "bezirksregionen_neukoelln.geojson",
    "prognoseraeume": "prognoseraeume_neukoelln.geojson",
    "schluessel": "lor_2021_schluessel_neukoelln.csv",
}

LOR_DATASET = {
    "name": "Lebensweltlich orientierte Räume (LOR) 2021",
    "publisher": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin; Geoportal Berlin",
    "source_url": "https://daten.berlin.de",
    "licence": "CC BY 3.0 DE (Geometrien); amtliche offene Daten Berlin (Schlüsseltabelle)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Geoportal Berlin / Lebensweltlich orientierte Räume (LOR) 01.01.2021",
    "reference_date": datetime.date(2021, 1, 1),
    "description": "Grenzen, Schlüssel, Namen und amtliche Flächen der 4 Prognoseräume, "
    "12 Bezirksregionen und 46 Planungsräume in Neukölln. Grenzen aus dem WFS-Dienst "
    "„lor_2021“ des Geoportals Berlin (Ebene a_lor_plr_2021), für das Web vereinfacht; "
    "Schlüssel, Namen und Flächen aus der Tabelle „LOR – Planungsräume 01.01.2021“ "
    "auf daten.berlin.de.",
    "order": 10,
}


@dataclass
class KeyRow:
    line: int
    plr_code: str
    plr_name: str
    bzr_code: str
    bzr_name: str
    pgr_code: str
    pgr_name: str
    area_m2: float  # as the key table gives it; rounded to whole m² where it is stored


def files_in(directory):
    return {name: Path(directory) / filename for name, filename in DEFAULT_FILES.items()}


def read_key_table(path):
    rows = read_csv(path, list(KEY_COLUMNS.values()))
    key_rows = {}
    for line, row in rows:
        values = {name: row[column] for name, column in KEY_COLUMNS.items()}
        for level in ("plr", "bzr", "pgr"):
            check_code(
                path, values[f"{level}_code"], level, line=line, field=KEY_COLUMNS[f"{level}_code"]
            )
        if not values["plr_code"].startswith(values["bzr_code"]) or not values[
            "bzr_code"
        ].startswith(values["pgr_code"]):
            raise DataImportError(
                path,
                "Planungsraum, Bezirksregion und Prognoseraum passen nicht zusammen.",
                line=line,
                field=KEY_COLUMNS["plr_code"],
            )
        for name_field in ("plr_name", "bzr_name", "pgr_name"):
            if not values[name_field]:
                raise DataImportError(path, "Name fehlt.", line=line, field=KEY_COLUMNS[name_field])
        try:
            area = float(values["area"])
            if not (math.isfinite(area) and 0 < area < 1e9):  # Neukölln is 45 km²
                raise ValueError
        except ValueError:
            raise DataImportError(  # noqa: B904 (the message says it all)
                path, f"„{values['area']}“ ist keine Fläche.", line=line, field=KEY_COLUMNS["area"]
            )
        if values["plr_code"] in key_rows:
            raise DataImportError(
                path,
                f"Planungsraum {values['plr_code']} doppelt.",
                line=line,
                field=KEY_COLUMNS["plr_code"],
            )
        key_rows[values["plr_code"]] = KeyRow(
            line,
            values["plr_code"],
            values["plr_name"],
            values["bzr_code"],
            values["bzr_name"],
            values["pgr_code"],
            values["pgr_name"],
            area,
        )
    return key_rows


def check_code(path, code, level, *, line=None, feature=None, field=None):
    if not re.fullmatch(rf"\d{{{CODE_LENGTH[level]}}}", code or ""):
        raise DataImportError(
            path,
            f"„{code}“ ist kein {LAYER_NAMES[level]}-Schlüssel "
            f"({CODE_LENGTH[level]} Ziffern erwartet).",
            line=line,
            feature=feature,
            field=field,
        )
    if not code.startswith(DISTRICT_CODE):
        raise DataImportError(
            path,
            f"Schlüssel {code} gehört nicht zu Neukölln (08).",
            line=line,
            feature=feature,
            field=field,
        )


def read_layer(path, level, known_codes):
    """{code: GEOS geometry in WGS84} for one layer; refuses unknown, missing or bad areas."""
    collection = read_json(path)
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise DataImportError(path, "Erwartet wird eine GeoJSON-FeatureCollection.")
    try:
        srid = crs_of(collection)
    except GeometryRefused as refusal:
        raise DataImportError(path, str(refusal), field="crs") from refusal
    features = collection.get("features") or []
    if not features:
        raise DataImportError(path, "Die Datei enthält keine Flächen.")
    code_property = CODE_PROPERTIES[level]
    geometries = {}
    for number, feature in enumerate(features, start=1):
        properties = {
            key.lower(): value for key, value in (feature.get("properties") or {}).items()
        }
        code = str(properties.get(code_property, "")).strip()
        where = {"feature": f"{number}" if not code else f"{number} ({code})"}
        check_code(path, code, level, field=code_property, **where)
        if code not in known_codes:
            raise DataImportError(
                path,
                f"Unbekannter {LAYER_NAMES[level]}-Schlüssel {code}: "
                "nicht in der Schlüsseltabelle.",
                field=code_property,
                **where,
            )
        if code in geometries:
            raise DataImportError(path, f"Schlüssel {code} doppelt.", field=code_property, **where)
        try:
            geometry = to_geos(feature.get("geometry"), srid)
        except GeometryRefused as refusal:
            raise DataImportError(path, str(refusal), field="geometry", **where) from refusal
        problem = area_geometry_problem(as_geojson(geometry))
        if problem:
            raise DataImportError(path, problem, field="geometry", **where)
        geometries[code] = geometry
    missing = sorted(set(known_codes) - set(geometries))
    if missing:
        raise DataImportError(path, f"Es fehlen Flächen für: {', '.join(missing)}.")
    return geometries


def check_inside(path, children, parents, parent_of, level):
    for code, geometry in children.items():
        parent = parents[parent_of[code]]
        outside = geometry.difference(parent).area
        if outside > OUTSIDE_PARENT_TOLERANCE * geometry.area:
            raise DataImportError(
                path,
                f"{LAYER_NAMES[level]} {code} liegt zu {outside / geometry.area:.0%} außerhalb "
                f"seiner übergeordneten Fläche {parent_of[code]}.",
                field="geometry",
                feature=code,
            )


def import_lor(*, planungsraeume, bezirksregionen, prognoseraeume, schluessel):
    """Creates or updates every LOR area of Neukölln by its code. All or nothing."""
    key_rows = read_key_table(schluessel)
    bzr_names = {row.bzr_code: row.bzr_name for row in key_rows.values()}
    pgr_names = {row.pgr_code: row.pgr_name for row in key_rows.values()}
    bzr_parent = {row.bzr_code: row.pgr_code for row in key_rows.values()}
    plr_parent = {row.plr_code: row.bzr_code for row in key_rows.values()}

    pgr_shapes = read_layer(prognoseraeume, "pgr", pgr_names)
    bzr_shapes = read_layer(bezirksregionen, "bzr", bzr_names)
    plr_shapes = read_layer(planungsraeume, "plr", key_rows)
    check_inside(bezirksregionen, bzr_shapes, pgr_shapes, bzr_parent, "bzr")
    check_inside(planungsraeume, plr_shapes, bzr_shapes, plr_parent, "plr")

    exact = {"pgr": {}, "bzr": {}, "plr": {}}
    for row in key_rows.values():
        exact["plr"][row.plr_code] = row.area_m2
        exact["bzr"][row.bzr_code] = exact["bzr"].get(row.bzr_code, 0) + row.area_m2
        exact["pgr"][row.pgr_code] = exact["pgr"].get(row.pgr_code, 0) + row.area_m2
    # Summed exactly, rounded once: never the sum of rounded parts.
    areas = {
        level: {code: round(m2) for code, m2 in by_code.items()} for level, by_code in exact.items()
    }
    web = {
        "pgr": web_copies(pgr_shapes),
        "bzr": web_copies(bzr_shapes),
        "plr": web_copies(plr_shapes),
    }

    report = ImportReport()
    with transaction.atomic():
        upsert_dataset(LOR_2021, **LOR_DATASET)
        prognoseraeume_by_code = {}
        for code, shape in sorted(pgr_shapes.items()):
            prognoseraeume_by_code[code] = _upsert(
                report,
                Prognoseraum,
                code,
                pgr_names[code],
                shape,
                web["pgr"][code],
                areas["pgr"][code],
            )
        bezirksregionen_by_code = {}
        for code, shape in sorted(bzr_shapes.items()):
            bezirksregionen_by_code[code] = _upsert(
                report,
                Bezirksregion,
                code,
                bzr_names[code],
                shape,
                web["bzr"][code],
                areas["bzr"][code],
                prognoseraum=prognoseraeume_by_code[bzr_parent[code]],
            )
        for code, shape in sorted(plr_shapes.items()):
            _upsert(
                report,
                Planungsraum,
                code,
                key_rows[code].plr_name,
                shape,
                web["plr"][code],
                areas["plr"][code],
                bezirksregion=bezirksregionen_by_code[plr_parent[code]],
            )
    return report


def _upsert(report, model, code, name, shape, web_geometry, area_m2, **parents):
    slug = german_slug(name)
    if model.objects.filter(slug=slug).exclude(code=code).exists():
        slug = f"{slug}-{code}"
    area, created = model.objects.update_or_create(
        code=code,
        defaults={
            "name": name,
            "slug": slug,
            "geometry": as_geojson(shape, precision=7),
            "web_geometry": web_geometry,
            "area_m2": area_m2,
            **parents,
        },
    )
    report.count(model._meta.verbose_name_plural, created)
    return area
