"""Minutes saved as Markdown text: underlined headings, tables of people, emphasis."""

from __future__ import annotations

from datetime import date

from indexer.parse.cleanup import clean_pages
from indexer.parse.meetings import parse_document
from indexer.records import Document, SourceMeta

MINUTES = """Wickham Market Town Council
===========================

Minutes of the Planning Committee
---------------------------------

Held on Tuesday 8 November 2022 at 7pm, Council Chamber.

| Present | |
|---|---|
| Cllr Sarah Moss | Chair |
| Cllr Tom Field | |
| Mrs Jo Bell | Town Clerk |

1. **Apologies for absence**
   Cllr Peters (holiday).

2. **Street naming**
   The Clerk reported a request for names for the new development. Cllr Field suggested
   "Miller's Way". **Agreed**: to propose Miller's Way.

3. **Date of next meeting**
   13 December 2022.
"""


def test_an_underlined_line_is_a_heading_and_a_table_row_reads_as_its_cells() -> None:
    lines = [(line.text, line.heading) for line in clean_pages((MINUTES,), paged=False)
             if line.text]
    assert lines[:5] == [("Wickham Market Town Council", True),
                         ("Minutes of the Planning Committee", True),
                         ("Held on Tuesday 8 November 2022 at 7pm, Council Chamber.", False),
                         ("Present", False), ("Cllr Sarah Moss, Chair;", False)]
    assert ("Cllr Tom Field", False) in lines


def test_markdown_minutes_give_committee_people_items_and_decisions() -> None:
    (meeting,) = parse_document(Document("wm/2022-11-08.md.txt", "txt", (MINUTES,), SourceMeta()))
    assert meeting.committee == "Wickham Market Town Council — Planning Committee"
    assert meeting.date == date(2022, 11, 8)
    assert meeting.attendance.present == (
        "Cllr Sarah Moss (Chair)", "Cllr Tom Field", "Mrs Jo Bell (Town Clerk)")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Street naming"), ("3", "Date of next meeting")]
    naming = meeting.items[1]
    assert naming.decision == "agreed"
    assert naming.speakers == ("Jo Bell", "Tom Field")
