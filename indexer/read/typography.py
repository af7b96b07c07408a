"""Headings from a PDF page's typography: a short line all in bold, or set larger than the text.

pdfminer.six gives every character its font and size. Clerks set item headings in bold or a
larger size, at the start of a line, and keep them short; a page's body text is the size most
of its characters share. The converter here writes each text line as pdfminer.six's
TextConverter does, putting HEADING_MARK before the lines that read as headings, so the parser
sees the same heading flag on a PDF line as on an HTML heading.
"""

from __future__ import annotations

import re
from collections import Counter

from pdfminer.converter import TextConverter
from pdfminer.layout import LTChar, LTContainer, LTItem, LTPage, LTText, LTTextBox, LTTextLine
from pdfminer.pdffont import PDFFont

from ..records import HEADING_MARK
from .layout import ITEM_NUMBER, BlockBox, numbers_beside

BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold|extrabold", re.IGNORECASE)
FORCE_BOLD = 1 << 18
BOLD_WEIGHT = 600
LARGER = 1.2
MAX_HEADING_CHARS = 120
MAX_HEADING_LINES = 2
MOSTLY_BOLD = 0.6
"""A page with more than this share of bold characters does not use bold to mark headings."""
LEAD_NUMBER = re.compile(r"(?:[A-Z]{1,3})?\d{1,4}(?:[./-]\d{1,3}){0,2}[A-Z]{0,3}[.)]?\s+"
                         r"|\((?:[a-z]|[ivx]{1,5})\)\s+")
"""An item's number or minute reference opening a line: '2 ', '4.1 ', '112/21 ', '15/03/01 ', the
year first ('2024.31 '), with a committee's letters after it ('14/23PD ') or before it ('F19/031
'), or the council year after a hyphen ('212-24/25 ')."""
NUMBER_LINE = re.compile(r"^\s*(?:[A-Z]{1,4}\s?)?\d{1,4}(?:[./-]\d{1,3}){0,2}[A-Z]{0,3}[.)]?\s*$")
"""An item's number or minute reference alone on its line ('AGM 2/19', '14.', '112/21')."""
WORD_START = re.compile(r"(?<![^\W_])[^\W_]")
"""The start of each word: a letter or digit after anything else."""
MAX_LEAD_WORDS = 14
MIN_REST_WORDS = 1
MAX_LEAD_LINES = 4
CLOSED_LINE = re.compile(r"[.:;!?]\s*$")
"""A line that ends a heading or a sentence: the next is not its wrapped rest."""
LABEL_LEAD = re.compile(r"(?:it\s+was\s+)?(?:resolved|agreed|decided|noted|recommended|approved"
                        r"|proposed|seconded|carried|decision|action)\b", re.IGNORECASE)
"""A bold word that labels the text after a heading, not the heading's wrapped rest."""
"""A numbered bold heading runs into its text on at most its fourth line."""


def is_bold(font: PDFFont) -> bool:
    """Return True for a bold font, by its name ('Arial-BoldMT'), weight or ForceBold flag."""
    if BOLD_NAME.search(font.fontname or ""):
        return True
    descriptor = font.descriptor or {}
    weight = descriptor.get("FontWeight")
    if isinstance(weight, (int, float)) and weight >= BOLD_WEIGHT:
        return True
    if isinstance(weight, str) and BOLD_NAME.search(weight):
        return True
    flags = descriptor.get("Flags")
    return isinstance(flags, int) and bool(flags & FORCE_BOLD)


def body_size(sizes: Counter[int]) -> int:
    """Return the size most characters of a page share (0 for a page without text)."""
    return sizes.most_common(1)[0][0] if sizes else 0


def heading_line(text: str, sizes: list[float], bold: list[bool], body: int,
                 marks_bold: bool) -> bool:
    """Return True for a short line all in bold, or set clearly larger than the body.

    sizes and bold describe the line's letters and digits (all of them, or a sample).
    """
    if not sizes:
        return False
    styled = (marks_bold and all(bold)) or (
        body > 0 and sorted(sizes)[len(sizes) // 2] >= LARGER * body)
    words = text.strip()
    return styled and 0 < len(words) <= MAX_HEADING_CHARS \
        and sum(c.isalpha() for c in words) >= 2


def bold_lead(text: str, word_bold: list[bool], numbered_above: bool = False) -> int:
    """Return where the plain text starts after an item's number and its heading set in bold
    ('2 **Apologies** Apologies were received from …': a table's number, heading and text
    cells on one line), or 0 if the line does not open that way.

    word_bold: whether the first character of each word (WORD_START) is bold, at least up to
    the first plain word after the heading. numbered_above: the line above is the item's
    number alone in bold (a table's number cell set over its text cell), so the heading opens
    this line unnumbered.
    """
    number = LEAD_NUMBER.match(text)
    if number is None and not numbered_above:
        return 0
    starts = [m.start() for m in WORD_START.finditer(text)]
    at = number.end() if number else 0
    first = next((k for k, start in enumerate(starts) if start >= at), None)
    return 0 if first is None else _plain_after(text, starts, word_bold, first)


APPLICATION = re.compile(r"\d{2,4}/\d{3,5}/[A-Z]{2,6}\b")
"""A planning application's full reference, its kind last ('19/02216/FUL')."""
DASHED = re.compile(r"\s[-–—]\s*$")
"""A dash between a bold heading and its plain text ('**Bus shelter** - to agree a contractor …'):
the text may open in lower case."""
HYPHEN_END = re.compile(r"\s-\s*$")


def _plain_after(text: str, starts: list[int], word_bold: list[bool], first: int) -> int:
    """Return where plain text opening with a capital starts after a bold run of at most
    MAX_LEAD_WORDS words from word first, or 0."""
    if first >= len(word_bold) or not word_bold[first]:
        return 0
    plain = next((k for k in range(first, min(len(word_bold), len(starts)))
                  if not word_bold[k]), None)
    if plain is None or plain - first > MAX_LEAD_WORDS:
        return 0
    cut = starts[plain] - (text[starts[plain] - 1] == "(")
    if not text[cut - 1].isspace():
        return 0
    rest = text[cut:]
    # The plain text may open with a capital, a reference ('19/02216/FUL Single-storey …') or a
    # list's letter ('(a) The footpath …').
    opens = rest[:1].isupper() or rest[:1] == "(" or APPLICATION.match(rest) is not None \
        or DASHED.search(text[:cut]) is not None
    return cut if opens and len(rest.split()) >= MIN_REST_WORDS else 0


def split_lead(text: str, word_bold: list[bool], numbered_above: bool = False) -> str:
    """Return a line with a bold lead (bold_lead) as the heading line and its text, two lines;
    other lines as they are."""
    cut = bold_lead(text, word_bold, numbered_above)
    return f"{HEADING_MARK}{_lead(text, cut)}\n{text[cut:]}" if cut else text


def _lead(text: str, cut: int) -> str:
    """Return the heading before cut, less a hyphen that sets it off from its text (a heading
    line ending in a hyphen would read as a word broken across lines)."""
    return HYPHEN_END.sub("", text[:cut]).rstrip()


def mark_lines(lines: list[str], word_bolds: list[list[bool]], flags: list[bool],
               marks_bold: bool, numbered_before: bool = False) -> list[str]:
    """Return lines with HEADING_MARK before the headings (flags) and, where the page marks
    headings in bold, each bold lead split from its text (split_lead).

    A numbered heading in bold that wraps and runs into its text on a later line
    ('15/03/02 To receive the Minutes of the meeting of 2nd February 2015 (minute' /
    'refs 15/02/01-15/02/19) Councillor Lerwill asked …') has its lines marked and the last one's
    bold lead split from its text.
    """
    out: list[str] = []
    k = 0
    while k < len(lines):
        wrapped = _wrapped_lead(lines, word_bolds, k) if marks_bold else None
        if wrapped is not None:
            end, cut = wrapped
            out.extend(HEADING_MARK + line for line in lines[k:end])
            out.append(f"{HEADING_MARK}{_lead(lines[end], cut)}\n{lines[end][cut:]}")
            k = end + 1
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        numbered_above = numbered_before if above is None else flags[above] \
            and NUMBER_LINE.match(lines[above]) is not None
        out.append(HEADING_MARK + lines[k] if flags[k]
                   else split_lead(lines[k], word_bolds[k], numbered_above) if marks_bold
                   else lines[k])
        k += 1
    return out


def _wrapped_lead(lines: list[str], word_bolds: list[list[bool]], k: int
                  ) -> tuple[int, int] | None:
    """Return the line a numbered bold heading starting at line k runs into its text on and
    where the text starts, or None: line k is its number and bold words to the end, the lines
    after it bold throughout, and the last opens in bold and turns plain."""
    number = LEAD_NUMBER.match(lines[k])
    if number is None or not _bold_from(lines[k], word_bolds[k], number.end()):
        return None
    for end in range(k + 1, min(k + MAX_LEAD_LINES, len(lines))):
        if CLOSED_LINE.search(lines[end - 1]):
            return None
        starts = [m.start() for m in WORD_START.finditer(lines[end])]
        cut = _plain_after(lines[end], starts, word_bolds[end], 0) if starts else 0
        if cut:
            lead = lines[end][:cut].rstrip()
            # 'RESOLVED:' in bold under a heading is a label of its text, not the heading's end.
            return None if lead.endswith(":") or LABEL_LEAD.match(lead) else (end, cut)
        if not _bold_from(lines[end], word_bolds[end], 0):
            return None
    return None


def _bold_from(text: str, word_bold: list[bool], at: int) -> bool:
    """Return True if every word of text from position at on starts in bold (and there is
    one)."""
    starts = [m.start() for m in WORD_START.finditer(text)]
    first = next((k for k, start in enumerate(starts) if start >= at), None)
    return first is not None and len(word_bold) >= len(starts) \
        and all(word_bold[first:len(starts)])


def without_emphasis(flags: list[bool]) -> list[bool]:
    """Unmark runs of more than MAX_HEADING_LINES heading lines in a row.

    Such a run is a paragraph set in bold for emphasis (a member's question, a
    recommendation), not a heading.
    """
    flags = list(flags)
    start = 0
    while start < len(flags):
        end = start
        while end < len(flags) and flags[end]:
            end += 1
        if end - start > MAX_HEADING_LINES:
            flags[start:end] = [False] * (end - start)
        start = end + 1
    return flags


class TypedTextConverter(TextConverter):
    """pdfminer.six's text converter, marking the lines whose typography makes them headings."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._bold: dict[str, bool] = {}
        self._numbered = False
        """The last text box written ended with an item's number alone in bold."""

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
        """Remember whether each font is bold, which the character's font name may not say."""
        if font.fontname not in self._bold:
            self._bold[font.fontname] = is_bold(font)
        return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs,
                                   graphicstate)

    def receive_layout(self, ltpage: LTPage) -> None:
        """Write the page's text line by line, a heading line after HEADING_MARK.

        An item number beside its item (layout.numbers_beside) starts the item's first line.
        """
        style = _PageStyle(ltpage, self._bold)
        numbers, placed = _numbers_beside(ltpage, self._bold)
        self._numbered = False

        def render(item: LTItem) -> None:
            if isinstance(item, LTTextBox):
                if id(item) in placed:
                    return
                lines = list(item)
                number = numbers.get(id(item))
                texts, word_bolds = [], []
                for line in lines:
                    text = line.get_text() if isinstance(line, LTText) else ""
                    glyphs = [*(_glyphs(number) if number is not None else ()),
                              *(_glyphs(line) if isinstance(line, LTTextLine) else ())]
                    if number is not None:
                        text, number = f"{number.get_text().strip()} {text}", None
                    texts.append(text)
                    word_bolds.append(_word_bold(text, [self._bold.get(glyph.fontname, False)
                                                        for glyph in glyphs]))
                flags = style.headings(lines, numbers.get(id(item)))
                for text in mark_lines(texts, word_bolds, flags, style.marks_bold,
                                       self._numbered):
                    self.write_text(text)
                self.write_text("\n")
                self._numbered = bool(texts) and flags[-1] \
                    and NUMBER_LINE.match(texts[-1]) is not None
            elif isinstance(item, LTContainer):
                for child in item:
                    render(child)
            elif isinstance(item, LTText):
                self.write_text(item.get_text())

        render(ltpage)
        self.write_text("\f")
        self._bold.clear()


class _PageStyle:
    """A page's body size and whether it uses bold for emphasis at all."""

    def __init__(self, page: LTPage, bold: dict[str, bool]) -> None:
        self.bold = bold
        sizes: Counter[int] = Counter()
        bold_chars = chars = 0
        for line in _lines(page):
            for char in _glyphs(line):
                chars += 1
                bold_chars += self.bold.get(char.fontname, False)
                sizes[round(char.size)] += 1
        self.body_size = body_size(sizes)
        self.marks_bold = chars > 0 and bold_chars <= MOSTLY_BOLD * chars

    def headings(self, lines: list, number: LTTextLine | None = None) -> list[bool]:
        """Return, for each line of a text box, whether it is a heading; number starts the
        first line."""
        return without_emphasis([isinstance(line, LTTextLine)
                                 and self.is_heading(line, None if k else number)
                                 for k, line in enumerate(lines)])

    def is_heading(self, line: LTTextLine, number: LTTextLine | None = None) -> bool:
        """Return True for a heading line of this page (number: one set before it)."""
        glyphs = [*(_glyphs(number) if number is not None else ()), *_glyphs(line)]
        text = line.get_text()
        text = text if number is None else f"{number.get_text().strip()} {text}"
        return heading_line(text, [g.size for g in glyphs],
                            [self.bold.get(g.fontname, False) for g in glyphs],
                            self.body_size, self.marks_bold)


def _numbers_beside(page: LTPage, bold: dict[str, bool]
                    ) -> tuple[dict[int, LTTextLine], set[int]]:
    """Return, by id, the text boxes an item number starts, with the number's line, and the
    number boxes so placed: layout.numbers_beside among the page's text boxes (bold: which
    fonts are)."""
    boxes = [item for item in page if isinstance(item, LTTextBox)]
    if not any(len(box) == 1 and ITEM_NUMBER.fullmatch(box.get_text().strip()) for box in boxes):
        return {}, set()
    lines = [[line for line in box if isinstance(line, LTTextLine)] for box in boxes]
    found = numbers_beside([
        BlockBox(box_lines[0].get_text() if box_lines else "",
                 box_lines[0].y0 if box_lines else box.y1, len(box), box.x0, box.y0, box.x1,
                 box.y1, tuple(line.y0 for line in box_lines[1:] if _all_bold(line, bold)))
        for box, box_lines in zip(boxes, lines, strict=True)])
    return ({id(boxes[k]): lines[i][0] for i, k in found.items()},
            {id(boxes[i]) for i in found})


def _word_bold(text: str, flags: list[bool]) -> list[bool]:
    """Return whether each word of text starts in bold, flags being its letters' and digits'
    in order."""
    out, alnum, word = [], 0, False
    for char in text:
        if not char.isalnum() or char == "_":
            word = False
            continue
        if not word and alnum < len(flags):
            out.append(flags[alnum])
        word = True
        alnum += 1
    return out


def _all_bold(line: LTTextLine, bold: dict[str, bool]) -> bool:
    """Return True for a line whose letters and digits are all bold (and has some)."""
    flags = [bold.get(glyph.fontname, False) for glyph in _glyphs(line)]
    return bool(flags) and all(flags)


def _lines(container: LTContainer):
    """Yield the text lines of a page, also those of the forms (figures) drawn on it."""
    for box in container:
        if isinstance(box, LTTextBox):
            yield from (line for line in box if isinstance(line, LTTextLine))
        elif isinstance(box, LTTextLine):
            yield box
        elif isinstance(box, LTContainer):
            yield from _lines(box)


def _glyphs(line: LTTextLine):
    """Yield a line's characters that are letters or digits (spaces and marks carry no style)."""
    return (c for c in line if isinstance(c, LTChar) and c.get_text().isalnum())
