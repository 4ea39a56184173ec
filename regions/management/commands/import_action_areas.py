from regions.imports.action_areas import import_action_areas
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert die Handlungsräume der Stadtteilkoordination und die GI-Schwerpunkte aus "
        "der Faktendatei stadtteilkoordinationen.json."
    )
    done_message = "Handlungsräume importiert"

    def run_import(self, **options):
        return import_action_areas(options["path"])
