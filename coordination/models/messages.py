"""What visitors write to the OE SPK and the offices, and what they say about a page. Nothing
that identifies a visitor is stored beyond what they choose to give (a name, an e-mail
address for the answer); messages are deleted after MESSAGE_DAYS, page answers keep no
personal data at all."""

import datetime

from django.db import models
from django.utils import timezone

from spk_site.validation import CheckedModel

from .offices import Office

MESSAGE_DAYS = 90  # named in the Datenschutzerklärung
FEEDBACK_DAYS = 365


class ExpiringQuerySet(models.QuerySet):
    keep_days = None

    def expired(self, now=None):
        return self.filter(
            created_at__lt=(now or timezone.now()) - datetime.timedelta(days=self.keep_days)
        )


class MessageQuerySet(ExpiringQuerySet):
    keep_days = MESSAGE_DAYS


class PageFeedbackQuerySet(ExpiringQuerySet):
    keep_days = FEEDBACK_DAYS


def forget_expired(now=None):
    """Delete what the Datenschutzerklärung promises to delete: messages after MESSAGE_DAYS,
    page answers after FEEDBACK_DAYS. Run on every new message or answer, whenever staff open
    either list, and daily by `manage.py forget_expired`. Returns the numbers deleted."""
    messages, _ = Message.objects.expired(now).delete()
    answers, _ = PageFeedback.objects.expired(now).delete()
    return messages, answers


class Message(CheckedModel):
    """A message from the contact form („Schreiben Sie uns“)."""

    class Topic(models.TextChoices):
        QUESTION = "frage", "Frage oder Anliegen"
        BARRIER = "barriere", "Barriere auf der Website melden"
        IDEA = "idee", "Idee für den Kiez"

    office = models.ForeignKey(
        Office,
        verbose_name="An die Stadtteilkoordination",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
        help_text="Leer: an die OE SPK im Bezirksamt.",
    )
    topic = models.CharField(
        "Anliegen", max_length=20, choices=Topic.choices, default=Topic.QUESTION
    )
    name = models.CharField("Name (freiwillig)", max_length=120, blank=True)
    reply_to = models.EmailField("E-Mail für die Antwort (freiwillig)", blank=True)
    text = models.TextField("Nachricht", max_length=3000)
    sent_from = models.CharField("Geschrieben auf der Seite", max_length=300, blank=True)
    created_at = models.DateTimeField("Eingegangen", default=timezone.now, editable=False)
    handled = models.BooleanField("Erledigt", default=False)

    class Delivery(models.TextChoices):
        WAITING = "wartet", "wird gesendet"
        SENT = "gesendet", "per E-Mail gesendet"
        FAILED = "fehlgeschlagen", "Senden fehlgeschlagen"
        NO_ADDRESS = "keine-adresse", "keine Adresse eingestellt (nur hier)"

    sent_to = models.EmailField("Gesendet an", blank=True, editable=False)
    delivery = models.CharField(
        "E-Mail", max_length=20, choices=Delivery.choices, default=Delivery.WAITING, editable=False
    )
    delivery_note = models.CharField("Hinweis zum Senden", max_length=300, blank=True)
    attempts = models.PositiveSmallIntegerField("Versuche", default=0, editable=False)

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = "Nachricht"
        verbose_name_plural = "Nachrichten (Kontaktformular)"
        ordering = ["handled", "-created_at"]

    def __str__(self):
        recipient = self.office.name if self.office_id else "OE SPK"
        sent = timezone.localtime(self.created_at)  # the day in Berlin
        return f"{self.get_topic_display()} an {recipient}, {sent:%d.%m.%Y}"


class PageFeedback(CheckedModel):
    """„War diese Seite hilfreich?“: yes or no, and an optional short text; nothing else."""

    path = models.CharField("Seite", max_length=300, db_index=True)
    helpful = models.BooleanField("Hilfreich")
    comment = models.TextField("Hinweis (freiwillig)", max_length=500, blank=True)
    created_at = models.DateTimeField("Eingegangen", default=timezone.now, editable=False)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "Rückmeldung zu einer Seite"
        verbose_name_plural = "Rückmeldungen zu Seiten"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.path}: {'ja' if self.helpful else 'nein'}"
