import subprocess

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError, restore


class Command(BaseCommand):
    help = (
        "Stellt Datenbank und hochgeladene Dateien aus einer Sicherung wieder her. "
        "Ersetzt den jetzigen Stand vollständig."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="ohne Rückfrage")

    def handle(self, *args, **options):
        if not options["yes"]:
            answer = input("Jetzigen Stand durch die Sicherung ersetzen? [ja/nein] ")
            if answer.strip().lower() != "ja":
                raise CommandError("Abgebrochen, nichts geändert.")
        try:
            manifest = restore(options["archive"])
        except (BackupError, OSError, subprocess.CalledProcessError) as error:
            reason = " ".join(str(error).split())  # one line, whatever the tool printed
            raise CommandError(f"Wiederherstellung fehlgeschlagen: {reason}") from error
        self.stdout.write(self.style.SUCCESS(f"Wiederhergestellt: Stand {manifest['created']}"))
