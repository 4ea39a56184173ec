"""The shipped offices and contacts, FAQ and pages, and the texts in Leichte Sprache."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

STEPS = (
    FixtureStep(
        order=30,
        name="Stadtteilkoordinationen",
        app="coordination",
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
        order=40,
        name="Fragen & Antworten und Inhaltsseiten",
        app="coordination",
        files=("content.json",),
    ),
    FixtureStep(
        order=50,
        name="Texte in Leichter Sprache",
        app="coordination",
        files=("easy_language.json",),
    ),
)
