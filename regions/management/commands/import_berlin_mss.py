from regions.imports.berlin_mss import import_berlin_mss
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert das Monitoring Soziale Stadtentwicklung 2021 für alle Planungsräume Berlins "
        "(Ordner mit den drei FIS-Broker-Tabellen): Vergleich der Neuköllner Werte mit Berlin. "
        "Ersetzt die bisherigen Werte."
    )
    done_message = "Sozialmonitoring Berlin importiert"

    def run_import(self, **options):
        return import_berlin_mss(options["path"])
