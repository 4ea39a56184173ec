"""The "Redaktion" group: exactly the permissions editors need.

Content (offices, hours, contacts, operators, FAQ, pages) yes; the OE SPK contact may be
changed but not deleted; regions and their geometry only viewed; users and groups not at all.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Redaktion"
EVERYTHING = ("add", "change", "delete", "view")
PERMISSIONS = {
    "coordination": {
        "office": EVERYTHING,
        "openinghours": EVERYTHING,
        "contactperson": EVERYTHING,
        "operator": EVERYTHING,
        "faqcategory": EVERYTHING,
        "faqentry": EVERYTHING,
        "page": EVERYTHING,
        "districtcontact": ("change", "view"),
    },
    "regions": {
        "prognoseraum": ("view",),
        "bezirksregion": ("view",),
        "planungsraum": ("view",),
        "actionarea": ("view",),
        "gifocusarea": ("view",),
        "dataset": ("view",),
    },
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; we need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("regions", "0001_initial"),
        ("coordination", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
