"""Layouts found on minutes written for the purpose in other councils' layouts (session 9)."""

from __future__ import annotations

from datetime import date

from indexer.parse.blocks import paragraphs
from indexer.parse.decisions import decisions
from indexer.parse.meetings import parse_document
from indexer.records import Document, Line, SourceMeta

MINUTE_NO = """PENMAEN COMMUNITY COUNCIL

Minutes of the Meeting of the Penmaen Community Council held on Tuesday 14th May 2024 at the Hall

Minute no. 1 – Members Present
Councillors: R Jenkins T Vaughan-Lloyd M Bevan A Price
Chairman Councillor R Jenkins presided over the meeting.
Also present the Clerk Huw Davies.

Minute no. 2 - Apologies
Apologies were received from Councillor S Owen.

Minute no. 3 – Approval of the Minutes of the Annual Meeting of the Council.
Resolved that the minutes be signed as a true record.

Minute no. 4 – Matters Arising
Minute no. 7 - Play Area Fence
The Clerk reported that the contractor had been asked to return in June.

Minute no. 5 – Village Hall Boiler
Cllr T Vaughan-Lloyd proposed that the quotation be accepted, seconded by Cllr A Price.
For: 2 Against: 2
The Chairman used his casting vote against the proposal, which therefore fell.

Minute no. 6 – Any Other Business
Cllr M Bevan reported a blocked drain on Heol Fach.
"""


def _meetings(text: str) -> list:
    return parse_document(Document("c/minutes.txt", "txt", (text,), SourceMeta()))


def test_minute_no_numbers_and_a_numbered_members_present_item() -> None:
    (meeting,) = _meetings(MINUTE_NO)
    assert meeting.date == date(2024, 5, 14)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Members Present"), ("2", "Apologies"),
        ("3", "Approval of the Minutes of the Annual Meeting of the Council"),
        ("4", "Matters Arising"), ("5", "Village Hall Boiler"), ("6", "Any Other Business")]
    # The list is written without commas, a hyphenated surname among its names.
    assert meeting.attendance.present == ("R Jenkins", "T Vaughan-Lloyd", "M Bevan", "A Price")
    assert "Huw Davies (Clerk)" in meeting.attendance.also_present


def test_speakers_go_by_the_lists_form_and_the_chair_who_presided() -> None:
    (meeting,) = _meetings(MINUTE_NO.replace("Matters Arising\n", "Matters Arising\nThe "
                                             "Chairman thanked the Clerk.\n"))
    items = {i.number: i for i in meeting.items}
    assert items["4"].speakers[0] == "R Jenkins"
    # 'Play Area Fence' above 'The Clerk reported …' is a heading, not a person.
    assert "Huw Davies" in items["4"].speakers and len(items["4"].speakers) == 2
    assert items["5"].speakers == ("T Vaughan-Lloyd", "A Price")
    assert items["6"].speakers == ("M Bevan",)


def test_a_motion_lost_on_the_casting_vote_is_lost_not_agreed() -> None:
    items = {i.number: i for i in _meetings(MINUTE_NO)[0].items}
    assert items["5"].decision == "lost"
    # A motion agreed in words stays agreed beside an amendment lost.
    kind, _ = decisions(["An amendment to defer the bid was lost.", "Cllr A proposed that the "
                         "bid be made, seconded by Cllr B, and this was agreed unanimously."])
    assert kind == "agreed"


def test_a_line_ended_short_before_a_longer_one_ends_its_paragraph() -> None:
    lines = [Line("Bus Shelter, Heol y Parc", 1),
             Line("The Clerk reported that only one quotation had been received for it.", 1),
             Line("A line of a paragraph wrapped at the width of the page, as its next line", 1),
             Line("shows, goes on.", 1)]
    assert [p.text for p in paragraphs(lines)] == [
        "Bus Shelter, Heol y Parc",
        "The Clerk reported that only one quotation had been received for it.",
        "A line of a paragraph wrapped at the width of the page, as its next line shows, goes on."]
