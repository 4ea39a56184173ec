from pathlib import Path

from places.green import import_green
from spk_site.imports.command import ImportCommand

GREEN_FILE = "gruenanlagen_neukoelln.csv"
PLAYGROUND_FILE = "spielplaetze_neukoelln.csv"


class Command(ImportCommand):
    help = (
        "Importiert den Grünanlagen- und den Spielplatzbestand Berlin für Neukölln aus einem "
        f"Ordner mit {GREEN_FILE} und {PLAYGROUND_FILE}: Einträge werden ersetzt, die Flächen "
        "je Planungsraum neu berechnet. Eine fehlerhafte Zeile wird mit Zeilennummer "
        "abgelehnt; dann ändert sich nichts."
    )
    done_message = "Grünanlagen und Spielplätze importiert"

    def run_import(self, **options):
        folder = Path(options["path"])
        return import_green(folder / GREEN_FILE, folder / PLAYGROUND_FILE)
