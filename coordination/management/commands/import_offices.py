from coordination.imports import import_offices
from regions.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die Stadtteilkoordinationen und den Kontakt der OE SPK aus "
        "stadtteilkoordinationen.json (nach import_action_areas). Unbekanntes bleibt leer."
    )
    done_message = "Büros importiert"

    def run_import(self, **options):
        return import_offices(options["path"])
