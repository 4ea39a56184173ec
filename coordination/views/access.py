"""Leichte Sprache and Deutsche Gebärdensprache: what BITV 2.0 § 4 asks every public body's
website to explain, and where to find more. The texts and videos are edited by staff."""

import mimetypes

from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from spk_site.files import serve_stored_file

from ..models import DistrictContact, EasyLanguageText, Office, SignLanguageVideo


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
    try:
        return serve_stored_file(request, stored, content_type)
    except FileNotFoundError:
        raise Http404("Diese Datei fehlt.") from None
