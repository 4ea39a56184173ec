"""Tables for download, written one way: a CSV that German spreadsheet programs open as it is
(UTF-8 with byte order mark, semicolons, optionally decimal commas, text cells that could
start a formula defused), and the sources and licences of every download read from the
Dataset rows."""

import csv

from django.http import HttpResponse

CSV_TYPE = "text/csv; charset=utf-8"
BYTE_ORDER_MARK = "\ufeff"


# A text cell starting with one of these would be read as a formula by a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value, decimal_comma):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and decimal_comma:
        return repr(value).replace(".", ",")
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value  # shown as text, never run (numbers are written as numbers)
    return value


def csv_response(filename, header, rows, *, decimal_comma=False):
    """rows: sequences in the order of header. Numbers keep full precision; decimal_comma
    writes 12,5 instead of 12.5 (for tables people open in a spreadsheet)."""
    response = HttpResponse(content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BYTE_ORDER_MARK)
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value, decimal_comma) for value in row])
    return response
