"""indexer/parse/sections.py: where each meeting of a document starts, with committee and date."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.sections import find_sections
from indexer.records import HEADING_MARK as BOLD
from indexer.records import Line
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

MINUTES = ["Kent Community Safety Partnership - Wednesday, 18th July, 2018", "",
           "PRESENT: Mr A Harper (Chair)", "", "1. Apologies", "Apologies were received.", "",
           "2. Minutes", "RESOLVED that the minutes be agreed."]


def test_a_meeting_heading_gives_one_minutes_section() -> None:
    sections, lines = find_sections([Line(text, 1) for text in MINUTES])
    assert [(s.kind, s.committee, s.date, s.start, s.body_start, s.end) for s in sections] == [
        ("minutes", "Kent Community Safety Partnership", date(2018, 7, 18), 0, 1, 9)]
    assert sections[0].heading == MINUTES[0]
    assert [line.text for line in lines] == MINUTES


def test_text_without_a_heading_still_reads_as_one_section() -> None:
    sections, _ = find_sections([Line("1. Apologies", 1), Line("None were received.", 1)])
    assert len(sections) == 1 and sections[0].date is None


def test_a_notice_of_the_annual_meeting_is_an_agenda_but_the_next_meeting_is_not() -> None:
    from indexer.parse.meeting_heading import WILL_BE_HELD

    assert WILL_BE_HELD.match("The Annual Parish Council Meeting of Burton-cum-Walden Parish "
                              "Council will be held in the Village Hall on 6 May 2025")
    assert WILL_BE_HELD.match("An extraordinary meeting of the County Council will be held on 9 "
                              "January 2025")
    assert not WILL_BE_HELD.match("The next meeting of the Parish Council will be held on 6 "
                                  "June 2025")


def test_a_running_heading_misread_on_the_first_page_still_opens_the_minutes_there() -> None:
    # OCR read the first page's dash as '~' or lost the heading: the next page's copy must not
    # turn the whole first page into a heading above the minutes.
    page_two = "Kent Community Safety Partnership - 13 July 2021 - Unconfirmed minutes"
    for first in ("Kent Community Safety Partnership - 13 July 2021 ~ Unconfirmed minutes",
                  "Kent Communty Safety Partnershlp 13 Juiy 2021 Unconfirmed minutes"):
        text = [first, "", "27. Introduction", "", "28. Notes of the last meeting",
                "RESOLVED that the notes be agreed.", "", "29. Action plan",
                "Mr Peerbux introduced the report."]
        lines = [Line(t, 1) for t in text] + [Line(page_two, 2), Line("", 2),
                                               Line("30. Working group update", 2)]
        sections, kept = find_sections(lines)
        assert len(sections) == 1 and sections[0].date == date(2021, 7, 13), first
        body = [line.text for line in kept[sections[0].body_start:]]
        assert "27. Introduction" in body and "30. Working group update" in body, first
        assert page_two not in body


def test_a_running_heading_may_name_the_kind_of_meeting_its_minutes_record() -> None:
    for heading in ("Thornby Parish Council – Minutes of the Full Council Meeting – 3rd July 2023",
                    "Thornby Parish Council - Minutes of the Annual Parish Meeting - 3 July 2023"):
        sections, _ = find_sections([Line(heading, 1), Line("", 1), Line("1. Apologies", 1)])
        assert (sections[0].committee, sections[0].date) == (
            "Thornby Parish Council", date(2023, 7, 3)), heading


def test_an_agenda_titled_with_its_date_and_place_under_the_body_s_name() -> None:
    text = ["Lowfield Town Council", "Planning Committee", "",
            "Agenda for the meeting on Monday 13 March 2023 at 6pm in the Council Chamber", "",
            "1.  Apologies", "2.  Declarations of Interest", "3.  Minutes of the last meeting"]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.kind, s.committee, s.date) for s in sections] == [
        ("agenda", "Lowfield Town Council Planning Committee", date(2023, 3, 13))]


def test_a_running_header_naming_the_committee_by_its_last_words_is_the_same_meeting() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    pages = ("SPENHOLME COUNCIL\n\nCABINET\n\nTuesday 17 March 2026\n\n"
             "Present: Cllr Karen Royston (Chair)\n\n95 Apologies\n\nNone.\n\n"
             "96 Country Park Plan\n\nCabinet considered the plan.\n",
             "Minutes of Cabinet - 17 March 2026\n\nCllr Thewlis presented the report.\n\n"
             "RESOLVED – That the Plan be approved.\n\n97 Fees and Charges\n\nWithdrawn.\n")
    meetings = parse_document(Document("cabinet.pdf", "pdf", pages))
    assert len(meetings) == 1
    assert [i.number for i in meetings[0].items] == ["95", "96", "97"]
    assert meetings[0].items[1].decision == "resolved"


def test_a_running_header_of_committee_and_short_date_dates_and_parts_meetings() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    text = ("PLANNING COMMITTEE 09.03.26\n\nPresent: Councillor Gareth Jones (Chair).\n\n"
            "1. APOLOGIES\n\nThe apologies above were received.\n\n2. MINUTES\n\nThe Chair "
            "signed the minutes.\n\nPLANNING COMMITTEE 09.03.26      2\n\n3. APPLICATIONS\n\n"
            "RESOLVED to approve the application.\n\nPLANNING COMMITTEE 30.03.26      3\n\n"
            "Present: Councillor Gareth Jones (Chair).\n\n1. APOLOGIES\n\nNone were received."
            "\n\n2. SITE VISIT\n\nRESOLVED to refuse the application.\n")
    meetings = parse_document(Document("p.txt", "txt", (text,)))
    assert [(m.date, [i.number for i in m.items]) for m in meetings] == [
        (date(2026, 3, 9), ["1", "2", "3"]), (date(2026, 3, 30), ["1", "2"])]
    link = ("Cemetery Committee Minutes 19.06.25\n\nMinutes of the Cemetery Committee held on "
            "16 October 2025\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.\n")
    assert [m.date for m in parse_document(Document("c.txt", "txt", (link,)))] == [
        date(2025, 10, 16)]


def test_minutes_of_an_extraordinary_meeting_open_a_meeting_of_their_own() -> None:
    # 'an' before a vowel: without it the page's first minutes joined the second's, dated by it.
    text = ["Minutes of an Extraordinary Meeting of the Parish Council held on Monday 30th June "
            "2025", "", "Present: Councillors Anne Maddox and Peter Gwillim.", "",
            "1. Clerk's hours", "Members RESOLVED that the hours return to six.", "",
            "Minutes of the Annual Meeting of the Parish Council held on Thursday 22nd May 2025",
            "", "Present: Councillors Colin Hyett and Anne Maddox.", "",
            "1. Election of Chairman", "Councillor Hyett was elected."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.kind, s.date, s.start) for s in sections] == [
        ("minutes", date(2025, 6, 30), 0), ("minutes", date(2025, 5, 22), 7)]


def test_a_second_meeting_the_same_evening_dated_with_a_note_opens_its_own_section() -> None:
    text = ["GLEN BRAE COMMUNITY COUNCIL", "ANNUAL GENERAL MEETING", "MONDAY 23 JUNE 2025",
            "DRAFT Minute", "", "Present: Isla Grant, Ewan Macrae.", "", "Financial Statement",
            "It was agreed to adopt the statement.", "", "GLEN BRAE COMMUNITY COUNCIL MEETING",
            "MONDAY 23 JUNE 2025, following the AGM", "DRAFT Minute", "",
            "1. Welcome and apologies", "Isla Grant welcomed everyone."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.start, s.date) for s in sections] == [(0, date(2025, 6, 23)),
                                                       (10, date(2025, 6, 23))]
    # A time or a venue after the date is the meeting's own heading line, read as before.
    from indexer.parse.running_headings import _date_with_note
    assert not _date_with_note("Monday 3rd November 2025 – 7.30 pm at the Village Hall")


def test_an_agenda_that_invites_its_members_to_the_meeting_is_dated_by_it() -> None:
    text = ["SAXBY PARVA PARISH COUNCIL", "", "Clerk: Mrs Helen Gurney, 4 Maltings Close", "",
            "You are hereby invited to attend the meeting of Saxby Parva Parish Council to be "
            "held in", "Saxby Parva Village Hall on Thursday 5th June, 2025 at 7.30pm.", "",
            "1. Welcome by the Chairman", "", "2. Apologies from members unable to attend"]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.kind, s.date) for s in sections] == [("agenda", date(2025, 6, 5))]
    # Further down a page, minutes that mention an invitation open no agenda.
    minutes = ["Minutes of the Meeting of Saxby Parva Parish Council held on 3 July 2025", "",
               "Present: Cllrs Ames, Bray, Cole and Dunn.", "", "1. Apologies", "None.", "",
               "2. Minutes", "The minutes were approved.", "", "3. Matters arising", "None.", "",
               "4. Police", "Councillors are invited to attend a meeting of the police panel "
               "on 9 July 2025."]
    assert [s.kind for s in find_sections([Line(t, 1) for t in minutes])[0]] == ["minutes"]


YEAR_HEADINGS = [
    "Minutes of the Annual Parish Meeting held on Monday 13th January 2025",
    "Minute of Meeting of the Glenbrae Community Council held in the Hall on Monday 13 January "
    "2025",
    "MINUTE OF MEETING OF GLENBRAE COMMUNITY COUNCIL HELD ON 13 JANUARY 2025",
    "Minutes – 13 January 2025",
    "Minutes of Council Meeting 13 January 2025",
    "Minutes of the Extraordinary General Meeting held on 13 January 2025",
    "Record of the meeting of the Finance Committee held on 13 January 2025",
    "Meeting held on Monday 13th January 2025 at 7pm",
    "Monday 13th January 2025",
    "GLENBRAE PARISH COUNCIL MINUTES 13 JANUARY 2025",
]


@pytest.mark.parametrize("heading", YEAR_HEADINGS)
def test_each_meeting_of_a_year_s_minutes_in_one_file_opens_its_own_section(heading) -> None:
    # Later in a paper these words could be an item's title; with who attended under them,
    # they open the next meeting (else its items would take the first meeting's date).
    text = ["GLENBRAE PARISH COUNCIL", "",
            "Minutes of the Parish Council Meeting held on Monday 9th December 2024", "",
            "Present: Cllrs Ames, Bray.", "", "1. Apologies", "None.", "", "2. Planning",
            "No objection was raised to the application.", "", heading, "",
            "Present: Cllrs Ames, Bray.", "", "1. Apologies", "None.", "", "2. Police",
            "The report was noted."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [s.date for s in sections] == [date(2024, 12, 9), date(2025, 1, 13)]
    assert sections[1].start == 12


def test_an_item_titled_by_earlier_minutes_opens_no_meeting() -> None:
    text = ["Minutes of the Parish Council Meeting held on Monday 13th January 2025", "",
            "Present: Cllrs Ames, Bray.", "", "1. Apologies", "None.", "",
            "Minutes of the Extraordinary General Meeting held on 9 December 2024", "",
            "The minutes were approved and signed as a true record.", "",
            "Date of next meeting", "Monday 10th February 2025", "",
            "The meeting closed at 9pm."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [s.date for s in sections] == [date(2025, 1, 13)]


NEXT_AGENDAS = [
    ["NOTICE OF MEETING", "Notice is hereby given that a meeting of Glenbrae Parish Council will "
     "be held in the Village Hall on Monday 13th January 2025 at 7.30pm."],
    ["Notice is hereby given that the Ordinary Meeting of Glenbrae Parish Council will be held "
     "on Monday 13th January 2025"],
    ["This is to notify you that the Monthly Meeting of Glenbrae Parish Council will be held on "
     "Monday 13th January 2025 in the Church Room."],
    ["You are hereby notified that a meeting of Glenbrae Parish Council will be held on Monday "
     "13th January 2025."],
    ["Notice is hereby given that the next meeting of the Parish Council will be held at the "
     "Village Institute on Monday 13th January 2025 at 7.30pm."],
    ["AGENDA", "Meeting of Glenbrae Parish Council to be held on Monday 13th January 2025 at "
     "7.30pm"],
    ["SUPPLEMENTARY AGENDA", "PLANNING COMMITTEE", "Monday 13 January 2025"],
    ["Agenda – Planning Committee – 13 January 2025"],
    ["GLENBRAE PARISH COUNCIL", "AGENDA", "for the meeting to be held on Monday 13th January 2025"],
    ["Agenda for the Parish Council Meeting on Monday 13th January 2025"],
    ["AGENDA FOR THE MEETING OF GLENBRAE PARISH COUNCIL", "TO BE HELD ON MONDAY 13TH JANUARY 2025"],
]
MINUTES_BEFORE = ["GLENBRAE PARISH COUNCIL", "",
                  "Minutes of the Parish Council Meeting held on Monday 9th December 2024", "",
                  "Present: Cllrs Ames, Bray.", "", "1. Apologies", "None.", "", "2. Planning",
                  "No objection was raised to the application.", ""]


@pytest.mark.parametrize("heading", NEXT_AGENDAS)
def test_the_next_meeting_s_agenda_after_the_minutes_is_an_agenda_of_its_date(heading) -> None:
    text = [*MINUTES_BEFORE, *heading, "", "1. Apologies for absence", "",
            "2. Declarations of interest", "", "3. Planning applications"]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.kind, s.date) for s in sections] == [("minutes", date(2024, 12, 9)),
                                                    ("agenda", date(2025, 1, 13))]


def test_a_pack_notified_then_the_last_minutes_behind_is_two_meetings() -> None:
    text = ["GLENBRAE PARISH COUNCIL",
            "This is to notify you that the Monthly Meeting of Glenbrae Parish Council will be "
            "held on Wednesday", "8th January, 2025 in the Church Room commencing at 7pm.", "",
            "A Ames", "Parish Clerk", "02/01/2025", "", "AGENDA: Page No.", "",
            "1. Apologies for absence", "", "2. Minutes of the meeting on 11th December 2024 2",
            "", "3. Planning applications", "",
            "DRAFT Minutes of the Monthly Meeting of Glenbrae Parish Council held on Wednesday "
            "11th", "December 2024 in the Church Room at 7pm", "", "Present: Cllrs Ames, Bray.", "",
            "41. Apologies for absence –", "None.", "", "42. Planning –",
            "No objection was raised to the application."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.kind, s.date) for s in sections] == [("agenda", date(2025, 1, 8)),
                                                    ("minutes", date(2024, 12, 11))]


def test_notice_given_of_a_meeting_to_be_held_dates_its_agenda_however_far_the_label() -> None:
    text = ["Agenda – January 2025", "",
            "Notice is hereby given of a meeting of Glenbrae Parish Council to be held on Monday "
            "13th January 2025, commencing at 7.00pm, at the Church Room, for the purpose of "
            "transacting the business below.", "",
            "Pursuant to the Public Bodies (Admission to Meetings) Act 1960, members of the "
            "public and press are invited to attend.", "",
            "Planning applications can be viewed on the county council's website.", "",
            "Past Minutes of Meetings of Glenbrae Parish Council are published on this "
            "website.", "", "Signed Date: 6th January 2025", "", "A Ames, Parish Clerk", "",
            "Bryn Cottage, Kelby", "", "Telephone: 01579 000111", "",
            "Email: clerk@glenbraepc.org", "", "AGENDA", "", "1. APOLOGIES",
            "2. DECLARATIONS OF INTEREST", "3. PLANNING"]
    sections, _ = find_sections([Line(t, 1, heading=k in (0, 22)) for k, t in enumerate(text)])
    assert [(s.kind, s.date, s.committee) for s in sections] == [
        ("agenda", date(2025, 1, 13), "Glenbrae Parish Council")]


def test_a_council_named_after_previous_minutes_in_a_sentence_is_the_council() -> None:
    page = """<html><head><title>Agenda &#8211; January 2025</title></head>
<body><h1>Agenda &#8211; January 2025</h1>
<p>Notice is hereby given of a meeting of Glenbrae Parish Council to be held on Monday 13th
January 2025, commencing at 7.00pm, at the Church Room.</p>
<p>Past Minutes of Meetings of Glenbrae Parish Council are published on this website.</p>
<p><strong>AGENDA</strong></p>
<ol><li>APOLOGIES</li><li>DECLARATIONS OF INTEREST</li><li>PLANNING</li><li>FINANCE</li></ol>
</body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == "Glenbrae Parish Council"


def test_an_item_about_the_next_agenda_or_an_agenda_stamp_opens_no_agenda() -> None:
    for heading in (["Agenda items for the next meeting", "Monday 13th January 2025"],
                    ["Agenda Item 3", "Monday 13th January 2025"]):
        text = [*MINUTES_BEFORE, *heading, "", "Members asked for the footpath to be added."]
        sections, _ = find_sections([Line(t, 1) for t in text])
        assert [s.kind for s in sections] == ["minutes"], heading


def test_a_second_numbering_under_another_month_s_heading_never_takes_the_first_date() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    minutes = ("\n\n1. Apologies\nNone.\n\n2. Planning\nNo objection was raised to the "
               "application for the barn.\n\n3. Finance\nThe payments were approved by the "
               "council.\n\n")
    page = ("GLENBRAE PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday 9th "
            "December 2024\n\nPresent: Cllrs Ames, Bray." + minutes + "JANUARY 2025 MEETING"
            "\n\nPresent: Cllrs Ames, Bray, Cole." + minutes)
    meetings = parse_document(Document("y.txt", "txt", (page,)))
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2024, 12, 9), 3), (None, 3)]


def test_the_last_meetings_title_under_a_minutes_item_is_that_items_text() -> None:
    text = ("Minutes of a Community Council Meeting held at the Village Hall on Tuesday 3 March "
            "2026 at 7.00 pm.\n\nPRESENT\n– Councillors Rhian Lloyd [Chair], Glyn Foulkes and Ann "
            "Pierce.\n\n412 DECLARATIONS OF INTEREST\n– None.\n\n413 MINUTES\n\nMinutes of a "
            "Community Council Meeting held at the Village Hall on 3 February 2026.\n\nRESOLVED\n"
            "– The minutes were approved and signed by the Chair.\n\n414 PLANNING\n\nRESOLVED\n– "
            "No objection to application 20/2026/0102.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2026, 3, 3)
    assert [i.number for i in meeting.items] == ["412", "413", "414"]


def test_an_annual_general_meeting_then_the_meeting_after_it_the_same_evening() -> None:
    text = ("AUCHENLEITH COMMUNITY COUNCIL ANNUAL GENERAL MEETING (AGM) 25th June 2026,\n"
            "7.30pm, Auchenleith Village Hall\n\nPresent: Fiona Christie (Chairperson); Colin "
            "Rae; Petra Walsh\n\n1. Welcome and Apologies\n\nThe Chair welcomed those attending."
            "\n\n2. Election of Office Bearers\n\nAll were elected unopposed.\n\n3. AOCB\n\n"
            "There was no other competent business.\n\n"
            "AUCHENLEITH COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 25 JUNE 2026\n\n"
            "Present: as for the AGM above.\n\n1. Welcome:\nThe Chairperson welcomed those "
            "present.\n\n2. Police Matters:\nNo report had been received.\n\n3. Planning:\n"
            "There were no applications.\n")
    meetings = text_meetings(text)
    assert [(m.committee, m.date) for m in meetings] == [
        ("Auchenleith Community Council", date(2026, 6, 25))] * 2
    assert [[i.title for i in m.items] for m in meetings] == [
        ["Welcome and Apologies", "Election of Office Bearers", "AOCB"],
        ["Welcome", "Police Matters", "Planning"]]


def test_numbers_running_on_across_a_pages_heading_keep_the_first_pages_items() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    first = ("RIBBLE AND WYRE COMBINED AUTHORITY\n\nAt a meeting of the Combined Authority held "
             "at Wyreport on Friday, 13th March, 2026 the following Members were\n\nPresent:\n\n"
             "Metro Mayor J Tolland (in the Chair)\n\n112. APOLOGIES FOR ABSENCE\n\nApologies "
             "were received from Councillor G Heywood.\n\n113. DECLARATIONS OF INTEREST\n\nThere "
             "were none.\n\n114. MINUTES OF THE LAST MEETING\n\nResolved - That the minutes be "
             "approved.\n\n1\n")
    second = ("RIBBLE AND WYRE COMBINED AUTHORITY - FRIDAY, 13TH MARCH, 2026\n\n115. GROWTH "
              "STRATEGY\n\nResolved that the Plan be approved.\n\n116. BUS SERVICES\n\nThe "
              "Authority noted the report.\n\n2\n")
    (meeting,) = parse_document(Document("ca.pdf", "pdf", (first, second)))
    assert meeting.date == date(2026, 3, 13)
    assert [i.number for i in meeting.items] == ["112", "113", "114", "115", "116"]


def test_a_decision_notice_inside_a_meeting_pages_minute_is_that_meetings() -> None:
    text = ("Licensing Sub-Committee (3) - Thursday 5th February, 2026 10.00 am\n\nItems\n\n1.\n\n"
            "MEMBERSHIP\n\nMinutes:\n\nThere were no changes to the membership.\n\n2.\n\n"
            "DECLARATIONS OF INTEREST\n\nMinutes:\n\nThere were none.\n\n3.\n\nThe Lantern Room, "
            "14 Carver Street\n\nMinutes:\n\nWESTHOLM CITY COUNCIL LICENSING SUB-COMMITTEE No.3\n"
            "(“The Committee”)\nFull Decision\nThursday 5 February 2026\n\nMembership: Councillor "
            "Aisha Rahman (Chair)\n\nThe Committee granted the application.\n\n4.\n\nVelvet Rope "
            "Club\n\nMinutes:\n\nThe Committee decided that the licence be revoked.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2026, 2, 5)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]


MONTHLY_RECORD = ("""Kilbrack District Council

Minutes of Monthly Meeting of Kilbrack District Council held in the Assembly Room,
Town Hall, Kilbrack on Tuesday 29 October 2019 at 7.00pm.

Present:- Councillor Aiken (Mayor); Aldermen Braniff and Crory; Councillors Dunseith and Esler.

C121/19 Apologies

Apologies were recorded from Councillor Fyffe.

C122/19 Confirmation of Minutes

The minutes of the meeting held on 24 September 2019 were confirmed.
""", """C123/19 Environment Committee – 8 October 2019

Councillor Dunseith proposed that the minutes of the Committee be adopted. This was AGREED.

C124/19 Planning Committee – 15 October 2019

The minutes of the Committee were adopted.

C125/19 Correspondence

The correspondence was noted.
""")


def test_a_minute_adopting_a_committee_s_minutes_at_a_page_s_top_is_no_new_meeting() -> None:
    """'Minutes of Monthly Meeting of … held in the Assembly Room,' wrapping to its date heads
    the record, and 'C123/19 Environment Committee – 8 October 2019' at the next page's top,
    the minute after C122/19, is an item adopting that committee's minutes: one meeting, dated
    by its heading."""
    (meeting,) = pdf_meetings(MONTHLY_RECORD)
    assert meeting.date == date(2019, 10, 29)
    assert [i.number for i in meeting.items] == [
        "C121/19", "C122/19", "C123/19", "C124/19", "C125/19"]


YEAR_VOLUME = ("""PROCEEDINGS OF THE TOWN COUNCIL AND ITS COMMITTEES 2011-2012

At the Annual Meeting of the Council held, pursuant to notice, on Monday, 16th May 2011 at 7pm
in the Guildhall, the following members were present:

Cllr. A. Ashby (Town Mayor), Cllr. B. Bolt, Cllr. C. Crane

6101 ELECTION OF TOWN MAYOR – Cllr. Ashby was elected Town Mayor.

6102 MINUTES – The minutes of 18th April 2011 were approved.

6103 DATE OF NEXT MEETING – Monday, 13th June 2011.
""", """At the meeting of the Parks Committee held, pursuant to notice, on Wednesday, 1st June
2011 at 6.30 p.m. in the Mayor's Parlour, the following members were present:

Cllr. B. Bolt (Chairman), Cllr. C. Crane

6104 APOLOGIES – None.

6105 PLAY AREAS – The inspection report was noted.

6106 DATE OF NEXT MEETING – Wednesday, 6th July 2011.
""")


def test_a_later_meeting_s_opening_sentence_wrapping_to_its_date_starts_its_record() -> None:
    """A year's volume of a council's minutes: 'At the meeting of the Parks Committee held,
    pursuant to notice, on Wednesday, 1st June' / '2011 … the following members were present:'
    starts the committee's meeting, and its items are dated by it, not by the council's."""
    council, committee = pdf_meetings(YEAR_VOLUME)
    assert (council.date, committee.date) == (date(2011, 5, 16), date(2011, 6, 1))
    assert committee.committee.endswith("Parks Committee")
    assert [i.number for i in committee.items] == ["6104", "6105", "6106"]


PACK_WITH_MINUTES = """AGENDA

Wednesday 6th November 2019 2.00pm

1. Apologies

2. Minutes of the last meeting - to approve

3. Budget - to note

Item 2 - Minutes of the last meeting

1. The unconfirmed minutes of the 31st meeting of the Steering Board follow. Members are \
asked to confirm them.

MINUTES OF THE 31st MEETING OF THE WENLOW EDGE PARTNERSHIP STEERING BOARD HELD ON WEDNESDAY \
4th SEPTEMBER 2019 AT 2.00PM AT THE MILL CENTRE

Steering Board Attendance - Wednesday 4th September 2019

Name Organisation

Ruth Tansley Chairman

1. Welcome and apologies

Apologies were noted.

2. Budget 2019/20

The Board noted the budget report.

3. Date of next meeting

Wednesday 6th November 2019.
"""


def test_embedded_minutes_after_a_report_s_paragraph_open_their_meeting_once() -> None:
    """A pack's report, its paragraph '1. The unconfirmed minutes of the 31st meeting …
    follow …', then the minutes' own heading: the heading opens that meeting (a report's
    sentence about minutes is no item over them), and 'Steering Board Attendance - Wednesday
    4th September 2019', its list of who attended, opens no second one."""
    meetings = text_meetings(PACK_WITH_MINUTES)
    minutes = [m for m in meetings if m.kind == "minutes"]
    assert len(minutes) == 1
    assert minutes[0].date == date(2019, 9, 4)
    assert minutes[0].committee.endswith("Steering Board")
    assert [i.title for i in minutes[0].items] == [
        "Welcome and apologies", "Budget 2019/20", "Date of next meeting"]


def test_a_board_s_dated_heading_over_its_agenda_label_is_an_agenda() -> None:
    """'Kelmoor Joint Board' / 'Friday 8th November, 2019 at 10.00 am' / … / 'AGENDA Page No'
    over numbered entries: the paper is the meeting's agenda, not its minutes."""
    (meeting, *_) = pdf_meetings((
        "Kelmoor Joint Board\n\nFriday 8th November, 2019 at 10.00 am\n\n"
        "In the Board Room, Kelmoor House\n\nAGENDA Page No\n\n"
        "1. Apologies\n\n2. Declarations of Interest\n\n"
        "3. Minutes of the meeting held on 13 September 2019\n\n1 - 4\n\n"
        "4. Bus Network Review 5 - 9\n\n5. Next Meeting\n\n"
        "Friday, 10 January 2020 at 10am\n",))
    assert meeting.kind == "agenda"
    assert meeting.date == date(2019, 11, 8)


def test_a_pack_s_last_minutes_of_a_lettered_committee_are_dated_by_their_own_heading() -> None:
    front = "\n".join([
        "Public Document Pack", "", "Royal Borough of Fennick", "",
        "PLANNING APPLICATIONS COMMITTEE B", "", "Tuesday 10 June 2008 at 7.00 pm", "",
        "1. Declarations of Interest", "", "2. Minutes (Pages 1 - 2)", "",
        "3. 12 Mill Lane (Page 3)"])
    minutes = "\n".join([
        "Agenda Item 2", "",
        "MINUTES of the PLANNING APPLICATIONS COMMITTEE B held on Tuesday 13 May 2008", "",
        "PRESENT: Councillor Ada Quint (Chair), Councillor Rob Vane and Councillor Lee Harte", "",
        "1. DECLARATION OF INTERESTS", "", "None were declared.", "",
        "2. MINUTES", "", "RESOLVED: That the minutes of the meeting held on 8 April 2008 be "
        "approved.", "", "3. 4 CHURCH ROW (ABBEY WARD)", "",
        "RESOLVED: To grant planning permission subject to conditions."])
    meetings = pdf_meetings((front, minutes))
    assert [(m.date, [i.title for i in m.items][:1]) for m in meetings] == [
        (date(2008, 6, 10), ["Declarations of Interest"]),
        (date(2008, 5, 13), ["DECLARATION OF INTERESTS"])]


def test_a_volume_s_next_record_headed_by_its_committee_date_and_hours() -> None:
    text = "\n\n".join([
        "ROYAL BOROUGH OF FENNICK", "ORDINARY COUNCIL MEETING 24 JULY 2002 (7.15pm – 10.40pm)",
        "PRESENT: The Mayor (Councillor Ada Quint) (in the Chair); Councillors Rob Vane and Lee "
        "Harte.", "301 MINUTES (Agenda Item 2)", "RESOLVED: That the minutes be agreed.",
        "302 PETITIONS (Agenda Item 3)", "Councillor Vane presented a petition about parking.",
        "CABINET 29 JULY 2002 (7.15pm – 8.50pm)",
        "PRESENT: Councillor Rob Vane (Leader of the Council) (in the Chair); Councillor Lee "
        "Harte.",
        "303 DECLARATIONS OF INTEREST (Agenda Item 1)", "None were made.",
        "304 BUDGET MONITORING (Agenda Item 2)", "RESOLVED: That the report be noted.",
    ])
    meetings = text_meetings(text)
    assert [(m.date, m.committee, [i.number for i in m.items]) for m in meetings] == [
        (date(2002, 7, 24), "Royal Borough of Fennick", ["301", "302"]),
        (date(2002, 7, 29), "Royal Borough of Fennick — Cabinet", ["303", "304"])]


def test_a_volume_s_narrative_records_each_open_under_their_council_meeting_and_date() -> None:
    volume = (
        "Pengarth Parish Council Minutes – 2001/2002\n\n"
        "Pengarth Parish Council Meeting 14th June 2001\n\n"
        "A meeting of the council was held on the 14th June in the Institute. All "
        "councillors were present.\n\nSchool crossing: Councillor Gorran reported that the "
        "patrol was to be cut. It was agreed that the Clerk write to the County Council.\n\n"
        "Planning: An application for a garage at Chapel Row had been received.\n\n"
        "Pengarth Parish Council Meeting 9th August 2001\n\n"
        "The meeting was held in the Institute. Councillors Cawsand and Tregony were "
        "present.\n\nFootpaths: Councillor Tregony reported that the stile was broken. "
        "The Clerk will write to the landowner.\n\nCorrespondence: Letters from the "
        "County Association were passed round.\n")
    meetings = text_meetings(volume)
    assert [(m.committee, m.date) for m in meetings] == [
        ("Pengarth Parish Council", date(2001, 6, 14)),
        ("Pengarth Parish Council", date(2001, 8, 9))]


def test_a_library_of_notes_each_headed_by_its_date_alone_is_a_meeting_per_card() -> None:
    card = ("<h3>{day}</h3><p><b>Attendees</b></p><p>Gail Stanier (GS - Chair), Dan Pelling "
            "(DP)</p><p><b>Grazing</b></p><p>GS explained that four ponies can come.</p>"
            "<p><b>Signage</b></p><p>DP showed a draft of the map board.</p>")
    meetings = html_meetings("<html><body><h1>Common Advisory Group Minutes Library</h1>"
                             + card.format(day="May 18th 2026")
                             + card.format(day="February 9th 2026") + "</body></html>")
    assert [(m.date, [i.title for i in m.items]) for m in meetings] == [
        (date(2026, 5, 18), ["Grazing", "Signage"]), (date(2026, 2, 9), ["Grazing", "Signage"])]


def test_agendas_of_meetings_that_will_take_place_are_each_an_agenda() -> None:
    text = "\n\n".join([
        "Saltby Town Council", "An Extraordinary Meeting of the Town Council\nwill take place "
        "Friday 19th May 2023 - 6.30 pm", "AGENDA",
        "1. To receive apologies for absence.", "2. To receive declarations of interest.",
        "3. To consider the tenders received for the roof.",
        "A Meeting of the Town Council will take place\nTuesday 23 May 2023 - 7.00 pm", "AGENDA",
        "1. To receive apologies for absence.", "2. To elect a Chairman.",
        "3. To confirm the minutes of the meeting held on 25th April 2023."])
    assert [(m.kind, m.date) for m in text_meetings(text)] == [
        ("agenda", date(2023, 5, 19)), ("agenda", date(2023, 5, 23))]


def test_a_minute_book_s_pages_each_opening_a_meeting_under_the_same_heading() -> None:
    heading = "MINUTES OF ELMSTOW PARISH COUNCIL MEETING"
    meetings = pdf_meetings((
        f"ELMSTOW PARISH COUNCIL Series Page 375\n{heading}\n"
        "Held on Wednesday 14th September 2016 in Elmstow Village Hall at 7.30pm\n"
        "Present: Cllrs J Farley (Chairman), P Kitchener and M Bellamy.\n"
        "16/088 APOLOGIES – Cllr Hartley (holiday). Accepted.\n"
        "16/089 PLANNING – No applications were received.\n"
        "16/090 FINANCE – It was resolved to pay the accounts listed.\n",
        f"ELMSTOW PARISH COUNCIL Series Page 376\n{heading}\n"
        "Held on Wednesday 12th October 2016 in Elmstow Village Hall at 7.30pm\n"
        "Present: Cllrs J Farley (Chairman), C Hartley and D Pettit.\n"
        "16/101 MATTERS ARISING – The grant application had been submitted.\n"
        "16/102 PLAY AREA – The zip wire seat is worn. Deferred to November.\n"
        "16/103 CORRESPONDENCE – Letters on winter gritting were circulated.\n"))
    assert [(m.date, [i.number for i in m.items]) for m in meetings] == [
        (date(2016, 9, 14), ["16/088", "16/089", "16/090"]),
        (date(2016, 10, 12), ["16/101", "16/102", "16/103"])]


def test_a_posting_stamp_under_a_record_s_dated_heading_is_no_second_meeting() -> None:
    html = ("<html><body><table><tr><td class='contentheading'>Minutes of the Parish Council "
            "Meeting 9th November 2011</td></tr><tr><td class='createdate'>Thursday, 17 "
            "November 2011 10:41</td></tr></table><p>Present</p><p>Huw Vaughan (Chair)</p>"
            "<p>Colin Morgan</p><p>Apologies</p><p>Trevor Pryce</p><p>Matters arising</p>"
            "<p>Graham Rees reported that the council will fill the worst holes before "
            "Christmas.</p><p>Treasurer's report</p><p>Margaret Vaughan reported a balance of "
            "£1,142.60 after paying the grass cutting.</p><p>Planning</p><p>11/03456/FUL, Upper "
            "Hall Farm – extension to the farmhouse kitchen. No objections.</p>"
            "</body></html>")
    meetings = html_meetings(html)
    assert [m.date for m in meetings] == [date(2011, 11, 9)]


def test_a_pack_s_timed_agenda_under_its_meeting_line_then_the_last_minutes() -> None:
    agenda = ("Board Meeting 10.30 a.m. 16th October 2008\nLynchetts Memorial Hall\nAgenda\n"
              "1. Apologies 10.30\n2. Declarations of Interest 10.30 – 10.35\n"
              "3. Minutes of Previous Meeting 10.35 – 10.40\n"
              "4. Appointment of a member to the\n10.40 – 10.50\nPlanning Committee\n"
              "5. Annual Audit 2007-08 10.50 – 11.00\n")
    minutes = ("MINUTES OF THE MEETING OF THE ASHDOWN VALE HILLS CONSERVATION BOARD HELD ON\n"
               "THURSDAY 26th June 2008 at Stapleford Parish Hall\nMEMBERS PRESENT\n"
               "Cllr Aubrey Dearden, Cllr Malcolm Hollis (Chairman), Dr Ruth Brancher\n"
               "1. Apologies\nApologies were received from Cllr Jean Wedge.\n"
               "2. Declarations of Interest\nThere were none.\n"
               "3. Chalk Grassland Project\nIan Carless presented progress at Kite Hill.\n")
    meetings = pdf_meetings((agenda + minutes,))
    assert [(m.kind, m.date, m.committee) for m in meetings] == [
        ("agenda", date(2008, 10, 16), "Ashdown Vale Hills Conservation Board"),
        ("minutes", date(2008, 6, 26), "Ashdown Vale Hills Conservation Board")]


def test_an_agenda_headed_by_the_clerk_s_form_of_who_will_attend_then_the_minutes() -> None:
    agenda = ("CRONK VANE PARISH DISTRICT COMMISSIONERS\nStatutory Meeting\n"
              "Wednesday 6th February 2019, 7.00 pm\nAgenda\n"
              "Present: Mr R. Quayle (RC), Chairman, Mrs A. Kermode (AS). Apologies:\n"
              "218/18 Planning Matters Planning Applications.\n"
              "219/18 Correspondence As per schedule circulated.\n"
              "220/18 Finance Schedule of payments for January 2019.\n")
    minutes = ("CRONK VANE PARISH DISTRICT COMMISSIONERS\n"
               "Minutes of the Statutory Meeting held on Wednesday 6th February 2019 at 7.00 pm "
               "in the Commissioners' Office.\n"
               "Present: Mr R. Quayle (RC), Chairman, Mrs A. Kermode (AS).\n"
               "218/18 Planning Matters The Board considered the applications. No objection.\n"
               "219/18 Correspondence The schedule of correspondence was noted.\n"
               "220/18 Finance It was resolved to approve payments totalling £18,412.66.\n")
    meetings = pdf_meetings((agenda, minutes))
    assert [(m.kind, [i.number for i in m.items]) for m in meetings] == [
        ("agenda", ["218/18", "219/18", "220/18"]), ("minutes", ["218/18", "219/18", "220/18"])]


def test_a_committee_s_heading_broken_by_the_page_s_end_opens_its_meeting() -> None:
    council = ("FERNBY PARISH COUNCIL\nPARISH COUNCIL MEETING\nMonday July 23rd 2018\n"
               "The Old School Hall, Fernby 7.30pm\nMINUTES\n"
               "Present: Councillors: Mrs G Chant (Chairman), T Lamb, R Stokes.\n"
               "18/071 Apologies for absence\nCllr D Hensley – accepted.\n"
               "18/072 Declarations of interest\nNone.\n18/073 Public forum\nNo one spoke.\n"
               "The meeting closed at 8.40pm.\n"
               "FERNBY PARISH COUNCIL\nFINANCE & GENERAL PURPOSES COMMITTEE MEETING\n"
               "Fernby PC minutes July 2018 (draft) Page 1\n")
    committee = ("Monday July 23rd 2018\nThe Old School Hall, Fernby 8.45pm\nMINUTES\n"
                 "Present: Councillors: T Lamb (Chairman of Committee), Mrs G Chant.\n"
                 "F18/019 Apologies for absence\nNone.\nF18/020 Declarations of interest\nNone.\n"
                 "F18/021 Payments\nRESOLVED to approve the payments listed.\n")
    meetings = pdf_meetings((council, committee))
    assert [(m.committee, [i.number for i in m.items]) for m in meetings] == [
        ("Fernby Parish Council", ["18/071", "18/072", "18/073"]),
        ("Fernby Parish Council — Finance & General Purposes Committee",
         ["F18/019", "F18/020", "F18/021"])]


def test_a_paper_no_heading_opens_is_an_agenda_when_its_head_names_one() -> None:
    head = ["KELBY HARBOUR COMMISSIONERS", "ORDINARY BOARD MEETING 9th JUNE 2019"]
    entries = ["1. OPENING", "1.1 Welcome and apologies", "2. MINUTES",
               "2.1 Confirmation of the last meeting's record", "3. FINANCE",
               "3.1 Accounts for payment"]
    for label, kind in (("AGENDA – PUBLIC SESSION", "agenda"), ("AGENDA", "agenda"),
                        ("", "minutes")):
        sections, _ = find_sections([Line(t, 1) for t in [*head, label, "", *entries]])
        assert [s.kind for s in sections] == [kind], label


def test_a_breadcrumb_of_slashes_naming_the_page_opens_no_meeting() -> None:
    title = "Town Council Monthly meeting Minutes – Tuesday 10th June 2025"
    lines = [Line(f"Home / Meetings / {title}", 1), Line("", 1), Line(title, 1, heading=True),
             Line("", 1), Line("Present: Cllr Ames (Chairman), Cllr Bray.", 1),
             Line("1. Apologies", 1), Line("None.", 1), Line("2. Planning", 1),
             Line("No objection.", 1)]
    sections, _ = find_sections(lines)
    assert [s.heading for s in sections] == [title]


def test_a_record_heading_whose_date_wraps_opens_the_next_page_s_meeting() -> None:
    def page(day: str, month: str, body: str) -> str:
        return (f"ROYAL BURGH of KELBY & DISTRICT COMMUNITY COUNCIL\n"
                f"MINUTES OF MEETING HELD IN THE INSTITUTE, KELBY, ON TUESDAY {day}\n"
                f"{month} 2016\nsecretary@kelbycc.org.uk\n\n"
                f"PRESENT: Alan Ames, Mary Bray\n\n1 APOLOGIES\nNone.\n\n"
                f"2 PLANNING\n{body}\n\n3 DATE OF NEXT MEETING\nTo be confirmed.\n")
    meetings = pdf_meetings((page("9", "FEBRUARY", "No new applications."),
                             page("8", "MARCH", "One application was supported.")))
    assert [m.date.isoformat() for m in meetings] == ["2016-02-09", "2016-03-08"]
    assert meetings[0].committee == "Royal Burgh of Kelby & District Community Council"


def test_a_record_titled_the_minutes_of_opens_its_meeting_but_an_item_s_sentence_does_not(
) -> None:
    def record(heading: str, day: str) -> list[str]:
        return ["Kelby Parish Council Clerk A Ames, 2 Church Walk", "", heading,
                "Kelby Reading Room starting at 7.30pm", "",
                "Present: Mr A Ames (Chairman), Mrs B Bray", "",
                "1. Apologies", "None.", "",
                "2. Committees",
                "The draft minutes of the Staffing Committee meeting held on 3rd March 2016 "
                "(open part only).", "", "3. Date of next meeting", f"{day}.", ""]
    text = [*record("The Minutes of the Parish Meeting Council meeting held on Tuesday 13th "
                    "September 2016 at", "Tuesday 8th November 2016"),
            *record("The Minutes of the Parish Council meeting held on Tuesday 8th November "
                    "2016 at", "Tuesday 10th January 2017")]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [s.date for s in sections] == [date(2016, 9, 13), date(2016, 11, 8)]


TWO_YEARS_ON_A_PAGE = """Annual Meetings

Minutes of the Annual Meeting 12.5.16

The Annual Meeting of Brackwell Parish Council was held on 12.5.16 at 7pm in the Church Room.

1. Apologies.
None.

2. Election of Chair
Cllr Voss was proposed by Cllr Amey and seconded by Cllr Lowe. All agreed.

Minutes from the Annual Meeting of the Council held on 14th May 2015

Minutes from the meeting held on 14th May 2015 at 7pm in the Church Room.

1. Apologies.
Cllr Amey sent apologies.

2. Election of Chair
Cllr Lowe was re-elected. All agreed.
"""

MINUTE_FOR_APPROVAL = """Lowland Fire Board

Home > Papers > Approved Minute - 4 March 2026

Approved Minute - 4 March 2026

Approved Minute from the Meeting of the Lowland Fire Board held on 4 March 2026.

PRESENT

Board Members: Ann Rusk (Chair), Ian Moffat, Peter Sime

APOLOGIES

None.

PREVIOUS MINUTE AND ACTIONS

MINUTE FROM MEETING HELD ON 5 FEBRUARY 2026 FOR APPROVAL

The Board approved the minute of 5 February 2026.

BUDGET MONITORING

Members noted the report.
"""


def test_minutes_from_a_meeting_open_their_own_record_but_a_minute_for_approval_does_not(
        ) -> None:
    # 'Minutes from' is a record's heading as 'Minutes of' is; an entry putting the last
    # meeting's minute 'FOR APPROVAL' is an item about that earlier record.
    meetings = text_meetings(TWO_YEARS_ON_A_PAGE)
    assert [m.date for m in meetings] == [date(2016, 5, 12), date(2015, 5, 14)]
    (meeting,) = text_meetings(MINUTE_FOR_APPROVAL)
    assert meeting.date == date(2026, 3, 4)
    assert "MINUTE FROM MEETING HELD ON 5 FEBRUARY 2026 FOR APPROVAL" in [
        item.title for item in meeting.items]


MINUTES_CONSIDERED = """MINUTES OF THE GENERAL MEETING HELD AT KOORAWAY ON WEDNESDAY 9 JULY 2025

ATTENDANCE

Crs B Lowe (Mayor), P Dent & S Marr

CONSIDERATION OF MINUTES

General Meeting – Wednesday 11 June 2025

RESOLUTION: That the Minutes of the General Meeting of Wednesday 11 June 2025 be confirmed.

MOVED: Cr Dent SECONDED: Cr Marr

Business arising from Minutes – Wednesday 11 June 2025

The grid at Kooraway Creek has been replaced.

DEPUTATION

Mr Alan Kerr addressed Council about dust on the Kooraway road.
"""


def test_the_minutes_an_unnumbered_heading_considers_and_business_arising_open_no_meeting(
        ) -> None:
    (meeting,) = text_meetings(MINUTES_CONSIDERED)
    assert meeting.date == date(2025, 7, 9)
    assert "DEPUTATION" in [item.title for item in meeting.items]


SITE_VISIT_THEN_MEETING = """Mardon Parish Council

Minutes - Site Visit and Extraordinary Meeting 4 May 2026

Notes of the Site Visit held Monday, 4 May 2026 at 6 pm at Ash Tree Farm, Pound Lane.

2026/05/1-1 Members attending
Present: Cllr H Peck (Chairman), Cllr R Sowter and Cllr G Ord.

2026/05/1-2 Why the visit was held
The Chairman said the visit was to see the farm's access before the application.

2026/05/1-3 What was seen
Members looked at the gateway and the lane.

Minutes of the Extraordinary Parish Council Meeting held Monday, 4 May 2026 at 7:30 pm.

2026/05/2-1 Attendance and apologies
Present: Cllr H Peck (Chairman), Cllr R Sowter and Cllr G Ord.

2026/05/2-2 Planning Application
The Council supported the application.

2026/05/2-3 Correspondence
A letter from the county council about Mill Bridge was noted.
"""


def test_notes_of_a_site_visit_and_the_extraordinary_meeting_after_it_are_two_records() -> None:
    meetings = text_meetings(SITE_VISIT_THEN_MEETING)
    assert [[item.title for item in m.items] for m in meetings] == [
        ["Members attending", "Why the visit was held", "What was seen"],
        ["Attendance and apologies", "Planning Application", "Correspondence"]]


def test_an_agenda_then_last_months_minutes_whose_heading_wraps_to_its_date() -> None:
    """'… COMMUNITY COUNCIL MEETING HELD IN THE HALL, KELBURN,' / 'On: Tuesday, 3rd June, 2014
    …' / 'SEDERUNT:': the minutes under a blog post's agenda are their own meeting."""
    page = ("<html><body><h3>KELBURN COMMUNITY COUNCIL</h3>"
            "<p>Will meet in the Mercat Hall, Kelburn, on Tuesday, 1st July, 2014 at 7.30pm.</p>"
            "<h3>AGENDA</h3><p>1. Apologies</p><p>2. Police Report</p><p>3. Planning</p>"
            "<p>4. Date of next meeting: Tuesday, 5th August 2014</p>"
            "<h3>KELBURN COMMUNITY COUNCIL MEETING HELD IN THE MERCAT HALL, KELBURN,</h3>"
            "<h3>On: Tuesday, 3rd June, 2014 at 7.30pm.</h3>"
            "<h3>SEDERUNT:</h3><p>Ann Rigg (Chair), Tom Bryce, Elspeth Mair (Secretary)</p>"
            "<h3>Police Report:</h3><p>Three incidents were reported in May.</p>"
            "<h3>Planning:</h3><p>No objection was raised to the shed at 4 Kirk Wynd.</p>"
            "</body></html>")
    agenda, minutes = html_meetings(page)
    assert (agenda.kind, agenda.date) == ("agenda", date(2014, 7, 1))
    assert (minutes.kind, minutes.date) == ("minutes", date(2014, 6, 3))


def test_a_bold_title_naming_where_and_when_the_council_met_opens_each_meeting() -> None:
    page = ("<html><body><h2>Council Minutes</h2>"
            "<p><b>Council Minutes at the Church Room Tuesday May 10 2011 at 7:30pm.</b></p>"
            "<p><b>Minutes.</b></p><p>Council Minutes 14.04.2011, confirmed.</p>"
            "<p><b>Footpaths.</b></p><p>The stile at Ffordd Isaf is broken.</p>"
            "<p><b>Council Minutes at the Church Room Tuesday April 12 2011 at 7:30pm.</b></p>"
            "<p><b>Minutes.</b></p><p>Council Minutes 10.03.2011, confirmed.</p>"
            "<p><b>Precept.</b></p><p>Members agreed to keep the precept at £4,800.</p>"
            "</body></html>")
    assert [m.date for m in html_meetings(page)] == [date(2011, 5, 10), date(2011, 4, 12)]


def test_a_document_sites_download_button_over_the_paper_drops_none_of_it() -> None:
    text = ("DocStoreBrowseUploadSign in\n\nHOLTBY PARISH COUNCIL. Minutes of the Meeting\n\n"
            "Total Page:4\n\nDownload\n\nHOLTBY PARISH COUNCIL. Minutes of the Meeting of the "
            "Parish Council held on Monday 7th March 2016 PRESENT: Councillors Mr A Hale "
            "(Chairman) Mrs J Rigg Mr T Dane. 41/16 APOLOGIES None. 42/16 MINUTES The minutes "
            "were approved and signed. 43/16 PLANNING No objection was raised to the extension "
            "at 4 Mill Row. 44/16 FINANCE The payments listed were approved. 45/16 DATE OF NEXT "
            "MEETING 4th April.\n\nTop View\n\n© 2024 DocStore · Privacy Policy")
    meetings = text_meetings(text)
    assert meetings and "extension at 4 Mill Row" in " ".join(
        line for item in meetings[0].items for line in item.text.split("\n"))


def test_a_second_record_titled_by_its_day_and_venue_on_a_new_page_is_its_own_meeting() -> None:
    pages = (f"{BOLD}Minutes of Holtby Annual Parish Meeting held on Wednesday 9th May 2018 at\n"
             f"{BOLD}Holtby Community Centre\n\nPresent: Cllrs A. Hale, T. Rigg; 11 members of "
             f"the public.\n\n{BOLD}1 Minutes of the 2017 Annual Parish Meeting\nThe minutes "
             f"were approved.\n\n{BOLD}2 Questions from the public\nA resident asked about the "
             "footway.\n",
             f"{BOLD}Minutes of Parish Council Meeting Wednesday 9th May 2018 at Holtby Community\n"
             f"{BOLD}Centre\n\nPresent: Chairman Cllr A Hale, Cllrs T Rigg, J Dane.\n\n"
             f"{BOLD}1 ELECTION OF CHAIRMAN\nCllr Hale was elected.\n\n"
             f"{BOLD}2 MINUTES OF PREVIOUS MEETING\nThe minutes were approved.\n")
    assert [[i.title for i in m.items] for m in pdf_meetings(pages)] == [
        ["Minutes of the 2017 Annual Parish Meeting", "Questions from the public"],
        ["ELECTION OF CHAIRMAN", "MINUTES OF PREVIOUS MEETING"]]


def test_a_document_sites_line_dated_by_another_title_joins_the_record_under_it() -> None:
    text = ("Home   Categories   Upload   Login\nSearch documents...\n\n"
            "Minutes of the Annual Parish Council Meeting Held on Tuesday 11th May 2004 in "
            "Holtby\n\n"
            "Download   Report this document   Share\n\n"
            "Minutes of Holtby Parish Council Meeting held on Tuesday 7th September 2004 in Holtby "
            "Village Hall at 7.30pm.\n\nPresent: Cllrs A Hale, T Rigg and J Dane\n\n"
            "1. Apologies for absence\nNone.\n\n2. Finance\nThe payments were approved.\n\n"
            "3. Planning\nNo objection to the extension at 4 Mill Row.\n")
    assert [(m.date, len(m.items)) for m in text_meetings(text)] == [(date(2004, 9, 7), 4)]


def test_a_councils_name_then_a_dash_then_minutes_in_capitals_heads_each_meeting() -> None:
    """'FENWAY PARISH COUNCIL - MINUTES OF MEETING' / 'Held in … on the 3rd May 2011', the
    list of who attended stacked a name a line ('A. Barlow' / 'L. Crane'), then headings in
    capitals; the next record's like heading opens a meeting of its own."""
    def record(kind: str, day: str) -> str:
        return (f"FENWAY PARISH COUNCIL - MINUTES OF {kind}MEETING\n"
                f"Held in Fenway Village Hall on the {day}\n\n"
                "Present: -\tCouncillors:\tP. Dunn\n\t\t\tA. Barlow\n\t\t\tL. Crane\n"
                "\t\t\tM. Moss (Clerk)\n\n"
                "OPEN FORUM\nResidents asked about the bus shelter.\n\n"
                "PLANNING\nNo objections to the two applications.\n\n"
                "FINANCE\nThe cheques were approved for payment.\n\n")
    meetings = text_meetings(record("", "3rd May 2011") + record("EXTRAORDINARY ", "17th May 2011"))
    assert [(str(m.date), [i.title for i in m.items]) for m in meetings] == [
        ("2011-05-03", ["OPEN FORUM", "PLANNING", "FINANCE"]),
        ("2011-05-17", ["OPEN FORUM", "PLANNING", "FINANCE"])]


def test_an_adjourned_meeting_sitting_again_opens_its_own_section() -> None:
    # Its heading names where it came from in brackets: the date there is the first sitting's.
    text = ["Minutes of the Parish Council Meeting held at the Pavilion, Brenlow on",
            "Monday 3rd February 2020, commencing at 7pm", "",
            "Present: Cllr A Hosken (Chairman), Cllr B Treloar.", "",
            "1 Adjournment", "RESOLVED to adjourn the meeting to Monday 10th February 2020.", "",
            "Minutes of the Reconvened Parish Council Meeting (adjourned from 3rd February "
            "2020)", "held at the Pavilion, Brenlow on Monday 10th February 2020, at 7pm", "",
            "Present: Cllr A Hosken (Chairman), Cllr B Treloar.", "",
            "2 Budget", "RESOLVED to adopt the budget."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.date, s.start) for s in sections] == [(date(2020, 2, 3), 0),
                                                       (date(2020, 2, 10), 8)]


def test_a_body_s_meeting_in_capitals_over_when_it_was_held_opens_a_section() -> None:
    # No attendance list follows it (a side label's grid broke 'PRESENT' apart): the heading and
    # its 'Held on' line are enough, and the record's word under them is no item.
    text = ["HALBURN PARISH COUNCIL MEETING",
            "Held on 5th October 2016 at 1930hrs in the Church Room", "", "DRAFT MINUTES", "",
            "77.16 Apologies:", "None.", "", "78.16 Footpaths:", "Cllr Rundle reported.", "",
            "79.16 Finance:", "RESOLVED that the accounts be paid.", "",
            "HALBURN PARISH COUNCIL EXTRAORDINARY MEETING",
            "Held on 19th October 2016 at 1900hrs in the Church Room", "", "DRAFT MINUTES", "",
            "80.16 Apologies:", "None.", "", "81.16 Village Hall Lease:",
            "RESOLVED to sign the lease.", "", "82.16 Closure:", "The meeting closed at 8pm."]
    sections, _ = find_sections([Line(t, 1) for t in text])
    assert [(s.date, s.start, s.committee) for s in sections] == [
        (date(2016, 10, 5), 0, "Halburn Parish Council"),
        (date(2016, 10, 19), 14, "Halburn Parish Council")]
    later = [m for m in text_meetings("\n".join(text)) if m.date == date(2016, 10, 19)]
    assert [item.number for item in later[0].items] == ["80.16", "81.16", "82.16"]


def test_an_agm_and_the_council_meeting_after_it_under_their_own_headings() -> None:
    # Each numbered from 1 under its heading; the record's one list of who was present serves
    # both.
    text = ("HOLMCOTE PARISH COUNCIL\n\nMinutes of the Parish Council's AGM and its ordinary "
            "meeting held on 5th May 2009 at 7.30pm in the Village Hall\n\n"
            "Present: Cllrs Ann Trevail, Bill Keast and Carol Penhale; Mr D Rowse (Clerk).\n\n"
            "AGM\n\n1. Election of Chairman.\nCllr Keast proposed Cllr Trevail, seconded by Cllr "
            "Penhale. Carried.\n\n2. Election of Vice-Chairman.\nCllr Penhale was elected.\n\n"
            "3. Meetings 2009/10.\nThe dates were noted.\n\n"
            "PARISH COUNCIL MEETING\n\n1. Apologies\nNone.\n\n2. Planning\nCllr Keast reported "
            "on the barn application.\n\n3. Finance\nThe payments were approved.\n\n"
            "4. Date of next meeting\nTuesday 7th July 2009.\n")
    meetings = text_meetings(text)
    assert [[item.number for item in m.items] for m in meetings] == [
        ["1", "2", "3"], ["1", "2", "3", "4"]]
    assert [m.date for m in meetings] == [date(2009, 5, 5)] * 2
    assert list(meetings[1].items[1].speakers) == ["Bill Keast"]


def test_a_meeting_after_the_annual_meeting_closed_that_day_is_another_meeting() -> None:
    """'The AGM closed at 7.25 pm …', then 'Minutes of the meeting held on' the same day with
    its own attendance: two meetings, each with its own items."""
    text = ("Voehead Community Council\n\nMinutes of the Annual General Meeting held on Monday "
            "13th May 2019 at 7 pm in the Public Hall\n\nPresent: Erling Tulloch, Chair; Ruth "
            "Gifford; Bruce Irvine\n\nAGM 1/19\nApologies\nOwen Leask.\n\n"
            "AGM 2/19\nChair's Report\nErling gave his report on the year.\n\n"
            "AGM 3/19\nElection of Office Bearers\nErling Tulloch was re-elected Chair.\n\n"
            "The AGM closed at 7.25 pm and was followed by the ordinary meeting.\n\n"
            "Minutes of the meeting held on Monday 13th May 2019 at 7.25 pm in the Public Hall\n\n"
            "Present: as for the AGM\n\n01/05/19 Apologies\nAs for the AGM.\n\n"
            "02/05/19 Police Report\nNo report was received.\n\n"
            "03/05/19 Finance\nThe accounts were approved.\n")
    first, second = text_meetings(text)
    assert [item.number for item in first.items] == ["AGM 1/19", "AGM 2/19", "AGM 3/19"]
    assert [item.number for item in second.items] == ["01/05/19", "02/05/19", "03/05/19"]
    assert first.date == second.date


def test_a_footer_naming_the_body_and_day_closes_the_first_page_not_opens_the_record() -> None:
    """'Ferncroft Practice Patient Participation Group – 9 March 2016 1' at the foot of page 1,
    the only line read as a heading: the record began above it, and the headings of page 1
    are its items."""
    first = (f"{BOLD}Ferncroft Practice Patient Participation Group Meeting\n\n"
             "Date: 9 March 2016 at 18.30\n\nMembers Present: Bernard Achebe, Maud Pellegrini\n\n"
             f"{BOLD}Minutes from Last meeting\nThe minutes were agreed as a correct record.\n\n"
             f"{BOLD}New members\nShirin reported that 36 patients had joined.\n\n"
             f"{BOLD}Patient survey\nThe action plan was agreed.\n\n"
             "Ferncroft Practice Patient Participation Group – 9 March 2016 1\n")
    second = (f"{BOLD}Any other business\nTrevor raised the bus stop.\n\n"
              f"{BOLD}Date of next meeting\nWednesday 8 June 2016 at 18.30.\n")
    (meeting,) = pdf_meetings((first, second))
    assert meeting.date == date(2016, 3, 9)
    assert [item.title for item in meeting.items][:3] == [
        "Minutes from Last meeting", "New members", "Patient survey"]


TOWN_ARTICLES = [
    ("ANNUAL REPORTS", "To act upon the annual reports of the Town Officers.",
     "ADOPTED UNANIMOUSLY."),
    ("SALARIES", "To fix the salaries of the elected officers.", "ADOPTED BY MAJORITY VOTE."),
    ("OPERATING BUDGET", "To raise and appropriate the sums for Town charges.",
     "ADOPTED BY MAJORITY VOTE."),
    ("CAPITAL ITEMS", "To transfer the sum of $386,000 for the capital items.",
     "ADOPTED BY MAJORITY VOTE."),
    ("WATER BUDGET", "To appropriate the Water Department receipts.", "ADOPTED UNANIMOUSLY."),
    ("HARBOR DREDGING", "To borrow the sum of $240,000 to dredge the channel.",
     "ADOPTED BY 2/3 DECLARED VOTE."),
    ("LIBRARY ROOF", "To transfer the sum of $61,000 to repair the library roof.",
     "ADOPTED UNANIMOUSLY."),
]


def _articles(articles: list[tuple[str, str, str]], first: int) -> str:
    return "".join(f"<p><b>{title}</b><br>ARTICLE NO. {n}: {text} (Majority Vote Required)<br>"
                   f"MOTION: I move that the Town vote to approve article no. {n} as printed.<br>"
                   f"ACTION: {outcome}</p>"
                   for n, (title, text, outcome) in enumerate(articles, first))


TOWN_MEETING = (
    "<html><body><p><b>Report of the ANNUAL TOWN MEETING</b><br>May 5th, 2003</p>"
    "<p>The Annual Town Meeting was called to order at 7:45 p.m. by the Moderator. A quorum was "
    "present.</p>" + _articles(TOWN_ARTICLES[:5], 1)
    + "<p>At 10:52 p.m. the Meeting voted to adjourn until Tuesday, May 6th, 2003 at 7:00 p.m.</p>"
    "<p><b>ADJOURNED ANNUAL TOWN MEETING</b><br>Tuesday, May 6th, 2003</p>"
    "<p>The adjourned session of the Annual Town Meeting was called to order at 7:08 p.m. by the "
    "Moderator.</p>" + _articles(TOWN_ARTICLES[5:], 6) + "</body></html>")


def test_an_adjourned_sitting_headed_and_called_to_order_is_a_meeting_of_its_day() -> None:
    """A New England town meeting's report: 'ADJOURNED ANNUAL TOWN MEETING' / 'Tuesday, May
    6th, 2003' / '… was called to order …' is the next day's sitting, and the articles'
    headings in bold are their titles, not the 'ARTICLE NO. 1:' that numbers each paragraph."""
    meetings = html_meetings(TOWN_MEETING)
    assert [m.date for m in meetings] == [date(2003, 5, 5), date(2003, 5, 6)]
    assert [[i.title for i in m.items] for m in meetings] == [
        [title for title, _, _ in TOWN_ARTICLES[:5]],
        [title for title, _, _ in TOWN_ARTICLES[5:]]]
    assert {i.decision for m in meetings for i in m.items} == {"carried"}


@pytest.mark.parametrize("above", ["", "More Info\n"])
def test_a_long_record_title_over_its_day_two_lines_down_heads_the_meeting(above: str) -> None:
    """'Summary Minute of Meeting of the Board of Directors of SACC Ltd' (twelve words) /
    'On Saturday, 25 September 2010 in Kinmarrow'; a site's 'More Info' over it names nothing."""
    (meeting,) = text_meetings(
        f"{above}Summary Minute of Meeting of the Board of Directors of SACC Ltd\n\n"
        "On Saturday, 25 September 2010 in Kinmarrow\n\n"
        "Those present included the four office bearers.\n\n"
        "Approval of Previous Minutes\nThe minute was read and approved.\n\n"
        "Matters Arising\nThere were none.\n\n"
        "Finance Report\nThe Board noted the report.\n")
    assert meeting.date == date(2010, 9, 25)
    assert "More Info" not in meeting.committee
    assert "Board of Directors" in meeting.committee


def test_a_record_opening_with_which_took_place_on_its_day_heads_the_meeting() -> None:
    """'Minutes of a meeting of the Parish Council which took place on Monday 17th March 2008.',
    as 'held on' would, below a wiki page's menus and contents."""
    menus = "".join(f"{word}\n\n" for word in ("Home", "Councillors", "Minutes", "Village Hall"))
    contents = "".join(f"{word}\n\n" for word in ("Apologies", "Planning", "Finance"))
    (meeting,) = text_meetings(
        f"{menus}Table of Contents\n\n{contents}March 2008\n\n"
        "Minutes of a meeting of the Parish Council which took place on Monday 17th March 2008.\n\n"
        "PRESENT\nCllrs Fairhurst (Chair), Bellamy, Corcoran.\n\nAPOLOGIES\nCllr Lusty.\n\n"
        "PLANNING\nNo objection was raised.\n\nFINANCE\nThe payments were approved.\n")
    assert meeting.date == date(2008, 3, 17)
    assert meeting.committee == "Parish Council"
