"""A Bezirksregionenprofil as a page (cached like every page), in print, and as a PDF; all
profiles of a language as one ZIP. PDFs and ZIPs are built in the background (profiles.tasks):
a request serves the newest stored file, dated, and never builds one."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from regions.models import Bezirksregion
from spk_site.files import serve_stored_file
from spk_site.security import within_limit

from . import pdf, tasks
from .document import DISTRICT_KEY, profile_context, region_for
from .forms import SuggestionForm
from .suggestions import forget_expired_suggestions

RETRY_SECONDS = 120  # a first build of every PDF of a language takes about a minute


def _region(slug):
    try:
        return region_for(slug)
    except Bezirksregion.DoesNotExist:
        raise Http404(_("Diese Bezirksregion gibt es nicht.")) from None


@require_safe
def profile_page(request, slug=None):
    return render(request, "profiles/profile.html", profile_context(_region(slug)))


def _stored(request, key, content_type):
    build = pdf.newest(key, get_language())
    if build is None:
        tasks.queue_refresh()
        response = render(
            request, "profiles/pdf_pending.html", {"retry_minutes": RETRY_SECONDS // 60}, status=503
        )
        response["Retry-After"] = str(RETRY_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    response = serve_stored_file(
        request, build.file, content_type, download_name=pdf.download_name(key, build)
    )
    response["Last-Modified"] = http_date(build.built_at.timestamp())
    return response


@require_safe
def profile_pdf(request, slug=None):
    region = _region(slug)
    key = region.slug if region is not None else DISTRICT_KEY
    return _stored(request, key, "application/pdf")


@require_safe
def profiles_zip(request):
    return _stored(request, pdf.ALL_KEY, "application/zip")


SUGGESTIONS_PER_HOUR = 5


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def suggestion(request, slug):
    """„Ihre Anregung zum Profil“: stored for staff in the admin, shown only once answered and
    only with the writer's consent."""
    region = _region(slug)
    if region is None:
        raise Http404(_("Diese Bezirksregion gibt es nicht."))
    form = SuggestionForm(region=region)
    status = 200
    if request.method == "POST":
        form = SuggestionForm(request.POST, region=region)
        if form.is_valid() and not within_limit(request, "suggestion", SUGGESTIONS_PER_HOUR, 3600):
            form.add_error(
                None,
                _(
                    "Sie haben in der letzten Stunde schon mehrere Anregungen geschickt. Bitte "
                    "versuchen Sie es später noch einmal."
                ),
            )
        if form.is_valid():
            form.save()
            forget_expired_suggestions()  # the period the Datenschutzerklärung names
            return redirect(reverse("profiles:suggestion", args=[region.slug]) + "?danke=1")
        status = 400
    return render(
        request,
        "profiles/suggestion.html",
        {"form": form, "region": region, "thanks": request.GET.get("danke") == "1"},
        status=status,
    )
