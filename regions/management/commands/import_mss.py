from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.mss import import_mss


class Command(BaseCommand):
    help = (
        "Importiert das Monitoring Soziale Stadtentwicklung 2021 (Indizes und Indikatoren je "
        "Planungsraum, Indikatoren je Bezirksregion). Alles oder nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Ordner mit den Standard-Dateinamen")
        parser.add_argument("--planungsraeume")
        parser.add_argument("--bezirksregionen")

    def handle(self, *args, **options):
        directory = Path(options["directory"]) if options["directory"] else None
        files = {
            "planungsraeume": options["planungsraeume"]
            or (directory and directory / "mss_2021_planungsraeume_neukoelln.csv"),
            "bezirksregionen": options["bezirksregionen"]
            or (directory and directory / "mss_2021_bezirksregionen_neukoelln.csv"),
        }
        if not all(files.values()):
            raise CommandError("Bitte einen Ordner oder beide Dateien angeben.")
        try:
            report = import_mss(**files)
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"MSS 2021 importiert – {report}"))
