"""Operations with real processes: backup and restore, and two app servers sharing one
PostgreSQL and one Redis."""

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from . import shipped
from .processes import (
    HttpSession,
    base_env,
    gunicorn,
    manage,
    postgres_url,
    prepare,
    production_env,
    redis_answers,
    scratch_database,
)

COUNTS = "import json; from backups.archive import row_counts; print(json.dumps(row_counts()))"


def counts(env):
    return json.loads(manage(env, "shell", "-c", COUNTS).stdout.strip().splitlines()[-1])


def files(root):
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(root).rglob("*")
        if path.is_file()
    }


def test_backup_wipe_restore_finds_every_row_and_file(tmp_path):
    media = tmp_path / "media"
    with scratch_database() as database_url:
        env = base_env(DATABASE_URL=database_url, DJANGO_MEDIA_ROOT=str(media))
        prepare(env)
        manage(
            env,
            "shell",
            "-c",
            "from django.core.files.base import ContentFile;"
            "from regions.models import Report;"
            "r = Report(title='Profil', published_on='2026-01-01', published=True);"
            "r.file.save('x.pdf', ContentFile(b'%PDF-1.4\\n%%EOF\\n'));"
            "from django.contrib.auth.models import User;"
            "User.objects.create_user('sicherung', password='ein-passwort-123')",
        )
        before_rows, before_files = counts(env), files(media)
        assert before_rows["regions.Address"] == shipped.address_count()
        assert before_rows["regions.Report"] == 1
        assert len(before_files) == 1

        output = manage(env, "backup", str(tmp_path / "backups")).stdout
        archive = re.search(r"Gesichert: (\S+)", output).group(1)
        assert os.stat(archive).st_mode & 0o777 == 0o600  # it holds password hashes

        manage(env, "flush", "--noinput")
        shutil.rmtree(media)
        wiped = counts(env)
        assert wiped["regions.Address"] == 0 and wiped["auth.User"] == 0

        manage(env, "restore", archive, "--yes")
        assert counts(env) == before_rows
        assert files(media) == before_files


def test_a_damaged_archive_gets_one_german_line_and_changes_nothing(tmp_path):
    import io
    import tarfile

    garbage = tmp_path / "kaputt.tar.gz"
    garbage.write_bytes(b"kein Archiv" * 100)
    wrong_dump = tmp_path / "falsch.tar.gz"
    with tarfile.open(wrong_dump, "w:gz") as tar:
        engine = "postgresql" if postgres_url() else "sqlite"
        name = "database.dump" if engine == "postgresql" else "database.sqlite3"
        for member, data in [
            ("manifest.json", json.dumps({"engine": engine, "database": name, "created": "x"})),
            (name, "das ist keine Datenbank" * 50),
        ]:
            info = tarfile.TarInfo(member)
            info.size = len(data.encode())
            tar.addfile(info, io.BytesIO(data.encode()))
    with scratch_database() as database_url:
        env = base_env(DATABASE_URL=database_url, DJANGO_MEDIA_ROOT=str(tmp_path / "media"))
        prepare(env)
        before = counts(env)
        for archive, reason in [(garbage, "beschädigt"), (wrong_dump, engine_tool(engine))]:
            result = manage(env, "restore", str(archive), "--yes", check=False)
            assert result.returncode == 1
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
            assert lines[0].startswith("CommandError: Wiederherstellung fehlgeschlagen:")
            assert reason in lines[0]
        assert counts(env) == before


def engine_tool(engine):
    return "pg_restore:" if engine == "postgresql" else "SQLite:"


needs_services = pytest.mark.skipif(
    os.environ.get("CI") != "true" and not (postgres_url() and redis_answers()),
    reason="braucht PostgreSQL (DATABASE_URL=postgres://…) und Redis auf 127.0.0.1:6379",
)


@needs_services
def test_an_edit_through_one_app_server_is_served_by_the_other():
    with scratch_database(require_postgres=True) as database_url:
        env = production_env(
            DATABASE_URL=database_url,
            CACHE_URL=f"redis://127.0.0.1:6379/{11 + os.getpid() % 4}",
            DJANGO_SECURE_SSL_REDIRECT="true",
        )
        prepare(env)
        manage(
            env,
            "shell",
            "-c",
            "from django.contrib.auth.models import User;"
            "User.objects.create_superuser('betrieb', password='ein-langes-passwort-123')",
        )
        manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        with gunicorn(env) as first, gunicorn(env) as second:
            visitor = HttpSession(second)
            status, _headers, html = visitor.request("/fragen/")
            assert status == 200 and "Was ist eine Bezirksregion?" in html
            status, headers, _html = visitor.request("/fragen/")
            assert headers["X-Page-Cache"] == "hit"  # the second server has it cached

            staff = HttpSession(first)
            staff.login("betrieb", "ein-langes-passwort-123")
            _status, _headers, listing = staff.request(
                "/admin/coordination/faqentry/?q=was-ist-eine-bezirksregion"
            )
            change = re.search(r'href="(/admin/coordination/faqentry/\d+/change/)', listing).group(
                1
            )
            _status, _headers, form = staff.request(change)
            from .admin_forms import form_fields

            fields = form_fields(form, "faqentry_form")
            fields["question_de"] = "Was ist eigentlich eine Bezirksregion?"
            status, _headers, _html = staff.request(change, fields)
            assert status == 302

            status, headers, html = visitor.request("/fragen/")
            assert status == 200
            assert "Was ist eigentlich eine Bezirksregion?" in html
            assert "X-Page-Cache" not in headers
