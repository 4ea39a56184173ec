from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.addresses import import_addresses


class Command(BaseCommand):
    help = (
        "Importiert alle Adressen Neuköllns (CSV des Geoportals oder unser Fixture-Format) "
        "und ersetzt die bisherigen in einer Transaktion. Fehlerhafte Zeilen werden mit "
        "Zeilennummer gemeldet; dann wird nichts geändert."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        try:
            report = import_addresses(options["path"])
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Adressen importiert – {report}"))
