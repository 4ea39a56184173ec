"""A Bezirksregionenprofil as a page (cached like every page), in print, and as a PDF built
once per content version; all profiles of a language as one ZIP."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from spk_site.files import serve_stored_file

from . import pdf
from .document import DISTRICT_KEY, profile_context, region_for


@require_safe
def profile_page(request, slug=None):
    return render(request, "profiles/profile.html", profile_context(slug))


@require_safe
def profile_pdf(request, slug=None):
    region = region_for(slug)
    key = region.slug if region is not None else DISTRICT_KEY
    build = pdf.stored_or_built(key, slug, get_language())
    return serve_stored_file(
        request, build.file, "application/pdf", download_name=pdf.download_name(key, build)
    )


@require_safe
def profiles_zip(request):
    archive = pdf.language_zip(get_language())
    return serve_stored_file(
        request, archive, "application/zip", download_name=archive.name.rsplit("/", 1)[-1]
    )
