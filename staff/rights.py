"""What the staff group „Redaktion“ may do: each app declares the rights on its own models
(its `redaktion.py`, registered in its AppConfig.ready()); they are applied after every migrate,
and rights granted by hand are taken back. Users, groups and everything undeclared: nothing.

An app also names the models the Redaktion may change that keep no versions, with the reason;
every other one keeps versions and checks its rules on the model (a test walks the admin)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

GROUP = "Redaktion"
EVERYTHING = ("add", "change", "delete", "view")

RIGHTS = {}  # app label -> {model name: actions}
UNVERSIONED = {}  # "app_label.model" -> why it keeps no versions


def declare(app_label, rights, unversioned=None):
    """The rights of the Redaktion on the models of one app (and its unversioned models)."""
    RIGHTS[app_label] = dict(rights)
    for model_name, reason in (unversioned or {}).items():
        UNVERSIONED[f"{app_label}.{model_name}"] = reason


def declared_codenames():
    """[(app_label, "action_model")] of every right the group has, in declaration order."""
    return [
        (app_label, f"{action}_{model}")
        for app_label, models in RIGHTS.items()
        for model, actions in models.items()
        for action in actions
    ]


def grant_redaktion_rights(sender=None, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """Makes the group hold exactly the declared rights (post_migrate; idempotent)."""
    if sender is not None and sender.label != "auth":  # once per migrate (staff has no models)
        return
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    Group = global_apps.get_model("auth", "Group")
    Permission = global_apps.get_model("auth", "Permission")
    wanted = declared_codenames()
    found = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.using(using).select_related("content_type")
    }
    missing = [right for right in wanted if right not in found]
    if missing:
        raise LookupError(f"Rechte der Redaktion ohne Modell: {missing}")
    group, _created = Group.objects.using(using).get_or_create(name=GROUP)
    group.permissions.set([found[right] for right in wanted])
