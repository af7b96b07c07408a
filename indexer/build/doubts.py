"""The reading report: why a document that was read may still have been read wrongly.

Each reason is short, for one line per document that a clerk scans to decide what to check:
"one item from 12 pages; minutes with no decision; no date".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Meeting

MANY_PAGES = 3
"""A meeting read as one item from this many pages probably had its item headings missed."""
LONG_ONE_ITEM = 20_000
"""The same for files without pages (text, web pages): one item of this many characters."""
UNDECODABLE_SHARE = 0.05
"""Dropped undecodable lines are worth a look from this share of the text up."""
DROPPED = re.compile(r"could not be decoded \((\d+)% of the text\)")


def doubts(meetings: Iterable[Meeting], warnings: Iterable[str]) -> tuple[str, ...]:
    """Return the reasons to check how a document was read (none for a clean reading)."""
    meetings = list(meetings)
    reasons = [*_one_item(meetings)]
    minutes = [m for m in meetings if m.kind == "minutes" and m.items]
    if any(all(i.decision == "none" for i in m.items) for m in minutes):
        reasons.append("minutes with no decision")
    if any(m.date is None for m in meetings):
        reasons.append("no date")
    if any(not m.committee for m in meetings):
        reasons.append("no committee")
    if any(m.kind == "agenda" and not m.items for m in meetings):
        reasons.append("an agenda with no items")
    reasons += [w for w in warnings if _worth_a_look(w)]
    return tuple(dict.fromkeys(reasons))


def _one_item(meetings: list[Meeting]) -> list[str]:
    """Say so when a meeting of many pages (or much text) gave a single item."""
    for meeting in meetings:
        if len(meeting.items) != 1:
            continue
        item = meeting.items[0]
        if len(item.pages) >= MANY_PAGES:
            return [f"one item from {len(item.pages)} pages"]
        if not item.pages and len(item.text) >= LONG_ONE_ITEM:
            return [f"one item from {len(item.text) // 1000} KB of text"]
    return []


def _worth_a_look(warning: str) -> bool:
    """Return True for a reading warning that belongs in the report: all but a few dropped lines.

    Dropped undecodable lines count only from UNDECODABLE_SHARE of the text up.
    """
    found = DROPPED.search(warning)
    return not found or int(found.group(1)) >= UNDECODABLE_SHARE * 100
