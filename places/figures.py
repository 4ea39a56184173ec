"""The figures `places` contributes to the comparison (registered in PlacesConfig.ready()):
approved Kita places per Planungsraum from the official Kita list, and the areas of public
green spaces and playgrounds from Berlin's registers (Kernindikatoren A4 and A5), each also
per the children or residents who live there."""

from django.utils.translation import gettext_lazy as _

from regions.figures import units
from regions.figures.declarations import Ratio, Reference, Stored
from regions.figures.population import POPULATION, UNDER_6

INFRASTRUCTURE = "Soziale Infrastruktur"
GREEN = "Grüne Infrastruktur"

KITA_LIST = "kitas-berlin"  # the Dataset of the official Kita list
KITA_PLACES = "kita_plaetze"
KITA_RATIO = "kita_plaetze_je_100_kinder"
GREEN_AREA = "gruenflaeche"
PLAY_AREA = "spielflaeche_netto"
GREEN_PER_RESIDENT = "gruenflaeche_je_einwohner"
PLAY_PER_RESIDENT = "spielflaeche_je_einwohner"

# Berlin's reference values (../shared/data/README.md): public green near home counts as
# sufficient from 6 m² per resident (measured by walking distance, not inside an area as
# ours); 1 m² of net public play area per resident is what the law asks.
GREEN_REFERENCE = Reference(6.0, _("Umweltatlas Berlin, wohnungsnahe öffentliche Grünanlagen"))
PLAY_REFERENCE = Reference(1.0, _("Kinderspielplatzgesetz Berlin, § 4 Abs. 1"))

FIGURES = (
    Ratio(
        key=KITA_RATIO,
        name=_("Kita-Plätze je 100 Kinder unter 6 Jahren"),
        unit=units.PER_100_CHILDREN,
        group=INFRASTRUCTURE,
        definition=_(
            "Genehmigte Kita-Plätze (Kitaliste, Stand {date}) je 100 Kinder unter 6 Jahren "
            "(Einwohner, Stand {base}), berechnet: Summe der Plätze durch Summe der Kinder, nie "
            "ein Mittel der Quoten."
        ),
        order=90,
        numerator=(KITA_PLACES,),
        denominator=(UNDER_6,),
        factor=100,
        key_figure=True,
    ),
    Stored(
        key=KITA_PLACES,
        name=_("Kita-Plätze"),
        short_name=_("Kita-Plätze"),
        unit=units.PLACES,
        group=INFRASTRUCTURE,
        definition=_("Genehmigte Plätze aller Kitas im Gebiet laut amtlicher Kitaliste."),
        order=300,
    ),
    Stored(
        key=GREEN_AREA,
        name=_("Öffentliche Grünanlagen"),
        short_name=_("Grünanlagen"),
        unit=units.SQUARE_METRES,
        group=GREEN,
        definition=_(
            "Fläche der öffentlichen Grünanlagen im Gebiet laut Grünanlagenbestand Berlin "
            "(Kataster), ohne Anlagen mit Eintritt wie den Britzer Garten."
        ),
        order=320,
    ),
    Stored(
        key=PLAY_AREA,
        name=_("Nettospielfläche öffentlicher Spielplätze"),
        short_name=_("Spielfläche"),
        unit=units.SQUARE_METRES,
        group=GREEN,
        definition=_(
            "Nettospielfläche der öffentlichen Spielplätze im Gebiet laut Spielplatzbestand Berlin."
        ),
        order=330,
    ),
    Ratio(
        key=GREEN_PER_RESIDENT,
        name=_("Grünanlagen je Einwohner"),
        unit=units.M2_PER_RESIDENT,
        group=GREEN,
        definition=_(
            "Öffentliche Grünanlagen (Stand {date}) in m² je Einwohnerin und Einwohner (Stand "
            "{base}), berechnet: Summe der Flächen durch Summe der Einwohner."
        ),
        order=340,
        numerator=(GREEN_AREA,),
        denominator=(POPULATION,),
        core_code="A4",
        reference=GREEN_REFERENCE,
    ),
    Ratio(
        key=PLAY_PER_RESIDENT,
        name=_("Nettospielfläche je Einwohner"),
        unit=units.M2_PER_RESIDENT,
        decimals=2,
        group=GREEN,
        definition=_(
            "Nettospielfläche öffentlicher Spielplätze (Stand {date}) in m² je Einwohnerin und "
            "Einwohner (Stand {base}), berechnet: Summe der Flächen durch Summe der Einwohner."
        ),
        order=350,
        numerator=(PLAY_AREA,),
        denominator=(POPULATION,),
        core_code="A5",
        reference=PLAY_REFERENCE,
    ),
)
