"""The shipped data in fixtures/, in load order. Each step loads into an empty database only.

`make fixtures` produces these files from the official sources with the import commands and
`export_fixtures`; `load_site_data` (run by `make run` and the tests) loads them."""

from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string

FIXTURE_DIR = Path(settings.BASE_DIR) / "fixtures"


@dataclass(frozen=True)
class FixtureStep:
    name: str
    marker_model: str  # "app_label.Model": rows there mean the step ran before
    exports: tuple = ()  # (file name, (model labels in load order)) as Django fixtures
    loader: str = ""  # dotted path of a callable(path) for data in our own CSV format
    exporter: str = ""  # dotted path of a callable(path) writing that CSV
    loader_file: str = ""

    def is_loaded(self):
        from .models import LoadedFixture

        # The marker row; or, for databases filled before markers existed, any row at all.
        return (
            LoadedFixture.objects.filter(name=self.name).exists()
            or apps.get_model(self.marker_model)._default_manager.exists()
        )

    def load(self, call_command, verbosity=0):
        from django.db import transaction

        from .models import LoadedFixture

        with transaction.atomic():
            paths = [str(FIXTURE_DIR / filename) for filename, _ in self.exports]
            if paths:
                call_command("loaddata", *paths, verbosity=verbosity)
            if self.loader:
                import_string(self.loader)(FIXTURE_DIR / self.loader_file)
            LoadedFixture.objects.create(name=self.name)


FIXTURE_STEPS = [
    FixtureStep(
        name="LOR-Räume, Einwohnerzahlen und Datenquellen",
        marker_model="regions.Bezirksregion",
        exports=(
            (
                "regions.json",
                (
                    "regions.Dataset",
                    "regions.Prognoseraum",
                    "regions.Bezirksregion",
                    "regions.Planungsraum",
                    "regions.ActionArea",
                    "regions.GiFocusArea",
                    "regions.Indicator",
                    "regions.IndicatorRelease",
                    "regions.IndicatorValue",
                ),
            ),
        ),
    ),
    FixtureStep(
        name="Adressen",
        marker_model="regions.Address",
        loader="regions.imports.addresses.import_addresses",
        exporter="regions.imports.addresses.export_addresses",
        loader_file="addresses.csv",
    ),
    FixtureStep(
        name="Stadtteilkoordinationen, Fragen & Antworten und Inhaltsseiten",
        marker_model="coordination.Office",
        exports=(
            (
                "coordination.json",
                (
                    "coordination.Operator",
                    "coordination.Office",
                    "coordination.OpeningHours",
                    "coordination.ContactPerson",
                    "coordination.DistrictContact",
                    "coordination.FaqCategory",
                    "coordination.FaqEntry",
                    "coordination.Page",
                ),
            ),
        ),
    ),
    FixtureStep(
        name="Kiezkassen",
        marker_model="coordination.SmallGrantFund",
        exports=(("small_grants.json", ("coordination.SmallGrantFund",)),),
    ),
    FixtureStep(
        name="Kitas und Einrichtungen",
        marker_model="coordination.Place",
        exports=(("places.json", ("coordination.Place",)),),
        loader="coordination.places.load_kita_figures",
        loader_file="places.json",
    ),
    FixtureStep(
        name="Texte in Leichter Sprache",
        marker_model="coordination.EasyLanguageText",
        exports=(("easy_language.json", ("coordination.EasyLanguageText",)),),
    ),
]
