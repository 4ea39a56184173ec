from regions.imports.berlin_kitas import import_berlin_kitas
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die Kita-Plätze ganz Berlins je Bezirksregion, Bezirk und für Berlin "
        "(Ordner kitas, Datenprodukt berlin-daycare-centers): Vergleich mit Berlin. "
        "Ersetzt die bisherigen Werte."
    )
    done_message = "Kita-Plätze Berlins importiert"

    def run_import(self, **options):
        return import_berlin_kitas(options["path"])
