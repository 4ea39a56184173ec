"""Import of the registers of all Berlin's green spaces and playgrounds, summed per
Bezirksregion, district and Berlin: Kernindikatoren A4 and A5 beside Berlin."""

import datetime
from pathlib import Path

from spk_site.imports.files import (
    DataImportError,
    parse_float,
    read_csv,
)

from ..models import Dataset
from ..models.berlin import (
    BERLIN_CODE,
    LEVEL_OF_CODE_LENGTH,
    BerlinGreen,
)
from .common import replace_comparison_rows

GREEN_DATASET_SLUG = "berlin-gruen-vergleich"
GREEN_BERLIN_DATASET = {
    "name": "Grünanlagen und Spielplätze in ganz Berlin (Grünflächenregister)",
    "publisher": "Straßen- und Grünflächenämter der Berliner Bezirke (Geoportal Berlin); "
    "Export in einem öffentlichen Datenarchiv",
    "source_url": "https://gdi.berlin.de",
    "licence": "amtliche offene Daten Berlin",  # as for Neukölln's extract, to be confirmed
    "licence_url": "",
    "licence_confirmed": False,
    "attribution": "Grünanlagen- und Spielplatzbestand Berlin, Straßen- und Grünflächenämter",
    "reference_date": datetime.date(2025, 6, 1),
    "reference_precision": Dataset.Precision.MONTH,
    "description": "Fläche aller öffentlichen Grünanlagen (ohne Anlagen mit Eintritt) und die "
    "Nettospielfläche aller öffentlichen Spielplätze Berlins, zusammengezählt je "
    "Bezirksregion, Bezirk und für Berlin. Einträge ohne Planungsraum oder ohne Fläche zählen "
    "nicht mit.",
    "order": 42,
}
GREEN_FILE = "public_parks.csv"
PLAY_FILE = "playground.csv"
PLR_COLUMN = "Nummer des Planungsraumes"
GREEN_AREA_COLUMN = "Größe in m² (Kataster)"
PLAY_AREA_COLUMN = "Nettospielfläche in m²"
GREEN_NAME_COLUMN = "Name der Grünanlage"
# Parks that charge entry are no public green area (data README, "Berlin as a whole").
CHARGING_ENTRY = {
    "Britzer Garten",
    "Britzer Garten (Teilstück)",
    "Erholungspark Marzahn",
    "Tierpark Friedrichsfelde",
    "Botanischer Garten",
    "Zoologischer Garten",
}
NO_VALUE = "-"  # the registers' mark of a missing cell


def _register_sums(path, area_column, delimiter, *, name_column=None):
    """{Bezirksregion: m²} of a register; rows without a Planungsraum or an area are left
    out, as are parks that charge entry."""
    sums = {}
    columns = (PLR_COLUMN, area_column) + ((name_column,) if name_column else ())
    for line, row in read_csv(path, columns, delimiter=delimiter):
        plr, text = row[PLR_COLUMN].strip(), row[area_column].strip()
        if text in ("", NO_VALUE) or plr in ("", NO_VALUE):
            continue
        if not plr.isdigit() or len(plr) != 8:
            raise DataImportError(path, f"„{plr}“ ist kein Planungsraum-Schlüssel.", line=line)
        if name_column and row[name_column].strip() in CHARGING_ENTRY:
            continue
        value = parse_float(path, line, area_column, text, allow_empty=False)
        if value < 0:
            raise DataImportError(path, "Eine Fläche kann nicht negativ sein.", line=line)
        sums[plr[:6]] = sums.get(plr[:6], 0.0) + value
    return sums


def import_berlin_green(folder):
    """Sums the registers of Berlin's green spaces and playgrounds per Bezirksregion, district
    and for Berlin; replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner green (Berlin) angeben.")
    for name in (GREEN_FILE, PLAY_FILE):
        if not (folder / name).is_file():
            raise DataImportError(folder / name, "Datei fehlt.")
    green = _register_sums(
        folder / GREEN_FILE, GREEN_AREA_COLUMN, ";", name_column=GREEN_NAME_COLUMN
    )
    play = _register_sums(folder / PLAY_FILE, PLAY_AREA_COLUMN, ",")
    regions = sorted(set(green) | set(play))
    if len(regions) < 100:
        raise DataImportError(folder, f"Nur {len(regions)} Bezirksregionen: ganz Berlin erwartet.")
    totals = {}
    for region in regions:
        for area in (region, region[:2], BERLIN_CODE):
            green_sum, play_sum = totals.get(area, (0.0, 0.0))
            totals[area] = (green_sum + green.get(region, 0.0), play_sum + play.get(region, 0.0))
    return replace_comparison_rows(
        BerlinGreen,
        "Grün und Spiel (Berlin)",
        GREEN_DATASET_SLUG,
        GREEN_BERLIN_DATASET,
        [
            {
                "area": area,
                "level": LEVEL_OF_CODE_LENGTH[len(area)],
                "green_area_m2": round(green_sum, 2),
                "net_play_area_m2": round(play_sum, 2),
            }
            for area, (green_sum, play_sum) in sorted(totals.items())
        ],
    )
