"""The site as it runs in production: gunicorn with deploy/gunicorn.conf.py behind nginx with
deploy/nginx/spk.conf (ports and paths replaced, a self-signed certificate). nginx keeps what
Django marks public, passes everything personal or typed, answers readers while gunicorn is
away, sends protected files itself and holds slow clients so gunicorn's workers do not wait."""

import gzip
import os
import signal
import socket
import ssl
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from . import processes

pytestmark = pytest.mark.xdist_group("nginx")

PROXY_CACHE_SECONDS = 2  # N: an edit reaches readers within N seconds (the default is 30)
LOOKUP = "/zustaendigkeit/?strasse=Karl-Marx-Stra%C3%9Fe&hausnummer=83"
SEARCH = "/suche/?q=Kiezkasse"
KEPT_PAGES = ["/", "/fragen/", "/ar/", "/bezirksregionen/schillerpromenade/", "/termine/"]
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE


class _Keep(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(urllib.request.HTTPSHandler(context=TLS), _Keep)


def get(url, headers=None, timeout=10):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (our nginx)
    try:
        response = OPENER.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        return response.status, response.headers, response.read()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup):
    if processes.NGINX is None:
        message = "nginx fehlt; installieren: apt-get install -y nginx-light"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    media = tmp_path_factory.mktemp("media")
    with processes.scratch_database() as url:
        env = processes.production_env(
            DATABASE_URL=url,
            CACHE_URL="dbcache://spk_cache",
            LIMITS_CACHE_URL="dbcache://spk_limits",
            DJANGO_MEDIA_ROOT=str(media),
            DJANGO_MEDIA_ACCEL_REDIRECT="/geschuetzte-dateien/",
            PROXY_CACHE_SECONDS=str(PROXY_CACHE_SECONDS),
        )
        processes.prepare(env)
        processes.run_in_django(
            env,
            "from profiles import pdf\npdf.refresh(['de'], ['schillerpromenade'])\n"
            "print(200)\nprint({})",
        )
        app_port = processes.free_port()
        app = {"process": processes.start_gunicorn(env, app_port, workers=2)}
        try:
            with processes.nginx(app_port, media) as (base, http_base, directory):
                yield {
                    "base": base,
                    "http": http_base,
                    "directory": Path(directory),
                    "env": env,
                    "app": app,
                    "app_port": app_port,
                }
        finally:
            processes.stop(app["process"])


def test_http_is_only_a_redirect_to_https(stack):
    status, headers, _body = get(stack["http"] + "/fragen/?x=1")
    assert status == 301
    assert headers["Location"] == "https://127.0.0.1/fragen/?x=1"


def test_a_page_every_visitor_sees_alike_is_kept_and_answered_by_nginx(stack):
    first = get(stack["base"] + "/kieze-in-zahlen/")
    second = get(stack["base"] + "/kieze-in-zahlen/")
    assert first[0] == second[0] == 200
    directives = {part.strip() for part in first[1]["Cache-Control"].split(",")}
    assert {"public", f"s-maxage={PROXY_CACHE_SECONDS}"} <= directives
    assert first[1]["X-Cache-Status"] in {"MISS", "EXPIRED"}
    assert second[1]["X-Cache-Status"] == "HIT"
    assert second[2] == first[2]
    # Django's security headers pass through; nginx adds none of its own.
    assert "default-src" in second[1]["Content-Security-Policy"]
    assert second[1]["Strict-Transport-Security"].startswith("max-age=")


def test_a_kept_page_is_one_compressed_copy_for_every_reader(stack):
    url = stack["base"] + "/datenquellen/"
    _status, first, plain = get(url)
    _status, headers, packed = get(url, {"Accept-Encoding": "gzip, deflate, br"})
    assert headers["X-Cache-Status"] == "HIT"  # the same copy, whatever the reader takes
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed) == plain
    assert len(packed) * 2 < len(plain)
    _status, again, unpacked = get(url)
    assert again["X-Cache-Status"] == "HIT" and "Content-Encoding" not in again
    assert unpacked == plain


@pytest.mark.parametrize("path", [LOOKUP, SEARCH, "/kontakt/"])
def test_what_a_visitor_typed_or_a_form_is_never_kept(stack, path):
    answers = [get(stack["base"] + path) for _ in range(3)]
    for status, headers, _body in answers:
        assert status == 200
        assert "public" not in headers["Cache-Control"]
        assert headers["X-Cache-Status"] == "MISS"  # asked of Django every time


@pytest.mark.parametrize("cookie", ["sessionid=abc123", "csrftoken=x; sessionid=abc"])
def test_a_session_or_csrf_cookie_bypasses_the_kept_pages(stack, cookie):
    get(stack["base"] + "/fragen/")
    status, headers, _body = get(stack["base"] + "/fragen/", {"Cookie": cookie})
    assert status == 200
    assert headers["X-Cache-Status"] == "BYPASS"


def test_the_access_log_records_paths_without_query_strings(stack):
    for path in ("/suche/?q=Geheimnis-im-Log", LOOKUP, "/healthz"):
        get(stack["base"] + path)
    # The log is buffered (64 KB, written every 5 s): reopening the log files, as logrotate
    # does (USR1), writes what is buffered.
    log_file = stack["directory"] / "access.log"
    pid = int((stack["directory"] / "nginx.pid").read_text())
    os.kill(pid, signal.SIGUSR1)
    deadline = time.monotonic() + 10
    log = ""
    while "/healthz " not in log and time.monotonic() < deadline:
        time.sleep(0.05)
        log = log_file.read_text() if log_file.exists() else ""
    assert "/suche/ " in log and "/zustaendigkeit/ " in log
    assert "Geheimnis" not in log and "hausnummer" not in log and "?" not in log


def test_an_edit_reaches_readers_within_the_proxy_cache_seconds(stack):
    base = stack["base"]
    get(base + "/fragen/")
    assert get(base + "/fragen/")[1]["X-Cache-Status"] == "HIT"
    question = f"Neu gefragt {time.monotonic_ns()}?"
    processes.run_in_django(
        stack["env"],
        "from coordination.models import FaqEntry\n"
        "entry = FaqEntry.objects.get(slug='was-ist-eine-bezirksregion')\n"
        f"entry.question = {question!r}\nentry.save()\nprint(200)\nprint({{}})",
    )
    edited = time.monotonic()
    deadline = edited + PROXY_CACHE_SECONDS + 3  # N, and the one request that fetches anew
    seen = None
    while time.monotonic() < deadline:
        if question.encode() in get(base + "/fragen/")[2]:
            seen = time.monotonic() - edited
            break
        time.sleep(0.1)
    assert seen is not None, f"nach {PROXY_CACHE_SECONDS + 3} s noch die alte Seite"


def test_a_protected_file_is_sent_by_nginx_with_byte_ranges(stack):
    url = stack["base"] + "/bezirksregionen/schillerpromenade/profil.pdf"
    status, headers, whole = get(url)
    assert status == 200 and whole.startswith(b"%PDF-")
    assert "X-Accel-Redirect" not in headers  # nginx followed it, the reader never sees it
    status, headers, part = get(url, {"Range": "bytes=5-20"})
    assert status == 206
    assert headers["Content-Range"] == f"bytes 5-20/{len(whole)}"
    assert part == whole[5:21]
    status, _headers, _body = get(url, {"Range": "bytes=" + "9" * 5000 + "-"})
    assert status in {200, 416}
    # The internal location cannot be asked for from outside.
    assert get(stack["base"] + "/geschuetzte-dateien/")[0] == 404


def _tls_socket(base):
    port = int(base.rsplit(":", 1)[1])
    raw = socket.create_connection(("127.0.0.1", port), timeout=5)
    return TLS.wrap_socket(raw, server_hostname="127.0.0.1")


def test_two_hundred_slow_clients_do_not_hold_gunicorns_workers(stack):
    """Clients sending one byte a second (the request still unfinished) and clients that do
    not read their answer are nginx's to hold: gunicorn's two workers stay free."""
    base = stack["base"]
    slow = []
    try:
        for number in range(200):
            connection = _tls_socket(base)
            if number % 10:
                connection.sendall(b"G")  # a request line, one byte at a time
            else:  # a whole request for a page nginx does not keep, then nothing read
                connection.sendall(
                    f"GET {LOOKUP} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
                    if number % 20
                    else b"GET /bezirksregionen/profil/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Cookie: sessionid=unbekannt\r\n\r\n"
                )
            slow.append(connection)
        for connection in slow[1::10]:
            connection.sendall(b"E")  # the second byte: still only part of a request line
        status, _headers, body = get(base + LOOKUP.replace("83", "84"), timeout=1)
        assert status == 200 and b"Stadtteilkoordination" in body
    finally:
        for connection in slow:
            connection.close()


def test_readers_keep_reading_while_gunicorn_is_away(stack):
    base = stack["base"]
    for path in KEPT_PAGES:
        assert get(base + path)[0] == 200
    processes.stop(stack["app"]["process"])
    try:
        for path in KEPT_PAGES:
            status, headers, body = get(base + path)
            assert status == 200, path
            assert headers["X-Cache-Status"] in {"HIT", "STALE"}, path
            assert b"Stadtteilkoordination" in body or b"\xd8" in body, path
        for path in [LOOKUP, SEARCH, "/kontakt/"]:
            status, headers, body = get(base + path)
            assert status == 503, path
            assert headers["Retry-After"] == "60"
            assert headers["Cache-Control"] == "no-store"
            text = body.decode()
            assert 'lang="de"' in text and 'lang="en"' in text
            assert "gewartet" in text and "maintained" in text
    finally:
        stack["app"]["process"] = processes.start_gunicorn(
            stack["env"], stack["app_port"], workers=2
        )
    assert get(base + LOOKUP)[0] == 200  # back as soon as gunicorn is


def test_the_deploy_files_pass_nginx_and_systemd_checks(stack):
    directory = stack["directory"]
    result = subprocess.run(
        [processes.NGINX, "-t", "-p", str(directory), "-c", str(directory / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    units = sorted((processes.PROJECT / "deploy" / "systemd").glob("spk-*"))
    assert [unit.name for unit in units] == [
        "spk-daily.service",
        "spk-daily.timer",
        "spk-tasks.service",
        "spk-web.service",
    ]
    for unit in units:
        text = unit.read_text()
        assert "[Unit]" in text and ("[Service]" in text or "[Timer]" in text), unit


def test_gunicorns_error_log_never_records_a_query_string(capsys):
    """gunicorn's own logger set up from deploy/gunicorn.conf.py, given what a sync worker logs
    when a request fails or times out (the request's URI, and an exception naming it)."""
    import logging
    import runpy

    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    config = Config()
    for name, value in runpy.run_path(processes.PROJECT / "deploy" / "gunicorn.conf.py").items():
        if name in config.settings:
            config.set(name, value)
    assert config.accesslog is None
    logger = Logger(config)
    uri = "/suche/?q=Hermannstra%C3%9Fe+12+Geheimnis"
    try:
        raise OSError(f"Error handling request {uri}")
    except OSError:
        logger.exception("Error handling request %s", uri)
    logger.critical("WORKER TIMEOUT (pid:%s) %s", 4711, f"GET {uri} HTTP/1.1")
    written = capsys.readouterr().err
    assert "Error handling request /suche/" in written
    assert "WORKER TIMEOUT (pid:4711) GET /suche/ HTTP/1.1" in written
    assert "Geheimnis" not in written and "q=" not in written
    logging.getLogger("gunicorn.error").handlers.clear()
