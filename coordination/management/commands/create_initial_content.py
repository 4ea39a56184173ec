from django.core.management.base import BaseCommand
from django.db import transaction

from coordination.initial_content import CATEGORIES, FAQ, PAGES, WRITTEN_ON
from coordination.models import FaqCategory, FaqEntry, Page


class Command(BaseCommand):
    help = (
        "Legt die ersten Fragen & Antworten und Inhaltsseiten an, soweit es sie (nach "
        "Kürzel) noch nicht gibt. Überschreibt nie, was die Redaktion bearbeitet hat."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        categories = {}
        for slug, name, order in CATEGORIES:
            categories[slug], _ = FaqCategory.objects.get_or_create(
                slug=slug, defaults={"name": name, "order": order}
            )
        created = 0
        for order, entry in enumerate(FAQ, start=1):
            _, was_created = FaqEntry.objects.get_or_create(
                slug=entry["slug"],
                defaults={
                    "category": categories[entry["category"]],
                    "question": entry["question"],
                    "answer": entry["answer"].strip(),
                    "order": order,
                    "on_start_page": entry.get("on_start_page", False),
                    "checked_on": WRITTEN_ON,
                    "published": True,
                },
            )
            created += was_created
        for page in PAGES:
            _, was_created = Page.objects.get_or_create(
                slug=page["slug"],
                defaults={
                    **page,
                    "body": page["body"].strip(),
                    "open_points": page.get("open_points", "").strip(),
                    "checked_on": WRITTEN_ON,
                    "published": True,
                },
            )
            created += was_created
        self.stdout.write(self.style.SUCCESS(f"{created} Einträge neu angelegt."))
