"""Plain records that flow one way: files → text → meetings and items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DECISION_KINDS = ("resolved", "carried", "agreed", "lost", "deferred", "noted", "none")
"""Decision kinds, strongest first; an item takes the strongest it contains."""


HEADING_MARK = "\ue000"
"""Put by a reader before a line its source shows as a heading; the parser reads it into Line."""


@dataclass(frozen=True)
class SourceFile:
    """A file found by the crawl."""

    path: Path
    rel: str
    kind: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class SourceMeta:
    """Metadata that the archive supplies beside the text: path conventions and sidecars."""

    committee: str = ""
    date: date | None = None
    title: str = ""
    url: str = ""
    committee_from: str = ""
    date_from: str = ""


@dataclass(frozen=True)
class Document:
    """The text of one source file, page by page (one page for .txt and .html)."""

    rel: str
    kind: str
    pages: tuple[str, ...]
    meta: SourceMeta = field(default_factory=SourceMeta)
    title: str = ""
    warnings: tuple[str, ...] = ()
    ocr_confidence: tuple[float | None, ...] = ()
    """Per page, the mean word confidence (0–1) of a page read by OCR, else None; () if none."""


@dataclass(frozen=True)
class Line:
    """One line of cleaned text, the physical page it is on, if the source shows it as a
    heading (a heading element, or a line all in bold), and if it was cut out of running text
    at an item number (so its heading runs into its paragraph)."""

    text: str
    page: int
    heading: bool = False
    run_in: bool = False


@dataclass(frozen=True)
class Attendance:
    """Who was at a meeting, as the record lists them."""

    present: tuple[str, ...] = ()
    also_present: tuple[str, ...] = ()
    in_attendance: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()

    def everyone(self) -> tuple[str, ...]:
        """Return every listed name, present first."""
        return self.present + self.also_present + self.in_attendance + self.apologies


@dataclass(frozen=True)
class AgendaItem:
    """One agenda item of a meeting: the unit Minutebook indexes and returns."""

    id: str
    position: int
    number: str
    title: str
    text: str
    pages: tuple[int, ...] = ()
    agenda_ref: str = ""
    speakers: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = ()
    decision: str = "none"
    roles: tuple[str, ...] = ()
    """Posts that spoke where the record does not say who held them ('The Clerk'): no person."""
    ocr_confidence: float | None = None
    """The mean OCR confidence (0–1) of the item's scanned pages; None if none was scanned."""

    @property
    def ocr(self) -> bool:
        """Return True if (some of) the item's text was read by OCR."""
        return self.ocr_confidence is not None


@dataclass(frozen=True)
class Meeting:
    """One meeting found in a document, with its items in order."""

    id: str
    source: str
    committee: str
    date: date | None
    heading: str
    items: tuple[AgendaItem, ...]
    attendance: Attendance = field(default_factory=Attendance)
    kind: str = "minutes"
    url: str = ""
    date_from: str = ""
    committee_from: str = ""
