"""Once granted the Redaktion group rights here and created the place kinds. The group's rights are
now declared once, in spk_site/redaktion.py, and applied after every migrate;
the place kinds are shipped content in fixtures/place_kinds.json. Kept empty so that the
history of existing databases stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("coordination", "0014_places")]

    operations = []
