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


def running_date(pages: tuple[str, ...]) -> date | None:
    """Return the one date that the same running line gives on at least half of a paper's pages
    (two at least), or None: a record's head or footer names its meeting and that day on every
    page."""
    if len(pages) < 2:
        return None
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
