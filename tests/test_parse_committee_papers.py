"""Councils' printed minutes as other councils print them (session 10); BOLD marks a line the
PDF reader found set in bold."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.mentions import mentions
from indexer.parse.people import split_names
from indexer.parse.speech import speaking
from indexer.records import HEADING_MARK as BOLD
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

SCRUTINY = """ELMSTEAD CITY COUNCIL

HOUSING SCRUTINY COMMITTEE

16 January 2025
5.30 - 8.05 pm

Present: Councillors Pryor (Chair), Okafor (Vice-Chair), Ashdown and Bell

Tenant Representatives: Joan Tebbit and Darren Mistral

Executive Councillor for Housing: Councillor Sian Drew

Officers: Director of Housing: Neil Carver; Asset Manager: Fiona Parr

FOR THE INFORMATION OF THE COUNCIL

25/1/HSC Apologies

Apologies were received from Councillor Wells.

25/2/HSC Minutes

The minutes of the meeting held on 26 September 2024 were approved as a correct record.

25/3/HSC Rent Setting 2025/26

The Committee received a report from the Director of Housing. In response to the report Joan
Tebbit asked how the increase compared with neighbouring councils. The Director of Housing
said that most councils had applied the maximum increase.

The Committee resolved by 5 votes to 0 to endorse the recommendations.

25/4/HSC Repairs Programme

Fiona Parr presented the report. Councillor Bell asked about damp.

The report was noted.
"""


def test_minute_references_of_year_number_and_committee_code() -> None:
    [meeting] = pdf_meetings((SCRUTINY,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("25/1/HSC", "Apologies"), ("25/2/HSC", "Minutes"), ("25/3/HSC", "Rent Setting 2025/26"),
        ("25/4/HSC", "Repairs Programme")]


def test_groups_named_by_their_label_attend_and_posts_name_their_holders() -> None:
    [meeting] = pdf_meetings((SCRUTINY,))
    assert meeting.attendance.also_present == (
        "Joan Tebbit", "Darren Mistral", "Councillor Sian Drew (Executive Councillor for Housing)")
    assert meeting.attendance.in_attendance == ("Neil Carver (Director of Housing)",
                                                "Fiona Parr (Asset Manager)")
    assert meeting.items[2].speakers == ("Joan Tebbit", "Neil Carver")


def test_a_post_before_its_holder_with_its_field() -> None:
    assert split_names("Director of Housing: Neil Carver; Head of Legal Services: Amy Lowe") == [
        "Neil Carver (Director of Housing)", "Amy Lowe (Head of Legal Services)"]


def test_a_name_after_a_noun_speaks_but_a_capitalised_thing_does_not() -> None:
    def speakers(text: str) -> list[str]:
        return [m.person.surname for m in speaking(text, mentions(text))]

    assert speakers("In response to the report Joan Tebbit asked how it compared.") == ["Tebbit"]
    assert speakers("The new Devolution Framework was adopted.") == []
    assert speakers("Members toured the new Village Hall and said it was fine.") == []


COMMUNITY = f"""Minutes of Council Meeting held at the Village Hall, Pentre Isaf

on Thursday 16th May 2024 at 7pm.

Present: Councillors: Eleri Morgan (Chair)

Huw Price, Bethan Rowe, Gethin Cole, Dafydd Rees and

Rhodri Watts.

In Attendance: Catrin Moss (Clerk).

{BOLD}Item 1:Apologies for Absence.

24/61 Councillor Owain Jones.

{BOLD}Item 2:Declarations of Interest.

24/62 Councillor G Cole – Item 4 (Personal Interest as a member of the hall committee).

{BOLD}Item 3:Election of Chair for 2024/25.

24/63 Councillor B Rowe was nominated by Councillor D Rees and seconded by Councillor H Price.
Councillor B Rowe was elected Chair.

{BOLD}Item 4:Hall Grant.

24/64 Councillor G Cole left the room. Councillor H Price asked about the roof. Resolved to pay
the grant of £500.
"""


def test_agenda_labels_over_minute_references_and_a_list_going_on_after_a_blank_line() -> None:
    [meeting] = pdf_meetings((COMMUNITY,))
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("24/61", "1", "Apologies for Absence"), ("24/62", "2", "Declarations of Interest"),
        ("24/63", "3", "Election of Chair for 2024/25"), ("24/64", "4", "Hall Grant")]
    assert meeting.attendance.present == ("Eleri Morgan (Chair)", "Huw Price", "Bethan Rowe",
                                          "Gethin Cole", "Dafydd Rees", "Rhodri Watts")


def test_a_councillor_s_initial_is_the_full_name_the_attendance_gives() -> None:
    """The document's own short forms ('Councillor G Cole' twice) do not hide the list's name."""
    [meeting] = pdf_meetings((COMMUNITY,))
    assert meeting.items[1].speakers == ("Gethin Cole",)
    assert set(meeting.items[2].speakers) == {"Dafydd Rees", "Huw Price"}
    assert "Huw Price" in meeting.items[3].speakers


def test_an_agenda_worded_title_ends_where_its_line_ends_short() -> None:
    from tests.fixtures.minutes import text_meetings

    text = ("KELBY PARISH COUNCIL\n\nMinutes of the Annual Parish Council Meeting held in the "
            "Village Hall on Monday 20th May 2024, at 7.30pm\n\n"
            "Present: Cllr P Hale, Cllr R Orme\n\n"
            "1. To receive apologies and reasons for absence.\nCllr T Lidd (work) – accepted.\n\n"
            "2. To elect Vice Chairman for 2024/25\nOne nomination was received and Cllr R Orme "
            "was duly elected Vice Chairman.\n\n"
            "3. To approve draft minutes of the Meeting held on 15th April 2024\nResolved to "
            "approve as a true record.\n\n"
            "4. To consider the quotation from the contractor for the repair of the\n"
            "footpath at Mill Lane\nThe quotation of £400 was accepted.\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "To receive apologies and reasons for absence", "To elect Vice Chairman for 2024/25",
        "To approve draft minutes of the Meeting held on 15th April 2024",
        "To consider the quotation from the contractor for the repair of the footpath at Mill Lane"]


MEETING_PAGE = """<html><body><h1>Meeting Details</h1>
<div>Place Scrutiny Committee</div><div>14 Nov 2024 - 10:30 to 13:05</div>
<h2>Agenda</h2>
<div>1 Apologies and Declarations of Interest</div><div>To be reported by the officer</div>
<div>1</div><p>Apologies had been received from Councillor Hart.</p>
<div>2 Minutes</div><div>To approve the minutes of the meeting held on 12 September 2024.</div>
<div>2</div><p>Resolved:</p><p>That the minutes be approved as a correct record.</p>
<div>3 Business Growth Hub</div><div>To receive report PEG/20/24</div>
<div>3</div><p>Sarah Oke, Head of Economic Growth, presented the report.</p><p>Noted.</p>
</body></html>"""


def test_a_number_alone_repeating_the_entry_above_it_is_the_minute_not_another_item() -> None:
    from tests.fixtures.minutes import html_meetings

    [meeting] = html_meetings(MEETING_PAGE)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies and Declarations of Interest"), ("2", "Minutes"),
        ("3", "Business Growth Hub")]
    assert meeting.items[2].speakers == ("Sarah Oke",)


def test_roman_numerals_without_a_stop_before_headings_in_capitals() -> None:
    page = ("At a MEETING of the GLENWARD VALUATION JOINT BOARD held at Dunmore on\n"
            "3rd March, 2025.\n\nPresent:-\n\nRepresenting Glenisla Council\n\n"
            "Councillor Peter Kerr Councillor Shona Bain\n\n"
            "I APOLOGIES\n\nApologies were submitted on behalf of Councillor Derek Mathers.\n\n"
            "II MINUTE OF PREVIOUS MEETING\n\nThe minute of meeting of 2nd December, 2024 was "
            "submitted and approved.\n\nIII REVENUE MONITORING\n\nThere was submitted Report No "
            "GV1-2025 by the Treasurer. The Joint Board agreed to note the position.\n")
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("I", "APOLOGIES"), ("II", "MINUTE OF PREVIOUS MEETING"), ("III", "REVENUE MONITORING")]
    assert meeting.committee == "Glenward Valuation Joint Board"


def test_a_board_s_code_glued_to_its_minute_numbers() -> None:
    page = (f"HEALTH AND WELLBEING BOARD\n\nAt a meeting of the Health and Wellbeing Board on "
            f"Wednesday, 4 March 2026 in the Riverside Suite\n\n"
            f"Present: Councillor Wells (Chair)\n\n"
            f"{BOLD}HWB41 MINUTES OF LAST MEETING\n\n"
            f"The Minutes were signed as a correct record.\n\n"
            f"{BOLD}HWB42 PHARMACY NEEDS\n\nH. Oduya explained the consultation.\n\n"
            f"RESOLVED: That the assessment be approved.\n\n"
            f"{BOLD}HWB43 WINTER PRESSURES\n\nJ. Royle gave a verbal update.\n")
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("HWB41", "MINUTES OF LAST MEETING"), ("HWB42", "PHARMACY NEEDS"),
        ("HWB43", "WINTER PRESSURES")]


def test_a_label_every_heading_repeats_and_the_agenda_item_before_the_minute() -> None:
    """'Agenda 3/25: Item 3. 2. DECLARATIONS': the paper's label, the agenda's item, then the
    minute; a heading repeated '- Continued' at a page's head goes on with its item."""
    first = (f"WESTFEN DRAINAGE BOARD\n\nMINUTES\n\nof the proceedings of the Board at a Meeting "
             f"held at the Board's Offices on\nWednesday 17 September 2025.\n\n"
             f"Present:- C.R. Tunley Esq. (Chairman)\n\n"
             f"{BOLD}Agenda 3/25: Item 2. 1. CHAIRMAN'S ANNOUNCEMENTS\n\n"
             f"The Chairman thanked the members who had attended the summer inspection.\n")
    second = (f"{BOLD}Agenda 3/25: Item 2. 1. CHAIRMAN'S ANNOUNCEMENTS - Continued\n\n"
              f"The Chairman thanked the pumping station attendants.\n\n"
              f"{BOLD}Agenda 3/25: Item 3. 2. DECLARATIONS OF INTEREST\n\nNone were declared.\n\n"
              f"{BOLD}Agenda 3/25: Item 4. 3. FINANCIAL REPORT\n\n"
              f"RESOLVED: That the schedule of payments be approved.\n")
    [meeting] = pdf_meetings((first, second))
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("1", "2", "CHAIRMAN'S ANNOUNCEMENTS"), ("2", "3", "DECLARATIONS OF INTEREST"),
        ("3", "4", "FINANCIAL REPORT")]
    assert "pumping station" in meeting.items[0].text


def test_a_reference_alone_on_its_line_then_the_heading_and_its_citation() -> None:
    page = (f"KILMORE DISTRICT COUNCIL\n\nMinutes of Monthly Meeting of the Council held on "
            f"Monday 2 February 2026 at 7.00 pm in the Boardroom.\n\n"
            f"In the Chair: Councillor S Mallin\n\n"
            f"M/012/2026:-\n{BOLD}CONDOLENCES\n(REF: M/3)\n\n"
            f"It was agreed to send a letter of sympathy.\n\n"
            f"M/013/2026:-\n{BOLD}MINUTES OF MONTHLY MEETING HELD ON 5 JANUARY 2026\n"
            f"(REF: M/1-M/11)\n\nAGREED: On the proposal of Councillor Hughes it was agreed to "
            f"adopt the Minutes.\n\n"
            f"M/014/2026:-\n{BOLD}CORRESPONDENCE\n(REF: M/5)\n\nThe correspondence was noted.\n")
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("M/012/2026", "CONDOLENCES"),
        ("M/013/2026", "MINUTES OF MONTHLY MEETING HELD ON 5 JANUARY 2026"),
        ("M/014/2026", "CORRESPONDENCE")]
    assert meeting.date == date(2026, 2, 2)


def test_a_council_s_code_before_a_committee_s_reference_alone_on_its_line() -> None:
    from tests.fixtures.minutes import html_meetings

    page = """<html><body><h1>Licensing Committee - Wednesday, 17th September, 2025 6.30 pm</h1>
    <p>Venue: Council Chamber</p><h2>Items</h2><p>No. Item</p>
    <p>SDC - LC/5/25-26</p><h3>Appointing a Chairperson</h3>
    <p>Minutes:</p><p>Members proposed that Councillor Lorna Tebb should chair the meeting.</p>
    <p>SDC - LC/6/25-26</p><h3>Declarations of Interest</h3>
    <p>Minutes:</p><p>Councillor Priya Mistry declared an interest in item 8.</p>
    <p>SDC - LC/7/25-26</p><h3>Statement of Licensing Policy</h3>
    <p>Minutes:</p><p>Resolved: that the revised Statement be recommended to Council.</p>
    </body></html>"""
    [meeting] = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("SDC - LC/5/25-26", "Appointing a Chairperson"),
        ("SDC - LC/6/25-26", "Declarations of Interest"),
        ("SDC - LC/7/25-26", "Statement of Licensing Policy")]


def test_item_numbers_with_no_space_before_their_headings() -> None:
    from tests.fixtures.minutes import html_meetings

    page = """<html><body><h2>Minutes of Directors Meeting held on Thursday 12 February 2026</h2>
    <p>Present: R. Mair (Chair); K. Lowrie; J. Hay (Treasurer)</p>
    <p>1.Apologies: W. Tait; M. Gilchrist</p>
    <p>2.Minutes of previous meeting: The minute of the meeting held on 8 January 2026 was
    approved.</p>
    <p>3.Finance Report:</p><p>J. Hay reported a small surplus for January.</p>
    <p>4.Date of next meeting: Thursday 12 March 2026, 7.30pm.</p></body></html>"""
    [meeting] = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"), ("2", "Minutes of previous meeting"), ("3", "Finance Report"),
        ("4", "Date of next meeting")]


def test_headings_run_into_their_sentences_after_minute_references() -> None:
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of the Parish Council Meeting held on 17th September 2024 at 7.30pm in the "
            "Church Room\n\nPresent; M. Tomlin (Chair), A. Birch, J. Stead, H. Coult\n\n"
            "31/24 Declarations of interest None were declared.\n\n"
            "32/24 Public Forum Two parishioners raised the parking of delivery vans on the verge "
            "by the bus stop, which was leaving deep ruts. The Chairman explained that the verge "
            "belonged to the County Council.\n\n"
            "33/24 Precept 2025-26 It was agreed to hold a budget working meeting in November.\n\n"
            "34/24 Defibrillator H. Coult proposed that the council take on its upkeep. On a vote "
            "the proposal was lost.\n\n"
            "35/24 District Councillor's report District Cllr Wragg reported on the recycling "
            "centre.\n\n"
            "36/24 TO RECEIVE A REPORT FROM THE COUNTY COUNCILLOR. None was given.\n")
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("31/24", "Declarations of interest"), ("32/24", "Public Forum"),
        ("33/24", "Precept 2025-26"), ("34/24", "Defibrillator"),
        ("35/24", "District Councillor's report"),
        ("36/24", "TO RECEIVE A REPORT FROM THE COUNTY COUNCILLOR")]
    assert [item.decision for item in meeting.items][2:4] == ["agreed", "lost"]


def test_a_heading_then_its_minute_after_a_dash() -> None:
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of the Parish Council Meeting held on 9th June 2025 at 7pm in the Village "
            "Hall\n\nPresent: Cllr T Wray (Chair), Cllr J Pask, Cllr M Dunn\n\n"
            "2506/6 Village Hall Roof – Following the request made during public participation, "
            "Cllr Wray will obtain quotations.\n\n"
            "2506/7 Footpath Low Street – Clerk to report the overgrowth to the County Council.\n\n"
            "2506/8 Finance – The Clerk presented the finance report:\n"
            "a) Bank balances at 31st May 2025 – noted\n\n"
            "2506/9 Items for next Agenda – SID data review; Christmas tree and lights\n\n"
            "2506/10 Council Vacancy – Co-option. Following the resignation of Cllr Hale the "
            "vacancy has been advertised.\n\n"
            "2506/11 Business Growth Hub - Annual Performance Report\nThe report was noted.\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Village Hall Roof", "Footpath Low Street", "Finance", "Items for next Agenda",
        "Council Vacancy – Co-option", "Business Growth Hub - Annual Performance Report"]


def test_a_committee_s_letter_and_number_alone_in_a_meeting_page_s_number_cell() -> None:
    from tests.fixtures.minutes import html_meetings

    page = """<html><body><h1>Licensing Committee - Tuesday, 14th March, 2023 6.00 pm</h1>
    <p>No. Item</p>
    <p>L1</p><p>Apologies for Absence</p><p><b>Minutes:</b></p>
    <p>Apologies for absence were received from Councillor Ferris.</p>
    <p>L2</p><p>Declarations of Interest</p>
    <p>Members to declare any interest as appropriate in respect of items to be considered.</p>
    <p><b>Minutes:</b></p><p>Councillor Penn declared a personal interest in item L4.</p>
    <p>L3</p><p>Hackney Carriage Fare Tariff</p><p><b>Minutes:</b></p>
    <p>RESOLVED: That the proposed table of fares be advertised.</p>
    <p>L4</p><p>Urgent Business</p><p><b>Minutes:</b></p><p>There was no urgent business.</p>
    </body></html>"""
    [meeting] = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("L1", "Apologies for Absence"), ("L2", "Declarations of Interest"),
        ("L3", "Hackney Carriage Fare Tariff"), ("L4", "Urgent Business")]


def test_an_outcome_or_a_sentence_after_a_hyphenated_heading_s_dash() -> None:
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of the Annual Meeting of the Parish Council held on 8th May 2023 at 7.30pm"
            "\n\nPresent: Cllr Richard Powell, Cllr Gwen Price, Cllr Julian Evans\n\n"
            "1. Election of Vice-Chairman – Cllr Julian Evans was proposed by Cllr Richard "
            "Powell, seconded by Cllr Gwen Price, and was elected unopposed.\n\n"
            "2. Apologies – none, all councillors present.\n\n"
            "3. Minutes of the last meeting – approved and signed.\n\n"
            "4. PUBLIC HEARINGS - NONE\n\n"
            "5. Date of next meeting – Monday 12th June 2023 at 7.30pm.\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Election of Vice-Chairman", "Apologies", "Minutes of the last meeting",
        "PUBLIC HEARINGS - NONE", "Date of next meeting"]


def test_a_word_list_whose_every_heading_is_numbered_one() -> None:
    """A word processor's list numbering lost on saving: every bold heading is '1.'; one
    meeting, an item per heading (not a new hearing at each '1. Apologies')."""
    page = (f"{BOLD}Harby Parish Council\n\nMinutes of the Parish Council Meeting held on Monday "
            f"8th September 2025 at 8pm in the Village Hall\n\n"
            f"{BOLD}1. Present\n\nCllr Owen Fairley (Chairman), Cllr R Tansy, Cllr B Wool\n\n"
            f"{BOLD}1. Apologies\n\nCllr Keith Rowan\n\n"
            f"{BOLD}1. Minutes of Last Meeting\n\nThe minutes of the meeting held on 7th July 2025 "
            f"were read and approved.\n\n"
            f"{BOLD}1. Matters Arising\n\nCllr Fairley spoke about the lorries on Back Lane.\n\n"
            f"{BOLD}1. Finance\n\nResolved that £5,000 be moved to the reserve account.\n\n"
            f"{BOLD}1. Date of Next Meeting\n\nMonday 3rd November 2025 at 8pm\n")
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Present"), ("1", "Apologies"), ("1", "Minutes of Last Meeting"),
        ("1", "Matters Arising"), ("1", "Finance"), ("1", "Date of Next Meeting")]
    assert meeting.date == date(2025, 9, 8)


def test_numbered_sentences_and_outcome_labels_have_no_heading() -> None:
    page = ("MINUTES OF THE MEETING OF FENBY PARISH COUNCIL HELD IN THE VILLAGE\n"
            "HALL, FENBY ON MONDAY 6 OCTOBER 2025 AT 7.30 PM\n\n"
            "Present: Ruth Allard (Chairman), Peter Vane, Colin Essex\n\n"
            "1. A short talk was given by Delia Fort of the Rural Transport Partnership. She "
            "described\nthe dial-a-ride service now running three days a week.\n\n"
            "2. Apologies were received and accepted from Susan Tebb.\n\n"
            "3. Noted: that the replacement bench for the Green has been delivered.\n\n"
            "4. Dog waste bins. Agreed: to ask the County Council to empty the bin weekly.\n")
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", ""), ("2", ""), ("3", ""), ("4", "Dog waste bins")]
    assert [item.decision for item in meeting.items] == ["none", "none", "noted", "agreed"]


def test_a_meeting_page_s_table_rows_run_into_one_line_keep_their_titles() -> None:
    from tests.fixtures.minutes import text_meetings

    text = ("Cabinet\nMonday, 13th October, 2025 10.00 am\nNo. | Item |\n---|---|\n"
            "Declarations of Interest Members are invited to declare any interests in the items "
            "on this agenda. Additional documents: Decision: No declarations of interest were "
            "made. Minutes: No declarations of interest were made. |\n|\n"
            "Matters Arising (if any) To consider any matters arising from the minutes. "
            "Additional documents: Decision: None. Minutes: None. |\n|\n"
            "Quarter 2 Financial Forecast PDF 388 KB This report sets out the forecast. "
            "Additional documents: Decision: Cabinet RESOLVED to note the position. Minutes: "
            "Cabinet RESOLVED to note the position. |\n|\n"
            "Exclusion of Press and Public No items have been identified. Additional documents: "
            "Decision: None. Minutes: There were no such items. |\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Declarations of Interest", "Matters Arising (if any)", "Quarter 2 Financial Forecast",
        "Exclusion of Press and Public"]


def test_a_meeting_page_s_line_under_an_item_names_its_paper_and_is_no_item() -> None:
    from tests.fixtures.minutes import html_meetings

    page = """<html><head><title>Agenda and minutes - Carrick Area Committee</title></head>
<body><main><h1>Carrick Area Committee - Wednesday, 10 September 2025 10:30 am</h1>
<p>4.</p><p>PUBLIC QUESTION TIME</p><p>Minutes:</p><p>Ms Beaton asked about the slipway.</p>
<p>5.</p><p>POLICE SCOTLAND - AREA UPDATE PDF 310 KB</p><p>Report by Area Commander</p>
<p>Minutes:</p><p>The Committee considered a report by Inspector Lachlan Boyd.</p>
<p>Decision</p><p>The Committee noted the information provided.</p>
<p>6.</p><p>ISLANDS FERRY TIMETABLE CONSULTATION</p>
<p>Presentation by the Ferry Services Manager</p><p>Minutes:</p>
<p>The Committee heard a presentation by Ruaridh Matheson, Ferry Services Manager.</p>
<p>Decision</p><p>Noted the presentation.</p></main></body></html>"""
    [meeting] = html_meetings(page)
    assert [(item.number, item.title, item.decision) for item in meeting.items] == [
        ("4", "PUBLIC QUESTION TIME", "none"), ("5", "POLICE SCOTLAND - AREA UPDATE", "noted"),
        ("6", "ISLANDS FERRY TIMETABLE CONSULTATION", "noted")]
    assert meeting.items[1].text.startswith("Report by Area Commander")


def test_minute_references_of_number_and_year_joined_by_a_hyphen() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Hamblecote Parish Council
Minutes of the meeting held on Thursday 4 September 2025

071-25 Apologies for absence
Apologies were received from Cllr D Ockenden.

072-25 Minutes
Resolved that the minutes of the meeting held on 3 July 2025 be signed.

073-25 Reports
073-25.1 Parish Council Chair
The Chair had met the headteacher about parking.
073-25.2 Clerk & RFO
The Clerk reported that the internal audit was complete.

074-25 Date of Next Meeting
Thursday 2 October 2025 at 7:00pm.
"""
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("071-25", "Apologies for absence"), ("072-25", "Minutes"),
        ("073-25.1", "Parish Council Chair"), ("073-25.2", "Clerk & RFO"),
        ("074-25", "Date of Next Meeting")]


def test_a_meeting_page_s_item_is_the_link_to_its_paper_sentences_and_all() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Development Control and Regulation Committee
Thursday, 12th October, 2023 10.00 am

41.

Apologies for Absence

Minutes:

Apologies for absence were received from Mr T Ashburner.

42.

Disclosures of Interest

Minutes:

Mr K Hitchen disclosed a non-pecuniary interest in Agenda Item No 10.

43.

Application Reference No. 1/23/9004. Proposal: Extension of limestone extraction. Location: \
Stainmore Edge Quarry pdf icon PDF 1 MB

A report by the Executive Director - Economy and Infrastructure.

Minutes:

RESOLVED that planning permission be granted.
"""
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41", "Apologies for Absence"), ("42", "Disclosures of Interest"),
        ("43", "Application Reference No. 1/23/9004. Proposal: Extension of limestone "
               "extraction. Location: Stainmore Edge Quarry")]
    assert meeting.items[1].speakers == ("Mr K Hitchen",)
    assert meeting.items[2].decision == "resolved"


def test_what_a_decision_block_says_is_no_item_and_proceedings_verbs_open_paragraphs() -> None:
    from tests.fixtures.minutes import html_meetings, text_meetings

    page = """<html><body><main><h1>Cabinet - Thursday, 3rd October, 2024 6.00 pm</h1>
<p>1.</p><p>Apologies</p><p>To receive any apologies for absence.</p>
<p>Decision:</p><p>Apologies were received from Councillor Tom Leckie.</p>
<p>Minutes:</p><p>Apologies were received from Councillor Tom Leckie.</p>
<p>2.</p><p>Public Questions</p><p>Decision:</p><p>There were no public questions.</p>
<p>Minutes:</p><p>There were no public questions.</p>
<p>3.</p><p>Budget Monitoring</p><p>Decision:</p><p>Cabinet noted the report.</p>
<p>Minutes:</p><p>The Cabinet Member for Finance presented the report.</p></main></body></html>"""
    [meeting] = html_meetings(page)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Public Questions", "Budget Monitoring"]
    text = """PROCEEDINGS OF THE MEETING OF THE COUNCIL held on 6 November 2023

4. Minutes
The minutes of the meeting held on 2 October 2023 were taken as read and signed.

5. Correspondence
5.1 Submitted circular from the Department for Communities on the review of the Local
Government (Boundaries) Act.
5.2 Submitted letter from the Local Government Association enclosing its annual report.

6. Finance Report
6.1 The Director of Finance presented the statement of accounts for the period.
6.2 It was agreed that the accounts be approved.

7. Any Other Business
There was none.
"""
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("4", "Minutes"), ("5", "Correspondence"), ("6", "Finance Report"),
        ("7", "Any Other Business")]


def test_a_page_s_share_link_under_an_item_does_not_hide_the_heading_above_its_note() -> None:
    from tests.fixtures.minutes import html_meetings

    rows = [("9/24", "APOLOGIES FOR ABSENCE", "The Chairman to report apologies for absence.",
             "Apologies were received from Councillors Nadine Forsyth and Ben Tull."),
            ("10/24", "MINUTES OF THE PREVIOUS MEETING PDF 135 KB",
             "To approve the minutes of the meeting held on 1 February 2024.",
             "The minutes were agreed as a true record."),
            ("11/24", "DECLARATIONS OF INTEREST", "Members are asked to declare interests.",
             "There were none.")]
    page = "".join(f"<p>{n}</p><p>{head}</p><p>• Share this item</p><p>{note}</p>"
                   f"<p>Minutes:</p><p>{text}</p>" for n, head, note, text in rows)
    [meeting] = html_meetings("<html><body><main><h1>Police and Crime Panel - Thursday, 14th "
                              f"March, 2024 10.30 am</h1>{page}</main></body></html>")
    assert [item.title for item in meeting.items] == [
        "APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING", "DECLARATIONS OF INTEREST"]


def test_a_board_s_minute_numbers_of_one_letter_its_stop_and_a_running_count() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """STOW FEN INTERNAL DRAINAGE BOARD

At a Meeting of the Stow Fen Internal Drainage Board held at the Village Hall on Wednesday the
11th June 2025

B.1101 Declarations of Interest

Mr Laxfield declared an interest in any matters relating to the Commissioners.

B.1102 Confirmation of Minutes

RESOLVED

That the Minutes of the Meeting of the Board held on the 12th June 2024 be confirmed.

B.1103 Inspection of District

Members viewed the new weedscreen cleaner.
"""
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("B.1101", "Declarations of Interest"), ("B.1102", "Confirmation of Minutes"),
        ("B.1103", "Inspection of District")]


PACK_FRONT_SHEET = """TRENTHAM FIRE AND RESCUE AUTHORITY

POLICY AND STRATEGY COMMITTEE

Public Document Pack

Date: Friday, 24 October 2025

Time: 10.00 am

Venue: Service Headquarters, Brackenholme Lodge

Members are requested to attend the above meeting to transact the following business

AGENDA

1 APOLOGIES FOR ABSENCE

2 MINUTES

Of the meeting held on 18 July 2025 (for confirmation)

3 CORPORATE RISK REGISTER

Report of the Chief Fire Officer
"""
PACK_MINUTES = f"""TRENTHAM FIRE AND RESCUE AUTHORITY – POLICY AND STRATEGY
COMMITTEE

MINUTES of the meeting held at Service Headquarters, Brackenholme Lodge,
Arnwood on 18 July 2025 from 10.00 am – 11.25 am

Present
Councillor Gail Hennessy (Chair)
Councillor Derek Ashmore

{BOLD}1 APOLOGIES FOR ABSENCE

None.

{BOLD}2 MEMBER CHAMPIONS

RESOLVED to approve the creation of three member champion roles.
"""
PACK_REPORT = """Agenda Item 3

Report to: Policy and Strategy Committee

Date: 24 October 2025

Subject: CORPORATE RISK REGISTER

Report of: Chief Fire Officer

1. BACKGROUND

1.1 The Corporate Risk Register records the principal risks to the Service.
"""


def test_a_pack_s_front_sheet_its_earlier_minutes_and_a_report_cover_are_read_apart() -> None:
    # 'Members are requested to attend … to transact the following business' under a front
    # sheet's 'Date:' is the pack's own meeting; 'MINUTES of the meeting held at … on 18 July
    # 2025' in capitals under the body's heading opens the earlier minutes; 'Report to:' and
    # 'Subject:' open a report.
    pack, minutes = pdf_meetings((PACK_FRONT_SHEET, PACK_MINUTES, PACK_REPORT))
    committee = "Trentham Fire and Rescue Authority — Policy and Strategy Committee"
    assert (pack.kind, pack.date, pack.committee) == ("agenda", date(2025, 10, 24), committee)
    assert [(i.number, i.title) for i in pack.items] == [
        ("", "Agenda"), ("3", "CORPORATE RISK REGISTER")]
    assert (minutes.kind, minutes.date, minutes.committee) == (
        "minutes", date(2025, 7, 18), committee)
    assert [i.title for i in minutes.items] == ["APOLOGIES FOR ABSENCE", "MEMBER CHAMPIONS"]


SUMMONS_SHEET = """To: ALL MEMBERS OF THE COUNCIL

YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF WITTON ASH PARISH
COUNCIL TO BE HELD IN THE VILLAGE HALL ON THURSDAY 7th MARCH 2024, AT 7.30PM FOR THE
PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:

HELEN MARRIOTT
CLERK TO THE COUNCIL

1. Note attendance and receive apologies for absence.

6. Payments for approval and bank reconciliation.
"""
SUMMONS_REPORT = """REPORT TO COUNCIL – 7th MARCH 2024

Agenda item: 6

Subject: Payments for approval and bank reconciliation

Report by: Clerk and Responsible Financial Officer

1. The payments listed below fall due before the next meeting.

Recommendation: That the Council approves the payments listed above.
"""


def test_a_summons_pack_is_its_council_s_and_its_report_recommends_but_decides_nothing() -> None:
    (pack,) = pdf_meetings((SUMMONS_SHEET, SUMMONS_REPORT))
    assert (pack.kind, pack.committee, pack.date) == ("agenda", "Witton Ash Parish Council",
                                                      date(2024, 3, 7))
    assert [(i.number, i.title, i.decision) for i in pack.items] == [
        ("", "Agenda", "none"), ("6", "Payments for approval and bank reconciliation", "none")]


SUPPLEMENT_LETTER = f"""Date: 7 January 2025

Dear Member

{BOLD}COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025

Please find enclosed the documents for Item 3 – Devolution White Paper, which were not
available when the main agenda was first published.

{BOLD}Agenda Item No
3 Devolution White Paper (Pages 1 - 18)

Yours sincerely
"""
SUPPLEMENT_REPORT = """Agenda Item 3

From: Roger Gough, Leader of the Council

To: County Council – 9th January 2025

Subject: Devolution White Paper

Classification: Unrestricted

1. The Government published its White Paper in December.
"""


def test_a_supplementary_pack_s_covering_letter_is_its_meeting_s_agenda() -> None:
    (pack,) = pdf_meetings((SUPPLEMENT_LETTER, SUPPLEMENT_REPORT))
    assert (pack.kind, pack.date) == ("agenda", date(2025, 1, 9))
    assert [(i.number, i.title) for i in pack.items] == [
        ("", "Agenda"), ("3", "Devolution White Paper")]


CABINET_SHEET = """GLENBRAE DISTRICT COUNCIL

CABINET

Date: Tuesday, 14 January 2025

Members are requested to attend the above meeting to transact the following business

AGENDA

1 APOLOGIES

4 BUDGET 2025/26

5 CAR PARK CHARGES
"""
REPORT_COVERS = {
    "title label": "Agenda Item 4\n\nReport to: Cabinet\n\nDate of meeting: 14 January 2025\n\n"
                   "Title: Budget 2025/26\n\nReport of: Director of Finance\n\n1.1 This report "
                   "sets out the budget.",
    "report title label": "Agenda Item 4\n\nMeeting: Cabinet\n\nMeeting date: 14 January 2025\n\n"
                          "Report title: Budget 2025/26\n\nPortfolio holder: Cllr Ames\n\n1.1 "
                          "This report sets out the budget.",
    "headings": "Agenda Item 4\n\nGLENBRAE DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n14 JANUARY "
                "2025\n\nBUDGET 2025/26\n\nReport of the Director of Finance\n\n1.1 This report "
                "sets out the budget.",
}


@pytest.mark.parametrize("cover", REPORT_COVERS)
def test_a_report_cover_titled_by_its_title_label_or_heading_is_its_agenda_item(cover) -> None:
    (pack,) = pdf_meetings((CABINET_SHEET, REPORT_COVERS[cover]))
    assert (pack.kind, pack.date) == ("agenda", date(2025, 1, 14))
    assert [(i.number, i.title.lower()) for i in pack.items] == [
        ("", "agenda"), ("4", "budget 2025/26")]


def test_minute_references_of_month_year_and_number() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Fenby Fen Parish Council
Minutes of the meeting of Fenby Fen Parish Council held on Monday 19th January 2026

01/26-21 Chairman's Remarks
The Chairman welcomed all to the meeting.

01/26-22 Apologies for absence
Apologies were noted from Cllr Barrick.

01/26-23 Planning
It was RESOLVED to raise no objection to the barn conversion.
"""
    (meeting,) = text_meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("01/26-21", "Chairman's Remarks"), ("01/26-22", "Apologies for absence"),
        ("01/26-23", "Planning")]


def test_a_mark_before_a_minutes_number_is_no_part_of_it() -> None:
    meetings = text_meetings(
        "Cabinet\n\nWed Mar 09 2016\n\nPresent:-\n\nCouncillors Hale (Chairman), Brook and Dunn"
        "\n\n*512 Minutes\n\nRESOLVED that the minutes of the last meeting be signed.\n\n"
        "*513 Items Requiring Urgent Attention\n\nThere was none.\n\n"
        "514 Highways Capital Programme\n\nCouncillor Brook introduced the report.\n\n"
        "*515 Forward Plan\n\nThe Cabinet noted the Forward Plan.\n")
    assert [(i.number, i.title) for i in meetings[0].items] == [
        ("512", "Minutes"), ("513", "Items Requiring Urgent Attention"),
        ("514", "Highways Capital Programme"), ("515", "Forward Plan")]


def test_references_of_year_month_and_minute_with_a_part_headed_as_its_minute() -> None:
    meetings = pdf_meetings((
        "KILCARRA DISTRICT COUNCIL\n\nMINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON "
        "TUESDAY 8 MAY 2012 AT 7.00 PM\n\nIn the Chair: Councillor B Quinn\n\n"
        f"12/05:01 APOLOGIES AND CHAIRMAN’S BUSINESS\n\n{BOLD}Apologies\n\n"
        "Apologies were received from Councillor C Boyd.\n\n"
        f"12/05:02 DECLARATIONS OF INTEREST\n\nThere were none.\n\n"
        f"12/05:03 CORRESPONDENCE\n\nThe Clerk read a letter from the Department.\n\n"
        f"12/05:04 ANY OTHER BUSINESS\n\nThere was none.\n",))
    assert [(i.number, i.title) for i in meetings[0].items] == [
        ("12/05:01", "APOLOGIES AND CHAIRMAN’S BUSINESS"),
        ("12/05:02", "DECLARATIONS OF INTEREST"), ("12/05:03", "CORRESPONDENCE"),
        ("12/05:04", "ANY OTHER BUSINESS")]


def test_references_of_year_month_and_minute_joined_by_a_hyphen_and_a_slash() -> None:
    meetings = text_meetings(
        "LANWARTH PARISH COUNCIL\nMINUTES OF FULL PARISH COUNCIL MEETING HELD AT THE HALL\n"
        "ON THURSDAY 9TH JUNE 2022 AT 7.15PM\n\nPRESENT: Councillors R Penn (Chairman), T Carr\n\n"
        "ITEM\n\n22-06/01 PUBLIC FORUM: Mr P Eddy spoke about the footpath.\n\n"
        "22-06/02 MEMBERS DECLARATIONS None declared.\n\n"
        "22-06/03 PLANNING a) PA22/03918 – Conversion of a barn. It was RESOLVED to support it.\n\n"
        "22-06/04 DATE OF NEXT MEETING Thursday 14th July 2022.\n")
    assert [(i.number, i.title) for i in meetings[0].items] == [
        ("22-06/01", "PUBLIC FORUM"), ("22-06/02", "MEMBERS DECLARATIONS"),
        ("22-06/03", "PLANNING"), ("22-06/04", "DATE OF NEXT MEETING")]


PROCEEDINGS = """GLENSHESK DISTRICT COUNCIL

Minutes of proceedings of a LEISURE AND AMENITIES COMMITTEE MEETING of the Council
held in the Council Chamber on Monday 9 March 2015.

Present:       Councillor Crossey (Chairman), Councillors Tumelty, Heaslip and Keery

1   APOLOGIES

Apologies were received on behalf of Councillor Lecky.

2   LEISURE CENTRE OPENING HOURS

The Committee RECOMMENDED that the leisure centre open at 6.30 am on weekdays.

3   PLAY PARK AT GLENARD ROAD

The Head of Leisure reported on the tenders received for the new play park. Following
discussion, members raised the matter of the fencing along the river.


Leisure and Amenities Committee 09.03.15                                         1

The Committee RECOMMENDED that the tender of Parkplay Ltd be accepted.

4   ANY OTHER BUSINESS

There was no other business.

Leisure and Amenities Committee 09.03.15                                         2
"""


def test_a_committee_meeting_of_the_council_names_the_committee() -> None:
    """'Minutes of proceedings of a LEISURE AND AMENITIES COMMITTEE MEETING of the Council
    held …' under the council's name: the record is the committee's, and its running footer
    does not start the record."""
    (meeting,) = text_meetings(PROCEEDINGS)
    assert meeting.committee == "Glenshesk District Council — Leisure and Amenities Committee"
    assert [(i.number, i.title) for i in meeting.items][:2] == [
        ("1", "APOLOGIES"), ("2", "LEISURE CENTRE OPENING HOURS")]


def test_a_running_footer_with_a_page_number_is_dropped_from_a_paper_saved_as_text() -> None:
    """'Leisure and Amenities Committee 09.03.15      1', then '… 2' a page on: a paper saved
    as text keeps its footers, which neither start a record nor belong to the item they fall
    in: item 3 goes on over the page."""
    (meeting,) = text_meetings(PROCEEDINGS)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert "Parkplay" in meeting.items[2].text
    assert all("09.03.15" not in item.text for item in meeting.items)


def test_a_committee_recommending_to_its_council_decides() -> None:
    """'The Committee RECOMMENDED that …', as a committee whose decisions the council ratifies
    records them, is the item's decision, of the agreed kind."""
    (meeting,) = text_meetings(PROCEEDINGS)
    assert [i.decision for i in meeting.items] == ["none", "agreed", "agreed", "none"]


ISSUE_PAGE_WITH_JOINT_MINUTES = """<html><head>
<title>Agenda item - Stannerholt Borough Council</title></head><body>
<p>Committees &gt; Executive &gt; Executive - Tuesday, 9th September, 2025 6.00 pm &gt;
Agenda item</p>
<h2>Agenda item</h2>
<h2>Wendmoor Waste Partnership - Joint Board Minutes</h2>
<p>Meeting: 09/09/2025 - Executive (Item 7)</p>
<p>To receive the minutes of the Joint Board meeting held on 17 July 2025.</p>
<h3>Minutes:</h3>
<p>The Leader introduced the minutes of the Joint Board, which are set out below.</p>
<h3>Resolved:</h3>
<p>That the minutes be noted.</p>
<p><strong>JOINT BOARD MEETING: 17 JULY 2025, 2.00PM – COUNCIL CHAMBER, BRINDLE HOUSE</strong></p>
<p><strong>Joint Board Members Present:</strong></p>
<p>Cllr Petra Quillfeather (Chair), Cllr Owen Trask, Cllr Yusuf Amani</p>
<p><strong>1. Apologies for Absence</strong></p>
<p>Apologies were received from Cllr Hal Brenner.</p>
<p><strong>2. Recycling Contract Extension</strong></p>
<p>The Joint Board RESOLVED to extend the recycling contract by twelve months.</p>
<p><strong>3. Date of Next Meeting</strong></p>
<p>16 October 2025.</p>
</body></html>"""


def test_minutes_pasted_into_a_meeting_s_issue_page_are_their_own_meeting() -> None:
    """An issue page's item ('Meeting: 09/09/2025 - Executive (Item 7)', under the breadcrumb
    'Committees > Executive > Executive - …') carries another body's minutes headed 'JOINT
    BOARD MEETING: 17 JULY 2025, 2.00PM – <place>' over who attended: those are the Joint
    Board's meeting of that day, and the page's own meeting is the Executive's."""
    host, joint = html_meetings(ISSUE_PAGE_WITH_JOINT_MINUTES)
    assert (host.date, host.committee.rsplit("— ", 1)[-1]) == (date(2025, 9, 9), "Executive")
    assert joint.date == date(2025, 7, 17)
    assert [i.title for i in joint.items] == [
        "Apologies for Absence", "Recycling Contract Extension", "Date of Next Meeting"]
    assert not any(i.title.startswith("Meeting:") for i in host.items)


OLD_MEETING_PAGE = """Tidwick District Council

Meeting documents

Standards Committee
Tuesday, 9th February, 2016 6.30 pm

No. Item

14. APOLOGIES FOR ABSENCE

Minutes:
Apologies were received from Councillor Mrs D Pask.

15. MINUTES OF PREVIOUS MEETING

Supporting documents:

Minutes 12 January 2016, item 15 PDF 88 KB

Minutes:
RESOLVED: That the minutes of the meeting held on 12 January 2016 be confirmed.

16. WORK PROGRAMME

Supporting documents:

Work programme 2016, item 16 PDF 40 KB

Minutes:
RESOLVED: That the work programme be noted.
"""


def test_papers_listed_under_supporting_documents_are_no_items() -> None:
    [meeting] = text_meetings(OLD_MEETING_PAGE)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("14", "APOLOGIES FOR ABSENCE"), ("15", "MINUTES OF PREVIOUS MEETING"),
        ("16", "WORK PROGRAMME")]
    assert meeting.items[1].decision == "resolved"


def test_a_public_question_from_and_to_named_members_is_no_reports_cover() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Council - Thursday, 9th March, 2017 7.00 pm\n\n"
        "Minutes of the meeting of Pengarth Borough Council\n\n"
        "14/17 Apologies for absence\n\nApologies were received from Councillor Gorran.\n\n"
        "15/17 Questions from members of the public\n\nFrom: Mrs Ann Rosevear\n\n"
        "To: Cabinet Member for Highways\n\n\u201cWhen will the crossing be repaired?\u201d\n\n"
        "Councillor Polvean replied that the work was booked for April.\n\n"
        "16/17 Treasury Management Report\n\nCouncil noted the report.\n\n"
        "17/17 Date of next meeting\n\n13 April 2017.\n")
    assert [i.number for i in meeting.items] == ["14/17", "15/17", "16/17", "17/17"]


ISSUE_DECISIONS_PAGE = """<html><body><ul><li>Home</li><li>Committees</li><li>Decisions</li></ul>
<h1>Issue - decisions</h1>
<h2>Allotment Rents Review</h2>
<ul><li>Issue history</li></ul>
<h3>14/03/2019 - Allotment Rents Review</h3>
<p>Councillor Ann Polvean moved the recommendation of the Cabinet, which was seconded by
Councillor Ben Gorran.</p>
<p>RESOLVED that the allotment rents be increased by 5% from 1 October 2019.</p>
<h3>19/02/2019 - Allotment Rents Review</h3>
<p>RESOLVED that Council be recommended to increase the allotment rents by 5%.</p>
</body></html>"""


def test_an_issue_pages_dated_decisions_are_each_a_meetings_item() -> None:
    """A modern.gov issue's 'Issue - decisions' page: each block headed 'dd/mm/yyyy - <issue>'
    is the decision of the meeting held that day, its item titled by the issue."""
    meetings = html_meetings(ISSUE_DECISIONS_PAGE)
    assert [(m.date, [item.title for item in m.items]) for m in meetings] == [
        (date(2019, 3, 14), ["Allotment Rents Review"]),
        (date(2019, 2, 19), ["Allotment Rents Review"])]
    assert [m.items[0].decision for m in meetings] == ["resolved", "resolved"]


def test_a_heading_in_capitals_wrapped_onto_a_word_of_its_own_is_one_heading() -> None:
    """'64 LOCAL GOVERNMENT ASSOCIATION – FIRE SERVICES MANAGEMENT' / (blank) / 'COMMITTEE'
    in bold: the heading's last word, set on a line of its own, is still the heading's."""
    page = (f"PENGARTH FIRE AUTHORITY\nMINUTES OF THE MEETING HELD ON 15 MARCH 2013\n\n"
            f"{BOLD}62 APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Moyle."
            f"\n\n{BOLD}63 MINUTES OF THE EXECUTIVE COMMITTEE\n\nRESOLVED\nThat the Minutes be "
            f"received.\n\n{BOLD}64 LOCAL GOVERNMENT ASSOCIATION – FIRE SERVICES MANAGEMENT\n\n"
            f"{BOLD}COMMITTEE\n\nRESOLVED\nThat the Minutes of the Committee be noted.\n\n"
            f"{BOLD}65 DATE OF NEXT MEETING\n\nThe next meeting will be held on 12 April 2013.\n")
    (meeting,) = pdf_meetings((page,))
    assert [item.title for item in meeting.items][2] == \
        "LOCAL GOVERNMENT ASSOCIATION – FIRE SERVICES MANAGEMENT COMMITTEE"


def test_a_meeting_pages_by_line_between_an_entry_and_its_number_again_is_not_its_title() -> None:
    """'5 pdf Enforcement Action - Case Update WDC/0412 (412Kb)' / 'Report of the Head of
    Planning' / '5' / the minute: the report's by-line is no part of the title."""
    (meeting,) = text_meetings(
        "Planning Committee North - Tuesday, 7th April, 2026 6.30 pm\n\n"
        "Present: Councillors A Cawsand (Chair), B Tregony and C Polvean.\n\n"
        "4 pdf Minutes of the last meeting (120Kb)\n\n4\n\n"
        "RESOLVED That the minutes of the meeting of 10 March 2026 be confirmed.\n\n"
        "5 pdf Enforcement Action - Case Update WDC/0412 (412Kb)\n\n"
        "Report of the Head of Planning and Building Control\n\n5\n\n"
        "The Committee received report WDC/0412, which listed every open case.\n\n"
        "RESOLVED That the report be received.\n\n"
        "6 pdf Planning Appeals Report WDC/0416 (96Kb)\n\n"
        "Report of the Cabinet Member for Planning\n\n6\n\n"
        "The Committee noted the appeal decisions.\n")
    assert [item.title for item in meeting.items] == [
        "Minutes of the last meeting", "Enforcement Action - Case Update WDC/0412",
        "Planning Appeals Report WDC/0416"]


def test_an_items_title_naming_earlier_minutes_under_its_reference_opens_no_meeting() -> None:
    """'JAC 2/09' / 'MINUTES OF THE MEETING HELD ON 29 JANUARY 2009' in a table of items: the
    item confirming the last minutes, not the start of a meeting of that day."""
    meetings = html_meetings(
        "<html><body><h1>Joint Archives Committee Minutes</h1><p>Thursday 28 May 2009</p>"
        "<p>Attendance Details</p><p>Councillor P Garbutt (Pengarth Council), Councillor E "
        "Kitching (Hartness Borough Council).</p>"
        "<table><tr><th>Item Number</th><th>Item/Resolution</th></tr>"
        "<tr><td>JAC 1/09</td><td><p>APPOINTMENT OF CHAIR 2009/2010</p><p>AGREED That Councillor "
        "M Sowerby be Chair for 2009/2010.</p></td></tr>"
        "<tr><td>JAC 2/09</td><td><p>MINUTES OF THE MEETING HELD ON 29 JANUARY 2009</p>"
        "<p>Members had before them the minutes of the meeting of 29 January 2009.</p>"
        "<p>AGREED That the minutes be signed as a true record.</p></td></tr>"
        "<tr><td>JAC 3/09</td><td><p>REVENUE OUTTURN 2008/2009</p><p>AGREED That the outturn be "
        "noted.</p></td></tr></table></body></html>")
    assert [str(m.date) for m in meetings] == ["2009-05-28"]


def test_a_committee_system_page_saved_as_text_is_named_by_its_title_line() -> None:
    """'Agenda for Personnel Committee on Thursday, 11th March, 2021, 6.30 pm - Pengarth Town
    Council' as the first line of the saved text: the town council's Personnel Committee."""
    (meeting,) = text_meetings(
        "Agenda for Personnel Committee on Thursday, 11th March, 2021, 6.30 pm - Pengarth Town "
        "Council\n\nSkip to main content\n\nPengarth Town Council\n"
        "Home | Councillors | Committees | Meetings\n\n"
        "You are here: Committees > Personnel Committee > Meeting\n\nAgenda and minutes\n\n"
        "Venue: Virtual Meeting\n\nItems\nNo. Item\n\n712.\n\nAPOLOGIES FOR ABSENCE.\n\n"
        "Minutes:\n\nCllrs. R. Dunmore and Mrs. A. Pike.\n\n713.\n\nSTAFFING REVIEW.\n\n"
        "Minutes:\n\nRESOLVED that the review be adopted.\n")
    assert meeting.committee == "Pengarth Town Council — Personnel Committee"


def test_a_minutes_label_under_every_heading_is_a_field_not_an_item() -> None:
    """Bold headings, each with 'Minutes: …' under it and 'Proposed: …' under its motions: the
    headings are the items; the repeated labels are their fields."""
    heading = BOLD
    (meeting,) = text_meetings(
        "CHRISTMAS LIGHTS SWITCH ON EVENT\n"
        "Minutes of the meeting held on Tuesday 8th October 2024 at 4.00pm in the Parlour\n"
        "Present: Cllr D Colwill (Chair), Cllr P Yeoland, Cllr M Wilmot\n"
        f"{heading}Apologies for Absence\nMinutes: The Town Clerk had sent his apology.\n"
        "Resolved that the apology be accepted.\nProposed: Cllr Colwill Seconded: Cllr Wilmot\n"
        f"{heading}Minutes\nMinutes: the notes of 10th September 2024 be signed as the minutes.\n"
        "Proposed: Cllr Colwill Seconded: Cllr Yeoland Carried: Unanimously\n"
        f"{heading}Stallholders\nMinutes: Nadia told members that 21 stalls are booked so far.\n"
        f"{heading}Budget\nMinutes: Owen reported that £2,180 remained in the budget.\n"
        "Resolved to approve expenditure of up to £1,250 on the event.\n"
        "Proposed: Cllr Wilmot Seconded: Cllr Colwill Carried: Unanimously\n"
        f"{heading}Date of Next Meeting\nMinutes: Tuesday 5th November 2024 at 4.00pm.\n")
    assert [item.title for item in meeting.items] == [
        "Apologies for Absence", "Minutes", "Stallholders", "Budget", "Date of Next Meeting"]


def test_a_table_row_numbered_within_the_council_year_keeps_its_heading_cell_apart() -> None:
    page = """<html><body><h1>Minutes of the Meeting of Harbury Town Council held on
    Monday 2 October 2017</h1>
    <table>
    <tr><td>Present:</td><td></td><td>Cllrs Venn (Chair), Mrs Quick and Rowe.</td></tr>
    <tr><td>88/2017/18</td><td>Apologies</td><td>Received from Cllrs Tanner and Mrs Eden.</td></tr>
    <tr><td>89/2017/18</td><td>Finance</td><td>Payments totalling £1,204.00 were authorised
    and the cheques signed.</td></tr>
    <tr><td>90/2017/18</td><td>Street Lighting – Kiln Lane</td><td>Cllr Rowe reported two
    lamps out. It was agreed that the Clerk report them.</td></tr>
    </table></body></html>"""
    [meeting] = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("88/2017/18", "Apologies"), ("89/2017/18", "Finance"),
        ("90/2017/18", "Street Lighting – Kiln Lane")]


def test_a_date_in_a_table_s_first_cell_is_not_an_item_number() -> None:
    from indexer.read.stacked import ITEM_NUMBER

    assert ITEM_NUMBER.match("63/2015/16")
    assert not ITEM_NUMBER.match("12/10/2017")


def test_catchwords_over_numbered_paragraphs_title_a_scottish_minute() -> None:
    """'Internal audit plan 2026/27 approved.' over '3 There was submitted a report …': a
    minute's catchwords, closed by a stop, title the numbered paragraph under them."""
    text = ("Carrickvale City Region Cabinet\n\nCarrickvale, 10th February 2026.\n\n"
            "Present: Councillor Morag Baillie (Chair); Councillor Ewan Dalziel.\n\n"
            "Minutes of previous meeting approved.\n\n"
            "1 The minutes of 9th December 2025 were submitted and approved.\n\n"
            "Programme status report – Noted.\n\n"
            "2 There was submitted a report by the Director advising of the status of the "
            "programme.\n\nAfter consideration, the Cabinet noted the report.\n\n"
            "Internal audit plan 2026/27 approved.\n\n"
            "3 There was submitted a report by the Head of Audit presenting the plan.\n\n"
            "The Cabinet approved the plan.\n\n"
            "Regional Skills Board – Terms of reference approved.\n\n"
            "4 There was submitted a report seeking approval of revised terms of reference.\n\n"
            "The Cabinet approved the terms of reference.\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Minutes of previous meeting approved"), ("2", "Programme status report – Noted"),
        ("3", "Internal audit plan 2026/27 approved"),
        ("4", "Regional Skills Board – Terms of reference approved")]


def test_a_mover_s_name_before_each_motion_is_no_title() -> None:
    """'201/25 KOVAC: That the agenda be adopted …' under 'AGENDA': a rural municipality's
    resolutions open with their mover's surname, the same few names over and over; the
    heading above each is its title."""
    text = ("R.M. OF PRAIRIE BLUFF NO. 210\n\nMinutes of the regular meeting of council held "
            "on July 8, 2025.\n\nPresent: Reeve Ana Kovac, Councillors Ed Lund, Tom Fehr, "
            "Jo Nagy\n\nAGENDA\n\n201/25 LUND: That the agenda be adopted as presented. "
            "Carried\n\nMINUTES\n\n202/25 FEHR: That the minutes of June 10 be adopted. "
            "Carried\n\nACCOUNTS FOR APPROVAL\n\n203/25 NAGY: That the accounts be paid. "
            "Carried\n\nGRADER TENDER\n\n204/25 LUND: That the tender of Prairie Iron be "
            "accepted. Defeated\n\nCORRESPONDENCE\n\n205/25 FEHR: That the correspondence be "
            "filed. Carried\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("201/25", "AGENDA"), ("202/25", "MINUTES"), ("203/25", "ACCOUNTS FOR APPROVAL"),
        ("204/25", "GRADER TENDER"), ("205/25", "CORRESPONDENCE")]


def test_a_subject_repeated_before_its_motions_stays_their_title() -> None:
    """'3 Planning: That no objection be raised …' twice, with no heading above: the subject
    of each resolution, not its mover."""
    text = ("Minutes of the Meeting of Holmby Parish Council held on 4 March 2019\n\n"
            "Present: Cllrs Ash, Birch\n\n1 Minutes: That the minutes be signed.\n\n"
            "2 Planning: That no objection be raised to 19/0044.\n\n"
            "3 Planning: That the Council object to 19/0051.\n\n"
            "4 Finance: That the accounts be paid.\n\n"
            "5 Finance: That the audit be accepted.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Minutes", "Planning", "Planning", "Finance", "Finance"]
