"""Django's makemessages, also collecting strings marked N_() (gettext_noop under its usual
short name), which regions/indicators.py and regions/comparison.py use for names and units."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_"]
