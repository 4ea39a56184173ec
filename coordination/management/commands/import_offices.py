from django.core.management.base import BaseCommand, CommandError

from coordination.imports import import_offices
from regions.imports import DataImportError


class Command(BaseCommand):
    help = (
        "Importiert die Stadtteilkoordinationen und den Kontakt der OE SPK aus "
        "stadtteilkoordinationen.json (nach import_action_areas). Unbekanntes bleibt leer."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        try:
            report = import_offices(options["path"])
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Büros importiert – {report}"))
