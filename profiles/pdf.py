"""Profiles as tagged PDF (PDF/UA-1, WeasyPrint): built once per profile, language and content
version and stored; a request serves the stored file, and builds it only when the content
changed since (a visitor then waits for one build; `manage.py build_profiles` builds them all
ahead). Fonts are the system's (DejaVu, with Arabic), embedded in the file. WeasyPrint
fetches nothing: styles are read from our static files, pictures are inline SVG."""

import io
import threading
import time
import zipfile

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from regions.models import Bezirksregion
from spk_site import content_version

from .document import DISTRICT_KEY, profile_context
from .models import ProfileBuild

STYLESHEETS = ("css/site.css", "css/print.css", "css/profile-pdf.css")
SVG_STYLESHEET = "css/profile-svg.css"
ALL_KEY = "alle"
_building = threading.Lock()  # one build at a time per process: two would only race


class FetchRefused(ValueError):
    pass


def refuse_fetch(url, *args, **kwargs):
    """WeasyPrint's URL fetcher: the PDF may not load anything from anywhere."""
    raise FetchRefused(f"Der PDF-Bau lädt nichts nach ({url[:60]}).")


# With the shared cache unreachable nobody can announce a change: a PDF then lives this long.
UNKNOWN_VERSION_SECONDS = 600


def version_now():
    version = content_version.current()
    if version is None:
        return f"ohne-cache-{int(time.time() // UNKNOWN_VERSION_SECONDS)}"
    return str(version)


def _svg_css():
    with open(finders.find(SVG_STYLESHEET), encoding="utf-8") as handle:
        return handle.read()


def download_name(key, build):
    return f"bezirksregionenprofil-{key}-{build.language}.pdf"


def render_pdf(slug, language):
    """(PDF bytes, number of pages) of a profile in a language."""
    from weasyprint import CSS, HTML  # the system libraries load only when a PDF is built

    with translation.override(language):
        context = profile_context(slug)
        context["language"] = language
        context["bidi"] = translation.get_language_bidi()
        context["svg_css"] = _svg_css()
        html = render_to_string("profiles/profile_pdf.html", context)
    stylesheets = [
        CSS(filename=finders.find(name), url_fetcher=refuse_fetch) for name in STYLESHEETS
    ]
    document = HTML(string=html, url_fetcher=refuse_fetch, base_url="/").render(
        stylesheets=stylesheets
    )
    data = document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=False)
    return data, len(document.pages)


def build(key, slug, language, version=None):
    """Builds and stores the PDF of a profile for this content version."""
    version = version or version_now()
    started = time.monotonic()
    data, pages = render_pdf(slug, language)
    record = ProfileBuild(
        key=key, language=language, content_version=version, size=len(data), pages=pages,
        seconds=round(time.monotonic() - started, 2),
    )  # fmt: skip
    record.file.save(f"{key}-{language}-{version}.pdf", ContentFile(data), save=False)
    return _keep(record)


def _keep(record):
    """Stores the build's row; the outdated builds of its profile and language go, their
    files only once the new row is committed."""
    older = ProfileBuild.objects.filter(key=record.key, language=record.language).exclude(
        content_version=record.content_version
    )
    try:
        with transaction.atomic():
            outdated = list(older.select_for_update())
            ProfileBuild.objects.filter(pk__in=[build.pk for build in outdated]).delete()
            record.save()
    except IntegrityError:  # another process stored the same build meanwhile
        record.file.delete(save=False)
        return ProfileBuild.objects.get(
            key=record.key, language=record.language, content_version=record.content_version
        )
    for build in outdated:
        build.file.delete(save=False)
    return record


def stored(key, language, version):
    found = ProfileBuild.objects.filter(key=key, language=language, content_version=version).first()
    if found is not None and found.file.storage.exists(found.file.name):
        return found
    return None


def stored_or_built(key, slug, language):
    version = version_now()
    found = stored(key, language, version)
    if found is None:
        with _building:
            found = stored(key, language, version) or build(key, slug, language, version)
    return found


def profile_keys():
    """(key, slug) of every profile: the district's first, then the twelve regions."""
    return [(DISTRICT_KEY, None)] + [
        (slug, slug)
        for slug in Bezirksregion.objects.order_by("code").values_list("slug", flat=True)
    ]


def language_zip(language):
    """All profiles of a language as one ZIP, stored like the PDFs."""
    version = version_now()
    found = stored(ALL_KEY, language, version)
    if found is not None:
        return found.file
    builds = [stored_or_built(key, slug, language) for key, slug in profile_keys()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for key_build, (key, _slug) in zip(builds, profile_keys(), strict=True):
            with key_build.file.open("rb") as handle:
                archive.writestr(download_name(key, key_build), handle.read())
    record = ProfileBuild(
        key=ALL_KEY, language=language, content_version=version, size=buffer.tell(),
        pages=sum(b.pages for b in builds), seconds=0,
    )  # fmt: skip
    record.file.save(
        f"bezirksregionenprofile-{language}-{version}.zip", ContentFile(buffer.getvalue()),
        save=False,
    )  # fmt: skip
    return _keep(record).file
