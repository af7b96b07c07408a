"""Which pages of a PDF to read by OCR, reading them, and the cache that keeps what was read.

A page is read by OCR when it is a scan (images and almost no text), when its text layer
cannot be decoded, or always with mode "force". Results are cached by the file's SHA-256 (and
the OCR settings), one JSON file per PDF, so a reindex, even a full one, never reads the same
scan twice. Without Tesseract, cached pages are still used and the rest stay unread.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from .garbage import UNREADABLE_SHARE, drop_undecodable
from .ocr import DPI, LANGUAGES, OcrPage, recognise, render, tesseract_version

OCR_MODES = ("auto", "never", "force")
LOW_CONFIDENCE = 0.7
"""A page read with a lower mean word confidence is named in the reading report."""
HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class OcrOptions:
    """When to read pages by OCR, where to cache it, and how long a page or a file may take."""

    mode: str = "auto"
    cache: Path | None = None
    page_seconds: float = 60.0
    file_seconds: float = 900.0
    dpi: int = DPI
    languages: str = LANGUAGES

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"OCR mode {self.mode!r}: choose one of {', '.join(OCR_MODES)}")

    def settings(self) -> str:
        """Return what a cached result depends on besides the file: languages and dpi."""
        return f"{self.languages} {self.dpi} dpi"


@dataclass(frozen=True)
class OcrResult:
    """Pages read by OCR (0-based index → page) and what went wrong."""

    pages: dict[int, OcrPage]
    warnings: tuple[str, ...] = ()
    tried: bool = False
    """True when Tesseract was there to ask: a scan it did not read then has no text."""


def pages_to_read(texts: list[str], scans: list[bool], mode: str) -> list[int]:
    """Return the 0-based pages to read by OCR: scans and undecodable pages, or all (force)."""
    if mode == "never":
        return []
    if mode == "force":
        return list(range(len(scans)))
    return [i for i, scan in enumerate(scans)
            if scan or (i < len(texts) and drop_undecodable((texts[i],))[2] >= UNREADABLE_SHARE)]


def read_scans(path: Path, wanted: list[int], options: OcrOptions) -> OcrResult:
    """Read the wanted pages of the PDF at path by OCR, from the cache where it has them."""
    cache = _Cache(options.cache, _sha256(path), options.settings()) if options.cache else None
    pages = cache.load() if cache else {}
    missing = [i for i in wanted if i not in pages]
    warnings: list[str] = []
    tried = bool(tesseract_version())
    if missing and tesseract_version():
        done, warnings = _recognise_pages(path, missing, options)
        pages.update(done)
        if cache and done:
            cache.save(pages)
    found = {i: pages[i] for i in wanted if i in pages}
    low = [i + 1 for i, page in sorted(found.items())
           if page.words and page.confidence < LOW_CONFIDENCE]
    if low:
        mean = sum(found[n - 1].confidence for n in low) / len(low)
        warnings.append(f"OCR confidence {mean:.0%} on page{'s' if len(low) > 1 else ''} "
                        f"{', '.join(map(str, low))}".replace("%", " %"))
    return OcrResult(found, tuple(warnings), tried)


def _recognise_pages(path: Path, indexes: list[int], options: OcrOptions
                     ) -> tuple[dict[int, OcrPage], list[str]]:
    """Render and read pages, each within its time limit, all within the file's."""
    deadline = time.monotonic() + options.file_seconds
    done: dict[int, OcrPage] = {}
    slow: list[int] = []
    document = pdfium.PdfDocument(path)
    try:
        for position, index in enumerate(indexes):
            if time.monotonic() > deadline:
                left = indexes[position:]
                return done, [f"OCR stopped after {options.file_seconds:.0f} s: page "
                              f"{', '.join(str(i + 1) for i in left)} not read"]
            try:
                image = render(document, index, options.dpi)
                done[index] = recognise(image, timeout=options.page_seconds,
                                        languages=options.languages)
            except RuntimeError:  # pytesseract's timeout
                slow.append(index + 1)
            except pdfium.PdfiumError:
                continue  # a page PDFium cannot draw is already reported as damaged
    finally:
        document.close()
    return done, [f"OCR gave up on page {', '.join(map(str, slow))} after "
                  f"{options.page_seconds:.0f} s"] if slow else []


def _sha256(path: Path) -> str:
    """Return the SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


class _Cache:
    """One PDF's OCR results: <cache>/<sha256>.json, valid for one set of OCR settings."""

    def __init__(self, folder: Path, sha256: str, settings: str) -> None:
        self.path = folder / f"{sha256}.json"
        self.settings = settings

    def load(self) -> dict[int, OcrPage]:
        """Return the cached pages; none if the cache is absent, damaged or of other settings."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("settings") != self.settings:
                return {}
            return {int(k): OcrPage(str(p["text"]), float(p["confidence"]), int(p["words"]))
                    for k, p in data["pages"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def save(self, pages: dict[int, OcrPage]) -> None:
        """Write the pages atomically (workers may save other files' results meanwhile)."""
        data = {"settings": self.settings,
                "pages": {str(k): p.as_json() for k, p in sorted(pages.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)
