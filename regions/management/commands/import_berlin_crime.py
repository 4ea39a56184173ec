from regions.imports.berlin import import_berlin_crime
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert den Kriminalitätsatlas (Datenprodukt berlin-lor-crime-atlas, ein Ordner): "
        "kiezbezogene Straftaten je Bezirk und Bezirksregion, Grundlage des Kernindikators A8. "
        "Ersetzt die bisherigen Werte."
    )
    done_message = "Kriminalitätsatlas importiert"

    def run_import(self, **options):
        return import_berlin_crime(options["path"])
