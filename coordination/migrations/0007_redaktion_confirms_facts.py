"""Editors confirm facts before launch: dataset licences, the GI focus areas; and they see
the link check's results."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "regions": ("change_dataset", "change_gifocusarea"),
    "coordination": ("view_linkcheck",),
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Redaktion")
    for app_label, codenames in GRANTS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Redaktion").first()
    if group:
        for app_label, codenames in GRANTS.items():
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0006_link_check"),
        ("regions", "0005_report_description_as_rich_text"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
