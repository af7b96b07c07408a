"""Respell a query from the index's own words, and suggest it only when it would find more.

A word is respelt only when neither its spelling nor any form of it is in the index: "resolve"
matched "resolved" through its stem, so it is never "corrected" into "resolved". A suggestion
is made only when the respelt query, with the same filters, finds more items than the query.
"""

from __future__ import annotations

import re

from whoosh.searching import Searcher

from .limits import Deadline
from .query import STOP_WORDS
from .snippets import word_terms

SUGGEST_BELOW = 3
WORD = re.compile(r"(?<![\w:])[A-Za-z]{3,}(?![\w:])")


def respell(searcher: Searcher, text: str, deadline: Deadline) -> str:
    """Return text with each word the index lacks in every form replaced by its nearest word."""
    if not text:
        return ""
    reader = searcher.reader()
    corrector = searcher.corrector("spell")
    respelt = text
    for word in set(WORD.findall(_unfielded(text))):
        lower = word.lower()
        if lower in STOP_WORDS or word in ("AND", "OR", "NOT") or _indexed(reader, lower):
            continue
        deadline.check()
        found = corrector.suggest(lower, limit=1, maxdist=2 if len(lower) > 5 else 1)
        if found:
            respelt = re.sub(rf"\b{re.escape(word)}\b", found[0], respelt)
    return "" if respelt == text else respelt


def _indexed(reader, word: str) -> bool:
    """Return True if the word, or a form of it the analyzer gives, is an index word."""
    if reader.doc_frequency("spell", word):
        return True
    return any(reader.doc_frequency(field, term) for term in word_terms(word)
               for field in ("text", "title"))


def _unfielded(text: str) -> str:
    """Return text with field prefixes removed, for spelling."""
    return re.sub(r"\b\w+:\S+", " ", text)
