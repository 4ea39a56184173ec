"""The Redaktion's rights on places and the registers of green spaces and playgrounds."""

from staff.rights import EVERYTHING

RIGHTS = {
    "place": EVERYTHING,
    "placehours": EVERYTHING,
    "placekind": EVERYTHING,
    "greenspace": ("change", "view"),  # only whether a park charges entry
}
