"""Item tables whose number column is typed apart from the headings it numbers.

Word templates lay minutes out as a table 'Item | minute | Action'; a clerk types each item's
number into the first cell and spaces it down with blank lines to stand level with its heading
in the second cell. On the web the spacing is lost: one row's first cell holds a stack of
numbers ('14/06/2', 'i)', '14/06/3', …) and its second cell the headings, in the same order.
Each item number goes back to the start of its heading, so that the parser reads
'14/06/3 Accepted Apologies for absence:' as one numbered heading. The headings are the
second cell's bold lines that end in a colon, as such templates set them, or else its bold
lines that read as headings; when there are fewer than numbers, the row is left as it is.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

ITEM_NUMBER = re.compile(r"^\d{1,3}(?:[/.](?:\d{1,3}|(?:19|20)\d\d(?=[/.]\d))){0,3}"
                         r"(?:[ivx]{1,4}|[a-z])?[.)]?$")
"""An item's number alone: '14/06/2', '3.1', 'ii)', and a minute numbered within a council year
('63/2015/16'), whose year is never its last part (a date's is)."""
COLUMN_HEADING = re.compile(r"^(?:Item|No\.?|Minute|Ref\.?)$", re.I)
SUB_HEADING = re.compile(r"^\(?(?:[ivx]{1,5}|[a-z])[.)]\s")
CONTINUED = re.compile(r"\bcontinued$|\bnext\s+meeting\b|^\W*$|\b(?:signed|date)$", re.I)
SUB_NUMBER = re.compile(r"^\(?(?:[ivx]{1,5}|[a-z])[.)]$")
NOT_A_HEADING = re.compile(
    r"^(?:absent|present|also\s+present|in\s+attendance|resolved|agreed|proposed|seconded"
    r"|(?:the\s+)?dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting)\b", re.I)
PART_LABEL = re.compile(r"^(?:minutes|decisions?|additional\s+documents)\s*:$", re.I)
"""A meeting page's label of a minute's part ('Minutes:'), never the heading a number goes to."""
BOLD = ("strong", "b")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", *BOLD)
LINE_BREAKS = ("div", "br", "p")
MAX_WORDS = 24
NUMBERED_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[.)]?\s+(?P<heading>[A-Z].*)$")
MIN_STACK = 3


def restack_numbers(row: Tag) -> None:
    """Move the item numbers of a row's first cell onto the headings of its second cell."""
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) < 2:
        return
    tokens = cells[0].get_text("\n").split()
    if tokens and COLUMN_HEADING.match(tokens[0]):
        tokens = tokens[1:]
    numbers = [t for t in tokens if ITEM_NUMBER.match(t)]
    if not numbers or any(not (ITEM_NUMBER.match(t) or SUB_NUMBER.match(t)) for t in tokens):
        return
    lines = _lines(cells[1])
    if len(tokens) == 1 and lines and _level_heading(lines[0]):
        # A row per item whose cell opens with its own heading: nothing is stacked.
        return
    headings = [line[0] for line in lines if _heading(line)]
    if len(headings) != len(numbers):
        # Templates that set headings in bold without a colon: the bold lines that read as
        # headings, in order; what is left over after the last number is the closing text.
        headings = [line[0] for line in lines if _bold_heading(line)]
        if len(headings) < len(numbers) or len(numbers) < MIN_STACK:
            return
        headings = headings[:len(numbers)]
    for number, first in zip(numbers, headings, strict=True):
        first.insert_before(NavigableString(f"{number.rstrip('.)')} "))
    cells[0].clear()


def _lines(cell: Tag) -> list[list[NavigableString]]:
    """Return the cell's lines as their text nodes, a line ending at each div, br or p."""
    lines: list[list[NavigableString]] = [[]]
    for node in cell.descendants:
        if isinstance(node, Tag) and node.name in LINE_BREAKS:
            lines.append([])
        elif isinstance(node, NavigableString) and node.strip():
            lines[-1].append(node)
    return [line for line in lines if line]


def _level_heading(line: list[NavigableString]) -> bool:
    """Return True for a heading in a heading element or bold that is not a colon heading."""
    return not _heading(line) and all(
        node.find_parent(HEADINGS) is not None for node in line)


def _bold_heading(line: list[NavigableString]) -> bool:
    """Return True for a line all in bold that reads as an item's heading, not as a
    sub-heading ('vii. Wish List'), a continuation ('Public Forum continued'), the next
    meeting's date or a signature line."""
    text = " ".join(" ".join(node.split()) for node in line)
    return (any(c.isalpha() for c in text) and len(text.split()) <= MAX_WORDS
            and not text.endswith(".") and not SUB_HEADING.match(text)
            and not CONTINUED.search(text) and not NOT_A_HEADING.match(text)
            and all(node.find_parent(BOLD) is not None for node in line))


def _heading(line: list[NavigableString]) -> bool:
    """Return True for a line all in bold that ends with a colon ('Finance:')."""
    text = " ".join(" ".join(node.split()) for node in line)
    return (text.endswith(":") and len(text.split()) <= MAX_WORDS
            and not NOT_A_HEADING.match(text) and not PART_LABEL.match(text)
            and all(node.find_parent(BOLD) is not None for node in line))


def break_after_heading_cell(row: Tag) -> None:
    """Start a new line at the cell after a row's heading: after the second cell when the
    first holds an item number and the second a short heading ('41 | Minutes | RESOLVED that
    the Minutes …', a modern.gov table of minutes), after the first when it holds the number
    and the heading together ('1. Welcome | Chair welcomed all …', a community council's
    'Agenda item | Discussion | Action' table)."""
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) < 2:
        return
    first = cells[0].get_text(" ", strip=True)
    numbered = NUMBERED_CELL.match(first)
    if ITEM_NUMBER.match(first) and len(cells) >= 3:
        heading, text = cells[1].get_text(" ", strip=True), cells[2]
    elif numbered and "\n" not in cells[0].get_text().strip():
        heading, text = numbered.group("heading"), cells[1]
    else:
        return
    if heading and len(heading.split()) <= MAX_WORDS and text.get_text(strip=True):
        text.insert(0, Tag(name="br"))


MARGIN_HEADING_WORDS = 8
MARGIN_TEXT_WORDS = 5
MIN_MARGIN_ROWS = 3


def break_after_margin_headings(table: Tag) -> None:
    """Start a new line at the text cell of a table whose rows each hold a short heading in the
    margin and the minute beside it ('Apologies | Cllr Pascoe, Cllr Orchard.', 'Notice boards
    | The notice boards on the green have proved …'), so each heading heads its paragraph; a
    table of names and posts, or of short cells, is left as it is."""
    rows = [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")
            if row.find_parent("table") is table]
    pairs = [cells for cells in rows if len(cells) == 2]
    margin = [cells for cells in pairs
              if 0 < len(head := cells[0].get_text(" ", strip=True).split()) <= MARGIN_HEADING_WORDS
              and head[0].isalpha() and not NUMBERED_CELL.match(" ".join(head))
              and not head[-1].endswith((".", ",", ";"))
              and len(cells[1].get_text(" ", strip=True).split()) >= MARGIN_TEXT_WORDS]
    if len(margin) < MIN_MARGIN_ROWS or 3 * len(margin) < 2 * len(rows):
        return
    for cells in margin:
        cells[1].insert(0, Tag(name="br"))

