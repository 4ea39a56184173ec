"""The Redaktion's rights on Termine, Aktuelles and the Kiezkassen."""

from spk_site.redaktion import EVERYTHING

RIGHTS = {
    "event": EVERYTHING,
    "newsarticle": EVERYTHING,
    "smallgrantfund": EVERYTHING,
}
