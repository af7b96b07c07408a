"""Rebuild Meeting records from what the index stored, to re-file items without re-reading."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from whoosh import query
from whoosh.searching import Searcher

from ..parse.committees import source_hash
from ..records import AgendaItem, Attendance, Meeting


def stored_meetings(searcher: Searcher, source: str) -> tuple[list[Meeting], str]:
    """Return the meetings the index holds for one source file, and the file's kind."""
    docs = [searcher.stored_fields(n) for n in
            searcher.docs_for_query(query.Term("source", source))]
    by_meeting: dict[str, list[dict[str, Any]]] = {}
    for fields in sorted(docs, key=lambda f: f["id"]):
        by_meeting.setdefault(fields["meeting_id"], []).append(fields)
    kind = (docs[0].get("meeting") or {}).get("source_kind", "") if docs else ""
    return [_meeting(mid, items) for mid, items in sorted(by_meeting.items())], kind


def _meeting(meeting_id: str, docs: list[dict[str, Any]]) -> Meeting:
    """Return one meeting from its items' stored fields."""
    first = docs[0]
    summary = first.get("meeting") or {}
    day = first.get("date")
    items = tuple(_item(f) for f in sorted(docs, key=lambda f: f.get("position", 0)))
    return Meeting(
        id=meeting_id, source=first["source"], committee=first.get("committee", ""),
        date=date(day // 10000, day // 100 % 100, day % 100) if day else None,
        heading=summary.get("heading", ""), items=items,
        attendance=Attendance(**{k: tuple(v) for k, v in
                                 (summary.get("attendance") or {}).items()}),
        kind=summary.get("kind", "minutes"), url=summary.get("url", ""),
        date_from=summary.get("date_from", ""),
        committee_from=summary.get("committee_from", ""))


def _item(fields: dict[str, Any]) -> AgendaItem:
    """Return one item from its stored fields."""
    return AgendaItem(
        id=fields["id"], position=fields.get("position", 0), number=fields.get("number", ""),
        title=fields.get("title", ""), text=fields.get("text", ""),
        pages=tuple(fields.get("pages") or ()), agenda_ref=fields.get("agenda_ref", ""),
        speakers=tuple(fields.get("speakers") or ()),
        resolutions=tuple(fields.get("resolutions") or ()),
        decision=fields.get("decision", "none"))


def moved(meetings: list[Meeting], source: str) -> list[Meeting]:
    """Return the meetings re-filed under a new source path, with ids derived from it."""
    stem = source_hash(source)
    return [replace(m, id=f"{stem}-{m.id.rsplit('-', 1)[1]}", source=source,
                    items=tuple(replace(i, id=f"{stem}-{i.id.rsplit('-', 1)[1]}")
                                for i in m.items))
            for m in meetings]
