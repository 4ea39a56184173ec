"""The kinds of places staff start with (editable), Kitas from the official list among them,
and the Redaktion's permissions for places and kinds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICIAL_SOURCE = "Senatsverwaltung für Bildung, Jugend und Familie: Kitas in Berlin (Kitaliste)"
KINDS = [
    # slug, (de, en, tr, ar), (plural de, en, tr, ar), order
    (
        "kita",
        ("Kita", "Day-care centre", "Kreş", "حضانة أطفال"),
        ("Kitas", "Day-care centres", "Kreşler", "دور حضانة الأطفال"),
        10,
    ),
    (
        "stadtteilzentrum",
        (
            "Stadtteilzentrum / Nachbarschaftshaus",
            "Neighbourhood centre",
            "Mahalle merkezi",
            "مركز الحي",
        ),
        (
            "Stadtteilzentren und Nachbarschaftshäuser",
            "Neighbourhood centres",
            "Mahalle merkezleri",
            "مراكز الأحياء",
        ),
        20,
    ),
    (
        "familienzentrum",
        ("Familienzentrum", "Family centre", "Aile merkezi", "مركز الأسرة"),
        ("Familienzentren", "Family centres", "Aile merkezleri", "مراكز الأسرة"),
        30,
    ),
    (
        "jugend",
        ("Jugendfreizeiteinrichtung", "Youth centre", "Gençlik merkezi", "مركز الشباب"),
        ("Jugendfreizeiteinrichtungen", "Youth centres", "Gençlik merkezleri", "مراكز الشباب"),
        40,
    ),
    (
        "bibliothek",
        ("Bibliothek", "Library", "Kütüphane", "مكتبة"),
        ("Bibliotheken", "Libraries", "Kütüphaneler", "مكتبات"),
        50,
    ),
    (
        "beratung",
        ("Beratungsstelle", "Advice centre", "Danışma merkezi", "مركز استشارات"),
        ("Beratungsstellen", "Advice centres", "Danışma merkezleri", "مراكز الاستشارات"),
        60,
    ),
    (
        "treffpunkt",
        ("Treffpunkt", "Meeting place", "Buluşma yeri", "مكان لقاء"),
        ("Treffpunkte", "Meeting places", "Buluşma yerleri", "أماكن اللقاء"),
        70,
    ),
]
LANGUAGES = ("de", "en", "tr", "ar")


def create_kinds(apps, schema_editor):
    PlaceKind = apps.get_model("coordination", "PlaceKind")
    for slug, names, plurals, order in KINDS:
        values = {"order": order, "name": names[0], "plural": plurals[0]}
        for language, name, plural in zip(LANGUAGES, names, plurals, strict=True):
            values[f"name_{language}"] = name
            values[f"plural_{language}"] = plural
        if slug == "kita":
            values.update(
                official_list=True,
                source=OFFICIAL_SOURCE,
                licence="CC BY 3.0 DE (Quelle); CC BY 4.0 (Datenprodukt)",
            )
        PlaceKind.objects.update_or_create(slug=slug, defaults=values)


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
                for model in ("place", "placekind")
                for action in ("add", "change", "delete", "view")
            ],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("coordination", "0014_places")]

    operations = [
        migrations.RunPython(create_kinds, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
