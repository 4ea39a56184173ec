"""Every public page is valid HTML by the Nu Html Checker (the W3C validator, vnu-jar from the
npm registry, run locally: no page leaves the machine)."""

import json
import os
import shutil
import subprocess

import pytest
from django.conf import settings

from .public_pages import ERROR_PATHS

NU_JAR = settings.BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


# A short run: the quick compiler only and one garbage-collector thread take half the CPU time
# of the JVM's defaults (its schema then needs a larger thread stack).
JAVA = ["java", "-Xss8m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def nu_errors(files):
    result = subprocess.run(
        [*JAVA, "-jar", str(NU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return json.loads(result.stderr or '{"messages": []}')["messages"]


@pytest.mark.django_db
@pytest.mark.xdist_group("public-pages")
def test_every_public_page_in_every_language_is_valid_html(public_pages, client, tmp_path):
    if not (NU_JAR.exists() and shutil.which("java")):
        message = "Nu Html Checker fehlt (make nu; Java: apt-get install -y default-jre-headless)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    pages = dict(public_pages)
    for path, status in ERROR_PATHS.items():
        for prefix in ("", "/en", "/tr", "/ar"):
            response = client.get(prefix + path)
            assert response.status_code == status
            pages[prefix + path] = response
    files = {}
    for number, (path, response) in enumerate(pages.items()):
        file = tmp_path / f"{number:04d}.html"
        file.write_bytes(response.content)
        files[file.name] = path
    assert len(files) > 150  # the sitemap in four languages and the fixed list
    errors = [
        f"{files[error['url'].rsplit('/', 1)[-1]]}: {error['message']} "
        f"({error.get('extract', '').strip()[:80]})"
        for error in nu_errors(sorted(tmp_path.glob("*.html")))
    ]
    assert errors == [], "\n".join(errors[:20])


def test_the_checker_itself_finds_a_skipped_heading(tmp_path):
    if not (NU_JAR.exists() and shutil.which("java")):
        pytest.skip("Nu Html Checker fehlt")
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="de"><title>x</title><h2>a</h2><h4>b</h4></html>')
    assert any("skipping" in error["message"] for error in nu_errors([page]))
