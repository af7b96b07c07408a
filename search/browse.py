"""Pages that are not searches: one item, one meeting, the landing overview, the whole index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from whoosh import query as wq
from whoosh.searching import Searcher

from .errors import NotFoundError
from .facets import FacetTable
from .models import FacetValue, Item, MeetingView
from .stored import day_from_number, item_from_fields

RECENT_MEETINGS = 8
RECENT_SCAN = 400


@dataclass(frozen=True)
class ItemPage:
    """An item with its neighbours in the meeting."""

    item: Item
    meeting_heading: str
    previous_id: str
    next_id: str


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as the landing page lists it."""

    id: str
    committee: str
    date: date | None
    heading: str
    items: int


@dataclass(frozen=True)
class Overview:
    """What the index holds, for the landing page."""

    items: int
    committees: tuple[FacetValue, ...]
    years: tuple[FacetValue, ...]
    recent: tuple[MeetingSummary, ...]


def _meeting_docs(searcher: Searcher, meeting_id: str) -> list[dict]:
    """Return the stored fields of a meeting's items, in order."""
    docs = [searcher.stored_fields(n) for n in
            searcher.docs_for_query(wq.Term("meeting_id", meeting_id))]
    return sorted(docs, key=lambda f: f.get("position", 0))


def item_page(searcher: Searcher, item_id: str) -> ItemPage:
    """Return an item and the ids of the items before and after it in its meeting."""
    docnum = searcher.document_number(id=item_id)
    if docnum is None:
        raise NotFoundError(f"no item with id {item_id!r}")
    fields = searcher.stored_fields(docnum)
    siblings = [f["id"] for f in _meeting_docs(searcher, fields["meeting_id"])]
    k = siblings.index(item_id)
    return ItemPage(
        item=item_from_fields(fields),
        meeting_heading=(fields.get("meeting") or {}).get("heading", ""),
        previous_id=siblings[k - 1] if k > 0 else "",
        next_id=siblings[k + 1] if k + 1 < len(siblings) else "")


def meeting_view(searcher: Searcher, meeting_id: str) -> MeetingView:
    """Return a meeting with its heading, attendance and items."""
    docs = _meeting_docs(searcher, meeting_id)
    if not docs:
        raise NotFoundError(f"no meeting with id {meeting_id!r}")
    first = docs[0]
    meeting = first.get("meeting") or {}
    attendance = {k: tuple(v) for k, v in (meeting.get("attendance") or {}).items() if v}
    return MeetingView(
        id=meeting_id, source=first["source"], source_kind=meeting.get("source_kind", ""),
        committee=first.get("committee", ""), date=day_from_number(first.get("date")),
        heading=meeting.get("heading", ""), kind=meeting.get("kind", "minutes"),
        url=meeting.get("url", ""), date_from=meeting.get("date_from", ""),
        attendance=attendance, items=tuple(item_from_fields(f) for f in docs))


def overview(searcher: Searcher, facets: FacetTable) -> Overview:
    """Return counts per committee and year and the most recent meetings."""
    everything = list(wq.Every().docs(searcher))
    results = searcher.search(wq.Every(), sortedby="date", reverse=True, limit=RECENT_SCAN)
    meetings: dict[str, list[dict]] = {}
    for hit in results:
        fields = hit.fields()
        if fields.get("date"):
            meetings.setdefault(fields["meeting_id"], []).append(fields)
        if len(meetings) > RECENT_MEETINGS:
            break
    recent = tuple(
        MeetingSummary(mid, docs[0].get("committee", ""), day_from_number(docs[0].get("date")),
                       (docs[0].get("meeting") or {}).get("heading", ""),
                       len(list(searcher.docs_for_query(wq.Term("meeting_id", mid)))))
        for mid, docs in list(meetings.items())[:RECENT_MEETINGS])
    return Overview(len(everything), facets.count("committee", everything),
                    facets.count("year", everything), recent)
