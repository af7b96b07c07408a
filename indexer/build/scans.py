"""OCR in an indexing run: where its cache lives, how long a scan may take, items it read.

The reading itself is indexer/read/scanned.py; this module fits it into the run: the cache
folder in the index root (beside the generations, so a `--full` rebuild reuses it), the
longer time a PDF may take when its pages may need OCR, and each item's OCR confidence from
the pages it spans.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..read.ocr import tesseract_version
from ..read.scanned import OcrOptions
from ..records import Document, Meeting

if TYPE_CHECKING:
    from .workers import Limits

OCR_CACHE = "ocr-cache"


def with_ocr_cache(limits: Limits, index_root: Path) -> Limits:
    """Return limits whose OCR caches in index_root/ocr-cache, unless a cache is already set."""
    if limits.ocr.cache is not None:
        return limits
    return replace(limits, ocr=replace(limits.ocr, cache=index_root / OCR_CACHE))


def may_ocr(kind: str, ocr: OcrOptions) -> bool:
    """Return True if a file of this kind may have pages read by OCR in this run."""
    return kind == "pdf" and ocr.mode != "never" and bool(tesseract_version())


def file_seconds(kind: str, seconds: float, ocr: OcrOptions) -> float:
    """Return how long reading one file may take: longer for a PDF whose scans may be read."""
    return seconds + ocr.file_seconds if may_ocr(kind, ocr) else seconds


def mark_ocr(meetings: list[Meeting], document: Document) -> list[Meeting]:
    """Give each item that spans pages read by OCR their mean confidence."""
    confidence = document.ocr_confidence
    if not confidence:
        return meetings
    marked = []
    for meeting in meetings:
        items = []
        for item in meeting.items:
            read = [confidence[p - 1] for p in item.pages
                    if 0 < p <= len(confidence) and confidence[p - 1] is not None]
            items.append(replace(item, ocr_confidence=round(sum(read) / len(read), 3))
                         if read else item)
        marked.append(replace(meeting, items=tuple(items)))
    return marked
