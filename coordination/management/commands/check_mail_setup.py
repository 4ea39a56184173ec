from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

NOT_SENDING = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
)


class Command(BaseCommand):
    help = (
        "Prüft vor dem Start in Produktion, dass Nachrichten aus „Schreiben Sie uns“ jemanden "
        "erreichen: ein Mailserver (EMAIL_URL) und die Adresse der OE SPK (SPK_MESSAGES_TO)."
    )

    def handle(self, *args, **options):
        if settings.DJANGO_ENV != "production":
            return
        if settings.EMAIL_BACKEND in NOT_SENDING or not settings.EMAIL_HOST:
            raise CommandError(
                "Kein Mailserver eingestellt: Nachrichten von Besucherinnen und Besuchern "
                "erreichten niemanden. Bitte EMAIL_URL setzen (z. B. "
                "submission://nutzer:passwort@mail.example.org:587)."
            )
        if not settings.SPK_MESSAGES_TO:
            raise CommandError(
                "SPK_MESSAGES_TO fehlt: die E-Mail-Adresse der OE SPK, an die Nachrichten für "
                "sie und für Büros ohne eigene Adresse gehen. Bitte setzen."
            )
        self.stdout.write(
            f"Nachrichten gehen über {settings.EMAIL_HOST} an die Büros und an "
            f"{settings.SPK_MESSAGES_TO}."
        )
