"""The Redaktion's rights on the texts of the region profiles."""

from staff.rights import EVERYTHING

RIGHTS = {
    "profiletext": EVERYTHING,
    "profilebuild": ("view",),
    "handlungsfeld": EVERYTHING,
    "goal": EVERYTHING,
    "measure": EVERYTHING,
    "measurestatuschange": ("view",),
    "suggestion": ("view", "change", "delete"),
}
