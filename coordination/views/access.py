"""Leichte Sprache and Deutsche Gebärdensprache: what BITV 2.0 § 4 asks every public body's
website to explain, and where to find more. The texts and videos are edited by staff."""

import mimetypes
import re

from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from ..models import DistrictContact, EasyLanguageText, Office, SignLanguageVideo

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class EasyLanguageView(TemplateView):
    template_name = "coordination/easy_language.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["texts"] = list(EasyLanguageText.objects.visible_to(self.request.user))
        return context


class SignLanguageView(TemplateView):
    template_name = "coordination/sign_language.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["videos"] = list(SignLanguageVideo.objects.visible_to(self.request.user))
        context["district_contact"] = DistrictContact.current()
        context["offices_with_email"] = list(Office.objects.published().exclude(email=""))
        return context


@require_safe
def sign_language_file(request, name):
    """A video, its captions or its poster, from our own server; byte ranges for seeking."""
    videos = SignLanguageVideo.objects.visible_to(request.user)
    for field in ("video_mp4", "video_webm", "captions", "poster"):
        video = videos.filter(**{field: f"gebaerdensprache/{name}"}).first()
        if video is not None:
            break
    else:
        raise Http404("Diese Datei gibt es nicht.")
    stored = getattr(video, field)
    content_type = {"captions": "text/vtt; charset=utf-8"}.get(field) or (
        mimetypes.guess_type(name)[0] or "application/octet-stream"
    )
    size = stored.size
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match[1] or match[2]):
        start = int(match[1]) if match[1] else max(size - int(match[2]), 0)
        end = min(int(match[2]), size - 1) if match[1] and match[2] else size - 1
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        with stored.open("rb") as handle:
            handle.seek(start)
            body = handle.read(end - start + 1)
        response = HttpResponse(body, status=206, content_type=content_type)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    else:
        response = FileResponse(stored.open("rb"), content_type=content_type)
    response["Accept-Ranges"] = "bytes"
    return response
