from django.core.management import call_command
from django.core.management.base import BaseCommand

from spk_site.site_data import fixture_steps

INITIAL_VERSION_COMMENT = "Mitgelieferte Fassung"


class Command(BaseCommand):
    help = (
        "Lädt die mitgelieferten Daten aus fixtures/ – nur in eine leere Datenbank, "
        "damit ein erneutes `make run` keine Änderungen der Redaktion überschreibt – und legt "
        "für jeden Eintrag ohne Versionsgeschichte eine erste Fassung an, damit die Redaktion "
        "den mitgelieferten Text wiederherstellen kann."
    )

    def handle(self, *args, **options):
        loaded = False
        for step in fixture_steps():
            if step.is_loaded():
                self.stdout.write(f"{step.name}: schon vorhanden, nichts geladen.")
                continue
            step.load(call_command, verbosity=options["verbosity"])  # its signals announce it
            loaded = True
            self.stdout.write(self.style.SUCCESS(f"{step.name}: geladen."))
        # Only objects without any version get one; a second run adds nothing.
        call_command(
            "createinitialrevisions",
            comment=INITIAL_VERSION_COMMENT,
            verbosity=max(options["verbosity"] - 1, 0),
        )
        # Fixtures are loaded raw (no signals): the search index is built from them here.
        call_command("rebuild_search", if_empty=not loaded, verbosity=options["verbosity"])
