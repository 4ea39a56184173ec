"""The stored figures (indicator values) in a compact fixture of our own, loaded in bulk.

Django's loaddata saves the 5,000 values one by one (seconds on PostgreSQL, for every test
database and every `make run`); this CSV names each value by its release (dataset and date),
indicator and area, and is written back in one bulk insert."""

import csv
import datetime

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports import DataImportError
from spk_site.imports.files import parse_float, read_csv

from ..figures import FIGURES
from ..models import Bezirksregion, IndicatorRelease, IndicatorValue, Planungsraum

COLUMNS = ["datensatz", "stichtag", "indikator", "planungsraum", "bezirksregion", "wert"]


def export_values(path):
    """Writes every stored value; returns their number."""
    rows = IndicatorValue.objects.order_by(
        "release__dataset__slug",
        "release__reference_date",
        "indicator",
        "planungsraum__code",
        "bezirksregion__code",
    ).values_list(
        "release__dataset__slug",
        "release__reference_date",
        "indicator",
        "planungsraum__code",
        "bezirksregion__code",
        "value",
    )
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(COLUMNS)
        for dataset, date, key, plr, bzr, value in rows:
            writer.writerow(
                [
                    dataset,
                    date.isoformat(),
                    key,
                    plr or "",
                    bzr or "",
                    "" if value is None else repr(value),
                ]
            )
            count += 1
    return count


def load_values(path):
    """Adds the file's values to the releases, indicators and areas already loaded."""
    releases = {
        (slug, date): pk
        for pk, slug, date in IndicatorRelease.objects.values_list(
            "pk", "dataset__slug", "reference_date"
        )
    }
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    bezirksregionen = dict(Bezirksregion.objects.values_list("code", "pk"))
    values = []
    for line, row in read_csv(path, COLUMNS, delimiter=";"):
        try:
            release = releases[(row["datensatz"], datetime.date.fromisoformat(row["stichtag"]))]
            indicator = row["indikator"]
            if indicator not in FIGURES:
                raise KeyError(indicator)
            plr = planungsraeume[row["planungsraum"]] if row["planungsraum"] else None
            bzr = bezirksregionen[row["bezirksregion"]] if row["bezirksregion"] else None
        except (KeyError, ValueError) as error:
            raise DataImportError(path, f"Unbekannter Bezug {error}.", line=line) from None
        value = parse_float(path, line, "wert", row["wert"])
        values.append(
            IndicatorValue(
                release_id=release,
                indicator=indicator,
                planungsraum_id=plr,
                bezirksregion_id=bzr,
                value=value,
            )
        )
    with transaction.atomic():
        IndicatorValue.objects.bulk_create(values, batch_size=2000)
        bump_after_commit("figures")  # bulk inserts send no signals
    return len(values)
