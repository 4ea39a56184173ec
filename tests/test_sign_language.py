"""Deutsche Gebärdensprache: staff upload a video with captions, poster and transcript; the
page plays it from our own server, with captions, without autoplay; seeking works."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from coordination.models import SignLanguageVideo

from .factories import redaktion_user

pytestmark = pytest.mark.django_db

MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 4
CAPTIONS = b"WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen im Bezirksamt Neukoelln.\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def redaktion(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(redaktion_user())
    return client


def upload(client, video=MP4, video_name="Begrüßung.mp4", captions=CAPTIONS):
    return client.post(
        "/admin/coordination/signlanguagevideo/add/",
        {
            "title": "Was steht auf dieser Website?",
            "video_mp4": SimpleUploadedFile(video_name, video, content_type="video/mp4"),
            "captions": SimpleUploadedFile("untertitel.vtt", captions, content_type="text/vtt"),
            "poster": SimpleUploadedFile("bild.png", PNG, content_type="image/png"),
            "transcript": "<p>Willkommen im Bezirksamt Neukölln.</p>",
            "order": "0",
            "published": "on",
        },
    )


def test_an_uploaded_video_plays_from_our_server_with_captions_and_no_autoplay(
    redaktion, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(redaktion)
    assert response.status_code == 302, response.content.decode()[:2000]
    redaktion.logout()

    html = redaktion.get("/gebaerdensprache/").content.decode()
    assert "Die Videos in Gebärdensprache bereiten wir gerade vor." not in html
    video = re.search(r"<video[^>]*>", html)[0]
    assert "controls" in video and 'preload="none"' in video and "autoplay" not in video
    poster = re.search(r'poster="([^"]+)"', video)[1]
    source = re.search(r'<source src="([^"]+)" type="video/mp4">', html)[1]
    track = re.search(r'<track kind="captions" srclang="de"[^>]* src="([^"]+)"', html)[1]
    for url in (poster, source, track):
        assert url.startswith("/gebaerdensprache/dateien/"), url
    assert "Begrüßung" not in source  # stored under a generated name
    assert "Willkommen im Bezirksamt Neukölln." in html  # the transcript

    whole = redaktion.get(source)
    assert whole.status_code == 200 and b"".join(whole.streaming_content) == MP4
    assert whole["Accept-Ranges"] == "bytes"
    part = redaktion.get(source, HTTP_RANGE="bytes=4-11")
    assert part.status_code == 206
    assert b"".join(part.streaming_content) == MP4[4:12]
    assert part["Content-Range"] == f"bytes 4-11/{len(MP4)}"
    tail = redaktion.get(source, HTTP_RANGE="bytes=-10")
    assert b"".join(tail.streaming_content) == MP4[-10:]
    everything = redaktion.get(source, HTTP_RANGE="bytes=0-")  # what browsers send first
    assert everything.status_code == 206 and everything.streaming
    assert everything["Content-Length"] == str(len(MP4))
    assert redaktion.get(source, HTTP_RANGE=f"bytes={len(MP4) + 5}-").status_code == 416
    for digits in (20, 4301, 10_000):  # any length answers 416 or 206, never 500
        huge = "9" * digits
        assert redaktion.get(source, HTTP_RANGE=f"bytes={huge}-").status_code == 416
        assert redaktion.get(source, HTTP_RANGE=f"bytes=0-{huge}").status_code == 416
        assert redaktion.get(source, HTTP_RANGE=f"bytes=-{huge}").status_code == 416
    captions = redaktion.get(track)
    assert captions["Content-Type"] == "text/vtt; charset=utf-8"


def test_a_file_that_is_no_video_or_no_webvtt_gets_a_german_message(redaktion):
    response = upload(redaktion, video=PNG, video_name="video.mp4")
    assert "Bitte ein Video im Format MP4 oder WebM hochladen." in response.content.decode()
    response = upload(redaktion, captions=b"1\n00:00:00,000 --> 00:00:02,000\nSRT\n")
    assert "Bitte Untertitel im Format WebVTT (.vtt) hochladen." in response.content.decode()
    assert not SignLanguageVideo.objects.exists()


def test_an_unpublished_video_and_unknown_files_are_not_served(redaktion):
    assert upload(redaktion).status_code == 302
    video = SignLanguageVideo.objects.get()
    video.published = False
    video.save()
    source = video.file_url("video_mp4")
    assert redaktion.get(source).status_code == 200  # staff preview it
    redaktion.logout()
    assert redaktion.get(source).status_code == 404
    assert "<video" not in redaktion.get("/gebaerdensprache/").content.decode()
    assert redaktion.get("/gebaerdensprache/dateien/nichts.mp4").status_code == 404


def test_a_long_video_is_sent_in_chunks_never_read_whole(redaktion, settings):
    from spk_site.files import CHUNK_BYTES

    video = MP4 + b"\x01" * (3 * CHUNK_BYTES)
    assert upload(redaktion, video=video).status_code == 302
    source = SignLanguageVideo.objects.get().file_url("video_mp4")
    response = redaktion.get(source, HTTP_RANGE="bytes=0-")
    chunks = list(response.streaming_content)
    assert len(chunks) == 4 and max(len(chunk) for chunk in chunks) == CHUNK_BYTES
    assert b"".join(chunks) == video


def test_behind_nginx_the_proxy_sends_the_file_after_the_app_checked_it(redaktion, settings):
    assert upload(redaktion).status_code == 302
    settings.MEDIA_ACCEL_REDIRECT = "/geschuetzte-dateien/"
    video = SignLanguageVideo.objects.get()
    response = redaktion.get(video.file_url("video_mp4"))
    assert response["X-Accel-Redirect"] == f"/geschuetzte-dateien/{video.video_mp4.name}"
    assert response.content == b""


def test_a_video_too_large_for_a_few_minutes_is_refused_in_german(redaktion, monkeypatch):
    from coordination.models import access

    monkeypatch.setattr(access, "MAX_VIDEO_BYTES", len(MP4) - 1)
    html = upload(redaktion).content.decode()
    assert "Das Video ist zu groß" in html
    assert not SignLanguageVideo.objects.exists()
