"""Serving stored files (sign-language videos, reports) without reading them whole: in chunks,
with byte ranges for players that seek (206, or 416 for a range the file does not have).

In production the proxy can take the sending over: with DJANGO_MEDIA_ACCEL_REDIRECT set (e.g.
"/geschuetzte-dateien/"), the view only checks who may see the file and answers with an
X-Accel-Redirect to that internal nginx location (README, Deployment)."""

import re

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

CHUNK_BYTES = 64 * 1024
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
MAX_DIGITS = 19  # 10 EB: more digits name no byte of any file


def _chunks(handle, start, length):
    try:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(CHUNK_BYTES, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
    finally:
        handle.close()


def _requested_range(header, size):
    """(start, end) inclusive, None for the whole file, or False when unsatisfiable."""
    match = RANGE.match(header.strip())
    if not match or not (match[1] or match[2]):
        return None  # no range, or one we do not offer (several parts): the whole file
    if max(len(match[1]), len(match[2])) > MAX_DIGITS:
        return False  # a position beyond any file (and beyond what int() reads at once)
    if match[1]:
        start = int(match[1])
        end = min(int(match[2]), size - 1) if match[2] else size - 1
    else:  # the last n bytes
        start, end = max(size - int(match[2]), 0), size - 1
    if start >= size or start > end:
        return False
    return start, end


def serve_stored_file(request, stored, content_type, download_name=None, attachment=False):
    size = stored.size
    if settings.MEDIA_ACCEL_REDIRECT:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT + stored.name
    else:
        wanted = _requested_range(request.headers.get("Range", ""), size)
        if wanted is False:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        start, end = wanted or (0, size - 1)
        length = max(end - start + 1, 0)
        response = StreamingHttpResponse(
            _chunks(stored.open("rb"), start, length),
            status=206 if wanted else 200,
            content_type=content_type,
        )
        response["Content-Length"] = str(length)
        if wanted:
            response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    if download_name:
        response["Content-Disposition"] = content_disposition_header(attachment, download_name)
    return response
