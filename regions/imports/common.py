"""What the importers of regional data share: the Dataset row a file comes from, and the
Indicator rows its figures are stored under."""

from spk_site.content_version import bump_after_commit

from ..models import Dataset, Indicator, IndicatorRelease, IndicatorValue, Planungsraum


def upsert_dataset(slug, **values):
    dataset, _ = Dataset.objects.update_or_create(slug=slug, defaults=values)
    return dataset


def ensure_indicators(definitions):
    """Creates or updates the Indicator rows for these definitions; returns {key: Indicator}."""
    indicators = {}
    for definition in definitions:
        indicators[definition.key], _ = Indicator.objects.update_or_create(
            key=definition.key,
            defaults={
                "name": definition.name,
                "short_name": definition.short_name,
                "unit": definition.unit,
                "aggregation": definition.aggregation,
                "group": definition.group,
                "definition": definition.definition,
                "order": definition.order,
                "categories": definition.categories,
            },
        )
    return indicators


def record_planungsraum_totals(dataset, reference_date, indicator, totals):
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
            release=release, indicator=indicator, planungsraum_id=planungsraeume[code], value=value
        )
        for code, value in wanted.items()
    )
    bump_after_commit()
    return True
