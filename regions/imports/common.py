"""What the importers of regional data share: the Dataset row a file comes from, and how a
release of totals per Planungsraum is stored."""

from django.db import transaction

from spk_site.content_version import bump_after_commit
from spk_site.imports.files import ImportReport

from ..models import Dataset, IndicatorRelease, IndicatorValue, Planungsraum


def upsert_dataset(slug, **values):
    dataset, _ = Dataset.objects.update_or_create(slug=slug, defaults=values)
    return dataset


def replace_comparison_rows(model, label, dataset_slug, dataset_values, rows):
    """Replaces every row of one of Berlin's comparison tables with `rows` (the fields of
    each, keys and levels included) under its Dataset row, in one transaction."""
    report = ImportReport()
    with transaction.atomic():
        dataset = upsert_dataset(dataset_slug, **dataset_values)
        model.objects.all().delete()
        model.objects.bulk_create(model(dataset=dataset, **fields) for fields in rows)
        report.created[label] = len(rows)
        bump_after_commit("figures")
    return report


def record_planungsraum_totals(dataset, reference_date, key, totals):
    """Stores totals per Planungsraum code (0 where a code has none: a real zero) as the
    release of `dataset` on `reference_date`, replacing what it held. Returns True when
    anything changed; bulk inserts send no signals, so the change is announced here."""
    planungsraeume = dict(Planungsraum.objects.values_list("code", "pk"))
    wanted = {code: float(round(totals.get(code, 0), 2)) for code in planungsraeume}
    release, created = IndicatorRelease.objects.get_or_create(
        dataset=dataset, reference_date=reference_date
    )
    stored = dict(release.values.values_list("planungsraum__code", "value"))
    if not created and stored == wanted:
        return False
    release.values.all().delete()
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            release=release, indicator=key, planungsraum_id=planungsraeume[code], value=value
        )
        for code, value in wanted.items()
    )
    bump_after_commit("figures")
    return True
