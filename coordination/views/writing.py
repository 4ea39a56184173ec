"""„Schreiben Sie uns“ (a contact form per office and for the OE SPK) and „War diese Seite
hilfreich?“: what visitors write reaches staff in the admin, and by e-mail where an address is
configured. No cookie, no session, no CSRF token (it would set a cookie): a signed time and a
field people leave empty keep bots out, a per-address limit in the cache keeps floods out."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from spk_site.security import within_limit

from ..forms import ContactForm, FeedbackForm
from ..models import DistrictContact, Message, Office, PageFeedback, forget_expired

logger = logging.getLogger(__name__)

MESSAGES_PER_HOUR = 5
FEEDBACK_PER_HOUR = 30


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def contact(request, slug=None):
    office = None
    if slug is not None:
        office = get_object_or_404(Office.objects.published(), slug=slug)
    district_contact = DistrictContact.current()
    topic = request.GET.get("anliegen", "")
    form = ContactForm(initial={"topic": topic} if topic in Message.Topic.values else {})
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid() and not within_limit(request, "message", MESSAGES_PER_HOUR, 3600):
            form.add_error(
                None,
                _(
                    "Sie haben in der letzten Stunde schon mehrere Nachrichten "
                    "geschickt. Bitte versuchen Sie es später noch einmal."
                ),
            )
        if form.is_valid():
            message = form.save(commit=False)
            message.office = office
            message.sent_from = request.path
            message.save()
            forget_expired()  # the periods the Datenschutzerklärung names
            _forward(message, office, district_contact)
            return redirect(reverse("coordination:contact-thanks"))
        status = 400
    return render(
        request,
        "coordination/contact.html",
        {"form": form, "office": office, "district_contact": district_contact},
        status=status,
    )


def _forward(message, office, district_contact):
    address = office.email if office else (district_contact.email if district_contact else "")
    if not address:
        return  # staff read it in the admin („Nachrichten“)
    recipient = office.name if office else "OE SPK"
    body = (
        f"Neue Nachricht über die Website ({message.get_topic_display()}):\n\n{message.text}\n\n"
        f"Name: {message.name or '–'}\nAntwort an: {message.reply_to or '–'}\n"
        f"Gelöscht wird sie nach 90 Tagen; im Admin unter „Nachrichten“."
    )
    try:
        send_mail(f"Website: Nachricht an {recipient}", body, None, [address])
    except OSError:  # the mail server is down: the message waits in the admin anyway
        logger.exception("Nachricht %s nicht per E-Mail weitergeleitet", message.pk)


@require_safe
def contact_thanks(request):
    return render(request, "coordination/contact_thanks.html")


def _known_page(path):
    """The path, if it is one of our pages (in whatever language its prefix names)."""
    if not path.startswith("/") or path.startswith("//"):
        return None
    path = path.split("?", 1)[0]
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            resolve(path)
    except Resolver404:
        return None
    return path


@csrf_exempt
@never_cache
@require_POST
def feedback(request):
    form = FeedbackForm(request.POST)
    if not form.is_valid() or form.cleaned_data["website"]:
        return render(
            request, "400.html", {"reason": _("Die Rückmeldung war unvollständig.")}, status=400
        )
    path = _known_page(form.cleaned_data["seite"])
    if path is None:
        raise Http404(_("Diese Seite gibt es nicht."))
    if within_limit(request, "feedback", FEEDBACK_PER_HOUR, 3600):
        PageFeedback.objects.create(
            path=path,
            helpful=form.cleaned_data["hilfreich"] == "ja",
            comment=form.cleaned_data["hinweis"],
        )
        forget_expired()
    return redirect(f"{reverse('coordination:feedback-thanks')}?seite={path}")


@require_safe
def feedback_thanks(request):
    path = (
        _known_page(request.GET.get("seite", ""))
        if request.GET.get("seite", "").startswith("/")
        else None
    )
    return render(request, "coordination/feedback_thanks.html", {"back": path})
