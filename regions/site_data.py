"""The shipped data of the LOR geography, its figures and sources, and the address list."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

STEPS = (
    FixtureStep(
        order=10,
        name="LOR-Räume, Einwohnerzahlen und Datenquellen",
        app="regions",
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
        order=20,
        name="Adressen",
        app="regions",
        loader="regions.imports.addresses.import_addresses",
        exporter="regions.imports.addresses.export_addresses",
        loader_file="addresses.csv",
    ),
)
