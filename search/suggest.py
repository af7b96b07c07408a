"""Respell a query from the index's own words, and suggest it only when it would find more.

A word is respelt only when neither its spelling nor any form of it is in the index: "resolve"
matched "resolved" through its stem, so it is never "corrected" into "resolved". A suggestion
is made only when the respelt query, with the same filters, finds more items than the query.
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
        # A word the index holds, however rarely, is a misspelling only one edit away.
        found = corrector.suggest(lower, limit=1, maxdist=2 if len(lower) > 5 and not held
                                  else 1)
        if found and held and reader.doc_frequency("spell", found[0]) < max(
                FREQUENT, RARE_SHARE * held):
            continue
        if found:
            respelt = re.sub(rf"\b{re.escape(word)}\b", found[0], respelt)
    return "" if respelt == text else respelt


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
