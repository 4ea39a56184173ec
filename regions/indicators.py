"""What our figures mean: the indicators we import, with name, unit, definition and how a
Bezirksregion's or the district's value may be computed from its Planungsräume."""

from dataclasses import dataclass, field

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

SUM = "sum"
WEIGHTED_MEAN = "weighted_mean"  # only for shares of all residents
PUBLISHED_ONLY = "published"  # shares of a part of the residents: no average is right
NONE = "none"

POPULATION_KEY = "einwohner"
MSS_STATUS_KEY = "mss_status_klasse"


@dataclass(frozen=True)
class IndicatorDefinition:
    key: str
    name: str
    short_name: str
    unit: str
    aggregation: str
    group: str
    definition: str
    order: int
    categories: dict = field(default_factory=dict)
    key_figure: bool = False  # shown on region pages and offered for comparison first
    # A share of all residents whose average, weighted by residents, does not give the values
    # the source publishes for the Bezirksregionen (checked in the tests): not averaged either.
    weighting_fails: bool = False


POPULATION_GROUP = "Bevölkerung"
SOCIAL = "Soziale Lage (MSS 2021)"
CONTEXT = "Kontextindikatoren (MSS 2021)"
INFRASTRUCTURE = "Soziale Infrastruktur"
KITA_PLACES_KEY = "kita_plaetze"

# Approved places of all Kitas in a Planungsraum (from the official Kita list); the figure that
# matters, places per 100 children under 6, is derived from it (regions.comparison).
KITA_INDICATORS = [
    IndicatorDefinition(
        KITA_PLACES_KEY,
        _("Kita-Plätze"),
        _("Kita-Plätze"),
        N_("Plätze"),
        SUM,
        INFRASTRUCTURE,
        _("Genehmigte Plätze aller Kitas im Gebiet laut amtlicher Kitaliste."),
        30,
    )
]

POPULATION_DEFINITION = _("Melderechtlich registrierte Personen mit Hauptwohnsitz.")


def _age(key, name, order):
    return IndicatorDefinition(
        key,
        format_lazy(_("Einwohner {age}"), age=name),
        name,
        "Personen",
        SUM,
        POPULATION_GROUP,
        POPULATION_DEFINITION,
        order,
    )


POPULATION_INDICATORS = [
    IndicatorDefinition(
        POPULATION_KEY,
        _("Einwohnerinnen und Einwohner"),
        _("Einwohner"),
        "Personen",
        SUM,
        POPULATION_GROUP,
        POPULATION_DEFINITION,
        1,
        key_figure=True,
    ),
    IndicatorDefinition(
        "einwohner_weiblich",
        _("davon weiblich"),
        _("weiblich"),
        "Personen",
        SUM,
        POPULATION_GROUP,
        POPULATION_DEFINITION,
        2,
    ),  # fmt: skip
    IndicatorDefinition(
        "einwohner_maennlich",
        _("davon männlich"),
        _("männlich"),
        "Personen",
        SUM,
        POPULATION_GROUP,
        POPULATION_DEFINITION,
        3,
    ),  # fmt: skip
    _age("alter_unter_6", _("unter 6 Jahren"), 10),
    _age("alter_6_bis_15", _("von 6 bis unter 15 Jahren"), 11),
    _age("alter_15_bis_18", _("von 15 bis unter 18 Jahren"), 12),
    _age("alter_18_bis_65", _("von 18 bis unter 65 Jahren"), 13),
    _age("alter_65_und_mehr", _("65 Jahre und älter"), 14),
    IndicatorDefinition(
        "auslaender",
        _("Ausländerinnen und Ausländer"),
        _("Ausländer"),
        "Personen",
        SUM,
        POPULATION_GROUP,
        _("Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit."),
        15,
    ),
    # fmt: off
    IndicatorDefinition(
        "migrationshintergrund",
        _("Einwohner mit Migrationshintergrund"),
        _("mit Migrationshintergrund"),
        "Personen",
        SUM,
        POPULATION_GROUP,
        _(
            "Ausländerinnen und Ausländer und Deutsche mit Migrationshintergrund (eingebürgert, "
            "mit zweiter Staatsangehörigkeit oder Kind zugewanderter Eltern)."
        ),
        16,
    ),
    # fmt: on
]
GREEN = "Grüne Infrastruktur"
GREEN_AREA_KEY = "gruenflaeche"
PLAY_AREA_KEY = "spielflaeche_netto"
# Core indicators A4, A5 of Berlin's profiles as areas (per resident: regions.comparison).
# fmt: off
GREEN_INDICATORS = [
    IndicatorDefinition(
        GREEN_AREA_KEY, _("Öffentliche Grünanlagen"), _("Grünanlagen"), "m²", SUM, GREEN,
        _("Fläche der öffentlichen Grünanlagen im Gebiet laut Grünanlagenbestand Berlin "
          "(Kataster), ohne Anlagen mit Eintritt wie den Britzer Garten."), 32,
    ),
    IndicatorDefinition(
        PLAY_AREA_KEY, _("Nettospielfläche öffentlicher Spielplätze"), _("Spielfläche"), "m²",
        SUM, GREEN,
        _("Nettospielfläche der öffentlichen Spielplätze im Gebiet laut Spielplatzbestand "
          "Berlin."), 33,
    ),
]
# fmt: on


def _share(
    key,
    name,
    short,
    definition,
    order,
    group=SOCIAL,
    unit="%",
    key_figure=False,
    of_all_residents=False,
    weighting_fails=False,
):
    """A share or rate. Only a share of all residents may be averaged over areas weighted by
    their residents (checked against the published Bezirksregion values in the tests); for a
    share of a part (children, people of working age, households) that average is wrong."""
    aggregation = WEIGHTED_MEAN if of_all_residents else PUBLISHED_ONLY
    return IndicatorDefinition(
        key, name, short, unit, aggregation, group, definition, order, key_figure=key_figure,
        weighting_fails=weighting_fails,
    )  # fmt: skip


# Stored and downloaded in German; translated where shown (regions.comparison.FigureTable.label).
STATUS_CLASSES = {"1": N_("hoch"), "2": N_("mittel"), "3": N_("niedrig"), "4": N_("sehr niedrig")}
DYNAMIC_CLASSES = {"1": N_("positiv"), "2": N_("stabil"), "3": N_("negativ")}

MSS_WEIGHT = "mss_einwohner"

MSS_INDICATORS = [
    IndicatorDefinition(
        MSS_WEIGHT,
        _("Einwohnerinnen und Einwohner (Bezugsgröße des MSS 2021)"),
        _("Einwohner (MSS)"),
        "Personen",
        SUM,
        SOCIAL,
        _(
            "Die Einwohnerzahl, auf die sich das Monitoring Soziale Stadtentwicklung 2021 "
            "bezieht; mit ihr gewichten wir Anteile, wenn wir Planungsräume zusammenfassen."
        ),
        39,
    ),
    IndicatorDefinition(
        MSS_STATUS_KEY,
        _("Statusindex (Klasse)"),
        _("Status"),
        "Klasse",
        NONE,
        SOCIAL,
        _(
            "Soziale Lage des Planungsraums im Vergleich zu Berlin, aus Arbeitslosigkeit, "
            "Transferbezug und Kinderarmut: hoch, mittel, niedrig oder sehr niedrig."
        ),
        40,
        categories=STATUS_CLASSES,
    ),
    IndicatorDefinition(
        "mss_dynamik_klasse",
        _("Dynamikindex (Klasse)"),
        _("Dynamik"),
        "Klasse",
        NONE,
        SOCIAL,
        _(
            "Wie sich die soziale Lage in den zwei Jahren zuvor verändert hat: positiv, "
            "stabil oder negativ."
        ),
        41,
        categories=DYNAMIC_CLASSES,
    ),
    _share(
        "mss_s1_arbeitslosigkeit",
        _("Arbeitslosigkeit"),
        _("Arbeitslose"),
        _(
            "Anteil der Arbeitslosen (SGB II und III) an den Einwohnerinnen und Einwohnern von "
            "15 bis unter 65 Jahren."
        ),
        42,
        key_figure=True,
    ),
    _share(
        "mss_s3_transferbezug",
        _("Transferbezug"),
        _("Transferbezug"),
        _(
            "Anteil der Empfängerinnen und Empfänger von Transferleistungen (u. a. SGB II, "
            "SGB XII) an den Einwohnerinnen und Einwohnern."
        ),
        43,
        key_figure=True,
        weighting_fails=True,
    ),
    _share(
        "mss_s4_kinderarmut",
        _("Kinderarmut"),
        _("Kinderarmut"),
        _(
            "Anteil der Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II an allen "
            "Kindern unter 15 Jahren."
        ),
        44,
        key_figure=True,
    ),
    _share(
        "mss_d1_arbeitslosigkeit",
        _("Veränderung der Arbeitslosigkeit"),
        _("Δ Arbeitslose"),
        _("Veränderung des Anteils der Arbeitslosen in zwei Jahren, in Prozentpunkten."),
        45,
        unit=N_("Prozentpunkte"),
    ),
    _share(
        "mss_d3_transferbezug",
        _("Veränderung des Transferbezugs"),
        _("Δ Transferbezug"),
        _("Veränderung des Anteils der Transferbeziehenden in zwei Jahren, in Prozentpunkten."),
        46,
        unit=N_("Prozentpunkte"),
    ),
    _share(
        "mss_d4_kinderarmut",
        _("Veränderung der Kinderarmut"),
        _("Δ Kinderarmut"),
        _(
            "Veränderung des Anteils der Kinder in Bedarfsgemeinschaften in zwei Jahren, in "
            "Prozentpunkten."
        ),
        47,
        unit=N_("Prozentpunkte"),
    ),
]

# MSS context indicators: (column, key, name, unit). Shares of all residents: see below.
MSS_CONTEXT = [  # the names are translated below (_(name) in the loop)
    ("k01_youth_unemployment", "mss_k01_jugendarbeitslosigkeit", N_("Jugendarbeitslosigkeit"), "%"),
    (
        "k02_single_parent_households",
        "mss_k02_alleinerziehende",
        N_("Alleinerziehende Haushalte"),
        "%",
    ),
    ("k03_old_age_poverty", "mss_k03_altersarmut", N_("Altersarmut"), "%"),
    (
        "k04_children_with_migration_background",
        "mss_k04_kinder_migrationshintergrund",
        N_("Kinder und Jugendliche mit Migrationshintergrund"),
        "%",
    ),
    (
        "k05_inhabitants_with_migration_background",
        "mss_k05_migrationshintergrund",
        N_("Einwohner mit Migrationshintergrund"),
        "%",
    ),
    ("k16_foreigners", "mss_k16_auslaender", N_("Ausländerinnen und Ausländer"), "%"),
    (
        "k06_change_proportion_of_foreigner",
        "mss_k06_veraenderung_auslaenderanteil",
        N_("Veränderung des Ausländeranteils"),
        N_("Prozentpunkte"),
    ),
    ("k17_non_eu_foreigners", "mss_k17_nicht_eu_auslaender", N_("Nicht-EU-Ausländer"), "%"),
    (
        "k07_foreign_transfer_recipients",
        "mss_k07_auslaendische_transferbeziehende",
        N_("Ausländische Transferbeziehende"),
        "%",
    ),
    ("k09_simple_residential_area", "mss_k09_einfache_wohnlage", N_("Einfache Wohnlage"), "%"),
    (
        "k10_duration_of_residence_over_5_years",
        "mss_k10_wohndauer_ueber_5_jahre",
        N_("Wohndauer über 5 Jahre"),
        "%",
    ),
    (
        "k11_migration_volume",
        "mss_k11_wanderungsvolumen",
        N_("Wanderungsvolumen"),
        N_("je 100 Einw."),
    ),
    (
        "k12_balance_of_migration",
        "mss_k12_wanderungssaldo",
        N_("Wanderungssaldo"),
        N_("je 100 Einw."),
    ),
    (
        "k13_balance_of_migration_of_children_below_6",
        "mss_k13_wanderungssaldo_kinder",
        N_("Wanderungssaldo von Kindern unter 6 Jahren"),
        N_("je 100"),
    ),
]
# Rates per 100 residents whose resident-weighted average misses the published values.
WEIGHTING_FAILS = {"mss_k11_wanderungsvolumen", "mss_k12_wanderungssaldo"}
SHARES_OF_ALL_RESIDENTS = {
    "mss_k05_migrationshintergrund",
    "mss_k16_auslaender",
    "mss_k09_einfache_wohnlage",
}
for number, (_column, key, name, unit) in enumerate(MSS_CONTEXT):
    MSS_INDICATORS.append(
        _share(
            key,
            _(name),
            _(name),
            format_lazy(
                _(
                    "Kontextindikator des Monitorings Soziale Stadtentwicklung 2021: "
                    "{name} ({unit})."
                ),
                name=_(name),
                unit=unit,
            ),
            60 + number,
            group=CONTEXT,
            unit=unit,
            of_all_residents=key in SHARES_OF_ALL_RESIDENTS,
            weighting_fails=key in WEIGHTING_FAILS,
        )
    )

MSS_COLUMNS = {
    "mss_s1_arbeitslosigkeit": "s1_percentage_unemployed",
    "mss_s3_transferbezug": "s3_percentage_transfer_payments_recipients",
    "mss_s4_kinderarmut": "s4_percentage_transfer_payments_recipients_below_15_years",
    "mss_d1_arbeitslosigkeit": "d1_percentage_unemployed",
    "mss_d3_transferbezug": "d3_percentage_transfer_payments_recipients",
    "mss_d4_kinderarmut": "d4_percentage_transfer_payments_recipients_below_15_years",
    **{key: column for column, key, _name, _unit in MSS_CONTEXT},
}

ALL = {
    definition.key: definition
    for definition in POPULATION_INDICATORS + MSS_INDICATORS + KITA_INDICATORS + GREEN_INDICATORS
}
