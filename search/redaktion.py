"""The Redaktion's rights on the search's recommendations."""

from staff.rights import EVERYTHING

RIGHTS = {"bestbet": EVERYTHING}
