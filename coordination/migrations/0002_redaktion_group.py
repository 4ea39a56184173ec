"""Once granted the Redaktion group rights here. The group's rights are
now declared once, in spk_site/redaktion.py, and applied after every migrate. Kept empty so that the
history of existing databases stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("regions", "0001_initial"),
        ("coordination", "0001_initial"),
    ]

    operations = []
