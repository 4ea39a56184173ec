import datetime

from regions.imports.population import import_population
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert Einwohnerzahlen je Planungsraum aus einer CSV-Datei des Amts für Statistik "
        "(Einwohnerregisterstatistik oder Statistischer Bericht A I 16, ';'-getrennt). Jeder "
        "Stichtag wird ein eigener Datenstand; ältere bleiben erhalten."
    )
    done_message = "Einwohnerzahlen importiert"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--stichtag",
            type=datetime.date.fromisoformat,
            help="JJJJ-MM-TT, für Tabellen ohne Stichtagsspalte (sonst aus dem Dateinamen)",
        )

    def run_import(self, **options):
        return import_population(options["path"], stichtag=options["stichtag"])
