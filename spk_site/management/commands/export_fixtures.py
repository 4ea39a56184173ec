import json

from django.apps import apps
from django.core import serializers
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from spk_site.site_data import FIXTURE_DIR, fixture_steps


class Command(BaseCommand):
    help = (
        "Schreibt die importierten Daten der Datenbank als Fixtures nach fixtures/ (ein Objekt "
        "je Zeile, damit Änderungen im Diff lesbar sind). Für `make fixtures` nach den "
        "Importen; von Hand gepflegte Fixtures bleiben, wie sie sind."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="*", help="nur diese Dateien schreiben (z. B. berlin_population.json)"
        )

    def handle(self, *args, **options):
        only = set(options["files"])
        for step in fixture_steps():
            for export in step.exports:
                if only and export.filename not in only:
                    continue
                objects = []
                for label, lookup in export.models:
                    model = apps.get_model(label)
                    objects += list(model._default_manager.filter(**lookup).order_by("pk"))
                serialized = json.loads(serializers.serialize("json", objects))
                lines = ",\n".join(
                    json.dumps(item, ensure_ascii=False, separators=(",", ":"))
                    for item in serialized
                )
                (FIXTURE_DIR / export.filename).write_text(f"[\n{lines}\n]\n", encoding="utf-8")
                self.stdout.write(f"{export.filename}: {len(objects)} Objekte")
            if step.exporter and not only:
                count = import_string(step.exporter)(FIXTURE_DIR / step.loader_file)
                self.stdout.write(f"{step.loader_file}: {count} Zeilen")
