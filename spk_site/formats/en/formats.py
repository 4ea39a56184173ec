"""Django's English formats with dates as written in Britain and Europe (30 June 2022, 30/06/2022):
our English readers live in Berlin, and 06/30/2022 would read as a different day to most of them."""

from django.conf.locale.en.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
