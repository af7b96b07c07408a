"""Turn a source file into a Document: its text page by page, and the archive's metadata."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..errors import ExtractionError
from ..records import Document, SourceFile, SourceMeta
from .garbage import UNREADABLE_SHARE, drop_undecodable
from .html import html_to_text
from .pdf import DEFAULT_PDF_READER, pdf_to_pages
from .scanned import OcrOptions
from .sidecar import merge_meta, path_meta, read_sidecar
from .textfile import decode_text, split_front_matter

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_PDF_BYTES = 512 * 1024 * 1024


def size_limit(kind: str) -> int:
    """Return the largest file of a kind that is read, in bytes."""
    return MAX_PDF_BYTES if kind == "pdf" else MAX_TEXT_BYTES


def too_large(size: int, limit: int) -> str:
    """Say why a file of size bytes is refused."""
    return (f"too large: {size / 2**20:.1f} MB (the limit for this kind of file is "
            f"{limit / 2**20:.0f} MB)")


def read_document(source: SourceFile, *, time_limit: float | None = None,
                  ocr: OcrOptions | None = None, pdf_reader: str = DEFAULT_PDF_READER) -> Document:
    """Read one file's text and metadata, raising ExtractionError with a reason on failure.

    With ocr, a PDF's scanned and undecodable pages are read by OCR where Tesseract is installed;
    pdf_reader names the reader of PDF text ("pdfium" or "pdfminer").
    """
    sidecar, refused = read_sidecar(source.path, within=_root_of(source))
    meta = merge_meta(path_meta(source.rel), sidecar)
    document = _read_text(source, meta, time_limit, ocr, pdf_reader)
    return replace(document, warnings=refused + document.warnings) if refused else document


def _root_of(source: SourceFile) -> Path:
    """Return the folder the crawl found source in (its rel path is relative to it)."""
    return source.path.parents[len(PurePosixPath(source.rel).parts) - 1]


def _read_text(source: SourceFile, meta: SourceMeta, time_limit: float | None,
               ocr: OcrOptions | None, pdf_reader: str) -> Document:
    """Read one file's text by its kind."""
    if source.kind == "pdf":
        _check_size(source.path, MAX_PDF_BYTES)
        text = pdf_to_pages(source.path, time_limit=time_limit, ocr=ocr, reader=pdf_reader)
        pages, warnings = _decodable(text.pages)
        return Document(source.rel, "pdf", pages, meta, warnings=text.warnings + warnings,
                        ocr_confidence=text.ocr_confidence, title=text.title)
    data = _read_bytes(source.path, MAX_TEXT_BYTES)
    if source.kind == "html":
        title, body = html_to_text(data)
        return Document(source.rel, "html", (body,), meta, title=title)
    title, body = split_front_matter(decode_text(data))
    return Document(source.rel, "txt", (body,), meta, title=title)


def _decodable(pages: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Drop lines whose text cannot be decoded; refuse a text layer that is mostly such lines."""
    kept, dropped, share = drop_undecodable(pages)
    if share >= UNREADABLE_SHARE:
        raise ExtractionError(
            f"text layer cannot be decoded ({share:.0%} of its characters); needs OCR",
            cause="UndecodableText")
    if dropped:
        return kept, (f"dropped {dropped} line{'s' if dropped > 1 else ''} whose text could "
                      f"not be decoded ({share:.0%} of the text)",)
    return kept, ()


def _check_size(path: Path, limit: int) -> int:
    """Refuse files above limit bytes, naming the size and the limit."""
    size = path.stat().st_size
    if size > limit:
        raise ExtractionError(too_large(size, limit), cause="FileTooLarge")
    return size


def _read_bytes(path: Path, limit: int) -> bytes:
    """Read a file after checking its size."""
    _check_size(path, limit)
    try:
        return path.read_bytes()
    except OSError as error:
        raise ExtractionError(f"cannot read the file: {error.strerror}",
                              cause=type(error).__name__) from None
