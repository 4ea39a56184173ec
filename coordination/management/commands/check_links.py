from django.core.management.base import BaseCommand

from coordination.links import check_links


class Command(BaseCommand):
    help = (
        "Prüft alle externen Links in Fragen, Seiten, Berichten und die Websites der Büros und "
        "Träger; die Ergebnisse stehen im Admin unter „Linkprüfungen“ und auf der Startseite."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10, help="Sekunden je Link")

    def handle(self, *args, **options):
        rows = check_links(timeout=options["timeout"])
        broken = [row for row in rows if row.result != "OK"]
        for row in broken:
            self.stdout.write(f"{row.url} – {row.result} ({row.found_in})")
        self.stdout.write(
            self.style.SUCCESS(f"{len(rows)} Links geprüft, {len(broken)} mit Problemen.")
        )
