"""Importers for the official datasets: parse, validate everything, then write in one
transaction. A refusal names the file, the line (or feature) and the field."""

from .common import DataImportError, ImportReport

__all__ = ["DataImportError", "ImportReport"]
