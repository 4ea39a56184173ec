"""Import of Berlin's residents per half-year for the city, the twelve districts and all 143
Bezirksregionen (the open-data product "berlin-lor-population", tables T2): what a profile
needs to set Neukölln's figures beside Berlin's. A folder holds one file per level and date,
named berlin-lor-population-YYYY-0H-t2-{city,districts,district-regions}.csv (01 = 30.06.,
02 = 31.12.); the whole import replaces the rows it held, in one transaction."""

import datetime
import re
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import (
    DataImportError,
    ImportReport,
    parse_float,
    parse_int,
    read_csv,
)

from ..models import Dataset
from ..models.berlin import (
    BERLIN_CODE,
    LEVEL_OF_CODE_LENGTH,
    BerlinCrime,
    BerlinGreen,
    BerlinKita,
    BerlinPopulation,
    BerlinSocialMonitoring,
)
from .common import upsert_dataset

BERLIN_DATASET_SLUG = "berlin-einwohner-vergleich"
BERLIN_DATASET = {
    "name": "Einwohnerinnen und Einwohner in ganz Berlin, den Bezirken und allen Bezirksregionen",
    "publisher": "Amt für Statistik Berlin-Brandenburg (AfS), Statistischer Bericht A I 16; "
    "aufbereitet im Datenprodukt „berlin-lor-population“",
    "source_url": "https://www.statistik-berlin-brandenburg.de",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Amt für Statistik Berlin-Brandenburg, Statistischer Bericht A I 16",
    "description": "Einwohnerinnen und Einwohner nach Altersgruppen zu jedem Halbjahr vom "
    "30.06.2021 bis zum 31.12.2024 für Berlin, die zwölf Bezirke und die 143 Bezirksregionen: "
    "die Vergleichswerte der Profile und der Rang unter allen Bezirksregionen Berlins.",
    "order": 22,
}
FILE_NAME = re.compile(
    r"^berlin-lor-population-(?P<year>\d{4})-(?P<half>0[12])-t2-"
    r"(?P<level>city|districts|district-regions)\.csv$"
)
EXPECTED_ROWS = {"city": 1, "districts": 12, "district-regions": 143}
CODE_LENGTH = {"city": 1, "districts": 2, "district-regions": 6}
UNDER_6_COLUMN = "inhabitants_age_below_6"
UNDER_18_COLUMNS = (UNDER_6_COLUMN, "inhabitants_age_6_15", "inhabitants_age_15_18")
COLUMNS = ("id", "inhabitants", "inhabitants_age_above_65", *UNDER_18_COLUMNS)


def _reference_date(year, half):
    return datetime.date(int(year), 6, 30) if half == "01" else datetime.date(int(year), 12, 31)


def _rows_of(path, level):
    rows = []
    for line, row in read_csv(path, COLUMNS, delimiter=","):
        area = row["id"].strip()
        if not area.isdigit() or len(area) != CODE_LENGTH[level]:
            raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
        residents = parse_int(path, line, "inhabitants", row["inhabitants"])
        under_18 = sum(parse_int(path, line, name, row[name]) for name in UNDER_18_COLUMNS)
        under_6 = parse_int(path, line, UNDER_6_COLUMN, row[UNDER_6_COLUMN])
        aged = parse_int(path, line, "inhabitants_age_above_65", row["inhabitants_age_above_65"])
        if under_18 > residents or aged > residents:
            raise DataImportError(path, "Altersgruppen größer als die Einwohnerzahl.", line=line)
        rows.append((area, LEVEL_OF_CODE_LENGTH[len(area)], residents, under_18, under_6, aged))
    if len(rows) != EXPECTED_ROWS[level]:
        raise DataImportError(
            path, f"{len(rows)} Zeilen, erwartet {EXPECTED_ROWS[level]} ({level})."
        )
    return rows


def import_berlin_population(folder):
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner mit den T2-Tabellen angeben.")
    found = []
    for path in sorted(folder.iterdir()):
        match = FILE_NAME.match(path.name)
        if match:
            day = _reference_date(match["year"], match["half"])
            found += [(day, *row) for row in _rows_of(path, match["level"])]
    if not found:
        raise DataImportError(folder, "Keine Datei berlin-lor-population-JJJJ-0H-t2-….csv.")
    report = ImportReport()
    with transaction.atomic():
        newest = max(day for day, *_row in found)
        dataset = upsert_dataset(
            BERLIN_DATASET_SLUG,
            **BERLIN_DATASET,
            reference_date=newest,
            reference_precision=Dataset.Precision.DAY,
        )
        BerlinPopulation.objects.all().delete()
        BerlinPopulation.objects.bulk_create(
            BerlinPopulation(
                dataset=dataset,
                reference_date=day,
                area=area,
                level=level,
                residents=residents,
                under_18=under_18,
                under_6=under_6,
                aged_65_and_over=aged,
            )
            for day, area, level, residents, under_18, under_6, aged in found
        )
        report.created["Vergleichswerte"] = len(found)
        bump_after_commit("figures")
    return report


CRIME_DATASET_SLUG = "berlin-kriminalitaetsatlas"
CRIME_DATASET = {
    "name": "Kriminalitätsatlas Berlin: kiezbezogene Straftaten je Bezirksregion",
    "publisher": "Polizei Berlin; aufbereitet im Datenprodukt „berlin-lor-crime-atlas“",
    "source_url": "",  # the data README names no address; staff may add the confirmed one
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Polizei Berlin, Kriminalitätsatlas",
    "description": "Fälle kiezbezogener Straftaten je Bezirk und Bezirksregion und die "
    "Häufigkeitszahl je 100.000 Einwohner je Bezirksregion (Kernindikator A8 der "
    "Bezirksregionenprofile: Häufigkeitszahl geteilt durch 1.000). Die Häufigkeitszahlen der "
    "Bezirke und die Fallzahl für ganz Berlin der Quelle sind fehlerhaft und nicht übernommen.",
    "order": 23,
}
CRIME_FILE = re.compile(
    r"^berlin-lor-crime-atlas-(?P<year>\d{4})-00-(?P<kind>case-numbers|frequency-numbers)-"
    r"(?P<level>districts|district-regions)\.csv$"
)
NOT_ASSIGNABLE = "9900"  # a district's cases the police could not place in a region


def _crime_cells(path, level):
    cells = {}
    for line, row in read_csv(path, ("id", "kieztaten"), delimiter=","):
        area = row["id"].strip()
        if not area.isdigit() or len(area) != CODE_LENGTH[level]:
            raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
        if level == "district-regions" and area.endswith(NOT_ASSIGNABLE):
            continue
        cells[area] = parse_int(path, line, "kieztaten", row["kieztaten"])
    if len(cells) != EXPECTED_ROWS[level]:
        raise DataImportError(path, f"{len(cells)} Gebiete, erwartet {EXPECTED_ROWS[level]}.")
    return cells


def import_berlin_crime(folder):
    """The case numbers per district and Bezirksregion and the regions' frequencies of each
    year in the folder; replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(
            folder, "Kein Ordner: bitte den Ordner des Kriminalitätsatlas angeben."
        )
    found = {}
    for path in sorted(folder.iterdir()):
        match = CRIME_FILE.match(path.name)
        if match and not (match["kind"] == "frequency-numbers" and match["level"] == "districts"):
            found[(int(match["year"]), match["kind"], match["level"])] = _crime_cells(
                path, match["level"]
            )
    years = sorted({year for year, _kind, _level in found})
    rows = []
    for year in years:
        needed = [(year, "case-numbers", "districts"), (year, "case-numbers", "district-regions")]
        needed.append((year, "frequency-numbers", "district-regions"))
        missing = [kind for kind in needed if kind not in found]
        if missing:
            raise DataImportError(
                folder, f"Für {year} fehlt die Datei {missing[0][1]}-{missing[0][2]}."
            )
        frequencies = found[(year, "frequency-numbers", "district-regions")]
        for level in ("districts", "district-regions"):
            for area, cases in found[(year, "case-numbers", level)].items():
                rows.append(
                    (year, area, cases, frequencies.get(area) if level != "districts" else None)
                )
    if not rows:
        raise DataImportError(folder, "Keine Datei berlin-lor-crime-atlas-JJJJ-00-….csv.")
    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(
            CRIME_DATASET_SLUG,
            **CRIME_DATASET,
            reference_date=datetime.date(years[-1], 1, 1),
            reference_precision=Dataset.Precision.YEAR,
        )
        BerlinCrime.objects.all().delete()
        BerlinCrime.objects.bulk_create(
            BerlinCrime(
                dataset=dataset,
                year=year,
                area=area,
                level=LEVEL_OF_CODE_LENGTH[len(area)],
                kiez_offences=cases,
                kiez_offences_per_100_000=frequency,
            )
            for year, area, cases, frequency in rows
        )
        report.created["Kriminalitätsatlas"] = len(rows)
        bump_after_commit("figures")
    return report


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
    "index": ("S1", "S3", "S4", "D1", "D3", "D4"),
    "classes": ("SI_N", "DI_N"),
    "context": ("KI_09", "KI_10", "KI_12", "KI_13"),
}
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
    report = ImportReport()
    path = folder / MSS_FILES["classes"]
    with transaction.atomic():
        dataset = upsert_dataset(MSS_DATASET_SLUG, **MSS_BERLIN_DATASET)
        BerlinSocialMonitoring.objects.all().delete()
        rows = []
        for area, index in tables["index"].items():
            classes, context = tables["classes"][area], tables["context"][area]
            row = BerlinSocialMonitoring(
                dataset=dataset,
                area=area,
                name=index["name"],
                residents=index["residents"],
                valid=index["valid"],
                status_class=_mss_class(path, area, classes["SI_N"], {1, 2, 3, 4}),
                dynamic_class=_mss_class(path, area, classes["DI_N"], {1, 3, 5}),
                **{column.lower(): index[column] for column in MSS_FILE_COLUMNS["index"]},
                **{"k" + column[3:]: context[column] for column in MSS_FILE_COLUMNS["context"]},
            )
            try:
                row.full_clean(exclude=["dataset"])
            except ValidationError as error:
                raise DataImportError(path, f"Planungsraum {area}: {error.messages[0]}") from None
            rows.append(row)
        BerlinSocialMonitoring.objects.bulk_create(rows)
        report.created["Planungsräume des Sozialmonitorings"] = len(rows)
        bump_after_commit("figures")
    return report


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
    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(GREEN_DATASET_SLUG, **GREEN_BERLIN_DATASET)
        BerlinGreen.objects.all().delete()
        BerlinGreen.objects.bulk_create(
            BerlinGreen(
                dataset=dataset,
                area=area,
                level=LEVEL_OF_CODE_LENGTH[len(area)],
                green_area_m2=round(green_sum, 2),
                net_play_area_m2=round(play_sum, 2),
            )
            for area, (green_sum, play_sum) in sorted(totals.items())
        )
        report.created["Grün und Spiel (Berlin)"] = len(totals)
        bump_after_commit("figures")
    return report


KITA_DATASET_SLUG = "berlin-kitas-vergleich"
KITA_BERLIN_DATASET = {
    "name": "Kita-Plätze in ganz Berlin, den Bezirken und allen Bezirksregionen",
    "publisher": "Senatsverwaltung für Bildung, Jugend und Familie (Kitaliste); aufbereitet im "
    "Datenprodukt „berlin-daycare-centers“",
    "source_url": "",
    "licence": "CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
    "licence_url": "https://creativecommons.org/licenses/by/3.0/de/",
    "attribution": "Senatsverwaltung für Bildung, Jugend und Familie, Kitaliste",
    "reference_precision": Dataset.Precision.MONTH,
    "description": "Genehmigte Plätze und Zahl der Kitas je Bezirksregion, Bezirk und für Berlin "
    "nach der Kitaliste: der Vergleich der Kita-Plätze je 100 Kinder unter 6 Jahren mit Berlin.",
    "order": 43,
}
KITA_FILE = re.compile(
    r"^berlin-daycare-centers-(?P<year>\d{4})-(?P<month>\d{2})-"
    r"(?P<level>city|districts|district-regions)\.csv$"
)


def import_berlin_kitas(folder):
    """The Kita places per Bezirksregion, district and for Berlin of the newest Kita list in
    the folder; replaces what was stored, in one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataImportError(folder, "Kein Ordner: bitte den Ordner kitas (Berlin) angeben.")
    lists = {}
    for path in sorted(folder.iterdir()):
        match = KITA_FILE.match(path.name)
        if match:
            month = datetime.date(int(match["year"]), int(match["month"]), 1)
            lists.setdefault(month, {})[match["level"]] = path
    if not lists:
        raise DataImportError(folder, "Keine Datei berlin-daycare-centers-JJJJ-MM-….csv.")
    month = max(lists)
    rows = []
    for level in ("city", "districts", "district-regions"):
        path = lists[month].get(level)
        if path is None:
            raise DataImportError(folder, f"Für {month:%m/%Y} fehlt die Datei {level}.")
        columns = ("places", "daycare_centers") + (() if level == "city" else ("id",))
        found = []
        for line, row in read_csv(path, columns, delimiter=","):
            area = BERLIN_CODE if level == "city" else row["id"].strip()
            if len(area) != CODE_LENGTH[level] or not area.isdigit():
                raise DataImportError(path, f"„{area}“ ist kein Schlüssel dieser Ebene.", line=line)
            places = parse_int(path, line, "places", row["places"])
            centres = parse_int(path, line, "daycare_centers", row["daycare_centers"])
            found.append((area, places, centres))
        if len(found) != EXPECTED_ROWS[level]:
            raise DataImportError(
                path, f"{len(found)} Zeilen, erwartet {EXPECTED_ROWS[level]} ({level})."
            )
        rows += found
    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(KITA_DATASET_SLUG, **KITA_BERLIN_DATASET, reference_date=month)
        BerlinKita.objects.all().delete()
        BerlinKita.objects.bulk_create(
            BerlinKita(
                dataset=dataset,
                area=area,
                level=LEVEL_OF_CODE_LENGTH[len(area)],
                places=places,
                centres=centres,
            )
            for area, places, centres in rows
        )
        report.created["Kita-Plätze (Berlin)"] = len(rows)
        bump_after_commit("figures")
    return report
