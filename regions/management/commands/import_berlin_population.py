from regions.imports.berlin import import_berlin_population
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die Einwohnerzahlen Berlins, der zwölf Bezirke und aller 143 "
        "Bezirksregionen (T2-Tabellen des Datenprodukts berlin-lor-population, ein Ordner) "
        "als Vergleichswerte der Profile. Ersetzt die bisherigen Vergleichswerte."
    )
    done_message = "Vergleichswerte importiert"

    def run_import(self, **options):
        return import_berlin_population(options["path"])
