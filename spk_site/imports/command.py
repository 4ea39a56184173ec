from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from .files import DataImportError


class ImportCommand(BaseCommand):
    """A management command around one importer: a refusal becomes a clear error message
    (file, line, field) and an exit code, never a traceback. The importers announce their
    change after the commit (spk_site.content_version): saved rows through their signals,
    bulk writes themselves."""

    done_message = "Importiert"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def run_import(self, **options):
        raise NotImplementedError

    def handle(self, *args, **options):
        try:
            report = self.run_import(**options)
        except DataImportError as error:
            raise CommandError(f"Import abgelehnt, nichts geändert. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"{self.done_message} – {report}"))
        # Bulk writes send no signals: the site search reads everything anew (by name, so
        # this shared base imports no app).
        if "rebuild_search" in get_commands():
            call_command("rebuild_search", verbosity=0)
