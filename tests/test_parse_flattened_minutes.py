"""Minutes flattened into one paragraph by a document site, and a summons under its heading."""

from __future__ import annotations

from datetime import date

from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

FLAT = """Minutes 2015-04-22 - Ellmouth Parish Council

Minutes of the Full Council meeting held on Wednesday 22nd April 2015 at 7.30pm in the Parish \
Office. Present: Councillors; Abbot, Birch (Chair), Cole and Dane. 1. Apologies were accepted \
from Cllr Eddy (work). 2. Declaration of members' interests – none. 3. Minutes of the previous \
meeting held on Monday 13th April were agreed by all. 4. Governance 4.1. Parish Elections - The \
Clerk went through the timetable for the May elections. 4.2. Co-option - Cllr Birch proposed, and \
Cllr Cole seconded, that the council co-opt at its first meeting. This was agreed by all. 4.3. \
Premises - Cllr Abbot reported on the search for an office. 5. Finance 5.1. Payments - The \
schedule of payments was proposed by Cllr Dane and RESOLVED. 5.2. Internal Audit - The \
auditor's report was noted. 6. Date of Next Meeting - Wednesday 20th May 2015.
"""


def test_a_flattened_record_is_dated_by_its_heading_not_by_earlier_minutes_it_names() -> None:
    (meeting,) = text_meetings(FLAT)
    assert meeting.date == date(2015, 4, 22)


def test_sub_items_run_into_the_text_with_a_full_stop_after_their_number_are_items() -> None:
    (meeting,) = text_meetings(FLAT)
    assert [(i.number, i.title) for i in meeting.items][3:] == [
        ("4.1", "Parish Elections"), ("4.2", "Co-option"), ("4.3", "Premises"),
        ("5.1", "Payments"), ("5.2", "Internal Audit"), ("6", "Date of Next Meeting")]


SUMMONS = """ELLMOUTH TOWN COUNCIL Page 1 of 1

Guild Hall
Ellmouth

CEMETERY COMMITTEE

13th FEBRUARY 2012 at 7pm
in the Council Chamber at the Guild Hall, Ellmouth

Members of the Committee are summoned to attend:

A Abbot (Chairman), Mrs B Birch and C Cole.

AGENDA

1. APOLOGIES

2. DECLARATIONS OF INTEREST

Members to declare any interests under the Council's Code of Conduct.

3. MINUTES OF THE LAST MEETING

To confirm the minutes of the meeting held on 14th November 2011.

4. SCALE OF FEES 2012/13

To review the scale of fees and recommend charges to Council.
"""


def test_a_summons_under_a_dated_committee_heading_is_that_meetings_agenda() -> None:
    meetings = pdf_meetings((SUMMONS,))
    assert [(m.date, [i.title for i in m.items]) for m in meetings] == [
        (date(2012, 2, 13), ["APOLOGIES", "DECLARATIONS OF INTEREST",
                             "MINUTES OF THE LAST MEETING", "SCALE OF FEES 2012/13"])]


COUNTERS = """<html><body><h1>Pennant Fawr Community Council</h1>
<p>(1) The council met on Tuesday 10th June 2008 at the Memorial Hall. Present: Cllrs Wyn \
Tegid (chair), Non Harri and Bedwyr Ifan.</p>
<p>1. Apologies Ymddiheuriadau (2) Cllr Elen Rhun sent her apologies. 2. Minutes \
Cofnodion (3) The May minutes were signed.</p>
<p>3. Footpaths Llwybrau (4) Cllr Non Harri reported that the stile at Cae Du was broken. \
(5) It was agreed to ask the county council to mend it.</p>
<p>4. Lighting Goleuadau (6) A lamp on Stryd Fawr was out. (7) The clerk will report it. \
5. Date of next meeting (8) Tuesday 8th July 2008 in the Memorial Hall.</p>
</body></html>"""


def test_headings_run_into_running_paragraph_counters_end_at_the_counter() -> None:
    """A newspaper's copy of minutes numbering its paragraphs (1), (2), (3) … straight
    through: each item's heading ends where the counter of its first paragraph begins, and
    the last item, run into the one before after its closing sentence, is an item too."""
    (meeting,) = html_meetings(COUNTERS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies Ymddiheuriadau"), ("2", "Minutes Cofnodion"),
        ("3", "Footpaths Llwybrau"), ("4", "Lighting Goleuadau"), ("5", "Date of next meeting")]
    assert "stile" in meeting.items[2].text


def test_a_transcription_in_one_paragraph_with_colons_touching_titles_and_similar_papers() -> None:
    text = "\n\n".join([
        "MINUTES OF WEXHOLT PARISH COUNCIL. HELD ON THURSDAY, MARCH 9TH, 2017 AT 7.00pm",
        "Transcription",
        "1 MINUTES OF WEXHOLT PARISH COUNCIL. HELD ON THURSDAY, MARCH 9TH, 2017 AT 7.00pm "
        "17/031: Present: Cllrs P Arnott (Chair), K Bewley, S Tarrant 17/032: Apologies: Cllr "
        "D Fenn 17/033:Declarations of interest: None 17/034:Highways: Cllr Bewley reported "
        "that the culvert on Mill Lane was blocked again. It was agreed that the Clerk report "
        "it. 17/035:Date of the next meeting: Thursday, April 13th, 2017 at 7.00pm.",
        "Similar documents",
        "MINUTES OF THE MEETING OF ASHLEA PARISH COUNCIL. Held on 9th February 2016",
        "HARTWELL PARISH COUNCIL",
        "MINUTES of the Meeting of Pennick Parish Council held in the Pavilion on Tuesday 2nd "
        "February 2016 commencing at 7.30pm.",
    ])
    [meeting] = text_meetings(text)
    assert meeting.date == date(2017, 3, 9)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("17/031", "Present"), ("17/032", "Apologies"), ("17/033", "Declarations of interest"),
        ("17/034", "Highways"), ("17/035", "Date of the next meeting")]


def test_minutes_typed_as_one_paragraph_and_wrapped_by_a_pdf_are_read_by_their_numbers() -> None:
    page = ("Draft Minutes of Blackrigg Parish Council held on Monday 13th July 2009 at\n"
            "7.30pm in the Village Hall\n"
            "Present: Cllrs K Armstrong (Chair), D Coulson, P Heslop and R Nixon.\n"
            "1. Public Question – None received. 2. Minutes of meeting held 8th June 2009 were\n"
            "read, agreed and signed. 3. Declaration of Interest: Cllr Heslop – item 5. 4.\n"
            "Matters Arising: The Clerk went through the action list from June. 5. Planning: "
            "Two applications were considered and supported. 6. Finance: Accounts for payment\n"
            "were approved. 7. Correspondence: NCC – Winter maintenance review. 8. Play Park: "
            "A resident had written about the swings.\n\nMeeting closed 9.15pm\n")
    items = pdf_meetings((page,))[0].items
    assert [item.number for item in items] == [str(n) for n in range(1, 9)]
    assert items[4].title == "Planning"


def test_a_document_sites_bold_labels_around_numbered_minutes_are_not_their_headings() -> None:
    page = ("<h1>Wenlow Parish Council (DOC)</h1><p>Views: 41 | Pages: 3</p>"
            "<h2>Document Sample</h2><p>Wenlow Parish Council Minutes of a Meeting of the Parish "
            "Council Held on Monday, 7 February 2011 at 7.30pm in the Parish Hall 1. Open Forum "
            "Mr Keith Amner attended. 2. Present Cllr Harcourt (Chairman), Cllrs Pellow and Fenn. "
            "3. Apologies Apologies were received from Cllr Quested. 4. Minutes The Minutes of "
            "the meeting held on 10 January 2011 were signed. 5. Planning No objection to "
            "11/00042/AS. 6. Date of Next Meeting Monday, 7 March 2011.</p>"
            "<h2>Related docs</h2><ul><li>Annual Report 2010 (DOC)</li></ul>"
            "<h2>Other docs by wenlowpc</h2><ul><li>View all documents</li></ul>")
    items = html_meetings(page)[0].items
    assert [item.number for item in items] == ["1", "2", "3", "4", "5", "6"]


def test_minutes_numbered_within_the_council_year_in_one_paragraph_are_read_by_them() -> None:
    """'22.14 Open Forum … 22.15 Declarations …': a site builder's one paragraph, each minute
    numbered by the year's two figures and a counter; a title run into a member's name ends
    before it."""
    page = ("<html><body><main><h1>Minutes March 2022</h1><p>MINUTES OF A MEETING OF "
            "LOWBECK PARISH COUNCIL HELD ON MONDAY, 14TH MARCH 2022</p><p>PRESENT: Ruth Arden, "
            "Colin Batt, Maeve Corrie, Dennis Ogle (Clerk)</p><p>APOLOGIES: none. 22.14 Open "
            "Forum A resident asked when the hedge by the footpath would be cut back. The Clerk "
            "will write to the owner. 22.15 Declarations of Interest None. 22.16 Minutes of "
            "the Previous Meeting The minutes of the February meeting were agreed and signed. "
            "22.17 Playing Field Colin Batt reported that the goal posts had been replaced. "
            "22.18 Finance The payments for March were approved, proposed Ruth Arden, seconded "
            "Maeve Corrie. 22.19 Date of Next Meeting Monday 11th April 2022.</p>"
            "</main></body></html>")
    (meeting,) = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("22.14", "Open Forum"), ("22.15", "Declarations of Interest"),
        ("22.16", "Minutes of the Previous Meeting"), ("22.17", "Playing Field"),
        ("22.18", "Finance"), ("22.19", "Date of Next Meeting")]
    assert meeting.items[3].speakers == ("Colin Batt",)


TRANSCRIBED = """Transcription

1 MINUTES of the Regular Meeting of Council for the Township of Harrow Bend, held at the
Township Office. PRESENT: Mayor Ada Quill; Councillor Ben Rook and Councillor Cora Vane. ALSO
PRESENT: Dan Wick, Clerk. 1. CALL TO ORDER The Meeting was called to order by Mayor Quill at
7:00 p.m. 2. APPROVAL OF AGENDA Moved by Councillor Rook, Seconded by Councillor Vane BE IT
RESOLVED THAT Council approves the agenda as circulated. 3. ADOPTION OF MINUTES Moved by
Councillor Vane, Seconded by Councillor Rook BE IT RESOLVED THAT the minutes be adopted.
2 Township of Harrow Bend Regular Meeting of Council Minutes - May 6, 2014 Page 2 of 3
4. BUSINESS ARISING FROM THE MINUTES The CAO advised that the culvert grant had been approved
in April. 5. STAFF REPORTS The MPW reported that the grader had been repaired at a cost of
$2,100. 6. CORRESPONDENCE The letter from the library board was received for information.
3 Township of Harrow Bend Regular Meeting of Council Minutes - May 6, 2014 Page 3 of 3
7. BY-LAWS Moved by Councillor Rook, Seconded by Councillor Vane BE IT RESOLVED THAT By-Law
9-14 be read a first, second and third time and finally passed. 8. ADJOURNMENT Moved by
Councillor Vane BE IT RESOLVED THAT Council adjourns at 8:05 p.m.
"""


def test_a_transcription_whose_pages_open_on_item_numbers_is_read_by_its_chain() -> None:
    """A document site's transcription: one paragraph wrapped in lines, each page a line of its
    own after its running head, so some items open a line; the running heads give the day the
    heading lost, and a heading's capitals end before 'The CAO' opens its text."""
    (meeting,) = text_meetings(TRANSCRIBED)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "CALL TO ORDER"), ("2", "APPROVAL OF AGENDA"), ("3", "ADOPTION OF MINUTES"),
        ("4", "BUSINESS ARISING FROM THE MINUTES"), ("5", "STAFF REPORTS"),
        ("6", "CORRESPONDENCE"), ("7", "BY-LAWS"), ("8", "ADJOURNMENT")]
    assert meeting.date == date(2014, 5, 6)


LETTERED_COUNTS = (
    "Minutes of the meeting of the Licensing Committee of Ormbury Borough Council held on "
    "Wednesday 9 March 2016. PRESENT: Councillor Mrs A Ashe (Chairman), Councillors Bell and "
    "Crane. DECLARATIONS OF INTEREST L41 Cllr Bell declared an interest in minute L44 as a "
    "taxi owner. MINUTES L42 The minutes of the meeting held on 8 December 2015 were approved "
    "as a correct record. TAXI FARES L43 Mr Dent presented the request for new fares. RESOLVED: "
    "That the table of fares be advertised. STREET TRADING L44 The Committee considered one "
    "application. RESOLVED: That consent be granted for one year. ENFORCEMENT REPORT L45 Mrs "
    "Eyre presented the report for the quarter, which was noted.\n")


def test_minutes_numbered_after_their_capitals_headings_with_a_committee_letter() -> None:
    """'… MINUTES L42 The minutes of …' in one paragraph: each heading in capitals, then its
    minute's running number with the committee's letter, then the minute."""
    (meeting,) = text_meetings(LETTERED_COUNTS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("L41", "DECLARATIONS OF INTEREST"), ("L42", "MINUTES"), ("L43", "TAXI FARES"),
        ("L44", "STREET TRADING"), ("L45", "ENFORCEMENT REPORT")]


CONTENTS_THEN_RECORD = """RESOLUTIONS IN BRIEF ORDINARY MEETING 20 June 2023

COUNCILLORS PRESENT
Cr Maud Tolly (Mayor)
Cr Gavin Esker

TABLE OF CONTENTS

1. APOLOGIES

2. CONFIRMATION OF MINUTES

   2.1 ADOPTION OF MINUTES OF PREVIOUS COUNCIL MEETING

3. CHIEF EXECUTIVE OFFICER

   3.1 CHIEF EXECUTIVE OFFICER'S REPORT
Resolutions In Brief 20 June 2023 2 of 4
   3.2 COUNCIL PLAN HIGHLIGHTS

4. IN CLOSED SESSION
Resolutions In Brief 20 June 2023 3 of 4

1. APOLOGIES

COUNCIL RESOLUTION
That Council accept the apology from Cr Arkins for this meeting.

MOVED Cr Esker SECONDED Cr Tolly CARRIED

2. CONFIRMATION OF MINUTES

2.1 ADOPTION OF MINUTES OF PREVIOUS COUNCIL MEETING

COUNCIL RESOLUTION
That Council confirm the minutes of the Council Meeting held on 16 May 2023.

MOVED Cr Tolly SECONDED Cr Esker CARRIED

3. CHIEF EXECUTIVE OFFICER

3.1 CHIEF EXECUTIVE OFFICER'S REPORT

The Chief Executive Officer presented the report on the month's work.

3.2 COUNCIL PLAN HIGHLIGHTS

The highlights of the Council Plan were presented and noted.

4. IN CLOSED SESSION

The meeting was closed to the public at 7.02pm.
"""


def test_a_contents_list_with_section_heads_and_running_lines_is_not_a_meeting() -> None:
    """A paper's contents, its sections' headings and running lines between its entries, over
    the record with the same entries: one meeting, the record's."""
    (meeting,) = text_meetings(CONTENTS_THEN_RECORD)
    assert meeting.date == date(2023, 6, 20)
    assert [item.number for item in meeting.items] == ["1", "2.1", "3.1", "3.2", "4"]
    assert meeting.items[0].decision == "carried"


APCM_PAGE = ("The Parish of Kelby with Fennock Annual Parochial Church Meeting at 7:00pm on "
             "Wednesday 14th July 2021 via Zoom. Annual Parochial Church Meeting 2021 - Agenda "
             "1. Apologies for absence 2. Minutes of the Annual Parochial Church Meeting held on "
             "Wednesday 18th November 2020 via Zoom 3. Electoral Roll 4. Election of PCC members "
             "5. Any other business Minutes of the Annual Parochial Church Meeting of Kelby with "
             "Fennock PCC held at 7pm on Wednesday 18 November 2020 via Zoom Present: Rev’d Hilary "
             "WOODWARD (HW – Vicar, Chair), Sam LOVELL (SL – Treasurer), Ruth KINGDON (RK) "
             "Opening prayer HW opened the meeting with prayer. 1. HW welcomed all to the "
             "meeting and those present introduced themselves.\n\n"
             "2. Apologies: received from Derek YATES.\n\n"
             "3. Electoral Roll: RK reported that the roll stood at 63.\n\n"
             "4. Financial Report: SL presented the accounts for 2019, which were approved.\n")


def test_a_record_s_title_run_on_after_an_agenda_in_one_paragraph_opens_its_meeting() -> None:
    meetings = text_meetings(APCM_PAGE)
    record = meetings[-1]
    assert record.date == date(2020, 11, 18)
    assert [item.title for item in record.items][-3:] == [
        "Apologies", "Electoral Roll", "Financial Report"]


SUMMONS_PARAGRAPH = (
    "DocsLib\n\nKELBY TOWN COUNCIL Council Offices 3 Fore Street Kelby TX19 4QL Telephone "
    "(01632) 960418 3 November 2009 TOWN COUNCIL MEETING You are hereby summoned to attend the "
    "next Ordinary Meeting of the Town Council to be held as follows:- DATE: MONDAY 9 NOVEMBER "
    "2009 TIME: 7.15 P.M. VENUE: COUNCIL CHAMBER, 3 FORE STREET, KELBY Town Clerk To: Mayor: "
    "Councillor Mrs J Trewhella Councillors Mrs A Bolitho K Carlyon 9 NOVEMBER 2009 AGENDA "
    "1. Public Address at Council Meetings A period of fifteen minutes will be set aside for "
    "questions. 2. Apologies for Absence 3. Declarations of Interest 4. Market Square Parking "
    "The Town Council to consider its response to the consultation. 5. Christmas Lights "
    "Councillor Hosking to report on the arrangements. 6. Correspondence To receive the list "
    "of correspondence received since the last meeting. Page 1 of 1\n")


def test_a_summons_and_its_agenda_run_into_one_paragraph_give_the_agenda_s_entries() -> None:
    (meeting,) = text_meetings(SUMMONS_PARAGRAPH)
    assert meeting.date == date(2009, 11, 9)
    assert [item.title for item in meeting.items][:4] == [
        "Public Address at Council Meetings", "Apologies for Absence",
        "Declarations of Interest", "Market Square Parking"]
