"""Records built from an index document's stored fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from .models import Item


def day_from_number(value: int | None) -> date | None:
    """Turn the stored YYYYMMDD integer back into a date (None for an unknown date)."""
    if not value:
        return None
    return date(value // 10000, value // 100 % 100, value % 100)


def item_from_fields(fields: dict[str, Any]) -> Item:
    """Return the Item a document's stored fields describe."""
    meeting = fields.get("meeting") or {}
    return Item(
        id=fields["id"],
        meeting_id=fields["meeting_id"],
        source=fields["source"],
        source_kind=meeting.get("source_kind", ""),
        position=fields.get("position", 0),
        committee=fields.get("committee", ""),
        date=day_from_number(fields.get("date")),
        number=fields.get("number", ""),
        agenda_ref=fields.get("agenda_ref", ""),
        title=fields.get("title", ""),
        text=fields.get("text", ""),
        speakers=tuple(fields.get("speakers") or ()),
        resolutions=tuple(fields.get("resolutions") or ()),
        decision=fields.get("decision", "none"),
        pages=tuple(fields.get("pages") or ()),
    )
