"""What the staff group „Redaktion“ may do, declared once, applied after every migrate.

Content (offices, hours, contacts, operators, FAQ, pages, Leichte Sprache, DGS, Termine,
Aktuelles, Kiezkasse, places, the texts of the region profiles) in full; the OE SPK's own
contact may be changed but not deleted; the geography and figures are only viewed, dataset
licences, GI areas and entry fees of parks confirmed; reports uploaded and withdrawn; the link
check read. Users, groups and everything else: nothing."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

GROUP = "Redaktion"
EVERYTHING = ("add", "change", "delete", "view")

RIGHTS = {
    "coordination": {
        "office": EVERYTHING,
        "officehours": EVERYTHING,
        "contactperson": EVERYTHING,
        "operator": EVERYTHING,
        "districtcontact": ("change", "view"),
        "faqcategory": EVERYTHING,
        "faqentry": EVERYTHING,
        "page": EVERYTHING,
        "easylanguagetext": EVERYTHING,
        "signlanguagevideo": EVERYTHING,
        "linkcheck": ("view",),
        "message": ("change", "delete", "view"),  # visitors write them
        "pagefeedback": ("delete", "view"),
    },
    "events": {
        "event": EVERYTHING,
        "newsarticle": EVERYTHING,
        "smallgrantfund": EVERYTHING,
    },
    "places": {
        "place": EVERYTHING,
        "placehours": EVERYTHING,
        "placekind": EVERYTHING,
        "greenspace": ("change", "view"),  # only whether a park charges entry
    },
    "profiles": {
        "profiletext": EVERYTHING,
        "profilebuild": ("view",),
    },
    "regions": {
        "prognoseraum": ("view",),
        "bezirksregion": ("view",),
        "planungsraum": ("view",),
        "actionarea": ("view",),
        "gifocusarea": ("change", "view"),
        "dataset": ("change", "view"),
        "report": EVERYTHING,
    },
}


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
    if sender is not None and sender.name != "spk_site":
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
