"""What the importers of regional data share: the Dataset row a file comes from, and the
Indicator rows its figures are stored under."""

from ..models import Dataset, Indicator


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
