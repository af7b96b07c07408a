"""Bounds on one search's work: a deadline, and how far wildcards, ranges and fuzzy words expand.

A query is a few hundred characters, but `*e*` stands for every word of the index holding an
'e', and `[a TO z]` for every word at all: each would be read and scored. So a wildcard needs
MIN_PREFIX letters before its first * or ?, a bare * is refused inside a larger query, and a
word pattern or range may stand for at most MAX_EXPANSION words of the index. What remains is
checked against the request's Deadline between the stages of a search.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from itertools import islice

from whoosh import query as wq
from whoosh.reading import IndexReader

from .errors import QueryError, SearchTimeout

MIN_PREFIX = 2
MAX_EXPANSION = 1000
WILDCARDS = "*?"


@dataclass(frozen=True)
class Deadline:
    """The monotonic time by which a search must be answered (inf: no deadline)."""

    at: float = math.inf
    seconds: float = math.inf

    @classmethod
    def after(cls, seconds: float | None) -> Deadline:
        """Return the deadline seconds from now (none for None)."""
        if seconds is None:
            return cls()
        return cls(time.monotonic() + seconds, seconds)

    def remaining(self) -> float:
        """Return the seconds left (inf without a deadline; 0 once passed)."""
        return max(0.0, self.at - time.monotonic())

    def check(self) -> None:
        """Raise SearchTimeout once the deadline has passed."""
        if time.monotonic() >= self.at:
            raise SearchTimeout(f"the search took longer than {self.seconds:g} s and was "
                                "stopped: try fewer or longer words, or add a filter")


def check_wildcards(q: wq.Query) -> None:
    """Raise QueryError for a wildcard with too short a start, or a bare * among other words."""
    for leaf in _leaves(q):
        if isinstance(leaf, wq.Every) and leaf is not q and leaf.fieldname:
            raise QueryError("'*' on its own matches every item: to list them all, leave out "
                             "the words and choose filters")
        text = leaf.text if isinstance(leaf, wq.Wildcard | wq.Prefix) else None
        if isinstance(text, str):
            literal = len(text) if isinstance(leaf, wq.Prefix) else _literal_start(text)
            if literal < MIN_PREFIX:
                shown = f"{text}*" if isinstance(leaf, wq.Prefix) else text
                raise QueryError(f"'{shown}': a wildcard needs at least {MIN_PREFIX} letters "
                                 "before its first * or ? (e.g. strat*)")


def check_expansions(q: wq.Query, reader: IndexReader) -> None:
    """Raise QueryError for a pattern, range or fuzzy word that stands for too many words."""
    for leaf in _leaves(q):
        if not isinstance(leaf, wq.MultiTerm):
            continue
        found = sum(1 for _ in islice(leaf.expanded_terms(reader), MAX_EXPANSION + 1))
        if found > MAX_EXPANSION:
            raise QueryError(f"'{_shown(leaf)}' stands for more than {MAX_EXPANSION:,} words "
                             "of the index: make it longer or narrower")


def _leaves(q: wq.Query):
    """Yield q and every query inside it."""
    yield q
    for child in q.children():
        yield from _leaves(child)


def _literal_start(pattern: str) -> int:
    """Return how many characters come before the pattern's first wildcard."""
    return min((pattern.index(c) for c in WILDCARDS if c in pattern), default=len(pattern))


def _shown(leaf: wq.Query) -> str:
    """Return a pattern or range the way the user wrote it, near enough."""
    if isinstance(leaf, wq.TermRange):
        return f"[{leaf.start or ''} TO {leaf.end or ''}]"
    if isinstance(leaf, wq.Prefix):
        return f"{leaf.text}*"
    return str(getattr(leaf, "text", leaf))
