"""The residents: the counts the Einwohnerregister gives per Planungsraum, and what we compute
from them."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from spk_site import dates

from . import units
from .declarations import AREA, BASE_DATE, Change, Ratio, Snapshot, Stored

POPULATION_GROUP = "Bevölkerung"
POPULATION_DEFINITION = _("Melderechtlich registrierte Personen mit Hauptwohnsitz.")

POPULATION = "einwohner"
FEMALE = "einwohner_weiblich"
MALE = "einwohner_maennlich"
UNDER_6 = "alter_unter_6"
AGE_6_TO_15 = "alter_6_bis_15"
AGE_15_TO_18 = "alter_15_bis_18"
AGE_18_TO_65 = "alter_18_bis_65"
AGE_65_AND_OVER = "alter_65_und_mehr"
FOREIGNERS = "auslaender"
MIGRATION_BACKGROUND = "migrationshintergrund"
AGES = (UNDER_6, AGE_6_TO_15, AGE_15_TO_18, AGE_18_TO_65, AGE_65_AND_OVER)
UNDER_18 = (UNDER_6, AGE_6_TO_15, AGE_15_TO_18)

DENSITY = "dichte"
PER_HECTARE = "einwohner_je_hektar"
SHARE_UNDER_18 = "anteil_unter_18"
SHARE_65_AND_OVER = "anteil_65_und_mehr"
CHANGE = "veraenderung_einwohner"
BASE_POPULATION = f"{POPULATION}_{BASE_DATE:%Y_%m_%d}"


def _count(key, name, short_name, order, *, definition=POPULATION_DEFINITION, **options):
    return Stored(
        key=key,
        name=name,
        short_name=short_name,
        unit=units.PERSONS,
        group=POPULATION_GROUP,
        definition=definition,
        order=order,
        series=True,
        **options,
    )


def _age(key, name, order):
    return _count(key, format_lazy(_("Einwohner {age}"), age=name), name, order)


def _share(key, name, numerator, order, *, core_code, key_figure):
    return Ratio(
        key=key,
        name=name,
        unit=units.PERCENT,
        group=POPULATION_GROUP,
        definition=format_lazy(
            _("{name}: Anteil an allen Einwohnern, in Prozent (berechnet)."), name=name
        ),
        order=order,
        numerator=numerator,
        denominator=(POPULATION,),
        factor=100,
        core_code=core_code,
        key_figure=key_figure,
    )


FIGURES = (
    _count(POPULATION, _("Einwohnerinnen und Einwohner"), _("Einwohner"), 10, key_figure=True),
    Snapshot(
        key=BASE_POPULATION,
        name=format_lazy(
            _("{name} am {date}"),
            name=_("Einwohnerinnen und Einwohner"),
            date=dates.short(BASE_DATE),
        ),
        unit=units.PERSONS,
        group=POPULATION_GROUP,
        definition=POPULATION_DEFINITION,
        order=15,
        of=POPULATION,
    ),
    _count(FEMALE, _("davon weiblich"), _("weiblich"), 20),
    _count(MALE, _("davon männlich"), _("männlich"), 30),
    Ratio(
        key=DENSITY,
        name=_("Einwohnerdichte"),
        unit=units.PER_KM2,
        decimals=0,
        group=POPULATION_GROUP,
        definition=_("Einwohner je Quadratkilometer amtlicher Fläche (berechnet)."),
        order=50,
        numerator=(POPULATION,),
        denominator=(AREA,),
        factor=1_000_000,
        key_figure=True,
    ),
    Ratio(
        key=PER_HECTARE,
        name=_("Einwohner je Hektar"),
        unit=units.PER_HECTARE,
        group=POPULATION_GROUP,
        definition=_("Einwohnerinnen und Einwohner je Hektar amtlicher Fläche (berechnet)."),
        order=55,
        numerator=(POPULATION,),
        denominator=(AREA,),
        factor=10_000,
    ),
    _share(
        SHARE_UNDER_18, _("Anteil unter 18 Jahren"), UNDER_18, 60, core_code="B1", key_figure=False
    ),
    _share(
        SHARE_65_AND_OVER,
        _("Anteil 65 Jahre und älter"),
        (AGE_65_AND_OVER,),
        70,
        core_code="B2",
        key_figure=True,
    ),
    Change(
        key=CHANGE,
        name=format_lazy(
            _("{name} seit {date}"),
            name=_("Veränderung der Einwohnerzahl"),
            date=dates.short(BASE_DATE),
        ),
        unit=units.PERCENT,
        group=POPULATION_GROUP,
        definition=_(
            "Veränderung der Einwohnerzahl vom {base} bis zum {date}, in Prozent (berechnet)."
        ),
        order=80,
        of=POPULATION,
        key_figure=True,
    ),
    _age(UNDER_6, _("unter 6 Jahren"), 100),
    _age(AGE_6_TO_15, _("von 6 bis unter 15 Jahren"), 110),
    _age(AGE_15_TO_18, _("von 15 bis unter 18 Jahren"), 120),
    _age(AGE_18_TO_65, _("von 18 bis unter 65 Jahren"), 130),
    _age(AGE_65_AND_OVER, _("65 Jahre und älter"), 140),
    _count(
        FOREIGNERS,
        _("Ausländerinnen und Ausländer"),
        _("Ausländer"),
        150,
        definition=_("Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit."),
    ),
    _count(
        MIGRATION_BACKGROUND,
        _("Einwohner mit Migrationshintergrund"),
        _("mit Migrationshintergrund"),
        160,
        definition=_(
            "Ausländerinnen und Ausländer und Deutsche mit Migrationshintergrund (eingebürgert, "
            "mit zweiter Staatsangehörigkeit oder Kind zugewanderter Eltern)."
        ),
    ),
)
