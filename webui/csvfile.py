"""Search hits as CSV rows: the same columns for `/search.csv` and `minutebook search --csv`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from search.models import Hit

COLUMNS = ("id", "date", "committee", "number", "title", "kind", "decision", "resolutions",
           "speakers", "source", "pages", "url", "meeting_id")


def row(hit: Hit) -> list[str]:
    """Return one hit as the values of COLUMNS."""
    return [hit.id, hit.date.isoformat() if hit.date else "", hit.committee, hit.number,
            hit.title, hit.kind, hit.decision, "\n".join(hit.resolutions),
            "; ".join(hit.speakers + hit.roles), hit.source, " ".join(str(p) for p in hit.pages),
            hit.url, hit.meeting_id]


def csv_lines(hits: Iterable[Hit]) -> Iterator[str]:
    """Yield the header line, then one CSV line per hit (to stream as they are made)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for values in _rows(hits):
        writer.writerow([_safe(v) for v in values])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _rows(hits: Iterable[Hit]) -> Iterator[list[str]]:
    """Yield the header, then each hit's row."""
    yield list(COLUMNS)
    for hit in hits:
        yield row(hit)


def _safe(value: str) -> str:
    """Keep a spreadsheet from reading a cell that starts with =, +, - or @ as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
