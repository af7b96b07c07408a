"""Blocks and reading order of a PDF page's text lines, by pdfminer.six's layout rules.

PDFium's lines (pdfium_text.py) are grouped and ordered the way pdfminer.six groups and orders
its own with LAPARAMS, so the parser sees the same paragraphs in the same order from either
reader. A line joins the block of a line close above or below it (nearer than half its height)
only if the two are about as tall and share a left edge, a right edge or a centre. Blocks are
then merged pairwise, the pair whose bounding box wastes least area first (a pair with another
block inside their box waits), and the tree is read with each pair ordered by
(1 - boxes_flow) * left - (1 + boxes_flow) * (bottom + top): a footer drawn first still comes
last, a number set beside a title reads before it. An item number alone in a table's left
column, lower than its item's first line (a cell aligned to the bottom or centre), starts that
line, as it does in a cell aligned to the top (numbers_beside).

The rules are pdfminer.six's (LTLayoutContainer.group_textlines and group_textboxes), written
out on plain numbers: through pdfminer.six's own classes they took 9 ms a page.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np
from pdfminer.layout import LAParams

from . import ruled_rows

LAPARAMS = LAParams(char_margin=100, all_texts=True)
"""What ../shared/PDF-NOTES.md measured: pdfminer.six's defaults take 47 s on a dense table
page and glue words drawn as form XObjects."""
MAX_GROUPED_LINES = 2000
"""Above this many lines a page is written as PDFium gives it, one block: finding neighbours
costs the square of the lines on one height (no page in ../shared has over 110)."""
MAX_ORDERED_BLOCKS = 200
"""Above this many blocks a page's blocks are read top to bottom, then left to right: merging
pairs costs the square of the blocks (a dense table page)."""
ITEM_NUMBER = re.compile(r"\d{1,3}(?:[./]\d{1,3})*[A-Za-z]?\.?")
"""An item number: '1', '2.', '3a', '4.1', '12/24'."""
LETTER = re.compile(r"[^\W\d_]")
MAX_NUMBER_GAP = 6.0
"""An item number is at most this many times its height left of its item's text (a Word table's
number column is 1.5–2 cm wide)."""
BASELINE_SHARE = 0.25
"""An item number less than this share of its height below a line shares that line's baseline."""

@dataclass(slots=True)
class PlacedLine:
    """A line of text, its box on the page and the style of a few of its characters."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    style: tuple[list[float], list[bool]] = field(default=([], []))


@dataclass(frozen=True, slots=True)
class BlockBox:
    """What numbers_beside needs of a block: its first line, how many lines it has, its box,
    and the bottoms of its later lines set all in bold."""

    first: str
    first_y0: float
    lines: int
    x0: float
    y0: float
    x1: float
    y1: float
    bold_y0s: tuple[float, ...] = ()


@dataclass(slots=True)
class _Node:
    """A block (leaf) or a pair of nodes merged, with the box around it."""

    x0: float
    y0: float
    x1: float
    y1: float
    block: int = -1
    pair: tuple[_Node, _Node] | None = None


def blocks(lines: Sequence[PlacedLine], rules: Sequence[ruled_rows.Rule] = (),
           dividers: Sequence[ruled_rows.Divider] = ()) -> list[list[PlacedLine]]:
    """Group lines into blocks, each read top to bottom, and return the blocks in reading order.

    rules and dividers are the page's thin horizontal and upright rules: the rows of a table
    they draw (ruled_rows) are each read in place as a whole, cell by cell.
    """
    if len(lines) > MAX_GROUPED_LINES:
        return [list(lines)]
    table_rows = ruled_rows.rows(lines, rules, dividers) if dividers else []
    if table_rows:
        return _by_rows(lines, table_rows)
    return _ordered(_group_lines(lines))


def _by_rows(lines: Sequence[PlacedLine], table_rows: list[list[int]]) -> list[list[PlacedLine]]:
    """Return the blocks of a page with a ruled table: each row's blocks (ruled_rows.in_columns)
    where the row comes among the other blocks in reading order."""
    in_rows = {i for row in table_rows for i in row}
    free = _joined(_group_lines([line for i, line in enumerate(lines) if i not in in_rows]))
    rows = []
    for row in table_rows:
        cells = _group_lines([lines[i] for i in row])
        rows.append([cells[k] for k in ruled_rows.in_columns(cells)])
    leaves = [_leaf(i, group) for i, group in enumerate(free)]
    leaves.extend(_leaf(len(free) + r, [line for cell in row for line in cell])
                  for r, row in enumerate(rows))
    out: list[list[PlacedLine]] = []
    for i in _order(leaves):
        if i < len(free):
            out.append(free[i])
        else:
            out.extend(rows[i - len(free)])
    return out


def _ordered(groups: list[list[PlacedLine]]) -> list[list[PlacedLine]]:
    """Return blocks in reading order, each item number set beside its item joined to it."""
    groups = _joined(groups)
    return [groups[i] for i in _order([_leaf(i, group) for i, group in enumerate(groups)])]


def _joined(groups: list[list[PlacedLine]]) -> list[list[PlacedLine]]:
    """Return the blocks with item numbers set beside their items joined to them."""
    if any(len(group) == 1 and ITEM_NUMBER.fullmatch(group[0].text) for group in groups):
        return _numbers_joined(groups)
    return groups


def _order(leaves: list[_Node]) -> list[int]:
    """Return the blocks' indexes in reading order (top to bottom, then left to right, where
    there are too many to merge pairwise)."""
    if len(leaves) > MAX_ORDERED_BLOCKS:
        return [leaf.block for leaf in sorted(leaves, key=lambda n: (-n.y0, n.x0))]
    return _reading_order(leaves)


def numbers_beside(boxes: Sequence[BlockBox]) -> dict[int, int]:
    """Return the blocks that are an item number set beside its item: each with the block whose
    first line it starts.

    The number is one line alone in its row on the left (no block to its left or across it
    overlaps its height), and the nearest block to its right, lettered and near (MAX_NUMBER_GAP),
    reaches above and below it (within half the number's height) and starts higher: a number
    bottom-aligned or centred in its cell beside a taller one. A number on the baseline of the
    block's first line, or of a later line in bold (a heading the block ran on to), is left
    alone: it may be that line's. A block beside two numbers takes neither: it spans rows.
    """
    found: dict[int, int] = {}
    taken: dict[int, int] = {}
    for i, number in enumerate(boxes):
        if number.lines != 1 or not ITEM_NUMBER.fullmatch(number.first.strip()):
            continue
        beside = [k for k, box in enumerate(boxes)
                  if k != i and box.y0 < number.y1 and number.y0 < box.y1]
        if not beside or any(boxes[k].x0 < number.x1 for k in beside):
            continue
        k = min(beside, key=lambda k: boxes[k].x0)
        box = boxes[k]
        height = number.y1 - number.y0
        d = LAPARAMS.line_margin * height
        if box.x0 - number.x1 <= MAX_NUMBER_GAP * height and box.y0 - d <= number.y0 \
                and number.y1 <= box.y1 + d and LETTER.search(box.first) \
                and box.first_y0 - number.y0 > BASELINE_SHARE * height \
                and all(abs(y0 - number.y0) > BASELINE_SHARE * height for y0 in box.bold_y0s):
            found[i] = k
            taken[k] = taken.get(k, 0) + 1
    return {i: k for i, k in found.items() if taken[k] == 1}


def _numbers_joined(groups: list[list[PlacedLine]]) -> list[list[PlacedLine]]:
    """Return the blocks with each item number beside its item (numbers_beside) put at the
    start of the item's first line."""
    found = numbers_beside([
        BlockBox(g[0].text, g[0].y0, len(g), *_box(g),
                 tuple(line.y0 for line in g[1:] if line.style[1] and all(line.style[1])))
        for g in groups])
    for i, k in found.items():
        number, first = groups[i][0], groups[k][0]
        (sizes, bold), (first_sizes, first_bold) = number.style, first.style
        groups[k][0] = PlacedLine(
            f"{number.text} {first.text}", min(number.x0, first.x0), first.y0,
            max(number.x1, first.x1), first.y1,
            (sizes[:1] + first_sizes[-2:],
             bold[:-1] + first_bold if all(bold) else bold[:1] + first_bold))
    return [group for i, group in enumerate(groups) if i not in found]


def _box(group: list[PlacedLine]) -> tuple[float, float, float, float]:
    """Return the box around a block's lines."""
    return (min(line.x0 for line in group), min(line.y0 for line in group),
            max(line.x1 for line in group), max(line.y1 for line in group))


def _group_lines(lines: Sequence[PlacedLine]) -> list[list[PlacedLine]]:
    """Return the lines in blocks: joined where one is another's neighbour (see _neighbours)."""
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _neighbours(lines):
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = {}
    for i in range(len(lines)):
        members.setdefault(root(i), []).append(i)
    return [[lines[i] for i in sorted(group, key=lambda k: -lines[k].y1)]
            for group in members.values()]


def _neighbours(lines: Sequence[PlacedLine]):
    """Yield pairs of lines where the second lies within half the first's height above or below
    it, overlapping it across, and the two are as tall, left-, right- or centre-aligned (within
    that half height)."""
    by_bottom = sorted(range(len(lines)), key=lambda k: lines[k].y0)
    bottoms = [lines[k].y0 for k in by_bottom]
    tallest = max((line.y1 - line.y0 for line in lines), default=0.0)
    for i, line in enumerate(lines):
        height = line.y1 - line.y0
        d = LAPARAMS.line_margin * height
        low, high = line.y0 - d, line.y1 + d
        start = bisect_left(bottoms, low - tallest)
        for k in by_bottom[start:bisect_right(bottoms, high)]:
            other = lines[k]
            if k == i or other.y1 <= low or high <= other.y0 or other.x1 <= line.x0 \
                    or line.x1 <= other.x0:
                continue
            if abs((other.y1 - other.y0) - height) <= d and (
                    abs(other.x0 - line.x0) <= d or abs(other.x1 - line.x1) <= d
                    or abs(other.x0 + other.x1 - line.x0 - line.x1) <= 2 * d):
                yield i, k


def _leaf(index: int, group: list[PlacedLine]) -> _Node:
    """Return a block's node, with the box around its lines."""
    return _Node(*_box(group), index)


def _reading_order(leaves: list[_Node]) -> list[int]:
    """Merge the blocks pairwise (least wasted area first) and return their order in the tree."""
    if not leaves:
        return []
    serial = len(leaves)
    alive: dict[int, _Node] = dict(enumerate(leaves))
    heap = _pairs(leaves)
    heapq.heapify(heap)
    while len(alive) > 1:  # every pair of live nodes has an entry; the rest are dead ones
        checked, waste, i, j = heapq.heappop(heap)
        if i not in alive or j not in alive:
            continue
        a, b = alive[i], alive[j]
        x0, y0 = min(a.x0, b.x0), min(a.y0, b.y0)
        x1, y1 = max(a.x1, b.x1), max(a.y1, b.y1)
        if not checked and any(
                k != i and k != j and not (n.x1 <= x0 or x1 <= n.x0 or n.y1 <= y0 or y1 <= n.y0)
                for k, n in alive.items()):
            heapq.heappush(heap, (True, waste, i, j))
            continue
        del alive[i], alive[j]
        area = (x1 - x0) * (y1 - y0)
        for k, n in alive.items():
            heapq.heappush(heap, (False, (max(x1, n.x1) - min(x0, n.x0))
                                  * (max(y1, n.y1) - min(y0, n.y0))
                                  - area - (n.x1 - n.x0) * (n.y1 - n.y0), serial, k))
        alive[serial] = _Node(x0, y0, x1, y1, pair=(a, b))
        serial += 1
    order: list[int] = []
    for node in alive.values():
        _walk(node, order)
    return order


def _pairs(leaves: list[_Node]) -> list[tuple[bool, float, int, int]]:
    """Return the heap's first entries: for each pair of leaves, not checked, the area their
    box wastes, and the two.

    The areas are worked out for all pairs at once, in the order of operations written out in
    the fallback, which is taken where a box is not finite (NaN orders unlike a number).
    """
    boxes = np.array([(n.x0, n.y0, n.x1, n.y1) for n in leaves], dtype=np.float64)
    i, j = np.triu_indices(len(leaves), 1)
    if np.isfinite(boxes).all():
        x0, y0, x1, y1 = boxes.T
        area = (x1 - x0) * (y1 - y0)
        waste = ((np.maximum(x1[i], x1[j]) - np.minimum(x0[i], x0[j]))
                 * (np.maximum(y1[i], y1[j]) - np.minimum(y0[i], y0[j])) - area[i] - area[j])
        if np.isfinite(waste).all():
            return list(zip(repeat(False), waste.tolist(), i.tolist(), j.tolist()))
    boxes = [(n.x0, n.y0, n.x1, n.y1, (n.x1 - n.x0) * (n.y1 - n.y0)) for n in leaves]
    return [(False, (max(a1, b1) - min(a0, b0)) * (max(a3, b3) - min(a2, b2)) - area - b4, i, j)
            for i, (a0, a2, a1, a3, area) in enumerate(boxes)
            for j, (b0, b2, b1, b3, b4) in enumerate(boxes[i + 1:], i + 1)]


def _walk(node: _Node, order: list[int]) -> None:
    """Append the blocks under node in reading order."""
    if node.pair is None:
        order.append(node.block)
        return
    first, second = node.pair
    if _flow_key(second) < _flow_key(first):
        first, second = second, first
    _walk(first, order)
    _walk(second, order)


def _flow_key(node: _Node) -> float:
    """Return where a node comes in reading order among its pair's (the lower, the sooner)."""
    flow = LAPARAMS.boxes_flow or 0.0
    return (1 - flow) * node.x0 - (1 + flow) * (node.y0 + node.y1)
