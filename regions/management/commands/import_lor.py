from django.core.management.base import BaseCommand, CommandError

from regions.imports import DataImportError
from regions.imports.lor import DEFAULT_FILES, files_in, import_lor


class Command(BaseCommand):
    help = (
        "Importiert die LOR-2021-Flächen Neuköllns (GeoJSON in WGS84 oder EPSG:25833) und die "
        "Schlüsseltabelle. Legt Räume nach Schlüssel an oder aktualisiert sie; alles oder nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Ordner mit den Standard-Dateinamen")
        for name, filename in DEFAULT_FILES.items():
            parser.add_argument(f"--{name}", help=f"Datei (Standard: <Ordner>/{filename})")

    def handle(self, *args, **options):
        files = files_in(options["directory"]) if options["directory"] else {}
        for name in DEFAULT_FILES:
            if options[name]:
                files[name] = options[name]
        missing = [name for name in DEFAULT_FILES if name not in files]
        if missing:
            raise CommandError(f"Dateien fehlen: {', '.join(missing)} (Ordner oder --Optionen).")
        try:
            report = import_lor(**files)
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"LOR importiert – {report}"))
