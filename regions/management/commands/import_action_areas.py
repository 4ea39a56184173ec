from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.action_areas import import_action_areas


class Command(BaseCommand):
    help = (
        "Importiert die Handlungsräume der Stadtteilkoordination und die GI-Schwerpunkte aus "
        "der Faktendatei stadtteilkoordinationen.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        try:
            report = import_action_areas(options["path"])
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Handlungsräume importiert – {report}"))
