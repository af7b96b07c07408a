"""Text of a PDF page through PDFium's own text extraction, laid out as pdfminer.six lays it out.

PDFium reads a page many times faster than pdfminer.six (../shared/PDF-NOTES.md). It gives the
page's text in one call, a line per "\\r\\n", with a box for every character (a few of its
characters are left out of the text, so positions are mapped to characters). Each line gets a
box from its first and last characters and the style of a few letters; layout.py groups the
lines into blocks and orders them by pdfminer.six's rules, and the page is written as
pdfminer.six with `char_margin=100` writes it: a line per line, a blank line after each block,
which is where the parser sees paragraphs, and a form feed at the end.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..records import HEADING_MARK
from . import label_column, ruled_rows
from .kind_changes import KindChanges
from .layout import LAPARAMS, PlacedLine, blocks
from .typography import (
    BOLD_NAME,
    FORCE_BOLD,
    LEAD_NUMBER,
    MOSTLY_BOLD,
    body_size,
    heading_line,
    mark_lines,
    without_emphasis,
)

DESCENT = 0.2
"""How far below its baseline a line's box reaches, as a share of its font size (Arial and
Times New Roman: 0.21)."""
MIN_EXTENT = 0.01
"""A line's box is at least this wide and tall: pdfminer.six drops an empty box with its text."""
MIN_BASELINE_JUMP = 1.0
ORDINAL_END = re.compile(r"\d\s?(?i:st|nd|rd|th)$")
ORDINAL_START = re.compile(r"(?i:st|nd|rd|th)\b")
SAME_BASELINE = 1.0
ORDINAL_GAP = 0.5
"""How far (in font sizes) the rest of a line may start after a raised ordinal ('6th')."""
RULE_HEIGHT = 2.5
MIN_RULE = 10.0
RULE_PIECE = 2.5
"""The shortest piece of a rule drawn in pieces (a browser underlines word by word)."""
MAX_PAGE_OBJECTS = 3000
"""A page drawn with more objects (a map, a plan) is not searched for underlines."""
UNDERLINE_REACH = 2.0
"""How far (points) an underline may start before a line's text, or end past it."""
UNDERLINE_RISE = 0.4
"""How high, as a share of the line's height above its descent, an underline may sit."""
_L, _B, _R, _T = (ctypes.c_float() for _ in range(4))
"""Points a baseline moves at least before a line is taken apart (a font of size 0 scaled up)."""
OCR_MAX_CHARS = 20
OCR_MIN_IMAGE_SHARE = 0.3
SOFT_HYPHEN = re.compile("[\x02\ufffe]")
"""PDFium joins a word broken at a line end into one line, writing the hyphen as U+FFFE
(U+0002 in older builds)."""
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
SURROGATE = re.compile("[\ud800-\udfff]")
ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (str.isalnum): a line's first, middle and last are the ones whose size is
read."""
WORD_START = re.compile(r"(?<![^\W_])[^\W_]")
"""A letter or digit after none: where a word starts, and its weight is read."""
FONT_NAME_BYTES = 128
_NAME = ctypes.create_string_buffer(FONT_NAME_BYTES)
"""One buffer for font names: PDFium writes each into it, the reader copies what it keeps."""
_X, _Y = ctypes.c_double(), ctypes.c_double()
_RECT = pdfium_c.FS_RECTF()
_MATRIX = pdfium_c.FS_MATRIX()
_FLAGS = ctypes.c_int(0)
"""Buffers for a character's origin, box, matrix and font flags, read at once."""


@dataclass(frozen=True)
class PageProbe:
    """What PDFium sees on one page: its text length and how much of it images cover."""

    chars: int
    image_share: float
    loaded: bool = True
    blank_text: bool = False
    """The page draws text, but only spaces: a Word page of empty paragraphs, not damage."""

    @property
    def needs_ocr(self) -> bool:
        """Return True for a page that is a scan: images and (almost) no text."""
        return self.chars < OCR_MAX_CHARS and self.image_share >= OCR_MIN_IMAGE_SHARE


def read_pages(document: pdfium.PdfDocument, *, text: bool = True
               ) -> tuple[list[PageProbe], list[str | None]]:
    """Probe every page and (with text) read its text; None for a page PDFium cannot load."""
    probes: list[PageProbe] = []
    pages: list[str | None] = []
    columns = label_column.Columns()
    for index in range(len(document)):
        try:
            page = document[index]
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            probes.append(PageProbe(0, 0.0, loaded=False))
            pages.append(None)
            continue
        raw = text_of(textpage)
        chars = len(raw.strip())  # images are measured only where a scan may be
        probes.append(PageProbe(chars, _image_share(page) if chars < OCR_MAX_CHARS else 0.0,
                                blank_text=not chars and _draws_text(page)))
        pages.append(page_text(textpage, raw, columns, *_rules(page)) if text else None)
    return probes, pages


def _draws_text(page: pdfium.PdfPage) -> bool:
    """Return True if the page has text objects (whatever characters they show)."""
    return next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT])), None) is not None


def _image_share(page: pdfium.PdfPage) -> float:
    """Return how much of the page images cover (0–1, overlaps counted twice)."""
    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return min(covered / max(width * height, 1.0), 1.0)


def _rules(page: pdfium.PdfPage) -> tuple[list[ruled_rows.Rule], list[ruled_rows.Divider]]:
    """Return the page's thin horizontal rules as (left, right, top), touching ones joined, and
    its thin upright ones as (x, bottom, top)."""
    raw = page.raw
    count = pdfium_c.FPDFPage_CountObjects(raw)
    if count > MAX_PAGE_OBJECTS:
        return [], []
    found = []
    upright = []
    for k in range(count):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH \
                or not pdfium_c.FPDFPageObj_GetBounds(obj, _L, _B, _R, _T):
            continue
        if _T.value - _B.value <= RULE_HEIGHT and _R.value - _L.value >= RULE_PIECE:
            found.append((_L.value, _R.value, _T.value))
        elif _R.value - _L.value <= RULE_HEIGHT and _T.value - _B.value >= RULE_PIECE:
            upright.append(((_L.value + _R.value) / 2, _B.value, _T.value))
    rules: list[ruled_rows.Rule] = []
    for left, right, top in sorted(found, key=lambda r: (round(r[2]), r[0])):
        if rules and abs(rules[-1][2] - top) < SAME_BASELINE and left - rules[-1][1] < 1.0:
            rules[-1] = (rules[-1][0], max(right, rules[-1][1]), rules[-1][2])
        else:
            rules.append((left, right, top))
    return [rule for rule in rules if rule[1] - rule[0] >= MIN_RULE], upright


def _underlined(lines: list[PlacedLine], rules: list[tuple[float, float, float]]
                ) -> list[PlacedLine]:
    """Set a line underlined from its start to its end as in bold: a heading's emphasis.

    A rule that runs on well past the text (a table's border, a signature line) is no
    underline.
    """
    if not rules:
        return lines
    out = []
    for line in lines:
        height = line.y1 - line.y0
        if line.style[0] and any(
                abs(left - line.x0) <= UNDERLINE_REACH and abs(right - line.x1) <= UNDERLINE_REACH
                and line.y0 - UNDERLINE_REACH <= top <= line.y0 + UNDERLINE_RISE * height
                for left, right, top in rules):
            line = PlacedLine(line.text, line.x0, line.y0, line.x1, line.y1,
                              (line.style[0], [True]))
        out.append(line)
    return out


def page_text(textpage: pdfium.PdfTextPage, text: str | None = None,
              columns: label_column.Columns | None = None,
              rules: list[ruled_rows.Rule] | None = None,
              dividers: list[ruled_rows.Divider] | None = None) -> str:
    """Return one page's text as lines and blank-line-parted blocks, ending with a form feed.

    text is the page's text_of(), when the caller already has it. Lines are grouped into
    blocks and ordered by layout.py, or by rows on a page with a label column (columns holds
    the edge of its text column found on the document's earlier pages). rules are the page's
    thin horizontal rules (_rules): a line underlined by one reads as set in bold; with the
    upright ones (dividers) they may draw a table, read by rows (ruled_rows).
    """
    text = text_of(textpage) if text is None else text
    lines = _underlined(_placed_lines(textpage, text), rules or [])
    columns = label_column.Columns() if columns is None else columns
    edge = columns.edge_of(lines)
    if edge is not None and any(label_column.crosses(line, edge) for line in lines):
        lines = _placed_lines(textpage, text, edge)
    grouped: list[list[PlacedLine]] = blocks(lines, rules or [], dividers or [])
    cells = label_column.cells(grouped, edge) if edge is not None else set()
    if cells:
        columns.found(edge)
        grouped, cells = label_column.by_rows(grouped, cells, edge)
    out: list[str] = []
    styles: list[tuple[list[float], list[bool]]] = []
    headings: set[int] = set()
    for k, block in enumerate(grouped):
        if k in cells:
            # A cell of the label column: its lines are one heading.
            headings.add(len(out))
            out.append(" ".join(line.text for line in block))
            styles.append(([size for line in block for size in line.style[0]], [True]))
        else:
            out.extend(line.text for line in block)
            styles.extend(line.style for line in block)
        out.append("")
        styles.append(([], []))
    out = _mark_headings(out, styles)
    out = [HEADING_MARK + line if n in headings and not line.startswith(HEADING_MARK) else line
           for n, line in enumerate(out)]
    return "".join(f"{line}\n" for line in out) + "\f"


def _placed_lines(textpage: pdfium.PdfTextPage, text: str, edge: float | None = None
                  ) -> list[PlacedLine]:
    """Return the page's lines (parts of a line PDFium joined taken apart, where it ran on to
    another baseline: _baseline_cuts, and with edge, where it crosses into a label column's
    text: label_column) with box and style."""
    raw = textpage.raw
    at = _CharIndex(textpage, text)
    joined = SOFT_HYPHEN.search(text) is not None  # else each line is one part
    surrogates = SURROGATE.search(text) is not None
    changes = KindChanges(text)
    lines: list[PlacedLine] = []
    position = line_at = 0  # in PDFium's UTF-16 units, and in text
    fonts: dict[tuple[bytes, int], bool] = {}
    for line in text.split("\r\n"):
        parts = _parts(line) if joined else [(0, line)]
        while parts:
            offset, part = parts.pop(0)
            visible = len(part) - len(part.lstrip())
            if visible == len(part):
                continue
            index = at.of_part(position + at.units(line[:offset]), part)
            end = len(part.rstrip()) - 1
            pdfium_c.FPDFText_GetCharOrigin(raw, index(end), _X, _Y)
            last_y = _Y.value
            pdfium_c.FPDFText_GetCharOrigin(raw, index(visible), _X, _Y)
            if abs(last_y - _Y.value) > MIN_BASELINE_JUMP \
                    and (cuts := _baseline_cuts(raw, index, part, visible, end)):
                parts[:0] = [(offset + i, part[i:j])
                             for i, j in zip([0, *cuts], [*cuts, len(part)], strict=True)]
                continue
            style = _style(raw, index, part, fonts)
            box = _box(raw, index(visible), index(len(part.rstrip()) - 1), style[0],
                       sampled=part[visible].isalnum())
            if edge is not None and label_column.crosses(PlacedLine(part, *box), edge) \
                    and (cut := _column_cut(raw, index, part, visible, edge)):
                parts[:0] = [(offset, part[:cut]), (offset + cut, part[cut:])]
                continue
            words = _spaced(raw, index, part.rstrip(),
                            changes.within(line_at + offset, part.rstrip()))
            lines.append(PlacedLine(SURROGATE.sub("", words) if surrogates else words, *box,
                                    style))
        position += at.units(line) + 2
        line_at += len(line) + 2
    return _rejoined(lines)


def _rejoined(lines: list[PlacedLine]) -> list[PlacedLine]:
    """Join a line PDFium broke after a raised ordinal ('Tuesday 2nd' and ' May 2017 at
    7pm'): the rest, opening with its space, is on the same baseline just after it. So is a
    line PDFium broke before one ('Thursday 14' and 'th November 2019', 'TUESDAY 9' and 'TH MAY
    2023'): the ordinal's letters, raised less than a font size, start where the number
    ends."""
    out: list[PlacedLine] = []
    for line in lines:
        before = out[-1] if out else None
        height = before.y1 - before.y0 if before is not None else 0.0
        if before is not None and 0 <= line.x0 - before.x1 < ORDINAL_GAP * height and (
                (line.text.startswith(" ") and ORDINAL_END.search(before.text)
                 and abs(line.y0 - before.y0) < SAME_BASELINE)
                or (before.text[-1:].isdigit() and ORDINAL_START.match(line.text)
                    and 0 < line.y0 - before.y0 < height)):
            sizes, bold = before.style
            out[-1] = PlacedLine(before.text + line.text, before.x0, min(before.y0, line.y0),
                                 line.x1, max(before.y1, line.y1),
                                 ([*sizes, *line.style[0]],
                                  [*bold, *line.style[1]] if all(bold) else bold))
        else:
            out.append(line)
    return out


def _baseline_cuts(raw: pdfium_c.FPDF_TEXTPAGE, index: Callable[[int], int], part: str,
                   first: int, last: int) -> list[int]:
    """Return where part moves from one baseline to another, none if it stays on one.

    PDFium joins a one-character text object to the line drawn before it wherever it stands
    (an item number bottom-aligned in a table cell, after the row above): a part whose last
    character's baseline is more than a font size from its first character's is cut before
    each upright character that far from the one before it.
    """
    pdfium_c.FPDFText_GetCharOrigin(raw, index(first), _X, _Y)
    start = _Y.value
    pdfium_c.FPDFText_GetCharOrigin(raw, index(last), _X, _Y)
    jump = abs(_Y.value - start)
    if jump <= MIN_BASELINE_JUMP or jump <= _size(raw, index(first)) \
            or not _upright(raw, index(first)):
        return []
    cuts, before = [], start
    for k in range(first + 1, last + 1):
        if part[k].isspace():
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, index(k), _X, _Y)
        if abs(_Y.value - before) > max(_size(raw, index(k)), MIN_BASELINE_JUMP) \
                and _upright(raw, index(k)):
            cuts.append(k)
        before = _Y.value
    return cuts


def _column_cut(raw: pdfium_c.FPDF_TEXTPAGE, index: Callable[[int], int], part: str,
                first: int, edge: float) -> int | None:
    """Return where part crosses into a label column's text (label_column.cut_at), if what is
    left of it can head a cell."""
    lefts, right = [], 0.0
    for k in range(first, len(part.rstrip())):
        if part[k].isspace():
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, index(k), _RECT)
        if k > first and part[k - 1].isspace():
            lefts.append((k, _RECT.left, right))
        right = _RECT.right
    cut = label_column.cut_at(lefts, edge)
    return cut if cut is not None and label_column.is_label(part[:cut]) else None


def _upright(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> bool:
    """Return True for a character set upright, neither turned nor slanted."""
    return not pdfium_c.FPDFText_GetMatrix(raw, index, _MATRIX) or (
        abs(_MATRIX.b) < 1e-6 and abs(_MATRIX.c) < 1e-6 and _MATRIX.a > 0 and _MATRIX.d > 0)


def text_of(textpage: pdfium.PdfTextPage) -> str:
    """Return a page's text with one character per UTF-16 unit of PDFium's text (bar pairs).

    A lone surrogate is kept, so positions stay PDFium's; page_text drops it from the lines.
    """
    return textpage.get_text_range(errors="surrogatepass")


class _CharIndex:
    """The character behind a position in a page's text.

    PDFium's text leaves out some characters of its list (control codes drawn by odd fonts)
    and counts a character beyond U+FFFF as two, so positions and characters drift apart.
    """

    def __init__(self, textpage: pdfium.PdfTextPage, text: str) -> None:
        self._raw = textpage.raw
        self._wide = ASTRAL.search(text) is not None
        self._same = not self._wide and len(text) == textpage.count_chars()

    def units(self, text: str) -> int:
        """Return how many UTF-16 units PDFium counts for text."""
        return len(text) + (len(ASTRAL.findall(text)) if self._wide else 0)

    def __call__(self, position: int) -> int:
        """Return the index of the character at a position in the page's text."""
        if self._same:
            return position
        index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(self._raw, position)
        return index if index >= 0 else position

    def of_part(self, start: int, part: str) -> Callable[[int], int]:
        """Return the character index of each offset in a part of a line starting at start."""
        if self._same:
            return start.__add__
        return lambda k: self(start + self.units(part[:k]))


def _style(raw: pdfium_c.FPDF_TEXTPAGE, index: Callable[[int], int], part: str,
           fonts: dict[tuple[bytes, int], bool]) -> tuple[list[float], list[bool]]:
    """Return the sizes of a line's first, middle and last letters or digits, and whether the
    first of each word and the last are bold, up to the first that is not (a bold label before
    plain names is no heading).

    index gives the character index of an offset in part.
    """
    first = ALNUM.search(part)
    if first is None:
        return [], []
    start = first.start()
    last = len(part) - 1
    while not part[last].isalnum():
        last -= 1
    middle = (start + last) // 2
    sized = [index(k) for k in (start, middle, last) if part[k].isalnum()]
    if len(sized) != 3 or not sized[0] < sized[1] < sized[2]:
        sized = sorted(set(sized))
    bold: list[bool] = []
    numbered = True
    # 'F19/031', '212-24/25': a reference's letters and hyphen are its number's too.
    lead = LEAD_NUMBER.match(part, start)
    lead_end = lead.end() if lead else start
    for word in WORD_START.finditer(part):
        bold.append(_bold(raw, index(word.start()), fonts))
        numbered = numbered and (word.start() < lead_end or part[word.start()].isdigit())
        if not bold[-1] and not numbered:
            # One plain word settles it, but for an item's number ('2024.31' is two words): the
            # heading after it may be bold (typography.bold_lead).
            break
    else:
        bold.append(_bold(raw, index(last), fonts))
    return [_size(raw, i) for i in sized], bold


def _spaced(raw: pdfium_c.FPDF_TEXTPAGE, index: Callable[[int], int], part: str,
            changes: list[int]) -> str:
    """Return part with a space wherever pdfminer.six writes one that PDFium leaves out.

    pdfminer.six puts a space between two characters farther apart than word_margin times the
    second's width or height, whichever is larger ('1.1' and 'On' set apart by a tab). Only
    where the kind of character changes (changes: a mark or digit before a letter, a
    lower-case letter before a capital) is the gap measured: between letters of one word it
    never is wider.
    """
    cuts = []
    for k in changes:
        before, after = index(k - 1), index(k)
        pdfium_c.FPDFText_GetLooseCharBox(raw, before, _RECT)
        right = _RECT.right
        pdfium_c.FPDFText_GetLooseCharBox(raw, after, _RECT)
        width = _RECT.right - _RECT.left
        # The margin is at least word_margin times the width: only a gap wider than that
        # needs the character's size (the font's, read from PDFium) to settle it.
        if _RECT.left - LAPARAMS.word_margin * width > right \
                and _RECT.left - LAPARAMS.word_margin * max(width, _size(raw, after)) > right:
            cuts.append(k)
    if not cuts:
        return part
    pieces = [part[i:j] for i, j in zip([0, *cuts], [*cuts, len(part)], strict=True)]
    return " ".join(pieces)


def _size(raw: pdfium_c.FPDF_TEXTPAGE, index: int) -> float:
    """Return a character's font size as drawn, in points."""
    scale = 1.0
    if pdfium_c.FPDFText_GetMatrix(raw, index, _MATRIX):
        scale = math.hypot(_MATRIX.c, _MATRIX.d) or 1.0
    return pdfium_c.FPDFText_GetFontSize(raw, index) * scale


def _bold(raw: pdfium_c.FPDF_TEXTPAGE, index: int, fonts: dict[tuple[bytes, int], bool]) -> bool:
    """Return True if a character's font is bold, by its name or its ForceBold flag."""
    _FLAGS.value = 0
    pdfium_c.FPDFText_GetFontInfo(raw, index, _NAME, FONT_NAME_BYTES, _FLAGS)
    key = (name, flags) = (_NAME.value, _FLAGS.value)
    bold = fonts.get(key)
    if bold is None:
        bold = fonts[key] = bool(BOLD_NAME.search(name.decode("latin-1")) or flags & FORCE_BOLD)
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
    return mark_lines(lines, [bold for _, bold in styles], flags, marks_bold)


def _parts(line: str) -> list[tuple[int, str]]:
    """Split a line where PDFium joined a word broken at a line end, keeping a hyphen.

    Return each part with its offset in the line.
    """
    parts, offset = [], 0
    for piece in SOFT_HYPHEN.split(line):
        parts.append((offset, piece))
        offset += len(piece) + 1
    return [(o, p + "-") for o, p in parts[:-1]] + parts[-1:]


def _box(raw: pdfium_c.FPDF_TEXTPAGE, first: int, last: int, sizes: list[float], *,
         sampled: bool) -> tuple[float, float, float, float]:
    """Return a line's box as pdfminer.six draws it: from its first character's left edge to its
    last one's right, and from the first's baseline less the font's descent up one font size.

    sizes are the sizes of the line's sampled letters and digits, sampled True if the first
    character's is among them (else it is read here).
    """
    pdfium_c.FPDFText_GetCharOrigin(raw, first, _X, _Y)
    size = max(sizes) if sampled and sizes else max([_size(raw, first), *sizes])
    pdfium_c.FPDFText_GetLooseCharBox(raw, first, _RECT)
    left = _RECT.left
    pdfium_c.FPDFText_GetLooseCharBox(raw, last, _RECT)
    right = _RECT.right
    bottom = _Y.value - DESCENT * size
    return left, bottom, max(right, left + MIN_EXTENT), bottom + max(size, MIN_EXTENT)
