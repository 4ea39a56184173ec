"""Django's Turkish formats with the day written as Turkish writes it: "8 Aralık 2026",
never "08 Aralık"."""

from django.conf.locale.tr.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
MONTH_DAY_FORMAT = "j F"
