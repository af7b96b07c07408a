"""The best passage of an item for a query's words: the window of a few sentences holding the
most of them, each word counted by its rarity, so that one focused bullet of a long
'Matters Arising' counts as much as a short item about the same thing, and a long item whose
words stand apart (a whole meeting's minutes in one item) counts for less.

The ranker reads the words' positions; nothing here reads the index.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from whoosh import query as wq

PASSAGE_FIELD = "text"
TITLE_FIELD = "title"  # a word of the title stands over every passage of the item
WINDOW = 25  # positions: a sentence or two


def text_words(clause: wq.Query, field: str) -> set[str]:
    """Return the indexed words of a field through which a query word (a clause: its forms,
    expansions and phrases) can match."""
    return {w for node in leaves(clause) if getattr(node, "fieldname", None) == field
            for w in (node.words if isinstance(node, wq.Phrase) else [_text(node)])
            if w is not None}


def best_window(positions: list[list[int]], weights: list[float], everywhere: list[bool],
                window: int = WINDOW) -> float:
    """Return the largest total weight of the words standing within one window of positions.

    positions holds each word's positions in the item; a word that stands everywhere (in the
    title) counts in every window.
    """
    base = sum(w for w, e in zip(weights, everywhere, strict=True) if e)
    events = sorted((p, k) for k, found in enumerate(positions) if not everywhere[k]
                    for p in found)
    if not events:
        return base
    inside = [0] * len(weights)
    total = best = 0.0
    start = 0
    for position, k in events:
        if inside[k] == 0:
            total += weights[k]
        inside[k] += 1
        while events[start][0] <= position - window:
            gone = events[start][1]
            inside[gone] -= 1
            if inside[gone] == 0:
                total -= weights[gone]
            start += 1
        best = max(best, total)
    return base + best


def shares(positions: Iterator[list[list[int]]], weights: list[float],
           everywhere: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each of count items, the share of the words' weight its best window holds,
    and the share the whole item holds (everywhere: items × words, the words standing in each
    item's title)."""
    best = np.zeros(count, dtype=np.float32)
    held = np.zeros(count, dtype=np.float32)
    whole = sum(weights) or 1.0
    for k, found in enumerate(positions):
        titled = everywhere[k].tolist()
        best[k] = best_window(found, weights, titled) / whole
        held[k] = sum(w for w, at, t in zip(weights, found, titled, strict=True) if at or t) / whole
    return best, held


def _text(node: wq.Query) -> str | None:
    """Return a term's text, or None for anything else."""
    if not isinstance(node, wq.Term):
        return None
    return node.text if isinstance(node.text, str) else node.text.decode("utf-8")


def leaves(q: wq.Query) -> Iterator[wq.Query]:
    """Yield the queries of q that hold no others (terms, phrases, ranges)."""
    children = list(q.children())
    if isinstance(q, wq.Phrase) or not children:
        yield q
        return
    for child in children:
        yield from leaves(child)
