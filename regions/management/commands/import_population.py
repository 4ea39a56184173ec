from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.population import import_population_ewr


class Command(BaseCommand):
    help = (
        "Importiert Einwohnerzahlen je Planungsraum aus einer CSV-Datei des Amts für Statistik "
        "(Einwohnerregisterstatistik, ';'-getrennt). Jeder Stichtag wird ein eigener Datenstand."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        try:
            report = import_population_ewr(options["path"])
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Einwohnerzahlen importiert – {report}"))
