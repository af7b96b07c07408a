"""Principal councils' papers as their committee systems publish them: a Scottish council's
minute with headings in capitals over numbered paragraphs, a committee system's page of agenda
items in a bulleted list, and an agenda page with a contact under each entry."""

from __future__ import annotations

from datetime import date

from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

CAPS_OVER_PARAGRAPHS = """ELLMOUTH COUNCIL - 12 February 2015

Ellmouth, 12 February 2015 at 4 pm.

A Meeting of the ELLMOUTH COUNCIL

PRESENT

Councillor Abbot, Provost; Councillors Birch, Cole, Dane and Eddy.

APOLOGIES

Councillor Fenn.

DECLARATIONS OF INTEREST

1. Prior to consideration of the business on the agenda, Councillor Birch declared an interest \
in paragraph 3 of this minute as a board member of Ellmouth Leisure.

ELLMOUTH COUNCIL

2. There was submitted the minute of the meeting of the Council held on 11 December 2014.

Decided: that the minute be approved.

REVENUE BUDGET 2015/2016 AND COUNCIL TAX

3. There was submitted a report by the Executive Director of Finance on the revenue budget.

Decided: that the revenue budget be approved.

NOTICE OF MOTION - TOWN CENTRE PARKING

4. There was submitted a notice of motion by Councillor Cole on free parking.

Decided: that the motion be remitted to the Environment Committee.
"""


def test_capital_headings_over_numbered_paragraphs_title_the_minutes() -> None:
    (meeting,) = text_meetings(CAPS_OVER_PARAGRAPHS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "DECLARATIONS OF INTEREST"), ("2", "ELLMOUTH COUNCIL"),
        ("3", "REVENUE BUDGET 2015/2016 AND COUNCIL TAX"),
        ("4", "NOTICE OF MOTION - TOWN CENTRE PARKING")]


BULLETED = """<html><head><title>Welcome to Ellmouth Council | Ellmouth Council</title></head>
<body><nav><ul><li><a href="/">Meetings</a></li><li><a href="/c">Committees</a></li></ul></nav>
<main><h1>Meeting Details</h1><h2>Meeting Summary</h2><h3>Council</h3>
<p>19 Mar 2025 - 16:00 to 20:00</p><p>Occurred</p>
<p>Council Chamber, Civic Centre, Ellmouth</p>
<ul><li>Documents</li><li>Attendance</li><li>Webcast</li></ul>
<h2>Documents</h2><h3>Agenda</h3><p>Date: Published Date</p>
<p>Agenda - Council - 19 March 2025 (PDF, 212KB) 10 March 2025</p>
<h2>Agenda Items</h2>
<ul>
<li>1 Declarations of Interest</li>
<li>2 Minutes of Meetings of Committees
<p>Submit volume of minutes of meetings of committees for approval (copy herewith)</p></li>
<li>3 General Fund Revenue Budget 2025/2026 and Council Tax
<p>Submit report by the Chief Officer (Finance) (copy herewith)</p></li>
<li>4 Treasury Management Strategy 2025/2026
<p>Submit report by the Chief Officer (Finance) (copy herewith)</p></li>
</ul></main></body></html>"""


def test_a_bulleted_list_of_numbered_agenda_items_gives_an_item_each() -> None:
    (meeting,) = html_meetings(BULLETED)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Declarations of Interest"), ("2", "Minutes of Meetings of Committees"),
        ("3", "General Fund Revenue Budget 2025/2026 and Council Tax"),
        ("4", "Treasury Management Strategy 2025/2026")]


def test_a_page_titled_by_its_council_names_the_body_under_many_heading_lines() -> None:
    (meeting,) = html_meetings(BULLETED)
    assert meeting.committee == "Ellmouth Council"


CONTACTS = """ELLMOUTH COUNCIL

Minutes of the Scrutiny Committee held on Monday, 10 March 2025

Present: Councillor A Abbot (Chair), Councillors B Birch and C Cole.

1.

Minutes

The minutes of the meeting held on 27 January 2025 were approved.

2.

Highways Investment Programme pdf icon PDF 238 KB

To consider a report of the Director of Place.

Officer contact: Gareth Dane on 0161 474 4905 or email: gareth.dane@ellmouth.gov.uk

Minutes:

Councillor Birch asked about footway repairs.

RESOLVED - That the report be noted.

3.

Bus Network Review pdf icon PDF 312 KB

To consider the final report of the review panel.

Officer contact: Hannah Eddy on 0161 474 3382

Minutes:

RESOLVED - That the report be approved.
"""


def test_a_papers_officer_contact_line_is_no_item() -> None:
    (meeting,) = text_meetings(CONTACTS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Minutes"), ("2", "Highways Investment Programme"), ("3", "Bus Network Review")]


LINKED_APPENDIX = """Ellmouth City Council

Cabinet - Wednesday, 15th October, 2025 4.00 pm

Items
No. Item

Apologies for Absence

Minutes:

Councillor Fenn.

Revenue Budget Monitor pdf icon PDF 339 KB

Additional documents:

    Appendix 1 - Service Area Forecasts, item 2 pdf icon PDF 212 KB

Minutes:

The Leader introduced the report.

Decision:

Cabinet noted the overall budget forecast position.

Capital Programme Monitoring pdf icon PDF 410 KB

Minutes:

The Leader presented the report.

Decision:

Cabinet approved the additions to the Capital Programme.
"""


def test_a_linked_appendix_under_an_item_does_not_end_the_minutes() -> None:
    (meeting,) = text_meetings(LINKED_APPENDIX)
    assert [i.title for i in meeting.items] == [
        "Apologies for Absence", "Revenue Budget Monitor", "Capital Programme Monitoring"]


BOLD = "\ue000"
PLANNING_PAGE = f"""{BOLD}ELLMOUTH COUNTY BOROUGH COUNCIL

{BOLD}MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD ON THURSDAY 14 JUNE 2012

{BOLD}217 APOLOGIES FOR ABSENCE

Apologies were received from Councillor A Abbot.

{BOLD}218 P/12/145/FUL - DEMOLITION OF FORMER CHAPEL AND ERECTION OF 6 NO. TWO

{BOLD}BEDROOM FLATS, CHAPEL STREET, ELLMOUTH

RESOLVED: That the above application be granted.

{BOLD}219 P/12/230/RLX - VARIATION OF CONDITION 4 TO EXTEND OPENING HOURS AT

{BOLD}UNIT 2 QUAY ROAD RETAIL PARK

{BOLD}RESOLVED: That the application be refused.

{BOLD}220 APPEALS

{BOLD}RESOLVED: That the report be noted.
"""


def test_a_long_bold_heading_in_capitals_goes_on_over_its_wrapped_bold_line() -> None:
    (meeting,) = pdf_meetings((PLANNING_PAGE,))
    assert [i.title for i in meeting.items] == [
        "APOLOGIES FOR ABSENCE",
        "P/12/145/FUL - DEMOLITION OF FORMER CHAPEL AND ERECTION OF 6 NO. TWO BEDROOM FLATS, "
        "CHAPEL STREET, ELLMOUTH",
        "P/12/230/RLX - VARIATION OF CONDITION 4 TO EXTEND OPENING HOURS AT UNIT 2 QUAY "
        "ROAD RETAIL PARK",
        "APPEALS"]


def test_a_wrapped_bold_heading_with_its_item_reference_is_read_once() -> None:
    page = (f"{BOLD}ELLMOUTH COUNTY COUNCIL\n\n{BOLD}CABINET\n\n"
            f"{BOLD}MINUTES OF THE MEETING HELD ON 29 APRIL 2025\n\n"
            f"{BOLD}54/25 PROCEDURAL MATTERS [Item 4]\n\nThere were no questions.\n\n"
            f"{BOLD}55/25 REPORTS FROM SELECT COMMITTEES, TASK GROUPS, LOCAL COMMITTEES AND\n\n"
            f"{BOLD}OTHER COMMITTEES OF THE COUNCIL [Item 5]\n\n"
            "Anna Pryce presented the report.\n\n"
            f"{BOLD}56/25 ADULT SOCIAL CARE FEES AND CHARGES [Item 6]\n\n"
            "RESOLVED: That the charges be approved.\n")
    (meeting,) = pdf_meetings((page,))
    assert [i.title for i in meeting.items][1] == (
        "REPORTS FROM SELECT COMMITTEES, TASK GROUPS, LOCAL COMMITTEES AND OTHER COMMITTEES OF "
        "THE COUNCIL")


def test_a_list_restarting_at_every_entry_leaves_the_items_own_numbers() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF ELLMOUTH PARISH COUNCIL MEETING HELD ON THURSDAY 2nd JUNE 2016\n\n"
        "1.  Attendance and Apologies\n\nAll members were present.\n\n"
        "  1. 2.  Minutes\n\nThe minutes of the May meeting were approved.\n\n"
        "  1. 3.  Matters Arising\n\nThe bench has been repaired.\n\n"
        "  1. 4.  Planning\n\nNo objection to 16/0412.\n\n"
        "  1. 5.  Date of Next Meeting\n\nThursday 7th July 2016.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Attendance and Apologies"), ("2", "Minutes"), ("3", "Matters Arising"),
        ("4", "Planning"), ("5", "Date of Next Meeting")]


def test_an_agenda_page_with_each_entry_under_its_number_gives_the_headings() -> None:
    (meeting,) = html_meetings(
        "<html><head><title>Meeting 12 May 2020 | Ellmouth Parish Council</title></head><body>"
        "<main><h1>Parish Council Meeting – Tuesday 12th May 2020</h1>"
        "<p>You are hereby summoned to attend an online meeting of Ellmouth Parish Council on "
        "Tuesday 12th May 2020 at 7.30pm.</p><p>AGENDA</p>"
        "<p>1.</p><p>Apologies for absence – to receive and approve apologies.</p>"
        "<p>2.</p><p>Minutes – to approve the minutes of the meeting held on 10th March 2020.</p>"
        "<p>3.</p><p>Planning – to consider application 20/0391, 2 Chapel Yard.</p>"
        "<p>4.</p><p>Finance – to approve the payments in the schedule.</p>"
        "</main></body></html>")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes"), ("3", "Planning"), ("4", "Finance")]


MINUTES_UNDER_ENTRIES = """<html><body><h2>Meeting Summary</h2>
<p>Licensing Committee</p><p>9 Oct 2024 - 10:00 to 11:15</p>
<h3>Public Session</h3>
<p>1 pdf Minutes (88Kb)</p>
<p>To confirm the minutes of the meeting held on 11 September 2024.</p>
<p>31</p>
<p>RESOLVED: that the minutes be approved and signed by the Chair.</p>
<p>2 Apologies</p>
<p>To receive any apologies for absence.</p>
<p>32</p>
<p>Apologies were received from Councillors Ebdon and Marr.</p>
<div>Review of Street Trading Fees<div>33</div></div>
<p>The Committee considered the report of the Licensing Manager on street trading fees.</p>
<p>RESOLVED: that the fees be increased by 3 per cent.</p>
<p>3 pdf Taxi Licensing Policy (140Kb)</p>
<p>Report of the Licensing Manager.</p>
<p>34</p>
<p>The following report of the Licensing Manager was submitted:-</p>
<p>RESOLVED: that the draft policy be approved for consultation.</p>
</body></html>"""


def test_a_minute_numbered_under_its_agenda_entry_takes_the_entry_title() -> None:
    """A committee system's page prints each agenda entry ('2 Apologies', '1 pdf Minutes
    (88Kb)' with its link's icon word and size), its description, then the minute's own number
    on a line of its own over the minute: the minute is the item, titled by the entry, the
    entry's number its agenda reference; a title set straight over the number in the same cell
    titles it too."""
    (meeting,) = html_meetings(MINUTES_UNDER_ENTRIES)
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("31", "1", "Minutes"), ("32", "2", "Apologies"),
        ("33", "", "Review of Street Trading Fees"), ("34", "3", "Taxi Licensing Policy")]


RESOLUTIONS_NUMBERED = """<html><body>
<p>TARNBY CITY COUNCIL</p>
<p>At a meeting of the LICENSING AND REGULATION COMMITTEE held in COMMITTEE ROOM 1</p>
<p>of the GUILDHALL on MONDAY 4TH MARCH, 2024 at 6.00 p.m.</p>
<p>Present:-</p>
<p>Councillor Ulley in the Chair.</p>
<p>Councillors Brack, Coy, Dunne and Esk.</p>
<h3>Declarations of Interest</h3>
<p>Councillor Coy declared a personal interest in the item on taxi fares as a licence holder.</p>
<h3>Apologies for Absence</h3>
<p>Apologies for absence were submitted on behalf of Councillors Fell and Gorse.</p>
<h3>Minutes of the last meeting of the Committee held on 5th February, 2024.</h3>
<p>1. RESOLVED that the minutes of the last meeting be confirmed and signed as a correct record.</p>
<h3>Hackney Carriage Fares</h3>
<p>The Head of Licensing submitted a report on a request by the trade for a fares increase.</p>
<p>2. RESOLVED that the revised table of fares be advertised for consultation.</p>
<h3>Street Collections Policy</h3>
<p>The Head of Licensing submitted a report on the revised policy for street collections.</p>
<p>3. RESOLVED that the revised policy be adopted.</p>
<h3>Thanks to the Retiring Warden</h3>
<p>The Chairman paid tribute to the Warden, who was retiring after many years.</p>
</body></html>"""


def test_resolutions_numbered_under_unnumbered_headings_number_the_headings() -> None:
    """A printed committee's minutes whose only numbers are on their resolutions ('2. RESOLVED
    that …'): each bold heading is an item, numbered by the resolution under it; headings with
    no resolution are unnumbered items, the apologies heading among them. The opening sentence
    'At a meeting of the … COMMITTEE held in …' wraps to its date, and 'Minutes of the last
    meeting … held on 5th February' is an item's title, not another meeting."""
    (meeting,) = html_meetings(RESOLUTIONS_NUMBERED)
    assert meeting.date == date(2024, 3, 4)
    assert meeting.committee.endswith("Licensing and Regulation Committee")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("", "Declarations of Interest"), ("", "Apologies for Absence"),
        ("1", "Minutes of the last meeting of the Committee held on 5th February, 2024"),
        ("2", "Hackney Carriage Fares"), ("3", "Street Collections Policy"),
        ("", "Thanks to the Retiring Warden")]


def test_two_resolutions_under_one_heading_are_one_item() -> None:
    """A heading with two numbered resolutions under it ('3. RESOLVED …', '4. RESOLVED …') is
    one item, numbered by its first; the headings around it are items still."""
    page = RESOLUTIONS_NUMBERED.replace(
        "<p>3. RESOLVED that the revised policy be adopted.</p>",
        "<p>3. RESOLVED that the revised policy be adopted.</p>\n"
        "<p>4. RESOLVED that the policy be reviewed in two years.</p>")
    (meeting,) = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items][3:] == [
        ("2", "Hackney Carriage Fares"), ("3", "Street Collections Policy"),
        ("", "Thanks to the Retiring Warden")]
    assert "two years" in meeting.items[4].text


REF_IN_BRACKETS = """MINUTES OF THE EXECUTIVE
held on Monday 7 October 2024 at 7.00 pm

Present: Councillors Askwith (Chair), Birtle and Crane.

41. APOLOGIES FOR ABSENCE (REF: 1)

There were no apologies.

42. CAPITAL PROGRAMME MONITORING (REF: 7.2)

Resolved: That the monitoring report be noted.

43. HOUSING POLICY REVIEW (Ref. 9)

Resolved: That the revised policy be adopted.
"""


def test_an_agenda_reference_as_ref_in_brackets_is_the_items_agenda_ref() -> None:
    """'42. CAPITAL PROGRAMME MONITORING (REF: 7.2)': the agenda's reference after the title,
    decimal or not, is the item's agenda reference and no part of its title."""
    (meeting,) = text_meetings(REF_IN_BRACKETS)
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("41", "1", "APOLOGIES FOR ABSENCE"), ("42", "7.2", "CAPITAL PROGRAMME MONITORING"),
        ("43", "9", "HOUSING POLICY REVIEW")]


PRINTED_MEETING_PAGE = """Agenda and minutes
Planning and Rights of Way Committee - Tuesday 12 March 2024 10.00 am

Items
No. Item

1. General

1(1) Apologies

Minutes:
Apologies were received from Councillor Amberley.

1(2) Declarations of Interest

Minutes:
There were no declarations of interest.

2. TRW/24CM003 - Renewal of Consent TRW/19CM011 for Longer Hours of Working, and
for Lighting, at Stanage Lane Depot, Wraxby Vale, for a Further Period of Five
Years until 2029 pdf icon PDF 310 KB

Minutes:
Resolved: That planning permission be granted subject to the conditions in the report.

3. R102 - Order to Close Bridleway R7 at Wickby Farm, Wraxby Vale pdf icon PDF 92 KB

Minutes:
Resolved: That the diversion order be made.
"""


def test_bracketed_part_numbers_references_and_a_title_wrapped_to_its_badge() -> None:
    """A committee system's page printed: '1(1) Apologies' parts under '1. General' are the
    items; a planning reference before a dash ('R102 - Order to Close Bridleway …') is part of
    the title, not a heading of its own; and a title wrapping over lines to its link's badge is
    read whole."""
    (meeting,) = text_meetings(PRINTED_MEETING_PAGE)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1(1)", "Apologies"), ("1(2)", "Declarations of Interest"),
        ("2", "TRW/24CM003 - Renewal of Consent TRW/19CM011 for Longer Hours of Working, and "
              "for Lighting, at Stanage Lane Depot, Wraxby Vale, for a Further "
              "Period of Five Years until 2029"),
        ("3", "R102 - Order to Close Bridleway R7 at Wickby Farm, Wraxby Vale")]


ROWS_SAVED_AS_TEXT = (
    "Agenda for Council on Tuesday, 14th May, 2024, 7.00 pm - Borough Council of Marrow and Thwaite"
    "\n\nHome > Council and democracy > Committees > Council > Meeting\n\n"
    "Agenda and minutes\nCouncil - Tuesday, 14th May, 2024 7.00 pm\n\n"
    "Venue: Council Chamber, Guildhall, Marrow.\nItems\nNo. | Item | |||||||\n"
    "---|---|---|---|---|\n"
    "APOLOGIES FOR ABSENCE To receive any apologies for absence. Minutes: Apologies were "
    "received from Councillor Pellow. |\n"
    "MINUTES To confirm the minutes of the meeting held on 12 March 2024. Minutes: RESOLVED: "
    "That the minutes be agreed as a correct record. |\n"
    "ELECTION OF MAYOR Minutes: Councillor Holle proposed and Councillor Rook seconded that "
    "Councillor Ansty be elected Mayor. RESOLVED: That Councillor Ansty be elected Mayor. |\n")


def test_rows_of_a_meeting_page_saved_as_text_are_items() -> None:
    """A committee system's page saved as text: each table row ('APOLOGIES FOR ABSENCE To
    receive … Minutes: …  |'), its first cell a heading in capitals, is an item; the page's
    title 'Agenda for Council on …' over 'Agenda and minutes' is no agenda of its own; and
    'Borough Council of Marrow and Thwaite' names the council."""
    (meeting,) = text_meetings(ROWS_SAVED_AS_TEXT)
    assert meeting.kind == "minutes"
    assert meeting.committee.startswith("Borough Council of Marrow and Thwaite")
    assert [item.title for item in meeting.items] == [
        "APOLOGIES FOR ABSENCE", "MINUTES", "ELECTION OF MAYOR"]


ENTRY_THEN_MINUTE = """Skip to main content
Kelbridge Fire & Rescue Authority
Home
Committees

Agenda and minutes
Authority - Thursday, 20th June, 2024 1.00 pm

Venue: Service Headquarters, Kelbridge.

Items
No. \tItem

Appointment of Chair

The Authority is requested to appoint a Chair for the 2024/25 municipal year.

1.            Appointment of Chair

Resolved that Councillor Quill be appointed Chair for the 2024/25 municipal year.

Minutes of the Previous Meeting

The Authority is requested to approve the minutes of the meeting held on 18 April 2024.

2.            Minutes of the Previous Meeting

Resolved that the minutes of the meeting held on 18 April 2024 be approved.

Date of Next Meeting

3.            Date of Next Meeting

Members noted that the next meeting would be held on 26 September 2024.
"""


def test_an_agenda_entry_repeated_as_its_numbered_minute_is_one_item() -> None:
    """A committee system's page saved as text prints each agenda entry's title, the agenda's
    words, then the minute numbered with the title again: one item each, the numbered minute;
    and the site's name 'Kelbridge Fire & Rescue Authority' names the authority in full."""
    (meeting,) = text_meetings(ENTRY_THEN_MINUTE)
    assert meeting.committee.replace("&", "and") == "Kelbridge Fire and Rescue Authority"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Appointment of Chair"), ("2", "Minutes of the Previous Meeting"),
        ("3", "Date of Next Meeting")]


PRESENTED_AGENDA = """<html><body><h1>Board Meeting 9th September 2024</h1>
<h2>Agenda</h2>
<h3>Session 1: 10am – 11:30am</h3>
<p>1. Welcome and Apologies</p>
<p>2. Declarations of Interest</p>
<p>3. Minutes of Meeting held on 10th June 2024</p>
<h3>Decision Papers</h3>
<p>4. Visitor Management Plan 2025 Morag Lendrum / Duncan Fyfe</p>
<p>Appendix 1 – Visitor Survey Results</p>
<p>5. Path Network Review Dr Isla Munro / Callum Rowatt / Morag Lendrum</p>
<p>Appendix 1 – Route Map</p>
<p>6. Financial Report Ewan Bairnsfather / Duncan Fyfe</p>
<p>7. Any Other Business</p>
</body></html>"""


def test_an_agendas_presenters_and_listed_appendices_are_no_part_of_its_entries() -> None:
    """A board's agenda page names who presents each paper after its title ('Financial Report
    Ewan Bairnsfather / Duncan Fyfe') and lists a paper's appendices under it: the titles end before
    the presenters, and entries after an appendix go on being entries."""
    (meeting,) = html_meetings(PRESENTED_AGENDA)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Welcome and Apologies"), ("2", "Declarations of Interest"),
        ("3", "Minutes of Meeting held on 10th June 2024"), ("4", "Visitor Management Plan 2025"),
        ("5", "Path Network Review"), ("6", "Financial Report"), ("7", "Any Other Business")]


MAYOR_IN_CHAIR = """MINUTES OF THE COUNCIL
held on Tuesday 8 October 2024 at 7.00 pm

Present: Councillors Abell, Mrs Orrin Quarrie, Pask and Tandy.

1. MAYOR'S ANNOUNCEMENTS
The Mayor, Councillor Mrs Orrin Quarrie, welcomed members to the meeting.

2. PETITIONS
Councillor Pask presented a petition about the bus service. The Mayor advised that it would
be referred to the Cabinet.

3. ANY OTHER BUSINESS
The Mayor thanked the staff for the civic service.
"""


def test_the_mayor_named_in_apposition_is_that_member_throughout() -> None:
    """'The Mayor, Councillor Mrs Orrin Quarrie, welcomed …': the text names who is in the
    chair, so 'The Mayor' in later minutes is that member, not a role."""
    (meeting,) = text_meetings(MAYOR_IN_CHAIR)
    items = {item.title: item for item in meeting.items}
    assert "Orrin Quarrie" in " ".join(items["PETITIONS"].speakers)
    assert not any("Mayor" in name for name in items["ANY OTHER BUSINESS"].speakers)
