"""„Schreiben Sie uns“ (a contact form per office and for the OE SPK) and „War diese Seite
hilfreich?“: what visitors write reaches staff in the admin, and by e-mail where an address is
configured. No cookie, no session, no CSRF token (it would set a cookie): a signed time and a
field people leave empty keep bots out, a per-address limit in the cache keeps floods out."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.test import RequestFactory
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from spk_site.security import within_limit

from ..forms import ContactForm, FeedbackForm
from ..messages import recipient_for
from ..models import DistrictContact, Message, Office, PageFeedback, forget_expired
from ..tasks import send_message

ANSWER_SALT = "page-feedback-answer"
ANSWER_SECONDS = 24 * 3600
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
            # Mailed in the background: a hung mail server never holds this request.
            transaction.on_commit(lambda: send_message.enqueue(message.pk))
            thanks = reverse("coordination:contact-thanks")
            return redirect(f"{thanks}?an={office.slug}" if office else thanks)
        status = 400
    return render(
        request,
        "coordination/contact.html",
        {
            "form": form,
            "office": office,
            "district_contact": district_contact,
            "recipient": recipient_for(office),
        },
        status=status,
    )


@require_safe
def contact_thanks(request):
    """Says where the message went (which office, or the OE SPK who forwards it)."""
    office = Office.objects.published().filter(slug=request.GET.get("an", "")).first()
    return render(request, "coordination/contact_thanks.html", {"recipient": recipient_for(office)})


# The apps whose pages carry „War diese Seite hilfreich?“ (residents' pages, not the admin,
# the API or the machines' addresses).
PAGES_WITH_FEEDBACK = {"coordination", "regions", "events", "places", "profiles"}


def _known_page(path, host):
    """The path, if it is a page a visitor can open (in whatever language its prefix names):
    resolved, one of the residents' pages, and answering 200 to a visitor (a made-up region
    slug does not)."""
    if not path.startswith("/") or path.startswith("//"):
        return None
    path = path.split("?", 1)[0]
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.namespace not in PAGES_WITH_FEEDBACK:
            return None
        visit = RequestFactory(HTTP_HOST=host).get(path)
        visit.user = AnonymousUser()
        visit.resolver_match = match
        view = getattr(match.func, "__wrapped__", match.func)  # not through the page cache
        try:
            answer = view(visit, *match.args, **match.kwargs)
        except Http404:
            return None
    return path if answer.status_code == 200 else None


@csrf_exempt
@never_cache
@require_POST
def feedback(request):
    form = FeedbackForm(request.POST)
    if not form.is_valid() or form.cleaned_data["website"]:
        return render(
            request, "400.html", {"reason": _("Die Rückmeldung war unvollständig.")}, status=400
        )
    path = _known_page(form.cleaned_data["seite"], request.get_host())
    if path is None:
        raise Http404(_("Diese Seite gibt es nicht."))
    thanks = f"{reverse('coordination:feedback-thanks')}?{urlencode({'seite': path})}"
    if within_limit(request, "feedback", FEEDBACK_PER_HOUR, 3600):
        answer = PageFeedback.objects.create(
            path=path,
            helpful=form.cleaned_data["hilfreich"] == "ja",
            comment=form.cleaned_data["hinweis"],
        )
        forget_expired()
        # The thank-you page asks for a hint to this very answer (signed, a day at most).
        thanks += "&" + urlencode({"antwort": signing.dumps(answer.pk, salt=ANSWER_SALT)})
    return redirect(thanks)


def _answer_of(token):
    try:
        pk = signing.loads(token or "", salt=ANSWER_SALT, max_age=ANSWER_SECONDS)
    except signing.BadSignature:
        return None
    return PageFeedback.objects.filter(pk=pk, comment="").first()


@csrf_exempt
@never_cache
@require_POST
def feedback_comment(request):
    """The optional hint after „Ja“ or „Nein“, added to that answer (once)."""
    answer = _answer_of(request.POST.get("antwort"))
    hint = " ".join(request.POST.get("hinweis", "").split())[:500]
    if answer is None or request.POST.get("website"):
        return render(
            request, "400.html", {"reason": _("Die Rückmeldung war unvollständig.")}, status=400
        )
    if hint:
        answer.comment = hint
        answer.save(update_fields=["comment"])
    query = urlencode({"seite": answer.path, "gespeichert": "1"})
    return redirect(f"{reverse('coordination:feedback-thanks')}?{query}")


@require_safe
def feedback_thanks(request):
    path = (
        _known_page(request.GET.get("seite", ""), request.get_host())
        if request.GET.get("seite", "").startswith("/")
        else None
    )
    token = request.GET.get("antwort", "")
    return render(
        request,
        "coordination/feedback_thanks.html",
        {
            "back": path,
            "answer_token": token if _answer_of(token) is not None else "",
            "saved": request.GET.get("gespeichert") == "1",
        },
    )
