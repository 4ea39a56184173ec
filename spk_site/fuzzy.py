"""Typing errors, one way for the address lookup and the site search: a word is found within
one or two typing errors (Damerau-Levenshtein, optimal string alignment, by rapidfuzz), and
the candidates come from deletion neighbourhoods (the SymSpell idea), so a lookup never
compares what was typed with every word known."""

from rapidfuzz.distance import OSA


def deletions(word, depth):
    """Every string made from word by deleting up to `depth` characters (with word itself)."""
    found = {word}
    frontier = {word}
    for _step in range(depth):
        frontier = {item[:i] + item[i + 1 :] for item in frontier for i in range(len(item))}
        found |= frontier
    return found


def typing_errors(a, b, limit):
    """The number of typing errors between a and b (insertions, deletions, substitutions and
    swaps of neighbours), or limit + 1 when there are more than limit."""
    return OSA.distance(a, b, score_cutoff=limit)
