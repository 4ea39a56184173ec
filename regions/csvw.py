"""Metadata for our CSV downloads in W3C "CSV on the Web" form (CSVW, `…csv-metadata.json`):
what each column means, its unit and type, and the sources and licences of the table, so the
CSV can be used without this website beside it. Every CSV names its metadata in a `Link`
header (rel="describedby"), as the CSVW primer asks."""

from dataclasses import dataclass

from django.http import JsonResponse

CSVW_CONTEXT = "http://www.w3.org/ns/csvw"
CSVW_TYPE = "application/csvm+json"
PUBLISHER = "Bezirksamt Neukölln von Berlin, Sozialraumorientierte Planungskoordination"


@dataclass(frozen=True)
class Described:
    """One column: its name in the CSV header, its title for people, its type and unit."""

    name: str
    title: str
    datatype: str = "string"
    unit: str = ""
    description: str = ""
    reference: str = ""  # the date of the figure, as precise as the source (2026-07)
    source: str = ""


# The columns of the open-data tables (regions/api.py), as their header names them.
AREA_COLUMNS = {
    "code": Described("code", "Schlüssel (LOR 2021)"),
    "name": Described("name", "Name (amtlich)"),
    "prognoseraum_code": Described("prognoseraum_code", "Schlüssel des Prognoseraums"),
    "prognoseraum_name": Described("prognoseraum_name", "Name des Prognoseraums"),
    "bezirksregion_code": Described("bezirksregion_code", "Schlüssel der Bezirksregion"),
    "bezirksregion_name": Described("bezirksregion_name", "Name der Bezirksregion"),
    "einwohner": Described("einwohner", "Einwohnerinnen und Einwohner", "integer", "Personen"),
    "einwohner_stand": Described("einwohner_stand", "Stand der Einwohnerzahl", "date"),
    "flaeche_m2": Described(
        "flaeche_m2", "Fläche", "integer", "m²", "Amtliche Fläche, auf ganze Quadratmeter gerundet."
    ),
    "stadtteilkoordination": Described(
        "stadtteilkoordination", "Mit Stadtteilkoordination", "boolean"
    ),
    "url": Described("url", "Seite auf dieser Website", "anyURI"),
    "mss_status_klasse": Described(
        "mss_status_klasse",
        "Statusindex (Klasse)",
        "integer",
        "",
        "1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig (MSS 2021).",
    ),
    "mss_status": Described("mss_status", "Statusindex (Name der Klasse)"),
}


def _datatype(described, decimal_comma):
    if described.datatype == "boolean":
        return {"base": "boolean", "format": "ja|nein"}
    if described.datatype == "decimal" and decimal_comma:
        return {"base": "decimal", "format": {"decimalChar": ","}}
    return described.datatype


def metadata(csv_name, title, columns, datasets, *, decimal_comma=False, primary_key="code"):
    """The CSVW table description of `csv_name` (a file name beside the metadata)."""
    column_entries = []
    for described in columns:
        entry = {
            "name": described.name,
            "titles": {"de": described.title},
            "datatype": _datatype(described, decimal_comma),
        }
        if described.description:
            entry["dc:description"] = {"@value": str(described.description), "@language": "de"}
        if described.unit:
            entry["schema:unitText"] = str(described.unit)
        if described.reference:
            entry["dc:date"] = described.reference
        if described.source:
            entry["dc:source"] = described.source
        column_entries.append(entry)
    return {
        "@context": [CSVW_CONTEXT, {"@language": "de"}],
        "url": csv_name,
        "dc:title": title,
        "dc:publisher": PUBLISHER,
        "dc:license": datasets.attribution(),
        "dc:source": [
            {
                "dc:title": dataset.name,
                "dc:publisher": dataset.publisher,
                "dc:license": dataset.licence,
                **({"schema:url": dataset.source_url} if dataset.source_url else {}),
                **({"dc:date": dataset.reference_date_iso} if dataset.reference_date else {}),
            }
            for dataset in datasets
        ],
        "dialect": {"delimiter": ";", "encoding": "utf-8", "header": True},
        "tableSchema": {"columns": column_entries, "primaryKey": primary_key},
    }


def metadata_response(body):
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Type"] = f"{CSVW_TYPE}; charset=utf-8"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def describe(response, csv_name):
    """Names the metadata document in the CSV's headers."""
    response["Link"] = f'<{csv_name}-metadata.json>; rel="describedby"; type="{CSVW_TYPE}"'
    return response
