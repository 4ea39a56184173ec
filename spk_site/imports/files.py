"""Reading the files importers take: text, JSON and CSV, refused with the file, the line and
the field when they cannot be used."""

import csv
import json
import math
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..validation import INVISIBLE_CONTROLS


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


# The largest official file we import is the address list (about 2.4 MB); anything far larger
# is not the file it claims to be. Read in pieces, refused before it fills the memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Tab is a separator in some sources; every other control character is damage.


UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
MAX_NESTING = 64  # JSON objects and lists inside each other: GeoJSON needs five


def checked_file(path, limit=None):
    """Refuses, before anything is read, what is no file to import: a path that does not
    exist, a folder, a pipe or device (which may never end), a file over the limit."""
    limit = limit or MAX_FILE_BYTES
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        raise DataImportError(path, "Diese Datei gibt es nicht. Bitte den Pfad prüfen.") from None
    except OSError as error:
        raise DataImportError(path, f"Datei nicht lesbar ({error.strerror}).") from error
    if stat.S_ISDIR(info.st_mode):
        raise DataImportError(path, "Das ist ein Ordner, keine Datei. Bitte die Datei angeben.")
    if not stat.S_ISREG(info.st_mode):
        raise DataImportError(
            path,
            "Das ist keine gewöhnliche Datei (ein Gerät oder eine Pipe). Bitte eine Datei angeben.",
        )
    if info.st_size > limit:
        raise DataImportError(
            path,
            f"Die Datei ist {info.st_size / 1024 / 1024:.0f} MB groß, erlaubt sind höchstens "
            f"{limit // 1024 // 1024} MB. Ist es die richtige Datei?",
        )
    return limit


def _decoded(path, raw):
    if raw.startswith(UTF16_MARKS):
        raise DataImportError(
            path, "Die Datei ist UTF-16-kodiert. Bitte als UTF-8 speichern und neu importieren."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataImportError(
            path,
            "Die Datei ist nicht UTF-8-kodiert (vielleicht Latin-1 oder Windows-1252). Bitte "
            "als UTF-8 speichern und neu importieren.",
            line=line,
        ) from None


def read_text(path, limit=None):
    limit = checked_file(path, limit)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)  # never more, whatever the file claims
    except OSError as error:
        raise DataImportError(path, f"Datei nicht lesbar ({error.strerror}).") from error
    if len(raw) > limit:
        raise DataImportError(path, "Die Datei ist größer als erlaubt.")
    return _decoded(path, raw)


def first_line(path):
    """The header line of a file (after the same checks as every read)."""
    checked_file(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.readline(64 * 1024)
    except OSError as error:
        raise DataImportError(path, f"Datei nicht lesbar ({error.strerror}).") from error
    return _decoded(path, raw)


def _nesting(text):
    """How deep objects and lists lie inside each other (outside strings)."""
    depth = deepest = 0
    in_string = escaped = False
    for character in text:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


def read_json(path, limit=None):
    text = read_text(path, limit)
    if _nesting(text) > MAX_NESTING:
        raise DataImportError(
            path,
            f"Das JSON ist tiefer als {MAX_NESTING} Ebenen verschachtelt: so sieht keine "
            "unserer Quellen aus.",
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DataImportError(
            path, f"Kein gültiges JSON ({error.msg}).", line=error.lineno
        ) from error


def read_csv(path, required_columns, delimiter=None, limit=None):
    """Rows as (line number, {column: value}), read line by line after checking the header:
    every required column, no empty column name; a column named twice must hold one value in
    each row. A cell with control characters (a NUL byte, say) is refused with its line and
    column."""
    checked_file(path, limit)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise DataImportError(path, f"Datei nicht lesbar ({error.strerror}).") from error
    with handle:
        try:
            first_line = handle.readline()
            if delimiter is None:
                delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
            header = [
                name.strip() for name in next(csv.reader([first_line], delimiter=delimiter), [])
            ]
            _check_header(path, header, required_columns)
            reader = csv.reader(handle, delimiter=delimiter)
            rows = []
            for cells in reader:
                line = reader.line_num + 1  # the header was line 1
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) > len(header):
                    raise DataImportError(path, "Zu viele Felder in der Zeile.", line=line)
                row = {}
                padded = cells + [""] * (len(header) - len(cells))
                for column, cell in zip(header, padded, strict=True):
                    if INVISIBLE_CONTROLS.search(cell):
                        raise DataImportError(
                            path, "Unsichtbare Steuerzeichen im Feld.", line=line, field=column
                        )
                    if column in row and row[column] != cell.strip():
                        raise DataImportError(
                            path,
                            f"Die Spalte „{column}“ steht zweimal in der Datei, hier mit "
                            f"verschiedenen Werten („{row[column]}“, „{cell.strip()}“): unklar, "
                            "welcher gilt.",
                            line=line,
                            field=column,
                        )
                    row[column] = cell.strip()
                rows.append((line, row))
        except UnicodeDecodeError:
            raise DataImportError(
                path,
                "Die Datei ist nicht UTF-8-kodiert (vielleicht Latin-1 oder Windows-1252). Bitte "
                "als UTF-8 speichern und neu importieren.",
            ) from None
        except csv.Error as error:
            raise DataImportError(path, f"Kein lesbares CSV ({error}).") from error
    if not rows:
        raise DataImportError(path, "Die Datei enthält keine Datenzeilen.")
    return rows


def _check_header(path, header, required_columns):
    empty = [number for number, name in enumerate(header, start=1) if not name]
    if empty:
        raise DataImportError(path, f"Spalte {empty[0]} hat keinen Namen.", line=1)
    # A column named twice (the official MSS file repeats "inhabitants") is read only where
    # both hold the same value in a row; where they differ, the row is refused.
    missing = [column for column in required_columns if column not in header]
    if missing:
        raise DataImportError(path, f"Spalten fehlen: {', '.join(missing)}.", line=1)


def json_text(value):
    """A fact from a JSON file as one stripped string; "" for null or empty."""
    return str(value).strip() if value not in (None, "") else ""


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
