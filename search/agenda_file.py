"""Read an agenda file (PDF, HTML or text) into an Agenda, in a worker with the indexer's limits.

The kind of an uploaded file is decided by its content, never by its name: '%PDF-' opens a
PDF, markup near the start makes HTML, text that decodes is text; anything else is refused.
The file is read by the indexer's own readers and parser in a killable worker process, with
its time and memory limits, so a hostile file costs at most that worker. The readers (PDF,
HTML, OCR) and the parser are imported when a file is first read: a search server starts
without them.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from indexer.records import Meeting, SourceFile

from .brief import Agenda, Entry
from .errors import SearchError

if TYPE_CHECKING:
    from indexer.build.workers import Limits

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
AGENDA_SECONDS = 60.0
AGENDA_MEMORY_MB = 1024
HTML_SIGNS = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|table|h[1-6]|title)\b", re.I)
SNIFF = 4096


class AgendaError(SearchError):
    """An agenda file that cannot be read, with the reason."""


def sniff_kind(head: bytes) -> str:
    """Return 'pdf', 'html' or 'txt' from a file's first bytes; AgendaError for anything else."""
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-":
        return "pdf"
    if b"\x00" in head:
        raise AgendaError("this is not a PDF, HTML or text file")
    if HTML_SIGNS.search(head):
        return "html"
    return "txt"


def agenda_limits() -> Limits:
    """Return the time and memory limits of reading one agenda file."""
    from indexer.build.workers import Limits

    return Limits(seconds=AGENDA_SECONDS, memory_mb=AGENDA_MEMORY_MB)


def read_agenda_bytes(data: bytes, name: str = "agenda",
                      limits: Limits | None = None) -> Agenda:
    """Read an uploaded agenda from its bytes; nothing of it is kept afterwards."""
    if not data.strip():
        raise AgendaError("the file is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        raise AgendaError(f"the file is {len(data) / 2**20:.1f} MB; the limit is "
                          f"{MAX_UPLOAD_BYTES // 2**20} MB")
    kind = sniff_kind(data[:SNIFF])
    with tempfile.TemporaryDirectory(prefix="minutebook-agenda-") as folder:
        path = Path(folder, f"agenda.{kind}")
        path.write_bytes(data)
        return _read(path, kind, _safe_name(name), limits)


def read_agenda_path(path: Path, limits: Limits | None = None) -> Agenda:
    """Read an agenda file from disk, in a worker."""
    from indexer.read.document import size_limit

    with open(path, "rb") as handle:
        head = handle.read(SNIFF)
    kind = sniff_kind(head)
    size = path.stat().st_size
    if size > size_limit(kind):
        raise AgendaError(f"{path.name} is too large ({size / 2**20:.1f} MB)")
    return _read(path, kind, path.name, limits)


def _read(path: Path, kind: str, name: str, limits: Limits | None) -> Agenda:
    """Read and parse one file in a worker; return its agenda."""
    from indexer.build.workers import read_all

    stat = path.stat()
    file = SourceFile(path=path, rel=path.name, kind=kind, size=stat.st_size,
                      mtime_ns=stat.st_mtime_ns)
    result = next(iter(read_all([file], 1, limits or agenda_limits())))
    if result.failed:
        raise AgendaError(f"{name} could not be read: {result.reason}")
    meeting = agenda_meeting(list(result.meetings))
    if meeting is None or not meeting.items:
        raise AgendaError(f"{name} has no agenda entries that Minutebook can find")
    entries = tuple(Entry(i.number, i.title, "\n".join((i.text, *i.resolutions)))
                    for i in meeting.items)
    return Agenda(meeting.committee, meeting.date, entries, "", meeting.heading, name)


def agenda_meeting(meetings: list[Meeting]) -> Meeting | None:
    """Return the meeting a paper is the agenda for: its agenda, else the latest meeting."""
    with_items = [m for m in meetings if m.items]
    agendas = [m for m in with_items if m.kind == "agenda"]
    if agendas:
        return agendas[0]
    if not with_items:
        return None
    return max(with_items, key=lambda m: (m.date is not None, m.date or 0, len(m.items)))


def _safe_name(name: str) -> str:
    """Return an uploaded file's name fit to show: its last part, printable, short."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable())[:120]
    return base or "agenda"
