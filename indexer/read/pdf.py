"""Text of a PDF page by page, through pdfminer.six, with PDFium as pre-check and fallback.

What ../shared/PDF-NOTES.md measured shapes this module: pdfminer.six's default layout
analysis takes 47 s and 1 GB on a dense table page and glues words drawn as form XObjects, so
it runs with `char_margin=100, all_texts=True`; a truncated file raises `PSEOF`, which is not
a `PDFException`; a damaged file can give zero pages with no error at all, which only a page
count from PDFium reveals; a page with almost no text and a large image needs OCR, which
scanned.py reads (with OCR options) before the pages are judged.
"""

from __future__ import annotations

import io
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from ..errors import ExtractionError
from .scanned import OcrOptions, OcrResult, pages_to_read, read_scans

LAPARAMS = LAParams(char_margin=100, all_texts=True)
HEAD_BYTES = 1024
OCR_MAX_CHARS = 20
OCR_MIN_IMAGE_SHARE = 0.3
MIN_USABLE_CHARS = 200
BASE_SECONDS = 20.0
SECONDS_PER_PAGE = 1.0
PDFIUM_PASSWORD_ERROR = 4


@dataclass(frozen=True)
class PageProbe:
    """What PDFium sees on one page: its text length and how much of it images cover."""

    chars: int
    image_share: float
    loaded: bool = True

    @property
    def needs_ocr(self) -> bool:
        """Return True for a page that is a scan: images and (almost) no text."""
        return self.chars < OCR_MAX_CHARS and self.image_share >= OCR_MIN_IMAGE_SHARE


@dataclass(frozen=True)
class PdfText:
    """The text of each physical page, and what went wrong on the way."""

    pages: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    ocr_confidence: tuple[float | None, ...] = ()
    """Per page, the mean word confidence (0–1) of a page read by OCR, else None."""


class _LogCatcher(logging.Handler):
    """Keep pdfminer.six's complaints about one file, which it logs instead of raising."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def pdf_to_pages(path: Path, *, time_limit: float | None = None,
                 ocr: OcrOptions | None = None) -> PdfText:
    """Return the text of each page of the PDF at path; raise ExtractionError if unreadable.

    With ocr (and Tesseract installed), scanned and undecodable pages are read by OCR.
    """
    _check_header(path)
    probes, probe_error = _probe(path)
    limit = time_limit or BASE_SECONDS + SECONDS_PER_PAGE * max(len(probes), 10)
    catcher = _LogCatcher()
    logger = logging.getLogger("pdfminer")
    logger.addHandler(catcher)
    try:
        pages, miner_error = _mine(path, time.monotonic() + limit, limit)
    finally:
        logger.removeHandler(catcher)
    warnings = _log_warnings(catcher.messages)
    if (miner_error or len(pages) < len(probes)) and probes and probe_error is None:
        pages = _pdfium_text(path)
        warnings.append("pdfminer.six could not read it fully; text read with PDFium")
    elif miner_error:
        raise ExtractionError(f"damaged PDF: {miner_error}", cause="PDFSyntaxError")
    read = OcrResult({})
    if ocr is not None and probes:
        wanted = pages_to_read(pages, [p.needs_ocr for p in probes], ocr.mode)
        read = read_scans(path, wanted, ocr) if wanted else read
    return _judge(pages, probes, warnings + list(read.warnings), read)


def _check_header(path: Path) -> None:
    """Refuse empty files and files that are not PDFs (scrapers save HTML error pages)."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        raise ExtractionError("empty file", cause="EmptyFile")
    if b"%PDF" not in head:
        lowered = head.lower()
        if b"<html" in lowered or b"<!doctype" in lowered:
            raise ExtractionError("not a PDF: it is a web page (HTML) saved as .pdf",
                                  cause="NotAPdf")
        raise ExtractionError("not a PDF: no PDF header in the first 1 KB", cause="NotAPdf")


def _probe(path: Path) -> tuple[list[PageProbe], str | None]:
    """Count pages and measure text and images with PDFium; report a password or damage."""
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == PDFIUM_PASSWORD_ERROR:
            raise ExtractionError("encrypted: needs a password", cause="PDFPasswordIncorrect") \
                from None
        return [], str(error)
    try:
        return [_probe_page(document, i) for i in range(len(document))], None
    finally:
        document.close()


def _probe_page(document: pdfium.PdfDocument, index: int) -> PageProbe:
    """Measure one page; a page PDFium cannot load is marked so."""
    try:
        page = document[index]
    except pdfium.PdfiumError:
        return PageProbe(0, 0.0, loaded=False)
    width, height = page.get_size()
    area = max(width * height, 1.0)
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    chars = len(page.get_textpage().get_text_range().strip())
    return PageProbe(chars, min(covered / area, 1.0))


def _mine(path: Path, deadline: float, limit: float) -> tuple[list[str], str | None]:
    """Extract each page's text with pdfminer.six; return the pages and any fatal error."""
    pages: list[str] = []
    try:
        with path.open("rb") as handle:
            resources = PDFResourceManager(caching=True)
            out = io.StringIO()
            device = TextConverter(resources, out, laparams=LAPARAMS)
            interpreter = PDFPageInterpreter(resources, device)
            for page in PDFPage.get_pages(handle):
                if time.monotonic() > deadline:
                    raise ExtractionError(
                        f"took too long: stopped after {limit:.0f} s at page {len(pages) + 1}",
                        cause="Timeout")
                interpreter.process_page(page)
                pages.append(out.getvalue())
                out.seek(0)
                out.truncate()
    except PDFPasswordIncorrect:
        raise ExtractionError("encrypted: needs a password", cause="PDFPasswordIncorrect") \
            from None
    except ExtractionError:
        raise
    # pdfminer.six raises PSEOF, PDFSyntaxError, and on malformed objects also TypeError,
    # KeyError, ValueError, RecursionError and MemoryError: all mean "this file is damaged".
    except Exception as error:
        return pages, _describe(error)
    return pages, None


def _describe(error: Exception) -> str:
    """Name a pdfminer.six failure in words."""
    name = type(error).__name__
    if name == "PSEOF":
        return "the file is truncated (unexpected end of file)"
    if isinstance(error, RecursionError):
        return "its structure refers back to itself"
    text = str(error).strip() or name
    return f"{text} ({name})" if text != name else name


def _pdfium_text(path: Path) -> list[str]:
    """Extract each page's text with PDFium, leaving unloadable pages empty."""
    document = pdfium.PdfDocument(path)
    pages = []
    try:
        for index in range(len(document)):
            try:
                pages.append(document[index].get_textpage().get_text_range())
            except pdfium.PdfiumError:
                pages.append("")
    finally:
        document.close()
    return pages


def _log_warnings(messages: list[str]) -> list[str]:
    """Turn pdfminer.six log messages that matter into warnings a person understands."""
    warnings = []
    if any("circular reference" in m for m in messages):
        warnings.append("malformed PDF: a form XObject draws itself (recursion refused)")
    return warnings


def _judge(pages: list[str], probes: list[PageProbe], warnings: list[str],
           read: OcrResult) -> PdfText:
    """Decide whether the pages are usable; explain scans, damage and empty pages."""
    pages = pages + [""] * (len(probes) - len(pages))
    for index, page in read.pages.items():
        pages[index] = page.text
    texts = [page.replace("\f", "").strip() for page in pages]
    scans = [i + 1 for i, p in enumerate(probes) if p.needs_ocr and len(texts[i]) < OCR_MAX_CHARS]
    unloaded = [i + 1 for i, p in enumerate(probes) if not p.loaded]
    if unloaded:
        warnings.insert(0, f"damaged page tree: page {_pages(unloaded)} cannot be loaded")
    usable = sum(len(t) for t in texts)
    if probes and len(scans) == len(probes):
        raise ExtractionError(f"no text layer, and OCR read no text ({len(scans)} scanned pages)"
                              if read.tried else
                              f"no text layer: needs OCR ({len(scans)} scanned pages)",
                              cause="NeedsOCR")
    if usable < MIN_USABLE_CHARS:
        reason = warnings[0] if warnings else "no text: the PDF has no readable text"
        raise ExtractionError(reason, cause="NoText")
    if scans:
        warnings.append(f"page {_pages(scans)} has no text layer: "
                        + ("OCR read no text" if read.tried else "needs OCR"))
    empty = [i + 1 for i, t in enumerate(texts) if not t and i + 1 not in scans]
    if empty:
        warnings.append(f"page {_pages(empty)}: no text could be read (damaged content?)")
    confidence = tuple(read.pages[i].confidence if i in read.pages else None
                       for i in range(len(pages))) if read.pages else ()
    return PdfText(tuple(pages), tuple(warnings), confidence)


def _pages(numbers: list[int]) -> str:
    """Format page numbers for a message: '3' or '2, 5, 9'."""
    return ", ".join(str(n) for n in numbers)
