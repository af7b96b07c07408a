"""A council's own minute references, learnt from the run of lines they open (numbering.py)."""

from __future__ import annotations

from indexer.parse.numbering import learn_references
from indexer.records import HEADING_MARK as BOLD
from indexer.records import Line
from tests.fixtures.minutes import text_meetings

OPENING = """Ellmouth Vale Parish Council

Minutes of the meeting held on Tuesday 4 June 2024 at 7.30pm

Present: Councillors Abbot (Chair), Birch and Cole

"""


def test_a_reference_form_no_rule_names_is_learnt_from_its_run() -> None:
    (meeting,) = text_meetings(
        OPENING + "2024-041 Apologies\nApologies were received from Councillor Dane.\n\n"
        "2024-042 Declarations of interest\nThere were none.\n\n"
        "2024-043 Minutes of the last meeting\nRESOLVED that the minutes be signed.\n\n"
        "2024-045 Planning\nThe council raised no objection to 24/01234/FUL.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2024-041", "Apologies"), ("2024-042", "Declarations of interest"),
        ("2024-043", "Minutes of the last meeting"), ("2024-045", "Planning")]
    assert meeting.items[2].decision == "resolved"


def test_references_of_the_meetings_date_and_a_counter_number_the_items() -> None:
    """'18.3.2021.01 Confirmation of Minutes': a district's items numbered by the meeting's
    date and a counter; the date alone stays no reference."""
    (meeting,) = text_meetings(
        OPENING + "4.6.2024.01 Confirmation of Minutes\nThe minutes were confirmed.\n\n"
        "4.6.2024.02 Matters Arising\nThere were none.\n\n"
        "4.6.2024.03 Schedule of Works\nThe schedule was agreed.\n\n"
        "4.6.2024.04 Correspondence\nThe letters were noted.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4.6.2024.01", "Confirmation of Minutes"), ("4.6.2024.02", "Matters Arising"),
        ("4.6.2024.03", "Schedule of Works"), ("4.6.2024.04", "Correspondence")]


def test_a_learnt_reference_alone_on_its_line_takes_the_title_below() -> None:
    (meeting,) = text_meetings(
        OPENING + "MV#17\nApologies\nNone were received.\n\nMV#18\nFinance\n"
        "The council approved the payments list.\n\nMV#19\nHighways\n"
        "The Clerk reported the pothole on Mill Lane.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("MV#17", "Apologies"), ("MV#18", "Finance"), ("MV#19", "Highways")]


def test_references_that_run_on_into_the_next_meeting_are_one_run() -> None:
    learnt = learn_references([Line(text, 1) for text in (
        "24~05~07 Apologies", "Noted.", "24~05~08 Finance", "Paid.",
        "24~06~01 Apologies", "None.", "24~06~02 Planning")], lambda text: False)
    assert learnt.printed == {0: "24~05~07", 2: "24~05~08", 4: "24~06~01", 6: "24~06~02"}
    assert [line.text for line in learnt.lines[::2]] == [
        "1/00 Apologies", "2/00 Finance", "3/00 Apologies", "4/00 Planning"]


def test_a_list_of_planning_applications_is_not_a_run_of_minutes() -> None:
    lines = [Line(text, 1) for text in (
        "24~00123~FUL Land at Mill Lane", "24~00456~HOU 3 Church Row",
        "24~00917~FUL Old Forge", "24~01288~LBC The Granary")]
    assert learn_references(lines, lambda text: False).printed == {}


def test_references_out_of_order_or_too_few_are_left_alone() -> None:
    lines = [Line(text, 1) for text in (
        "M~4 Finance", "M~2 Apologies", "M~9 Planning", "M~1 Highways", "M~7 Close")]
    assert learn_references(lines, lambda text: False).printed == {}
    assert learn_references(lines[:2], lambda text: False).printed == {}


def test_numbers_the_reader_knows_times_and_money_are_never_rewritten() -> None:
    lines = [Line(text, 1) for text in (
        "1. Apologies", "2. Finance", "3. Planning", "7.30pm Public forum", "8.00pm Close",
        "8.30pm Social", "£120 Grass cutting", "£130 Hall hire", "£140 Audit")]
    known = learn_references(lines, lambda text: text[:1].isdigit() and text[1:2] == ".")
    assert known.printed == {}
    assert known.lines == lines


def test_a_learnt_reference_run_into_its_title_is_cut_from_it() -> None:
    (meeting,) = text_meetings(
        OPENING + "MV~24~17Apologies\nNone were received.\n\nMV~24~18Finance\n"
        "The council approved the payments list.\n\nMV~24~19Highways\n"
        "The Clerk reported the pothole on Mill Lane.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("MV~24~17", "Apologies"), ("MV~24~18", "Finance"), ("MV~24~19", "Highways")]


def test_a_reference_followed_by_the_meetings_own_code_is_one_reference() -> None:
    (meeting,) = text_meetings(
        OPENING + "F1. 06/24 Apologies – Cllr Dane (holiday)\n"
        "F2. 06/24 Minutes of the last meeting: Agreed.\n"
        "F3. 06/24 Insurance renewal: Resolved to renew with the present insurer.\n"
        "F4. 06/24 Date of next meeting: Tuesday 2nd July 2024\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("F1. 06/24", "Apologies"), ("F2. 06/24", "Minutes of the last meeting"),
        ("F3. 06/24", "Insurance renewal"), ("F4. 06/24", "Date of next meeting")]


ROMAN_LABELS = """Strathnever Community Council

Minutes of a meeting held on Monday 3 March 2025 at 7pm in the Village Hall, Inverbrae

Present: Ruaridh Vass (Chair), Ishbel Croy (Secretary), Tam Donald

ITEM I - Apologies
1. Apologies were received from Ailsa Dunnet.

ITEM II - Minutes of the previous meeting
2. The minutes of February were approved.

ITEM III - Slipway gate
3. Tam Donald reported that the repair had been finished.

4. Members thanked the contractor.

ITEM IV - Any other business
5. There was none.
"""


def test_items_labelled_in_roman_figures_over_running_paragraph_numbers() -> None:
    """'ITEM III - Slipway gate', counting I, II, III … once through the record, heads the
    items; the paragraphs numbered 1, 2, 3 … straight through the minutes under them are
    the items' text, not items of their own."""
    (meeting,) = text_meetings(ROMAN_LABELS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("I", "Apologies"), ("II", "Minutes of the previous meeting"), ("III", "Slipway gate"),
        ("IV", "Any other business")]
    assert "contractor" in meeting.items[2].text


AGENDA_HEADS = f"""Wistlecombe Parish Council

Minutes of the meeting held on Tuesday 2 February 2021 at 7pm by video link

Present: Cllrs Ashe (Chair), Bray and Cuff

{BOLD}1. DECLARATION OF INTEREST

{BOLD}21.011 Code of Conduct

Cllr Bray has joined the allotment society's committee.

{BOLD}21.012 Gifts

None.

{BOLD}21.013 Training

Cllr Cuff will attend the planning course in March.

{BOLD}2. PUBLIC PARTICIPATION SESSION

21.014 Two residents spoke about the bus shelter and the state of the pavement by the
school.

{BOLD}3. FINANCE

{BOLD}21.015 Payments

It was RESOLVED that the payments be approved.

{BOLD}21.016 Precept 2021/22

It was RESOLVED that the precept be set at £18,400.

{BOLD}4. CORRESPONDENCE

21.017 A letter from the county council about winter gritting was noted.

{BOLD}5. PLANNING

{BOLD}21.018 19/1187/FUL – Higher Combe Farm

It was RESOLVED to support the application.

{BOLD}21.019 19/1203/HOU – 4 Mill Lane

It was RESOLVED to raise no objection.
"""


def test_minutes_numbered_in_their_own_series_take_the_agenda_heading_above_them() -> None:
    """'2. PUBLIC PARTICIPATION SESSION' in bold over '21.014 Two residents spoke …': the
    minute opens its paragraph at once, and the agenda's heading above is its title, the
    agenda's number its reference; a minute with a heading of its own keeps it."""
    (meeting,) = text_meetings(AGENDA_HEADS)
    assert [(i.number, i.agenda_ref, i.title) for i in meeting.items][2:7] == [
        ("21.013", "", "Training"),
        ("21.014", "2", "PUBLIC PARTICIPATION SESSION"),
        ("21.015", "", "Payments"), ("21.016", "", "Precept 2021/22"),
        ("21.017", "4", "CORRESPONDENCE")]


LABELLED_WITH_MARGIN_REFS = """\
LOWER GARTH VILLAGE COMMISSIONERS

Minutes of the ordinary meeting held in the Institute, Lower Garth on 11 March 2021 at 7:30pm.

Present Mr B. Costain (Chairman), Mrs E. Radcliffe, Mr H. Faragher

ITEM 1 MINUTES 21/031

The minutes of the meeting held on 11 February 2021 were agreed.

ITEM 2 PLAY AREA

21/032 The Clerk reported that the new swings had been installed.

ITEM 3 FINANCE 21/033

The Board approved payments totalling £2,310.00.

ITEM 4 STREET LIGHTING 21/034

The Board agreed to replace two lanterns on Shore Road.

ITEM 5 DATE OF NEXT MEETING

21/035 The next meeting will be held on 8 April 2021.
"""


def test_references_written_year_first_at_the_heading_s_end_number_the_minutes() -> None:
    """'ITEM 3 FINANCE 21/033': the running reference printed at the heading's end, year first,
    numbers the minute and leaves its title, as '… payments 208/24' does number first."""
    (meeting,) = text_meetings(LABELLED_WITH_MARGIN_REFS)
    assert [(i.number, i.title) for i in meeting.items if "/" in i.number] == [
        ("21/031", "MINUTES"), ("21/033", "FINANCE"), ("21/034", "STREET LIGHTING")]


def test_an_opening_heading_however_long_closed_by_a_stop_on_its_own_line_is_a_heading() -> None:
    """'2. Declarations of interest in accordance with the Parish Councils (Model Code of
    Conduct) Order 2007.' on a line of its own, its text a paragraph under it: a heading
    minutes open with, with no verb, though long and closed by a full stop."""
    text = ("Minutes of the meeting of Ashby Parva Parish Council held on 5th March 2012\n\n"
            "Present: Cllrs Bell, Reid and Lowe\n\n1. Apologies\n\nCllr Dee.\n\n"
            "2. Declarations of interest in accordance with the Parish Councils (Model Code of "
            "Conduct) Order 2007.\n\nAn interest was declared by Cllr Reid in item 4.\n\n"
            "3. Minutes\n\nThe minutes were approved.\n\n4. Planning\n\nNo objection was raised "
            "to the extension at Rose Villa.\n")
    (meeting,) = text_meetings(text)
    assert [i.title.rstrip(".") for i in meeting.items][1] == (
        "Declarations of interest in accordance with the Parish Councils (Model Code of "
        "Conduct) Order 2007")


def test_minute_references_glued_to_headings_in_capitals_are_set_apart() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF A MEETING OF PENGARTH TOWN COUNCIL HELD ON MONDAY 14th MAY 2007\n\n"
        "Present: Cllr P. Tregony (Mayor), Cllr A.B. Cawsand\n\n"
        "412/01APOLOGIES None received.\n\n412/02MINUTES The minutes were confirmed.\n\n"
        "412/03FOOTPATHS Cllr Cawsand reported the broken stile.\n\n"
        "412/04ANY OTHER BUSINESS None.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("412/01", "APOLOGIES"), ("412/02", "MINUTES"), ("412/03", "FOOTPATHS"),
        ("412/04", "ANY OTHER BUSINESS")]
    (meeting,) = text_meetings(
        "Minutes of the meeting of Lanreath Town Council held on Monday 8th March 2010\n\n"
        "TC88/09/10APOLOGIES – None were received.\n\n"
        "TC89/09/10MINUTES – It was RESOLVED that the minutes be signed.\n\n"
        "TC90/09/10MAYOR'S ANNOUNCEMENTS – The Mayor had attended the civic service.\n\n"
        "TC91/09/10DATE OF NEXT MEETING – 12th April 2010.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("TC88/09/10", "APOLOGIES"), ("TC89/09/10", "MINUTES"),
        ("TC90/09/10", "MAYOR'S ANNOUNCEMENTS"), ("TC91/09/10", "DATE OF NEXT MEETING")]


def test_an_agenda_number_before_a_running_minute_in_brackets_keeps_both() -> None:
    """'4 (392) MINUTES AND AGENDA: …': the agenda's number, then the council's running minute
    number in brackets; the minute is the item's number, the agenda's its reference."""
    (meeting,) = text_meetings(
        "PENGARTH COMMUNITY COUNCIL\n\nMINUTES OF COMMUNITY COUNCIL MEETING ON 3rd March 2020\n\n"
        "PRESENT: Councillors Ann Gorran (Chair), Huw Cawsand, Eira Tregony.\n\n"
        "1 (512) RECEIVE APOLOGIES: Councillor Rhys Pentewan.\n\n"
        "2 (513) MINUTES: The minutes of the meeting on 4th February 2020 were approved.\n\n"
        "3 (514) PLANNING APPLICATIONS: No objection to 2020/00121/HH.\n\n"
        "4 (515) DATE OF NEXT MEETING: 7th April 2020.\n")
    assert [(i.number, i.agenda_ref, i.title) for i in meeting.items] == [
        ("512", "1", "RECEIVE APOLOGIES"), ("513", "2", "MINUTES"),
        ("514", "3", "PLANNING APPLICATIONS"), ("515", "4", "DATE OF NEXT MEETING")]


def test_references_counting_by_letter_are_a_run_and_their_sub_items_sit_in_it() -> None:
    (meeting,) = text_meetings(
        OPENING + "7-A    PRIOR MINUTES\nMotion to accept the minutes. Motion Carried\n\n"
        "7-B    HEARINGS\nThe hearing on the sign law was held.\n\n"
        "7-C    CORRESPONDENCE\n\n7-C1  Fire Chief re: Ladder truck\n"
        "Motion to buy the truck. Motion Carried\n\n"
        "7-C2  Parks Director re: Pavilion roof\nMotion to mend the roof. Motion Carried\n\n"
        "7-C3  Village Clerk re: Raffle permit\nMotion to grant the permit. Motion Carried\n\n"
        "7-D    BILLS\nMotion to pay the bills. Motion Carried\n\n"
        "7-E    CLOSE\nThe meeting closed at 9:05 P.M.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("7-A", "PRIOR MINUTES"), ("7-B", "HEARINGS"), ("7-C", "CORRESPONDENCE"),
        ("7-C1", "Fire Chief re: Ladder truck"), ("7-C2", "Parks Director re: Pavilion roof"),
        ("7-C3", "Village Clerk re: Raffle permit"), ("7-D", "BILLS"), ("7-E", "CLOSE")]


def test_references_numbering_each_items_sentences_stay_in_their_items() -> None:
    (meeting,) = text_meetings(
        OPENING + "2403-01 Footpaths\n2403-01.458 Mr Hale reported that the stile is mended.\n"
        "2403-01.459 The bridge will be reported again.\n\n2403-02 Highways\n"
        "2403-02.460 The manhole cover has been made safe by the county.\n\n2403-03 Allotments\n"
        "2403-03.461 Councillor Croft declared an interest and left the room.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2403-01", "Footpaths"), ("2403-02", "Highways"), ("2403-03", "Allotments")]


def test_a_minutes_reference_then_its_agenda_number_opens_each_item() -> None:
    (meeting,) = text_meetings(
        OPENING + "Agenda Item Action\n\n"
        "88/24-25 1. Apologies – sent by Cllr Dane, who is unwell.\n\n"
        "89/24-25 2. Declarations of Interest – none.\n\n"
        "90/24-25 3. Mayor’s Report – Cllr Abbot reported on the civic service.\n\n"
        "91/24-25 4. Finance – the payments list was approved.\n")
    assert [(i.number, i.agenda_ref, i.title) for i in meeting.items] == [
        ("88/24-25", "1", "Apologies"), ("89/24-25", "2", "Declarations of Interest"),
        ("90/24-25", "3", "Mayor’s Report"), ("91/24-25", "4", "Finance")]


def test_a_reference_set_apart_from_its_title_by_a_spaced_colon_opens_an_item() -> None:
    (meeting,) = text_meetings(
        OPENING + "P&RC/2011/101 : STREET LIGHTING – MILL ROW\nThe report was noted.\n\n"
        "P&RC/2011/102 : GRASS CUTTING CONTRACT\nIt was agreed to renew the contract.\n\n"
        "P&RC/2011/103 : ALLOTMENT RENTS\nThe rents were held at £30.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("P&RC/2011/101", "STREET LIGHTING – MILL ROW"),
        ("P&RC/2011/102", "GRASS CUTTING CONTRACT"), ("P&RC/2011/103", "ALLOTMENT RENTS")]


def test_a_minute_number_typed_in_brackets_after_its_heading_numbers_the_item() -> None:
    """'Minutes. (41)' / 'Apologies.(40) Cllr Rees – holiday.': a clerk's running numbers after
    the headings, some with the text run on; a page's labels over its files are no items."""
    (meeting,) = text_meetings(
        "Cwm Tarren Community Council\n\nMinutes of the meeting held on Tuesday 8th May 2012\n\n"
        "Present: Cllr A Rees (Chairman), Cllr B Lloyd.\n\n"
        "Apologies.(40) Cllr C Evans – holiday.\n\nMinutes. (41)\n\n"
        "The minutes of the last meeting were approved.\n\nPlanning. (42)\n\n"
        "No objection to the barn at Tyn Coed.\n\nFootpaths (44)\n\n"
        "The stile on path 12 is broken.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("40", "Apologies"), ("41", "Minutes"), ("42", "Planning"), ("44", "Footpaths")]
    (meeting,) = text_meetings(
        "Cwm Tarren Community Council\n\nMinutes of the meeting held on Tuesday 8th May 2012\n\n"
        "Present: Cllr A Rees (Chairman), Cllr B Lloyd.\n\n1. Apologies\n\n"
        "Cllr C Evans sent apologies.\n\n2. Reports\n\nThe Clerk reported on these papers.\n\n"
        "Document Type (02) Budget.pdf\n\n"
        "Document Type (03) Minute.pdf\n\nDocument Type (05) Plan.pdf\n\n3. Close\n\n"
        "The meeting closed at 9pm.\n")
    assert [item.number for item in meeting.items] == ["1", "2", "3"]


def test_a_list_number_then_a_minute_number_of_the_council_year_numbers_the_item() -> None:
    """'1) 071/22.23 – Open Forum': the list's number, then the minute's own running number of
    the council's year ('22.23'); the minute number numbers the item, the list's is the
    agenda's."""
    (meeting,) = text_meetings(
        "Minutes of a meeting of Brackley Moor Parish Council held on Tuesday 10th January 2023 "
        "at 7.30pm\n\nPresent: Cllr A Holt (Chair), Cllr B Rigg\n\n"
        "1)\t071/22.23 – Open Forum\nNo members of the public were present.\n\n"
        "2)\t072/22.23 – Apologies for Absence\nCllr Dean sent apologies, which were accepted.\n\n"
        "3)\t073/22.23 – Minutes\nThe minutes were agreed as a true record.\n\n"
        "4)\t074/22.23 – Finance\nThe payments were approved.\n")
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("071/22.23", "1", "Open Forum"), ("072/22.23", "2", "Apologies for Absence"),
        ("073/22.23", "3", "Minutes"), ("074/22.23", "4", "Finance")]


def test_minute_numbers_with_the_month_in_the_same_four_figures_make_one_chain() -> None:
    # '0305/21': minute 03 of May, in the council's year '21; the first two figures count up.
    text = ("QUENDALE PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Monday, "
            "10th May 2021\n\nPRESENT: Mrs P Hale (Chairman), Mr T Rudd\n\n"
            "0105/21 APOLOGIES were received from Cllr Moss.\n\n"
            "0205/21 DECLARATIONS OF INTEREST\nNone.\n\n"
            "0305/21 PLAYING FIELD\nMr Rudd reported on the mower.\n\n"
            "0405/21 FINANCE\nThe payments were approved.\n\n"
            "0505/21 DATE OF NEXT MEETING\nMonday 14th June 2021.\n")
    items = text_meetings(text)[0].items
    assert [item.number for item in items] == ["0105/21", "0205/21", "0305/21", "0405/21",
                                               "0505/21"]


def test_numbers_closed_by_a_slash_and_headings_closed_by_a_semicolon_are_items() -> None:
    """'02/Apologies;' over its text: a clerk's running number closed by a slash with no year
    after it, run into the heading, and the heading closed by a semicolon on its own line."""
    (meeting,) = text_meetings(
        OPENING + "01/Welcome;\nMrs Hale thanked the council and welcomed the public.\n\n"
        "02/Apologies;\nNone; all members were present.\n\n"
        "03/Election of deputy chairman;\nMrs Birch was elected deputy chairman. Proposed by "
        "Mr Abbot, seconded by Mr Cole, agreed unanimously.\n\n"
        "04/Finance;\nThe payments were approved.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("01/", "Welcome"), ("02/", "Apologies"), ("03/", "Election of deputy chairman"),
        ("04/", "Finance")]
    assert meeting.items[2].decision == "agreed"
    assert meeting.items[1].text.startswith("None; all members")


def test_parts_of_a_day_and_month_minute_are_its_items() -> None:
    """'12/04-10 POLICIES:' over '12/04-10.1 Complaints Procedure: …' and '12/04-10.2 Social
    Media Policy: …': the minute's numbered parts are items under their own headings."""
    text = ("MINUTES OF A MEETING OF GWASHBY TOWN COUNCIL HELD ON WEDNESDAY 12 APRIL 2023\n\n"
            "12/04-1 APOLOGIES: Apologies were received from Cllr Harby.\n\n"
            "12/04-2 MINUTES: RESOLVED that the minutes be approved.\n\n"
            "12/04-3 POLICIES:\n\n"
            "12/04-3.1 Complaints Procedure: RESOLVED to adopt the revised procedure.\n\n"
            "12/04-3.2 Social Media Policy: RESOLVED to adopt the policy.\n\n"
            "12/04-4 DATE OF NEXT MEETING: Wednesday 10th May 2023.\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("12/04-1", "APOLOGIES"), ("12/04-2", "MINUTES"),
        ("12/04-3.1", "Complaints Procedure"), ("12/04-3.2", "Social Media Policy"),
        ("12/04-4", "DATE OF NEXT MEETING")]


def test_a_timed_agenda_s_row_is_titled_by_its_topic_alone() -> None:
    """'1 13.00 – 13.20 Welcome, minutes and declarations of interest EB4.19.1 Chairman': the
    row's timing, paper number and lead stand in cells of their own beside its topic."""
    text = ("Executive Board – MINUTES Date: 13 November 2019\n\n"
            "Item Timing Topic Paper No. Lead\n\n"
            "1 13.00 – 13.20 Welcome, minutes and declarations of interest EB4.19.1 Chairman\n\n"
            "The Board approved the minutes of 11 September 2019.\n\n"
            "2 13.20 – 13.50 Financial update EB4.19.2 HG/RK\n\nThe Board noted the update.\n\n"
            "3 13.50 – 14.40 Freeport outline bid EB4.19.3 HB/RK\n\n"
            "The Board agreed to endorse the outline bid.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Welcome, minutes and declarations of interest", "Financial update",
        "Freeport outline bid"]


def test_minute_numbers_glued_to_headings_in_capitals_number_them() -> None:
    """'1421APOLOGIES–Apologies for absence …' and '1422 MINUTES …': a word processor's lost
    space after the number and around the dash still leave a running minute's heading."""
    text = ("QUENBURY TOWN COUNCIL\n\nMinutes of the Town Council meeting held on Monday 27th "
            "July 2015\n\n1421APOLOGIES–Apologies for absence were received from Cllr Yeatman."
            "\n\n1422 MINUTES OF THE LAST MEETING\n\nThe minutes were approved and signed.\n\n"
            "1423 DECLARATIONS OF INTEREST\n\nNone.\n\n1424 FINANCE\n\nIt was RESOLVED to pay "
            "the accounts.\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1421", "APOLOGIES"), ("1422", "MINUTES OF THE LAST MEETING"),
        ("1423", "DECLARATIONS OF INTEREST"), ("1424", "FINANCE")]


def test_a_table_saved_with_slashes_between_cells_ends_each_heading_at_its_cell() -> None:
    """'922.  / To approve the minutes of 8th February 2012. / Proposed by …': the heading's cell
    ends at its stop and slash; the next cell is the minute's text ('Dist. / County
    Councillors' is one heading)."""
    text = ("SEVEN THORN GREEN PARISH COUNCIL\n\nMinutes of the meeting held on Wednesday 14th "
            "March 2012\n\n920.  / To note apologies. / Apologies were received from Cllr Hale.\n"
            "921.  / To approve the minutes of the meeting of 8th February 2012. / Proposed by "
            "Councillor R Ansell, seconded by Councillor S Hollins, it was resolved that the "
            "minutes be signed as a correct record.\n"
            "922.  / Reports from Dist. / County Councillors. / None were received.\n"
            "923.  / To note correspondence. / A list had been circulated.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "To note apologies", "To approve the minutes of the meeting of 8th February 2012",
        "Reports from Dist. / County Councillors", "To note correspondence"]
    assert meeting.items[1].decision == "resolved"
