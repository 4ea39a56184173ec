"""The part of a hit that shows why it was found: about EXCERPT_LENGTH characters of its text
around the first word searched for, every such word in <mark>, everything else escaped."""

import functools
from html import escape  # as django.utils.html.escape, without its lazy-string wrapper

from django.utils.safestring import mark_safe

from .text import WORD, term

EXCERPT_LENGTH = 220


@functools.lru_cache(maxsize=4096)
def _word_spans(text, language):
    """{term: ((start, end), …)} of a text's words: worked out once for the texts people find
    (each excerpt then looks its matched terms up instead of reading the text word by word)."""
    found = {}
    for match in WORD.finditer(text):
        found.setdefault(term(match.group(), language), []).append((match.start(), match.end()))
    return {known: tuple(spans) for known, spans in found.items()}


def excerpt(text, matched_terms, language, length=EXCERPT_LENGTH):
    """About `length` characters of text around the first matched word, every matched word
    in <mark>; everything else escaped."""
    if not text:
        return ""

    def window(first_match):
        start = 0
        if first_match > length // 3:
            start = text.rfind(" ", 0, first_match - length // 3) + 1
        end = min(len(text), start + length)
        if end < len(text):
            end = max(text.rfind(" ", start, end), start + length // 2)
        return start, end

    where = _word_spans(text, language)
    spans = sorted(span for known in matched_terms for span in where.get(known, ()))
    start, end = window(spans[0][0] if spans else 0)
    pieces = ["… " if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text is escaped above)
