from pathlib import Path

from django.core.management.base import CommandError

from regions.imports.mss import import_mss
from spk_site.imports.command import ImportCommand

DEFAULT_FILES = {
    "planungsraeume": "mss_2021_planungsraeume_neukoelln.csv",
    "bezirksregionen": "mss_2021_bezirksregionen_neukoelln.csv",
}


class Command(ImportCommand):
    help = (
        "Importiert das Monitoring Soziale Stadtentwicklung 2021 (Indizes und Indikatoren je "
        "Planungsraum, Indikatoren je Bezirksregion). Alles oder nichts."
    )
    done_message = "MSS 2021 importiert"

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Ordner mit den Standard-Dateinamen")
        for name, filename in DEFAULT_FILES.items():
            parser.add_argument(f"--{name}", help=f"Datei (Standard: <Ordner>/{filename})")

    def run_import(self, **options):
        directory = Path(options["directory"]) if options["directory"] else None
        files = {
            name: options[name] or (directory / filename if directory else None)
            for name, filename in DEFAULT_FILES.items()
        }
        if not all(files.values()):
            raise CommandError("Bitte einen Ordner oder beide Dateien angeben.")
        return import_mss(**files)
