from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError, backup


class Command(BaseCommand):
    help = "Sichert Datenbank und hochgeladene Dateien in ein .tar.gz (Standard: backups/)."

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default="backups")

    def handle(self, *args, **options):
        try:
            archive = backup(options["directory"])
        except (BackupError, OSError) as error:
            raise CommandError(f"Sicherung fehlgeschlagen: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Gesichert: {archive}"))
