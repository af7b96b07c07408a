"""Highlighted snippets: the best fragments of an item around the words that matched.

The stored text is split into words with the index's word pattern; a word is marked when the
index's analyzer turns it into one of the query's terms (cached per distinct word, so a page of
results costs a dictionary lookup per word, not a re-analysis of every text). Document text is
escaped; only the <mark> tags are HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from indexer.build.analysis import WORD, text_analyzer

FRAGMENT_CHARS = 240
SURROUND = 70
TOP_FRAGMENTS = 2
PLAIN_CHARS = 240
SEPARATOR = " … "
DECISION_CHARS = 400
WORDS = re.compile(WORD)
ANALYZER = text_analyzer()


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> frozenset[str]:
    """Return the index terms one word of text becomes ('Strategies' → {'strategi'})."""
    return frozenset(t.text for t in ANALYZER(word, mode="index"))


@dataclass(frozen=True)
class _Fragment:
    """A span of text and the matches inside it."""

    start: int
    end: int
    matches: tuple[tuple[int, int], ...]
    score: float


def matches(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of every word of text that is one of the terms."""
    return [(m.start(), m.end()) for m in WORDS.finditer(text)
            if not word_terms(m.group().lower()).isdisjoint(terms)]


def snippet(text: str, terms: frozenset[str]) -> str:
    """Return the best fragments of text around the terms, or its opening if none match."""
    found = matches(text, terms) if terms and text else []
    if not found:
        return opening(text)
    fragments = _best(text, found, FRAGMENT_CHARS, SURROUND, TOP_FRAGMENTS)
    return SEPARATOR.join(_render(text, f) for f in fragments)


def matched_part(text: str, terms: frozenset[str]) -> str:
    """Return the fragment of text that contains the terms, or '' if none do."""
    found = matches(text, terms) if terms and text else []
    if not found:
        return ""
    return _render(text, _best(text, found, DECISION_CHARS, DECISION_CHARS // 2, 1)[0])


def highlight_all(text: str, terms: frozenset[str]) -> str:
    """Return the whole text, escaped, with every matching word marked."""
    found = matches(text, terms) if terms and text else []
    return _render(text, _Fragment(0, len(text), tuple(found), 0.0), whole=True)


def opening(text: str) -> str:
    """Return the escaped first words of text, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= PLAIN_CHARS:
        return escape(flat, quote=False)
    cut = flat[:PLAIN_CHARS].rsplit(" ", 1)[0]
    return escape(cut, quote=False) + "…"


def _best(text: str, found: list[tuple[int, int]], size: int, surround: int,
          top: int) -> list[_Fragment]:
    """Return the top fragments (most distinct matched words, then most matches), in order."""
    candidates = []
    for first, _ in found:
        start = max(0, first - surround)
        inside = [m for m in found if m[0] >= start and m[1] <= start + size]
        end = min(len(text), max(inside[-1][1] + surround, start + size))
        distinct = {text[a:b].lower() for a, b in inside}
        candidates.append(_Fragment(start, end, tuple(inside), len(distinct) + 0.1 * len(inside)))
    chosen: list[_Fragment] = []
    for fragment in sorted(candidates, key=lambda f: (-f.score, f.start)):
        if all(fragment.end <= c.start or fragment.start >= c.end for c in chosen):
            chosen.append(fragment)
        if len(chosen) == top:
            break
    return sorted(chosen, key=lambda f: f.start)


def _render(text: str, fragment: _Fragment, whole: bool = False) -> str:
    """Return a fragment's text, escaped, with its matches marked, cut at word boundaries."""
    start, end = fragment.start, fragment.end
    if not whole:
        start = _word_start(text, start)
        end = _word_end(text, end)
    out, at = [], start
    for a, b in fragment.matches:
        if a < start or b > end:
            continue
        out.append(escape(text[at:a], quote=False))
        out.append(f'<mark class="match">{escape(text[a:b], quote=False)}</mark>')
        at = b
    out.append(escape(text[at:end], quote=False))
    joined = "".join(out)
    return joined if whole else " ".join(joined.split())


def _word_start(text: str, at: int) -> int:
    """Move a fragment's start forward to the beginning of a word."""
    if at == 0 or not text[at - 1].isalnum():
        return at
    space = text.find(" ", at)
    return space + 1 if 0 <= space < at + 20 else at


def _word_end(text: str, at: int) -> int:
    """Move a fragment's end back to the end of a word."""
    if at >= len(text) or not text[at].isalnum():
        return at
    space = text.rfind(" ", at - 20, at)
    return space if space > 0 else at
