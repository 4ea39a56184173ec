#!/usr/bin/env python
"""Throughput and latency of the site as it runs in production, measured with wrk: gunicorn
with deploy/gunicorn.conf.py, and nginx with deploy/nginx/spk.conf in front of it (ports and
paths replaced, a self-signed certificate), both paths in one run.

    .venv/bin/python bench/serve.py [--seconds 10] [--connections 32] [--workers 4]
                                    [--load-seconds 30] [--load-connections 200]

Starts both on a scratch database (DATABASE_URL's server, else a temporary SQLite file; the
cache is Redis when 127.0.0.1:6379 answers, else the database cache). Straight to gunicorn
(requests carry X-Forwarded-Proto: https, as from nginx) each kept page, the layout floor and
the lookup API are measured beside a bare Django view, each never-kept page beside the layout
floor (the base layout with an empty main, never cached); through nginx each kept page beside
nginx's own static file. Every page runs between two runs of its yardstick and is compared with
their mean (the machine's speed drifts during a run). Then a load run through nginx.

Goals: through nginx every cached page >= 0.8 x nginx's static file; straight to gunicorn
every cached page >= 0.7 x the bare view, the layout floor >= 0.5 x the bare view, the lookup
page, search and places near an address >= 0.5 x the layout floor, the lookup API >= 0.6 x the
bare view; the load run ends with 0 errors and 0 x 5xx. Needs wrk and nginx
(apt-get install -y wrk nginx-light)."""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tests import processes  # noqa: E402 (the same starters the tests use)

ADDRESS = "strasse=Karl-Marx-Str.&hausnummer=83"
CACHED = [
    ("start page", "/"),
    ("FAQ", "/fragen/"),
    ("region page", "/bezirksregionen/schillerpromenade/"),
    ("region profile", "/bezirksregionen/schillerpromenade/profil/"),
    ("district profile", "/bezirksregionen/profil/"),
    ("office page", "/stadtteilkoordination/schillerpromenade/"),
    ("Termine", "/termine/"),
    ("Einrichtungen", "/einrichtungen/?art=kita"),
    ("GeoJSON Planungsräume", "/api/planungsraeume.geojson"),
    ("GeoJSON Einrichtungen", "/api/einrichtungen.geojson"),
    ("start page, Arabic", "/ar/"),
]
NEVER_CACHED = [
    ("layout floor", "/bench/layout/"),
    ("layout floor, Arabic", "/ar/bench/layout/"),
    ("address lookup (page)", f"/zustaendigkeit/?{ADDRESS}"),
    ("search: a word", "/suche/?q=Kiezkasse"),
    ("search: a typing error", "/suche/?q=Schilerpromenade"),
    ("places near an address", f"/einrichtungen/?{ADDRESS}"),
    ("address lookup (API)", f"/api/zustaendigkeit?{ADDRESS}"),
    ("search: an address (redirect)", "/suche/?q=Sonnenallee+50"),
]


def fetch(url):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=_tls()))
    with opener.open(request, timeout=10) as response:
        return response.status, response.read()


def _tls():
    import ssl

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def static_path(base):
    _status, html = fetch(base + "/")
    return re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1).decode()


def wrk(url, seconds, connections, paths=()):
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-H",
        "X-Forwarded-Proto: https",
        # Through nginx, a reader's browser: every one takes gzip (nginx keeps pages packed and
        # sends its static files' .gz). Straight to gunicorn, plain, as measured before.
        *(["-H", "Accept-Encoding: gzip, deflate, br"] if url.startswith("https:") else []),
        "-s",
        str(PROJECT / "bench" / "wrk_report.lua"),
        url,
    ]
    if paths:
        command += ["--", *paths]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", line)}


def measure(base, path, options):
    status, _body = fetch(base + path)
    for _ in range(20):  # warm every worker's caches (and nginx's)
        fetch(base + path)
    return status, wrk(base + path, options.seconds, options.connections)


def row(name, status, result, yardsticks, yardstick_rps=None):
    ratios = "".join(f" {result['rps'] / value:9.2f}" for value in yardsticks)
    notes = "" if status == 200 else f"  (status {status})"
    if result["errors"] or result["5xx"]:
        notes += f"  errors {result['errors']:.0f}, 5xx {result['5xx']:.0f}"
    figures = f"{result['rps']:8.0f} {result['p50_ms']:8.2f} {result['p95_ms']:8.2f}"
    figures += f" {yardstick_rps:9.0f}" if yardstick_rps is not None else f" {'':9}"
    print(f"{name:31} {figures}{ratios}{notes}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--load-seconds", type=int, default=30)
    parser.add_argument("--load-connections", type=int, default=200)
    options = parser.parse_args()
    for tool, package in [("wrk", "wrk"), ("nginx", "nginx-light")]:
        if not shutil.which(tool) and not (tool == "nginx" and processes.NGINX):
            sys.exit(f"{tool} fehlt: apt-get install -y {package}")

    media = Path(tempfile.mkdtemp(prefix="spk-bench-media-"))
    cache_url = os.environ.get("CACHE_URL") or (
        "redis://127.0.0.1:6379/7" if processes.redis_answers() else "dbcache://spk_cache"
    )
    with processes.scratch_database() as database_url:
        env = processes.production_env(
            DJANGO_SETTINGS_MODULE="bench.bench_settings",
            DATABASE_URL=database_url,
            CACHE_URL=cache_url,
            LIMITS_CACHE_URL="dbcache://spk_limits",
            DJANGO_MEDIA_ROOT=str(media),
            DJANGO_MEDIA_ACCEL_REDIRECT="/geschuetzte-dateien/",
        )
        processes.prepare(env)
        if cache_url.startswith("redis"):
            subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], capture_output=True, check=False)
        app_port = processes.free_port()
        app = processes.start_gunicorn(env, app_port, workers=options.workers)
        direct = f"http://127.0.0.1:{app_port}"
        try:
            with processes.nginx(app_port, media) as (proxied, _http, _directory):
                run(options, direct, proxied, env)
        finally:
            processes.stop(app)
            shutil.rmtree(media, ignore_errors=True)


def interleaved(base, yardstick, pages, options):
    """[(name, status, result, yardstick req/s)]: each page measured between two runs of the
    yardstick, and compared with their mean. The machine's speed drifts during a run (the same
    static file measured 15 % apart a minute later): a yardstick measured once would favour or
    harm the pages measured far from it."""
    before = measure(base, yardstick, options)[1]["rps"]
    rows = []
    for name, path in pages:
        status, result = measure(base, path, options)
        after = measure(base, yardstick, options)[1]["rps"]
        rows.append((name, status, result, (before + after) / 2))
        before = after
    return rows


def run(options, direct, proxied, env):
    print(
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; gunicorn "
        f"{options.workers} sync workers; database {env['DATABASE_URL'].split(':')[0]}; cache "
        f"{env['CACHE_URL'].split(':')[0]}; wrk 2 threads, {options.connections} connections, "
        f"{options.seconds} s each; every page between two runs of its yardstick"
    )
    header = f"{'':31} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'yardstick':>9}"
    css = static_path(direct)

    print("\nthrough nginx (https): each kept page beside nginx's own static file")
    print(header + f" {'× static':>9}")
    for name, status, result, static in interleaved(proxied, css, CACHED, options):
        row(name, status, result, [static], static)

    print("\nstraight to gunicorn: each kept page beside the bare Django view")
    print(header + f" {'× bare':>9}")
    for name, status, result, bare in interleaved(direct, "/bench/bare/", CACHED, options):
        row(name, status, result, [bare], bare)
    floor_pair = [("layout floor", "/bench/layout/"), ("layout floor, Arabic", "/ar/bench/layout/")]
    for name, status, result, bare in interleaved(direct, "/bench/bare/", floor_pair, options):
        row(name, status, result, [bare], bare)
    api = [(name, path) for name, path in NEVER_CACHED if path.startswith("/api/")]
    for name, status, result, bare in interleaved(direct, "/bench/bare/", api, options):
        row(name, status, result, [bare], bare)
    status, whitenoise = measure(direct, css, options)
    row("static file (whitenoise)", status, whitenoise, [])

    print("\nstraight to gunicorn: each never-kept page beside the layout floor")
    print(header + f" {'× floor':>9}")
    pages = [(name, path) for name, path in NEVER_CACHED[2:] if not path.startswith("/api/")]
    for name, status, result, floor in interleaved(direct, "/bench/layout/", pages, options):
        row(name, status, result, [floor], floor)

    print(
        f"\nload through nginx: {options.load_connections} connections for "
        f"{options.load_seconds} s over {len(CACHED) + len(NEVER_CACHED) - 2} URLs …"
    )
    paths = [path for _name, path in CACHED] + [path for _name, path in NEVER_CACHED[2:]]
    load = wrk(proxied + "/", options.load_seconds, options.load_connections, paths=paths)
    print(
        f"load: {load['requests']:.0f} requests, {load['rps']:.0f} req/s, p50 "
        f"{load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms, errors {load['errors']:.0f}, "
        f"non-2xx/3xx {load['non2xx3xx']:.0f}, 3xx {load['3xx']:.0f}, 5xx {load['5xx']:.0f}"
    )


if __name__ == "__main__":
    main()
