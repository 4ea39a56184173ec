from django.core.management.base import CommandError

from regions.imports.lor import DEFAULT_FILES, files_in, import_lor
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die LOR-2021-Flächen Neuköllns (GeoJSON in WGS84 oder EPSG:25833) und die "
        "Schlüsseltabelle. Legt Räume nach Schlüssel an oder aktualisiert sie; alles oder nichts."
    )
    done_message = "LOR importiert"

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Ordner mit den Standard-Dateinamen")
        for name, filename in DEFAULT_FILES.items():
            parser.add_argument(f"--{name}", help=f"Datei (Standard: <Ordner>/{filename})")

    def run_import(self, **options):
        files = files_in(options["directory"]) if options["directory"] else {}
        files.update({name: options[name] for name in DEFAULT_FILES if options[name]})
        missing = [name for name in DEFAULT_FILES if name not in files]
        if missing:
            raise CommandError(f"Dateien fehlen: {', '.join(missing)} (Ordner oder --Optionen).")
        return import_lor(**files)
