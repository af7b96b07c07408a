"""Minutes kept as a table and flattened to text: a header row, then one row per item.

A working group's minutes are often a Word table, 'Item | Raised by | Discussion & Decision',
that a document site or a copy and paste turns into lines whose cells are joined by ' / ', a tab
or ' | '. The header row names the columns; each row after it opens with the item's title in the
first cell, and a line with no separator goes on with the row above it (an action under it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Line
from .blocks import is_title_like

SEPARATORS = (" / ", "\t", " | ")
HEAD_FIRST = re.compile(r"^(?:agenda\s+)?(?:item|subject|topic|minute|business)(?:\s+no\.?)?$",
                        re.I)
"""The first column's heading: what the rows under it are."""
HEAD_OTHER = re.compile(r"\b(?:discussion|decisions?|actions?|notes|raised|lead|owner|outcome"
                        r"|minutes|comments|summary|details|by|who|resolution)\b", re.I)
"""Another column's heading: who raised the item, what was said and decided."""
MIN_ROWS = 3
MAX_TITLE_WORDS = 10


@dataclass(frozen=True)
class GridRow:
    """One row of the table: the line its title is on, the title, and the lines of its text."""

    line: int
    title: str
    body: tuple[Line, ...]


def grid_rows(lines: list[Line], start: int, end: int) -> tuple[int, list[GridRow]] | None:
    """Return where a flattened table's header row is and its rows, or None if there is none."""
    for i in range(start, end):
        sep = _header_separator(lines[i].text)
        if sep:
            rows = _rows(lines, i + 1, end, sep)
            return (i, rows) if len(rows) >= MIN_ROWS else None
    return None


def _header_separator(text: str) -> str:
    """Return the separator of a header row ('Item / Raised by / Discussion'), else ''."""
    for sep in SEPARATORS:
        cells = [cell.strip() for cell in text.split(sep)]
        if len(cells) >= 2 and HEAD_FIRST.match(cells[0]) \
                and all(HEAD_OTHER.search(cell) for cell in cells[1:]):
            return sep
    return ""


def _rows(lines: list[Line], start: int, end: int, sep: str) -> list[GridRow]:
    """Read the rows under the header: a title cell opens one, other lines go on with it."""
    rows: list[GridRow] = []
    title_line: int | None = None
    for i in range(start, end):
        text = lines[i].text
        first, _, rest = text.partition(sep)
        following = lines[i + 1].text if i + 1 < end else ""
        if rest and _title_cell(first):
            rows.append(GridRow(i, first.strip(), (Line(rest, lines[i].page),)))
        elif rest and title_line is not None and first.lstrip().startswith("("):
            # 'Matters Arising.' / '(Open actions)) / Chair / …': the title cell wrapped, its
            # note on the row's line.
            rows.append(GridRow(title_line, lines[title_line].text.strip(),
                                (Line(first, lines[i].page), Line(rest, lines[i].page))))
        elif not rest and sep in following and _title_cell(text) \
                and following.lstrip().startswith("("):
            title_line = i
            continue
        elif rows:
            rows[-1] = GridRow(rows[-1].line, rows[-1].title, (*rows[-1].body, lines[i]))
        title_line = None
    return rows


def _title_cell(cell: str) -> bool:
    """Return True for a first cell that titles an item: short and read as a heading."""
    cell = cell.strip()
    return 0 < len(cell.split()) <= MAX_TITLE_WORDS and is_title_like(cell.rstrip("."))
