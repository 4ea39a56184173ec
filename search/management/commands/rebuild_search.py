import time

from django.core.management.base import BaseCommand

from search.index import rebuild
from search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Baut den Suchindex neu aus allem, was Besucherinnen und Besucher sehen können (nach "
        "Importen; Änderungen im Admin trägt die Website selbst ein)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="nur, wenn der Index noch leer ist"
        )

    def handle(self, *args, **options):
        if options["if_empty"] and SearchEntry.objects.exists():
            return
        started = time.monotonic()
        count = rebuild()
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Suchindex: {count} Einträge in {time.monotonic() - started:.1f} s."
                )
            )
