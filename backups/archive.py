"""Backup and restore of the database and the uploaded files (media), with the database's own
tools: pg_dump/pg_restore for PostgreSQL, SQLite's online backup for SQLite.

An archive is one .tar.gz holding manifest.json, the database dump and media/."""

import gzip
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections
from django.utils import timezone


class BackupError(Exception):
    pass


def _database():
    return settings.DATABASES["default"]


def _engine():
    engine = _database()["ENGINE"]
    if engine.endswith("postgresql"):
        return "postgresql"
    if engine.endswith("sqlite3"):
        return "sqlite"
    raise BackupError(f"Keine Sicherung für {engine} eingerichtet.")


def _pg_env():
    database = _database()
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return env


def _pg_args():
    database = _database()
    args = []
    if database.get("HOST"):
        args += ["-h", database["HOST"]]
    if database.get("PORT"):
        args += ["-p", str(database["PORT"])]
    if database.get("USER"):
        args += ["-U", database["USER"]]
    return args


def row_counts():
    """Rows per model: what a restore must bring back."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def _private_file(path):
    """A new file only its owner can read: a backup holds every account's password hash."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _tool_failed(error):
    message = (error.stderr or b"").decode(errors="replace").strip().splitlines()
    return message[-1] if message else f"{error.cmd[0]} endete mit Fehler {error.returncode}"


def backup(target_dir):
    """Writes spk-backup-<time>.tar.gz (mode 0600) into target_dir and returns its path."""
    target_dir = Path(target_dir)
    target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive = target_dir / f"spk-backup-{stamp}.tar.gz"
    engine = _engine()
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / ("database.dump" if engine == "postgresql" else "database.sqlite3")
        if engine == "postgresql":
            # A fixed program (the PostgreSQL client on PATH), arguments from our settings.
            command = ["pg_dump", *_pg_args(), "--format=custom", "--no-owner"]
            command += ["--file", str(dump), _database()["NAME"]]
            try:
                subprocess.run(command, env=_pg_env(), check=True, capture_output=True)  # noqa: S603
            except subprocess.CalledProcessError as error:
                raise BackupError(f"pg_dump: {_tool_failed(error)}") from error
        else:
            connections["default"].close()
            source = sqlite3.connect(_database()["NAME"])
            with sqlite3.connect(dump) as copy:
                source.backup(copy)
            source.close()
        manifest = {
            "created": timezone.now().isoformat(),
            "engine": engine,
            "database": dump.name,
            "rows": row_counts(),
        }
        with _private_file(archive) as handle, tarfile.open(fileobj=handle, mode="w:gz") as tar:
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            tar.add(dump, arcname=dump.name)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                tar.add(media, arcname="media")
    return archive


def _unpack(archive, scratch):
    """The archive's manifest after unpacking it into scratch; BackupError if it is damaged."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(scratch, filter="data")
        manifest = json.loads((Path(scratch) / "manifest.json").read_text())
        manifest["engine"], manifest["database"]  # noqa: B018 (both must be there)
    except (tarfile.TarError, gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise BackupError(f"Das Archiv ist beschädigt oder keine Sicherung ({error}).") from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"Das Archiv ist keine vollständige Sicherung ({error}).") from error
    return manifest


def restore(archive):
    """Replaces the database and the media files by the archive's. Returns the manifest.
    A damaged archive raises BackupError before anything is changed."""
    engine = _engine()
    if not Path(archive).is_file():
        raise BackupError(f"Die Datei {archive} gibt es nicht.")
    with tempfile.TemporaryDirectory() as scratch:
        manifest = _unpack(archive, scratch)
        if manifest["engine"] != engine:
            raise BackupError(
                f"Die Sicherung stammt aus {manifest['engine']}, die Datenbank ist {engine}."
            )
        dump = Path(scratch) / manifest["database"]
        connections["default"].close()
        if engine == "postgresql":
            command = ["pg_restore", *_pg_args(), "--clean", "--if-exists", "--no-owner"]
            command += ["--single-transaction", "-d", _database()["NAME"], str(dump)]
            try:
                subprocess.run(command, env=_pg_env(), check=True, capture_output=True)  # noqa: S603
            except subprocess.CalledProcessError as error:
                raise BackupError(f"pg_restore: {_tool_failed(error)}") from error
        else:
            try:
                with (
                    sqlite3.connect(dump) as source,
                    sqlite3.connect(_database()["NAME"]) as target,
                ):
                    source.backup(target)
            except sqlite3.DatabaseError as error:
                raise BackupError(f"SQLite: {error}") from error
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            shutil.rmtree(media)
        if (Path(scratch) / "media").exists():
            shutil.copytree(Path(scratch) / "media", media)
    from spk_site.content_version import bump

    bump()  # every process must forget what it cached from the old data
    return manifest
