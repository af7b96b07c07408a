"""Write meetings to the Whoosh index: one document per agenda item."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from whoosh.writing import IndexWriter

from ..records import AgendaItem, Meeting
from .schema import SPEAKER_SEPARATOR


def item_document(meeting: Meeting, item: AgendaItem, source_kind: str) -> dict[str, Any]:
    """Return the Whoosh document of one agenda item."""
    doc: dict[str, Any] = {
        "id": item.id,
        "meeting_id": meeting.id,
        "source": meeting.source,
        "position": item.position,
        "number": " ".join(n for n in (item.number, item.agenda_ref) if n),
        "_stored_number": item.number,
        "title": item.title,
        "text": item.text,
        "resolutions": "\n\n".join(item.resolutions),
        "_stored_resolutions": list(item.resolutions),
        "speakers": "\n".join(item.speakers),
        "_stored_speakers": list(item.speakers),
        "committee": meeting.committee,
        "committee_facet": meeting.committee,
        "speaker_exact": ",".join(s.replace(",", " ") for s in item.speakers),
        "speaker_facet": SPEAKER_SEPARATOR.join(item.speakers).encode("utf-8"),
        "decision": item.decision,
        "pages": list(item.pages),
        "agenda_ref": item.agenda_ref,
        "meeting": meeting_summary(meeting, source_kind),
        "spell": f"{item.title}\n{item.text}",
    }
    if meeting.date:
        doc["date"] = int(meeting.date.strftime("%Y%m%d"))
        doc["year"] = meeting.date.year
    return doc


def meeting_summary(meeting: Meeting, source_kind: str) -> dict[str, Any]:
    """Return what a meeting page shows beyond its items, stored with each item."""
    return {
        "heading": meeting.heading,
        "kind": meeting.kind,
        "url": meeting.url,
        "date_from": meeting.date_from,
        "committee_from": meeting.committee_from,
        "attendance": asdict(meeting.attendance),
        "source_kind": source_kind,
    }


def add_meetings(writer: IndexWriter, meetings: list[Meeting], source_kind: str) -> int:
    """Add every item of the meetings to the index; return how many were added."""
    count = 0
    for meeting in meetings:
        for item in meeting.items:
            writer.add_document(**item_document(meeting, item, source_kind))
            count += 1
    return count
