"""Import of the Monitoring Soziale Stadtentwicklung 2021 for all of Berlin's Planungsräume:
where a Neukölln value lies among Berlin's 536 valid Planungsräume."""

import datetime
from pathlib import Path

from django.core.exceptions import ValidationError

from spk_site.imports.files import (
    DataImportError,
    parse_float,
    parse_int,
    read_csv,
)

from ..models import Dataset
from ..models.berlin import (
    BerlinSocialMonitoring,
)
from .common import replace_comparison_rows

MSS_DATASET_SLUG = "berlin-sozialmonitoring-vergleich"
MSS_BERLIN_DATASET = {
    "name": "Monitoring Soziale Stadtentwicklung 2021 für alle Planungsräume Berlins",
    "publisher": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin; "
    "FIS-Broker-Export (s_*_MSS2021_homogen) aus einem öffentlichen Datenarchiv",
    "source_url": "https://www.berlin.de/sen/sbw/stadtdaten/stadtwissen/"
    "monitoring-soziale-stadtentwicklung/bericht-2021/",
    "licence": "dl-de/by-2-0",
    "licence_url": "https://www.govdata.de/dl-de/by-2-0",
    "licence_confirmed": False,  # "Lizenz der Quelle zu bestätigen" (data README)
    "attribution": "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen: Monitoring Soziale "
    "Stadtentwicklung 2021",
    "reference_date": datetime.date(2020, 12, 31),
    "reference_precision": Dataset.Precision.DAY,
    "description": "Klassen, Index- und Kontextindikatoren aller 542 Planungsräume Berlins "
    "(536 gültig): wo ein Neuköllner Wert unter den Planungsräumen Berlins liegt.",
    "order": 41,
}
MSS_FILES = {
    "index": "fisbroker_raw_mss_2021_index_indikatoren.csv",
    "classes": "fisbroker_raw_mss_2021_indizes.csv",
    "context": "fisbroker_raw_mss_2021_kontext_indikatoren.csv",
}
MSS_FILE_COLUMNS = {
    "index": (
        "S1",
        "S3",
        "S4",
        "D1",
        "D3",
        "D4",
        *(f"{name}_SD_GR" for name in ("S1", "S3", "S4", "D1", "D3", "D4")),
    ),
    "classes": ("SI_N", "DI_N"),
    "context": ("KI_09", "KI_10", "KI_12", "KI_13"),
}
INDICATORS = ("S1", "S3", "S4", "D1", "D3", "D4")
MSS_EXPECTED_AREAS = 542
MSS_MISSING = "-9999"  # the source's mark of a value it leaves out
VALID = "gültig"


def _mss_cells(path, columns):
    cells = {}
    for line, row in read_csv(path, ("PLR_ID", "PLR_NAME", "EW", "KOM", *columns), delimiter=","):
        area = row["PLR_ID"].strip()
        if not area.isdigit() or len(area) != 8:
            raise DataImportError(path, f"„{area}“ ist kein Planungsraum-Schlüssel.", line=line)
        if area in cells:
            raise DataImportError(path, f"Planungsraum {area} doppelt.", line=line)
        values = {}
        for column in columns:
            text = row[column].strip()
            values[column] = (
                None if text in ("", MSS_MISSING) else parse_float(path, line, column, text)
            )
        residents = row["EW"].strip()
        cells[area] = {
            "name": row["PLR_NAME"].strip(),
            "residents": parse_int(path, line, "EW", residents) if residents else 0,
            "valid": row["KOM"].strip() == VALID,
            **values,
        }
    if len(cells) != MSS_EXPECTED_AREAS:
        raise DataImportError(path, f"{len(cells)} Planungsräume, erwartet {MSS_EXPECTED_AREAS}.")
    return cells


def _mss_class(path, area, value, allowed):
    if value is None:
        return None
    if value != int(value) or int(value) not in allowed:
        raise DataImportError(path, f"Planungsraum {area}: „{value}“ ist keine Klasse.")
    return int(value)


def import_berlin_mss(folder):
    """The Monitoring Soziale Stadtentwicklung 2021 for all of Berlin's Planungsräume (the
    three FIS-Broker tables in one folder); replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner mss2021 (Berlin) angeben.")
    tables = {}
    for kind, name in MSS_FILES.items():
        path = folder / name
        if not path.is_file():
            raise DataImportError(path, "Datei fehlt.")
        tables[kind] = _mss_cells(path, MSS_FILE_COLUMNS[kind])
    if not tables["index"].keys() == tables["classes"].keys() == tables["context"].keys():
        raise DataImportError(folder, "Die drei Tabellen nennen nicht dieselben Planungsräume.")
    path = folder / MSS_FILES["classes"]
    rows = []
    for area, index in tables["index"].items():
        classes, context = tables["classes"][area], tables["context"][area]
        fields = {
            "area": area,
            "name": index["name"],
            "residents": index["residents"],
            "valid": index["valid"],
            "status_class": _mss_class(path, area, classes["SI_N"], {1, 2, 3, 4}),
            "dynamic_class": _mss_class(path, area, classes["DI_N"], {1, 3, 5}),
            **{name.lower(): index[name] for name in INDICATORS},
            **{
                f"{name.lower()}_class": _mss_class(
                    folder / MSS_FILES["index"], area, index[f"{name}_SD_GR"], {1, 2, 3, 4}
                )
                for name in INDICATORS
            },
            **{"k" + column[3:]: context[column] for column in MSS_FILE_COLUMNS["context"]},
        }
        try:  # the file's keys are unique already (_mss_cells); the stored rows are replaced
            BerlinSocialMonitoring(**fields).full_clean(exclude=["dataset"], validate_unique=False)
        except ValidationError as error:
            raise DataImportError(path, f"Planungsraum {area}: {error.messages[0]}") from None
        rows.append(fields)
    return replace_comparison_rows(
        BerlinSocialMonitoring,
        "Planungsräume des Sozialmonitorings",
        MSS_DATASET_SLUG,
        MSS_BERLIN_DATASET,
        rows,
    )
