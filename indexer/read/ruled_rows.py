"""A PDF page's table drawn with rules between its rows, read row by row.

Read by blocks alone, a table's columns come one after another: every row's reference and
title, then every row's decision, then every outcome, so no item holds its own text. Where
the page has at least three wide horizontal rules of the same extent (a Word or browser table
with borders), the stretch between two such rules is a row: its lines are kept together and
read in place of one block, its cells' columns left to right and each top to bottom, after
whatever spans the row's columns (the row's first line, which PDFium reads across its cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

MIN_ROWS_RULES = 3
"""Rules of one extent a table needs at least (a head and a foot rule alone are furniture)."""
SAME_EDGE = 3.0
"""Points two rules' ends may differ and still be one table's."""
MIN_WIDTH_SHARE = 0.5
"""A table's rules span at least this share of the width the page's text covers."""
MAX_ROW_BLOCKS = 60
"""A row with more blocks than this is read top to bottom (ordering costs their cube)."""
EDGE_SLACK = 2.0
INNER = 10.0
"""Points inside a table's ends a column's border stands at least."""
"""Points a line may stray outside its table's rules."""


class Box(Protocol):
    """What a line or block needs here: its box on the page."""

    x0: float
    y0: float
    x1: float
    y1: float


Rule = tuple[float, float, float]
"""A horizontal rule as pdfium_text finds it: left, right and height on the page."""
Divider = tuple[float, float, float]
"""An upright rule: where across the page, its bottom and its top."""


def rows(lines: Sequence[Box], rules: Sequence[Rule], dividers: Sequence[Divider]
         ) -> list[list[int]]:
    """Return the indexes of the lines in each row of the page's ruled tables, top row first;
    none where the page has no such table.

    A table is at least MIN_ROWS_RULES wide rules of one extent; a row, the stretch between two
    of them that an upright rule (a column's border) crosses from one to the other between
    their ends. Rules above and below paragraphs, or a box around a heading, make no row.
    """
    if len(rules) < MIN_ROWS_RULES or not lines:
        return []
    width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    tables: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: -r[2]):
        if rule[1] - rule[0] < MIN_WIDTH_SHARE * width:
            continue
        for table in tables:
            if abs(table[0][0] - rule[0]) <= SAME_EDGE and abs(table[0][1] - rule[1]) <= SAME_EDGE:
                table.append(rule)
                break
        else:
            tables.append([rule])
    found: dict[tuple[int, int], list[int]] = {}
    for t, table in enumerate(tables):
        left, right = table[0][0] - EDGE_SLACK, table[0][1] + EDGE_SLACK
        tops = [rule[2] for rule in table]
        if len(table) < MIN_ROWS_RULES:
            continue
        bands = [(r, top, bottom) for r, (top, bottom) in enumerate(pairwise(tops))
                 if any(left + INNER <= x <= right - INNER and low <= bottom + SAME_EDGE
                        and high >= top - SAME_EDGE for x, low, high in dividers)]
        for i, line in enumerate(lines):
            if line.x0 < left or line.x1 > right:
                continue
            middle = (line.y0 + line.y1) / 2
            for r, top, bottom in bands:
                if bottom < middle < top:
                    found.setdefault((t, r), []).append(i)
                    break
    taken: set[int] = set()
    out = []
    for key in sorted(found):
        row = [i for i in found[key] if i not in taken]
        taken.update(row)
        if row:
            out.append(row)
    return out


def in_columns(blocks: Sequence[Sequence[Box]]) -> list[int]:
    """Return the order of one row's blocks: a line at the row's top that runs across two of
    its columns first (PDFium reads a row's first line across its cells); then each column
    (blocks joined where they overlap across) left to right, top to bottom."""
    boxes = [(min(b.x0 for b in block), max(b.x1 for b in block), max(b.y1 for b in block),
              len(block), block[0].y1 - block[0].y0) for block in blocks]
    if len(boxes) > MAX_ROW_BLOCKS:
        return sorted(range(len(boxes)), key=lambda i: -boxes[i][2])
    top = max((box[2] for box in boxes), default=0.0)

    def overlap(i: int, k: int) -> bool:
        return boxes[i][0] < boxes[k][1] and boxes[k][0] < boxes[i][1]

    spanning = {i for i, (_, _, y1, lines, height) in enumerate(boxes)
                if lines == 1 and top - y1 <= height and any(
                    overlap(i, a) and overlap(i, b) and not overlap(a, b)
                    for a in range(len(boxes)) for b in range(a + 1, len(boxes))
                    if i not in (a, b))}
    rest = [i for i in range(len(boxes)) if i not in spanning]
    column = {i: i for i in rest}

    def root(i: int) -> int:
        while column[i] != i:
            i = column[i]
        return i

    for n, i in enumerate(rest):
        for k in rest[n + 1:]:
            if overlap(i, k) and root(i) != root(k):
                column[max(root(i), root(k))] = min(root(i), root(k))
    left: dict[int, float] = {}
    for i in rest:
        left[root(i)] = min(left.get(root(i), boxes[i][0]), boxes[i][0])
    return (sorted(spanning, key=lambda i: -boxes[i][2])
            + sorted(rest, key=lambda i: (left[root(i)], -boxes[i][2])))
