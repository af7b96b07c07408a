"""Respell a query from the index's own words, and suggest it only when it would find more.

A word is respelt only when neither its spelling nor any form of it is in the index: "resolve"
matched "resolved" through its stem, so it is never "corrected" into "resolved". Of the index's
words close to it, the one the fewest and likeliest slips away wins ('presept' is 'precept', a
c written s, before 'present'), then the commonest. A suggestion is made only when the respelt
query, with the same filters, finds more items than the query.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from whoosh.searching import Searcher

from .limits import Deadline
from .query import STOP_WORDS
from .snippets import word_terms

SUGGEST_BELOW = 3
# A word this rare (items holding it) is a likely misspelling when a close word is in many
# times as many items: RARE_SHARE times, and at least FREQUENT.
RARE = 2
RARE_MIN_LENGTH = 6
RARE_SHARE = 20
FREQUENT = 10
LEXICON_KEPT = 256
# The index's words within reach of a misspelling that are weighed against each other.
CANDIDATES = 8
# Slips that people make most (a letter doubled or not, a vowel for another or left out, a
# letter for one that sounds alike) cost this much; any other edit costs 1.
LIKELY = 0.5
VOWELS = frozenset("aeiou")
SOUND_ALIKE = frozenset(frozenset(p) for p in ("cs", "ck", "sz", "iy", "fv", "gj", "mn"))
# A word further than this from every index word is not a slip of any: it is left as typed
# ('hedges' is not 'ledger': two edits, neither of them likely).
MAX_SLIPS = 1.0
WORD = re.compile(r"(?<![\w:])[A-Za-z]{3,}(?![\w:])")


def respell(searcher: Searcher, text: str, deadline: Deadline, rare: bool = False,
            known: frozenset[str] = frozenset()) -> str:
    """Return text with each word the index lacks in every form replaced by its nearest word.

    With rare, a word of RARE_MIN_LENGTH letters or more that few items hold is replaced too,
    by a close word one edit away that far more items hold ('defibrilator' →
    'defibrillator'). Words of the synonyms list (known) are never respelt: 'skate' finds
    'skateboard park' through it, not 'state'.
    """
    if not text:
        return ""
    reader = searcher.reader()
    corrector = searcher.corrector("spell")
    respelt = text
    for word in set(WORD.findall(_unfielded(_unquoted(text)))):
        lower = word.lower()
        if lower in STOP_WORDS or lower in known or word in ("AND", "OR", "NOT"):
            continue
        held = _indexed(reader, lower)
        if held and not (rare and len(lower) >= RARE_MIN_LENGTH and held <= RARE):
            continue
        deadline.check()
        # A word the index holds, however rarely, is a misspelling only one likely slip away.
        found = _closest(lower, corrector.suggest(
            lower, limit=CANDIDATES, maxdist=2 if len(lower) > 5 and not held else 1), reader,
            LIKELY if held else MAX_SLIPS)
        if found and held and reader.doc_frequency("spell", found[0]) < max(
                FREQUENT, RARE_SHARE * held):
            continue
        if found:
            respelt = re.sub(rf"\b{re.escape(word)}\b", found[0], respelt)
    return "" if respelt == text else respelt


def _closest(word: str, candidates: list[str], reader, most: float) -> list[str]:
    """Return the candidate the fewest and likeliest slips away from word (costing at most
    most), the commonest first among equals (Whoosh orders them by frequency alone), as a
    list of at most one."""
    costs = {c: slips(word, c) for c in candidates}
    close = [c for c in candidates if costs[c] <= most]
    if not close:
        return []
    return [min(close, key=lambda c: (costs[c], -reader.doc_frequency("spell", c), c))]


def slips(typed: str, meant: str) -> float:
    """Return the cost of the edits from meant to typed: a transposition, a letter doubled or
    not, a vowel for another or left out, a letter for one that sounds alike cost LIKELY,
    any other insertion, deletion or substitution 1 (optimal string alignment distance)."""
    rows, cols = len(typed) + 1, len(meant) + 1
    cost = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = float(i)
    for j in range(cols):
        cost[0][j] = float(j)
    for i in range(1, rows):
        for j in range(1, cols):
            a, b = typed[i - 1], meant[j - 1]
            cost[i][j] = min(cost[i - 1][j] + _gap(typed, i - 1),
                             cost[i][j - 1] + _gap(meant, j - 1),
                             cost[i - 1][j - 1] + _swap(a, b))
            if i > 1 and j > 1 and a == meant[j - 2] and typed[i - 2] == b and a != b:
                cost[i][j] = min(cost[i][j], cost[i - 2][j - 2] + LIKELY)
    return cost[-1][-1]


def _gap(word: str, k: int) -> float:
    """Return the cost of a letter of word left out (or put in): a vowel or a doubled
    letter is a likely slip."""
    letter = word[k]
    doubled = (k > 0 and word[k - 1] == letter) or (k + 1 < len(word) and word[k + 1] == letter)
    return LIKELY if letter in VOWELS or doubled else 1.0


def _swap(a: str, b: str) -> float:
    """Return the cost of one letter written for another."""
    if a == b:
        return 0.0
    if (a in VOWELS and b in VOWELS) or frozenset((a, b)) in SOUND_ALIKE:
        return LIKELY
    return 1.0


def index_lexicon(reader) -> Callable[[str], int]:
    """Return how many items hold a word (in any form) of the reader's index (remembered for
    the one search: each word is asked of each field)."""
    return functools.lru_cache(maxsize=LEXICON_KEPT)(lambda word: _indexed(reader, word.lower()))


def _indexed(reader, word: str) -> int:
    """Return how many items hold the word, or a form of it the analyzer gives (at most)."""
    return max([reader.doc_frequency("spell", word)]
               + [reader.doc_frequency(field, term) for term in word_terms(word)
                  for field in ("text", "title")])


def _unfielded(text: str) -> str:
    """Return text with field prefixes removed, for spelling."""
    return re.sub(r"\b\w+:\S+", " ", text)


def _unquoted(text: str) -> str:
    """Return text without its quoted phrases: the user wrote those exactly."""
    return re.sub(r'"[^"]*"', " ", text)
