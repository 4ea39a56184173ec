"""The Redaktion's rights on Termine, Aktuelles and the Kiezkassen."""

from staff.rights import EVERYTHING

RIGHTS = {
    "event": EVERYTHING,
    "newsarticle": EVERYTHING,
    "smallgrantfund": EVERYTHING,
}
