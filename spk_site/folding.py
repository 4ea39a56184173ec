"""Words folded for matching, one way for every index that matches what people type (the
address lookup's street keys, the site search): Unicode NFKC, lower case, ß → ss, umlauts and
accents dropped, and the spellings "ae", "oe", "ue" for ä, ö, ü read as a, o, u; Arabic vowel
marks removed and letter variants unified. So "Hermannstraße", "hermannstrasse" and
"Gebärden", "Gebaerden", "Gebarden" meet. Addresses of pages (slugs) spell umlauts out
instead: german_slug()."""

import re
import unicodedata

from django.utils.text import slugify

UMLAUT_PAIRS = re.compile(r"(?<=[a-z])(ae|oe|ue)")
ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
TATWEEL = "\u0640"


def fold(text):
    """Lower case without umlauts, accents and spelling variants."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ß", "ss")
    text = text.replace(TATWEEL, "").translate(ARABIC_VARIANTS)
    text = "".join(
        character
        for character in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(character)
    )
    return UMLAUT_PAIRS.sub(lambda match: match.group(1)[0], text)


# How German letters are written without umlauts in addresses: "neukoellner-mitte-zentrum".
UMLAUT_SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)


def german_slug(name):
    """'Neuköllner Mitte/Zentrum' -> 'neukoellner-mitte-zentrum' (never 'neukollner')."""
    return slugify(name.translate(UMLAUT_SPELLINGS).replace("/", " "))
