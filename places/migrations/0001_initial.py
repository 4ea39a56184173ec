"""Kitas and the places of the Kiez move from `coordination` into their own app. Their tables
stay where they are (db_table), their content types move along; their opening hours get a
table of their own (PlaceHours), copied from the shared one they had with the offices."""

import django.core.validators
import django.db.models.deletion
import djgeojson.fields
from django.db import migrations, models

from spk_site.moved_models import content_types_mover

move_content_types, move_back = content_types_mover("coordination", "places", ("place", "placekind"))


def copy_place_hours(apps, schema_editor):
    SharedHours = apps.get_model("coordination", "OpeningHours")
    PlaceHours = apps.get_model("places", "PlaceHours")
    columns = ["weekday", "opens", "closes", "note", "note_de", "note_en", "note_tr", "note_ar"]
    PlaceHours.objects.bulk_create(
        PlaceHours(place_id=row["place_id"], **{name: row[name] for name in columns})
        for row in SharedHours.objects.filter(place__isnull=False).values("place_id", *columns)
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("coordination", "0015_place_kinds_and_redaktion"),
        ("regions", "0005_report_description_as_rich_text"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PlaceKind',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=100, verbose_name='Name')),
                        ('name_de', models.CharField(max_length=100, null=True, verbose_name='Name')),
                        ('name_en', models.CharField(max_length=100, null=True, verbose_name='Name')),
                        ('name_tr', models.CharField(max_length=100, null=True, verbose_name='Name')),
                        ('name_ar', models.CharField(max_length=100, null=True, verbose_name='Name')),
                        ('plural', models.CharField(max_length=100, verbose_name='Mehrzahl')),
                        ('plural_de', models.CharField(max_length=100, null=True, verbose_name='Mehrzahl')),
                        ('plural_en', models.CharField(max_length=100, null=True, verbose_name='Mehrzahl')),
                        ('plural_tr', models.CharField(max_length=100, null=True, verbose_name='Mehrzahl')),
                        ('plural_ar', models.CharField(max_length=100, null=True, verbose_name='Mehrzahl')),
                        ('slug', models.SlugField(max_length=60, unique=True, verbose_name='Adresskürzel')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='Reihenfolge')),
                        ('source', models.CharField(default='Bezirksamt Neukölln, Sozialraumorientierte Planungskoordination', help_text='Wer die Angaben zu Einrichtungen dieser Art erhebt.', max_length=300, verbose_name='Quelle')),
                        ('licence', models.CharField(default='CC BY 4.0', help_text='Unter welcher Lizenz wir die Angaben als offene Daten weitergeben.', max_length=200, verbose_name='Lizenz')),
                        ('official_list', models.BooleanField(default=False, editable=False, help_text='Einrichtungen dieser Art kommen per Import (Kitas), nicht von Hand.', verbose_name='Aus einer amtlichen Liste')),
                    ],
                    options={
                        'verbose_name': 'Art der Einrichtung',
                        'verbose_name_plural': 'Arten der Einrichtungen',
                        'db_table': 'coordination_placekind',
                        'ordering': ['order', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='Place',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('checked_on', models.DateField(blank=True, help_text='Wann jemand diese Angaben zuletzt geprüft hat. Die Website zeigt das Datum als „Stand dieser Angaben“; nach 180 Tagen erinnert die Startseite der Redaktion daran.', null=True, verbose_name='Geprüft am')),
                        ('translation_checked', models.BooleanField(default=False, help_text='Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis dahin sagt die Website, dass sie noch nicht geprüft ist.', verbose_name='Übersetzung geprüft')),
                        ('translation_checked_de', models.BooleanField(default=False, help_text='Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis dahin sagt die Website, dass sie noch nicht geprüft ist.', verbose_name='Übersetzung geprüft')),
                        ('translation_checked_en', models.BooleanField(default=False, help_text='Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis dahin sagt die Website, dass sie noch nicht geprüft ist.', verbose_name='Übersetzung geprüft')),
                        ('translation_checked_tr', models.BooleanField(default=False, help_text='Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis dahin sagt die Website, dass sie noch nicht geprüft ist.', verbose_name='Übersetzung geprüft')),
                        ('translation_checked_ar', models.BooleanField(default=False, help_text='Erst anhaken, wenn die Redaktion die Übersetzung in dieser Sprache geprüft hat. Bis dahin sagt die Website, dass sie noch nicht geprüft ist.', verbose_name='Übersetzung geprüft')),
                        ('published', models.BooleanField(default=False, help_text='Nur veröffentlichte Einträge sind für Besucherinnen und Besucher sichtbar.', verbose_name='Veröffentlicht')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='Zuletzt geändert')),
                        ('sources', models.TextField(blank=True, help_text='Woher die Angaben stammen: eine Webadresse je Zeile.', verbose_name='Quellen')),
                        ('building', models.CharField(blank=True, help_text='Zum Beispiel „Rathaus Neukölln“.', max_length=160, verbose_name='Gebäude')),
                        ('street', models.CharField(blank=True, help_text='Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das Büro sonst erreicht.', max_length=120, verbose_name='Straße')),
                        ('house_number', models.CharField(blank=True, max_length=12, verbose_name='Hausnummer')),
                        ('postcode', models.CharField(blank=True, max_length=5, validators=[django.core.validators.RegexValidator('^\\d{5}$', 'Die Postleitzahl hat fünf Ziffern.')], verbose_name='Postleitzahl')),
                        ('city', models.CharField(blank=True, default='Berlin', max_length=60, verbose_name='Ort')),
                        ('name', models.CharField(max_length=200, verbose_name='Name')),
                        ('kita_number', models.CharField(blank=True, editable=False, max_length=12, null=True, unique=True, verbose_name='Kita-Nummer')),
                        ('kita_type', models.CharField(blank=True, editable=False, max_length=100, verbose_name='Kita-Art')),
                        ('capacity', models.PositiveIntegerField(blank=True, editable=False, null=True, verbose_name='Genehmigte Plätze')),
                        ('operator_name', models.CharField(blank=True, max_length=200, verbose_name='Träger')),
                        ('description', models.TextField(blank=True, help_text='Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt.', verbose_name='Kurzbeschreibung')),
                        ('description_de', models.TextField(blank=True, help_text='Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt.', null=True, verbose_name='Kurzbeschreibung')),
                        ('description_en', models.TextField(blank=True, help_text='Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt.', null=True, verbose_name='Kurzbeschreibung')),
                        ('description_tr', models.TextField(blank=True, help_text='Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt.', null=True, verbose_name='Kurzbeschreibung')),
                        ('description_ar', models.TextField(blank=True, help_text='Absätze, Zwischenüberschriften, Listen, Links sowie fett und kursiv: über die Knöpfe über dem Textfeld. Eingefügter Text aus Word oder von Websites wird dabei bereinigt.', null=True, verbose_name='Kurzbeschreibung')),
                        ('phone', models.CharField(blank=True, help_text='Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das Büro sonst erreicht.', max_length=40, verbose_name='Telefon')),
                        ('email', models.EmailField(blank=True, help_text='Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das Büro sonst erreicht.', max_length=254, verbose_name='E-Mail')),
                        ('website', models.URLField(blank=True, help_text='Leer lassen, wenn unbekannt: Die Website lässt die Zeile dann weg und sagt, wie man das Büro sonst erreicht.', max_length=300, verbose_name='Website')),
                        ('location', djgeojson.fields.PointField(blank=True, help_text='Auf der Karte den Eingang markieren. Daraus ergeben sich Planungsraum und Bezirksregion.', null=True, verbose_name='Lage auf der Karte')),
                        ('listed_on', models.DateField(blank=True, editable=False, null=True, verbose_name='Stand der amtlichen Liste')),
                        ('review_note', models.TextField(blank=True, verbose_name='Prüfhinweis für die Redaktion')),
                        ('planungsraum', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='places', to='regions.planungsraum', verbose_name='Planungsraum')),
                        ('kind', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='places', to='places.placekind', verbose_name='Art')),
                    ],
                    options={
                        'verbose_name': 'Einrichtung',
                        'verbose_name_plural': 'Einrichtungen',
                        'db_table': 'coordination_place',
                        'ordering': ['kind__order', 'name'],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.CreateModel(
            name='PlaceHours',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('weekday', models.PositiveSmallIntegerField(choices=[(0, 'Montag'), (1, 'Dienstag'), (2, 'Mittwoch'), (3, 'Donnerstag'), (4, 'Freitag'), (5, 'Samstag'), (6, 'Sonntag')], verbose_name='Wochentag')),
                ('opens', models.TimeField(verbose_name='von')),
                ('closes', models.TimeField(verbose_name='bis')),
                ('note', models.CharField(blank=True, help_text='Zum Beispiel: „nur in geraden Wochen“.', max_length=120, verbose_name='Hinweis')),
                ('note_de', models.CharField(blank=True, help_text='Zum Beispiel: „nur in geraden Wochen“.', max_length=120, null=True, verbose_name='Hinweis')),
                ('note_en', models.CharField(blank=True, help_text='Zum Beispiel: „nur in geraden Wochen“.', max_length=120, null=True, verbose_name='Hinweis')),
                ('note_tr', models.CharField(blank=True, help_text='Zum Beispiel: „nur in geraden Wochen“.', max_length=120, null=True, verbose_name='Hinweis')),
                ('note_ar', models.CharField(blank=True, help_text='Zum Beispiel: „nur in geraden Wochen“.', max_length=120, null=True, verbose_name='Hinweis')),
                ('place', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='opening_hours', to='places.place', verbose_name='Einrichtung')),
            ],
            options={
                'verbose_name': 'Öffnungszeit',
                'verbose_name_plural': 'Öffnungszeiten',
                'ordering': ['weekday', 'opens'],
                'abstract': False,
                'constraints': [models.CheckConstraint(condition=models.Q(('closes__gt', models.F('opens'))), name='places_placehours_closes_after_opening')],
            },
        ),
        migrations.RunPython(copy_place_hours, migrations.RunPython.noop),
        migrations.RunPython(move_content_types, move_back),
    ]
