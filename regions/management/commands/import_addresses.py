from regions.imports.addresses import import_addresses
from spk_site.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Importiert alle Adressen Neuköllns (CSV des Geoportals oder unser Fixture-Format) "
        "und ersetzt die bisherigen in einer Transaktion. Fehlerhafte Zeilen werden mit "
        "Zeilennummer gemeldet; dann wird nichts geändert."
    )
    done_message = "Adressen importiert"

    def run_import(self, **options):
        return import_addresses(options["path"])
