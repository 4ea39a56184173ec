"""Django's Arabic formats, with thousands grouped as in every other language of the site."""

from django.conf.locale.ar.formats import *  # noqa: F403

NUMBER_GROUPING = 3
