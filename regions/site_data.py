"""The shipped data of the LOR geography, its figures and sources, and the address list."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

from .imports.berlin import BERLIN_DATASET_SLUG, CRIME_DATASET_SLUG
from .imports.berlin_green import GREEN_DATASET_SLUG
from .imports.berlin_kitas import KITA_DATASET_SLUG
from .imports.berlin_mss import MSS_DATASET_SLUG


def _berlin_step(order, what, filename, dataset_slug, model):
    """A Berlin-wide comparison table: its own dataset row and its rows, one file."""
    return FixtureStep(
        order=order,
        name=f"{what} Berlins zum Vergleich",
        app="regions",
        files=(filename,),
        exports=(
            Export(
                filename,
                (
                    ("regions.Dataset", {"slug": dataset_slug}),
                    (model, EVERYTHING),
                ),
            ),
        ),
    )


STEPS = (
    FixtureStep(
        order=10,
        name="LOR-Räume, Einwohnerzahlen und Datenquellen",
        app="regions",
        files=("regions.json",),
        exports=(
            Export(
                "regions.json",
                (
                    (
                        "regions.Dataset",
                        {
                            "berlin_rows__isnull": True,
                            "crime_rows__isnull": True,
                            "mss_rows__isnull": True,
                            "green_rows__isnull": True,
                            "kita_rows__isnull": True,
                        },
                    ),
                )
                + tuple(
                    (label, EVERYTHING)
                    for label in (
                        "regions.Prognoseraum",
                        "regions.Bezirksregion",
                        "regions.Planungsraum",
                        "regions.ActionArea",
                        "regions.GiFocusArea",
                        "regions.IndicatorRelease",
                    )
                ),
            ),
        ),
    ),
    FixtureStep(
        order=15,
        name="Kennzahlen je Gebiet",
        app="regions",
        loader="regions.imports.values.load_values",
        exporter="regions.imports.values.export_values",
        loader_file="indicator_values.csv",
    ),
    _berlin_step(
        16,
        "Einwohnerzahlen",
        "berlin_population.json",
        BERLIN_DATASET_SLUG,
        "regions.BerlinPopulation",
    ),
    _berlin_step(
        17, "Kriminalitätsatlas", "berlin_crime.json", CRIME_DATASET_SLUG, "regions.BerlinCrime"
    ),
    _berlin_step(
        18,
        "Sozialmonitoring",
        "berlin_mss.json",
        MSS_DATASET_SLUG,
        "regions.BerlinSocialMonitoring",
    ),
    _berlin_step(
        19,
        "Grünanlagen und Spielplätze",
        "berlin_green.json",
        GREEN_DATASET_SLUG,
        "regions.BerlinGreen",
    ),
    _berlin_step(21, "Kita-Plätze", "berlin_kitas.json", KITA_DATASET_SLUG, "regions.BerlinKita"),
    FixtureStep(
        order=20,
        name="Adressen",
        app="regions",
        loader="regions.imports.addresses.import_addresses",
        exporter="regions.imports.addresses.export_addresses",
        loader_file="addresses.csv",
    ),
)
