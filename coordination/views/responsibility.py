"""„Welche Stadtteilkoordination ist für mich zuständig?“ – as a page and as JSON.

Nothing typed here is stored: the answer is computed and forgotten."""

import functools

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from regions.forms import AddressLookupForm, PointForm
from regions.streets import InputRefused
from spk_site import content_version

from ..responsibility import ANSWER_TOPICS, responsible_for_address, responsible_for_point

BERLIN_WIDE_URL = "https://service.berlin.de/behoerden/"


def _json(body, status=200):
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _answer_json(answer):
    body = {"matches": [match.as_json() for match in answer.matches], "message": answer.message}
    address = answer.address
    if address is not None:
        if address.street is not None and address.found:
            body["adresse"] = {
                "strasse": address.street.name,
                "hausnummer": str(address.house_number) if address.house_number else None,
                "plz": address.postcode or None,
            }
        if address.nearest:
            body["nearest"] = address.nearest
        if address.suggestions:
            body["suggestions"] = address.suggestions
        if address.problem == "street":
            body["berlin"] = BERLIN_WIDE_URL
    if answer.district_contact is not None:
        body["ansprechpartnerin"] = {
            "name": answer.district_contact.name,
            "url": reverse("coordination:office-list") + "#spk-kontakt",
        }
    return body


def _versions():
    """The JSON answer reads only what an answer is made of (a page reads every topic)."""
    return content_version.snapshot(*ANSWER_TOPICS)


def in_requested_language(view):
    """The JSON API's keys are language-neutral; its messages follow ?lang=en|tr|ar."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        language = request.GET.get("lang", "")
        if language not in dict(settings.LANGUAGES):
            return view(request, *args, **kwargs)
        with translation.override(language):
            return view(request, *args, **kwargs)

    return wrapper


@require_safe
@never_cache
@in_requested_language
def responsibility_api(request):
    """GET /api/zustaendigkeit?strasse=…&hausnummer=… or ?lat=…&lon=… [&lang=en]"""
    if PointForm.is_asked(request.GET):
        point_form = PointForm(request.GET)
        if not point_form.is_valid():
            return _json({"matches": [], "message": point_form.message}, status=400)
        answer = responsible_for_point(*point_form.point, versions=_versions())
    else:
        form = AddressLookupForm(request.GET)
        if not form.is_valid():
            message = " ".join(error for errors in form.errors.values() for error in errors)
            return _json({"matches": [], "message": message}, status=400)
        try:
            answer = responsible_for_address(
                form.cleaned_data["strasse"], form.cleaned_data["hausnummer"], _versions()
            )
        except InputRefused as refusal:
            return _json({"matches": [], "message": str(refusal)}, status=400)
    return _json(_answer_json(answer), status=200 if answer.found else 404)


@require_safe
@never_cache
def responsibility_page(request):
    context = {
        "form": AddressLookupForm(),
        "answer": None,
        "berlin_url": BERLIN_WIDE_URL,
        "glossary": reverse("coordination:glossary"),
    }
    status = 200
    if PointForm.is_asked(request.GET):
        point_form = PointForm(request.GET)
        if point_form.is_valid():
            context["answer"] = responsible_for_point(*point_form.point)
        else:
            context["point_problem"] = point_form.message
            status = 400
    elif "strasse" in request.GET or "hausnummer" in request.GET:
        form = AddressLookupForm(request.GET)
        context["form"] = form
        if form.is_valid():
            try:
                context["answer"] = responsible_for_address(
                    form.cleaned_data["strasse"], form.cleaned_data["hausnummer"]
                )
            except InputRefused as refusal:
                form.add_error("strasse", str(refusal))
    return render(request, "coordination/responsibility.html", context, status=status)
