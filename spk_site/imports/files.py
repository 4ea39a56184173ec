"""Reading the files importers take: text, JSON and CSV, refused with the file, the line and
the field when they cannot be used."""

import csv
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path


class DataImportError(Exception):
    """A file we refuse to import. Nothing has been written when this is raised."""

    def __init__(self, path, message, *, line=None, feature=None, field=None):
        self.path = Path(path).name if path else ""
        self.line = line
        self.feature = feature
        self.field = field
        self.message = message
        where = self.path
        if line is not None:
            where += f", Zeile {line}"
        if feature is not None:
            where += f", Objekt {feature}"
        if field:
            where += f", Feld „{field}“"
        super().__init__(f"{where}: {message}" if where else message)


@dataclass
class ImportReport:
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)

    def count(self, label, created):
        target = self.created if created else self.updated
        target[label] = target.get(label, 0) + 1

    def __str__(self):
        labels = sorted(set(self.created) | set(self.updated))
        if not labels:
            return "nichts geändert"
        return ", ".join(
            f"{label}: {self.created.get(label, 0)} neu, {self.updated.get(label, 0)} aktualisiert"
            for label in labels
        )


def read_text(path):
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise DataImportError(path, f"Datei nicht lesbar ({error.strerror}).") from error
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataImportError(path, "Die Datei ist nicht UTF-8-kodiert.") from error


def read_json(path):
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise DataImportError(
            path, f"Kein gültiges JSON ({error.msg}).", line=error.lineno
        ) from error


def read_csv(path, required_columns, delimiter=None):
    """Rows as (line number, dict) after checking the header has every required column."""
    text = read_text(path)
    if delimiter is None:
        first_line = text.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in required_columns if column not in header]
    if missing:
        raise DataImportError(path, f"Spalten fehlen: {', '.join(missing)}.", line=1)
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise DataImportError(path, "Zu viele Felder in der Zeile.", line=reader.line_num)
        rows.append((reader.line_num, {key: (value or "").strip() for key, value in row.items()}))
    if not rows:
        raise DataImportError(path, "Die Datei enthält keine Datenzeilen.")
    return rows


def parse_int(path, line, field_name, text, *, minimum=0):
    try:
        value = int(text)
    except ValueError:
        message = f"„{text}“ ist keine ganze Zahl."
        raise DataImportError(path, message, line=line, field=field_name) from None
    if value < minimum:
        raise DataImportError(path, f"{value} ist zu klein.", line=line, field=field_name)
    return value


def parse_float(path, line, field_name, text, *, allow_empty=True):
    if text == "" and allow_empty:
        return None
    decimal_comma = text.count(",") == 1 and "." not in text
    try:
        value = float(text.replace(",", ".") if decimal_comma else text)
    except ValueError:
        message = f"„{text}“ ist keine Zahl."
        raise DataImportError(path, message, line=line, field=field_name) from None
    if not math.isfinite(value):
        message = f"„{text}“ ist keine endliche Zahl."
        raise DataImportError(path, message, line=line, field=field_name)
    return value
