"""The recommendations staff keep (BestBet), matched against a query in the reader's language
and in German: a recommendation appears when the query holds all the words of one of its
search words ("Personalausweis", "ummelden")."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from spk_site.content_version import PerVersion
from spk_site.translations import is_translated

from .models import BestBet
from .text import terms


@dataclass(frozen=True)
class Recommendation:
    title: str
    description: str
    url: str
    phone: str
    in_german: bool


def _words(bet, language):
    return [
        frozenset(terms(word, language)) for word in bet.words.split(",") if terms(word, language)
    ]


def _load():
    """{language: [(word term sets, Recommendation)]} of the published recommendations."""
    found = {}
    for bet in BestBet.objects.published():
        german = _words(bet, settings.LANGUAGE_CODE)
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                own = _words(bet, code) if code != settings.LANGUAGE_CODE else []
                shown = Recommendation(
                    bet.title,
                    bet.description,
                    bet.url,
                    bet.phone,
                    in_german=not is_translated(bet, "description"),
                )
            found.setdefault(code, []).append((own, german, shown))
    return found


recommendations = PerVersion(_load, topics=("search",))


def recommended(query, language, versions=None):
    """The recommendations whose words the query holds, in the reader's language."""
    wanted = set(terms(query, language))
    german = set(terms(query, settings.LANGUAGE_CODE))
    return [
        shown
        for own, in_german, shown in recommendations.get(versions).get(language, [])
        if any(words <= wanted for words in own) or any(words <= german for words in in_german)
    ]
