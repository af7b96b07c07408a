"""Text of a PDF page through PDFium's own text extraction, laid out as pdfminer.six lays it out.

PDFium reads a page many times faster than pdfminer.six (../shared/PDF-NOTES.md). It gives the
page's text in one call, a line per "\\r\\n", with a box for every character (text and character
indexes are one). The page is written the way pdfminer.six with `char_margin=100` writes it:
a line per line, a blank line where the space above a line is wider than half its height (or
the text jumps back up the page: another column or box), which is where the parser sees
paragraphs, and a form feed at the end. One box per line keeps it to a few calls a page.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..records import HEADING_MARK
from .typography import (
    BOLD_NAME,
    FORCE_BOLD,
    MOSTLY_BOLD,
    body_size,
    heading_line,
    without_emphasis,
)

LINE_GAP = 0.5
"""A gap above a line wider than this share of its height starts a new block (pdfminer.six's
line_margin)."""
OCR_MAX_CHARS = 20
OCR_MIN_IMAGE_SHARE = 0.3
SOFT_HYPHEN = re.compile("[\x02\ufffe]")
"""PDFium joins a word broken at a line end into one line, writing the hyphen as U+FFFE
(U+0002 in older builds)."""
ALNUM = re.compile(r"[^\W_]")
"""A letter or digit: a line's first, middle and last are the ones whose style is read."""
FONT_NAME_BYTES = 128
_NAME = ctypes.create_string_buffer(FONT_NAME_BYTES)
"""One buffer for font names: PDFium writes each into it, the reader copies what it keeps."""


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


def read_pages(document: pdfium.PdfDocument, *, text: bool = True
               ) -> tuple[list[PageProbe], list[str | None]]:
    """Probe every page and (with text) read its text; None for a page PDFium cannot load."""
    probes: list[PageProbe] = []
    pages: list[str | None] = []
    for index in range(len(document)):
        try:
            page = document[index]
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            probes.append(PageProbe(0, 0.0, loaded=False))
            pages.append(None)
            continue
        raw = textpage.get_text_range()
        probes.append(PageProbe(len(raw.strip()), _image_share(page)))
        pages.append(page_text(textpage, raw) if text else None)
    return probes, pages


def _image_share(page: pdfium.PdfPage) -> float:
    """Return how much of the page images cover (0–1, overlaps counted twice)."""
    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return min(covered / max(width * height, 1.0), 1.0)


def page_text(textpage: pdfium.PdfTextPage, text: str | None = None) -> str:
    """Return one page's text as lines and blank-line-parted blocks, ending with a form feed.

    text is the page's get_text_range(), when the caller already has it.
    """
    text = textpage.get_text_range() if text is None else text
    out: list[str] = []
    styles: list[tuple[list[float], list[bool]]] = []
    above: tuple[float, float] | None = None
    position = 0
    fonts: dict[tuple[bytes, int], bool] = {}
    for line in text.split("\r\n"):
        for offset, part in _parts(line):
            visible = len(part) - len(part.lstrip())
            if visible == len(part):
                continue
            here = _baseline(textpage, position + offset + visible)
            if above is not None and offset == 0 and _new_block(above, here):
                out.append("")
                styles.append(([], []))
            out.append(part.rstrip())
            styles.append(_style(textpage, position + offset, part, fonts))
            above = here
        position += len(line) + 2
    out = _mark_headings(out, styles)
    return "".join(f"{line}\n" for line in out) + ("\n" if out else "") + "\f"


def _style(textpage: pdfium.PdfTextPage, start: int, part: str,
           fonts: dict[tuple[bytes, int], bool]) -> tuple[list[float], list[bool]]:
    """Return the sizes and boldness of a few of a line's letters and digits."""
    first = ALNUM.search(part)
    if first is None:
        return [], []
    last = len(part) - 1 - ALNUM.search(part[::-1]).start()
    middle = (first.start() + last) // 2
    sample = sorted({start + k for k in (first.start(), middle, last) if part[k].isalnum()})
    return ([_size(textpage, i) for i in sample], [_bold(textpage, i, fonts) for i in sample])


def _size(textpage: pdfium.PdfTextPage, index: int) -> float:
    """Return a character's font size as drawn, in points."""
    matrix = pdfium_c.FS_MATRIX()
    scale = 1.0
    if pdfium_c.FPDFText_GetMatrix(textpage.raw, index, matrix):
        scale = math.hypot(matrix.c, matrix.d) or 1.0
    return pdfium_c.FPDFText_GetFontSize(textpage.raw, index) * scale


def _bold(textpage: pdfium.PdfTextPage, index: int, fonts: dict[tuple[bytes, int], bool]) -> bool:
    """Return True if a character's font is bold, by its name or its ForceBold flag."""
    flags = ctypes.c_int(0)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, _NAME, FONT_NAME_BYTES, flags)
    key = (_NAME.value, flags.value)
    bold = fonts.get(key)
    if bold is None:
        bold = fonts[key] = bool(BOLD_NAME.search(_NAME.value.decode("latin-1"))
                                 or flags.value & FORCE_BOLD)
    return bold


def _mark_headings(lines: list[str], styles: list[tuple[list[float], list[bool]]]) -> list[str]:
    """Put HEADING_MARK before the lines whose typography makes them headings."""
    sizes: Counter[int] = Counter()
    bold_chars = chars = 0
    for line, (line_sizes, bold) in zip(lines, styles, strict=True):
        letters = len(line) - line.count(" ")
        chars += letters
        bold_chars += letters if bold and all(bold) else 0
        if line_sizes:
            sizes[round(sorted(line_sizes)[len(line_sizes) // 2])] += letters
    body = body_size(sizes)
    marks_bold = chars > 0 and bold_chars <= MOSTLY_BOLD * chars
    flags = without_emphasis([heading_line(line, line_sizes, bold, body, marks_bold)
                              for line, (line_sizes, bold) in zip(lines, styles, strict=True)])
    return [HEADING_MARK + line if flag else line for line, flag in zip(lines, flags, strict=True)]


def _parts(line: str) -> list[tuple[int, str]]:
    """Split a line where PDFium joined a word broken at a line end, keeping a hyphen.

    Return each part with its offset in the line.
    """
    parts, offset = [], 0
    for piece in SOFT_HYPHEN.split(line):
        parts.append((offset, piece))
        offset += len(piece) + 1
    return [(o, p + "-") for o, p in parts[:-1]] + parts[-1:]


def _baseline(textpage: pdfium.PdfTextPage, index: int) -> tuple[float, float]:
    """Return a character's baseline height on the page and its font size there, in points."""
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
    return y.value, _size(textpage, index)


def _new_block(above: tuple[float, float], below: tuple[float, float]) -> bool:
    """Return True if a line starts a new block: far below the line above it, or above it.

    As pdfminer.six measures it: the space between the lines (baseline distance less the
    lower line's font size) against half the larger font size.
    """
    (y_above, size_above), (y_below, size_below) = above, below
    gap = y_above - y_below - size_below
    return gap > LINE_GAP * max(size_above, size_below, 1.0) or y_below > y_above + size_above
