"""Real processes for tests that need them: manage.py commands and gunicorn servers on a
scratch database of their own (PostgreSQL when the suite runs on it, else SQLite)."""

import contextlib
import fcntl
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parent.parent


def base_env(**overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PYTEST") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="spk_site.settings",
        DJANGO_REQUEST_LOG_LEVEL="WARNING",
        PYTHONPATH=str(PROJECT),
    )
    env.update(overrides)
    return env


def production_env(**overrides):
    return base_env(
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        **overrides,
    )


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}")
    return result


def postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


# The session's database right after the shipped data was loaded (set by conftest.py): a
# scratch database is a copy of it, which costs a second instead of a migrate and a load.
PRISTINE = {}
_copies = set()


def _psql(parts):
    return [
        "psql",
        "-h",
        parts.hostname or "127.0.0.1",
        "-p",
        str(parts.port or 5432),
        "-U",
        parts.username or "postgres",
        "-d",
        "postgres",
        "-c",
    ]


@contextlib.contextmanager
def scratch_database(require_postgres=False):
    """A migrated database with the shipped data, of its own; yields its DATABASE_URL."""
    server = postgres_url() or (
        "postgres://postgres@127.0.0.1:5432/postgres" if require_postgres else None
    )
    if server:
        parts = urlsplit(server)
        name = f"spk_scratch_{os.getpid()}_{secrets.token_hex(3)}"
        admin = _psql(parts)
        template = PRISTINE.get("postgresql")
        create = f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else "")
        subprocess.run([*admin, create], check=True, capture_output=True)
        url = parts._replace(path=f"/{name}").geturl()
        if template:
            _copies.add(url)
        try:
            yield url
        finally:
            _copies.discard(url)
            subprocess.run(
                [*admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], capture_output=True
            )
    else:
        with tempfile.TemporaryDirectory() as directory:
            url = f"sqlite:///{directory}/scratch.sqlite3"
            if PRISTINE.get("sqlite"):
                shutil.copyfile(PRISTINE["sqlite"], f"{directory}/scratch.sqlite3")
                _copies.add(url)
            try:
                yield url
            finally:
                _copies.discard(url)


def prepare(env):
    if env["DATABASE_URL"] not in _copies:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "createcachetable")
        manage(env, "load_site_data", "-v0")
    else:
        manage(env, "createcachetable")
    if env.get("DJANGO_ENV") == "production":
        collect_static(env)


def collect_static(env):
    """The manifest production pages need: collected once per test process, one process at a
    time (parallel test workers share the project's staticfiles/)."""
    if PRISTINE.get("static_collected"):
        return
    # The first worker of this test run collects; the others find its stamp (11 s each saved).
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
    stamp = PROJECT / "staticfiles" / f".collected-{run}"
    with open(PROJECT / ".collectstatic.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not stamp.exists():
            for old in stamp.parent.glob(".collected-*"):
                old.unlink()
            manage(env, "collectstatic", "--noinput", "-v0")
            stamp.write_text(run)
    PRISTINE["static_collected"] = True


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env, port, workers=1):
    """gunicorn as deploy/systemd/spk-web.service starts it (deploy/gunicorn.conf.py), on port,
    once it answers /healthz."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "spk_site.wsgi",
            "--config",
            str(PROJECT / "deploy" / "gunicorn.conf.py"),
            "--log-level",
            "warning",
        ],
        cwd=PROJECT,
        env={**env, "SPK_BIND": f"127.0.0.1:{port}", "WORKERS": str(workers)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310
            return process
        except (OSError, http.client.HTTPException):  # URLError, refused, reset, timeout
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"gunicorn antwortet nicht auf {base}/healthz")


def stop(process):
    process.terminate()
    process.wait(timeout=30)


@contextlib.contextmanager
def gunicorn(env, workers=1):
    port = free_port()
    process = start_gunicorn(env, port, workers)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx", "/sbin/nginx") if os.path.exists(path)), None
)


def nginx_site(directory, app_port, http_port, https_port, media_root):
    """deploy/nginx/spk.conf with its ports and paths replaced by ours; each placeholder must
    be there, so the test breaks when the file an operator copies changes shape."""
    site = (PROJECT / "deploy" / "nginx" / "spk.conf").read_text()
    replacements = [
        ("/var/cache/nginx/spk", f"{directory}/cache"),
        ("/var/log/nginx/spk.access.log", f"{directory}/access.log"),
        ("/var/log/nginx/spk.error.log", f"{directory}/error.log"),
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen [::]:80;", ""),
        ("listen [::]:443 ssl http2;", ""),
        ("/etc/ssl/spk/fullchain.pem", f"{directory}/cert.pem"),
        ("/etc/ssl/spk/privkey.pem", f"{directory}/key.pem"),
        ("/srv/spk/staticfiles/", f"{PROJECT}/staticfiles/"),
        ("/srv/spk/media/", f"{media_root}/"),
        ("/srv/spk/deploy/maintenance", f"{PROJECT}/deploy/maintenance"),
    ]
    for placeholder, ours in replacements:
        assert placeholder in site, f"deploy/nginx/spk.conf: {placeholder} fehlt"
        site = site.replace(placeholder, ours)
    return site


@contextlib.contextmanager
def nginx(app_port, media_root):
    """nginx with deploy/nginx/spk.conf in front of 127.0.0.1:app_port, on free ports, with a
    self-signed certificate; yields (https base, http base, its directory)."""
    with tempfile.TemporaryDirectory(prefix="spk-nginx-") as directory:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                f"{directory}/key.pem",
                "-out",
                f"{directory}/cert.pem",
            ],
            check=True,
            capture_output=True,
        )
        http_port, https_port = free_port(), free_port()
        Path(directory, "spk.conf").write_text(
            nginx_site(directory, app_port, http_port, https_port, media_root)
        )
        temp_paths = "\n".join(
            f"    {kind}_temp_path {directory}/{kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        Path(directory, "nginx.conf").write_text(
            ("user root;\n" if os.getuid() == 0 else "")
            + f"worker_processes 2;\npid {directory}/nginx.pid;\n"
            f"error_log {directory}/error.log warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n    include /etc/nginx/mime.types;\n"
            "    default_type application/octet-stream;\n"
            f"    access_log {directory}/other.log;\n{temp_paths}\n"
            f"    include {directory}/spk.conf;\n}}\n"
        )
        process = subprocess.Popen(
            [NGINX, "-p", directory, "-c", f"{directory}/nginx.conf", "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
                    break
                except OSError:
                    if process.poll() is not None:
                        raise RuntimeError(process.stderr.read().decode()) from None
                    time.sleep(0.05)
            yield f"https://127.0.0.1:{https_port}", f"http://127.0.0.1:{http_port}", directory
        finally:
            process.terminate()
            process.wait(timeout=30)


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class HttpSession:
    """A client for a real server behind our TLS proxy (X-Forwarded-Proto: https) that keeps
    its cookies by hand: urllib would withhold Secure cookies from an http:// URL."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}
        self.opener = urllib.request.build_opener(_NoRedirects)

    def request(self, path, data=None):
        headers = {"X-Forwarded-Proto": "https", "Origin": self.base.replace("http:", "https:")}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        body = None
        if data is not None:
            from urllib.parse import urlencode

            body = urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        request = urllib.request.Request(self.base + path, data=body, headers=headers)  # noqa: S310
        try:
            response = self.opener.open(request, timeout=30)  # noqa: S310 (our test server)
        except urllib.error.HTTPError as error:
            response = error
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, response.headers, response.read().decode("utf-8", "replace")

    def login(self, username, password):
        _status, _headers, html = self.request("/admin/login/")
        import re

        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        status, headers, _html = self.request(
            "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        assert status == 302, status
        return headers


def run_in_django(env, code):
    """Runs code after django.setup(); it prints a status line and a dict of headers."""
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.strip().splitlines()
    if len(lines) < 2:
        raise AssertionError(result.stderr)
    import ast

    return int(lines[-2]), ast.literal_eval(lines[-1])


def session_database_url():
    """The URL of the session's test database (its shipped data is committed), for a
    subprocess that must read the same rows."""
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = settings.get("USER") or "postgres"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"
