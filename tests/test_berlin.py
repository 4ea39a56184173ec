"""Neukölln beside Berlin: the comparison rows, recomputed from the source files where they are
at hand, their import's refusals, and the profiles that show them."""

import csv
import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from regions.figures import population
from regions.figures.berlin import berlin_comparison
from regions.figures.table import FigureTable
from regions.models import BerlinPopulation, Bezirksregion

SHARED = Path(settings.BASE_DIR).parent / "shared" / "data" / "berlin" / "population"
UNDER_18 = ("inhabitants_age_below_6", "inhabitants_age_6_15", "inhabitants_age_15_18")

pytestmark = pytest.mark.django_db


def _latest():
    return BerlinPopulation.objects.latest("reference_date").reference_date


def _file_rows(day, level):
    half = "01" if day.month == 6 else "02"
    path = SHARED / f"berlin-lor-population-{day:%Y}-{half}-t2-{level}.csv"
    with open(path, encoding="utf-8") as file:
        return {row["id"]: row for row in csv.DictReader(file)}


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_every_compared_value_is_recomputed_from_the_source_files():
    day = _latest()
    city = _file_rows(day, "city")["0"]
    districts = _file_rows(day, "districts")
    regions = _file_rows(day, "district-regions")
    base_regions = _file_rows(datetime.date(2021, 6, 30), "district-regions")

    def share(row, columns):
        return 100 * sum(int(row[c]) for c in columns) / int(row["inhabitants"])

    def change(row, base):
        return 100 * (int(row["inhabitants"]) - int(base["inhabitants"])) / int(base["inhabitants"])

    for region in Bezirksregion.objects.all():
        comparison = berlin_comparison(region.code, "08")
        assert comparison.reference_date == day
        found = {row.measure.key: row for row in comparison.rows}
        row = regions[region.code]
        under_18 = found["under_18"]
        assert under_18.area == pytest.approx(share(row, UNDER_18))
        assert under_18.district == pytest.approx(share(districts["08"], UNDER_18))
        assert under_18.berlin == pytest.approx(share(city, UNDER_18))
        everyone = [share(other, UNDER_18) for other in regions.values()]
        assert under_18.rank == 1 + sum(value > share(row, UNDER_18) for value in everyone)
        assert under_18.peers == len(regions) == 143
        older = found["aged_65_and_over"]
        assert older.area == pytest.approx(share(row, ["inhabitants_age_above_65"]))
        moved = found["change"]
        assert moved.area == pytest.approx(change(row, base_regions[region.code]))
    # The district's row is the sum of its regions' rows in the same file.
    neukoelln = [row for code, row in regions.items() if code.startswith("08")]
    assert sum(int(row["inhabitants"]) for row in neukoelln) == int(districts["08"]["inhabitants"])


def test_a_regions_residents_beside_berlin_are_those_of_its_own_figures():
    """The comparison file and the Neukölln files are one source: on each half-year date the
    region's residents in both agree."""
    table = FigureTable()
    series = dict(table.series(population.POPULATION, "081001"))
    comparison = berlin_comparison("081001", "08")
    assert comparison.series
    for day, area, _district, _berlin in comparison.series:
        assert series[day] == area


def test_the_index_starts_at_100_on_30_june_2021_for_every_line():
    comparison = berlin_comparison("081001", "08")
    for which in ("area", "district", "berlin"):
        points = comparison.index(which)
        assert points[0] == (datetime.date(2021, 6, 30), 100)
        assert len(points) == len(comparison.series) >= 2


def test_the_district_is_ranked_among_the_twelve_districts():
    comparison = berlin_comparison("08", "08")
    residents = {row.measure.key: row for row in comparison.rows}["residents"]
    districts = BerlinPopulation.objects.filter(
        level="bezirk", reference_date=comparison.reference_date
    )
    assert residents.peers == districts.count() == 12
    larger = districts.filter(residents__gt=residents.area).count()
    assert residents.rank == larger + 1
    assert residents.district is None  # the district is not set beside itself


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar"])
def test_profiles_show_the_comparison_in_every_language(client, language):
    prefix = "" if language == "de" else f"/{language}"
    region = client.get(f"{prefix}/bezirksregionen/schillerpromenade/profil/")
    district = client.get(f"{prefix}/bezirksregionen/profil/")
    assert region.status_code == district.status_code == 200
    html = region.content.decode()
    assert 'id="demografie-kennzahlen"' in html and 'id="einwohner-index-title"' in html
    assert 'id="demografie-kennzahlen"' in district.content.decode()
    if language == "de":
        region_rank = berlin_comparison("081001", "08").rows[1].rank
        district_rank = berlin_comparison("08", "08").rows[1].rank
        assert f"{region_rank} von 143" in html
        assert f"{district_rank} von 12" in district.content.decode()


def test_without_the_comparison_rows_the_profile_says_nothing_of_berlin(client):
    BerlinPopulation.objects.all().delete()
    response = client.get("/bezirksregionen/schillerpromenade/profil/")
    assert response.status_code == 200
    assert b"von 143" not in response.content and b"einwohner-index" not in response.content


def test_a_row_with_more_children_than_residents_is_refused_in_german():
    row = BerlinPopulation.objects.filter(level="bezirksregion").first()
    row.under_18 = row.residents + 1
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "Altersgruppe" in str(refused.value)
    row.under_18, row.level = 0, "bezirk"
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "Bezirksregion" in str(refused.value)


def test_the_import_refuses_a_folder_with_a_missing_region_and_changes_nothing(tmp_path):
    before = BerlinPopulation.objects.count()
    lines = [
        "id,inhabitants,inhabitants_age_below_6,inhabitants_age_6_15,"
        "inhabitants_age_15_18,inhabitants_age_above_65"
    ]
    lines += [f"{code:06d},100,5,5,5,20" for code in range(10001, 10143)]  # 142, not 143
    (tmp_path / "berlin-lor-population-2024-02-t2-district-regions.csv").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    with pytest.raises(CommandError) as refused:
        call_command("import_berlin_population", str(tmp_path))
    assert "142 Zeilen, erwartet 143" in str(refused.value)
    assert BerlinPopulation.objects.count() == before
    with pytest.raises(CommandError, match="Kein Ordner"):
        call_command("import_berlin_population", str(tmp_path / "fehlt"))


def test_no_link_on_any_profile_leads_to_an_error(client):
    """No link of a profile answers 4xx or 5xx (the "Kieze in Zahlen" link named one region
    and answered 400 on all 52 profile pages); PDFs not yet built answer 503 by design."""
    import re

    from regions.models import Bezirksregion

    pages = ["/bezirksregionen/profil/"] + [
        f"/bezirksregionen/{slug}/profil/"
        for slug in Bezirksregion.objects.values_list("slug", flat=True)
    ]
    seen, broken = set(), []
    # Every profile in German; in the other languages the same template and the same links
    # with a prefix: one region's in Arabic.
    walked = [*pages, f"/ar{pages[1]}"]
    for page in walked:
        html = client.get(page).content.decode()
        for href in re.findall(r'href="(/[^"#]*)', html):
            href = href.replace("&amp;", "&")
            if href in seen or href.startswith("/static/") or href.endswith((".pdf", ".zip")):
                continue
            seen.add(href)
            status = client.get(href).status_code
            if status >= 400:
                broken.append(f"{page} → {href}: {status}")
    assert len(seen) > 40
    assert broken == []


CRIME = SHARED.parent / "crime"


@pytest.mark.skipif(not CRIME.exists(), reason="../shared/data fehlt (Quelldateien)")
def test_a8_is_recomputed_from_the_crime_atlas_and_the_residents_of_its_year():
    from regions.models import BerlinCrime

    year = BerlinCrime.objects.latest("year").year

    def read(name):
        with open(CRIME / f"berlin-lor-crime-atlas-{year}-00-{name}.csv", encoding="utf-8") as f:
            rows = csv.DictReader(f)
            return {row["id"]: int(row["kieztaten"]) for row in rows if row["id"][2:] != "9900"}

    frequency = read("frequency-numbers-district-regions")
    cases = read("case-numbers-districts")
    residents = _file_rows(datetime.date(year, 12, 31), "districts")
    city = _file_rows(datetime.date(year, 12, 31), "city")["0"]
    regions = frequency
    for region in Bezirksregion.objects.all():
        a8 = berlin_comparison(region.code, "08").crime
        assert a8.area == pytest.approx(regions[region.code] / 1000)
        assert a8.district == pytest.approx(100 * cases["08"] / int(residents["08"]["inhabitants"]))
        assert a8.berlin == pytest.approx(100 * sum(cases.values()) / int(city["inhabitants"]))
        assert a8.peers == len(regions) == 143
        assert a8.rank == 1 + sum(value > regions[region.code] for value in regions.values())
    district = berlin_comparison("08", "08").crime
    rates = {code: 100 * n / int(residents[code]["inhabitants"]) for code, n in cases.items()}
    assert district.rank == 1 + sum(rate > rates["08"] for rate in rates.values())
    assert district.peers == 12


def test_a_districts_frequency_is_refused_because_the_source_gets_it_wrong():
    from regions.models import BerlinCrime

    row = BerlinCrime.objects.filter(level="bezirk").first()
    row.kiez_offences_per_100_000 = 3000
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "leer lassen" in str(refused.value)
    assert not BerlinCrime.objects.filter(area__endswith="9900").exists()


def test_the_shares_over_time_are_those_of_each_half_year_row():
    comparison = berlin_comparison("081001", "08")
    rows = {
        (row.area, row.reference_date): row
        for row in BerlinPopulation.objects.filter(area__in=["081001", "08", "0"])
    }
    assert len(comparison.shares) == len(comparison.series) >= 2
    for day, shares in comparison.shares:
        for key, code in (("area", "081001"), ("district", "08"), ("berlin", "0")):
            row = rows[(code, day)]
            assert shares[key] == pytest.approx(
                (100 * row.under_18 / row.residents, 100 * row.aged_65_and_over / row.residents)
            )


def test_the_profile_shows_the_shares_for_every_half_year(client):
    html = client.get("/bezirksregionen/schillerpromenade/profil/").content.decode()
    table = html[html.index('id="profil-tabelle-anteile"') :]
    table = table[: table.index("</table>")]
    assert table.count('<th scope="row">') == len(berlin_comparison("081001", "08").shares)


def test_a_stored_row_with_no_residents_leaves_a_dash_not_an_error(client):
    """A careless import or edit: residents 0 for Berlin and the district in the crime year."""
    from regions.models import BerlinCrime

    year = BerlinCrime.objects.latest("year").year
    BerlinPopulation.objects.filter(
        area__in=["0", "08"], reference_date=datetime.date(year, 12, 31)
    ).update(residents=0, under_18=0, under_6=0, aged_65_and_over=0)
    for path in ("/bezirksregionen/schillerpromenade/profil/", "/bezirksregionen/profil/"):
        assert client.get(path).status_code == 200
    a8 = berlin_comparison("081001", "08").crime
    assert (a8.district, a8.berlin) == (None, None)
    assert a8.area is not None


def test_no_children_under_6_on_record_leaves_a_dash_for_the_kita_places(client):
    """The newest half-year with no children under 6 for Berlin (a careless edit): the
    profiles answer, Berlin's Kita places per 100 children are a dash."""
    BerlinPopulation.objects.filter(area="0", reference_date=_latest()).update(under_6=0)
    for path in ("/bezirksregionen/schillerpromenade/profil/", "/bezirksregionen/profil/"):
        assert client.get(path).status_code == 200
    kita = berlin_comparison("081001", "08").kita
    assert kita.berlin is None and kita.area is not None
