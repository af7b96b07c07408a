"""The index document: one Whoosh document per agenda item, written and read back here only.

Everything that knows the shape of an index document lives in this module: the field names
that readers use, item_document() that turns an AgendaItem into a document, stored_item() and
stored_meeting() that read one back (for search hits, item and meeting pages, export), and
stored_meetings() that rebuilds Meeting records to re-file items without re-reading them. The
meeting date is stored as the integer YYYYMMDD; day_number() and day_from_number() convert.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from whoosh import query
from whoosh.searching import Searcher

from ..parse.committees import source_hash
from ..parse.person_names import is_role
from ..records import DECISION_KINDS, AgendaItem, Attendance, Meeting

__all__ = ["DECISION_KINDS"]

SPEAKER_SEPARATOR = "\x1f"
"""Joins an item's speakers in the speaker_facet column."""
DECIDED = tuple(kind for kind in DECISION_KINDS if kind != "none")
"""The kinds that record a decision: what the filter 'decision any' stands for."""

REPORT_CHARS = 1500
"""An agenda item this long (a page or more) is a report rather than an agenda entry."""

# Field names that readers use; schema.py defines every field.
ID = "id"
MEETING_ID = "meeting_id"
SOURCE = "source"
DATE = "date"
POSITION = "position"
OCR = "ocr"
FACET_COLUMNS = {"committee": "committee_facet", "year": "year", "speaker": "speaker_facet",
                 "decision": "decision", "kind": "kind"}


def day_number(day: date) -> int:
    """Return a date as the integer YYYYMMDD the index stores."""
    return day.year * 10000 + day.month * 100 + day.day


def day_from_number(value: int | None) -> date | None:
    """Turn a stored YYYYMMDD integer back into a date (None for an unknown date)."""
    if not value:
        return None
    return date(value // 10000, value // 100 % 100, value % 100)


def column_text(value: bytes | str) -> str:
    """Return a column value as text (columns give bytes or str depending on the field)."""
    return value.decode("utf-8") if isinstance(value, bytes) else value


def ocr_json(confidence: float | None) -> dict[str, Any]:
    """Return the JSON fields that say whether an item was read by OCR, and how surely."""
    return {"ocr": confidence is not None,
            "ocr_confidence": None if confidence is None else round(confidence, 2)}


def item_document(meeting: Meeting, item: AgendaItem, source_kind: str,
                  summary: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the Whoosh document of one agenda item (summary: meeting_summary's, if made)."""
    doc: dict[str, Any] = {
        ID: item.id,
        MEETING_ID: meeting.id,
        SOURCE: meeting.source,
        POSITION: item.position,
        "number": " ".join(n for n in (item.number, item.agenda_ref) if n),
        "_stored_number": item.number,
        "title": item.title,
        "text": item.text,
        "resolutions": "\n\n".join(item.resolutions),
        "_stored_resolutions": list(item.resolutions),
        # A post that spoke ('The Clerk') is searched and stored with the people, and told
        # apart from them again when read (is_role); it is no person of the speaker facet.
        "speakers": "\n".join(item.speakers + item.roles),
        "_stored_speakers": list(item.speakers + item.roles),
        "committee": meeting.committee,
        "committee_facet": meeting.committee,
        "speaker_facet": SPEAKER_SEPARATOR.join(item.speakers).encode("utf-8"),
        "decision": item.decision,
        "pages": list(item.pages),
        OCR: item.ocr_confidence,
        "agenda_ref": item.agenda_ref,
        "meeting": meeting_summary(meeting, source_kind) if summary is None else summary,
        "spell": f"{item.title}\n{item.text}",
        "kind": item_kind({"meeting": {"kind": meeting.kind}, "number": item.number,
                           "agenda_ref": item.agenda_ref, "text": item.text}).encode("utf-8"),
    }
    if meeting.date:
        doc[DATE] = day_number(meeting.date)
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


@dataclass(frozen=True)
class StoredItem:
    """One agenda item as the index stores it, with its meeting's id, source, committee, date."""

    id: str
    meeting_id: str
    source: str
    source_kind: str
    position: int
    committee: str
    date: date | None
    number: str
    agenda_ref: str
    title: str
    text: str
    speakers: tuple[str, ...]
    resolutions: tuple[str, ...]
    decision: str
    pages: tuple[int, ...]
    roles: tuple[str, ...] = ()
    """Posts that spoke where the record does not say who held them ('The Clerk')."""
    ocr_confidence: float | None = None
    """The mean confidence (0–1) of the OCR that read the item's scanned pages; None if none."""
    url: str = ""
    kind: str = "minutes"

    def to_json(self) -> dict[str, Any]:
        """Return the item as one line of `minutebook export`."""
        return {
            "id": self.id, "source": self.source, "pages": list(self.pages),
            **ocr_json(self.ocr_confidence),
            "committee": self.committee,
            "date": self.date.isoformat() if self.date else None, "number": self.number,
            "title": self.title, "speakers": list(self.speakers), "roles": list(self.roles),
            "resolutions": list(self.resolutions), "text": self.text,
            "decision": self.decision, "agenda_ref": self.agenda_ref,
            "meeting_id": self.meeting_id, "position": self.position,
            "url": self.url or None, "kind": self.kind,
        }


@dataclass(frozen=True)
class StoredMeeting:
    """What each item stores about its meeting beyond committee and date."""

    heading: str
    kind: str
    url: str
    date_from: str
    committee_from: str
    attendance: Attendance
    source_kind: str


def stored_item(fields: dict[str, Any]) -> StoredItem:
    """Return the item a document's stored fields describe."""
    return StoredItem(
        id=fields[ID],
        meeting_id=fields[MEETING_ID],
        source=fields[SOURCE],
        source_kind=(fields.get("meeting") or {}).get("source_kind", ""),
        position=fields.get(POSITION, 0),
        committee=fields.get("committee", ""),
        date=day_from_number(fields.get(DATE)),
        number=fields.get("number", ""),
        agenda_ref=fields.get("agenda_ref", ""),
        title=fields.get("title", ""),
        text=fields.get("text", ""),
        speakers=tuple(s for s in fields.get("speakers") or () if not is_role(s)),
        roles=tuple(s for s in fields.get("speakers") or () if is_role(s)),
        resolutions=tuple(fields.get("resolutions") or ()),
        decision=fields.get("decision", "none"),
        pages=tuple(fields.get("pages") or ()),
        ocr_confidence=fields.get(OCR),
        url=(fields.get("meeting") or {}).get("url") or "",
        kind=item_kind(fields),
    )


def item_kind(fields: dict[str, Any]) -> str:
    """Return what an item is: 'minutes', or in an agenda an 'agenda' entry or a 'report'.

    An agenda's numbered paper with pages of its own is a report; its front sheet, contents
    and short entries are the agenda.
    """
    if (fields.get("meeting") or {}).get("kind", "minutes") == "minutes":
        return "minutes"
    numbered = fields.get("number") or fields.get("agenda_ref")
    return "report" if numbered and len(fields.get("text", "")) >= REPORT_CHARS else "agenda"


def stored_meeting(fields: dict[str, Any]) -> StoredMeeting:
    """Return what a document's stored fields say about its item's meeting."""
    summary = fields.get("meeting") or {}
    return StoredMeeting(
        heading=summary.get("heading", ""), kind=summary.get("kind", "minutes"),
        url=summary.get("url", ""), date_from=summary.get("date_from", ""),
        committee_from=summary.get("committee_from", ""),
        attendance=Attendance(**{k: tuple(v) for k, v in
                                 (summary.get("attendance") or {}).items()}),
        source_kind=summary.get("source_kind", ""))


def meeting_documents(searcher: Searcher, meeting_id: str) -> list[dict[str, Any]]:
    """Return the stored fields of a meeting's items, in order."""
    docs = [searcher.stored_fields(n) for n in
            searcher.docs_for_query(query.Term(MEETING_ID, meeting_id))]
    return sorted(docs, key=lambda f: f.get(POSITION, 0))


def stored_meetings(searcher: Searcher, source: str) -> tuple[list[Meeting], str]:
    """Return the meetings the index holds for one source file, and the file's kind."""
    docs = [searcher.stored_fields(n) for n in
            searcher.docs_for_query(query.Term(SOURCE, source))]
    by_meeting: dict[str, list[dict[str, Any]]] = {}
    for fields in sorted(docs, key=lambda f: f[ID]):
        by_meeting.setdefault(fields[MEETING_ID], []).append(fields)
    kind = stored_meeting(docs[0]).source_kind if docs else ""
    return [_meeting(items) for _, items in sorted(by_meeting.items())], kind


def _meeting(docs: list[dict[str, Any]]) -> Meeting:
    """Return one meeting from its items' stored fields."""
    items = [stored_item(f) for f in sorted(docs, key=lambda f: f.get(POSITION, 0))]
    first, summary = items[0], stored_meeting(docs[0])
    return Meeting(
        id=first.meeting_id, source=first.source, committee=first.committee, date=first.date,
        heading=summary.heading, items=tuple(_agenda_item(i) for i in items),
        attendance=summary.attendance, kind=summary.kind, url=summary.url,
        date_from=summary.date_from, committee_from=summary.committee_from)


def _agenda_item(item: StoredItem) -> AgendaItem:
    """Return the AgendaItem a stored item was written from."""
    return AgendaItem(
        id=item.id, position=item.position, number=item.number, title=item.title,
        text=item.text, pages=item.pages, agenda_ref=item.agenda_ref, speakers=item.speakers,
        roles=item.roles, resolutions=item.resolutions, decision=item.decision,
        ocr_confidence=item.ocr_confidence)


def moved(meetings: list[Meeting], source: str) -> list[Meeting]:
    """Return the meetings re-filed under a new source path, with ids derived from it."""
    stem = source_hash(source)
    return [replace(m, id=f"{stem}-{m.id.rsplit('-', 1)[1]}", source=source,
                    items=tuple(replace(i, id=f"{stem}-{i.id.rsplit('-', 1)[1]}")
                                for i in m.items))
            for m in meetings]
