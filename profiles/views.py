"""A Bezirksregionenprofil as a page (cached like every page), in print, and as a PDF; all
profiles of a language as one ZIP. PDFs and ZIPs are built in the background (profiles.tasks):
a request serves the newest stored file, dated, and never builds one."""

from django.http import Http404
from django.shortcuts import render
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from regions.models import Bezirksregion
from spk_site.files import serve_stored_file

from . import pdf, tasks
from .document import DISTRICT_KEY, profile_context, region_for

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
