"""The meeting's date a paper's running heads or footers give ('Full Council – 7 June 2012 –
Page 2 of 4')."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..records import HEADING_MARK
from .dates import find_dates

EDGE_LINES = 3
"""Filled lines at a page's top and foot where a running head or footer stands."""
RUNNING_SHARE = 0.5
"""The share of pages (at least two) that must carry the same dated line."""
RUNNING_WORDS = 16
OTHER_EVENT = re.compile(r"\b(?:printed|published|generated|updated|issued|created|modified"
                         r"|uploaded|downloaded|version|revised|circulated|next|previous|last)\b",
                         re.I)
"""Words that make a footer's day the paper's (when it was printed or revised), not the
meeting's."""
FIGURES = re.compile(r"\d+")
PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d\b")
"""A browser's print header: the day and hour the page was printed, then its title."""


PAGE_MARK = re.compile(r"\bPage\s+(?P<page>\d{1,3})(?:\s+of\s+\d{1,3})?\b", re.I)
MIN_MARKED = 2
MARKED_WORDS = 24
"""A paper's pages kept as lines of one text (a document site's transcription, a copied PDF):
each page's running head or footer still carries its page's number."""


def running_date(pages: tuple[str, ...]) -> date | None:
    """Return the one date that the same running line gives on at least half of a paper's pages
    (two at least), or None: a record's head or footer names its meeting and that day on every
    page."""
    if len(pages) < 2:
        return _marked_running_date(pages[0]) if pages else None
    counts: Counter[tuple[str, date]] = Counter()
    for page in pages:
        filled = [text for line in page.splitlines() if (text := line.strip(f" {HEADING_MARK}"))]
        edges = filled[:EDGE_LINES] + filled[-EDGE_LINES:]
        counts.update({(FIGURES.sub("#", text).casefold(), day) for text in edges
                       if len(text.split()) <= RUNNING_WORDS and not OTHER_EVENT.search(text)
                       and not PRINT_STAMP.match(text)
                       for day, _, _ in find_dates(text)})
    need = max(2, RUNNING_SHARE * len(pages))
    days = {day for (_, day), n in counts.items() if n >= need}
    return days.pop() if len(days) == 1 else None


def _marked_running_date(text: str) -> date | None:
    """Return the one date that the same words, opening a line and numbered as a page ('…
    Minutes - March 11, 2013 Page 2 of 4', the page's text may run on after it), give on at
    least MIN_MARKED pages of a paper kept as one text, or None. The pages must differ in their
    number: a newspaper's 'Issue 1187, 5 April 1883, Page 2' twice on one page is one page."""
    pages: dict[tuple[str, date], set[str]] = {}
    for line in text.splitlines():
        mark = PAGE_MARK.search(line)
        head = line[:mark.start()].strip(f" {HEADING_MARK}") if mark else ""
        if not head or len(head.split()) > MARKED_WORDS or OTHER_EVENT.search(head) \
                or PRINT_STAMP.match(head):
            continue
        for day, _, _ in find_dates(head):
            pages.setdefault((FIGURES.sub("#", head).casefold(), day), set()).add(
                mark.group("page"))
    days = {day for (_, day), seen in pages.items() if len(seen) >= MIN_MARKED}
    return days.pop() if len(days) == 1 else None
