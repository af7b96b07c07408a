"""Where a paper's meetings and dates are found: a bilingual summons over decimal entries, an
agenda whose entries list their attachments' pages, a volume of records each under a dated
field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.records import SourceFile
from tests.fixtures.minutes import html_meetings, text_meetings

BILINGUAL_SUMMONS = """COMHAIRLE CONTAE ABHAINN / RIVERMOUTH COUNTY COUNCIL

Cruinniú Míosúil / Monthly Meeting

Dé Máirt, 12 Márta 2024 ag 3.00in / Tuesday, 12th March 2024 at 3:00pm

Clár / Agenda

1.0 Minutes

Minutes of Ordinary Meeting held on 13th February 2024

2.0 Housing Report

Quarterly report on housing allocations.

3.0 Roads Programme

Report of the Director of Roads.
"""


def test_a_bilingual_date_line_dates_the_summons_not_the_minutes_it_lists() -> None:
    meeting = text_meetings(BILINGUAL_SUMMONS)[0]
    assert str(meeting.date) == "2024-03-12"


TIME_FIRST = """OLDBRIDGE TOWN COUNCIL
Minutes of the Meeting of the Estates Committee
7.30 PM 9th April 2024 in the Guildhall

Councillors: Cllr. A. Penn (Chair)

12/24E Apologies for absence
Apologies were received from Cllr. B. Lowe.

13/24E Declarations of Interest
None.

14/24E Allotments
The committee agreed the new tenancy terms.
"""


def test_an_opening_time_before_the_date_is_no_numbered_entry() -> None:
    meeting = text_meetings(TIME_FIRST)[0]
    assert str(meeting.date) == "2024-04-09"


PACK_WITH_MINUTES = """Harbourside District Council

AGENDA

Eastern Bays Community Board Meeting

Thursday, 4 July 2024

1 Opening Prayer

2 Apologies

3 Confirmation of Previous Minutes

Recommendation
That the minutes of 6 June 2024 be confirmed.
Attachments: 1. Board Minutes 6 June 2024 (page 4)

4 Boat Ramp Repairs

Recommendation
That the board approves the repair of the boat ramp.

5 Meeting Close

MINUTES OF EASTERN BAYS COMMUNITY BOARD MEETING

HELD AT THE BAYS HALL ON THURSDAY, 6 JUNE 2024 AT 10.00 AM

PRESENT: Member Ana Rewi (Chair), Member Joe Platt.

1 APOLOGIES

None.

2 HALL HIRE CHARGES

RESOLUTION Moved: Member Platt Seconded: Member Rewi
That the hall hire charges stay as they are. CARRIED

3 MEETING CLOSE

The meeting closed at 11.15 am.
"""


def test_an_agenda_listing_its_attachments_pages_is_read_entry_by_entry() -> None:
    agenda, minutes = text_meetings(PACK_WITH_MINUTES)
    assert str(agenda.date) == "2024-07-04" and str(minutes.date) == "2024-06-06"
    assert [item.title for item in agenda.items] == [
        "Opening Prayer", "Apologies", "Confirmation of Previous Minutes", "Boat Ramp Repairs",
        "Meeting Close"]


VOLUME = """Committee Records - Scrutiny Chairs' Group - 2019

Scrutiny Chairs' Group

Notes kept by the Scrutiny Office

Date: 7th March 2019

Present

Deputy Anne Quérée (President)
Deputy Tom Mauger

1. Previous Notes

The notes of 21st February 2019 were agreed.

2. Review Timetable

The Committee agreed the timetable for the spring reviews.

3. Panel Membership

Deputy Mauger was appointed to the Housing Panel.

Date: 21st March 2019

Present

Deputy Anne Quérée (President)
Deputy Tom Mauger

1. Previous Notes

The notes of 7th March 2019 were agreed.

2. Annual Report

The Group asked for a shorter draft.

3. Future Meetings

Members agreed to meet on the first Thursday of each month.
"""


def test_a_volume_of_records_is_a_meeting_under_each_dated_field() -> None:
    meetings = text_meetings(VOLUME)
    assert [str(meeting.date) for meeting in meetings] == ["2019-03-07", "2019-03-21"]
    assert [len(meeting.items) for meeting in meetings] == [3, 3]


NOTICES = """Notices

PARISH OF ST ANVIL

NOTICES 2nd AND 9th FEBRUARY 2023

CHURCH MEETING

The Vicar and Wardens call a meeting of the Parishioners of St Anvil, to be held
in the Parish Room on Tuesday 21st February 2023 at 7.00 pm, for the following business:

1. To receive the church accounts for 2022.

2. To appoint the auditors for 2023.

3. To fix the church rate for 2023.

PARISH OF ST ANVIL

NOTICES 2nd AND 9th FEBRUARY 2023

PARISH MEETING

The Constables call a meeting of the Parishioners of St Anvil, to be held
in the Parish Room on Tuesday 21st February 2023 at 7.45 pm, for the following business:

1. To approve the parish accounts for 2022.

2. To vote the parish rate for 2023.

3. To approve the new bus shelter at Les Vaux.

4. To fix the time of the parish meetings for 2024.
"""


def test_each_notice_on_a_page_of_notices_convenes_its_own_meeting() -> None:
    meetings = text_meetings(NOTICES)
    assert [str(meeting.date) for meeting in meetings] == ["2023-02-21", "2023-02-21"]
    assert [len(meeting.items) for meeting in meetings] == [3, 4]
    assert meetings[1].items[0].title == "To approve the parish accounts for 2022"


CALLED_IN_MINUTES = """MINUTES OF THE MEETING OF NETHERBY PARISH COUNCIL HELD ON 6 MARCH 2023

Present: Cllr A Hope (Chair), Cllr B Dunn, Cllr C Rudd

1. Apologies

None.

2. Playing Field

The Chair will call a meeting of the Playing Field Working Group to be held
on 20 March 2023 to review the quotations.

3. Finance

The payments were approved.
"""


def test_a_meeting_called_in_an_items_sentence_opens_no_other_meeting() -> None:
    meetings = text_meetings(CALLED_IN_MINUTES)
    assert len(meetings) == 1 and str(meetings[0].date) == "2023-03-06"
    assert [item.title for item in meetings[0].items] == ["Apologies", "Playing Field", "Finance"]


YEARLESS_UNDER_TITLE = """Community Council Minutes - 14th March 2018

Strathbeg CC March 20, 2018

- DRAFT COPY -

Minutes of the meeting of Strathbeg Community Council held on Wednesday, 14th March, in the Hall.

Present: Ann Ross - Chair, Iain Gow, Eilidh Bain.

Matters Arising:
The school crossing light is faulty; Iain Gow is to report it.

Planning:
Two applications were considered and neither drew comment.

Correspondence:
A letter from the bowling club about its lease was noted.
"""


def test_a_records_yearless_heading_under_the_pages_dated_title_is_that_meeting() -> None:
    meetings = text_meetings(YEARLESS_UNDER_TITLE)
    assert [(meeting.committee, str(meeting.date)) for meeting in meetings] == [
        ("Strathbeg Community Council", "2018-03-14")]


ORDER_PAPER = """HARTON VALE CITY COUNCIL

ORDER PAPER

SPECIAL MEETING OF THE COUNCIL
Meeting No. 9902-11 SP

to be held in the Council Chamber, Civic Centre, 12 Quay Street,
Harton Vale, on Tuesday 9 November 1999 from 7.30 pm

MEMBERS: the Mayor (R Tane), Councillors P Vesey, L Mahon

1. APOLOGIES

Councillor Vesey will be away.

2. DECLARATIONS OF INTEREST

Any interest in an item is to be declared.

3. REPORT OF THE WORKS COMMITTEE

The Council is asked to adopt the report.
"""


def test_an_order_paper_is_dated_by_its_day_after_the_place_it_is_to_be_held_in() -> None:
    meeting = text_meetings(ORDER_PAPER)[0]
    assert str(meeting.date) == "1999-11-09"


def test_a_date_line_with_the_meetings_kind_under_it_dates_the_meeting() -> None:
    text = """June 2019 Minutes

Holmbrook Parish Council
3 June 2019 at 7.30 pm in the Chapel Schoolroom
Special Meeting

Present: Cllrs Rhys Amber, Tess Howell and Ian Quill.

1. Apologies

None.

2. Village Green Lease

The lease was agreed for a further ten years.

3. Date of next meeting

1 July 2019.
"""
    assert text_meetings(text)[0].date == date(2019, 6, 3)


def test_a_committee_pages_breadcrumb_names_its_meeting_and_date() -> None:
    page = """Dunmere District Council
You are here: Home > Democracy > Meetings > Planning Committee, 04/03/2015 > Agenda item

Agenda item

Appointment of Chair

Minutes:
Councillor Rita Vane was appointed to chair the meeting.


Dunmere District Council
You are here: Home > Democracy > Meetings > Planning Committee, 04/03/2015 > Agenda item

Agenda item

Land at Coldharbour Farm - two dwellings

Minutes:
The Committee refused the application on the grounds of highway safety.


Dunmere District Council
You are here: Home > Democracy > Meetings > Planning Committee, 18/03/2015 > Agenda item

Agenda item

Appointment of Chair

Minutes:
Councillor Paul Ings was appointed to chair the meeting.
"""
    meetings = text_meetings(page)
    assert [(m.date, len(m.items)) for m in meetings] == [
        (date(2015, 3, 4), 2), (date(2015, 3, 18), 1)]
    assert all(m.committee.endswith("Planning Committee") for m in meetings)


def test_a_page_posted_after_its_meeting_is_dated_by_the_meeting_its_lines_name() -> None:
    """A post's date line over the meeting it tells of: the meeting's own titled line, the
    day the body convened, or 'will meet tomorrow' date it, not the day it was posted."""
    titled = ("Budget & Finance Oct. 16th Meeting\n\nNovember 4, 2019\n\n"
              "Budget & Finance Committee\n\n"
              "Budget & Finance Committee Meeting – October 16, 2019\n\n"
              "Meeting was called to order by the Chair at 7:00 pm.\n\n"
              "1. Public Comment: None.\n\n2. Minutes: The September minutes were approved.\n\n"
              "3. Investments: The Treasurer reported on the reserve fund.\n")
    assert [m.date for m in text_meetings(titled)] == [date(2019, 10, 16)]
    convened = ("The Island Gazette\n\n26th January 2024\n\nThe States convened on Wednesday "
                "17th January 2024 for their Christmas Meeting. Apologies had been received from "
                "Conseiller Anne Mauger.\n\nHarbour dues\n\nConseiller Ozanne proposed "
                "that landing dues rise to £8. The proposal was carried by 11 votes to 4.\n")
    assert [m.date for m in text_meetings(convened)] == [date(2024, 1, 17)]
    tomorrow = ("Millbrook Gazette\n\nNovember 2, 2026\n\nTown Council Agenda\n\n"
                "The Town Council will meet tomorrow night (Tuesday) at 7 p.m. in the Town Hall. "
                "Below is a list of topics to be discussed:\n\n1. Approval of a state grant for "
                "streetlights.\n2. Bid award for the Quarry Lane grit store roof\n"
                "3. Discussion of the library's Saturday hours\n")
    assert {m.date for m in text_meetings(tomorrow)} == {date(2026, 11, 3)}


def test_a_post_telling_of_a_meeting_in_another_month_gives_it_no_day() -> None:
    """'Below is my transcript of two items from the May 2017 meeting' under a post of 14 June:
    the post's date is not the meeting's, and the post does not give the meeting's day."""
    page = ("Westcote Watch\n\nWednesday, 14 June 2017\n\nRead the minutes\n\n"
            "Below is my transcript of two items from the May 2017 meeting of Westcote Parish "
            "Council, taken from the video recording.\n\nItem 8 – Green Lane notice board\n\n"
            "Councillor Thwaite proposed that the board be given to the church. The "
            "Chairman declared the proposal carried.\n\nItem 9 – Verge cutting\n\n"
            "The Clerk said the second cut was booked for July.\n")
    assert [m.date for m in text_meetings(page)] == [None]


def test_minutes_held_on_a_day_with_no_year_are_not_dated_by_an_earlier_post() -> None:
    """A news page's open-day post ('… 12th October 2013 – all welcome'), then the minutes
    post 'Forum – Minutes 15th July 2013' whose heading says 'HELD ON MONDAY 15TH JULY': the
    meeting is 15 July 2013, the year from the post's title, not the open day."""
    text = ("SECOND PUBLIC OPEN DAY – 12th October 2013 – all welcome\n\n"
            "Everyone is welcome at our open day on Saturday, 12th October, from 10.00am.\n\n"
            "Hollinscar Forum – Minutes 15th July 2013\n\n"
            "MINUTES OF MEETING OF HOLLINSCAR NEIGHBOURHOOD FORUM\n\n"
            "HELD ON MONDAY 15TH JULY AT 7.30PM\n\n"
            "Present: Mark Hepworth (Chair), Joanne Stead (Secretary)\n\n"
            "1. Apologies\n\nApologies were received from Sandra Kemp.\n\n"
            "2. Minutes of the meeting held on 17th June\n\nThe minutes were agreed.\n\n"
            "3. Open day\n\nIt was agreed to hold the open day in October.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2013, 7, 15)


def test_minutes_held_on_a_day_with_no_year_under_a_post_titled_by_the_next_day() -> None:
    """A post titled 'Minutes 15th March 2023' (the day it went up) whose record opens 'Held
    on Tuesday 14th March at 7.30pm …': the meeting is 14 March, the year from the title."""
    text = ("Minutes 15th March 2023\n\n"
            "Held on Tuesday 14th March at 7.30pm in the United Reformed Church Hall.\n\n"
            "Present\nHelen Garrod, Simon Beales, Nicola Fenn.\n\n"
            "1. Apologies for Absence\nApologies were received from Susan Bly.\n\n"
            "2. Accuracy of Minutes\nThe minutes were agreed as correct.\n\n"
            "3. Call for Sites\nThe form was amended. This was agreed.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2023, 3, 14)


def test_minutes_dated_by_their_own_yearless_day_line_under_a_blog_posts_date() -> None:
    """A blog post dated 'Sunday, 14 November 2010' over 'Pelling Walk AGM 2010' / 'Minutes' /
    'Tuesday 9 November': the meeting is 9 November 2010, the post went up five days later."""
    page = ("<html><body><h2>Sunday, 14 November 2010</h2><h3>Pelling Walk AGM 2010</h3>"
            "<p>Minutes</p><p>Tuesday 9 November</p>"
            "<p>In attendance: Marion (Chair), Dev (Vice Chair), Grace (Secretary)</p>"
            "<p>1. Chair opened meeting</p><p>- Marion welcomed residents.</p>"
            "<p>2. Approval of last year's minutes</p><p>- The minutes were approved.</p>"
            "<p>3. Chair's Report</p><p>- Marion said it had been a year of small wins.</p>"
            "</body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2010, 11, 9)
    same = page.replace("Tuesday 9 November", "Tuesday 9 November 2010")
    assert html_meetings(same)[0].date == date(2010, 11, 9)


def test_a_blog_archives_posts_are_records_of_their_own_each_dated_by_its_text() -> None:
    """A month's archive of a blog, two posts: each post's date and title in bold over its
    minutes ('Wednesday, 11 November 2009' / 'Quillan Walk AGM 2009' / 'Minutes' / 'Tuesday 10
    November' / 'In attendance: …') is a record of its own, dated by the day it says it met."""
    def post(posted: str, title: str, met: str, first: str) -> str:
        return (f"<h2>{posted}</h2><h3>{title}</h3><p>Minutes</p><p>{met}</p>"
                "<p>In attendance: Tony (Chair), Sue (Vice Chair), Katy (Secretary)</p>"
                f"<p>1. {first}</p><p>- Tony welcomed everyone.</p>"
                "<p>2. Approval of the minutes</p><p>- The minutes were approved.</p>"
                "<p>3. Treasurer's report</p><p>- Cath reported a balance of £410.</p>"
                "<p>4. Any other business</p><p>- None.</p>")
    page = ("<html><body><h1>Quillan Walk TRA</h1><p>Showing posts from November 2009.</p>"
            + post("Wednesday, 25 November 2009", "Committee meeting", "Tuesday 24 November",
                   "Welcome")
            + post("Wednesday, 11 November 2009", "Quillan Walk AGM 2009", "Tuesday 10 November",
                   "Chair opened meeting")
            + "</body></html>")
    assert [(m.date, len(m.items)) for m in html_meetings(page)] == [
        (date(2009, 11, 24), 4), (date(2009, 11, 10), 4)]


MINUTE_BOOK = """COOMBE PARVA PARISH COUNCIL

1
An ORDINARY MEETING of this Parish Council was held in St Barnabas' Church Room on
Tuesday the 8th January 2008 at 7-30pm.
                                                         Action
                                                         by
281   Attendance & Apologies
      Councillors Hannaford, Askew and Tolley attended with the Clerk.   Noted

282   Precept 2008/09
      It was resolved that the precept for 2008/09 be set at £3,250.     Clerk

283   Date of Next Meeting
      Tuesday 11th March 2008 at 7-30pm.

      The meeting closed at 9-10pm.
4
An EXTRAORDINARY MEETING of this Parish Council was held in St Barnabas' Church Room
on Tuesday the 26th February 2008 at 7-30pm to consider planning application
1/2008/0087.
                                                         Action
                                                         by
284   Attendance & Apologies
      Councillors Hannaford, Askew, Bligh and Tolley attended.           Noted

285   Planning Application 1/2008/0087
      The proposal to object was carried by four votes to nil.           Clerk

286   Date of Next Meeting
      Tuesday 11th March 2008 at 7-30pm as already arranged.

      The meeting closed at 8-35pm.
"""


def test_a_minute_books_meetings_open_with_their_sentence_over_a_running_minute() -> None:
    """'An EXTRAORDINARY MEETING of this Parish Council was held in …' (the book's own council,
    its sentence over three lines), then an action column's heading and '284 Attendance &
    Apologies': a meeting of its own, though a page's number ('4') stands over it after the last
    meeting's closing line."""
    meetings = text_meetings(MINUTE_BOOK)
    assert [(m.date, [item.number for item in m.items]) for m in meetings] == [
        (date(2008, 1, 8), ["281", "282", "283"]), (date(2008, 2, 26), ["284", "285", "286"])]


def test_a_pack_s_minutes_are_dated_by_the_fields_over_their_attendance_grid() -> None:
    """A board's pack: its agenda of 23 June 2015, then 'Meeting Minutes' / 'Date: 17 March
    2015' / 'Time:' / 'Venue:' in bold over 'Present:' and a grid of members, then '1.
    Apologies': the minutes, a numbering of their own, are 17 March's."""
    path = Path(__file__).parent / "data" / "extraction" / (
        "written258_growth_board_pack_agenda_council_grid_embedded_minutes_reports.pdf")
    stat = path.stat()
    meetings = parse_document(read_document(SourceFile(path, path.name, "pdf", stat.st_size,
                                                       stat.st_mtime_ns)))
    assert [m.date for m in meetings] == [date(2015, 6, 23), date(2015, 3, 17)]


def test_each_meeting_of_a_volume_titled_by_its_year_is_dated_by_weekday_day_and_month() -> None:
    """'BRINDLECOTE PARISH COUNCIL MINUTES 2013' over the council's meeting 'HELD ON TUESDAY 12th
    February' and its finance committee's 'ON TUESDAY 12th FEBRUARY': 12 February 2013 was a
    Tuesday."""
    text = ("BRINDLECOTE PARISH COUNCIL MINUTES 2013\n\n"
            "MINUTES OF THE MEETING OF THE BRINDLECOTE PARISH COUNCIL HELD ON\n"
            "TUESDAY 12th February at 7.45PM IN THE MEMORIAL HALL\n\n"
            "PRESENT: Councillors: K A Whitmore (Chairman), R Patel\n\n"
            "APOLOGIES: Councillors: H Saddington\n\n****************\n\n"
            "MINUTES OF THE MEETING OF THE FINANCE COMMITTEE ON TUESDAY 12th\n"
            "FEBRUARY AT 7.15PM IN THE LIBRARY\n\n"
            "PRESENT: Councillors; K A Whitmore (Chairman), R Patel\n\n"
            "1. To Receive apologies for Absence:\nNone\n\n"
            "2. Monthly Expenditure Report\nThe Deputy Clerk presented the cheques.\n")
    meetings = text_meetings(text)
    assert meetings and {m.date for m in meetings} == {date(2013, 2, 12)}
