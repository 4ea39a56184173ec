from places.imports import import_kitas
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die amtliche Kitaliste (kitas_neukoelln_JJJJ-MM.csv) als Stand dieses Monats: "
        "Kitas werden aktualisiert, nicht mehr gelistete entfernt, die Plätze je Planungsraum "
        "neu berechnet. Eine fehlerhafte Zeile wird mit Zeilennummer abgelehnt; dann ändert "
        "sich nichts."
    )
    done_message = "Kitas importiert"

    def run_import(self, **options):
        return import_kitas(options["path"])
