"""Editors keep Termine, Aktuelles and the Kiezkasse pages."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ("event", "newsarticle", "smallgrantfund")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Redaktion")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="coordination",
            codename__in=[
                f"{action}_{model}"
                for model in MODELS
                for action in ("add", "change", "delete", "view")
            ],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("coordination", "0012_events_news_small_grants")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
