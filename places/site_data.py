"""The shipped kinds of places, the places named in the facts file, the official Kita list,
and the registers of green spaces and playgrounds."""

from spk_site.site_data import EVERYTHING, Export, FixtureStep

STEPS = (
    FixtureStep(
        order=70,
        name="Arten der Einrichtungen",
        app="places",
        files=("place_kinds.json",),
    ),
    FixtureStep(
        order=80,
        name="Kitas und Einrichtungen",
        app="places",
        files=("kiez_places.json", "kitas.json"),
        exports=(Export("kitas.json", (("places.Place", {"kita_number__isnull": False}),)),),
        loader="places.imports.load_kita_figures",
    ),
    FixtureStep(
        order=85,
        name="Grünanlagen und Spielplätze",
        app="places",
        files=("green_spaces.json",),
        exports=(Export("green_spaces.json", (("places.GreenSpace", EVERYTHING),)),),
        loader="places.green.load_green_figures",
    ),
)
