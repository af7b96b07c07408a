"""Pages that are not searches: one item, one meeting, the landing overview, the whole index."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.build.document import (
    MEETING_ID,
    meeting_documents,
    stored_item,
    stored_meeting,
)

from .errors import NotFoundError
from .facets import FacetTable
from .models import FacetValue, Item, MeetingView

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


def item_page(searcher: Searcher, item_id: str) -> ItemPage:
    """Return an item and the ids of the items before and after it in its meeting."""
    docnum = searcher.document_number(id=item_id)
    if docnum is None:
        raise NotFoundError(f"no item with id {item_id!r}")
    fields = searcher.stored_fields(docnum)
    item = stored_item(fields)
    siblings = [f["id"] for f in meeting_documents(searcher, item.meeting_id)]
    k = siblings.index(item_id)
    return ItemPage(
        item=item,
        meeting_heading=stored_meeting(fields).heading,
        previous_id=siblings[k - 1] if k > 0 else "",
        next_id=siblings[k + 1] if k + 1 < len(siblings) else "")


def meeting_view(searcher: Searcher, meeting_id: str) -> MeetingView:
    """Return a meeting with its heading, attendance and items."""
    docs = meeting_documents(searcher, meeting_id)
    if not docs:
        raise NotFoundError(f"no meeting with id {meeting_id!r}")
    items = tuple(stored_item(f) for f in docs)
    meeting = stored_meeting(docs[0])
    attendance = {k: v for k, v in asdict(meeting.attendance).items() if v}
    return MeetingView(
        id=meeting_id, source=items[0].source, source_kind=meeting.source_kind,
        committee=items[0].committee, date=items[0].date, heading=meeting.heading,
        kind=meeting.kind, url=meeting.url, date_from=meeting.date_from,
        attendance=attendance, items=items)


def overview(searcher: Searcher, facets: FacetTable) -> Overview:
    """Return counts per committee and year and the most recent meetings."""
    everything = list(wq.Every().docs(searcher))
    results = searcher.search(wq.Every(), sortedby="date", reverse=True, limit=RECENT_SCAN)
    meetings: dict[str, dict] = {}
    for hit in results:
        fields = hit.fields()
        if fields.get("date"):
            meetings.setdefault(fields[MEETING_ID], fields)
        if len(meetings) > RECENT_MEETINGS:
            break
    recent = tuple(
        MeetingSummary(mid, item.committee, item.date, stored_meeting(fields).heading,
                       len(list(searcher.docs_for_query(wq.Term(MEETING_ID, mid)))))
        for mid, fields in list(meetings.items())[:RECENT_MEETINGS]
        for item in [stored_item(fields)])
    return Overview(len(everything), facets.count("committee", everything),
                    facets.count("year", everything), recent)
