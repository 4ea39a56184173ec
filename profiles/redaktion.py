"""The Redaktion's rights on the texts of the region profiles."""

from spk_site.redaktion import EVERYTHING

RIGHTS = {
    "profiletext": EVERYTHING,
    "profilebuild": ("view",),
}
