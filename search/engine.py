"""Answering a query from the index, the same way on SQLite and PostgreSQL.

The index table (SearchEntry) is read once per content version into plain dictionaries per
language – a few thousand entries, a few MB – and every query is answered from them in
Python: the terms are made by search.text on both sides, typing errors are found with the
deletion neighbourhoods the address lookup uses (SymSpell), and the ranking is a weighted
tf-idf. So the same content gives the same results, in the same order, on both databases,
and a query costs no SQL at all."""

import bisect
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from spk_site.content_version import PerVersion
from spk_site.fuzzy import deletions, typing_errors

from .excerpts import excerpt
from .models import SearchEntry
from .text import query_terms, term, words

TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
PREFIX_FACTOR = 0.6  # "Kiezkas" finds "Kiezkasse", behind an exact "Kiezkas…" word
TYPO_FACTOR = 0.5
MIN_PREFIX = 3
MIN_TYPO = 4
MIN_COMPOUND_PART = 4
HITS_PER_PAGE = 10  # a phone screen or two; the rest on the next pages


@dataclass(frozen=True)
class Entry:
    source: str
    object_id: str
    title: str
    url: str
    text: str
    in_german: bool
    rank: int
    visible_from: object
    visible_until: object
    title_terms: str  # sorted, without repeats: for "the query is the whole title"

    def visible_at(self, now):
        return (self.visible_from is None or self.visible_from <= now) and (
            self.visible_until is None or now < self.visible_until
        )


class LanguageIndex:
    def __init__(self, language, rows):
        self.language = language
        self.entries = []
        self.by_key = {}  # (source, object id) -> entry number
        self.postings = {}  # term -> {entry number: weight}
        self.native = set()  # terms of entries written in this index's language
        for number, row in enumerate(rows):
            (
                source,
                object_id,
                title,
                url,
                text,
                in_german,
                rank,
                since,
                until,
                title_terms,
                text_terms,
            ) = row
            whole_title = " ".join(sorted(set(title_terms.split())))
            self.entries.append(
                Entry(
                    source, object_id, title, url, text, in_german, rank, since, until, whole_title
                )
            )
            self.by_key[(source, object_id)] = number
            counts = {}
            for found in text_terms.split():
                counts[found] = counts.get(found, 0) + 1
            if not in_german:
                self.native.update(counts)
                self.native.update(title_terms.split())
            for found, count in counts.items():
                # more mentions count, each less: 1, 1.6, 2 at most
                self.postings.setdefault(found, {})[number] = BODY_WEIGHT * min(
                    2.0, 1 + math.log(count, 3)
                )
            for found in set(title_terms.split()):
                self.postings.setdefault(found, {})[number] = TITLE_WEIGHT
        self.total = max(1, len(self.entries))
        self.vocabulary = sorted(self.postings)
        self._by_deletion = None

    @property
    def by_deletion(self):
        """Deletion neighbourhoods of every term, built on the first typing error."""
        if self._by_deletion is None:
            found = {}
            for known in self.vocabulary:
                if len(known) >= MIN_TYPO and not known.isdigit():
                    for variant in deletions(known, 1):
                        found.setdefault(variant, []).append(known)
            self._by_deletion = found
        return self._by_deletion

    def entry_for(self, other):
        """This language's entry for the same thing as `other` (from another language)."""
        number = self.by_key.get((other.source, other.object_id))
        return None if number is None else self.entries[number]

    def surface(self, known):
        """A word as written in the entries that gives the term `known`, from an entry in
        this index's own language first."""
        numbers = sorted(self.postings.get(known, ()), key=lambda n: self.entries[n].in_german)
        for number in numbers:
            entry = self.entries[number]
            for word in words(f"{entry.title} {entry.text}"):
                if term(word, self.language) == known:
                    return word
        return known

    def starting_with(self, prefix):
        start = bisect.bisect_left(self.vocabulary, prefix)
        found = []
        for known in self.vocabulary[start : start + 200]:
            if not known.startswith(prefix):
                break
            if known != prefix:
                found.append(known)
        return found

    def close_to(self, wanted):
        """Known terms within one typing error (two for long words), closest and most
        common first."""
        if len(wanted) < MIN_TYPO or wanted.isdigit():
            return []
        limit = 1 if len(wanted) < 8 else 2
        candidates = set()
        for variant in deletions(wanted, 1):
            candidates.update(self.by_deletion.get(variant, ()))
        if self.language != settings.LANGUAGE_CODE:
            # A correction in the reader's language, never a German word (shown in German
            # where a translation is missing) beside the words they typed.
            candidates &= self.native
        ranked = []
        for candidate in candidates:
            distance = typing_errors(wanted, candidate, limit)
            if distance <= limit:
                ranked.append((distance, -len(self.postings[candidate]), candidate))
        ranked.sort()
        if not ranked:
            return []
        best = ranked[0][0]
        return [candidate for distance, _count, candidate in ranked if distance == best]


def _build():
    rows = {}
    for language, *row in SearchEntry.objects.order_by("pk").values_list(
        "language",
        "source",
        "object_id",
        "title",
        "url",
        "text",
        "in_german",
        "rank",
        "visible_from",
        "visible_until",
        "title_terms",
        "text_terms",
    ):
        rows.setdefault(language, []).append(row)
    return {language: LanguageIndex(language, found) for language, found in rows.items()}


indexes = PerVersion(_build, topics=("search",))


@dataclass
class Hit:
    entry: Entry
    score: float
    excerpt: str = ""
    excerpt_in_german: bool = False  # found by the German text on another language's page

    @property
    def excerpt_paragraph(self):
        """The excerpt as its paragraph (German text marked so on another language's page),
        or "": the part of a hit that depends on the words searched for."""
        if not self.excerpt:
            return ""
        german = self.entry.in_german or self.excerpt_in_german
        return format_html(
            '<p class="search-hit__excerpt"{}>{}</p>',
            mark_safe(' lang="de" dir="ltr"') if german else "",  # noqa: S308 (a constant)
            self.excerpt,
        )


@dataclass
class Results:
    query: str
    hits: list = field(default_factory=list)
    corrected: str = ""  # the query with typing errors corrected ("Meinten Sie …?")
    partial: bool = False  # no entry has every word: entries with some of them
    total: int = 0  # every entry found; the hits are one page of them
    page: int = 1
    per_source: dict = field(default_factory=dict)  # source key -> entries found
    more: list = field(default_factory=list)  # (label, URL, count) of lists with more
    recommended: list = field(default_factory=list)  # what staff recommend for the words

    @property
    def pages(self):
        return max(1, math.ceil(self.total / HITS_PER_PAGE))

    @property
    def first_number(self):
        """The number of the page's first hit in the whole list (an <ol>'s start)."""
        return (self.page - 1) * HITS_PER_PAGE + 1

    @property
    def previous_page(self):
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self):
        return self.page + 1 if self.page < self.pages else None


def compound_parts(index, wanted, language):
    """A German compound of two known words ("kitaplatze" -> "kita", "platz"), or ()."""
    for cut in range(MIN_COMPOUND_PART, len(wanted) - MIN_COMPOUND_PART + 1):
        head, tail = wanted[:cut], wanted[cut:]
        tail_term = term(tail, language)
        if head in index.postings and tail_term in index.postings:
            return head, tail_term
        if head.endswith("s") and head[:-1] in index.postings and tail_term in index.postings:
            return head[:-1], tail_term  # the joining s: "Gesundheitsamt"
    return ()


def _matches(index, wanted):
    """{known term: factor} for one query term, and the correction used (or "")."""
    found = {}
    if wanted in index.postings:
        found[wanted] = 1.0
    if len(wanted) >= MIN_PREFIX:
        for known in index.starting_with(wanted):
            found.setdefault(known, PREFIX_FACTOR)
    if found:
        return found, ""
    close = index.close_to(wanted)
    for known in close:
        found[known] = TYPO_FACTOR
    return found, (close[0] if close else "")


def _score(index, per_term, require_all):
    scores = {}
    matched_count = {}
    for matches in per_term:
        best = {}
        # How rare the query word is: counted over every entry it matches, so a prefix that
        # also matches one rare word ("Kita" in "Kitaquarium") does not outweigh the word.
        reached = set()
        for known in matches:
            reached.update(index.postings[known])
        idf = math.log(1 + index.total / len(reached))
        for known, factor in matches.items():
            for number, weight in index.postings[known].items():
                value = weight * idf * factor
                if value > best.get(number, 0):
                    best[number] = value
        for number, value in best.items():
            scores[number] = scores.get(number, 0) + value
            matched_count[number] = matched_count.get(number, 0) + 1
    needed = len(per_term) if require_all else 1
    return {n: s for n, s in scores.items() if matched_count[n] >= needed}


def _ranked(index, wanted):
    """[(score, entry number)] best first, the terms that matched, the corrections made and
    whether only some of the words were found."""
    per_term = []
    corrections = {}
    split = []
    for each in wanted:  # a compound nobody wrote as one word (and no typo): its parts
        found, _correction = _matches(index, each)
        parts = () if found else compound_parts(index, each, index.language)
        split.extend(parts or (each,))
    wanted = split
    for each in wanted:
        matches, correction = _matches(index, each)
        if correction:
            corrections[each] = correction
        if matches:
            per_term.append(matches)
    if not per_term:
        return [], set(), corrections, False
    partial = len(per_term) < len(wanted)
    scores = _score(index, per_term, require_all=not partial)
    if not scores and len(per_term) > 1:
        scores = _score(index, per_term, require_all=False)
        partial = True
    whole_query = " ".join(sorted(wanted))
    ranked = []
    now = timezone.now()
    for number, score in scores.items():
        entry = index.entries[number]
        if not entry.visible_at(now):  # scheduled: not yet, or no longer
            continue
        if entry.title_terms == whole_query:
            score *= 2  # the query is the whole title: "Kiezkasse", "Britz"
        score += entry.rank
        ranked.append((-score, entry.title.casefold(), entry.url, number))
    ranked.sort()
    found = [(-negative, number) for negative, _title, _url, number in ranked]
    matched = {known for matches in per_term for known in matches}
    return found, matched, corrections, partial


def search(query, language, versions=None, page=1):
    """The results for a query in the reader's language, the hits of one page (of
    HITS_PER_PAGE). Where that finds nothing, the German text is searched too (people type
    German names on every page), and the entries found are shown in the reader's language.
    A page past the last has no hits (results.page > results.pages)."""
    every_index = indexes.get(versions)
    results = Results(query=query)
    index = every_index.get(language)
    wanted = query_terms(query, language)
    if index is None or not wanted:
        return results
    found, matched, corrections, results.partial = _ranked(index, wanted)
    searched = index
    german = every_index.get(settings.LANGUAGE_CODE)
    if not found and german is not None and german is not index:
        wanted = query_terms(query, german.language)
        found, matched, corrections, results.partial = _ranked(german, wanted)
        searched = german
    results.total = len(found)
    for number in (number for _score, number in found):
        source = searched.entries[number].source
        results.per_source[source] = results.per_source.get(source, 0) + 1
    results.page = page
    start = (page - 1) * HITS_PER_PAGE
    for score, number in found[start : start + HITS_PER_PAGE]:
        match = searched.entries[number]
        shown = match if searched is index else index.entry_for(match)
        if shown is None:
            continue
        results.hits.append(
            Hit(
                shown,
                score,
                excerpt(match.text, matched, searched.language),
                excerpt_in_german=searched is not index,
            )
        )
    if corrections:
        results.corrected = _corrected_query(query, corrections, searched)
    return results


def _corrected_query(query, corrections, index):
    """The query with its typing errors corrected, in the words of one language: "" where a
    word is neither a word of that index nor corrected to one (a Turkish word beside a German
    correction would make a suggestion nobody can read)."""
    parts = []
    for word in query.split():
        stems = [term(piece, index.language) for piece in words(word)]
        replaced = [index.surface(corrections[s]) for s in stems if s in corrections]
        if not replaced and not all(stem in index.postings for stem in stems):
            return ""
        if replaced and word.islower():
            replaced[0] = replaced[0].lower()  # "oyun park", not "oyun Park"
        parts.append(replaced[0] if replaced else word)
    return " ".join(parts)
