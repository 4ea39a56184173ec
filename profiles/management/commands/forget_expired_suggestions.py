from django.core.management.base import BaseCommand

from profiles.suggestions import SUGGESTION_DAYS, forget_expired_suggestions


class Command(BaseCommand):
    help = (
        f"Löscht Anregungen zum Profil, die nach {SUGGESTION_DAYS} Tagen nicht veröffentlicht "
        "sind, wie in der Datenschutzerklärung zugesagt. Täglich ausführen (deploy/systemd)."
    )

    def handle(self, *args, **options):
        deleted = forget_expired_suggestions()
        self.stdout.write(self.style.SUCCESS(f"{deleted} Anregungen gelöscht."))
