"""The Redaktion's rights on the geography, its sources and the reports: the areas are only
viewed (they come from the official import); dataset licences and GI areas are confirmed;
reports uploaded and withdrawn."""

from staff.rights import EVERYTHING

RIGHTS = {
    "prognoseraum": ("view",),
    "bezirksregion": ("view",),
    "planungsraum": ("view",),
    "actionarea": ("view",),
    "gifocusarea": ("change", "view"),
    "dataset": ("change", "view"),
    "report": EVERYTHING,
}
