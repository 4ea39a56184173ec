"""Django's Arabic formats with Arabic separators, as CLDR's `ar` writes numbers: Latin digits
(as Berlin's Arabic-speaking readers see them on every sign and form) grouped with the Arabic
thousands separator and the Arabic decimal separator: 38٬044 and 7٫1 %."""

from django.conf.locale.ar.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "\u066b"  # ٫
THOUSAND_SEPARATOR = "\u066c"  # ٬
NUMBER_GROUPING = 3
