"""Profiles as tagged PDF (PDF/UA-1, WeasyPrint), built in the background and stored.

A PDF is made from the profile's HTML in one language and our stylesheets: its inputs. The
refresh (profiles.tasks) renders that HTML for every profile and language and builds a PDF
only where the inputs' checksum differs from the stored file's, so an edit rebuilds exactly
the PDFs it changed; a visitor is always served the newest stored file. Fonts are the
system's (DejaVu, with Arabic), embedded in the file. WeasyPrint fetches nothing: styles are
read from our static files, pictures are inline SVG, links are absolute."""

import functools
import hashlib
import io
import logging
import time
import zipfile

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from regions.models import Bezirksregion

from .document import DISTRICT_KEY, profile_context, region_for
from .models import ProfileBuild

STYLESHEETS = ("css/site.css", "css/print.css", "css/profile-pdf.css")
SVG_STYLESHEET = "css/profile-svg.css"
ALL_KEY = "alle"


class FetchRefused(ValueError):
    """A PDF build that tried to load something: refused, no file is stored."""


class RefusingFetcher:
    """WeasyPrint's URL fetcher: the PDF may not load anything from anywhere. WeasyPrint only
    warns when an image or stylesheet fails to load, so the attempts are noted and the build
    fails after rendering."""

    def __init__(self):
        self.attempts = []

    def __call__(self, url, *args, **kwargs):
        self.attempts.append(url)
        raise FetchRefused(f"Der PDF-Bau lädt nichts nach ({url[:80]}).")

    def check(self):
        if self.attempts:
            raise FetchRefused(
                "Der PDF-Bau wollte nachladen: " + ", ".join(url[:80] for url in self.attempts)
            )


def _read(name):
    with open(finders.find(name), encoding="utf-8") as handle:
        return handle.read()


@functools.cache
def _stylesheets_checksum():
    """Our stylesheets belong to a PDF's inputs: a deployment that changes them rebuilds."""
    digest = hashlib.sha256()
    for name in (*STYLESHEETS, SVG_STYLESHEET):
        digest.update(_read(name).encode())
    return digest.hexdigest()


def site_url():
    """The address links inside a PDF lead to (a PDF has no page around it)."""
    return settings.SITE_URL.rstrip("/") + "/"


def render_html(slug, language):
    """The HTML a profile's PDF is made from, in a language."""
    with translation.override(language):
        context = profile_context(region_for(slug))
        context["language"] = language
        context["bidi"] = translation.get_language_bidi()
        context["svg_css"] = _read(SVG_STYLESHEET)
        context["site_url"] = site_url()
        return render_to_string("profiles/profile_pdf.html", context)


def checksum(html):
    return hashlib.sha256(f"{_stylesheets_checksum()}\n{html}".encode()).hexdigest()[:40]


def render_pdf(html):
    """(PDF bytes, number of pages) of a profile's HTML."""
    from weasyprint import CSS, HTML  # the system libraries load only when a PDF is built

    # WeasyPrint sets its own logger up when imported; the screen CSS it does not know (logical
    # properties, media queries for phones) is no fault of a PDF.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)

    fetcher = RefusingFetcher()
    stylesheets = [CSS(filename=finders.find(name), url_fetcher=fetcher) for name in STYLESHEETS]
    document = HTML(string=html, url_fetcher=fetcher, base_url=site_url()).render(
        stylesheets=stylesheets
    )
    data = document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=False)
    fetcher.check()
    return data, len(document.pages)


def download_name(key, build):
    """Dated, so a reader can tell which state a saved file shows."""
    extension = "zip" if key == ALL_KEY else "pdf"
    stem = "bezirksregionenprofile" if key == ALL_KEY else f"bezirksregionenprofil-{key}"
    built = timezone.localtime(build.built_at)  # the day in Berlin, not in UTC
    return f"{stem}-{build.language}-{built:%Y-%m-%d}.{extension}"


def newest(key, language):
    """The newest stored build of a profile (or of the ZIP) in a language, or None."""
    for found in ProfileBuild.objects.filter(key=key, language=language).order_by("-built_at"):
        if found.file.storage.exists(found.file.name):
            return found
    return None


def _store(key, language, inputs, data, pages, seconds):
    record = ProfileBuild(
        key=key, language=language, inputs=inputs, size=len(data), pages=pages, seconds=seconds
    )
    extension = "zip" if key == ALL_KEY else "pdf"
    record.file.save(f"{key}-{language}-{inputs[:12]}.{extension}", ContentFile(data), save=False)
    return _keep(record)


def _keep(record):
    """Stores the build's row; the older builds of its profile and language go, their files
    only once the new row is committed."""
    older = ProfileBuild.objects.filter(key=record.key, language=record.language).exclude(
        inputs=record.inputs
    )
    try:
        with transaction.atomic():
            outdated = list(older.select_for_update())
            ProfileBuild.objects.filter(pk__in=[build.pk for build in outdated]).delete()
            record.save()
    except IntegrityError:  # another worker stored the same build meanwhile
        record.file.delete(save=False)
        return ProfileBuild.objects.get(
            key=record.key, language=record.language, inputs=record.inputs
        )
    for build in outdated:
        build.file.delete(save=False)
    return record


def build(key, slug, language, html=None):
    """Builds and stores the PDF of a profile from its current inputs."""
    html = html if html is not None else render_html(slug, language)
    started = time.monotonic()
    data, pages = render_pdf(html)
    return _store(key, language, checksum(html), data, pages, round(time.monotonic() - started, 2))


def profile_keys():
    """(key, slug) of every profile: the district's first, then the twelve regions."""
    return [(DISTRICT_KEY, None)] + [
        (slug, slug)
        for slug in Bezirksregion.objects.order_by("code").values_list("slug", flat=True)
    ]


def build_zip(language, builds):
    """All profiles of a language as one ZIP of their newest PDFs."""
    inputs = hashlib.sha256("\n".join(build.inputs for _key, build in builds).encode()).hexdigest()[
        :40
    ]
    current = newest(ALL_KEY, language)
    if current is not None and current.inputs == inputs:
        return current
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for key, pdf_build in builds:
            with pdf_build.file.open("rb") as handle:
                archive.writestr(download_name(key, pdf_build), handle.read())
    pages = sum(pdf_build.pages for _key, pdf_build in builds)
    return _store(ALL_KEY, language, inputs, buffer.getvalue(), pages, 0)


def refresh(languages=None, keys=None):
    """Brings every stored PDF (and each language's ZIP) up to date with its inputs; returns
    the (key, language) of the PDFs it built. `keys`: only these profiles (and no ZIP)."""
    languages = languages or [code for code, _name in settings.LANGUAGES]
    built = []
    for language in languages:
        builds = []
        for key, slug in profile_keys():
            if keys is not None and key not in keys:
                continue
            html = render_html(slug, language)
            current = newest(key, language)
            if current is None or current.inputs != checksum(html):
                current = build(key, slug, language, html)
                built.append((key, language))
            builds.append((key, current))
        if keys is None:
            build_zip(language, builds)
    return built
