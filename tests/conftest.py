import os
import shutil
import threading
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; Django must still allow ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """One test database per test process, holding the shipped fixtures (from fixtures/, never
    ../shared), and a pristine copy of it that scratch databases are cloned from. Created even
    when only browser tests run: they read it through the live server, not through
    pytest-django's `db` fixture."""
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    # Request threads of the live server must not keep connections open past their request,
    # or PostgreSQL refuses to drop the test database at the end.
    for connection in connections.all():
        connection.settings_dict["CONN_MAX_AGE"] = 0
        if connection.vendor == "sqlite":
            # A file, not memory, so the live server's threads see committed rows.
            connection.settings_dict["TEST"]["NAME"] = str(
                PROJECT / f".pytest-db-{os.getpid()}.sqlite3"
            )
        else:  # parallel workers: one database each
            connection.settings_dict["TEST"]["NAME"] = (
                f"test_{connection.settings_dict['NAME']}_{worker}"
            )
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
        call_command("load_site_data", verbosity=0)
        pristine = _keep_pristine_copy(connections["default"])
    yield
    with django_db_blocker.unblock():
        connections.close_all()
        _drop_pristine_copy(pristine)
        _close_other_sessions(connections["default"])
        teardown_databases(databases, verbosity=verbosity)


def _keep_pristine_copy(connection):
    from . import processes

    name = connection.settings_dict["NAME"]
    connection.close()
    if connection.vendor == "sqlite":
        copy = f"{name}.pristine"
        shutil.copyfile(name, copy)
        processes.PRISTINE["sqlite"] = copy
        return copy
    copy = f"{name}_pristine"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {copy}")
        cursor.execute(f"CREATE DATABASE {copy} TEMPLATE {name}")
    processes.PRISTINE["postgresql"] = copy
    return copy


def _close_other_sessions(connection):
    """Connections the live server's request threads may still hold (PostgreSQL refuses to
    drop a database anybody uses)."""
    if connection.vendor != "postgresql":
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [connection.settings_dict["NAME"]],
        )


def _drop_pristine_copy(copy):
    from django.db import connections

    connection = connections["default"]
    if connection.vendor == "sqlite":
        Path(copy).unlink(missing_ok=True)
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")


@pytest.fixture(scope="session")
def public_pages(django_db_setup, django_db_blocker):
    """Every public page (the fixed list and the sitemap) as the shipped data renders it:
    {path: response}, fetched once per test process for the tests that read them all."""
    import re

    from django.core.cache import cache
    from django.test import Client

    from .public_pages import PUBLIC_PATHS, audited

    client = Client()
    with django_db_blocker.unblock():
        cache.clear()
        xml = client.get("/sitemap.xml").content.decode()
        listed = audited(
            [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", xml)]
        )
        pages = {path: client.get(path) for path in dict.fromkeys(PUBLIC_PATHS + listed)}
        cache.clear()
    return pages


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: a rolled-back test must not leave cached pages or
    memoized rows behind for the next one."""
    from django.core.cache import cache, caches

    from spk_site.caching import recent_pages
    from spk_site.content_version import PerVersion

    cache.clear()
    caches["limits"].clear()
    recent_pages.clear()
    PerVersion.forget_all()
    yield


@pytest.fixture(autouse=True)
def _tasks_are_kept_not_run(settings):
    """Background tasks are queued where tests can see them (DummyBackend) but not run: a test
    that wants a task's work calls it (`task.call()`) or runs the immediate backend."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    yield


@pytest.fixture(autouse=True)
def _german_outside_requests():
    """Each test starts in German: a request to /ar/ leaves Arabic active in its thread (as
    Django's own locale middleware does), which must not carry over into the next test."""
    from django.utils import translation

    translation.activate("de")
    yield
    translation.activate("de")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not shutil.which(CHROMIUM):
        message = f"Chromium fehlt ({CHROMIUM}); installieren: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-gpu",
            "--disable-sync",
        ],
    }


class _Answering:
    """The requests the live server is answering. Django reads the database when a response
    is closed (request_finished), so a test ends only once every response it caused is closed:
    otherwise one still closing would meet the database blocker of the next moment."""

    def __init__(self):
        self.count = 0
        self.changed = threading.Condition()

    def wrap(self, app):
        def counted(environ, start_response):
            with self.changed:
                self.count += 1
            try:
                result = app(environ, start_response)
            except BaseException:
                self._done()
                raise
            return _ClosedThen(result, self._done)

        return counted

    def _done(self):
        with self.changed:
            self.count -= 1
            self.changed.notify_all()

    def wait_until_idle(self, timeout=10):
        with self.changed:
            return self.changed.wait_for(lambda: self.count == 0, timeout)


class _ClosedThen:
    """A WSGI response that calls `then` once the server has closed it."""

    def __init__(self, result, then):
        self.result, self.then = result, then

    def __iter__(self):
        return iter(self.result)

    def close(self):
        try:
            close = getattr(self.result, "close", None)
            if close is not None:
                close()
        finally:
            self.then()


_answering = _Answering()


@pytest.fixture(scope="session")
def _site_server(django_db_setup, django_db_blocker):
    """One live server for the session. Unlike pytest-django's live_server it does not flush
    the database after each test, so the fixtures loaded once stay for every browser test."""
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", static_handler=_answering.wrap, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture
def site_url(_site_server, django_db_blocker):
    """Base URL of the live server; the database stays reachable for its thread until every
    answer the test caused is closed."""
    with django_db_blocker.unblock():
        yield _site_server
        _answering.wait_until_idle()


@pytest.fixture
def live_db(django_db_blocker):
    """For browser tests that change data the live server must see: commits at once, and
    closes the connection afterwards (Playwright's event loop gives this code its own context,
    whose connection nobody else would close)."""
    from contextlib import contextmanager

    from django.db import connections

    @contextmanager
    def session():
        with django_db_blocker.unblock():
            try:
                yield
            finally:
                connections.close_all()

    return session
