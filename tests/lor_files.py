"""Official-format LOR files written from the test database (tests never read ../shared)."""

import csv
import json

from django.contrib.gis.geos import GEOSGeometry

from regions.models import Bezirksregion, Planungsraum, Prognoseraum

CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
UTM33 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25833"}}


def geometry_in(geojson, srid):
    if srid == 4326:
        return geojson
    geometry = GEOSGeometry(json.dumps(geojson), srid=4326)
    geometry.transform(srid)
    return json.loads(geometry.json)


def write_layer(path, model, code_property, srid=4326, extra=None):
    features = []
    for area in model.objects.order_by("code"):
        properties = {code_property: area.code, "name": area.name}
        features.append(
            {
                "type": "Feature",
                "properties": properties,
                "geometry": geometry_in(area.geometry, srid),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "crs": CRS84 if srid == 4326 else UTM33,
        "features": features,
    }
    if extra:
        extra(collection)
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def write_key_table(path, rename=None):
    header = [
        "techn. Schlüssel (UUID)",
        "Planungsraum (Nummer)",
        "Planungsraum (Name)",
        "Bezirksregion (Nummer)",
        "Bezirksregion (Name)",
        "Prognoseraum (Nummer)",
        "Prognoseraum (Name)",
        "Bezirk",
        "Fläche in qm",
        "Stand der Daten",
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for area in Planungsraum.objects.select_related("bezirksregion__prognoseraum").order_by(
            "code"
        ):
            region = area.bezirksregion
            name = (rename or {}).get(area.code, area.name)
            writer.writerow(
                [
                    "x",
                    area.code,
                    name,
                    region.code,
                    region.name,
                    region.prognoseraum.code,
                    region.prognoseraum.name,
                    "Neukölln",
                    f"{area.area_m2}.0",
                    " 01.01.2021",
                ]
            )
    return path


def write_lor_files(directory, srid=4326, rename=None):
    return {
        "prognoseraeume": write_layer(directory / "pgr.geojson", Prognoseraum, "pgr_id", srid),
        "bezirksregionen": write_layer(directory / "bzr.geojson", Bezirksregion, "bzr_id", srid),
        "planungsraeume": write_layer(directory / "plr.geojson", Planungsraum, "plr_id", srid),
        "schluessel": write_key_table(directory / "schluessel.csv", rename),
    }
