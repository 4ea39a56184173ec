"""Words as people type them, reduced to one form per word: the same function turns a
document and a query into terms, so "Kitas", "Kita" and "KITA" meet, and so do "Gebärden",
"Gebaerden" and "Gebarden", "Straße" and "Strasse", "Terminen" and "Termine".

Steps, per word: folded as every index here folds words (spk_site.folding: NFKC, casefold,
ß → ss, umlauts and accents dropped, ae → a, Arabic marks and variants unified), then the Snowball
stemmer of the reader's language (the algorithms PostgreSQL's `german`, `english`, `turkish`
and `arabic` text search configurations use), then a final plural -s after a vowel dropped
("Kitas", "Büros", "Fotos", which Snowball's German keeps)."""

import functools
import re

import snowballstemmer

from spk_site.folding import fold

STEMMER_NAMES = {"de": "german", "en": "english", "tr": "turkish", "ar": "arabic"}
# Letters and digits, with the combining marks inside a word (Arabic vowel signs, a decomposed
# umlaut): they belong to the word.
WORD = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
VOWELS = set("aeiouy")


def _word_list(text):
    return frozenset(text.split())


# Words that say nothing about what is wanted; dropped from queries (not from documents),
# unless a query has nothing else.
STOPWORDS = {
    "de": _word_list(
        """der die das den dem des ein eine einen einem einer eines und oder in im ins am an auf
        aus bei bis fur mit nach von vom zu zum zur uber unter wo was wer wie ist sind ich mein
        meine meinem meinen meiner meines mir es gibt fuer ueber naehe nahe"""
    ),
    "en": _word_list(
        """the a an and or in on at of for to from by with is are where what who how my me i do
        does there"""
    ),
    "tr": _word_list("ve veya bir bu da de ile icin ne nerede kim nasil mi mu benim"),
    "ar": _word_list("في من على الى إلى عن مع و او أو ما ماذا اين أين هل"),
}


@functools.cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "german"))


@functools.lru_cache(maxsize=50_000)
def term(word, language):
    """One word -> its term in the index."""
    folded = fold(word)
    if folded.isdigit():
        return folded
    stem = _stemmer(language).stemWord(folded)
    if len(stem) > 4 and stem.endswith("s") and stem[-2] in VOWELS:
        stem = stem[:-1]
    return stem


def words(text):
    return WORD.findall(text or "")


def terms(text, language):
    return [term(word, language) for word in words(text)]


def query_terms(text, language):
    """The terms of a query, in order, without repeats and (where others remain) stopwords."""
    all_terms = []
    meaningful = []
    stopwords = STOPWORDS.get(language, set())
    for word in words(text):
        found = term(word, language)
        if found in all_terms:
            continue
        all_terms.append(found)
        if fold(word) not in stopwords:
            meaningful.append(found)
    return meaningful or all_terms
