"""Once granted the Redaktion group rights here. The group's rights are
now declared once, in spk_site/redaktion.py, and applied after every migrate. Kept empty so that the
history of existing databases stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("coordination", "0002_redaktion_group"),
        ("regions", "0003_report"),
    ]

    operations = []
