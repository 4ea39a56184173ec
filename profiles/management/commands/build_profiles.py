import time

from django.conf import settings
from django.core.management.base import BaseCommand

from profiles import pdf


class Command(BaseCommand):
    help = (
        "Bringt die PDFs aller Bezirksregionenprofile (Bezirk und 12 Bezirksregionen) und je "
        "Sprache das ZIP auf den Stand der Inhalte, in allen Sprachen oder in den angegebenen. "
        "Nur PDFs, deren Inhalt sich geändert hat, werden neu erstellt. (Das macht sonst der "
        "Hintergrunddienst: manage.py db_worker.)"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--sprache",
            action="append",
            choices=[code for code, _name in settings.LANGUAGES],
            help="nur diese Sprache (mehrfach möglich); ohne: alle",
        )

    def handle(self, *args, **options):
        languages = options["sprache"] or [code for code, _name in settings.LANGUAGES]
        for language in languages:
            started = time.monotonic()
            built = pdf.refresh([language])
            self.stdout.write(
                f"{language}: {len(pdf.profile_keys())} Profile bereit, {len(built)} neu "
                f"erstellt ({time.monotonic() - started:.1f} s)."
            )
