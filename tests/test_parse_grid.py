"""Minutes kept as a table and flattened to text (indexer/parse/grid.py)."""

from __future__ import annotations

from indexer.parse.grid import grid_rows
from indexer.parse.meetings import parse_document
from indexer.records import Document, Line, SourceMeta

MINUTES = """Minutes of Hollin Brook Village Plan Working Group
Date: Tuesday 3 March 2020 – 7pm / Venue: The Reading Room
Attendance: Ann Bell (Chair), Carl Dunn (Treasurer), Erin Fox
Item / Raised by / Discussion & Decision
Apologies / Chair / None.
Matters Arising.
(Actions from the last meeting) / Chair / 04/02/20-01 Chair to write to the school. Done.
Treasurer's Report / Treasurer / Carl Dunn reported £812. It was agreed to buy a banner.
03/03/20-01 Treasurer to order the banner.
Survey / Erin Fox / Erin Fox presented the draft survey. The group approved it.
Signed: ……………… (Chair)
"""


def _lines(text: str) -> list[Line]:
    return [Line(t, 1) for t in text.splitlines()]


def test_each_row_under_the_header_is_an_item_and_lines_without_cells_go_on_with_it() -> None:
    lines = _lines(MINUTES)
    head, rows = grid_rows(lines, 0, len(lines))
    assert head == 3
    assert [row.title for row in rows] == ["Apologies", "Matters Arising.", "Treasurer's Report",
                                           "Survey"]
    assert rows[2].body[-1].text == "03/03/20-01 Treasurer to order the banner."


def test_a_sentence_with_a_slash_or_a_header_naming_no_columns_is_no_table() -> None:
    lines = _lines("Item / 2020 / 2021\nGrass cutting / £400 / £420\nHedges / £100 / £90\n"
                   "Bins / £50 / £55\n")
    assert grid_rows(lines, 0, len(lines)) is None
    lines = _lines("Item / Action\nApologies / None\n")
    assert grid_rows(lines, 0, len(lines)) is None


def test_the_table_gives_the_meetings_items_under_its_labelled_date() -> None:
    [meeting] = parse_document(Document("c/minutes.txt", "txt", (MINUTES,), SourceMeta()))
    assert meeting.committee == "Hollin Brook Village Plan Working Group"
    assert meeting.date is not None and meeting.date.isoformat() == "2020-03-03"
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Apologies", "none"), ("Matters Arising.", "none"), ("Treasurer's Report", "agreed"),
        ("Survey", "agreed")]
