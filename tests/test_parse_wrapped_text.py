"""Minutes saved as text with their lines wrapped at a fixed width, as e-mail and older word
processors save them, or with every line a paragraph of its own, as some sites publish them:
neither must change what is read."""

from __future__ import annotations

from datetime import date

from indexer.records import HEADING_MARK as BOLD
from tests.fixtures.minutes import html_meetings, text_meetings

LETTERED = """ELLMOUTH BOROUGH COUNCIL

LICENSING SUB-COMMITTEE

Minutes of a meeting held on 22nd May, 2025.

Present:  Councillors A.B. Hurst, Mrs. C.D. Lowe and E.F. Marsh.

(a)       Appointment of Chairman

Councillor E.F. Marsh was elected Chairman for the duration of the
hearing.

(b)       Declarations of Interest

No declarations were received.

(c)        Licensing Act 2003 - Application for a Premises Licence - The
Old Mill Tearooms, Quay Lane, Ellmouth

The Sub-Committee heard from the applicant and from the police.

RESOLVED that the licence be granted subject to the conditions agreed.

(d)       Hackney Carriage and Private Hire Driver's Licence - Mr. T.R.
(Exempt Information - Paragraph 12)

The driver addressed the Sub-Committee.

RESOLVED that the licence be suspended for one month.
"""


def test_lettered_headings_wrapped_onto_the_next_line_stay_items() -> None:
    items = text_meetings(LETTERED)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("a", "Appointment of Chairman"),
        ("b", "Declarations of Interest"),
        ("c", "Licensing Act 2003 - Application for a Premises Licence - The Old Mill Tearooms, "
              "Quay Lane, Ellmouth"),
        ("d", "Hackney Carriage and Private Hire Driver's Licence - Mr. T.R. (Exempt Information"
              " - Paragraph 12)"),
    ]


BOARD = """NHS ELLMOUTH

Minute of Meeting of ELLMOUTH NHS BOARD held in Open Session
on Thursday 4 June 2026 at 10.00am

Present: Mr Alan Kerr (Chair), Dr Iona Fyfe, Mrs Jean Rennie

1. / APOLOGIES
Apologies were received from Mr Ross Gunn.
2. / MINUTE OF MEETING HELD ON 2 APRIL 2026
The Board approved the minute subject to amendment of the list of those
present to include Mrs J Rennie.
3. / WINTER PLAN
Dr Fyfe presented the Winter Plan, which had been developed jointly with
the partnership.
4. / DATE OF NEXT MEETING
Thursday 6 August 2026.
"""


def test_a_wrapped_sentence_that_opens_with_present_lists_nobody() -> None:
    meetings = text_meetings(BOARD)
    assert [(m.date, [item.number for item in m.items]) for m in meetings] == [
        (date(2026, 6, 4), ["1", "2", "3", "4"])]


DOUBLE = """ELLMOUTH PARISH COUNCIL

Minutes of Parish Council 14 February 2024

THOSE ATTENDING: Cllr B Ashton (Chair), Cllr T Crane, Cllr R Dent

C112/23      1.         APOLOGIES FOR ABSENCE

Cllr S Fenwick.

C113/23      2.         TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH
COUNCIL MEETING HELD ON
                        10 JANUARY 2024.

The meeting agreed the minutes represented a true record of the meeting.

C114/23      3.         PLAYING FIELD

The Clerk reported that the new gate had been fitted.

C115/23      4.         DATE OF NEXT MEETING

13 March 2024.
"""


def test_a_wrapped_heading_of_earlier_minutes_under_a_double_number_opens_no_meeting() -> None:
    meetings = text_meetings(DOUBLE)
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2024, 2, 14), 4)]


BRACKETED = """ELLMOUTH PARISH COUNCIL

MINUTES OF THE PARISH COUNCIL MEETING HELD ON WEDNESDAY 9th November 2016

Present:\tCllr A Gledhill (Chair), Cllr B Sowerby, Cllr C Haigh

Minute\tAgenda
\titem

112/16\t(1)\tAPOLOGIES FOR ABSENCE
\t\tApologies were received and accepted from Cllr Walsh.

113/16\t\tCHAIRMAN'S ANNOUNCEMENTS
\t\tThe Chair thanked the chapel volunteers.

114/16\t(2)\tMINUTES OF THE MEETING HELD ON 12th OCTOBER 2016
\t\tRESOLVED that the minutes be approved as a correct record.

115/16\t(3)\tPLANNING
\t\tThe following applications were considered: no objection.
"""


def test_a_minutes_reference_then_the_agendas_number_in_brackets() -> None:
    """'112/16 (1) APOLOGIES FOR ABSENCE': a column of minute references, then one of agenda
    numbers in brackets (blank where the item was added), then the heading."""
    items = text_meetings(BRACKETED)[0].items
    assert [(item.number, item.agenda_ref, item.title) for item in items] == [
        ("112/16", "1", "APOLOGIES FOR ABSENCE"), ("113/16", "", "CHAIRMAN'S ANNOUNCEMENTS"),
        ("114/16", "2", "MINUTES OF THE MEETING HELD ON 12th OCTOBER 2016"),
        ("115/16", "3", "PLANNING")]
    assert items[2].decision == "resolved"


PLANNING = """ELLMOUTH COUNTY COUNCIL

PLANNING COMMITTEE

Minutes of the meeting held on 9 March 2026.

Present: Councillor Ann Pryce (Chair), Councillors Huw Bevan and Eifion Rees.

1. APOLOGIES

None.

2. PLANNING APPLICATIONS

The Committee considered the following applications for development.
Details of the applications were expanded upon and questions were
answered.

2.1 Application No C25/0812 – Land adjacent to Bryn Glas, Ellmouth

RESOLVED to approve the application in accordance with the recommendation.

2.2 Application No C25/0907 – Former Chapel, Heol Fawr

RESOLVED to refuse the application.

3. DATE OF NEXT MEETING

30 March 2026.
"""


def test_sub_items_follow_an_introduction_that_wraps() -> None:
    items = text_meetings(PLANNING)[0].items
    assert [item.number for item in items] == ["1", "2", "2.1", "2.2", "3"]


TIGHT = """Ellmouth Community Council

Minutes of the meeting held on 11 November 2009 in the Village Hall

Present: Fiona Ross (Chair), Iain Reid, Sandy Moir, Catriona Lyle

Apologies
Apologies were received from Hugh Dale, who was away on business for the
council this month.

Police
PC Dalgety informed the council that there had been three reported
incidents in the area since August, two of them thefts of diesel from
farm tanks.

Shore path
Peter Moffat raised the state of the shore path beyond the slipway, which
has been washed out in two places. Iain Reid will write to the roads
department.

Bank account
Catriona Lyle explained that a new account is needed with three
signatories. It was agreed that the Chair, Secretary and Treasurer be
signatories.

Date of next meeting
Wednesday 9 December 2009 at 7.30pm.
"""


def test_headings_over_wrapped_paragraphs_are_items() -> None:
    items = text_meetings(TIGHT)[0].items
    assert [item.title for item in items] == [
        "Apologies", "Police", "Shore path", "Bank account", "Date of next meeting"]


DETAILS = """<html><head><title>Approved Minute - 22 January 2026</title></head><body><main>
<p>Ellmouth Police Authority</p>
<p>Approved Minute - 22 January 2026</p>
<p>Download: Approved Minute - 22 January 2026 (PDF, 212KB)</p>
<p>Meeting of the Ellmouth Police Authority - 22 January 2026</p>
<p>Date : 22 January 2026</p>
<p>Location : Tay Suite, Authority Headquarters, Ellmouth</p>
<p>PRESENT</p>
<p>Authority Members: Martin Gow (Chair), Rhona Bain, Colin Purves</p>
<p>INTRODUCTION AND WELCOME</p>
<p>The Chair welcomed everyone to the meeting.</p>
<p>DECLARATIONS OF INTEREST</p>
<p>There were no declarations of interest.</p>
<p>POLICING PERFORMANCE REPORT</p>
<p>The Chief Constable presented the report. The Authority noted the report.</p>
<p>ANY OTHER BUSINESS</p>
<p>There was no other business.</p>
</main></body></html>"""


def test_a_pages_details_set_as_paragraphs_are_not_run_in_headings() -> None:
    (meeting,) = html_meetings(DETAILS)
    assert [i.title for i in meeting.items] == [
        "INTRODUCTION AND WELCOME", "DECLARATIONS OF INTEREST", "POLICING PERFORMANCE REPORT",
        "ANY OTHER BUSINESS"]


def test_a_bold_heading_closed_by_its_colon_on_the_line_its_text_starts() -> None:
    """'2. Talk by Ms Ure of Pinnock Homes on the plans for a site off the' in bold, then
    'Osier Lane roundabout: Ms Ure showed the layout …': the heading wraps to its colon, and
    its text runs on after it."""
    (meeting,) = text_meetings(
        "Ellmouth Town Council\n\nMinutes of the meeting held on Tuesday 5 November 2019\n\n"
        f"{BOLD}1. Apologies:\nCllr Dane.\n\n"
        f"{BOLD}2. Talk by Ms Ure of Pinnock Homes on the plans for a site off the\n"
        "Osier Lane roundabout: Ms Ure showed the layout of the 24 houses and took questions\n"
        "from members.\n\n"
        f"{BOLD}3. Date of next meeting:\nTuesday 3 December 2019.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Talk by Ms Ure of Pinnock Homes on the plans for a site off the Osier Lane "
              "roundabout"),
        ("3", "Date of next meeting")]
    assert meeting.items[1].text.startswith("Ms Ure showed the layout")


def test_headings_over_one_sentence_and_a_minutes_heading_over_their_confirmation() -> None:
    """'Minutes' over 'On the proposal of …, the minutes of the meeting of 18th June 2007 were
    confirmed' heads the item confirming them; 'Monthly Reports' over a sentence of nine words
    is a heading though its prose is short."""
    items = text_meetings(
        "Pengarth Town Council\n\nMINUTES OF JULY MONTHLY MEETING OF PENGARTH TOWN COUNCIL HELD "
        "ON 16TH JULY 2007\n\nPresent: Cllrs. M. Brady, T. Clarke, F. Fitzsimons.\n\n"
        "Minutes\nOn the proposal of Cllr. M. Brady, seconded by Cllr. T. Clarke, the minutes of "
        "the\nmeeting of 18th June 2007 were confirmed.\n\n"
        "Matters Arising\nCllr. T. Clarke asked whether the new litter bins for Market Square "
        "had been\nordered. The Town Clerk confirmed that they would be delivered in August.\n\n"
        "Correspondence\nThe following letters were marked as read: a letter from the regional "
        "tourism\nauthority, and one from the Tidy Towns Committee thanking the Council.\n\n"
        "Monthly Reports\nThe monthly reports circulated with the agenda were noted.\n\n"
        "Manager's Orders\nNo Manager's Orders had been circulated for this meeting.\n\n"
        "Date of Next Meeting\nThe next monthly meeting will be held on Monday 17th September "
        "2007.\n")[0].items
    assert [item.title for item in items] == [
        "Minutes", "Matters Arising", "Correspondence", "Monthly Reports", "Manager's Orders",
        "Date of Next Meeting"]


def test_a_title_wrapped_after_its_colon_keeps_the_colon() -> None:
    (meeting,) = text_meetings(
        "MINUTES of the Policy Committee held on 12 November 2021\n\n"
        "Present: Councillors A Reed (Chair), B Stone and C Wood.\n\n"
        "37 APOLOGIES\nThere were no apologies.\n\n"
        "38 MATTERS ARISING SCHEDULE\nThere were no matters arising outstanding.\n\n"
        "39 RECOMMENDATION FROM COMMUNITIES COMMITTEE RE:\n"
        "COMMUNITY GRANTS SCHEME CRITERIA 2022/23\n"
        "The Committee gave its approval to the criteria.\n\n"
        "40 DATE OF NEXT MEETING\nThe next meeting will be held on 10 December 2021.\n")
    assert [i.title for i in meeting.items][2] == (
        "RECOMMENDATION FROM COMMUNITIES COMMITTEE RE: COMMUNITY GRANTS SCHEME CRITERIA 2022/23")


def test_a_title_cut_inside_its_date_goes_on_to_the_month_and_year() -> None:
    text = """HOLTBY PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 14 March 2022 at 7pm in the Hall.

Present: Councillor Owen Tolland, Councillor Jess Breck, Councillor Rhys Vinnicombe

1. Apologies
None.

2. Approval of the Minutes of the Parish Council Meeting held on 9
March 2022
The minutes were approved and signed as a true record.

3. Date of next meeting
11 April 2022.
"""
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Apologies",
        "Approval of the Minutes of the Parish Council Meeting held on 9 March 2022",
        "Date of next meeting"]


NO_BLANK_LINES = """Minutes of the Parish Council Meeting held on Tuesday, 8 th
March, 2005 at 7.30 p.m. in the Reading Room.
Present: Cllrs Oakes (Chairman), Venn, Rudd & Marlow. Clerk Mrs. P. Gale.
The minutes of the meeting held on 8 th February, 2005 were approved and signed.
Pond Lane – The Clerk had written to the County Council about the flooding outside the
forge and a reply was awaited. Cllr. Venn would photograph the drain.
Bus Shelter – The Clerk reported that the new glass had been fitted.
Village Sign – Cllr. Rudd reported that the repainted sign would be put back in April; the
cost of £85 was met from the grant.
Playing Field – The mower had been serviced and cutting would begin in May.
Finance – The following accounts were approved for payment: Clerk's salary £240.00, hall
hire £12.00. Pro: Cllr. Marlow Sec. Cllr. Rudd.
Planning – The Council had no objection to 05/0117, a porch at 2 Mill Row.
Any Other Business – Cllr. Oakes asked that the hedge at the school gate be cut back.
Date of next meeting – Tuesday 12 th April, 2005 at 7.30 p.m.
"""


def test_wrapped_minutes_without_blank_lines_part_where_a_sentence_ends_short_of_width() -> None:
    # Saved from a document site: wrapped at a width, no blank line anywhere, each subject run
    # into its paragraph with a dash; a line that ends a sentence with room for the next line's
    # first word ends the paragraph.
    items = text_meetings(NO_BLANK_LINES)[0].items
    titles = [item.title for item in items]
    assert titles[-8:] == ["Pond Lane", "Bus Shelter", "Village Sign", "Playing Field",
                           "Finance", "Planning", "Any Other Business", "Date of next meeting"]
    assert "forge and a reply was awaited" in items[-8].text
    assert items[-8].text.rstrip().endswith("photograph the drain.")
