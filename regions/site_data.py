"""The shipped data of the LOR geography, its figures and sources, and the address list."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

from .imports.berlin import BERLIN_DATASET_SLUG, CRIME_DATASET_SLUG

STEPS = (
    FixtureStep(
        order=10,
        name="LOR-Räume, Einwohnerzahlen und Datenquellen",
        app="regions",
        files=("regions.json",),
        exports=(
            Export(
                "regions.json",
                (("regions.Dataset", {"berlin_rows__isnull": True, "crime_rows__isnull": True}),)
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
    FixtureStep(
        order=16,
        name="Einwohnerzahlen Berlins zum Vergleich",
        app="regions",
        files=("berlin_population.json",),
        exports=(
            Export(
                "berlin_population.json",
                (
                    ("regions.Dataset", {"slug": BERLIN_DATASET_SLUG}),
                    ("regions.BerlinPopulation", EVERYTHING),
                ),
            ),
        ),
    ),
    FixtureStep(
        order=17,
        name="Kriminalitätsatlas Berlins zum Vergleich",
        app="regions",
        files=("berlin_crime.json",),
        exports=(
            Export(
                "berlin_crime.json",
                (
                    ("regions.Dataset", {"slug": CRIME_DATASET_SLUG}),
                    ("regions.BerlinCrime", EVERYTHING),
                ),
            ),
        ),
    ),
    FixtureStep(
        order=20,
        name="Adressen",
        app="regions",
        loader="regions.imports.addresses.import_addresses",
        exporter="regions.imports.addresses.export_addresses",
        loader_file="addresses.csv",
    ),
)
