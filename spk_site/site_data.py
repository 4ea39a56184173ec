"""The shipped data in fixtures/, in load order. Each step loads into an empty database only."""

from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings

FIXTURE_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass(frozen=True)
class FixtureStep:
    name: str
    marker_model: str  # "app_label.Model": rows there mean the step ran before
    fixture_files: tuple = ()
    loader: str = ""  # dotted path of a callable(path) for data kept in our own CSV format
    loader_file: str = ""

    def is_loaded(self):
        return apps.get_model(self.marker_model).objects.exists()

    def load(self, call_command, verbosity=0):
        if self.fixture_files:
            paths = [str(FIXTURE_DIR / name) for name in self.fixture_files]
            call_command("loaddata", *paths, verbosity=verbosity)
        if self.loader:
            from django.utils.module_loading import import_string

            import_string(self.loader)(FIXTURE_DIR / self.loader_file)


FIXTURE_STEPS: list[FixtureStep] = []
