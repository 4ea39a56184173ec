#!/usr/bin/env python
"""Throughput and latency under gunicorn with production settings, measured with wrk.

    .venv/bin/python bench/serve.py [--seconds 10] [--connections 32] [--workers 4]
                                    [--load-seconds 30] [--load-connections 200]

Starts gunicorn on a scratch database (DATABASE_URL, default a temporary SQLite file; the
cache is Redis when 127.0.0.1:6379 answers, else the database cache), then measures each page
beside a bare Django view rendering a tiny template (same server, same run) and beside a static
file served by whitenoise, and finishes with a load run. Requests carry X-Forwarded-Proto:
https, as from the TLS-terminating proxy, so pages are served, not redirected.
Goals: every page >= 0.7 x the bare view; cached pages >= 0.5 x the static file; the load
run ends with 0 errors, 0 x 5xx and 0 redirects. Needs wrk (apt-get install -y wrk)."""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HEADERS = {"X-Forwarded-Proto": "https"}

TARGETS = [
    ("bare Django view", "/bench/bare/", "bare"),
    ("static file (whitenoise)", None, "static"),
    ("start page", "/", "page"),
    ("FAQ", "/fragen/", "page"),
    ("region page", "/bezirksregionen/schillerpromenade/", "page"),
    ("region profile", "/bezirksregionen/schillerpromenade/profil/", "page"),
    ("district profile", "/bezirksregionen/profil/", "page"),
    ("office page", "/stadtteilkoordination/schillerpromenade/", "page"),
    ("GeoJSON Planungsräume", "/api/planungsraeume.geojson", "page"),
    ("Einrichtungen", "/einrichtungen/?art=kita", "page"),
    ("GeoJSON Einrichtungen", "/api/einrichtungen.geojson", "page"),
    ("places near an address", "/einrichtungen/?strasse=Karl-Marx-Str.&hausnummer=83", "lookup"),
    ("Termine", "/termine/", "page"),
    ("start page, Arabic", "/ar/", "page"),
    ("address lookup (API)", "/api/zustaendigkeit?strasse=Karl-Marx-Str.&hausnummer=83", "lookup"),
    ("address lookup (page)", "/zustaendigkeit/?strasse=Karl-Marx-Str.&hausnummer=83", "lookup"),
    ("search: a word", "/suche/?q=Kiezkasse", "lookup"),
    ("search: a typing error", "/suche/?q=Schilerpromenade", "lookup"),
    ("search: an address (redirect)", "/suche/?q=Sonnenallee+50", "lookup"),
]
LOAD_PATHS = [path for _name, path, kind in TARGETS if kind in {"page", "lookup"}]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True)


def fetch(url):
    request = urllib.request.Request(url, headers=HEADERS)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (our server)
        return response.status, response.read()


def static_path(base):
    _status, html = fetch(base + "/")
    return re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1).decode()


def wrk(url, seconds, connections, threads=2, paths=()):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-H",
        "X-Forwarded-Proto: https",
        "-s",
        str(PROJECT / "bench" / "wrk_report.lua"),
        url,
    ]
    if paths:
        command += ["--", *paths]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", line)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--load-seconds", type=int, default=30)
    parser.add_argument("--load-connections", type=int, default=200)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk fehlt: apt-get install -y wrk")

    scratch = Path(tempfile.mkdtemp(prefix="spk-bench-"))
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "bench.bench_settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{scratch / 'bench.sqlite3'}"),
        "DJANGO_REQUEST_LOG_LEVEL": "WARNING",  # keep the terminal readable; logging stays on
        "PYTHONPATH": str(PROJECT),
    }
    if "CACHE_URL" not in os.environ:
        env["CACHE_URL"] = "redis://127.0.0.1:6379/7" if redis_answers() else "dbcache://spk_cache"
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_site_data", "-v0")
    if env["CACHE_URL"].startswith("redis"):
        subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], capture_output=True, check=False)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "spk_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(options.workers),
            "--log-level",
            "warning",
            "--no-control-socket",
        ],
        cwd=PROJECT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                fetch(base + "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        results = {}
        print(
            f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
            f"gunicorn {options.workers} sync workers; database "
            f"{env['DATABASE_URL'].split(':')[0]}; cache {env['CACHE_URL'].split(':')[0]}; "
            f"wrk 2 threads, {options.connections} connections, {options.seconds} s each"
        )
        for name, path, kind in TARGETS:
            path = path or static_path(base)
            status, _body = fetch(base + path)
            for _ in range(20):  # warm caches in every worker
                fetch(base + path)
            result = wrk(base + path, options.seconds, options.connections)
            results[name] = (kind, result, status)
        bare = results["bare Django view"][1]["rps"]
        static = results["static file (whitenoise)"][1]["rps"]
        print(f"{'':26} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'× bare':>7} {'× static':>9}")
        for name, (_kind, result, status) in results.items():
            print(
                f"{name:26} {result['rps']:8.0f} {result['p50_ms']:8.2f} {result['p95_ms']:8.2f} "
                f"{result['rps'] / bare:7.2f} {result['rps'] / static:9.2f}"
                f"{'' if status == 200 else f'  (status {status})'}"
                f"{'  errors ' + str(int(result['errors'])) if result['errors'] else ''}"
            )
        print(
            f"load: {options.load_connections} connections for {options.load_seconds} s over "
            f"{len(LOAD_PATHS)} URLs …"
        )
        load = wrk(
            base + "/", options.load_seconds, options.load_connections, threads=2, paths=LOAD_PATHS
        )
        print(
            f"load: {load['requests']:.0f} requests, {load['rps']:.0f} req/s, p50 "
            f"{load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms, errors {load['errors']:.0f}, "
            f"non-2xx/3xx {load['non2xx3xx']:.0f}, 3xx {load['3xx']:.0f}, 5xx {load['5xx']:.0f}"
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
