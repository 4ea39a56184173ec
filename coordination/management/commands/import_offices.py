from coordination.imports import import_offices
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die Stadtteilkoordinationen und den Kontakt der OE SPK aus "
        "stadtteilkoordinationen.json (nach import_action_areas und import_addresses); mit "
        "--update die neueren Angaben aus facts-update-2026-11.json, mit --legal-facts die "
        "Telefonzentrale des Bezirksamts aus legal-facts.json. Unbekanntes bleibt leer."
    )
    done_message = "Büros importiert"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--update", help="facts-update-2026-11.json")
        parser.add_argument("--legal-facts", help="legal-facts.json")

    def run_import(self, **options):
        return import_offices(
            options["path"], update_path=options["update"], legal_facts_path=options["legal_facts"]
        )
