from events.imports import import_small_grants
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Legt je Stadtteilkoordination mit Kiezkasse deren Seite an, mit den Angaben aus "
        "facts-update-2026-11.json (nach import_offices); die Angaben bleiben zur Bestätigung "
        "durch die Redaktion markiert."
    )
    done_message = "Kiezkassen importiert"

    def run_import(self, **options):
        return import_small_grants(options["path"])
