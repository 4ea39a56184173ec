import json

import pytest
from django.core.management import CommandError, call_command

from coordination.models import Office
from places.models import GreenSpace, Place
from regions.geometry import to_geos
from regions.imports.lor import import_lor
from regions.models import (
    ActionArea,
    Address,
    Bezirksregion,
    GiFocusArea,
    IndicatorValue,
    Planungsraum,
    Prognoseraum,
)
from spk_site.imports import DataImportError

from . import shipped
from .lor_files import write_layer, write_lor_files

pytestmark = pytest.mark.django_db


def test_shipped_fixtures_hold_neukoellns_lor_geography():
    assert Prognoseraum.objects.count() == 4
    assert Bezirksregion.objects.count() == 12
    assert Planungsraum.objects.count() == 46
    assert sorted(ActionArea.objects.values_list("bezirksregion__code", flat=True)) == [
        "081001",
        "081002",
        "081003",
        "083010",
    ]
    assert sorted(GiFocusArea.objects.values_list("prognoseraum__code", flat=True)) == [
        "0810",
        "0830",
    ]


def test_district_population_is_the_fixtures_and_each_region_sums_its_planungsraeume():
    regions = Bezirksregion.objects.with_population()
    assert sum(region.population for region in regions) == shipped.district_population()
    for region in regions:
        parts = region.planungsraeume.with_population()
        assert region.population == sum(area.population for area in parts)


def test_every_stored_area_is_a_valid_polygon_in_wgs84_inside_berlin():
    for model in (Prognoseraum, Bezirksregion, Planungsraum):
        for area in model.objects.all():
            shape = to_geos(area.geometry)
            assert shape.valid and shape.geom_type in {"Polygon", "MultiPolygon"}
            xmin, ymin, xmax, ymax = shape.extent
            assert 13.3 < xmin < xmax < 13.6 and 52.3 < ymin < ymax < 52.5


def test_import_into_an_empty_database_creates_every_area(tmp_path):
    files = write_lor_files(tmp_path)
    IndicatorValue.objects.all().delete()
    Address.objects.all().delete()
    Office.objects.all().delete()  # offices point at action areas
    Place.objects.all().delete()  # places point at Planungsräume
    GreenSpace.objects.all().delete()  # so do green spaces
    ActionArea.objects.all().delete()
    GiFocusArea.objects.all().delete()
    Planungsraum.objects.all().delete()
    Bezirksregion.objects.all().delete()
    Prognoseraum.objects.all().delete()

    report = import_lor(**files)

    assert report.created == {"Prognoseräume": 4, "Bezirksregionen": 12, "Planungsräume": 46}
    assert Planungsraum.objects.get(code="08100101").bezirksregion.code == "081001"
    assert Bezirksregion.objects.get(code="081002").slug == "neukoellner-mitte-zentrum"


def test_import_is_idempotent(tmp_path):
    files = write_lor_files(tmp_path)
    before = {area.code: area.geometry for area in Planungsraum.objects.all()}

    first = import_lor(**files)
    second = import_lor(**files)

    assert first.created == {} and second.created == {}
    assert second.updated == {"Prognoseräume": 4, "Bezirksregionen": 12, "Planungsräume": 46}
    after = {area.code: area.geometry for area in Planungsraum.objects.all()}
    assert after == before


def test_import_reads_etrs89_utm33_and_stores_wgs84(tmp_path):
    files = write_lor_files(tmp_path, srid=25833)
    original = to_geos(Planungsraum.objects.get(code="08100101").geometry)
    assert (
        json.loads(files["planungsraeume"].read_text())["features"][0]["geometry"]["coordinates"][
            0
        ][0][0]
        > 380_000
    )  # metres, not degrees

    import_lor(**files)

    stored = to_geos(Planungsraum.objects.get(code="08100101").geometry)
    assert stored.equals_exact(original, tolerance=1e-6)


def test_command_imports_and_reports(tmp_path, capsys):
    files = write_lor_files(tmp_path)
    call_command("import_lor", *[f"--{name}={path}" for name, path in files.items()])
    assert "46 aktualisiert" in capsys.readouterr().out


def refuse(files, expected_message):
    names = dict(Planungsraum.objects.values_list("code", "name"))
    with pytest.raises(DataImportError) as refusal:
        import_lor(**files)
    assert expected_message in str(refusal.value)
    # Nothing was written: the renamed first area still has its old name.
    assert dict(Planungsraum.objects.values_list("code", "name")) == names
    return refusal.value


def renamed_files(tmp_path):
    return write_lor_files(tmp_path, rename={"08100101": "Umbenannt"})


def edit_feature(code, change):
    def edit(collection):
        for feature in collection["features"]:
            if feature["properties"]["plr_id"] == code:
                change(feature)

    return edit


def test_import_refuses_an_unknown_code(tmp_path):
    files = renamed_files(tmp_path)
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=edit_feature("08100105", lambda f: f["properties"].update(plr_id="08100199")),
    )
    error = refuse(files, "Unbekannter Planungsraum-Schlüssel 08100199")
    assert error.path == "plr.geojson" and error.field == "plr_id"


def test_import_refuses_a_code_outside_neukoelln(tmp_path):
    files = renamed_files(tmp_path)
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=edit_feature("08100105", lambda f: f["properties"].update(plr_id="01100105")),
    )
    refuse(files, "gehört nicht zu Neukölln")


def test_import_refuses_an_invalid_geometry(tmp_path):
    files = renamed_files(tmp_path)
    bowtie = {
        "type": "Polygon",
        "coordinates": [
            [[13.43, 52.47], [13.44, 52.48], [13.44, 52.47], [13.43, 52.48], [13.43, 52.47]]
        ],
    }
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=edit_feature("08100105", lambda f: f.update(geometry=bowtie)),
    )
    error = refuse(files, "ungültig")
    assert error.field == "geometry" and error.feature == "5 (08100105)"


def test_import_refuses_an_empty_geometry(tmp_path):
    files = renamed_files(tmp_path)
    empty = {"type": "Polygon", "coordinates": []}
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=edit_feature("08100105", lambda f: f.update(geometry=empty)),
    )
    refuse(files, "leer")


def test_import_refuses_an_unsupported_crs(tmp_path):
    files = renamed_files(tmp_path)
    web_mercator = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=lambda collection: collection.update(crs=web_mercator),
    )
    refuse(files, "Koordinatensystem „urn:ogc:def:crs:EPSG::3857“ wird nicht unterstützt")


def test_import_refuses_metres_declared_as_degrees(tmp_path):
    files = renamed_files(tmp_path)
    write_layer(
        files["planungsraeume"], Planungsraum, "plr_id", srid=25833, extra=lambda c: c.pop("crs")
    )
    refuse(files, "nicht in Berlin")


def test_import_refuses_a_planungsraum_outside_its_bezirksregion(tmp_path):
    files = renamed_files(tmp_path)
    elsewhere = Planungsraum.objects.get(code="08401241").geometry  # far south, in Buckow
    write_layer(
        files["planungsraeume"],
        Planungsraum,
        "plr_id",
        extra=edit_feature("08100105", lambda f: f.update(geometry=elsewhere)),
    )
    refuse(files, "Planungsraum 08100105 liegt zu 100% außerhalb")


def test_import_refuses_a_missing_area(tmp_path):
    files = renamed_files(tmp_path)

    def drop_last(collection):
        collection["features"].pop()

    write_layer(files["planungsraeume"], Planungsraum, "plr_id", extra=drop_last)
    refuse(files, "Es fehlen Flächen für: 08401246")


def test_import_refuses_a_key_table_without_its_columns(tmp_path):
    files = renamed_files(tmp_path)
    files["schluessel"].write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataImportError, match="Zeile 1: Spalten fehlen: Planungsraum"):
        import_lor(**files)


def test_command_says_why_and_that_nothing_changed(tmp_path):
    files = renamed_files(tmp_path)
    files["planungsraeume"].write_text("{kaputt", encoding="utf-8")
    with pytest.raises(
        CommandError, match="nichts geändert. plr.geojson, Zeile 1: Kein gültiges JSON"
    ):
        call_command("import_lor", *[f"--{name}={path}" for name, path in files.items()])
