"""Editors may upload, change and withdraw reports (regions.Report)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Redaktion")
    for action in ("add", "change", "delete", "view"):
        group.permissions.add(
            Permission.objects.get(content_type__app_label="regions", codename=f"{action}_report")
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Redaktion").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="regions", codename__endswith="_report")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0002_redaktion_group"),
        ("regions", "0003_report"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
