"""Text of a PDF page by page, through PDFium or pdfminer.six, each the other's check and fallback.

What ../shared/PDF-NOTES.md measured shapes this module: pdfminer.six's default layout
analysis takes 47 s and 1 GB on a dense table page and glues words drawn as form XObjects,
so it runs with `char_margin=100, all_texts=True` (layout.py); a truncated file raises `PSEOF`,
which is not a `PDFException`; a damaged file can give zero pages with no error at all, which
only a page count from PDFium reveals; a page with almost no text and a large image needs OCR, which
scanned.py reads (with OCR options) before the pages are judged.

Two readers give the pages' text: "pdfium" (pdfium_text.py: PDFium's own text, many times
faster, with pdfminer.six reading only the pages it is in doubt about: a page it cannot load,
an empty page that is not a scan, a page with a line it cannot decode) and "pdfminer" (every
page through pdfminer.six, PDFium only checking). README "How fast" says which is default and why.
Both write a page alike (layout.py), and both mark the lines set as headings (typography.py).
"""

from __future__ import annotations

import io
import logging
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from ..errors import ExtractionError
from .garbage import drop_undecodable
from .layout import LAPARAMS
from .pdfium_text import OCR_MAX_CHARS, PageProbe, read_pages
from .scanned import OcrOptions, OcrResult, pages_to_read, read_scans
from .typography import TypedTextConverter

HEAD_BYTES = 1024
WORD_PROCESSOR = re.compile(r"^Microsoft\s+(?:Word|Excel|PowerPoint)\s*-\s*", re.I)
FILE_EXTENSION = re.compile(r"\.(?:docx?|odt|rtf|pdf|pub|txt)\s*$", re.I)
MAX_TITLE_WORDS = 40
MIN_USABLE_CHARS = 200
BASE_SECONDS = 20.0
SECONDS_PER_PAGE = 1.0
PDFIUM_PASSWORD_ERROR = 4
PDF_READERS = ("pdfium", "pdfminer")
DEFAULT_PDF_READER = "pdfium"


@dataclass(frozen=True)
class PdfText:
    """The text of each physical page, and what went wrong on the way."""

    pages: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    ocr_confidence: tuple[float | None, ...] = ()
    """Per page, the mean word confidence (0–1) of a page read by OCR, else None."""
    title: str = ""
    """The title its metadata gives, without a word processor's wrapping ('Microsoft Word -
    ACC Minutes 8th July 2008.doc' is 'ACC Minutes 8th July 2008')."""


class _LogCatcher(logging.Handler):
    """Keep pdfminer.six's complaints about one file, which it logs instead of raising."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def pdf_to_pages(path: Path, *, time_limit: float | None = None,
                 ocr: OcrOptions | None = None, reader: str = DEFAULT_PDF_READER) -> PdfText:
    """Return the text of each page of the PDF at path; raise ExtractionError if unreadable.

    reader is "pdfium" or "pdfminer" (see the module's note). With ocr (and Tesseract
    installed), scanned and undecodable pages are read by OCR.
    """
    if reader not in PDF_READERS:
        raise ValueError(f"PDF reader {reader!r}: choose one of {', '.join(PDF_READERS)}")
    _check_header(path)
    if reader == "pdfium":
        probes, texts = _probe(path, text=True)
        if probes:
            limit = time_limit or BASE_SECONDS + SECONDS_PER_PAGE * max(len(probes), 10)
            pages, warnings = _settle_doubts(path, texts, probes, limit)
            return _finish(path, pages, probes, warnings, ocr)
    probes, probe_error = _probe_only(path)
    limit = time_limit or BASE_SECONDS + SECONDS_PER_PAGE * max(len(probes), 10)
    pages, miner_error, warnings = _mine_logged(path, time.monotonic() + limit, limit)
    if (miner_error or len(pages) < len(probes)) and probes and probe_error is None:
        pages = _pdfium_text(path)
        warnings.append("pdfminer.six could not read it fully; text read with PDFium")
    elif miner_error:
        raise ExtractionError(f"damaged PDF: {miner_error}", cause="PDFSyntaxError")
    return _finish(path, pages, probes, warnings, ocr)


def _finish(path: Path, pages: list[str], probes: list[PageProbe], warnings: list[str],
            ocr: OcrOptions | None) -> PdfText:
    """Read the pages that need it by OCR, then judge the whole."""
    read = OcrResult({})
    if ocr is not None and probes:
        wanted = pages_to_read(pages, [p.needs_ocr for p in probes], ocr.mode)
        read = read_scans(path, wanted, ocr) if wanted else read
    return replace(_judge(pages, probes, warnings + list(read.warnings), read),
                   title=_metadata_title(path))


def _metadata_title(path: Path) -> str:
    """Return the title in a PDF's metadata, or "" when it has none or PDFium cannot say."""
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return ""
    try:
        title = document.get_metadata_value("Title")
    except (pdfium.PdfiumError, KeyError, ValueError):
        return ""
    finally:
        document.close()
    title = WORD_PROCESSOR.sub("", " ".join(title.split()[:MAX_TITLE_WORDS]))
    return FILE_EXTENSION.sub("", title).strip()


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


def _probe_only(path: Path) -> tuple[list[PageProbe], str | None]:
    """Count pages and measure text and images with PDFium; report a password or damage."""
    try:
        return _probe(path, text=False)[0], None
    except pdfium.PdfiumError as error:
        return [], str(error)


def _probe(path: Path, *, text: bool) -> tuple[list[PageProbe], list[str | None]]:
    """Probe (and with text, read) every page with PDFium; no pages if it cannot open the file.

    A password raises ExtractionError; other damage leaves the file to pdfminer.six, whose
    failure says what is wrong.
    """
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == PDFIUM_PASSWORD_ERROR:
            raise ExtractionError("encrypted: needs a password", cause="PDFPasswordIncorrect") \
                from None
        if text:
            return [], []
        raise
    try:
        return read_pages(document, text=text)
    finally:
        document.close()


def _settle_doubts(path: Path, texts: list[str | None], probes: list[PageProbe],
                   limit: float) -> tuple[list[str], list[str]]:
    """Read with pdfminer.six the pages PDFium cannot load, finds empty or cannot fully decode.

    A scan is no doubt (OCR reads it); pdfminer.six's text replaces PDFium's only where it
    has more readable text. Return the pages and pdfminer.six's warnings.
    """
    doubtful = [i for i, (text, probe) in enumerate(zip(texts, probes, strict=True))
                if text is None or (not probe.needs_ocr and _in_doubt(text))]
    pages = [text or "" for text in texts]
    if not doubtful:
        return pages, []
    try:
        mined, _, warnings = _mine_logged(path, time.monotonic() + limit, limit, set(doubtful))
    except ExtractionError:  # out of time: PDFium's text stands, judged as it is
        return pages, []
    for index, text in zip(doubtful, mined, strict=False):  # mined stops at a failure
        if _readable(text)[0] > _readable(pages[index])[0]:
            pages[index] = text
    return pages, warnings


def _in_doubt(text: str) -> bool:
    """Return True for a page text too short to trust or with a line that cannot be decoded.

    PDFium ignores some fonts' own character maps that pdfminer.six reads (a font whose codes
    are shifted: 'µ*RRG¶WRµ0RGHUDWH¶' for "'Good to Moderate'").
    """
    readable, dropped = _readable(text)
    return readable < OCR_MAX_CHARS or dropped > 0


def _readable(text: str) -> tuple[int, int]:
    """Return how many characters of a page's text can be decoded, and how many lines cannot."""
    if not text:
        return 0, 0
    kept, dropped, _ = drop_undecodable((text,))
    return len(kept[0].replace("\f", "").strip()), dropped


def _mine_logged(path: Path, deadline: float, limit: float, numbers: set[int] | None = None
                 ) -> tuple[list[str], str | None, list[str]]:
    """Return _mine's pages and error, and the warnings pdfminer.six logged on the way."""
    catcher = _LogCatcher()
    logger = logging.getLogger("pdfminer")
    logger.addHandler(catcher)
    try:
        pages, error = _mine(path, deadline, limit, numbers)
    finally:
        logger.removeHandler(catcher)
    return pages, error, _log_warnings(catcher.messages)


def _mine(path: Path, deadline: float, limit: float,
          numbers: set[int] | None = None) -> tuple[list[str], str | None]:
    """Extract each page's text (or only the 0-based numbers) with pdfminer.six.

    Return the pages and any fatal error.
    """
    pages: list[str] = []
    try:
        with path.open("rb") as handle:
            resources = PDFResourceManager(caching=True)
            out = io.StringIO()
            device = TypedTextConverter(resources, out, laparams=LAPARAMS)
            interpreter = PDFPageInterpreter(resources, device)
            for page in PDFPage.get_pages(handle, pagenos=numbers):
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
    empty = [i + 1 for i, t in enumerate(texts)
             if not t and i + 1 not in scans and not (i < len(probes) and probes[i].blank_text)]
    if empty:
        warnings.append(f"page {_pages(empty)}: no text could be read (damaged content?)")
    confidence = tuple(read.pages[i].confidence if i in read.pages else None
                       for i in range(len(pages))) if read.pages else ()
    return PdfText(tuple(pages), tuple(warnings), confidence)


def _pages(numbers: list[int]) -> str:
    """Format page numbers for a message: '3' or '2, 5, 9'."""
    return ", ".join(str(n) for n in numbers)
