"""Text of a scanned page through Tesseract (pytesseract): lines from word boxes, confidence.

The one thin wrapper around the OCR engine: `tesseract_version()` says whether Tesseract is
installed, `render()` draws a PDF page with PDFium, `recognise()` reads a page image and
`page_lines()` (pure) groups Tesseract's words into lines in its reading order.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium

try:  # an optional engine: without it scans are reported, as before OCR
    import pytesseract
except ImportError:  # pragma: no cover - pytesseract is an install requirement
    pytesseract = None

DPI = 300
MAX_PIXELS = 40_000_000
"""Larger pages (plans, posters) are drawn at a lower resolution to stay within this."""
LANGUAGES = "eng"
# Tesseract's OpenMP threads fight each other (and the other workers) on a busy machine: one
# thread per page was 5x faster on 2 cores (2.3 s a page instead of 11 s).
THREADS = "1"
# Tesseract reads the full stop of an item number as a comma now and then ("31, KCSP and …"):
# a short number opening a line, a comma, then a capital is an item number.
NUMBER_COMMA = re.compile(r"^(\d{1,3}), (?=[A-Z])")


@dataclass(frozen=True)
class OcrPage:
    """One page read by OCR: its text, line by line, and its words' mean confidence (0–1)."""

    text: str
    confidence: float
    words: int

    def as_json(self) -> dict[str, Any]:
        """Return the page as plain data (for the cache)."""
        return {"text": self.text, "confidence": self.confidence, "words": self.words}


@functools.cache
def tesseract_version() -> str:
    """Return the installed Tesseract's version, or '' when there is none."""
    if pytesseract is None:
        return ""
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError):
        return ""


def render(document: pdfium.PdfDocument, index: int, dpi: int = DPI) -> Any:
    """Return page index of a PDF drawn in grey at dpi (less for huge pages), as a PIL image."""
    page = document[index]
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return page.render(scale=scale, grayscale=True).to_pil()


def recognise(image: Any, *, timeout: float, languages: str = LANGUAGES) -> OcrPage:
    """Read one page image; raise RuntimeError when Tesseract runs past timeout seconds."""
    os.environ.setdefault("OMP_THREAD_LIMIT", THREADS)
    data = pytesseract.image_to_data(image, lang=languages, timeout=timeout,
                                     output_type=pytesseract.Output.DICT)
    return page_lines(data)


def page_lines(data: dict[str, list]) -> OcrPage:
    """Group Tesseract's words (image_to_data) into lines, a blank line between paragraphs."""
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple[int, int, int] | None = None
    paragraph: tuple[int, int] | None = None
    for k, word in enumerate(data["text"]):
        word = (word or "").strip()
        confidence = float(data["conf"][k])
        if not word or confidence < 0:
            continue
        key = (data["block_num"][k], data["par_num"][k], data["line_num"][k])
        if key != current:
            if paragraph is not None and key[:2] != paragraph:
                lines.append("")
            lines.append(word)
            current, paragraph = key, key[:2]
        else:
            lines[-1] += " " + word
        confidences.append(confidence)
    mean = sum(confidences) / len(confidences) / 100 if confidences else 0.0
    text = "\n".join(NUMBER_COMMA.sub(r"\1. ", line) for line in lines)
    return OcrPage(text, round(mean, 3), len(confidences))
