from django.core.management.base import BaseCommand
from django.db import transaction

from coordination.initial_content import CATEGORIES, EASY_LANGUAGE, FAQ, PAGES, WRITTEN_ON
from coordination.initial_translations import CATEGORY_NAMES
from coordination.initial_translations import FAQ as FAQ_TRANSLATIONS
from coordination.models import EasyLanguageText, FaqCategory, FaqEntry, Page
from coordination.places import seed_places


class Command(BaseCommand):
    help = (
        "Legt die ersten Fragen & Antworten und Inhaltsseiten an, soweit es sie (nach "
        "Kürzel) noch nicht gibt. Überschreibt nie, was die Redaktion bearbeitet hat."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        categories = {}
        for slug, name, order in CATEGORIES:
            translated = {
                f"name_{language}": text for language, text in CATEGORY_NAMES[slug].items()
            }
            categories[slug], _ = FaqCategory.objects.get_or_create(
                slug=slug, defaults={"name_de": name, "order": order, **translated}
            )
        created = 0
        for order, entry in enumerate(FAQ, start=1):
            _, was_created = FaqEntry.objects.get_or_create(
                slug=entry["slug"],
                defaults={
                    "category": categories[entry["category"]],
                    "question_de": entry["question"],
                    "answer_de": entry["answer"].strip(),
                    **{
                        f"{field}_{language}": text.strip()
                        for language, texts in FAQ_TRANSLATIONS[entry["slug"]].items()
                        for field, text in zip(("question", "answer"), texts, strict=True)
                    },
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
                    "title_de": page["title"],
                    "summary_de": page["summary"],
                    "slug": page["slug"],
                    "is_draft": page["is_draft"],
                    "body_de": page["body"].strip(),
                    "open_points": page.get("open_points", "").strip(),
                    "checked_on": WRITTEN_ON,
                    "published": True,
                },
            )
            created += was_created
        for order, text in enumerate(EASY_LANGUAGE, start=1):
            _, was_created = EasyLanguageText.objects.get_or_create(
                slug=text["slug"],
                defaults={
                    **text,
                    "body": text["body"].strip(),
                    "order": order,
                    "checked_on": WRITTEN_ON,
                    "published": True,
                },
            )
            created += was_created
        created += seed_places()  # drafts of the places the facts file names
        self.stdout.write(self.style.SUCCESS(f"{created} Einträge neu angelegt."))
