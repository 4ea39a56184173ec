import time

from django.conf import settings
from django.core.management.base import BaseCommand

from profiles import pdf


class Command(BaseCommand):
    help = (
        "Erstellt die PDFs aller Bezirksregionenprofile (Bezirk und 12 Bezirksregionen) für den "
        "aktuellen Stand der Inhalte, in allen Sprachen oder in den angegebenen, und je Sprache "
        "ein ZIP mit allen. Schon erstellte PDFs dieses Stands bleiben."
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
            for key, slug in pdf.profile_keys():
                pdf.stored_or_built(key, slug, language)
            pdf.language_zip(language)
            self.stdout.write(
                f"{language}: {len(pdf.profile_keys())} Profile bereit "
                f"({time.monotonic() - started:.1f} s)."
            )
