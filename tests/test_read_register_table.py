"""A register set as a table, a row per decision with its reference and subject in columns
among others, gives an item per row: its number, its subject as the title, its decision."""

from __future__ import annotations

from indexer.parse.meetings import parse_document
from indexer.read.html import html_to_text
from indexer.records import HEADING_MARK, Document

REGISTER = b"""<html><body><main><h1>Brockwell Parish Council - Register of Decisions 2024</h1>
<table>
<tr><th>Date</th><th>Meeting</th><th>Ref</th><th>Subject</th><th>Decision</th></tr>
<tr><td>09/01/2024</td><td>Full Council</td><td>24/003</td><td>Budget and precept</td>
<td>Resolved to set a precept of 48,200 pounds for 2024/25.</td></tr>
<tr><td>09/01/2024</td><td>Full Council</td><td>24/004</td><td>Village hall roof</td>
<td>Agreed to seek three quotations for the repair of the roof.</td></tr>
<tr><td>13/02/2024</td><td>Full Council</td><td>24/006</td><td>Speed watch</td>
<td>The report of the speed watch group was noted.</td></tr>
<tr><td>13/02/2024</td><td>Full Council</td><td>24/007</td><td>Grass cutting contract</td>
<td>Deferred to the March meeting for a third quotation.</td></tr>
</table></main></body></html>"""


def test_each_row_opens_with_its_reference_and_subject_on_a_heading_line() -> None:
    _, text = html_to_text(REGISTER)
    lines = [line for line in text.splitlines() if line.strip()]
    assert f"{HEADING_MARK}24/004 Village hall roof" in lines
    after = lines[lines.index(f"{HEADING_MARK}24/004 Village hall roof") + 1]
    assert after == "09/01/2024"


def test_a_register_tables_rows_are_items_with_their_decisions() -> None:
    _, text = html_to_text(REGISTER)
    items = [item for meeting in parse_document(Document("r.html", "html", (text,)))
             for item in meeting.items]
    found = {item.number: item for item in items}
    assert [found[n].title for n in ("24/003", "24/004", "24/006", "24/007")] == [
        "Budget and precept", "Village hall roof", "Speed watch", "Grass cutting contract"]
    assert [found[n].decision for n in ("24/003", "24/004", "24/006", "24/007")] == [
        "resolved", "agreed", "noted", "deferred"]


def test_a_table_without_a_subject_column_is_left_as_it_is() -> None:
    page = REGISTER.replace(b"<th>Subject</th>", b"<th>Amount</th>")
    _, text = html_to_text(page)
    assert not any(line.lstrip(HEADING_MARK).startswith("24/004") for line in text.splitlines())
    assert "Full Council 24/004 Village hall roof" in text
