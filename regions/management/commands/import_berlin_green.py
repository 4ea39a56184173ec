from regions.imports.berlin_green import import_berlin_green
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Summiert die Register der Grünanlagen und Spielplätze ganz Berlins je Bezirksregion, "
        "Bezirk und für Berlin (Ordner green): Vergleich der Kernindikatoren A4 und A5. "
        "Ersetzt die bisherigen Werte."
    )
    done_message = "Grün und Spiel Berlins importiert"

    def run_import(self, **options):
        return import_berlin_green(options["path"])
