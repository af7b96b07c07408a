"""Highlighted snippets: the best fragments of an item around the words that matched.

Document text is escaped by Whoosh's HtmlFormatter; only the <mark> tags are HTML.
"""

from __future__ import annotations

from html import escape

from whoosh import highlight
from whoosh.analysis import Analyzer

FRAGMENT_CHARS = 240
SURROUND = 70
TOP_FRAGMENTS = 2
PLAIN_CHARS = 240
SEPARATOR = " … "
DECISION_CHARS = 400


def _formatter() -> highlight.HtmlFormatter:
    """Return the formatter that wraps matches in <mark>."""
    return highlight.HtmlFormatter(tagname="mark", between=SEPARATOR, classname="match")


def snippet(text: str, terms: frozenset[str], analyzer: Analyzer) -> str:
    """Return the best fragments of text around the terms, or its opening if none match."""
    if terms and text:
        fragmenter = highlight.ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=SURROUND)
        found = highlight.highlight(text, terms, analyzer, fragmenter, _formatter(),
                                    top=TOP_FRAGMENTS, mode="index")
        if found:
            return found
    return opening(text)


def matched_part(text: str, terms: frozenset[str], analyzer: Analyzer) -> str:
    """Return the fragment of text that contains the terms, or '' if none do."""
    if not (terms and text):
        return ""
    fragmenter = highlight.ContextFragmenter(maxchars=DECISION_CHARS, surround=DECISION_CHARS // 2)
    return highlight.highlight(text, terms, analyzer, fragmenter, _formatter(), top=1,
                               mode="index") or ""


def highlight_all(text: str, terms: frozenset[str], analyzer: Analyzer) -> str:
    """Return the whole text, escaped, with every matching word marked."""
    if not (terms and text):
        return escape(text, quote=False)
    return highlight.highlight(text, terms, analyzer, highlight.WholeFragmenter(charlimit=None),
                               _formatter(), top=1, mode="index") or escape(text, quote=False)


def opening(text: str) -> str:
    """Return the escaped first words of text, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= PLAIN_CHARS:
        return escape(flat, quote=False)
    cut = flat[:PLAIN_CHARS].rsplit(" ", 1)[0]
    return escape(cut, quote=False) + "…"
