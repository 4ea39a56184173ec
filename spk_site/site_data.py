"""The shipped data in fixtures/, in load order. Each step loads into an empty database only.

Two kinds of files, one source each:
- written by hand and reviewed in the diff (FAQ, pages, Leichte Sprache, place kinds, the
  places named in the facts file): the fixture *is* the source;
- produced from the official files in ../shared/data by the import commands: `make fixtures`
  imports them into a scratch database and `export_fixtures` writes these files.
`load_site_data` (run by `make run` and the tests) loads both.

Each app declares its own steps in its `site_data.py` and registers them when it is ready;
`order` says where a step goes among all of them (regions first: everything refers to them)."""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string

FIXTURE_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass(frozen=True)
class Export:
    """A fixture file written from imported rows: (model label, filter) in load order."""

    filename: str
    models: tuple  # ("app_label.Model", {field lookup: value}) pairs


@dataclass(frozen=True)
class FixtureStep:
    order: int  # load order among every app's steps
    name: str
    app: str  # the app whose data it is
    files: tuple = ()  # Django fixtures, loaded in this order with loaddata
    exports: tuple = ()  # the files among them that import commands produce
    loader: str = ""  # dotted path of a callable(path): data in our own CSV format, or
    exporter: str = ""  # figures derived after loading; its exporter writes that CSV
    loader_file: str = ""

    def is_loaded(self):
        from .models import LoadedFixture

        return LoadedFixture.objects.filter(name=self.name).exists()

    def load(self, call_command, verbosity=0):
        from django.db import transaction

        from .models import LoadedFixture

        with transaction.atomic():
            if self.files:
                paths = [str(FIXTURE_DIR / filename) for filename in self.files]
                call_command("loaddata", *paths, verbosity=verbosity)
            if self.loader:
                import_string(self.loader)(FIXTURE_DIR / self.loader_file)
            LoadedFixture.objects.create(name=self.name)


EVERYTHING = {}  # an Export without filter: every row of the model

_steps = {}


def register(*steps):
    for step in steps:
        _steps[step.name] = step


def fixture_steps():
    """Every app's steps, in load order."""
    return sorted(_steps.values(), key=lambda step: step.order)
