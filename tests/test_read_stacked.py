"""Item tables whose number column is typed apart from the headings it numbers."""

from __future__ import annotations

from indexer.parse.meetings import parse_document
from indexer.read.html import html_to_text
from indexer.records import HEADING_MARK, Document

ROWS = """<table>
<tr><td><strong>Item</strong></td><td> </td><td><strong>Action</strong></td></tr>
<tr><td><strong>21/03/1</strong><div></div><strong> </strong></td>
<td><strong>Apologies for absence:</strong><div></div>Apologies were received from Cllr Ford.
</td><td> </td></tr>
<tr><td><strong>21/03/2</strong><div></div><strong>i)</strong><div></div><strong> </strong>
<div></div><strong>ii)</strong><div></div><strong>21/03/3</strong><div></div>
<strong>21/03/4</strong></td>
<td><strong>Reports:</strong><div></div><strong>County</strong><strong> Council</strong><div></div>
Cllr Storey reported on the new committee system.<div></div><strong>Police</strong><div></div>
No report received.<div></div><strong>Absent:</strong><div></div>Cllr Leet.<div></div>
<strong>Minutes of the last meeting held on </strong><strong>2<sup>nd</sup> March:</strong>
<div></div><strong>Resolved 21/03/3.01</strong><div></div>That the minutes be adopted as a true
record.<div></div><strong>Play</strong><strong> Area:</strong><div></div>The swings need
new chains.</td><td>Clerk</td></tr>
</table>"""
PAGE = f"""<html><body><main><h1>Little Snoring Parish Council</h1>
<p>Minutes of the meeting held on Tuesday 2 March 2021 at 7.30pm</p>{ROWS}</main></body></html>"""


def test_each_number_goes_to_its_heading_in_order() -> None:
    _, text = html_to_text(PAGE.encode())
    lines = [line.replace(HEADING_MARK, "") for line in text.splitlines()]
    assert "21/03/1 Apologies for absence:" in lines
    assert "21/03/2 Reports:" in lines
    assert "21/03/3 Minutes of the last meeting held on 2nd March:" in lines
    assert "21/03/4 Play Area:" in lines


def test_the_minutes_read_as_numbered_items_with_their_decision() -> None:
    _, text = html_to_text(PAGE.encode())
    meetings = parse_document(Document("m.html", "html", (text,)))
    items = meetings[0].items
    assert [(i.number, i.title) for i in items] == [
        ("21/03/1", "Apologies for absence"), ("21/03/2", "Reports"),
        ("21/03/3", "Minutes of the last meeting held on 2nd March"), ("21/03/4", "Play Area")]
    assert items[2].decision == "resolved"
    assert "adopted as a true record" in items[2].resolutions[0]


def test_a_row_whose_headings_do_not_match_its_numbers_is_left_alone() -> None:
    page = PAGE.replace("<strong>Play</strong><strong> Area:</strong>", "Play Area")
    _, text = html_to_text(page.encode())
    lines = text.replace(HEADING_MARK, "").splitlines()
    assert "21/03/1 Apologies for absence:" in lines
    assert not any(line.startswith("21/03/3 Minutes") for line in lines)


def test_a_row_per_item_opening_with_its_heading_keeps_its_number_there() -> None:
    page = b"""<html><body><main>
<p>Minutes of the meeting of the Cabinet held on Wednesday, 15 March 2023 at 6.00 pm</p>
<p><strong>Present:</strong> Councillor Helen Ward (Leader, in the Chair); Councillors Paul Oakes
and Rita Singh.</p><p><strong>Officers:</strong> Sam Patel (Chief Executive).</p><table>
<tr><td><p>89.</p></td><td><h2>Minutes of the previous meeting</h2>
<p>RESOLVED that the minutes be approved as a correct record.</p></td></tr>
<tr><td><p>90.</p></td><td><h2>Housing Business Plan</h2><p>The Chairman introduced the plan.</p>
<p><strong>Decision:</strong></p><p>RESOLVED that the plan be approved.</p>
<p><strong>Reasons for decision:</strong> to keep the account balanced.</p></td></tr>
</table></main></body></html>"""
    _, text = html_to_text(page)
    (meeting,) = parse_document(Document("c.html", "html", (text,)))
    assert meeting.committee == "Cabinet"
    assert meeting.attendance.in_attendance == ("Sam Patel (Chief Executive)",)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("89", "Minutes of the previous meeting"), ("90", "Housing Business Plan")]
    assert meeting.items[1].speakers == ("Helen Ward",)


BOLD_ROWS = """<table><tr><td><strong>Item</strong><div></div><strong>16/09/6/1</strong><div></div>
<strong> </strong><div></div><strong>16/09/6/2</strong><div></div><strong>16/09/6/5</strong>
<div></div><strong>16/09/6/3</strong><div></div><strong>16/09/6/4</strong><div></div>
<strong>16/09/6/6</strong></td>
<td><strong>Public Forum</strong><div></div>A resident asked whether a village shop could be housed
in a portacabin on an allotment.<div></div>
<strong>Public Forum continued</strong><div></div>Parking in Normandy Close was raised again by a
resident who lives there.<div></div>
<strong>Local Authority Reports</strong><div></div>None.<div></div>
<strong>Car Scheme</strong><div></div>Brought forward at the Chair's request.<div></div>
<strong>Accepted apologies for absence</strong><div></div>Cllr Collins.<div></div>
<strong>vii. Wish list</strong><div></div>A skate park.<div></div>
<strong>Members’ declaration of interests</strong><div></div>None.<div></div>
<strong>Parish Matters</strong><div></div>The hedge needs cutting.<div></div>
<strong>The next meeting is on Tuesday 4th October</strong><div></div>
<strong>Vice-Chair Date</strong></td><td>Action</td></tr></table>"""


def test_headings_set_in_bold_without_colons_take_their_numbers_in_order() -> None:
    page = (f"<html><body><main><h1>Little Snoring Parish Council</h1><p>Minutes of the meeting "
            f"held on Tuesday 6 September 2016</p>{BOLD_ROWS}</main></body></html>")
    _, text = html_to_text(page.encode())
    meetings = parse_document(Document("m.html", "html", (text,)))
    # The public forum resumed under its own unnumbered heading is an item of its own.
    assert [(i.number, i.title) for i in meetings[0].items] == [
        ("16/09/6/1", "Public Forum"), ("", "Public Forum continued"),
        ("16/09/6/2", "Local Authority Reports"),
        ("16/09/6/5", "Car Scheme"), ("16/09/6/3", "Accepted apologies for absence"),
        ("16/09/6/4", "Members’ declaration of interests"), ("16/09/6/6", "Parish Matters")]
    assert "Parking in Normandy Close" in meetings[0].items[1].text


def test_a_meeting_page_s_bold_minutes_label_does_not_take_the_item_s_number() -> None:
    rows = "".join(
        f"<tr><td><p>{n}.</p></td><td><p><a href='mgAi.aspx?ID={n}'>{title}</a></p>"
        f"<div><p><b>Minutes:</b></p><p>{text}</p></div></td></tr>"
        for n, title, text in ((1, "ANNOUNCEMENTS &amp; APOLOGIES", "Apologies were received."),
                               (2, "ACTION TRACKER", "The Board noted the Action Tracker."),
                               (3, "DIRECTIONS 2026/27", "The Board approved the Directions.")))
    text = html_to_text(f"<html><body><table>{rows}</table></body></html>".encode())[1]
    assert "1 Minutes:" not in text
    (meeting,) = parse_document(Document("ijb.html", "html", (text,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "ANNOUNCEMENTS & APOLOGIES"), ("2", "ACTION TRACKER"), ("3", "DIRECTIONS 2026/27")]
