"""Pages set as a label column beside the text: each item's heading in a narrow column at the
left margin, its minutes in a wide column to the right, the two side by side (a Word table
without borders, as harbour boards, community councils and committees set minutes).

Read as a line runs, a one-line heading joins the first line of its text ('Finance The
Secretary presented …') and a heading that wraps ('Harbour Master's' / 'Report') reads as two
short lines. The text column shows itself as the left edge that many lines share, right of the
margin; a line that crosses it with a gutter of blank space before it is cut there, and each
cell of the label column (its lines at the margin, all ending short of the edge, beside the
text) is one heading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .layout import PlacedLine

MIN_TEXT_LINES = 6
"""At least this many lines start at the text column's edge …"""
MIN_TEXT_SHARE = 0.3
"""… and at least this share of the page's lines."""
MIN_KNOWN_LINES = 2
"""A later page needs this many lines at an earlier page's edge or across it."""
MIN_LABEL_WIDTH = 36.0
"""Points from the margin to the text column's edge at least (half an inch)."""
EDGE_TOLERANCE = 1.5
"""Points a line's start may stray from the edge it shares."""
MIN_GUTTER = 6.0
"""Points of blank space at least before the text column, where a line crossing it is cut."""
MIN_CELLS = 2
"""A page has a label column if at least this many cells sit beside its text."""
ROW_LEAD = 3.0
"""Points a cell is raised when blocks are read by rows: it comes before the text on its line."""
WRAP_GAP = 0.5
"""A cell's line within this share of a line's height below the one above it wraps it."""
MAX_CELL_LINES = 6
MAX_MARGIN_SHARE = 0.5
"""Paragraphs in the margin's column, ending short of the text's edge, cover less than this share
of the height the text column's lines do: a column of labels holds none."""
MAX_CELL_WORDS = 16


def text_edge(lines: Sequence[PlacedLine]) -> float | None:
    """Return the left edge of a page's text column where lines also start at a margin left of
    it, else None."""
    starts = Counter(round(line.x0) for line in lines)
    if not starts:
        return None
    margin = min(starts)
    edge, count = max(((x, n) for x, n in starts.items() if x >= margin + MIN_LABEL_WIDTH),
                      key=lambda pair: pair[1], default=(0, 0))
    if count < MIN_TEXT_LINES or count < MIN_TEXT_SHARE * len(lines):
        return None
    at_edge = [line.x0 for line in lines if abs(line.x0 - edge) <= EDGE_TOLERANCE]
    return min(at_edge)


class Columns:
    """The edge of a document's text column, once a page has shown a label column: a later
    page of the same minutes has fewer lines, but its lines start at that edge."""

    def __init__(self) -> None:
        self.edge: float | None = None

    def edge_of(self, lines: Sequence[PlacedLine]) -> float | None:
        """Return the edge of a page's text column, if it has one (text_edge) or its lines
        start at, or cross, the edge found on an earlier page."""
        edge = text_edge(lines)
        if edge is None and self.edge is not None and sum(
                abs(line.x0 - self.edge) <= EDGE_TOLERANCE or crosses(line, self.edge)
                for line in lines) >= MIN_KNOWN_LINES:
            return self.edge
        return edge

    def found(self, edge: float) -> None:
        """Keep the edge of a page shown to have a label column."""
        self.edge = edge


def crosses(line: PlacedLine, edge: float) -> bool:
    """Return True for a line that starts in the label column and runs into the text."""
    return line.x0 < edge - MIN_LABEL_WIDTH + EDGE_TOLERANCE and line.x1 > edge + MIN_GUTTER


def cut_at(lefts: Sequence[tuple[int, float, float]], edge: float) -> int | None:
    """Return the offset where a crossing line's text column starts, or None.

    lefts holds, for each character after a space, its offset, its left edge and the right
    edge of the last character before the space.
    """
    for offset, left, right_before in lefts:
        if abs(left - edge) <= EDGE_TOLERANCE and right_before <= left - MIN_GUTTER:
            return offset
    return None


def is_label(text: str) -> bool:
    """Return True for text that can head a cell: with a word of three letters or more, not a
    number or a minute's reference ('HWB41', 'PLA98/24'), nor a form's label ('Our Ref:')."""
    return not text.rstrip().endswith(":") and any(
        len(word) >= 3 and word.isalpha() for word in (w.strip(".,'’()-") for w in text.split()))


def cells(blocks: Sequence[Sequence[PlacedLine]], edge: float) -> set[int]:
    """Return the indexes of the blocks that are cells of the label column: short lines at the
    margin ending before the edge, beside a line of the text column; none unless the page has
    MIN_CELLS of them, nor where paragraphs ending short of the edge fill the margin's column
    (a page set in two columns, headings and their paragraphs in the first)."""
    text = [line for block in blocks for line in block if abs(line.x0 - edge) <= EDGE_TOLERANCE]
    found = set()
    prose = 0.0
    for k, block in enumerate(blocks):
        if any(line.x1 > edge - MIN_GUTTER for line in block):
            continue
        words = sum(len(line.text.split()) for line in block)
        top, bottom = block[0].y1, block[-1].y0
        if len(block) > MAX_CELL_LINES or words > MAX_CELL_WORDS:
            prose += top - bottom
        elif all(line.x0 < edge - MIN_LABEL_WIDTH for line in block) \
                and is_label(" ".join(line.text for line in block)) \
                and any(line.y0 < top and line.y1 > bottom for line in text):
            found.add(k)
    if prose > MAX_MARGIN_SHARE * sum(line.y1 - line.y0 for line in text):
        return set()
    return found if len(found) >= MIN_CELLS else set()


def by_rows(blocks: Sequence[Sequence[PlacedLine]], found: set[int], edge: float
            ) -> tuple[list[list[PlacedLine]], set[int]]:
    """Return a label-column page's blocks read row by row, and the indexes of its cells.

    What stands above the first cell keeps its order. A cell starts a row; the blocks below
    its top, above the next cell's, follow it: the text column's first, then any column to
    its right (an action column's initials), each top to bottom. A cell that wraps onto a line
    beside no new text ('Apologies for' / 'absence', the second line indented) is one cell.
    """
    cells: list[list[PlacedLine]] = []
    tops = [block[0].y1 for k, block in enumerate(blocks)
            if k not in found and abs(block[0].x0 - edge) <= EDGE_TOLERANCE]
    for k in sorted(found, key=lambda k: -blocks[k][0].y1):
        block = list(blocks[k])
        if cells and _wraps_on(cells[-1][-1], block[0], tops):
            cells[-1].extend(block)
        else:
            cells.append(block)
    head = cells[0][0].y1 + ROW_LEAD
    rows: list[list[list[PlacedLine]]] = [[] for _ in cells]
    before = []
    for k, block in enumerate(blocks):
        if k in found:
            continue
        if block[0].y1 > head:
            before.append(list(block))
            continue
        row = max(r for r, cell in enumerate(cells) if cell[0].y1 + ROW_LEAD >= block[0].y1)
        rows[row].append(list(block))
    ordered = before
    indexes = set()
    for cell, row in zip(cells, rows, strict=True):
        indexes.add(len(ordered))
        ordered.append(cell)
        ordered.extend(sorted(row, key=lambda b: (b[0].x0 > edge + MIN_LABEL_WIDTH, -b[0].y1)))
    return ordered, indexes


def _wraps_on(last: PlacedLine, line: PlacedLine, tops: Sequence[float]) -> bool:
    """Return True if a cell's line follows the line above it closely and no text starts
    beside it."""
    height = last.y1 - last.y0
    return last.y0 - line.y1 <= WRAP_GAP * height and not any(
        abs(top - line.y1) <= ROW_LEAD for top in tops)
