"""Events, news, Kiezkassen and places now live in their own apps (events/0001, places/0001,
which keep their tables). What stays here: the offices' opening hours, in a table of their own
(OfficeHours) instead of one shared with the places."""

import django.db.models.deletion
from django.db import migrations, models


def drop_copied_place_hours(apps, schema_editor):
    """places/0001 copied them into places_placehours."""
    apps.get_model("coordination", "OpeningHours").objects.filter(place__isnull=False).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0015_place_kinds_and_redaktion"),
        ("events", "0001_initial"),
        ("places", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(drop_copied_place_hours, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="openinghours", name="hours_of_an_office_or_a_place"),
        migrations.RemoveConstraint(model_name="openinghours", name="closes_after_opening"),
        migrations.RemoveField(model_name="openinghours", name="place"),
        migrations.AlterField(
            model_name="openinghours",
            name="office",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="opening_hours",
                to="coordination.office",
                verbose_name="Büro",
            ),
        ),
        migrations.RenameModel(old_name="OpeningHours", new_name="OfficeHours"),
        migrations.AddConstraint(
            model_name="officehours",
            constraint=models.CheckConstraint(
                condition=models.Q(("closes__gt", models.F("opens"))),
                name="coordination_officehours_closes_after_opening",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="newsarticle", name="bezirksregionen"),
                migrations.RemoveField(model_name="newsarticle", name="office"),
                migrations.RemoveField(model_name="place", name="kind"),
                migrations.RemoveField(model_name="place", name="planungsraum"),
                migrations.RemoveField(model_name="smallgrantfund", name="office"),
                migrations.DeleteModel(name="Event"),
                migrations.DeleteModel(name="NewsArticle"),
                migrations.DeleteModel(name="PlaceKind"),
                migrations.DeleteModel(name="Place"),
                migrations.DeleteModel(name="SmallGrantFund"),
            ],
            database_operations=[],
        ),
    ]
