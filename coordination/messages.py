"""Every message reaches a person: by e-mail to the office's address, else to the OE SPK's
(SPK_MESSAGES_TO), which forwards it; and it is always kept for staff in the admin. Mail goes
out in the background (coordination.tasks), so a hung mail server never holds a visitor's
request; a failed send is retried and then shown to staff."""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.translation import gettext as _

from .models import DistrictContact, Message, Office
from .models.offices import SPK_NAME

ATTEMPTS = 5  # then the message waits in the admin, marked "Senden fehlgeschlagen"


@dataclass(frozen=True)
class Recipient:
    """Where a message for an office (None: for the OE SPK) goes."""

    address: str  # "" where no address is configured: the message is kept in the admin only
    office: Office | None
    forwarded: bool  # the office has no address: the OE SPK receives it and forwards it

    def promise(self):
        """Where the message will go, said above the form."""
        if self.office is not None and not self.forwarded:
            return _("Ihre Nachricht geht an die %(office)s.") % {"office": self.office.name}
        if self.office is not None:
            return _(
                "Ihre Nachricht geht an die OE SPK im Bezirksamt. Sie leitet sie an die "
                "%(office)s weiter, die noch keine E-Mail-Adresse auf dieser Website hat."
            ) % {"office": self.office.name}
        return _("Ihre Nachricht geht an die OE SPK im Bezirksamt Neukölln.")

    def sentence(self):
        """What the writer is told after sending, truthfully, in their language."""
        if self.office is not None and not self.forwarded:
            return _("Ihre Nachricht ist bei der %(office)s angekommen.") % {
                "office": self.office.name
            }
        if self.office is not None:
            return _(
                "Ihre Nachricht ist bei der OE SPK im Bezirksamt angekommen. Sie leitet sie an "
                "die %(office)s weiter."
            ) % {"office": self.office.name}
        return _("Ihre Nachricht ist bei der OE SPK im Bezirksamt angekommen.")


def spk_address():
    """The OE SPK's address for messages: the setting, else its public address, else ""."""
    if settings.SPK_MESSAGES_TO:
        return settings.SPK_MESSAGES_TO
    contact = DistrictContact.current()
    return contact.email if contact else ""


def recipient_for(office):
    if office is not None and office.email:
        return Recipient(office.email, office, forwarded=False)
    return Recipient(spk_address(), office, forwarded=office is not None)


def mail_for(message, recipient):
    """The e-mail to the office or the OE SPK; the writer's address (if given) is Reply-To."""
    to = recipient.office.name if recipient.office else str(SPK_NAME)
    lines = [
        f"Neue Nachricht über die Website ({message.get_topic_display()}), an: {to}",
        "",
        message.text,
        "",
        f"Name: {message.name or '–'}",
        f"Antwort an: {message.reply_to or '– (keine Adresse angegeben)'}",
    ]
    if recipient.forwarded:
        lines += [
            "",
            f"Die {recipient.office.name} hat keine E-Mail-Adresse auf der Website: bitte "
            "weiterleiten.",
        ]
    lines += ["", "Im Admin unter „Nachrichten“; gelöscht nach 90 Tagen."]
    return EmailMessage(
        subject=f"Website: Nachricht an {to}",
        body="\n".join(lines),
        to=[recipient.address],
        reply_to=[message.reply_to] if message.reply_to else None,
    )


def deliver(message):
    """Sends it once; returns True when sent (or nothing can be sent), False to retry."""
    recipient = recipient_for(message.office)
    if not recipient.address:
        message.delivery = Message.Delivery.NO_ADDRESS
        message.save(update_fields=["delivery"])
        return True
    message.attempts += 1
    try:
        mail_for(message, recipient).send()
    except (OSError, ValueError) as error:  # unreachable, refused, timed out, malformed
        message.delivery_note = f"{type(error).__name__}: {error}"[:300]
        last = message.attempts >= ATTEMPTS
        message.delivery = Message.Delivery.FAILED if last else Message.Delivery.WAITING
        message.save(update_fields=["attempts", "delivery", "delivery_note"])
        return last
    message.sent_to = recipient.address
    message.delivery = Message.Delivery.SENT
    message.delivery_note = ""
    message.save(update_fields=["attempts", "delivery", "delivery_note", "sent_to"])
    return True
