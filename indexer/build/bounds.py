"""Bound an item's text at index time: a runaway item is split into parts at paragraphs.

An item of megabytes (a whole pack read as one item, a 19 MB page) makes every search that
matches it slow to snippet and its page slow to show. Splitting, rather than storing a
truncated text beside a full indexed one, keeps every word both searchable and shown: each
part is an item of its own, "Title (part 2)", with the pages its share of the text falls on.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import AgendaItem, Meeting

MAX_ITEM_CHARS = 200_000
"""The most text one item keeps (characters); longer items are split."""


def bound_items(meetings: list[Meeting], limit: int = MAX_ITEM_CHARS
                ) -> tuple[list[Meeting], tuple[str, ...]]:
    """Return the meetings with no item over limit characters, and a note per item split."""
    notes: list[str] = []
    bounded = []
    for meeting in meetings:
        if all(len(item.text) <= limit for item in meeting.items):
            bounded.append(meeting)
            continue
        items: list[AgendaItem] = []
        for item in meeting.items:
            if len(item.text) <= limit:
                items.append(item)
                continue
            parts = split_text(item.text, limit)
            notes.append(f"item {_label(item)} split into {len(parts)} parts for size "
                         f"({len(item.text) // 1000:,} KB of text)")
            items.extend(_parts(item, parts))
        bounded.append(replace(meeting, items=tuple(
            replace(item, position=k) for k, item in enumerate(items, 1))))
    return bounded, tuple(notes)


def split_text(text: str, limit: int) -> list[str]:
    """Cut text into parts of at most limit characters, at paragraphs, else lines, else words."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for piece in _pieces(text, limit):
        if current and size + 2 + len(piece) > limit:
            parts.append("\n\n".join(current))
            current, size = [], 0
        current.append(piece)
        size += len(piece) + 2
    if current:
        parts.append("\n\n".join(current))
    return parts


def _pieces(text: str, limit: int) -> list[str]:
    """Return the paragraphs of text, any longer than limit cut at lines, spaces or anywhere."""
    pieces = []
    for paragraph in text.split("\n\n"):
        while len(paragraph) > limit:
            cut = max(paragraph.rfind("\n", 0, limit), paragraph.rfind(" ", 0, limit))
            cut = cut if cut > limit // 2 else limit
            pieces.append(paragraph[:cut].rstrip())
            paragraph = paragraph[cut:].lstrip()
        pieces.append(paragraph)
    return pieces


def _label(item: AgendaItem) -> str:
    """Name an item in a note: its number and title."""
    number = f"{item.number}. " if item.number else ""
    return f"'{number}{item.title or '(untitled)'}'"


def _parts(item: AgendaItem, texts: list[str]) -> list[AgendaItem]:
    """Return an item's parts: the first keeps its id, the others add 'p2', 'p3'…

    Each part gets the pages its share of the text falls on (estimated by its offset in the
    text), the speakers whose surname it mentions, and the decision if it holds it.
    """
    total = sum(len(t) for t in texts) or 1
    holder = next((k for k, t in enumerate(texts)
                   if item.resolutions and item.resolutions[0][:60] in t), len(texts) - 1)
    parts = []
    start = 0
    for k, text in enumerate(texts):
        pages = _share(item.pages, start / total, (start + len(text)) / total)
        start += len(text)
        parts.append(replace(
            item, id=item.id if k == 0 else f"{item.id}p{k + 1}", text=text, pages=pages,
            title=f"{item.title} (part {k + 1})" if item.title else f"part {k + 1}",
            speakers=tuple(s for s in item.speakers if (s.split() or [s])[-1] in text),
            roles=tuple(s for s in item.roles if (s.split() or [s])[-1] in text),
            resolutions=item.resolutions if k == holder else (),
            decision=item.decision if k == holder else "none"))
    return parts


def _share(pages: tuple[int, ...], begin: float, end: float) -> tuple[int, ...]:
    """Return the pages between two fractions of a page range (at least one page)."""
    if not pages:
        return ()
    first = min(int(begin * len(pages)), len(pages) - 1)
    last = max(first + 1, min(len(pages), -int(-end * len(pages))))
    return pages[first:last]
