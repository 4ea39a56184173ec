"""The shipped data in fixtures/, in load order. Each step loads into an empty database only.

Two kinds of files, one source each:
- written by hand and reviewed in the diff (FAQ, pages, Leichte Sprache, place kinds, the
  places named in the facts file): the fixture *is* the source;
- produced from the official files in ../shared/data by the import commands: `make fixtures`
  imports them into a scratch database and `export_fixtures` writes these files.
`load_site_data` (run by `make run` and the tests) loads both."""

from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
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
    name: str
    marker_model: str  # "app_label.Model": rows there mean the step ran before
    files: tuple = ()  # Django fixtures, loaded in this order with loaddata
    exports: tuple = ()  # the files among them that import commands produce
    loader: str = ""  # dotted path of a callable(path): data in our own CSV format, or
    exporter: str = ""  # figures derived after loading; its exporter writes that CSV
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
            if self.files:
                paths = [str(FIXTURE_DIR / filename) for filename in self.files]
                call_command("loaddata", *paths, verbosity=verbosity)
            if self.loader:
                import_string(self.loader)(FIXTURE_DIR / self.loader_file)
            LoadedFixture.objects.create(name=self.name)


EVERYTHING = {}

FIXTURE_STEPS = [
    FixtureStep(
        name="LOR-Räume, Einwohnerzahlen und Datenquellen",
        marker_model="regions.Bezirksregion",
        files=("regions.json",),
        exports=(
            Export(
                "regions.json",
                tuple(
                    (label, EVERYTHING)
                    for label in (
                        "regions.Dataset",
                        "regions.Prognoseraum",
                        "regions.Bezirksregion",
                        "regions.Planungsraum",
                        "regions.ActionArea",
                        "regions.GiFocusArea",
                        "regions.Indicator",
                        "regions.IndicatorRelease",
                        "regions.IndicatorValue",
                    )
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
        name="Stadtteilkoordinationen",
        marker_model="coordination.Office",
        files=("offices.json",),
        exports=(
            Export(
                "offices.json",
                (
                    ("coordination.Operator", EVERYTHING),
                    ("coordination.Office", EVERYTHING),
                    ("coordination.OfficeHours", EVERYTHING),
                    ("coordination.ContactPerson", EVERYTHING),
                    ("coordination.DistrictContact", EVERYTHING),
                ),
            ),
        ),
    ),
    FixtureStep(
        name="Fragen & Antworten und Inhaltsseiten",
        marker_model="coordination.FaqEntry",
        files=("content.json",),
    ),
    FixtureStep(
        name="Texte in Leichter Sprache",
        marker_model="coordination.EasyLanguageText",
        files=("easy_language.json",),
    ),
    FixtureStep(
        name="Kiezkassen",
        marker_model="events.SmallGrantFund",
        files=("small_grants.json",),
        exports=(Export("small_grants.json", (("events.SmallGrantFund", EVERYTHING),)),),
    ),
    FixtureStep(
        name="Arten der Einrichtungen",
        marker_model="places.PlaceKind",
        files=("place_kinds.json",),
    ),
    FixtureStep(
        name="Kitas und Einrichtungen",
        marker_model="places.Place",
        files=("kiez_places.json", "kitas.json"),
        exports=(Export("kitas.json", (("places.Place", {"kita_number__isnull": False}),)),),
        loader="places.imports.load_kita_figures",
    ),
]
