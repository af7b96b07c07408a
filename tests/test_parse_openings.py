"""A record's meeting date read from its opening sentence or date line (session 10)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

ITEMS = """
1. Apologies
Apologies were received from Councillor Pryde.

2. Accounts
The accounts were approved.

3. Roads
The roads report was noted.
"""


@pytest.mark.parametrize("opening, day", [
    ("At a MEETING of the SOUTHMOOR AND DALE LICENSING BOARD held at Kelso on\n"
     "24th November, 2025.", date(2025, 11, 24)),
    ("WESTFEN DRAINAGE BOARD\n\nMINUTES\n\nof the proceedings of the Board at a Meeting held at "
     "the Board's Offices, Fen Road, Holbeach on\nWednesday 17 September 2025.",
     date(2025, 9, 17)),
    ("HEALTH AND WELLBEING BOARD\n\nAt a meeting of the Health and Wellbeing Board on "
     "Wednesday, 4 March 2026 in the Council Chamber, Eastbridge",
     date(2026, 3, 4)),
    ("Lowbury Parish Council extra ordinary meeting.\nHeld at Lowbury Village Hall at 19:30 on "
     "12th February 2025", date(2025, 2, 12)),
])
def test_opening_sentence_dates_the_record(opening: str, day: date) -> None:
    meetings = text_meetings(f"{opening}\n\nPresent: Cllr A Pryce, Cllr B Moss\n{ITEMS}")
    assert [m.date for m in meetings] == [day]


def test_an_earlier_meeting_named_before_the_attendance_does_not_date_the_record() -> None:
    opening = ("Lowbury Parish Council extra ordinary meeting.\n"
               "The minutes of the meeting held on 13th January 2025 were approved.\n"
               "The date of the next meeting is 12th March 2025.")
    meetings = text_meetings(f"{opening}\n\nPresent: Cllr A Pryce, Cllr B Moss\n{ITEMS}")
    assert [m.date for m in meetings] == [None]


def test_the_opening_ends_at_the_attendance() -> None:
    """A date below the attendance belongs to the business, not the record's heading."""
    opening = ("Lowbury Parish Council extra ordinary meeting.\n"
               "Present: Cllr A Pryce, Cllr B Moss\n"
               "Item 1 To agree the minutes of the Full Council meeting of 13th January 2025")
    assert [m.date for m in text_meetings(f"{opening}\n{ITEMS}")] == [None]


def test_a_web_page_date_line_with_hours_dates_the_meeting() -> None:
    page = """<html><body><ul><li><a href="/">Home</a></li><li><a href="/m">Meetings</a></li></ul>
    <h1>Meeting Details</h1><h2>Police and Crime Panel</h2><p>10 Dec 2025 - 10:30 to 12:45</p>
    <p>Location: Committee Room 2</p>
    <h3>1. Apologies for Absence</h3><p>Apologies were received from Cllr D Fenn.</p>
    <h3>2. Minutes</h3><p>RESOLVED that the minutes be confirmed.</p>
    <h3>3. Precept</h3><p>RESOLVED that the precept be endorsed.</p></body></html>"""
    assert [m.date for m in html_meetings(page)] == [date(2025, 12, 10)]


def test_the_opening_sentence_wraps_across_a_pdf_line() -> None:
    page = ("GLENWARD VALUATION JOINT BOARD\n\nAt a MEETING of the GLENWARD VALUATION JOINT BOARD "
            "held at Dunmore on\n3rd March, 2025.\n\nPresent:- Councillor P Kerr\n" + ITEMS)
    assert [m.date for m in pdf_meetings((page,))] == [date(2025, 3, 3)]
