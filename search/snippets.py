"""Highlighted snippets: the best fragments of an item around the words that matched.

The stored text is split into words with the index's word pattern; a word is marked when the
index's analyzer turns it into one of the query's terms (cached per distinct word, so a page of
results costs a dictionary lookup per word, not a re-analysis of every text). A snippet is
plain text with marked spans (Snippet); the web UI and the CLI each render it, and the JSON
output carries Snippet.html(): the text escaped, only the <mark> tags HTML.

An item's text comes from a document, so the work per snippet is bounded whatever it holds:
matches are looked for in the first SCAN_CHARS of the text only, at most MAX_MATCHES of them,
and the best fragment is found in one pass over those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.build.analysis import WORD, text_analyzer

from .models import Snippet

FRAGMENT_CHARS = 240
SURROUND = 70
TOP_FRAGMENTS = 2
PLAIN_CHARS = 240
SEPARATOR = " … "
DECISION_CHARS = 400
SCAN_CHARS = 60_000  # about 15 pages of minutes; a page of hits scans at most this per item
MAX_MATCHES = 500
WORDS = re.compile(WORD)
WHITESPACE = re.compile(r"\s+")  # what str.split() splits on
SENTENCE_MARKS = (".", "!", "?", ":", ";", "")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z\"'(])|\n\s*\n")
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


def matches(text: str, terms: frozenset[str], limit: int | None = None
            ) -> list[tuple[int, int]]:
    """Return the (start, end) of every word of text that is one of the terms (the first limit)."""
    found = []
    for m in WORDS.finditer(text):
        if not word_terms(m.group().lower()).isdisjoint(terms):
            found.append((m.start(), m.end()))
            if len(found) == limit:
                break
    return found


def _bounded_matches(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Return the first MAX_MATCHES matches within the first SCAN_CHARS of text."""
    if not terms or not text:
        return []
    window = text[:SCAN_CHARS]
    cut = window.rfind(" ")
    if len(text) > SCAN_CHARS and cut > 0:
        # A word cut in two by the window would be matched as its first half.
        window = window[:cut]
    return matches(window, terms, MAX_MATCHES)


def snippet(text: str, terms: frozenset[str]) -> Snippet:
    """Return the best fragments of text around the terms, or its opening if none match."""
    found = _bounded_matches(text, terms)
    if not found:
        return opening(text)
    fragments = _best(text, found, FRAGMENT_CHARS, SURROUND, TOP_FRAGMENTS)
    if not fragments:
        return opening(text)
    parts: list[tuple[str, bool]] = []
    for k, fragment in enumerate(fragments):
        rendered = list(_render(text, fragment).parts)
        if k and rendered and not rendered[0][1] and rendered[0][0].startswith("…"):
            rendered[0] = (rendered[0][0][1:], False)  # the separator says it already
        parts += ([(SEPARATOR, False)] if k else []) + rendered
    return Snippet(_merged(parts))


def matched_part(text: str, terms: frozenset[str]) -> Snippet:
    """Return the fragment of text that contains the terms, or an empty one if none do."""
    found = _bounded_matches(text, terms)
    best = _best(text, found, DECISION_CHARS, DECISION_CHARS // 2, 1) if found else []
    return _render(text, best[0]) if best else Snippet()


def highlight_all(text: str, terms: frozenset[str]) -> Snippet:
    """Return the whole text with every matching word marked."""
    found = matches(text, terms) if terms and text else []
    return _render(text, _Fragment(0, len(text), tuple(found), 0.0), whole=True)


def opening(text: str) -> Snippet:
    """Return the first words of text, cut at a word boundary, nothing marked."""
    # Enough of the text for PLAIN_CHARS even after collapsing runs of spaces, not all of it.
    flat = " ".join(text[:PLAIN_CHARS * 8].split())
    if len(flat) > PLAIN_CHARS:
        flat = flat[:PLAIN_CHARS].rsplit(" ", 1)[0] + "…"
    return Snippet(((flat, False),) if flat else ())


def _best(text: str, found: list[tuple[int, int]], size: int, surround: int,
          top: int) -> list[_Fragment]:
    """Return the top fragments (most distinct matched words, then most matches), in order.

    A candidate starts surround before each match and holds the matches that fit in size
    from there; found is in text order, so both ends of that run only move forward.
    """
    candidates = []
    first_in, past = 0, 0
    for first, _ in found:
        start = max(0, first - surround)
        while first_in < len(found) and found[first_in][0] < start:
            first_in += 1
        past = max(past, first_in)
        while past < len(found) and found[past][1] <= start + size:
            past += 1
        inside = tuple(found[first_in:past])
        if not inside:  # a single word longer than the fragment
            continue
        end = min(len(text), max(inside[-1][1] + surround, start + size))
        distinct = {text[a:b].lower() for a, b in inside}
        candidates.append(_Fragment(start, end, inside, len(distinct) + 0.1 * len(inside)))
    chosen: list[_Fragment] = []
    for fragment in sorted(candidates, key=lambda f: (-f.score, f.start)):
        if all(fragment.end <= c.start or fragment.start >= c.end for c in chosen):
            chosen.append(fragment)
        if len(chosen) == top:
            break
    return sorted(chosen, key=lambda f: f.start)


def _render(text: str, fragment: _Fragment, whole: bool = False) -> Snippet:
    """Return a fragment's text with its matches marked, cut at word boundaries.

    Unless whole, runs of whitespace become one space and the ends are trimmed (a marked word
    holds no whitespace, so this is done part by part).
    """
    start, end = fragment.start, fragment.end
    if not whole:
        first = fragment.matches[0][0] if fragment.matches else end
        start = _word_start(text, start, first)
        end = _word_end(text, end)
    parts, at = [], start
    for a, b in fragment.matches:
        if a < start or b > end:
            continue
        parts += [(text[at:a], False), (text[a:b], True)]
        at = b
    parts.append((text[at:end], False))
    if not whole:
        parts = [(WHITESPACE.sub(" ", t), m) for t, m in parts]
        if start > 0 and text[:start].rstrip()[-1:] not in SENTENCE_MARKS:
            parts.insert(0, ("…", False))  # opens inside a sentence: say so
    return Snippet(_merged(parts, trim=not whole))


def _merged(parts: list[tuple[str, bool]], trim: bool = False) -> tuple[tuple[str, bool], ...]:
    """Drop empty parts and join neighbouring unmarked ones; trim the ends' whitespace if asked."""
    out: list[tuple[str, bool]] = []
    for text, marked in parts:
        if not text:
            continue
        if out and not marked and not out[-1][1]:
            out[-1] = (out[-1][0] + text, False)
        else:
            out.append((text, marked))
    if trim and out:
        out[0] = (out[0][0].lstrip(), out[0][1])
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
        out = [p for p in out if p[0]]
    return tuple(out)


def _word_start(text: str, at: int, first: int) -> int:
    """Move a fragment's start forward to a sentence's start, else a word's, not past first.

    A word is whatever lies between spaces, so a snippet never opens inside a URL or an
    e-mail address ('uk/minutes') any more than inside a word.
    """
    if at == 0:
        return at
    sentence = SENTENCE_END.search(text, at, first)
    if sentence:
        return sentence.end()
    if text[at - 1].isspace():
        return at
    space = WHITESPACE.search(text, at, first)
    return space.end() if space else at


def _word_end(text: str, at: int) -> int:
    """Move a fragment's end back to the end of a word (whatever lies between spaces)."""
    if at >= len(text) or text[at].isspace():
        return at
    space = max(text.rfind(" ", at - 40, at), text.rfind("\n", at - 40, at))
    return space if space > 0 else at
