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
    ("BALLOCH, 24 June 2025. Minute of Meeting of the OPERATIONAL DELIVERY\nCOMMITTEE.",
     date(2025, 6, 24)),
    ("Meeting details\n\n• Howe Area Committee\n• 10 June 2025 - 10:00AM\n• Council Chamber",
     date(2025, 6, 10)),
    ("Minutes of Clydeholm City Council – Print 6\nClydeholm, 10th March 2026.\n"
     "Neighbourhoods City Policy Committee.", date(2026, 3, 10)),
    ("Ribble and Calder Combined Fire Authority\n\nPlanning Committee\n\nMonday, 2 February "
     "2026, at 10.00 am in the Main Conference Room, Service Headquarters.", date(2026, 2, 2)),
    ("Strathearn and Angus Transport Partnership Minute 16 September 2025\nTotal Page:16",
     date(2025, 9, 16)),
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


def test_a_news_page_s_date_does_not_date_minutes_it_says_were_held_in_another_month() -> None:
    """A newspaper's reprint of minutes 'held in May', under the page's 'Friday 20 June 2008':
    the meeting's day is not given, and the page's date is not it."""
    opening = ("Dunmere Gazette\nFriday 20 June 2008\n\nLowbury Parish Council\n\n"
               "The following is taken from the record of the council's annual meeting held in "
               "{month}.")
    assert [m.date for m in text_meetings(f"{opening.format(month='May')}\n{ITEMS}")] == [None]
    assert [m.date for m in text_meetings(f"{opening.format(month='June')}\n{ITEMS}")] \
        == [date(2008, 6, 20)]


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


MEETING_PAGE = """<html><head><title>Meetings - Northmarch Fire and Rescue Authority</title></head>
<body><div class="skip"><a href="#main">Skip to main content</a></div>
<span class="SiteName">Northmarch Fire and Rescue Authority</span>
<ul><li><a href="/">Home</a></li><li><a href="/m">Meetings</a></li>
<li><a href="/c">Committees</a></li>
<li><a href="/s">Search</a></li></ul>
<h1>Meeting Details</h1><h2>Fire and Rescue Authority</h2><p>3 Jun 2025 - 10:30 to 12:00</p>
<h3>Agenda Items</h3>
<h4>Apologies for Absence</h4><p>Apologies were received from Cllr D Fenn.</p>
<h4>Confirmation of Minutes</h4>
<p>RESOLVED that the minutes of the meeting held on 1 April 2025 be confirmed.</p>
<h4>Station Review</h4><p>The Chief Fire Officer presented the report.</p>
<p>The Authority noted the report.</p>
<h4>Budget Outturn</h4><p>The Treasurer presented the outturn.</p>
<h3>Attendance</h3>
<table><tr><th>Name</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Cllr R Hollins</td><td>Chairman</td><td>Present</td></tr>
<tr><td>Cllr D Fenn</td><td>Member</td><td>Apologies</td></tr></table>
</body></html>"""


def test_a_meeting_page_with_its_attendance_tab_last_keeps_its_headed_items() -> None:
    """Headings above an attendance table in the record's second half are its items; the
    heading over the date line is the record's title; the body is named as its site names it."""
    [meeting] = html_meetings(MEETING_PAGE)
    titles = [item.title for item in meeting.items]
    assert titles[:4] == ["Apologies for Absence", "Confirmation of Minutes", "Station Review",
                          "Budget Outturn"]
    assert "Fire and Rescue Authority" not in titles
    assert meeting.committee == "Northmarch Fire and Rescue Authority"
    assert meeting.date == date(2025, 6, 3)
    assert [item.decision for item in meeting.items[:3]] == ["none", "resolved", "noted"]


def test_item_numbers_closed_by_a_comma() -> None:
    text = ("Minutes of the Planning Committee of Easby Parish Council held at 7pm on 9th "
            "October 2024\n\nPresent: Cllr H Dunn, Cllr K Stone\n\n"
            "1, Apologies for absence\n\nApologies from Cllr B Tate.\n\n"
            "2, To receive declarations of interest\n\nNone.\n\n"
            "3, To consider planning applications\n\nCllr Stone described the extension at 4 "
            "Mill Lane and its effect on the neighbours. No objection. Resolved\n\n"
            "4, Date of next meeting\n\n13th November 2024.\n")
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "To receive declarations of interest"),
        ("3", "To consider planning applications"), ("4", "Date of next meeting")]
    assert meeting.items[2].decision == "resolved"


def test_a_meeting_page_s_council_from_its_title_past_the_menu() -> None:
    page = """<html><head><title>Agenda for Licensing Committee on Wednesday, 17th September,
    2025, 6.30 pm - Seabourne District Council</title></head><body>
    <ul><li>Home</li><li>Councillors</li><li>Committees</li><li>Calendar</li><li>Decisions</li>
    <li>Search</li><li>Contact</li><li>Help</li></ul>
    <p>Committees &gt; Licensing Committee &gt; Meeting</p><h2>Agenda and minutes</h2>
    <h1>Licensing Committee - Wednesday, 17th September, 2025 6.30 pm</h1>
    <h3>1. Apologies</h3><p>Apologies were received from Councillor Amy Crane.</p>
    <h3>2. Minutes</h3><p>Resolved: that the minutes be confirmed as a correct record.</p>
    <h3>3. Licensing Policy</h3><p>Resolved: that the revised policy be recommended.</p>
    </body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == "Seabourne District Council — Licensing Committee"


def test_a_committee_named_on_a_plain_line_of_a_meeting_page() -> None:
    page = """<html><head><title>Meeting Details - Stourland County Council CMIS</title></head>
    <body><h1>Meeting Details</h1><h2>Meeting Summary</h2>
    <div>Place and Economic Growth Policy and Scrutiny Committee</div>
    <div>14 Nov 2024 - 10:30 to 13:05</div>
    <h3>1. Apologies</h3><p>Apologies had been received from Councillor Hart.</p>
    <h3>2. Minutes</h3><p>Resolved: That the minutes be approved as a correct record.</p>
    <h3>3. Bus Strategy</h3><p>Resolved: That the strategy be endorsed.</p></body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == ("Stourland County Council — Place and Economic Growth Policy "
                                 "and Scrutiny Committee")
    assert meeting.date == date(2024, 11, 14)


def test_an_item_titled_by_the_earlier_minutes_it_links_to_opens_no_record() -> None:
    page = """<html><body><h1>Combined Authority - Thursday, 16th October, 2025 11.00 am</h1>
    <p>No. Item</p>
    <p>41.</p><p>Apologies for Absence</p><p>Minutes:</p>
    <p>Apologies for absence were received from Councillor Abdul Rahim.</p>
    <p>42.</p><p>Minutes of the Meeting of the Combined Authority held on 4 September 2025 PDF
    231 KB</p><p>Minutes:</p><p>Resolved: That the minutes be approved and signed by the
    Chair.</p>
    <p>43.</p><p>Bus Reform</p><p>Minutes:</p><p>Resolved: That the scheme be made.</p>
    </body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.date == date(2025, 10, 16)
    assert [item.number for item in meeting.items] == ["41", "42", "43"]


@pytest.mark.parametrize(("label", "day"), [
    ("Date: October 16, 2025", date(2025, 10, 16)),
    ("• Date: Thursday 16 October 2025", date(2025, 10, 16)),
    ("Minutes; Monday, 17th November 2025", date(2025, 11, 17)),
    ("Date of Meeting: 22/09/2025", date(2025, 9, 22)),
])
def test_a_labelled_date_line_in_the_opening_dates_the_record(label: str, day: date) -> None:
    text = f"""Fernleigh Parish Council

Parish Council Meeting Minutes

{label}
Location: Fernleigh Memorial Hall

1. Opening Remarks
The Chair welcomed the two residents present.

2. Approval of Previous Minutes
The minutes of the meeting held on September 18, 2025 were approved.

3. Date of next meeting
November 20, 2025.
"""
    [meeting] = text_meetings(text)
    assert meeting.date == day


def test_paragraphs_run_together_never_date_a_record_by_its_next_meeting() -> None:
    text = ("Ardlaw Community CouncilMinutesAttendanceR. Guthrie, M. Imrie, A. Lumsden"
            "Police ReportThe report was notedA.O.C.B.A proposal by D. Speirs that the Council "
            "hold a public meeting on the Westerton application was not carriedDate of next "
            "meetingTuesday 26th August 2025 at 7.30pm in Ardlaw Community Centre")
    assert all(meeting.date != date(2025, 8, 26) for meeting in text_meetings(text))


def test_a_running_header_with_its_page_number_names_the_body() -> None:
    first = """Lochanbank Community Council Page 1 of 2

Meeting Minutes

Date of Meeting: 22/09/2025

Present: R Kerr (Chairperson), S Laidlaw (Secretary), D Imlach (Treasurer).

1. Police report
PC Lindores reported two thefts from sheds.

2. Planning
No applications had been received.
"""
    second = """Lochanbank Community Council Page 2 of 2

3. Treasurer's report
D Imlach reported a balance of £1,204.

4. Date of next meeting
27 October 2025.
"""
    [meeting] = pdf_meetings((first, second))
    assert meeting.committee == "Lochanbank Community Council"
    assert meeting.date == date(2025, 9, 22)


def test_a_records_title_over_its_date_line_outranks_a_posts_date_label() -> None:
    meetings = text_meetings(
        "Dunmere Community Council\n\nForum » Minutes » Minutes of AGM May 6th 2025\n\n"
        "Started by: secretary\nDate: 12 May 2025 21:14\nNumber of posts: 1\n\n"
        "Dunmere Community Council\nMinutes of AGM\nMay 6th 2025 7.30pm, Burnside Hall\n"
        f"To be approved.\n{ITEMS}")
    assert [m.date for m in meetings] == [date(2025, 5, 6)]


def test_a_meeting_held_line_under_a_schools_name_opens_the_record() -> None:
    meetings = text_meetings(
        "Ashcombe Primary School\nMeeting of the Full Governing Body held on 9th July 2025 at "
        "4.00pm in the school library\n\nMeeting Register:\n2 Oct 2024 4 Dec 2024 9 Jul 2025\n"
        f"Richard Ames (Chair) a a a\nLisa Brand a Apols a\n{ITEMS}")
    assert [(m.date, m.committee) for m in meetings] == [
        (date(2025, 7, 9), "Ashcombe Primary School — Full Governing Body")]


def test_a_meeting_to_be_held_opens_no_record_of_one() -> None:
    meetings = text_meetings(
        "Meeting of the Parish Council to be held on Monday 10th March 2025\n\n"
        "HOLBECK PARISH COUNCIL\n\nCouncillors are hereby summoned to the Meeting of the Parish "
        "Council to be held on Monday 10th March 2025 at 7.30pm in the Village Hall\n\nAGENDA\n\n"
        "1. Apologies for absence - To receive and agree.\n\n2. Declarations of interest\n\n"
        "3. Minutes of the last meeting - To approve the minutes.\n\n4. Planning applications\n")
    assert [len(m.items) for m in meetings] == [4]


def test_a_volume_of_minutes_heads_each_meeting_by_its_date_over_the_attendance() -> None:
    meetings = text_meetings(
        "GLYNARTH COMMUNITY COUNCIL\n\nMinutes of meetings held from 1st May 2024 to 30th June "
        "2024\n\nDate Meeting Type Page\n\n9th May 2024 Annual Meeting 2\n\n6th June 2024 "
        "Ordinary 3\n\n9th May 2024 at 7pm Pentre Hall - Annual Meeting\n\nPresent : Gwen Price, "
        f"Alun Rees. Clerk: Sarah Evans.\n{ITEMS}\n6th June 2024 at 7.30pm Pentre Hall - "
        f"Ordinary\n\nPresent : Gwen Price, Alun Rees, Tom Bevan.\n{ITEMS}")
    assert [(m.date, m.committee, len(m.items)) for m in meetings] == [
        (date(2024, 5, 9), "Glynarth Community Council", 3),
        (date(2024, 6, 6), "Glynarth Community Council", 3)]


def test_a_date_line_repeating_the_records_date_opens_no_second_meeting() -> None:
    meetings = text_meetings(
        "MINUTES OF THE MEETING OF LLANWERN COMMUNITY COUNCIL\n\nTuesday 5 March 2024 at 7pm, "
        f"the Village Hall\n\nPresent: Cllr A Pryce, Cllr B Moss\n{ITEMS}")
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2024, 3, 5), 3)]


def test_a_next_meetings_heading_in_capitals_ends_before_its_date() -> None:
    meetings = text_meetings(
        "ELLMOUTH PARISH COUNCIL\n\nMinutes of the meeting held on 3 March 2024 at the Village "
        "Hall\n\nPresent: Cllr A Brown (Chair), Cllr B Green, Cllr C White\n\n1. APOLOGIES FOR "
        "ABSENCE\n\nCllr D Black sent apologies, which were accepted by the members present.\n\n"
        "2. PLANNING\n\nNo applications were received.\n\n3. DATE OF NEXT MEETING 11TH APRIL "
        "2024 AT 7.30PM\n\n4. DATE OF THE ANNUAL MEETING - THURSDAY 9TH MAY 2024\n")
    assert [item.title for item in meetings[0].items] == [
        "APOLOGIES FOR ABSENCE", "PLANNING", "DATE OF NEXT MEETING", "DATE OF THE ANNUAL MEETING"]


def test_an_earlier_minute_held_as_read_opens_no_meeting() -> None:
    meetings = text_meetings(
        "Minute of the meeting of The Ellmouth Licensing Board, held in the Council Chamber, "
        "Ellmouth on Tuesday 2nd November 2010 at 10.30am.\n\nMr A Kinloch (Convener)\n\n"
        "Mrs M Dunnet\n\n1. Apologies for Absence\n\nMr N Lawrie sent apologies to the Board.\n\n"
        "2. Confirmation of Minute\n\nThe minute of the meeting of the Board held on 5th October "
        "2010 was held as read and approved.\n\n3. Licences granted under delegated powers\n\n"
        "There had been circulated a report detailing the licences granted by the Clerk.\n")
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2010, 11, 2), 3)]


def test_minutes_of_proceedings_after_a_summons_are_the_earlier_meetings_record() -> None:
    meetings = text_meetings(
        "You are hereby requested to attend a Meeting of Ellmouth Borough Council to be held in "
        "the Council Chamber on Tuesday, 26th February, 2008 at 7.30 p.m.\n\nAGENDA\n\n"
        "1. Minutes\n\n2. Tenders\n\n3. Correspondence\n\nMinutes of proceedings of Ellmouth "
        "Borough Council held in the Council Chamber on Tuesday, 22nd January, 2008 at 7.30 "
        "p.m.\n\nPresent: The Mayor, Councillor R. Semple, in the Chair\n\n1.0 MINUTES\n\n"
        "The minutes of the meeting held on 18th December, 2007 were taken as read and "
        "signed.\n\n2.0 TENDERS\n\nThe tender of Ellmouth Quarries for grit was accepted by the "
        "Council after discussion.\n")
    assert [(m.kind, m.date) for m in meetings] == [
        ("agenda", date(2008, 2, 26)), ("minutes", date(2008, 1, 22))]


def test_a_margin_heading_running_on_to_an_earlier_meetings_date_opens_no_meeting() -> None:
    meetings = text_meetings(
        "HARBOURS COMMITTEE\n\nMinute of Meeting held in the Council Chamber, Portvallan, on "
        "Tuesday 24 September 2019 at 10.30am.\n\nPRESENT Mr R Macaulay (Chair), Mr A Crichton\n\n"
        "1 The Minute of Meeting of 18 June 2019 was approved by the Committee.\n\n"
        "Minute of Meeting of\n18 June 2019\n\n2 The Director submitted a Report on the harbour "
        "dues for 2020/21 and the Committee agreed the increase.\n\nHarbour Dues 2020/21\n")
    assert [m.date for m in meetings] == [date(2019, 9, 24)]


WELSH_PAGE = """Cyngor Cymuned Nant Eithinog

Cofnodion o gyfarfod Cyngor Cymuned Nant Eithinog - 08/11/23

Posted on 4 Rhagfyr 2023 by clerc

Cyfarfod a gynhaliwyd yn Festri Capel Horeb, nos Fercher 8fed Tachwedd 2023 am 7.30 y.h.

YMDDIHEURIADAU

Cllr. Meinir Tegid sent apologies, which were accepted by the council.

DATGAN BUDDIANT

Emyr Penllyn declared an interest in the grant application from the young farmers' club.

MATERION YN CODI

The Clerk reported that the two street lights on Lon y Felin had been repaired.

CYNLLUNIO

C23/0914/11/LL – Tyddyn Isaf – conversion of a barn into a holiday let. It was agreed to object.

C23/0977/11/LL – 5 Bro Deg – single storey rear extension. No objection.

GOHEBIAETH

A letter from the county council about the closure of the road for resurfacing was noted.

Categories: Cofnodion 2023
"""


def test_a_welsh_record_is_dated_by_its_own_sentence_and_its_welsh_headings_are_its_items() -> None:
    [meeting] = text_meetings(WELSH_PAGE)
    assert meeting.date == date(2023, 11, 8)
    assert [item.title for item in meeting.items] == [
        "YMDDIHEURIADAU", "DATGAN BUDDIANT", "MATERION YN CODI", "CYNLLUNIO", "GOHEBIAETH"]


def test_numbered_headings_in_capitals_glued_to_their_text_are_set_apart() -> None:
    meetings = text_meetings(
        "ELLMOUTH COMMUNITY COUNCIL\n\nMinutes of the meeting held on 2nd March 2017\n\n"
        "MEMBERS PRESENT. Angus Threipland - Chair, Elspeth Moodie, Callum Inglis.\n\n"
        "1. APOLOGIESApologies received from Councillor Ruth Kinnaird and Neil Rennison.\n"
        "2. MINUTE APPROVAL.The draft minute of meeting 33 was approved by Elspeth Moodie.\n"
        "3. PLANNINGThe application for 6 houses at Netherlaw Farm was discussed at length.\n"
        "4. A.O.C.B.Isla Fordyce asked whether the council could support a spring clean.\n"
        "5. DATE OF NEXT MEETINGThursday 6th April 2017 at 7.30pm in the Village Hall.\n")
    assert [item.title for item in meetings[0].items] == [
        "APOLOGIES", "MINUTE APPROVAL", "PLANNING", "A.O.C.B", "DATE OF NEXT MEETING"]


def test_a_body_and_date_over_the_approval_of_its_minute_opens_no_meeting() -> None:
    """'POLICY BOARD - 3 JUNE 2021' over 'The Minute of the meeting of the Emergency
    Cabinet dated 9 September 2020 was submitted and approved.': earlier minutes, approved at
    this meeting, whose date is the record's own."""
    text = """Glenmuir Council

24 Jun 2021 - 10:00 to 12:30

1. Declarations of Interest

No declarations were made by members of the Council.

2. Minutes

GLENMUIR COUNCIL - 20 MAY 2021

The Minute of the Meeting of Glenmuir Council dated 20 May 2021 was submitted and approved.

POLICY BOARD - 3 JUNE 2021

The Minute of the Policy Board dated 3 June 2021 was submitted and approved.

3. Written Questions

The meeting noted that there were no written questions from members.
"""
    meetings = text_meetings(text)
    assert [(m.committee, m.date) for m in meetings] == [("Glenmuir Council", date(2021, 6, 24))]


def test_a_site_s_similar_documents_list_opens_no_meeting() -> None:
    """'Similar documents' / 'Recent Posts' / 'Recommended publications' over links titled by
    other meetings' minutes: the site's list, not more records."""
    for label in ("Similar documents", "Recent Posts", "Recommended publications"):
        text = ("Minutes of the Annual Parish Meeting of Lowbury Parish held on the 16th May "
                f"2018.\n\nPresent: Cllr A Pryce, Cllr B Moss\n{ITEMS}\n{label}\n"
                "Minutes of the Parish Council Meeting held on 16th May 2018\n"
                "Minutes of the Annual Parish Meeting of Lowbury Parish 2017\n")
        assert [m.date for m in text_meetings(text)] == [date(2018, 5, 16)]


def test_an_agenda_s_one_sentence_heading_wrapped_before_its_date_opens_the_agenda() -> None:
    """'AGENDA for a meeting of the COASTAL SCRUTINY COMMITTEE in the Council Chamber,' /
    'Shire Hall, Melbury on WEDNESDAY 4 MARCH 2015 AT 2.00 P.M.'"""
    text = ("LOWBURY COUNTY COUNCIL\n\nAGENDA for a meeting of the COASTAL SCRUTINY "
            "COMMITTEE in the Council Chamber,\nShire Hall, Melbury on WEDNESDAY 4 MARCH "
            "2015 AT 2.00 P.M.\n\nMEMBERS OF THE COMMITTEE (12) QUORUM 3\n\nG E Ash, B M Call, "
            "M A Dorr (Chairman)\n\nAGENDA\n\nPART 1 (PUBLIC) AGENDA\n\nThe public and press "
            "are welcome to attend this part of the meeting.\n\n1. BEACH HUT LICENCES\n"
            "Report of the Director of Coast and Countryside\nMembers are invited to comment "
            "on progress.\n\n2. DUNE RESTORATION\nReport of the Director of Coast and "
            "Countryside\nTo scrutinise the proposal to close the centres.\n\n3. HARBOUR "
            "DREDGING\nReport of the Director of Highways\nThe Committee is asked to consider "
            "the review.\n")
    (meeting,) = pdf_meetings((text,))
    assert (meeting.kind, meeting.date) == ("agenda", date(2015, 3, 4))
    assert meeting.committee.endswith("Coastal Scrutiny Committee")


def test_a_web_post_titled_by_meeting_date_and_kind_opens_that_record() -> None:
    """'Annual Parish Meeting March 9th 2026 - Agenda': a blog post's title names the meeting,
    its date and what the post holds."""
    from indexer.parse.sections import find_sections
    from indexer.records import Line

    for title, kind in (("Annual Parish Meeting March 9th 2026 - Agenda", "agenda"),
                        ("Parish Council Meeting March 9th 2026 – Draft Minutes", "minutes")):
        texts = ["Parish Clerk", "", title, "", "Electors of the parish may raise any matter "
                 "at this meeting.", "", "1. Welcome by the Chairman", "",
                 "2. Apologies for absence", ""]
        sections, _ = find_sections([Line(t, 1, heading=t == title) for t in texts])
        assert [(s.kind, s.date) for s in sections] == [(kind, date(2026, 3, 9))]


def test_a_meeting_title_over_its_place_and_date_dates_the_record_under_a_site_s_menus() -> None:
    """'Brackmoor Hall Committee Meeting' / 'At the Memorial Hall - 9th October 2024 7.00pm':
    the date after the place, not the day the page was posted."""
    menus = "\n".join(f"Menu entry {n}" for n in range(14))
    text = (f"Skip to main content\n\n{menus}\n\n"
            "Submitted by admin on Tue, 15/10/2024 - 09:02\n\n"
            "Brackmoor Hall Committee Meeting\n\n"
            "At the Memorial Hall - 9th October 2024 7.00pm\n\n"
            "Present: Ann Dale, Tom Fell, Joy Pike\n\n"
            "1. Apologies\n\nApologies were received from Sam Rudd, who was unwell.\n\n"
            "2. Accounts\n\nThe Treasurer presented the accounts, which were approved by all.\n\n"
            "3. Date of next meeting\n\nThursday 5 December 2024.\n")
    assert text_meetings(text)[0].date == date(2024, 10, 9)


def test_a_later_record_s_opening_run_into_its_attendance_opens_its_meeting() -> None:
    """Two months' minutes in one file, each opening with one long line that runs from 'MINUTES
    OF … HELD … ON MONDAY, 9th MARCH 2015 AT 7.30 p.m.' into 'Present: Councillors …' and
    'Also present: …': each line opens its own meeting and dates it; a record pasted whole as
    one paragraph, its items numbered inline after its list, is still read by those numbers."""
    opening = ("MINUTES OF THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL ON MONDAY, {day} "
               "AT 7.30 p.m. Present: Councillors Mrs. A.B. Farrant Ms C.D. Quayle E.F. Rudd "
               "G.H. Sowerby (Chairman) J.K. Thwaite L.M. Ossington Mrs. N.P. Venn Also "
               "present: Councillor Mrs. Q. Wragg (County Member), Mr. and Mrs. R. Yeadon, "
               "Mr. S. Zouch (for the first item)")
    items = ("\nApologies: Councillor T. Abbott\n\n101/15 FOOTPATHS The stile at Long Lane "
             "is broken.\n\n102/15 FINANCE The accounts were approved.\n\n"
             "The meeting closed at 9 p.m.\n\n")
    text = (opening.format(day="9th FEBRUARY 2015") + "\n" + items
            + opening.format(day="9th MARCH 2015") + "\n" + items.replace("101/", "103/")
            .replace("102/", "104/"))
    assert [m.date for m in text_meetings(text)] == [date(2015, 2, 9), date(2015, 3, 9)]
    pasted = ("Minutes of the Parish Council meeting held on Monday 9th March 2015 at 7.30pm. "
              "Present: Councillors Abbott, Farrant, Quayle and Rudd. 1. Apologies were "
              "received from Cllr Venn. 2. Footpaths – the stile at Long Lane is broken. "
              "3. Finance – the accounts were approved.\n")
    (meeting,) = text_meetings(pasted)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


def test_a_record_s_second_meeting_under_its_own_heading_is_held_the_same_day() -> None:
    """A page 'AGM and Ordinary Meeting Minutes' dated only by its heading ('7.15pm-8pm
    Thursday 14th November 2019, Strathy Hall'), then 'Annual General Meeting' and 'Ordinary
    Meeting' each numbered from 1: two meetings, both of that day."""
    items = "<p>1. Apologies</p><p>None.</p><p>2. {0}</p><p>{1}</p><p>3. {2}</p><p>{3}</p>"
    page = ("<html><head><title>AGM and Ordinary Meeting Minutes November 2019 – Strathy "
            "Community Council</title></head><body><p>Strathy Community Council</p>"
            "<h1>AGM and Ordinary Meeting Minutes November 2019</h1><p>The AGM was "
            "a chance to look back on the year.</p><h3>7.15pm-8pm Thursday 14th November 2019, "
            "Strathy Hall</h3><h2>Annual General Meeting</h2><p>Present: Ann Bell (Chair), Tom "
            "Reid</p>" + items.format("Chair’s Annual Report", "Ann gave a summary of the year.",
                                      "Treasurer’s Report", "Tom presented the accounts, "
                                      "which were approved.")
            + "<h2>Ordinary Meeting</h2><p>8pm-9.10pm, the same hall, the same members.</p>"
            + items.format("Police Report", "PC Havercroft reported 14 incidents.", "Planning",
                           "It was agreed to object to the houses at Mill Farm.")
            + "</body></html>")
    meetings = html_meetings(page)
    assert [m.date for m in meetings] == [date(2019, 11, 14), date(2019, 11, 14)]
    assert [i.title for i in meetings[1].items] == ["Apologies", "Police Report", "Planning"]


def test_an_ordinary_meeting_then_the_annual_meeting_of_that_day_are_two_records() -> None:
    """'Minutes of Ordinary Meeting held on' / 'Tuesday 16th May 2017 at …' over 'Present:'
    opens a record, no article or body needed when its attendance follows; the 'Minutes of
    Annual General Meeting held on' the same day, its own attendance under it, is another
    meeting, and its headings all numbered '1.' (the numbering lost) are each an item."""
    ordinary = ("Minutes of Ordinary Meeting held on\n\nTuesday 16th May 2017 at Pontwen "
                "Village Hall.\n\nThe meeting began at 8:05 pm.\n\nPresent: Cllr. A. Bevan; "
                "Cllr. E. Jones; Cllr. M. Price\n\n- Minutes of Last Meeting:\nThe minutes were "
                "accepted as a true record.\n- Finance:\nThe accounts for April were approved.\n"
                "- Correspondence:\nA letter from the Ramblers. Noted.\n\nThe meeting closed at "
                "9:20 pm.\n\nLeave a comment\n\n")
    annual = ("Minutes of Annual General Meeting held on\n\nTuesday 16th May 2017 at Pontwen "
              "Village Hall.\n\nThe meeting began at 7:30 pm.\n\nPresent: Cllr. A. Bevan; "
              "Cllr. E. Jones; Cllr. M. Price\n\n1. Election of Chairperson.\n\nCllr. Bevan did "
              "not stand again and Cllr. Jones was elected.\n\n1. Election of Vice Chairperson."
              "\n\nCllr. Price was elected.\n\n1. Standing Orders:\n\nNo changes were made to "
              "the model documents this year.\n\nThe meeting closed at 8 pm.\n")
    meetings = text_meetings(ordinary + annual)
    assert [m.date for m in meetings] == [date(2017, 5, 16), date(2017, 5, 16)]
    assert [i.title for i in meetings[1].items] == [
        "Election of Chairperson", "Election of Vice Chairperson", "Standing Orders"]


def test_a_borough_s_proceedings_open_the_record_and_its_page_footer_opens_nothing() -> None:
    """'PROCEEDINGS OF THE MEETING OF THE COUNCIL OF THE LONDON BOROUGH OF WEXHAM' / 'HELD AT
    … ON' / 'WEDNESDAY, 3RD MARCH, 2021' opens the record; each page's footer 'Council -
    Wednesday, 3rd March, 2021 1', naming the body short and closing with the page's number,
    is no meeting of its own."""
    first = ("PROCEEDINGS OF THE MEETING OF THE COUNCIL OF THE LONDON BOROUGH OF WEXHAM\n"
             "HELD AT COUNCIL CHAMBER, TOWN HALL, MILL ROAD AT 7.00 PM ON\n"
             "WEDNESDAY, 3RD MARCH, 2021\n\nMINUTES\n\nMEMBERS PRESENT\n\n"
             "Councillor Ann Bell Councillor Tom Reid Councillor Ruth Lowe\n\n"
             "1. MINUTES\n\nRESOLVED – THAT the minutes of the meeting held on 3rd February 2021 "
             "be agreed.\n\n2. APOLOGIES\n\nApologies were received from Councillor Lowe.\n\n"
             "3. DEPUTATIONS\n\nMs Olu addressed the Council on the lifts at Elm House.\n\n"
             "Council - Wednesday, 3rd March, 2021 1\n")
    second = ("4. PETITIONS\n\nNo petitions were received.\n\n5. MOTION – AIR QUALITY\n\n"
              "RESOLVED – THAT air quality monitors be installed.\n\n"
              "Council - Wednesday, 3rd March, 2021 2\n")
    (meeting,) = pdf_meetings((first, second))
    assert meeting.date == date(2021, 3, 3)
    assert [i.title for i in meeting.items] == [
        "MINUTES", "APOLOGIES", "DEPUTATIONS", "PETITIONS", "MOTION – AIR QUALITY"]


def test_an_annual_meeting_then_the_monthly_one_each_numbered_from_their_attendance() -> None:
    """'Minutes of the Annual General Meeting held on the 16th May 2022 …' over '1. PRESENT:
    Cllrs …' opens the record (the numbered list is its attendance, not an item's minute);
    'Minutes of the Monthly Meeting held on the 16th May 2022 following the Annual General
    Meeting' over its own '1. PRESENT:' is the second meeting; a list numbered '1.' as the
    first item is too ('1. PRESENT' / '1. WELCOME AND APOLOGIES') is an item as numbered."""
    text = ("LLWYNDERW COMMUNITY COUNCIL\n\nMinutes of the Annual General Meeting held on the 16th "
            "May 2022 at Llwynderw Village Hall at 7.30pm\n\n1. PRESENT: Cllrs Ann Bell (Chair); "
            "Tom Reid; Ruth Lowe; Nia Lewis (Clerk)\n1. WELCOME AND APOLOGIES: The Chair "
            "welcomed everyone. Apologies were received from Cllr Dee.\n2. ELECTION OF CHAIR: "
            "Cllr Reid proposed Cllr Lowe, seconded by Cllr Bell. Cllr Lowe was elected.\n"
            "3. STANDING ORDERS: It was agreed to readopt the Standing Orders.\n\n"
            "Minutes of the Monthly Meeting held on the 16th May 2022 following the Annual "
            "General Meeting\n\n1. PRESENT: As above, with Cllr Lowe in the Chair.\n"
            "2. APOLOGIES: Cllr Dee.\n3. PLANNING: The Council agreed to offer no objection.\n"
            "4. FINANCE: It was resolved to pay the accounts.\n")
    meetings = text_meetings(text)
    assert [m.date for m in meetings] == [date(2022, 5, 16), date(2022, 5, 16)]
    assert [i.title for i in meetings[0].items] == [
        "PRESENT", "WELCOME AND APOLOGIES", "ELECTION OF CHAIR", "STANDING ORDERS"]
    assert [i.title for i in meetings[1].items] == [
        "PRESENT", "APOLOGIES", "PLANNING", "FINANCE"]


def test_an_association_s_committee_meeting_after_its_annual_meeting_opens_its_own_record() -> None:
    """'WESTERN ASSOCIATION' / 'OF' / 'LOCAL COUNCILS' names the body (an association of local
    councils is a body as a council is); after its Annual Meeting, 'EXECUTIVE COMMITTEE' /
    'Meeting held at … after the Annual Meeting on Wednesday 6th' / 'May 2020' /
    'Present: …' is the committee's own meeting of that day."""
    text = ("WESTERN ASSOCIATION\nOF\nLOCAL COUNCILS\n\nMINUTES\n\nOf the Annual Meeting held "
            "at The Guildhall, Porthwen at\n10am on Wednesday 6th May 2020\n\n"
            "Present: Cllr Ann Bell (Chair), Cllr Tom Reid, Cllr Ruth Lowe\n\n"
            "1. Apologies\nCllr Dee.\n\n2. Subscriptions\nIt was agreed to hold subscriptions."
            "\n\nThe meeting closed at 11.50am.\n\nEXECUTIVE COMMITTEE\n\nMeeting held at The "
            "Guildhall, Porthwen after the Annual Meeting on Wednesday 6th\nMay 2020\n\n"
            "Present: Cllr Tom Reid (Chair), Cllr Ann Bell\n\n1. Apologies\nCllr Lowe.\n\n"
            "2. Training Programme\nIt was agreed to hold two sessions in the autumn.\n\n"
            "3. Date of Next Meeting\nWednesday 2nd September 2020.\n")
    meetings = text_meetings(text)
    assert [(m.committee, m.date) for m in meetings] == [
        ("Western Association of Local Councils", date(2020, 5, 6)),
        ("Western Association of Local Councils — Executive Committee", date(2020, 5, 6))]
    assert [i.title for i in meetings[1].items] == [
        "Apologies", "Training Programme", "Date of Next Meeting"]


def test_an_agenda_over_minutes_whose_heading_names_the_council_in_small_letters() -> None:
    page = ("Tidwick Parish Council\n\nNotice, Summons and Agenda for a Meeting of the full "
            "council on\n\n12 March 2024 at 7:00pm in Tidwick Hall\n\n"
            "Item Ref Agenda Item Report By\n\n"
            "031/24 To receive apologies.\n\nChair\n\n032/24 Consider minutes of meeting 13 "
            "February 2024\n\nChair\n\nMinutes\n\nMinutes of the meeting of the full council held "
            "at 7.00pm on 12th March 2024 in Tidwick Hall\n\nIn attendance: Cllr A Gale (Chair), "
            "Cllr B Ives\n\n031/24 Apologies\n\nNone.\n\n032/24 Minutes of meeting 13 February "
            "2024\n\nApproved as a true record.\n")
    assert {meeting.date for meeting in text_meetings(page)} == {date(2024, 3, 12)}


def test_a_record_s_heading_dates_it_under_a_page_s_account_of_earlier_meetings() -> None:
    """A council page explains why the meeting was put off ('At its meeting on 9th June 2021
    the Council agreed …') and then sets out the minutes under their own heading."""
    menu = "".join(f"<li>{entry}</li>" for entry in [
        "Home", "Council", "Meetings", "Community", "News", "Contact Us", "Councillors",
        "The Clerk", "Policies", "Finance & Transparency"])
    page = (
        "<p>Skip to main content</p><p>Kelby Parish Council</p><p>Search</p>"
        f"<ul>{menu}</ul><p>You are here: Home &gt; Council &gt; Annual Parish Meeting</p>"
        "<h1>Annual Parish Meeting</h1><p>The electors of the parish meet once a year. Last "
        "spring's meeting was called off. At its meeting on 9th June 2021 the Parish Council "
        "chose to hold it after the summer instead, and the electors met on 12th October "
        "2021.</p><p>The 2022 meeting will return to the usual spring date.</p>"
        "<p>Reports are welcome.</p><h2>Minutes</h2>"
        "<h3>KELBY PARISH COUNCIL MINUTES OF THE ANNUAL PARISH MEETING</h3>"
        "<p>held in Kelby Memorial Hall on Tuesday 12th October 2021 at 7.00pm</p>"
        "<p><strong>Present:</strong> Cllr Ann Ash (Chair), Cllr Ben Bell; 23 electors.</p>"
        "<h3>1. Welcome and apologies</h3><p>The Chair welcomed everyone.</p>"
        "<h3>2. Chair's report</h3><p>The Chair reported on the year.</p>"
        "<h3>3. Date of next meeting</h3><p>Tuesday 10th May 2022.</p>")
    [meeting] = html_meetings(page)
    assert meeting.date == date(2021, 10, 12)


def test_the_meeting_that_approved_the_minutes_does_not_date_them() -> None:
    text = "\n".join([
        "Skip to Main Content", "Kelby Parish Council", "Home", "Meetings", "Log In", "",
        "Minutes January 2017", "", "Approved at the meeting of 14th February 2017", "",
        "- 1411 -", "",
        "KELBY ST ANNE PARISH COUNCIL MEETING HELD on MONDAY 9th January 2017 at 7.30 pm IN THE "
        "PARISH HALL", "",
        "PRESENT: Chair Cllr H Ash & Cllrs R Bell, A Cole, Parish Clerk.", "",
        "1. Apologies – Cllr Dunn and Cllr Eves", "",
        "2. Declaration of Interests – none", "",
        "3. Planning – Cllr Bell proposed that the Council support the application, seconded "
        "Cllr Cole, all in favour.", "",
        "4. Minutes of the meeting held December 5th 2016 were APPROVED by all.", "",
        "5. Clerk's Report – The auditor's certificate had been received.", "",
        "6. Date of next meeting – 14th February 2017", ""])
    [meeting] = text_meetings(text)
    assert meeting.date == date(2017, 1, 9)


def test_a_heading_wrapped_inside_its_date_dates_the_agenda_before_earlier_minutes() -> None:
    """A community council's agenda, its heading wrapped between the day and the month, then
    the last meeting's minutes on the next page."""
    from indexer.records import HEADING_MARK as b

    agenda = (f"{b}KELBY & ASHTON COMMUNITY COUNCIL - MEETING ON TUESDAY 10\n"
              f"{b}MAY 2016 IN THE KELBY SCHOOL AT 7.30PM\n\n{b}AGENDA\n\n1. Apologies\n\n"
              "2. Approval of Minutes of Meeting held on Tuesday 12 April 2016\n\n"
              "3. Police Report\n\n4. Finance\n\n5. Planning\n\n6. AOCB\n")
    minutes = (f"{b}KELBY & ASHTON COMMUNITY COUNCIL\n\n"
               f"{b}MINUTES OF THE MEETING HELD ON TUESDAY 12 APRIL 2016 IN THE KELBY SCHOOL\n\n"
               "PRESENT Mr R Ash\nMrs A Bell\n\n"
               f"{b}1. APOLOGIES\n\nMr D Cole\n\n{b}2. POLICE REPORT\n\nNo crimes reported.\n\n"
               f"{b}3. FINANCE\n\nThe balance was noted.\n\n{b}4. PLANNING\n\nNo applications.\n")
    meetings = pdf_meetings((agenda, minutes))
    assert [(m.kind, m.date) for m in meetings] == [
        ("agenda", date(2016, 5, 10)), ("minutes", date(2016, 4, 12))]


def test_a_summons_dates_its_meeting_not_the_clerks_signature_or_the_last_minutes() -> None:
    """'… will meet on …' and '… will be held on …' near a summons' start are its meeting's
    day; the clerk's dated signature and the minutes it asks to approve are not."""
    notice = "\n".join([
        "Dunmarsh", "Parish", "Council", "", "Clerk to the Council", "The Old School",
        "Dunmarsh", "", "NOTICE OF A MEETING OF THE PARISH COUNCIL", "",
        "Members of Dunmarsh Parish Council will meet online on Wednesday 3rd March 2021 at",
        "7.30pm; the joining link is given at the foot of this notice.", "",
        "AGENDA", "", "1. To receive apologies for absence", "",
        "2. To receive declarations of interest in items on this agenda", "",
        "3. To approve the minutes of the meeting held on 3rd February 2021", "",
        "4. To consider planning applications received", "",
        "5. To receive the Clerk's report and correspondence", "",
        "P Hallam", "Clerk to the Parish Council", "24th February 2021", ""])
    assert [m.date for m in text_meetings(notice)] == [date(2021, 3, 3)]
    flattened = ("Dunmarsh Parish Council – notice of meeting. Councillors are summoned: the "
                 "Council's meeting will be held on Tuesday 9th March 2004 at 7.45pm at the "
                 "School. Agenda 1. Apologies for absence 2. To approve the minutes of 10th "
                 "February 2004 3. Planning applications 4. Correspondence")
    assert [m.date for m in text_meetings(flattened)] == [date(2004, 3, 9)]


def test_the_next_meeting_s_day_deep_in_a_flattened_record_does_not_date_it() -> None:
    """Minutes flattened onto one line end with 'The next meeting … will be held on …': far
    into the line, that is the last item, not the record's own day."""
    text = ("Dunmarsh Town Council Minutes C1/01 Apologies Councillor Ames sent apologies. "
            "C1/02 Minutes The minutes of the meeting held on 8th April 2014 were approved and "
            "signed. C1/03 Planning The Council considered three applications and raised no "
            "objection to any of them after a short discussion of the parking on Mill Lane. "
            "C1/04 Date of Next Meeting The next meeting of the Town Council will be held on "
            "Tuesday 10th June 2014 at 7.00pm.")
    assert all(m.date != date(2014, 6, 10) for m in text_meetings(text))


def test_an_entry_s_account_of_a_meeting_under_a_page_s_introduction_does_not_date_it() -> None:
    """A page of the committee's responses, its introduction, then entries: 'At its meeting
    on …' inside an entry tells of one of several meetings, not the page's."""
    from indexer.records import HEADING_MARK as b

    page = "\n".join([
        f"{b}Planning Responses", "",
        "This page lists the committee's replies to the district council's consultations, "
        "newest first, with a link to each application.", "",
        f"{b}DC/24/0110 – Orchard House, Mill Lane", "",
        "Replacement garage and new driveway.", "",
        "At its meeting on 12 March 2024 the Planning Committee agreed to raise no objection.",
        "", f"{b}DC/24/0131 – Land east of Stowe Road", "", "Two new dwellings.", "",
        "Planning Committee response (9 April 2024): Object.", ""])
    assert all(m.date != date(2024, 3, 12) for m in text_meetings(page))


def test_a_note_of_an_earlier_meeting_put_before_the_meeting_opens_no_record() -> None:
    """'Record of Tenants' Group Meeting - 4 October 2022' / 'There was submitted the record of
    …': an item about an earlier meeting's record, under the meeting page's own date."""
    text = """Meeting Summary

Glenmuir Tenants Forum

14 Nov 2022 - 18:00 to 19:30

1. Apologies

Apologies were intimated on behalf of two members.

2. Minute of Previous Meeting

The Minute of the meeting held on 5 September 2022 was submitted and approved.

Record of Tenants' Group Meeting - 4 October 2022

There was submitted the record of the meeting of the Forum's tenants' group on 4 October 2022.

DECIDED: That the record be received.

3. Repairs Update

The housing officer gave an update on the repairs backlog.
"""
    meetings = text_meetings(text)
    assert [m.date for m in meetings] == [date(2022, 11, 14)]


def test_a_document_site_s_title_of_another_day_gives_way_to_the_record_s_own_heading() -> None:
    """A document site's title for the upload ('Annual Meeting of the Town Council held on …'
    of another year) over the council's name and the record's own dated heading: the record's."""
    text = "\n".join([
        "papershare", "Browse", "Upload", "Sign in", "Categories", "Local government",
        "Annual Meeting of the Town Council held on Tuesday 11th May 2010", "",
        "sponsored", "",
        "ELMSTEAD TOWN COUNCIL",
        "Meeting of the Council held on Tuesday 8th March 2016 at 7pm",
        "Councillors: A Bright, C Dale, E Frost, G Hale", "",
        "1. Apologies", "Apologies were received from Councillor Inch.", "",
        "2. Minutes", "The minutes of the meeting held on 9th February 2016 were approved.", "",
        "3. Planning", "The Council raised no objection to the two applications.", ""])
    assert [m.date for m in text_meetings(text)] == [date(2016, 3, 8)]


def test_a_pages_breadcrumb_download_and_related_links_open_no_meetings() -> None:
    """'You are here: Home > … > Minutes - 14 May 2025', 'Download: Minutes - 14 May 2025 (PDF,
    90KB)' and 'Related pages: Agenda - 14 May 2025 | Minutes - 9 April 2025': links, not
    meetings of their own."""
    text = "\n".join([
        "You are here: Home > Council Business > Minutes > Minutes - Wednesday 14th May 2025", "",
        "Minutes of the Meeting of Elmley Parish Council held at the Hall at 7.30pm on "
        "Wednesday 14th May 2025", "",
        "Present: Mr A Ash (Chairman), Mrs B Bell, Mr C Cole", "",
        "1. Apologies", "Mrs Dunn – accepted.", "",
        "2. Minutes", "The minutes were signed as a true record.", "",
        "3. Planning", "No applications had been received.", "",
        "Download: Minutes - Wednesday 14th May 2025 (PDF, 90KB)",
        "Related pages: Agenda - Wednesday 14th May 2025 | Minutes - Wednesday 9th April 2025",
        ""])
    assert [(m.date, [item.title for item in m.items]) for m in text_meetings(text)] == [
        (date(2025, 5, 14), ["Apologies", "Minutes", "Planning"])]


@pytest.mark.parametrize("opening, day", [
    ("Allerby Group Parish Council\nNotes of the Burial Committee\n"
     "The Institute, Thursday 5th October 2023 at 7pm\nAttendees\nCllr A Ash, "
     "Cllr B Bell", date(2023, 10, 5)),
    ("HARBOUR BOARD\n\nQuarterly meeting\n\n14:00 on 2nd March 2022 – The Harbour Office, "
     "Quay Street", date(2022, 3, 2)),
    ("Minutes 14/3/13\nChair: Cllr A Ash\nCouncil Meeting\nOn Thursday 14th "
     "March, 2013, 7 pm at the Old School\nPresent: Cllr Ash, Cllr Bell",
     date(2013, 3, 14)),
    ("ALLERBY TOWN COUNCIL\nMINUTES OF THE FESTIVAL GROUP\nHELD IN THE LIBRARY\n"
     "ON FRIDAY 5 MARCH 2010 AT 2.00PM\nPresent: Councillors Ash and Bell.",
     date(2010, 3, 5)),
])
def test_a_short_line_giving_the_meeting_s_day_and_hour_dates_it(opening: str, day: date) -> None:
    """Under a body's name, a line of its own with a date and the hour beside it is when the
    meeting sat, wherever the place stands on it."""
    assert [m.date for m in text_meetings(f"{opening}\n{ITEMS}")] == [day]


@pytest.mark.parametrize("opening", [
    "Allerby Parish Council\nPosted on Tuesday 14th November 2023 at 6.30pm",
    "Allerby Parish Council\n14/11/2023, 18:30 Burial Committee | Allerby Parish Council",
    "Allerby Parish Council\nNext meeting: Tuesday 14th November 2023 at 6.30pm",
    "Allerby Parish Council\nThe Council thanked the Reading Room's trustees for the use of the "
    "hall on Tuesday 14th November 2023 at 6.30pm and for their help",
])
def test_a_post_s_print_s_or_next_meeting_s_day_and_hour_do_not_date_it(opening: str) -> None:
    """A post's or a print's time, the next meeting's, or a sentence's event, is not when the
    meeting sat."""
    assert [m.date for m in text_meetings(f"{opening}\n{ITEMS}")] == [None]


def test_a_report_s_opening_sentence_of_when_the_council_met_dates_it() -> None:
    """'The Parish Council met on Monday 8th March 2021 at the school.' opening an
    undated report of the meeting: that day."""
    text = ("Allerby Parish Council news\n\nThe Parish Council met on Monday 8th March "
            "2021 at the school. Five councillors came, and the Clerk.\n\n"
            "Footpaths. The broken stile at Mill Lane will be reported to the County.\n\n"
            "Playing field. The Council agreed to buy two new benches.\n\n"
            "Planning. No objection was raised to the barn conversion at Low Farm.\n")
    assert [m.date for m in text_meetings(text)] == [date(2021, 3, 8)]


def test_a_page_title_of_the_meeting_s_day_then_its_body_dates_the_record() -> None:
    """'June 6, 2019 - Library Board' as a document site's title over the record."""
    text = ("Home\nMy Documents\nJune 6, 2019 - Library Board\n"
            "LIBRARY BOARD MINUTES READING ROOM\n" + ITEMS)
    assert [m.date for m in text_meetings(text)] == [date(2019, 6, 6)]


@pytest.mark.parametrize(("title", "committee", "day"), [
    ("Town Board Minutes for March 12, 2007", "Town Board", date(2007, 3, 12)),
    ("Minutes of 4 May 2010", "", date(2010, 5, 4)),
])
def test_a_record_titled_minutes_for_or_of_its_day(title: str, committee: str, day: date) -> None:
    """'Town Board Minutes for March 12, 2007' over who was present: the record and its day."""
    (meeting,) = text_meetings(
        f"{title}\n\nPresent: Chairperson R Kowal, Supervisors G Hale and M Braun.\n\n"
        "1. Road Report\nThe patrolman reported on the sand supply.\n\n"
        "2. Bills\nIt was agreed to pay the bills.\n\n3. Adjournment\nThe meeting closed.\n")
    assert (meeting.committee, meeting.date) == (committee, day)
    assert [item.title for item in meeting.items] == ["Road Report", "Bills", "Adjournment"]


def test_a_post_s_title_over_its_posting_day_and_who_was_present_in_prose() -> None:
    """'Town Board Minutes for March 12, 2007' / 'Posted: March 13, 2007' / '… Supervisors G
    Hale and M Braun … were present.': the meeting's day is the title's, not the next
    meeting's named at the end."""
    (meeting,) = text_meetings(
        "Town Board Minutes for March 12, 2007\n\nPosted: March 13, 2007\n\n"
        "Call to Order. The chair called the meeting to order at 7:00 p.m. Supervisors G Hale "
        "and M Braun and Clerk P Dett were present.\n\n"
        "Road Report: The patrolman reported on the sand supply.\n\n"
        "Audit/Pay Bills: Moved by G Hale to pay the bills. Motion carried\n\n"
        "Set Next Meeting Date: The next meeting will be March 26, 2007.\n")
    assert meeting.date == date(2007, 3, 12)
