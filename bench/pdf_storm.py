#!/usr/bin/env python
"""After an edit, many readers ask for every PDF at once: does anybody wait?

    .venv/bin/python bench/pdf_storm.py [--seconds 20] [--parallel 16]

Production settings under gunicorn (4 sync workers, 30 s timeout) with the task worker beside
it, on a scratch PostgreSQL database (DATABASE_URL's server, default 127.0.0.1) and Redis when
it answers. Builds every PDF first (manage.py build_profiles), then, twice: edits an FAQ entry
(no profile shows it) or a profile text (one profile changes, its PDFs are rebuilt in the
background meanwhile) and lets `--parallel` readers fetch every PDF in four languages and the
four ZIPs over and over while `/` is fetched once a second. Prints the slowest request, the
median, the answers by status and whether gunicorn killed a worker. Goal: no request over 1 s,
no worker timeout."""

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from serve import PYTHON, free_port, redis_answers

PROJECT = Path(__file__).resolve().parent.parent
HEADERS = {"X-Forwarded-Proto": "https"}
LANGUAGES = ("", "/en", "/tr", "/ar")
REGIONS = [
    "schillerpromenade",
    "neukoellner-mitte-zentrum",
    "reuterstrasse",
    "rixdorf",
    "koellnische-heide",
    "britz-nord",
    "britz",
    "buckow",
    "gropiusstadt-west",
    "gropiusstadt-ost",
    "buckow-nord",
    "rudow",
]


def urls():
    found = []
    for prefix in LANGUAGES:
        found.append(f"{prefix}/bezirksregionen/profil.pdf")
        found.append(f"{prefix}/bezirksregionen/profile.zip")
        found += [f"{prefix}/bezirksregionen/{slug}/profil.pdf" for slug in REGIONS]
    return found


def timed_get(base, path):
    request = urllib.request.Request(base + path, headers=HEADERS)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (ours)
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = "error"
    return time.monotonic() - started, status


def storm(base, seconds, parallel):
    results, home = [], []
    stop = time.monotonic() + seconds
    paths = urls()

    def reader(offset):
        index = offset
        while time.monotonic() < stop:
            results.append(timed_get(base, paths[index % len(paths)]))
            index += 1

    def start_page():
        while time.monotonic() < stop:
            home.append(timed_get(base, "/"))
            time.sleep(1)

    threads = [threading.Thread(target=reader, args=(i * 5,)) for i in range(parallel)]
    threads.append(threading.Thread(target=start_page))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, home


def report(label, results, home):
    times = sorted(seconds for seconds, _status in results)
    statuses = {}
    for _seconds, status in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(
        f"{label}: {len(results)} PDF/ZIP requests, slowest {times[-1] * 1000:.0f} ms, "
        f"median {statistics.median(times) * 1000:.0f} ms, answers {statuses}; "
        f"'/' {len(home)} times, slowest {max(s for s, _ in home) * 1000:.0f} ms"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--parallel", type=int, default=16)
    options = parser.parse_args()
    name = f"spk_storm_{secrets.token_hex(4)}"
    server = os.environ.get("STORM_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    media = tempfile.mkdtemp(prefix="spk-storm-")
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"{server}/{name}",
        "CACHE_URL": "redis://127.0.0.1:6379/3" if redis_answers() else "dbcache://spk_cache",
        "DJANGO_MEDIA_ROOT": media,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
    }
    subprocess.run(["psql", server + "/postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
    processes = []
    try:

        def manage(*args):
            subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True)

        manage("migrate", "-v0")
        manage("createcachetable")
        manage("load_site_data", "-v0")
        started = time.monotonic()
        manage("build_profiles")
        print(f"all PDFs built ahead in {time.monotonic() - started:.0f} s")
        port = free_port()
        log = open(Path(media) / "gunicorn.log", "w+")  # noqa: SIM115 (read at the end)
        processes.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "spk_site.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "4",
                    "--timeout",
                    "30",
                ],
                cwd=PROJECT,
                env=env,
                stderr=log,
                stdout=log,
            )
        )
        processes.append(
            subprocess.Popen(
                [PYTHON, "manage.py", "db_worker", "--interval", "1", "--no-reload"],
                cwd=PROJECT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        base = f"http://127.0.0.1:{port}"
        for _attempt in range(100):
            if timed_get(base, "/healthz")[1] in (200, 207):
                break
            time.sleep(0.1)
        faq = (
            "from coordination.models import FaqEntry; e = FaqEntry.objects.first(); "
            "e.answer = e.answer + '<p>Tippfehler behoben.</p>'; e.save()"
        )
        manage("shell", "-c", faq)
        report("after an FAQ edit", *storm(base, options.seconds, options.parallel))
        text = (
            "from profiles.models import ProfileText; from regions.models import Bezirksregion;"
            "ProfileText.objects.create(bezirksregion=Bezirksregion.objects.get(slug='britz'),"
            "part='1-einschaetzung', body='<p>Neu.</p>', published=True)"
        )
        manage("shell", "-c", text)
        report("after a profile text (rebuilt meanwhile)", *storm(base, options.seconds, 16))
        log.seek(0)
        killed = log.read().count("WORKER TIMEOUT")
        print(f"worker timeouts: {killed}")
    finally:
        for process in processes:
            process.terminate()
            process.wait()
        subprocess.run(
            ["psql", server + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
            check=False,
        )


if __name__ == "__main__":
    sys.exit(main())
