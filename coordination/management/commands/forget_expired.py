from django.core.management.base import BaseCommand

from coordination.models import forget_expired
from coordination.models.messages import FEEDBACK_DAYS, MESSAGE_DAYS


class Command(BaseCommand):
    help = (
        f"Löscht Nachrichten aus dem Kontaktformular nach {MESSAGE_DAYS} Tagen und Rückmeldungen "
        f"zu Seiten nach {FEEDBACK_DAYS} Tagen, wie in der Datenschutzerklärung zugesagt. "
        "Täglich ausführen (z. B. per cron oder systemd-Timer)."
    )

    def handle(self, *args, **options):
        messages, answers = forget_expired()
        self.stdout.write(
            self.style.SUCCESS(f"{messages} Nachrichten und {answers} Rückmeldungen gelöscht.")
        )
