"""Figures are declared once: a computed figure is one declaration that the table, the CSV,
its CSVW metadata and the pages read; stored values exist only for declared figures."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError

from regions.figures import FIGURES, units
from regions.figures.declarations import Figure, Ratio, Registry
from regions.figures.population import DENSITY, PER_HECTARE, POPULATION
from regions.figures.table import FigureTable
from regions.models import IndicatorRelease, IndicatorValue, Planungsraum

pytestmark = pytest.mark.django_db


def test_residents_per_hectare_declared_once_is_in_the_table_the_csv_and_its_metadata(client):
    table = FigureTable()
    for code in table.areas:
        residents = table.value(POPULATION, code).value
        area_m2 = sum(area.area_m2 for area in table.parts(code))
        assert table.value(PER_HECTARE, code).value == pytest.approx(residents / area_m2 * 10_000)
        assert table.value(PER_HECTARE, code).value == pytest.approx(
            table.value(DENSITY, code).value / 100
        )
    body = client.get("/kieze-in-zahlen/bezirksregionen.csv").content.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(body), delimiter=";"))
    assert PER_HECTARE in header
    metadata = client.get("/kieze-in-zahlen/bezirksregionen.csv-metadata.json").json()
    column = next(c for c in metadata["tableSchema"]["columns"] if c["name"] == PER_HECTARE)
    assert column["titles"]["de"] == "Einwohner je Hektar"
    assert column["schema:unitText"] == "Einw. je ha"
    page = client.get("/kieze-in-zahlen/").content.decode()
    assert "Einwohner je Hektar" in page


def test_a_value_of_an_undeclared_figure_is_refused():
    release = IndicatorRelease.objects.first()
    value = IndicatorValue(
        release=release,
        indicator="erfundene_kennzahl",
        planungsraum=Planungsraum.objects.first(),
        value=1,
    )
    with pytest.raises(ValidationError, match="keine erklärte Kennzahl"):
        value.full_clean()


def test_two_figures_may_not_share_a_key_or_a_place_in_the_order():
    registry = Registry()
    first = Figure(key="a", name="A", unit=units.PERCENT, group="G", definition="", order=1)
    registry.register(first)
    with pytest.raises(ValueError, match="declared twice"):
        registry.register(
            Figure(key="a", name="B", unit=units.PERCENT, group="G", definition="", order=2)
        )
    with pytest.raises(ValueError, match="place in the order"):
        registry.register(
            Figure(key="b", name="B", unit=units.PERCENT, group="G", definition="", order=1)
        )


def test_the_level_of_an_area_comes_from_the_model_not_from_the_length_of_its_code():
    table = FigureTable()
    for area in Planungsraum.objects.select_related("bezirksregion"):
        assert table.areas[area.code].level == Planungsraum.level
        assert table.areas[area.bezirksregion.code].level == type(area.bezirksregion).level
    assert table.parts("0") == []  # an unknown code is no area, whatever its length


def test_every_ratio_reads_only_declared_inputs():
    for figure in FIGURES.ordered():
        if isinstance(figure, Ratio):
            for key in figure.inputs():
                assert key == "flaeche_m2" or key in FIGURES, (figure.key, key)
