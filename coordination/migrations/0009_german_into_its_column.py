"""Existing texts are German: copy them into the German column that django-modeltranslation
added (what its update_translation_fields command does)."""

from django.db import migrations

FIELDS = {
    "faqcategory": ["name"],
    "faqentry": ["question", "answer"],
    "page": ["title", "summary", "body"],
    "office": ["description", "hours_note", "accessibility", "transport"],
    "openinghours": ["note"],
    "districtcontact": ["hours_note"],
}


def copy_to_german(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("coordination", model_name)
        for obj in model.objects.all():
            for field in fields:
                if not getattr(obj, f"{field}_de"):
                    setattr(obj, f"{field}_de", getattr(obj, field))
            obj.save(update_fields=[f"{field}_de" for field in fields])


class Migration(migrations.Migration):
    dependencies = [("coordination", "0008_translations")]

    operations = [migrations.RunPython(copy_to_german, migrations.RunPython.noop)]
