"""A parish's web page holding a meeting's agenda (its summons) and then that meeting's minutes."""

from __future__ import annotations

from datetime import date

from indexer.parse.meetings import parse_document
from indexer.records import Document, SourceMeta

PAGE = """Little Snoring Parish Council. Meeting

1st November 19:00 Councillors are summoned to a meeting for the purposes of transacting the \
following business.
• Apologies
• Minutes of the meeting held on 2nd August
i. AGM minutes
• Matters Arising
• Chairman's Report – F. Reid
• Precept Budget
Date and time of Next Meeting 17th January 19:00
The Public are welcome to this meeting

Date held: 1st November Time: 19:00 Venue: All Saints
Present:
Dave Horkan (DHO) Clerk
Frank Reid (FRE) Chairman

1. Apologies: None.
2. Minutes of the meeting held on 2nd August: approved and signed by the Chairman.
3. Matters Arising: The speed limit survey is under way.
4. Chairman's Report: FRE reported on the pond clearance.
5. Precept Budget: It was agreed to keep the precept at £1,300.
"""


def _parse(text: str, meta: SourceMeta | None = None):
    return parse_document(Document("p.html", "html", (text,), meta or SourceMeta()))


def test_the_agenda_and_the_minutes_are_two_records_of_one_meeting() -> None:
    meta = SourceMeta(date=date(2013, 11, 1), date_from="file name")
    agenda, minutes = _parse(PAGE, meta)
    assert (agenda.kind, minutes.kind) == ("agenda", "minutes")
    assert [i.title for i in agenda.items] == [
        "Apologies", "Minutes of the meeting held on 2nd August", "Matters Arising",
        "Chairman's Report – F. Reid", "Precept Budget"]
    assert [i.number for i in minutes.items] == ["1", "2", "3", "4", "5"]
    assert agenda.date == minutes.date == date(2013, 11, 1)
    assert agenda.committee == minutes.committee == "Little Snoring Parish Council"
    assert minutes.items[4].decision == "agreed"


def test_without_the_summons_the_page_is_one_record() -> None:
    text = PAGE.replace("Councillors are summoned to a meeting for the purposes of transacting "
                        "the following business.", "Agenda notes.")
    assert [m.kind for m in _parse(text)] == ["minutes"]


def test_minutes_headings_that_lost_their_numbers_are_found_from_the_agenda() -> None:
    text = PAGE.replace(
        "4. Chairman's Report: FRE reported on the pond clearance.\n"
        "5. Precept Budget: It was agreed to keep the precept at £1,300.\n",
        "4. Chairman's Report: FRE reported on the pond clearance.\n\nThe hedge was cut.\n\n"
        "Precept Budget\n\nIt was agreed to keep the precept at £1,300.\n")
    minutes = _parse(text)[1]
    assert [i.title for i in minutes.items][3:] == ["Chairman's Report", "Precept Budget"]
    assert "hedge" in minutes.items[3].text and "£1,300" in minutes.items[4].text
    assert minutes.items[4].decision == "agreed"


def test_an_agenda_title_inside_a_sentence_does_not_start_an_item() -> None:
    text = PAGE.replace(
        "5. Precept Budget: It was agreed to keep the precept at £1,300.\n",
        "The chairman spoke about the Precept Budget at length.\n")
    minutes = _parse(text)[1]
    assert [i.title for i in minutes.items][-1] == "Chairman's Report"
