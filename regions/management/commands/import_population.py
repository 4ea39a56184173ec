import datetime

from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.population import import_population


class Command(BaseCommand):
    help = (
        "Importiert Einwohnerzahlen je Planungsraum aus einer CSV-Datei des Amts für Statistik "
        "(Einwohnerregisterstatistik oder Statistischer Bericht A I 16, ';'-getrennt). Jeder "
        "Stichtag wird ein eigener Datenstand; ältere bleiben erhalten."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--stichtag",
            type=datetime.date.fromisoformat,
            help="JJJJ-MM-TT, für Tabellen ohne Stichtagsspalte (sonst aus dem Dateinamen)",
        )

    def handle(self, *args, **options):
        try:
            report = import_population(options["path"], stichtag=options["stichtag"])
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Einwohnerzahlen importiert – {report}"))
