"""Registers set as tables: a row per decision or minute, its reference and subject in columns
of their own among others ('Ref | Meeting | Date | Subject | Decision').

Read cell after cell, a row is one line that opens with its date: the parser sees no item. A
table whose head names a reference column ('Minute', 'Ref', 'Decision No.') and a subject
column ('Subject', 'Title', 'Item') has each row rewritten to open with its reference and
subject, marked as a heading on a line of its own, and the row's other cells after it, each on
a line of its own, in their order.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from ..records import HEADING_MARK

REFERENCE = re.compile(
    r"^(?:minute|min|item|decision|record|resolution|report)?\s*"
    r"(?:no|number|ref(?:erence)?|#)\.?$|^(?:minute|min)\.?$", re.I)
"""A reference column's head: 'Minute', 'Min.', 'Ref', 'Reference', 'No.', 'Item No.',
'Decision ref'."""
SUBJECT = re.compile(
    r"^(?:subject|title|item|agenda\s+item|matter|topic|heading|issue|description"
    r"|(?:decision|report|item)\s+(?:title|subject))$", re.I)
"""A subject column's head: 'Subject', 'Title', 'Item', 'Agenda item', 'Matter'."""
CELL_REFERENCE = re.compile(r"^(?=[^\s]*\d)[A-Za-z]{0,6}[-/. ]?\d[\w./-]{0,14}$")
"""A reference in its cell: '21/102', 'AM22/011', 'DL23-001', '45', 'C.12'."""
MIN_ROWS = 2
MAX_SUBJECT_WORDS = 24
CELLS = ("td", "th")


def open_rows_with_subjects(table: Tag) -> None:
    """Rewrite a register table's rows to open with their reference and subject, on a line of
    their own (see the module's docstring); leave any other table as it is."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    if len(rows) <= MIN_ROWS:
        return
    head = [cell.get_text(" ", strip=True).rstrip(":") for cell in
            rows[0].find_all(CELLS, recursive=False)]
    reference = next((k for k, name in enumerate(head) if REFERENCE.match(name)), None)
    subject = next((k for k, name in enumerate(head)
                    if k != reference and SUBJECT.match(name)), None)
    if reference is None or subject is None or reference == subject:
        return
    body = [row.find_all(CELLS, recursive=False) for row in rows[1:]]
    if any(len(cells) != len(head) for cells in body):
        return
    filled = [cells for cells in body if cells[reference].get_text(strip=True)]
    if len(filled) < MIN_ROWS or not all(
            CELL_REFERENCE.match(cells[reference].get_text(" ", strip=True))
            and 0 < len(cells[subject].get_text(" ", strip=True).split()) <= MAX_SUBJECT_WORDS
            for cells in filled):
        return
    for cells in body:
        row = cells[0].parent
        rest = [cell for k, cell in enumerate(cells) if k not in (reference, subject)]
        for cell in cells:
            cell.extract()
        for cell in (cells[reference], cells[subject], *rest):
            row.append(cell)
        cells[reference].insert(0, NavigableString(HEADING_MARK))
        for cell in rest:
            cell.insert(0, Tag(name="br"))
