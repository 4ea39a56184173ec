"""Background work of `coordination`: sending the messages visitors write."""

import datetime

from django.utils import timezone
from django_tasks import task

from . import messages
from .models import Message

RETRY_MINUTES = (1, 5, 30, 120)  # after the first, second … failed attempt


@task()
def send_message(message_id):
    """Mails one message; after a failure tries again later, then leaves it to staff."""
    message = Message.objects.filter(pk=message_id).select_related("office").first()
    if message is None or message.delivery == Message.Delivery.SENT:
        return "nichts zu tun"
    if messages.deliver(message):
        return message.get_delivery_display()
    wait = RETRY_MINUTES[min(message.attempts, len(RETRY_MINUTES)) - 1]
    backend = send_message.get_backend()
    if backend.supports_defer:
        later = timezone.now() + datetime.timedelta(minutes=wait)
        send_message.using(run_after=later).enqueue(message_id)
    return f"neuer Versuch in {wait} Minuten"
