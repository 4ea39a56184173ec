"""Monitoring Soziale Stadtentwicklung 2021 (MSS): index classes and index indicators per
Planungsraum, the values the source publishes per Bezirksregion, and its context indicators."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from . import units
from .declarations import Aggregation, Stored

SOCIAL = "Soziale Lage (MSS 2021)"
CONTEXT = "Kontextindikatoren (MSS 2021)"

MSS_WEIGHT = "mss_einwohner"
STATUS = "mss_status_klasse"
DYNAMIC = "mss_dynamik_klasse"
S1 = "mss_s1_arbeitslosigkeit"
S3 = "mss_s3_transferbezug"
S4 = "mss_s4_kinderarmut"
D1 = "mss_d1_arbeitslosigkeit"
D3 = "mss_d3_transferbezug"
D4 = "mss_d4_kinderarmut"
INDEX_INDICATORS = (S1, S3, S4, D1, D3, D4)

# Stored and downloaded in German; translated where shown (FigureTable.label).
STATUS_CLASSES = {"1": N_("hoch"), "2": N_("mittel"), "3": N_("niedrig"), "4": N_("sehr niedrig")}
DYNAMIC_CLASSES = {"1": N_("positiv"), "2": N_("stabil"), "3": N_("negativ")}


def _share(key, name, definition, order, *, of_all_residents=False, **options):
    """A share or rate. Only a share of all residents may be averaged over areas weighted by
    their residents (checked against the published Bezirksregion values in the tests); for a
    share of a part (children, people of working age, households) that average is wrong."""
    if of_all_residents:
        options.update(aggregation=Aggregation.WEIGHTED_MEAN, weighted_by=MSS_WEIGHT)
    else:
        options.setdefault("aggregation", Aggregation.PUBLISHED_ONLY)
    options.setdefault("unit", units.PERCENT)
    options.setdefault("group", SOCIAL)
    return Stored(
        key=key, name=name, short_name=name, definition=definition, order=order, **options
    )


def _change(key, name, definition, order):
    return _share(key, name, definition, order, unit=units.PERCENTAGE_POINTS)


INDEX_FIGURES = (
    Stored(
        key=MSS_WEIGHT,
        name=_("Einwohnerinnen und Einwohner (Bezugsgröße des MSS 2021)"),
        short_name=_("Einwohner (MSS)"),
        unit=units.PERSONS,
        group=SOCIAL,
        definition=_(
            "Die Einwohnerzahl, auf die sich das Monitoring Soziale Stadtentwicklung 2021 "
            "bezieht; mit ihr gewichten wir Anteile, wenn wir Planungsräume zusammenfassen."
        ),
        order=390,
        comparable=False,
    ),
    Stored(
        key=STATUS,
        name=_("Statusindex (Klasse)"),
        short_name=_("Status"),
        unit=units.CLASS,
        group=SOCIAL,
        definition=_(
            "Soziale Lage des Planungsraums im Vergleich zu Berlin, aus Arbeitslosigkeit, "
            "Transferbezug und Kinderarmut: hoch, mittel, niedrig oder sehr niedrig."
        ),
        order=400,
        aggregation=Aggregation.CLASSES,
        categories=STATUS_CLASSES,
    ),
    Stored(
        key=DYNAMIC,
        name=_("Dynamikindex (Klasse)"),
        short_name=_("Dynamik"),
        unit=units.CLASS,
        group=SOCIAL,
        definition=_(
            "Wie sich die soziale Lage in den zwei Jahren zuvor verändert hat: positiv, "
            "stabil oder negativ."
        ),
        order=410,
        aggregation=Aggregation.CLASSES,
        categories=DYNAMIC_CLASSES,
    ),
    _share(
        S1,
        _("Arbeitslosigkeit"),
        _(
            "Anteil der Arbeitslosen (SGB II und III) an den Einwohnerinnen und Einwohnern von "
            "15 bis unter 65 Jahren."
        ),
        420,
        key_figure=True,
    ),
    _share(
        S3,
        _("Transferbezug"),
        _(
            "Anteil der Empfängerinnen und Empfänger von Transferleistungen (u. a. SGB II, "
            "SGB XII) an den Einwohnerinnen und Einwohnern."
        ),
        430,
        key_figure=True,
        weighting_fails=True,
    ),
    _share(
        S4,
        _("Kinderarmut"),
        _(
            "Anteil der Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II an allen "
            "Kindern unter 15 Jahren."
        ),
        440,
        key_figure=True,
    ),
    _change(
        D1,
        _("Veränderung der Arbeitslosigkeit"),
        _("Veränderung des Anteils der Arbeitslosen in zwei Jahren, in Prozentpunkten."),
        450,
    ),
    _change(
        D3,
        _("Veränderung des Transferbezugs"),
        _("Veränderung des Anteils der Transferbeziehenden in zwei Jahren, in Prozentpunkten."),
        460,
    ),
    _change(
        D4,
        _("Veränderung der Kinderarmut"),
        _(
            "Veränderung des Anteils der Kinder in Bedarfsgemeinschaften in zwei Jahren, in "
            "Prozentpunkten."
        ),
        470,
    ),
)


def _context(key, name, unit=units.PERCENT, **options):
    return (key, name, unit, options)


# The context indicators: (key, name, unit, options). Rates per 100 residents whose
# resident-weighted mean misses the published values are marked weighting_fails.
CONTEXT_INDICATORS = (
    _context("mss_k01_jugendarbeitslosigkeit", N_("Jugendarbeitslosigkeit")),
    _context("mss_k02_alleinerziehende", N_("Alleinerziehende Haushalte")),
    _context("mss_k03_altersarmut", N_("Altersarmut")),
    _context(
        "mss_k04_kinder_migrationshintergrund",
        N_("Kinder und Jugendliche mit Migrationshintergrund"),
    ),
    _context(
        "mss_k05_migrationshintergrund",
        N_("Einwohner mit Migrationshintergrund"),
        of_all_residents=True,
    ),
    _context("mss_k16_auslaender", N_("Ausländerinnen und Ausländer"), of_all_residents=True),
    _context(
        "mss_k06_veraenderung_auslaenderanteil",
        N_("Veränderung des Ausländeranteils"),
        units.PERCENTAGE_POINTS,
    ),
    _context("mss_k17_nicht_eu_auslaender", N_("Nicht-EU-Ausländer")),
    _context("mss_k07_auslaendische_transferbeziehende", N_("Ausländische Transferbeziehende")),
    _context("mss_k09_einfache_wohnlage", N_("Einfache Wohnlage"), of_all_residents=True),
    _context("mss_k10_wohndauer_ueber_5_jahre", N_("Wohndauer über 5 Jahre")),
    _context(
        "mss_k11_wanderungsvolumen",
        N_("Wanderungsvolumen"),
        units.PER_100_RESIDENTS,
        weighting_fails=True,
    ),
    _context(
        "mss_k12_wanderungssaldo",
        N_("Wanderungssaldo"),
        units.PER_100_RESIDENTS,
        weighting_fails=True,
    ),
    _context(
        "mss_k13_wanderungssaldo_kinder",
        N_("Wanderungssaldo von Kindern unter 6 Jahren"),
        units.PER_100,
    ),
)
SHARES_OF_ALL_RESIDENTS = tuple(
    key for key, _name, _unit, options in CONTEXT_INDICATORS if options.get("of_all_residents")
)

CONTEXT_FIGURES = tuple(
    _share(
        key,
        _(name),
        format_lazy(
            _("Kontextindikator des Monitorings Soziale Stadtentwicklung 2021: {name} ({unit})."),
            name=_(name),
            unit=_(unit.label),
        ),
        600 + 10 * number,
        group=CONTEXT,
        unit=unit,
        **options,
    )
    for number, (key, name, unit, options) in enumerate(CONTEXT_INDICATORS)
)

FIGURES = INDEX_FIGURES + CONTEXT_FIGURES
