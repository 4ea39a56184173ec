"""What every importer shares: parse, validate everything, then write in one transaction. A
refusal names the file, the line (or feature) and the field (DataImportError); a management
command around an importer turns it into one German line and an exit code (ImportCommand)."""

from .files import DataImportError, ImportReport

__all__ = ["DataImportError", "ImportReport"]
