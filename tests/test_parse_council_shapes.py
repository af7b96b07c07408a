"""Shapes of minutes from councils the parser was not tuned on, written as clerks write them."""

from __future__ import annotations

from datetime import date

from indexer.parse.meetings import parse_document
from indexer.parse.mentions import mentions
from indexer.read.document import read_document
from indexer.read.html import html_to_text
from indexer.records import HEADING_MARK, Document, SourceFile
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

TOWN = """HIGHBRIDGE TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 9TH JANUARY 2023 AT 7.00PM

PRESENT: Cllrs M. Davies (Mayor), S. Hughes, P. Jenkins, L. Morgan
IN ATTENDANCE: Mrs C. Evans (Town Clerk)

FC/23/001 APOLOGIES FOR ABSENCE
Apologies were received from Cllr T. Rees.

FC/23/002 BUDGET AND PRECEPT 2023/24
The Town Clerk presented the draft budget. It was proposed by Cllr Hughes and seconded by
Cllr Morgan that the precept be set at £145,000. Votes: For 4, Against 1. The motion was CARRIED.

FC/23/003 MEMORIAL HALL ROOF
RESOLVED to accept the quotation from R & J Roofing Ltd of £8,450 + VAT.

FC/23/004 DATE OF NEXT MEETING
Monday 13th February 2023 at 7.00pm.

The meeting closed at 8.40pm.
"""

COMMUNITY = """Kilmory Community Council

Minutes of Meeting held on Wednesday 5th April 2017 at 7.30pm in Kilmory Village Hall

Present: Alan MacLeod (Chair), Fiona Grant (Secretary), Iain Ross, Morag Stewart

Item 1 – Welcome and Apologies
The Chair welcomed everyone.

Item 2 – Minutes of Previous Meeting
The minutes of 1st March were proposed by Iain Ross and seconded by Morag Stewart.

Item 3 – Date of Next Meeting
Wednesday 3rd May 2017.
"""


_meetings = text_meetings


def test_minute_references_with_a_letter_prefix_number_the_items() -> None:
    (meeting,) = _meetings(TOWN)
    assert meeting.date == date(2023, 1, 9)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("FC/23/001", "APOLOGIES FOR ABSENCE"), ("FC/23/002", "BUDGET AND PRECEPT 2023/24"),
        ("FC/23/003", "MEMORIAL HALL ROOF"), ("FC/23/004", "DATE OF NEXT MEETING")]
    assert [i.decision for i in meeting.items] == ["none", "carried", "resolved", "none"]
    assert meeting.items[1].speakers == ("Mrs C Evans", "Cllr S Hughes", "Cllr L Morgan")


def test_minutes_of_meeting_without_an_article_open_the_record_under_its_heading() -> None:
    (meeting,) = _meetings(COMMUNITY)
    assert meeting.committee == "Kilmory Community Council"
    assert meeting.date == date(2017, 4, 5)
    assert [i.title for i in meeting.items] == [
        "Welcome and Apologies", "Minutes of Previous Meeting", "Date of Next Meeting"]
    assert meeting.items[0].speakers == ("Alan MacLeod",)
    assert meeting.items[1].decision == "agreed"


ONE_PARAGRAPH = (
    "MINUTES OF WESTON PARISH COUNCIL MEETING HELD AT THE CHURCH 4TH NOVEMBER 2019 Present: "
    "Cllr David Llewellyn – Chairman, Cllr Mick Peake, Cllr Paul Williams. Also present: "
    "Borough Councillor Colin Sampson and 1 member of the public 1. Apologies for Absence: "
    "None. 2. Chairman’s Report: The new website is now fully operational. 3. Matters arising: "
    "The Chairman hopes a village flyer can be delivered before Christmas.")


def test_lists_run_into_one_paragraph_are_read_and_name_the_chair() -> None:
    (meeting,) = _meetings(ONE_PARAGRAPH)
    assert meeting.attendance.present == (
        "Cllr David Llewellyn – Chairman", "Cllr Mick Peake", "Cllr Paul Williams")
    assert meeting.attendance.also_present == ("Borough Councillor Colin Sampson",)
    speakers = {i.title: i.speakers for i in meeting.items}
    assert speakers["Chairman’s Report"] == ("David Llewellyn",)
    assert speakers["Matters arising"] == ("David Llewellyn",)


SUMMONS = """LITTLE BUDWORTH PARISH COUNCIL

You are hereby summoned to attend the meeting of Little Budworth Parish Council to be held
in the Village Hall on Wednesday 14th June 2023 at 7.30pm.

AGENDA

23/60 To receive apologies for absence.
23/61 Public participation – a period of 15 minutes for residents to address the Council.
23/62 To approve the minutes of the meeting held on 10th May 2023.
23/63 Items for the next agenda (for information only).
23/64 Date of next meeting: Wednesday 12th July 2023.
"""


def test_a_summons_dates_its_agenda_and_each_entry_is_an_item() -> None:
    (agenda,) = _meetings(SUMMONS)
    assert agenda.kind == "agenda"
    assert agenda.committee == "Little Budworth Parish Council"
    assert agenda.date == date(2023, 6, 14)
    assert [i.title for i in agenda.items] == [
        "To receive apologies for absence", "Public participation",
        "To approve the minutes of the meeting held on 10th May 2023",
        "Items for the next agenda (for information only)", "Date of next meeting"]


BILINGUAL = """CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL

Cofnodion cyfarfod a gynhaliwyd nos Lun 6 Mawrth 2023 / Minutes of the meeting held on \
Monday 6 March 2023

Yn bresennol / Present: Cllr Gareth Hughes (Cadeirydd / Chair), Cllr Nia Roberts
Hefyd yn bresennol / Also present: Mrs Siân Williams (Clerc / Clerk)

1. Ymddiheuriadau / Apologies
Cllr Owen Jones.

2. Cyllid / Finance
The Clerk presented the accounts. The Chair thanked her. Payments were approved.

3. Dyddiad y cyfarfod nesaf / Date of next meeting
Monday 3 April 2023.
"""


def test_a_bilingual_record_is_read_by_its_english_words() -> None:
    (meeting,) = _meetings(BILINGUAL)
    assert meeting.committee == "Llanfair Community Council"
    assert meeting.date == date(2023, 3, 6)
    assert meeting.attendance.also_present == ("Mrs Siân Williams (Clerc / Clerk)",)
    assert [i.title for i in meeting.items] == [
        "Ymddiheuriadau / Apologies", "Cyllid / Finance",
        "Dyddiad y cyfarfod nesaf / Date of next meeting"]
    assert meeting.items[1].speakers == ("Siân Williams", "Gareth Hughes")
    assert meeting.items[1].decision == "agreed"


DECIMAL = """WEREHAM PARISH COUNCIL

Minutes of the Ordinary Parish Council Meeting held on 8th July 2014 at 7.30pm

Action 1.0 Welcome, Introductions and apologies

1.1 JB welcomed all. Apologies for absence were noted.

2.0 Minutes of Previous Meeting

2.1 The minutes were confirmed as a correct record.

3.0 Finance

3.1 Payments were approved.

21.0 Date of Next Meeting – Tuesday 9th September 2014, 7.30pm Village Hall.
"""


def test_a_column_heading_run_into_the_first_row_and_a_far_numbered_closing_stub() -> None:
    (meeting,) = _meetings(DECIMAL)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.0", "Welcome, Introductions and apologies"), ("2.0", "Minutes of Previous Meeting"),
        ("3.0", "Finance"), ("21.0", "Date of Next Meeting")]
    assert meeting.items[-1].text.startswith("Tuesday 9th September 2014")


ELECTED = """KENT COUNTY COUNCIL

MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 9 January 2025.

PRESENT: Mr G Cooke, Mr R W Gough, Mr A Brady, Mr D Jeffrey

1. Election of Chair
Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected.
RESOLVED that Mr Cooke be elected to Chair the meeting.

2. Apologies for Absence
None.

3. Budget
Following the debate, the Chairman put the motion to the vote. Motion carried.
"""


def test_a_member_elected_to_chair_the_meeting_is_the_chairman() -> None:
    (meeting,) = _meetings(ELECTED)
    assert meeting.items[2].speakers == ("Mr G Cooke",)


QUESTIONS = """Dear Member

COUNTY COUNCIL - THURSDAY, 13 MARCH 2025

Question 1

Question by Paul Stepto to Rory Love,
Cabinet Member for Education and Skills

Would the Cabinet Member please inform us of the steps taken to protect children?

Answer

Under current legislation, nearly all families are free to educate their child at home.

Question by Susan Carey to Neil Baker,
Cabinet Member for Highways

When will the A20 be resurfaced?

Answer

The works are programmed for the summer.
"""


def test_members_questions_are_items_asked_and_answered() -> None:
    (meeting,) = _meetings(QUESTIONS)
    assert [(i.title, i.speakers) for i in meeting.items] == [
        ("Question by Paul Stepto to Rory Love, Cabinet Member for Education and Skills",
         ("Paul Stepto", "Rory Love")),
        ("Question by Susan Carey to Neil Baker, Cabinet Member for Highways",
         ("Susan Carey", "Neil Baker"))]
    assert "The works are programmed" in meeting.items[1].text


WRAPPED_AGENDA = """An extraordinary meeting of the County Council will be held in the Chamber on
Thursday, 9th January, 2025 at 10.00 am to deal with the following business.

AGENDA

1. Apologies for Absence

2. Declarations of Disclosable Pecuniary Interests or Other

Significant Interests in items on the agenda

3. English Devolution White Paper
"""


def test_an_agenda_title_stopping_on_a_determiner_goes_on_past_a_blank_line() -> None:
    (agenda,) = _meetings(WRAPPED_AGENDA)
    assert [i.title for i in agenda.items] == [
        "Apologies for Absence",
        "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in "
        "items on the agenda", "English Devolution White Paper"]


RUN_ON = """MINUTES OF SNORING PARISH COUNCIL MEETING HELD AT THE CHURCH MONDAY 4th JANUARY 2016

1. Apologies for Absence: none.

2. Church Survey The survey was received and discussed at length by the councillors present.

3. Tree Survey Considered under item 2 4. Provision of HGV Signs The County Council has agreed.

5. Accounts were presented and accepted for payment.
"""


def test_the_next_items_number_run_into_a_paragraph_starts_that_item() -> None:
    (meeting,) = _meetings(RUN_ON)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5"]
    assert "County Council has agreed" in meeting.items[3].text
    assert "County Council" not in meeting.items[2].text


LETTERED = """OAKLEY PARISH COUNCIL
Minutes of the meeting held on Tuesday 10 October 2023 at 7.30pm in the Village Hall

Present: Cllr A Wood (Chairman), Cllr B Hart, Cllr C Lane

A. APOLOGIES
Cllr D Fox sent apologies. J. Smith of the allotment society wrote in.

B. MINUTES OF THE LAST MEETING
The minutes were approved and signed.

C. PLANNING
Cllr Hart reported on two applications.
"""


def test_items_lettered_in_order_are_numbered_by_their_letters() -> None:
    (meeting,) = _meetings(LETTERED)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("A", "APOLOGIES"), ("B", "MINUTES OF THE LAST MEETING"), ("C", "PLANNING")]


def test_a_numbered_present_list_is_the_attendance_and_the_item_the_clerk_numbered() -> None:
    text = ("Minutes of the meeting of the Wereham Parish Council held on Tuesday 8th March 2005"
            "\n\n1. Present: G. Gott - Vice-chairman, P. Markwell, Mrs. Willis, G. Clere.\n\n"
            "2. Apologies: R. Lankfer\n\n3. Minutes: It was agreed that the minutes of the "
            "meeting held on 11th January 2005 be signed as a correct record.\n\n4. Planning: "
            "Three applications were received and the Council raised no objection to any.\n")
    meeting = parse_document(Document("m.txt", "txt", (text,)))[0]
    assert [i.title for i in meeting.items] == ["Present", "Apologies", "Minutes", "Planning"]
    assert "P. Markwell" in " ".join(meeting.attendance.present)


def test_a_number_just_above_the_chain_is_an_item_though_its_heading_lost_its_capital() -> None:
    # OCR reads 'Introduction' as 'introduction' now and then: it is still item 27.
    text = ("Minutes of the Meeting of the Ashby Partnership held on 13 July 2021\n\n"
            "27. introduction\n(Item A1)\n\n"
            "28. Notes of the last meeting\nRESOLVED that the notes be agreed.\n\n"
            "29. Action plan\nMr Peerbux introduced the report.\n\n"
            "30. Working group update\nNoted.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("27", "introduction"), ("28", "Notes of the last meeting"), ("29", "Action plan"),
        ("30", "Working group update")]


def test_bare_numbers_with_headings_run_in_after_a_full_stop_or_alone_with_a_colon() -> None:
    text = ("Minutes of the Meeting of Ashby Parish Council held on 24 July 2014\n\n"
            "1 Apologies. Apologies were received from Cllr Reid.\n\n"
            "2 Declarations of Interest:\nCllr Agate declared an interest in item 6.\n\n"
            "3 Minutes of the last meeting. These were agreed and signed.\n\n"
            "4 Chairman's report\nThe Chairman reported on the fete.\n\n"
            "5 Dog Fouling\nSigns will be put up.\n\n"
            "6 Planning\nNo applications.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Declarations of Interest"),
        ("3", "Minutes of the last meeting"), ("4", "Chairman's report"), ("5", "Dog Fouling"),
        ("6", "Planning")]
    assert "Cllr Reid" in meeting.items[0].text and "Cllr Agate" in meeting.items[1].text


def test_agenda_item_numbers_a_dated_title_line_and_a_heading_without_its_article() -> None:
    text = ("Minutes of Hallow Parish Council Meeting held on Tuesday 6th September 2016\n\n"
            "Agenda Item 1: Apologies for absence\nApologies were received from Cllr Blue.\n\n"
            "Agenda Item 2: Matters arising – the bench has been repaired.\n\n"
            "Agenda Item 3: Correspondence - all previously circulated\n\n"
            "Agenda Item 4: Finance\nCllr White proposed and Cllr Green seconded that the "
            "accounts be paid.\n\nAgenda Item 5: Date of next meeting\n4th October 2016.\n")
    (meeting,) = _meetings(text)
    assert (meeting.committee, meeting.date) == ("Hallow Parish Council", date(2016, 9, 6))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Matters arising"),
        ("3", "Correspondence - all previously circulated"), ("4", "Finance"),
        ("5", "Date of next meeting")]
    (meeting,) = _meetings("BRAMLEY COMMUNITY COUNCIL\nMinutes – 14th November 2022\n\n"
                           "1. Apologies\nNone.\n\n2. Christmas lights\nAgreed to spend £500.\n\n"
                           "3. AOB\nNone.\n")
    assert meeting.date == date(2022, 11, 14) and "Bramley" in meeting.committee


def test_the_public_session_between_numbered_items_is_an_item_of_its_own() -> None:
    text = ("Minutes of the Meeting of Ashby Parish Council held on 4 May 2010\n\n"
            "1. Apologies\nMrs V Lynch.\n\n"
            "2. Reports\nThe Chairman reported that the fence at the chalk pit is still down.\n\n"
            "OPEN FORUM\n\n"
            "Mrs Howarth reported that she has completed a plan of the cemetery graves.\n\n"
            "3. Correspondence\nA letter from the school was read.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Reports"), ("", "OPEN FORUM"), ("3", "Correspondence")]
    assert "cemetery" in meeting.items[2].text and "cemetery" not in meeting.items[1].text


def test_a_public_session_heading_run_into_its_first_sentence_after_the_last_item() -> None:
    text = ("Minutes of Lyng Parish Council Meeting held on 4th January 2016\n\n"
            "1. No Apologies for Absence\n\n"
            "2. Correspondence: A letter from the school was read.\n\n"
            "3. Tree Survey Considered under item 2.\n\n"
            "4. Further Reports \u2022 Thanks were expressed to Cllr Moore who has cleared ivy "
            "from the bus shelter. It was noted the roof may need slight repair where a tile "
            "has become loose.\n\n"
            "PUBLIC PARTICIPATION \u2022 Comment was made regarding parking on the bend by "
            "the cottages.\n\n"
            "Chairman\u2019s Signature.......... Date.........\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items][-2:] == [
        ("4", "Further Reports"), ("", "PUBLIC PARTICIPATION")]
    assert "parking" in meeting.items[-1].text and "parking" not in meeting.items[-2].text


def test_minutes_kept_as_a_bulleted_list_of_headings_are_split_at_the_bullets() -> None:
    text = ("Minutes of the Meeting of Oakley Parish Council held on 9 March 2021\n\n"
            "• Apologies for absence\n\nCllr Vaughan.\n"
            "• Planning\n\nThe council resolved to raise no objection to 21/00331/HH.\n"
            "• Finance\n\nThe payments list was approved. Proposed Cllr Moss, seconded Cllr "
            "Quinn.\n")
    (meeting,) = _meetings(text)
    assert [i.title for i in meeting.items] == ["Apologies for absence", "Planning", "Finance"]
    assert [i.decision for i in meeting.items] == ["none", "resolved", "agreed"]


def test_item_numbers_typed_in_capitals() -> None:
    text = ("NORTHBY PARISH COUNCIL\nMinutes of the Ordinary Meeting of the Parish Council held "
            "on Wednesday 2nd February 2022 at 7pm\n\n"
            "ITEM 1 – APOLOGIES FOR ABSENCE\nApologies were received from Cllr Young.\n\n"
            "ITEM 2 – POLICE REPORT\nPCSO Bell reported 3 crimes in the parish during January.\n\n"
            "ITEM 3 – TO APPROVE THE MINUTES OF THE MEETING HELD ON 5TH JANUARY 2022\n"
            "The minutes were approved as a true record and signed by the Chairman.\n\n"
            "ITEM 4 – DATE OF NEXT MEETING\nWednesday 2nd March 2022.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.decision) for i in meeting.items] == [
        ("1", "none"), ("2", "none"), ("3", "agreed"), ("4", "none")]


def test_the_record_s_own_heading_above_its_attendance_list_is_not_an_item() -> None:
    # A centred title read after the line under it, as pdfminer.six's reading order puts it;
    # headings set in bold, as the PDF reader marks them.
    from indexer.records import HEADING_MARK as BOLD

    text = (f"Minutes of the meeting held on Tuesday 3 May 2022 at 7pm, Westby Hall\n\n"
            f"{BOLD}Westby Community Council\n\nPresent: Alan Kerr (Chair), Beth Lowe, Carl "
            f"Mann\n\n{BOLD}Welcome and apologies\nThe Chair welcomed everyone and thanked "
            f"them all for coming tonight.\n\n{BOLD}Roads and footpaths\nCarl Mann raised the "
            f"state of the B6355.\n\n{BOLD}Date of next meeting\nTuesday 7 June 2022.\n")
    (meeting,) = _meetings(text)
    assert [i.title for i in meeting.items] == [
        "Welcome and apologies", "Roads and footpaths", "Date of next meeting"]


def test_a_bold_heading_read_before_its_number_titles_the_item() -> None:
    # A Word table's cells: the title cell is read before the number cell under it.
    from indexer.records import HEADING_MARK as BOLD

    text = ("Minutes of the Meeting of Ayton Community Council held on 3 March 2015\n\n"
            f"{BOLD}9 Correspondence\n\nJS agreed to liaise with the council about the insurance "
            f"proposal.\n\n{BOLD}AOCB\n\n10\n\n• It was agreed that Ayton take part in the 2015 "
            f"floral competition.\n\n{BOLD}11 Next Meeting\n\nTuesday 7th April 2015 at 7.00pm.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("9", "Correspondence"), ("10", "AOCB"), ("11", "Next Meeting")]
    assert meeting.items[1].decision == "agreed"


def test_minutes_whose_only_heading_found_is_the_next_meeting_lose_nothing() -> None:
    text = ("MINUTES OF THE MEETING OF GREYSTONE PARISH COUNCIL HELD ON 4TH APRIL 2022\n\n"
            "Present: Cllr A Ward (Chair), Cllr B Yates.\n\nApologies\n\nCllr E Usher.\n\n"
            "Village green\n\nCllr Yates reported that the mole problem continues on the green. "
            "It was agreed to employ a mole catcher.\n\nDate of next meeting\n\n2nd May 2022.\n")
    (meeting,) = _meetings(text)
    assert any("mole catcher" in item.text for item in meeting.items)
    assert meeting.items[0].decision == "agreed"


def test_items_numbered_without_their_full_stop_above_a_chain_with_it_are_kept() -> None:
    text = ("Minutes of the Meeting of Ayton Community Council held on 1 March 2016\n\n"
            "1 Police Report\n\nThe CPO had submitted a report on rural thefts in the area.\n\n"
            "2 Open Forum\n\nNo items for discussion were raised by the public.\n\n"
            "3. Planning Applications\n\nTwo retrospective applications were noted.\n\n"
            "4. Correspondence\n\nNone.\n\n5. Next Meeting\n\nTuesday 5 April 2016.\n")
    (meeting,) = _meetings(text)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5"]
    assert "rural thefts" in meeting.items[0].text


def test_business_recorded_before_item_one_is_an_item_without_a_heading() -> None:
    text = ("Minutes of the Meeting of Burton Parish Council held on 4 June 2024\n\n"
            "Present: Mr A Landau, Mrs S Sahin, Councillors, and Mrs S Ryding, Clerk\n\n"
            "At the beginning of the meeting, Mr Neil Smeeton reported to the Council on his "
            "attendance at the police liaison meeting.\n\n"
            "1. Apologies\nNone.\n\n2. Planning\nNo applications were received.\n\n"
            "3. Date of next meeting\n2 July 2024.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items][:2] == [("", ""), ("1", "Apologies")]
    assert meeting.items[0].speakers == ("Neil Smeeton",)
    assert meeting.attendance.present  # the attendance list stays the meeting's


def test_a_file_badge_on_a_line_of_its_own_is_not_an_item() -> None:
    # A modern.gov page: the report's 'PDF 245 KB' link between an item's title and its text.
    text = ("Minutes of the meeting of the Planning Committee held on 8 February 2023\n\n"
            "47.\n\n22/01234/FUL - Land at Mill Road\n\nPDF 245 KB\n\nThe Planning Officer "
            "introduced the report. Mr J. Smith spoke in objection.\n\nRESOLVED: That planning "
            "permission be granted.\n\n48.\n\nAppeal Decisions\n\nThe Committee noted the appeal "
            "decisions.\n\n49.\n\nDate of next meeting\n\n8 March 2023.\n")
    (meeting,) = _meetings(text)
    assert [i.number for i in meeting.items] == ["47", "48", "49"]
    assert meeting.items[0].decision == "resolved"


def test_a_table_of_attendance_typed_on_one_line_names_the_chair_and_the_clerk() -> None:
    text = ("Wereham Parish Council\nMinutes of the Ordinary Parish Council Meeting\n"
            "8th July 2014 at 7.30pm\n\n"
            "Attendance: Cllr Jo Bruce JB Chair Cllr Dave Deighton DD Vice Chair Cllr Gail "
            "Koopowitz GK Cllr Roger Lankfer RL Nicola Cooper NC Parish Clerk (Minutes)\n\n"
            "1. Welcome\nThe Chair welcomed all.\n\n"
            "2. Matters Arising\nThe Clerk reported that the lamp posts are insured.\n\n"
            "3. Finance\nThe accounts were approved. Prop GK 2nd RL.\n")
    (meeting,) = _meetings(text)
    assert [i.speakers for i in meeting.items][:2] == [("Jo Bruce",), ("Nicola Cooper",)]


def test_headings_that_open_minutes_before_the_numbered_items_are_items() -> None:
    text = ("Minutes of Lyng Parish Council Meeting held on 11th November 2014\n\n"
            "Attendance:\n\nCllr Jo Bruce\n\nCllr Dave Deighton\n\n"
            "The Chair welcomed all and accepted apologies from Cllr Smith.\n\n"
            "Consider Declarations of Interest on Agenda Items\n\nNone were declared.\n\n"
            "Matters Arising (from the meeting held on 9th September 2014)\n\n"
            "The bench has been repaired.\n\n"
            "4. Village Hall\n\nThe hall committee reported a good year.\n\n"
            "5. Play Area\n\nThe inspection found the swings need new chains.\n\n"
            "6. Finance\n\nThe accounts were approved for payment.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items][:3] == [
        ("", ""), ("", "Consider Declarations of Interest on Agenda Items"),
        ("", "Matters Arising (from the meeting held on 9th September 2014)")]
    assert "None were declared" in meeting.items[1].text


def test_headings_with_a_reference_an_agenda_verb_wrapped_or_a_list_run_in() -> None:
    text = ("Minutes of Lyng Parish Council Meeting held on 12th April 2016\n\n"
            "1/16 Apologies\n\nApologies were received from Cllr Walker.\n\n"
            "2/16 Consider\nDeclarations of Interest on Agenda Items\n\nThere were none.\n\n"
            "3/16 16/00501/OM Outline Application: construction of 28 Dwellings, Land at the "
            "Row, Lyng\n\nThe Council supports the application.\n\n"
            "4/16 Draft Local Plan i. The Councillors were all in agreement that they would like "
            "to sign the statement of the Pledge, and the Clerk will write to the Borough "
            "Council to say so before the end of the consultation in May.\n\n"
            "5/16 Finance\n\nThe accounts were accepted.\n")
    (meeting,) = _meetings(text)
    assert [i.title for i in meeting.items] == [
        "Apologies", "Consider Declarations of Interest on Agenda Items",
        "16/00501/OM Outline Application: construction of 28 Dwellings, Land at the Row, Lyng",
        "Draft Local Plan", "Finance"]



def test_the_next_meeting_s_date_after_its_heading_is_its_text() -> None:
    text = ("Minutes of Lyng Parish Council Meeting held on 4th May 2012\n\n"
            "1. Apologies\nNone.\n\n2. Planning\nNo applications.\n\n"
            "3. Finance\nThe accounts were approved.\n\n"
            "4. Date of Next Meeting 10th August 2012 at 7pm\n")
    (meeting,) = _meetings(text)
    assert meeting.items[-1].title == "Date of Next Meeting"
    assert "10th August 2012" in meeting.items[-1].text


def test_the_next_meeting_s_date_after_a_semicolon_is_its_text() -> None:
    text = ("Minutes of Kelby Parish Council Meeting held on 4th May 2012\n\n"
            "1. Apologies\nNone.\n\n2. Planning\nNo applications.\n\n"
            "3. Finance\nThe accounts were approved.\n\n"
            "4. Date of next meeting; 4 July 2012 at 7pm in the Institute.\n")
    (meeting,) = _meetings(text)
    assert meeting.items[-1].title == "Date of next meeting"
    assert meeting.items[-1].text.startswith("4 July 2012")


def test_dates_for_future_meetings_listed_after_a_dash_are_the_item_s_text() -> None:
    text = ("Minutes of Kelby Parish Council Meeting held on 17th May 2012\n\n"
            "1) Apologies\nNone.\n\n"
            "2) Dates for Future meetings – 14th June 2016, 13th September 2016, 8th November "
            "2016, 10th January 2017.\n\n3) Matters Arising\nNone.\n")
    (meeting,) = _meetings(text)
    assert meeting.items[1].title == "Dates for Future meetings"
    assert "13th September 2016" in meeting.items[1].text


def test_a_heading_closed_by_a_colon_or_semicolon_under_a_reference_alone() -> None:
    text = ("MINUTES of Kelby Town Council Parks Committee meeting held on 9 April 2019\n\n"
            "Present: Cllr Ames (Chair), Cllr Bray, Cllr Cole\n\n"
            "P/04.19/01\nApologies for absence: Cllr Dunn (holiday)\n\n"
            "P/04.19/02\nDeclarations of interest: None\n\n"
            "P/04.19/03\nSection 2: Planning Application 19/0412 – New porch, Kiln Lane\n\n"
            "P/04.19/04\nBench repairs; The Town Clerk confirmed that two benches had been "
            "repaired.\n\n"
            "P/04.19/05\nCorrespondence Highways survey; Library leaflet; a letter from the bowls "
            "club. All noted.\n\n"
            "P/04.19/06\nDate of next meeting; 4 July 2019 at 7pm in the Institute.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("P/04.19/01", "Apologies for absence"), ("P/04.19/02", "Declarations of interest"),
        ("P/04.19/03", "Section 2: Planning Application 19/0412 – New porch, Kiln Lane"),
        ("P/04.19/04", "Bench repairs"),
        ("P/04.19/05", "Correspondence"),
        ("P/04.19/06", "Date of next meeting")]
    assert meeting.items[0].text.startswith("Cllr Dunn")
    assert meeting.items[5].text.startswith("4 July 2019")


def test_a_table_s_cells_saved_with_slashes_keep_each_number_s_title() -> None:
    text = ("Minutes of Kelby Parish Council held on Monday 11th October 2004\n\n"
            "1. /Apologies for Absence\nMr T Ames.\n"
            "2. /Minutes of the meeting held on 13.09.04\nApproved as a true record.\n"
            "3. /Planning\nNo objections.\n4. /Finance\nThe accounts were approved.\n")
    (meeting,) = _meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the meeting held on 13.09.04"),
        ("3", "Planning"), ("4", "Finance")]


def test_a_heading_run_into_its_first_sub_item_number() -> None:
    text = ("Minutes of Lyng Parish Council Meeting held on 6th January 2014\n\n"
            "6. Finance\nThe accounts were approved.\n\n"
            "7. Correspondence 7.1 Norfolk Association of Local Councils – Norfolk Link\n"
            "7.2 Planning system training sessions\n\n"
            "8. Adoption of the phone box\nIt was agreed to adopt the phone box.\n")
    (meeting,) = _meetings(text)
    assert [i.title for i in meeting.items][:3] == [
        "Finance", "Correspondence", "Adoption of the phone box"]
    assert "7.1 Norfolk Association" in meeting.items[1].text


def test_a_long_numbered_list_inside_an_item_does_not_outweigh_the_minutes() -> None:
    entries = "".join(f"{n}. Newsletter number {n} received\n\n" for n in range(1, 15))
    text = ("Minutes of Lyng Parish Council Meeting held on 11th September 2007\n\n"
            "1. Apologies\nCllr Glover sent apologies.\n\n"
            "2. Minutes\nThe minutes were confirmed as a true record.\n\n"
            "3. Correspondence:\n\n" + entries +
            "4. Planning\nApproval recommended for the barn conversion.\n\n"
            "5. Village Green\nThe village sign is now erected.\n\n"
            "6. Other Reports\nThe hedges need cutting.\n")
    (meeting,) = _meetings(text)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5", "6"]
    assert "Newsletter number 14" in meeting.items[2].text


UNNUMBERED_CAPS = """ASHBY COMMUNITY COUNCIL

Minutes of meeting held at the Memorial Hall on 15 March 2021

Attendees: Chair Tom Parry, Vice Chair Gwen Hughes, Cllrs Ifan Jones, Siân Lloyd. Clerk Nia Morgan.

MINUTES OF LAST MEETING
Proposed by Gwen Hughes, seconded by Ifan Jones, that the minutes be accepted. Agreed.

FINANCE
The Clerk presented the accounts. Payments of £1,203 were approved.

PLAYGROUND
Siân Lloyd reported that the swings need repair. Council agreed to obtain quotes.

CORRESPONDENCE
A letter from the county council about the local plan was noted.
"""


def test_headings_of_one_word_in_capitals_split_minutes_that_number_nothing() -> None:
    (meeting,) = parse_document(Document("ashby.txt", "txt", (UNNUMBERED_CAPS,)))
    assert [(i.title, i.decision, list(i.speakers)) for i in meeting.items] == [
        ("MINUTES OF LAST MEETING", "agreed", ["Gwen Hughes", "Ifan Jones"]),
        ("FINANCE", "agreed", ["Nia Morgan"]),
        ("PLAYGROUND", "agreed", ["Siân Lloyd"]),
        ("CORRESPONDENCE", "noted", [])]


LABELLED_MOVERS = """NORTHBROOK PARISH COUNCIL
Minutes of the Annual Meeting of the Parish Council held on Monday 16 May 2022

Present: Cllr A Baker (Chairman), Cllr B Cole, Cllr C Dean, Cllr D Ellis, Cllr E Frost

Agenda Item 1 – Apologies
Cllr G Hart (work).

Agenda Item 2 – Minutes
Proposed: Cllr Ellis
Seconded: Cllr Frost
Carried
The minutes of 11 April 2022 were signed as a true record.

Agenda Item 3 – Planning
3a 22/0101 Orchard House – rear extension. No objection.
3b The council objects to 22/0115 Manor Barn: loss of employment land.

Agenda Item 4 – Finance
It was RESOLVED to approve the payments listed in Appendix A.
"""

PLANNING_COMMITTEE = """Minutes of the meeting of Eastwick Town Council Planning Committee, Tuesday
7 February 2023

Members present: Cllr Green (Chair), Cllr Ward, Cllr Young

P23/14. Apologies: Cllr Zane.
P23/15. Minutes: the minutes of 10 January were approved.
P23/16. Applications: 23/00012/FUL, 5 Rose Lane – no objection.
P23/17. Tree works: Cllr Ward asked about the oak at Church Walk.
"""


def test_proposer_seconder_and_result_on_label_lines_and_a_lone_sub_item() -> None:
    (meeting,) = parse_document(Document("northbrook.txt", "txt", (LABELLED_MOVERS,)))
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("1", "Apologies", "none"), ("2", "Minutes", "carried"), ("3", "Planning", "agreed"),
        ("4", "Finance", "resolved")]
    assert list(meeting.items[1].speakers) == ["Cllr D Ellis", "Cllr E Frost"]


def test_a_committee_named_after_meeting_of_and_a_lower_case_planning_response() -> None:
    (meeting,) = parse_document(Document("eastwick.txt", "txt", (PLANNING_COMMITTEE,)))
    assert meeting.committee == "Eastwick Town Council — Planning Committee"
    assert [i.decision for i in meeting.items] == ["none", "agreed", "agreed", "none"]


COMMITTEE_OFFICERS = """MARSTON TOWN COUNCIL
Minutes of the Finance and General Purposes Committee
held on Wednesday 8 November 2023 at 6.30 pm

Chair: Cllr Helen Ward
Members: Cllrs Jack Bird, Lucy Cook, Omar Diaz
Officers: Town Clerk (Paula Grey), Finance Officer (Sam Hunt)

56. Apologies for absence
Apologies were received from Cllr Eve Long.

57. Budget 2024/25
The Finance Officer presented the draft budget. Cllr Bird moved, Cllr Cook seconded, that the
committee recommends a precept of £210,000. On being put to the meeting the motion was
declared carried.

58. Insurance renewal
Councillor Diaz asked whether cyber cover was included. The Town Clerk said it was.
"""


def test_officers_listed_post_first_speak_by_their_posts_and_a_motion_declared_carried() -> None:
    (meeting,) = parse_document(Document("marston.txt", "txt", (COMMITTEE_OFFICERS,)))
    assert meeting.committee == "Marston Town Council — Finance and General Purposes Committee"
    assert [(i.decision, sorted(i.speakers)) for i in meeting.items] == [
        ("none", []), ("carried", ["Jack Bird", "Lucy Cook", "Sam Hunt"]),
        ("none", ["Omar Diaz", "Paula Grey"])]
    # The vote's result takes the motion it carried.
    assert meeting.items[1].resolutions[0].startswith("Cllr Bird moved, Cllr Cook seconded")


def test_a_long_bold_heading_without_a_number_heads_its_item_in_a_pdf(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from indexer.read.crawl import crawl
    from indexer.read.document import read_document

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8)
    paragraphs = [
        "<b>GREENFORD PARISH COUNCIL</b>",
        "<b>Minutes of the Parish Council Meeting held on Tuesday 14 November 2023</b>",
        "Present: Cllr T Adams (Chairman), Cllr R Booth, Cllr S Carter",
        "<b>Apologies</b>", "Cllr Fisher sent apologies, which were accepted.",
        "<b>Village hall car park resurfacing and the replacement of the boundary fence along "
        "the churchyard</b>",
        "Cllr Booth reported that three quotes had been obtained. It was resolved to accept the "
        "quote from Smith Surfacing Ltd.",
        "<b>Correspondence</b>", "A letter about winter gritting was noted."]
    SimpleDocTemplate(str(tmp_path / "minutes.pdf"), pagesize=A4).build(
        [Paragraph(p, body) for p in paragraphs])
    (source,) = crawl([tmp_path]).files
    (meeting,) = parse_document(read_document(source))
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Apologies", "agreed"),
        ("Village hall car park resurfacing and the replacement of the boundary fence along the "
         "churchyard", "resolved"),
        ("Correspondence", "noted")]


def test_a_minutes_table_numbered_without_stops_reads_declarations_as_a_heading(tmp_path) -> None:
    from indexer.read.crawl import crawl
    from indexer.read.document import read_document
    from tests.fixtures.pdfs import write_minutes_table

    write_minutes_table(tmp_path / "minutes.pdf")
    (source,) = crawl([tmp_path]).files
    (meeting,) = parse_document(read_document(source))
    # 'Declarations' and 'Market' open with a month's letters but are no month.
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("1", "Apologies", "none"), ("2", "Declarations of interest", "none"),
        ("3", "Market Square benches", "none"), ("4", "Planning", "agreed")]


SUMMONS_AGENDA = """RIVERTON PARISH COUNCIL

You are hereby summoned to attend a meeting of Riverton Parish Council to be held in the Church
Rooms on Tuesday 6 February 2024 at 7.30pm for the purpose of transacting the following business.

AGENDA

1. To receive apologies for absence.
2. To approve the minutes of the meeting held on 9 January 2024.
3. To consider the following planning applications:
   24/00012/HOUS – 3 Mill Lane – single storey extension.
4. To consider the quotation for repairs to the bus shelter.
"""


def test_an_agenda_entry_closed_by_its_colon_keeps_its_list_out_of_the_title() -> None:
    (meeting,) = parse_document(Document("riverton.txt", "txt", (SUMMONS_AGENDA,)))
    assert [i.title for i in meeting.items] == [
        "To receive apologies for absence",
        "To approve the minutes of the meeting held on 9 January 2024",
        "To consider the following planning applications",
        "To consider the quotation for repairs to the bus shelter"]


def test_a_numbered_bold_heading_wrapped_onto_a_capitalised_line_keeps_both(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from indexer.read.crawl import crawl
    from indexer.read.document import read_document

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8)
    bold = ParagraphStyle("bold", body, fontName="Helvetica-Bold", spaceAfter=0)
    heading = ("11. Items of Interest or Concern from the County Parish Update, the Association "
               "White Rose Bulletin and the Weekly News and Notifications")
    paragraphs = [
        ("<b>ASHBY MAGNA PARISH COUNCIL</b>", body),
        ("<b>Minutes of the meeting held on Tuesday 2 December 2025</b>", body),
        ("Present: Cllr J Hart (Chairman), Cllr P Webb", body),
        ("<b>10. Planning Applications</b>", bold),
        ("The Clerk reported that no applications had been received since the last meeting, and "
         "that the district council had approved the extension at Mill Farm under delegated "
         "powers. Councillors asked the Clerk to circulate the officer's report.", body),
        (heading, bold), ("Councillors did not raise any items arising since the last meeting.",
                          body),
        ("<b>12. Date of next meeting</b>", bold), ("Tuesday 6 January 2026.", body)]
    SimpleDocTemplate(str(tmp_path / "minutes.pdf"), pagesize=A4).build(
        [Paragraph(text, style) for text, style in paragraphs])
    (source,) = crawl([tmp_path]).files
    (meeting,) = parse_document(read_document(source))
    assert [i.title for i in meeting.items][1] == heading.removeprefix("11. ")
    assert meeting.items[1].text.startswith("Councillors did not raise")


UNNUMBERED_SECTIONS = """<article>
<p><strong>Eastling Parish Council</strong></p>
<p><strong>Minutes of the meeting held on 11th November 2014</strong></p>
<p>Present: Cllr Jo Barker (Chair), Cllr Dan Dale, Cllr Kate Nunn</p>
<table>
<tr><td><strong>1.0</strong></td><td><strong>Apologies</strong></td></tr>
<tr><td></td><td>Apologies were received from Cllr Ross.</td></tr>
<tr><td><strong>2.0</strong></td><td><strong>Minutes of the last meeting</strong></td></tr>
<tr><td></td><td>The minutes were approved and signed.</td></tr>
<tr><td></td><td><strong>Village Management Issues</strong></td></tr>
<tr><td>3.1</td><td>The grounds contract was discussed. It was agreed to continue with it.</td></tr>
<tr><td>3.2</td><td>The play area inspection found loose bolts on the swings.</td></tr>
<tr><td>3.3</td><td>Mole traps were set by the contractor in September.</td></tr>
<tr><td><strong>4.0</strong></td><td><strong>Finance</strong></td></tr>
<tr><td></td><td>The accounts were accepted.</td></tr>
<tr><td><strong>5.0</strong></td><td><strong>Highways</strong></td></tr>
<tr><td></td><td>Cllr Dale reported a blocked gully on Church Road.</td></tr>
</table></article>"""


def test_numbered_paragraphs_under_an_unnumbered_bold_heading_are_its_text() -> None:
    (meeting,) = parse_document(Document("eastling.html", "html", (html_to_text(
        UNNUMBERED_SECTIONS.encode())[1],)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.0", "Apologies"), ("2.0", "Minutes of the last meeting"),
        ("", "Village Management Issues"), ("4.0", "Finance"), ("5.0", "Highways")]
    assert "3.3 Mole traps were set" in meeting.items[2].text
    assert meeting.items[2].decision == "agreed"


MINUTE_AND_AGENDA_NUMBERS = """WESTERHOPE PARISH COUNCIL

Minutes of Parish Council 12 March 2025

Meeting held in the Memorial Hall, commencing at 7.00pm.

THOSE ATTENDING:

Cllr A Lowes (Chair)

Cllr M Reay

Cllr P Wardle

IN ATTENDANCE:

Mrs H Bell, Parish Clerk/Responsible Finance Officer, Mr T Gray, Deputy Parish Clerk.

W201/24      1.         APOLOGIES FOR ABSENCE.

Cllr S Ridley (holiday).

W202/24      2.         TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON
                        12 FEBRUARY 2025.

The minutes were agreed as a true record.

W203/24      3.         TO CONSIDER THE ANNUAL REVIEW OF THE COUNCIL'S ASSET REGISTER.

The Deputy Parish Clerk presented the register. RESOLVED that it be adopted.

W204/24      4.         CORRESPONDENCE.

The Parish Clerk reported a letter from the county about gritting. The Chair thanked her.
"""


def test_a_minute_reference_with_the_agenda_number_and_a_list_one_name_to_a_line() -> None:
    (meeting,) = parse_document(Document("westerhope.txt", "txt", (MINUTE_AND_AGENDA_NUMBERS,)))
    assert meeting.date == date(2025, 3, 12)
    assert meeting.committee == "Westerhope Parish Council"
    assert [(i.number, i.agenda_ref, i.title) for i in meeting.items] == [
        ("W201/24", "1", "APOLOGIES FOR ABSENCE"),
        ("W202/24", "2", "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD "
                         "ON 12 FEBRUARY 2025"),
        ("W203/24", "3", "TO CONSIDER THE ANNUAL REVIEW OF THE COUNCIL'S ASSET REGISTER"),
        ("W204/24", "4", "CORRESPONDENCE")]
    assert meeting.items[2].speakers == ("Mr T Gray",)
    assert sorted(meeting.items[3].speakers) == ["Cllr A Lowes", "Mrs H Bell"]


SPEAKER_LABELS = """<div class="post"><div><b>Friday, 12 April 2024</b></div>
<div><b>KCC March 2024 minutes</b></div>
<div><b>Minutes of Kelvinside Community Council</b></div>
<div><b>Meeting of Tue 19 March 2024 at</b></div>
<div><b>Hillhead Library</b></div>
<div>Present: Ailsa Grieve (Chair), Rory Lennox (Secretary), Cllr Jean Fyfe, Cllr Ewan Moffat,
PC Dan Orr.</div>
<div><b>Police Report:</b></div>
<div><b>PC Orr:</b></div>
<div>There were three reports of bicycle theft on Byres Road in the period since February.</div>
<div><b>Matters Arising:</b></div>
<div><b>Ailsa Grieve:</b></div>
<div>The city council had still not replied about the broken bench at the park gates.</div>
<div><b>Councillors’ Reports:</b></div>
<div><b>Cllr Fyfe:</b></div>
<div>The budget consultation closes at the end of the month, with library hours under review.</div>
<div><b>Cllr Moffat:</b></div>
<div>He had met officers about the cycle lane and the signs would be in place by the summer.</div>
<div><b>Correspondence:</b></div>
<div>Letters from the licensing board and the bus company were noted by the meeting.</div>
</div>"""


def test_a_blog_posts_speaker_label_lines_name_who_spoke_under_each_heading() -> None:
    (meeting,) = parse_document(Document("kelvinside.html", "html", (html_to_text(
        SPEAKER_LABELS.encode())[1],)))
    assert meeting.date == date(2024, 3, 19)
    assert [(i.title, list(i.speakers)) for i in meeting.items] == [
        ("Police Report", ["Dan Orr"]), ("Matters Arising", ["Ailsa Grieve"]),
        ("Councillors’ Reports", ["Jean Fyfe", "Ewan Moffat"]), ("Correspondence", [])]


def test_authority_minutes_numbered_by_year_and_body_code(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from indexer.read.crawl import crawl
    from indexer.read.document import read_document

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8)
    bold = ParagraphStyle("bold", body, fontName="Helvetica-Bold")
    paragraphs = [
        ("WEALD VALE FIRE AND RESCUE AUTHORITY", bold),
        ("Minutes of the meeting of the Weald Vale Fire and Rescue Authority held at Service "
         "Headquarters on Thursday, 14 September 2023 at 10.00 am.", body),
        ("Present: Councillors R Amos (Chair), T Bright, L Cole, P Dunn and S Eze", body),
        ("23-24/WFA/20 Apologies", bold),
        ("Apologies for absence were received from Councillor M Ford.", body),
        ("23-24/WFA/21 Retained Duty System – Proposed Changes to Crewing at Hartley and "
         "Northwood Green Fire Stations", bold),
        ("The Chief Fire Officer presented the report on crewing at the two stations, which "
         "had struggled to keep their appliances available during the summer months.", body),
        ("Councillor Cole moved an amendment, seconded by Councillor Dunn, that no change be "
         "made until a consultation had been held. The amendment was therefore lost.", body),
        ("RESOLVED: That the changes be approved.", body),
        ("23-24/WFA/22 Annual Report of the Audit Committee", bold),
        ("Councillor Bright, as Chair of the Audit Committee, presented the annual report to "
         "the Authority and thanked the auditors for their work during the year.", body),
        ("RESOLVED: That the annual report be received.", body)]
    SimpleDocTemplate(str(tmp_path / "minutes.pdf"), pagesize=A4).build(
        [Paragraph(text, style) for text, style in paragraphs])
    (source,) = crawl([tmp_path]).files
    (meeting,) = parse_document(read_document(source))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("23-24/WFA/20", "Apologies"),
        ("23-24/WFA/21", "Retained Duty System – Proposed Changes to Crewing at Hartley and "
                         "Northwood Green Fire Stations"),
        ("23-24/WFA/22", "Annual Report of the Audit Committee")]
    assert any("was therefore lost" in r for r in meeting.items[1].resolutions)
    assert "Councillor T Bright" in meeting.items[2].speakers


MINUTE_YEAR_MEETING = """Hoxne Brook Parish Council

Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 17 April 2024

Councillors K Ashby (Chairman) (KA), L Booth (LB), N Crane (NC) and D Eades (DE)

1-2425/1 - Welcome and Apologies.

The Chairman welcomed everyone to the meeting.

2-2425/1 - Declarations of Interest

NC declared an interest in item 3-2425/1 as a member of the hall committee.

3-2425/1 - Village Hall Windows

LB advised that two quotations had been obtained. It was agreed to accept the lower one.

Date of Next Meeting

Dates of next meetings were confirmed as 15 May 2024 and 19 June 2024.
"""


def test_minutes_numbered_minute_year_meeting_with_an_unlabelled_list_of_councillors() -> None:
    (meeting,) = parse_document(Document("hoxne.txt", "txt", (MINUTE_YEAR_MEETING,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1-2425/1", "Welcome and Apologies"), ("2-2425/1", "Declarations of Interest"),
        ("3-2425/1", "Village Hall Windows"), ("", "Date of Next Meeting")]
    assert [list(i.speakers) for i in meeting.items] == [
        ["K Ashby"], ["N Crane"], ["L Booth"], []]


BILINGUAL_MINUTES = """CYNGOR CYMUNED PENRHOS / PENRHOS COMMUNITY COUNCIL

Minutes of the Monthly Meeting of Penrhos Community Council held on Monday, 9th October 2023
at the Memorial Hall, Penrhos at 7.00pm.

Presennol / Present: Cyng/Cllrs.: E. Lloyd (cadeirydd / chair), W. Price, N. Rees a/and O. Vaughan.
Hefyd yn bresennol / In attendance: Mrs B. Parry (clerc / clerk).

23/61 DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST
Dim / None.

23/62 GOHEBIAETH / CORRESPONDENCE
Derbyniwyd llythyr gan y Bwrdd Iechyd ynghylch y feddygfa. Nodwyd.
A letter was received from the Health Board about the surgery. Noted.

23/63 CYLLID / FINANCE
Penderfynwyd talu'r canlynol / It was resolved to pay the following:
  B. Parry - cyflog y clerc / clerk's salary   £390.00

23/64 MAES CHWARAE / PLAYING FIELD
Adroddodd y clerc fod y giât wedi torri. The clerk reported that the gate was broken.
Cynigiodd Cyng. N. Rees y dylid prynu giât newydd; collwyd y cynnig. It was then agreed to
repair the gate.
"""


def test_bilingual_welsh_minutes_headings_decisions_and_the_clerk() -> None:
    (meeting,) = parse_document(Document("penrhos.txt", "txt", (BILINGUAL_MINUTES,)))
    assert [i.title for i in meeting.items] == [
        "DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST",
        "GOHEBIAETH / CORRESPONDENCE", "CYLLID / FINANCE", "MAES CHWARAE / PLAYING FIELD"]
    assert [i.decision for i in meeting.items] == ["none", "noted", "resolved", "lost"]
    assert meeting.items[1].resolutions[-1].endswith("about the surgery. Noted.")
    assert "It was then agreed to repair the gate." in " ".join(meeting.items[3].resolutions)
    assert "Mrs B Parry" in meeting.items[3].speakers


TOWN_COUNCIL_INITIALS = """ASHWORTH TOWN COUNCIL

Minutes of the Town Council Meeting held in the Council Chamber on Tuesday 21st November 2023
at 7.00pm.

Present: The Mayor, Cllr. R. Penrose (RP) (in the chair).

Councillors:
Mrs. A. Fell (AF), T. Gale (TG), Mrs. K. Lowe (KL) and D. Vane (DV).

In attendance: The Town Clerk, Mrs. S. Hart.

501. Accounts for Payment
The schedule of payments had been circulated. Proposed by Cllr. DV and seconded by Cllr. Mrs.
AF, it was RESOLVED that the payments be approved.

502. Reports from Committees
The minutes of the Planning Committee of 7th November 2023 were received and noted.

503. Allotments
Cllr. Mrs. KL reported that two plots were vacant. The Town Clerk said she would advertise them.
Proposed by: Cllr Gale Seconded by: Cllr Lowe. It was agreed to advertise.
"""


def test_a_town_councils_members_by_honorific_and_initials_and_the_clerk_named_first() -> None:
    (meeting,) = parse_document(Document("ashworth.txt", "txt", (TOWN_COUNCIL_INITIALS,)))
    assert [(i.decision, sorted(i.speakers)) for i in meeting.items] == [
        ("resolved", ["D Vane", "Mrs A Fell"]), ("noted", []),
        ("agreed", ["Mrs K Lowe", "Mrs S Hart", "T Gale"])]
    assert meeting.items[0].resolutions[0].startswith("Proposed by Cllr. DV")


REPORTS_BY_DASH = """MINUTES OF THE MEETING OF TRELOWEN PARISH COUNCIL
HELD ON TUESDAY 15th AUGUST 2023

Present were: Cllr A Pengelly (Chair), Cllr B Rowse and the Clerk (Mr C Hocking).

1. APOLOGIES

None.

2. REPORTS

2.1 Police – PCSO Jenna Tregear reported 4 crimes in the parish in July.

2.2 Cornwall Councillor – Cornwall Councillor Mrs D Lobb reported that the bus consultation
would close in September.

3. FINANCE

The Clerk presented the accounts, which were noted.
"""


def test_titled_sub_items_whose_text_after_a_dash_is_who_reported() -> None:
    (meeting,) = parse_document(Document("trelowen.txt", "txt", (REPORTS_BY_DASH,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES"), ("2.1", "Police"), ("2.2", "Cornwall Councillor"), ("3", "FINANCE")]
    assert meeting.items[1].speakers == ("Jenna Tregear",)


CLERK_IN_A_SENTENCE = """HALTWHISTLE MOOR TOWN COUNCIL

Minutes of the Town Council Meeting held in the Council Chamber on Tuesday 5th March 2024.

Present: The Mayor, Cllr. R. Dodd (in the chair), Cllr. A. Bell, Cllr. P. Shaw.

The Town Clerk, Mrs. S. Hartley, PCSO G. Ward and three members of the public were also present.

601. Correspondence
The Town Clerk read a letter from the County Council about road closures.
"""


def test_a_clerk_named_in_a_sentence_under_the_attendance_list() -> None:
    (meeting,) = parse_document(Document("haltwhistle.txt", "txt", (CLERK_IN_A_SENTENCE,)))
    assert meeting.items[0].speakers == ("Mrs S Hartley",)


BRACKETED_NUMBERS = """LITTLE MARLOW PARISH COUNCIL

Minutes of the Parish Council Meeting held on Monday 8 January 2024 at 7.30pm in the Pavilion.

Present: Cllr J Abbott (Chairman), Cllr K Brown, Cllr L Carter, Cllr M Davis.

(1) Apologies for absence
Cllr O Fisher sent apologies, which were accepted.

(2) Minutes of the meeting held on 4 December 2023
The minutes were approved and signed by the Chairman.

(3) Finance
Cllr Brown proposed and Cllr Carter seconded that the payments listed be approved. Agreed.
"""

ROMAN_NUMBERS = """STOKE ABBOTT PARISH COUNCIL
MINUTES OF THE MEETING HELD ON 12TH FEBRUARY 2024

PRESENT: Cllrs P Green (Chair), Q Hall, R Irving, S Jones

I. APOLOGIES
Cllr U Lee.

II. HIGHWAYS
Cllr Jones reported potholes on Back Lane.

III. FINANCE
RESOLVED: to pay the grass cutting invoice of £320.

IV. ANY OTHER BUSINESS
None.
"""


def test_items_numbered_in_brackets_or_roman_numerals() -> None:
    (meeting,) = parse_document(Document("marlow.txt", "txt", (BRACKETED_NUMBERS,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 4 December 2023"),
        ("3", "Finance")]
    (meeting,) = parse_document(Document("stoke.txt", "txt", (ROMAN_NUMBERS,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("I", "APOLOGIES"), ("II", "HIGHWAYS"), ("III", "FINANCE"), ("IV", "ANY OTHER BUSINESS")]
    assert meeting.items[2].decision == "resolved"


def test_an_item_taken_out_of_order_keeps_its_roman_numbered_neighbours() -> None:
    text = ("Parks Committee Meeting Minutes\nMay 12, 2016\n\n"
            "I. Call to Order:\n6:05PM by the Chairman.\n\n"
            "II. Approval of Previous Minutes\nMoved and seconded. Motion approved 5-0.\n\n"
            "IV. Bandstand Repairs (taken out of order)\nThree quotes were presented.\n\n"
            "III. Allotment Waiting List\nNine names are on the list.\n\n"
            "V. Park Bylaws\nThe committee went through the draft.\n\n"
            "VI. Adjourn\nAdjourned at 7:15PM.\n")
    (meeting,) = parse_document(Document("parks.txt", "txt", (text,)))
    assert [i.number for i in meeting.items] == ["I", "II", "IV", "III", "V", "VI"]


COMMITTEE_OF_COUNCIL = """EASTFIELD TOWN COUNCIL

Minutes of the Finance & General Purposes Committee of Eastfield Town Council held on Tuesday
16 January 2024 at 7pm

Present: Councillors P Ash (Chair), Q Birch, R Cedar

F&GP/24/01 Apologies
Councillor S Elm.

F&GP/24/02 Budget 2024/25
The Town Clerk presented the draft budget. Councillor Birch moved and Councillor Cedar seconded
that the budget be recommended to Council. Carried.
"""

SUB_COMMITTEE = """SOUTH FENLAND DISTRICT COUNCIL

LICENSING SUB-COMMITTEE

MINUTES of a meeting held at the Civic Centre, March, on Thursday 18 January 2024 at 10.00 am

PRESENT: Councillor T Fox (Chairman), Councillors U Grey and V Hunt.

1. APPOINTMENT OF CHAIRMAN

RESOLVED that Councillor Fox be appointed Chairman for the meeting.

2. APPLICATION FOR A PREMISES LICENCE – THE OLD MILL, WIMBLINGTON

The Licensing Officer introduced the report. The applicant, Mr Y Kay, addressed the
Sub-Committee.
"""


def test_two_minutes_of_a_committee_named_before_its_council_or_of_a_sub_committee() -> None:
    (meeting,) = parse_document(Document("eastfield.txt", "txt", (COMMITTEE_OF_COUNCIL,)))
    assert meeting.committee == "Eastfield Town Council — Finance & General Purposes Committee"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("F&GP/24/01", "Apologies"), ("F&GP/24/02", "Budget 2024/25")]
    assert meeting.items[1].speakers == ("Councillor Q Birch", "Councillor R Cedar")
    assert meeting.items[1].roles == ("The Clerk",)
    (meeting,) = parse_document(Document("fenland.txt", "txt", (SUB_COMMITTEE,)))
    assert [i.title for i in meeting.items] == [
        "APPOINTMENT OF CHAIRMAN",
        "APPLICATION FOR A PREMISES LICENCE – THE OLD MILL, WIMBLINGTON"]


AGENDA_HELD_ON = """GREAT BARDFIELD PARISH COUNCIL

AGENDA

for the meeting of the Parish Council to be held on Tuesday 13 February 2024 at 7.30pm in the
Town Hall.

Members are summoned to attend.

1. To receive apologies for absence.
2. To approve the minutes of the meeting held on 9 January 2024.
3. To approve payments.
"""

ROWS_WITH_COLONS = """MINUTES
Meeting of Cowley Village Hall Management Committee
8th January 2024

Attendees: Ann Bell (AB), Carl Dunn (CD), Eve Ford (EF)

Item     Discussion                                                   Action
1        Apologies: Gill Hart.
2        Accounts: AB presented the accounts. Agreed to raise the hire rate.   AB
3        Boiler: CD reported the boiler had failed twice. Quotes to be sought.   CD
"""


def test_dates_in_an_openings_words_and_table_rows_headed_by_a_colon() -> None:
    (agenda,) = parse_document(Document("bardfield.txt", "txt", (AGENDA_HELD_ON,)))
    assert agenda.date == date(2024, 2, 13)
    assert len(agenda.items) == 3
    (meeting,) = parse_document(Document("cowley.txt", "txt", (ROWS_WITH_COLONS,)))
    assert meeting.date == date(2024, 1, 8)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Accounts"), ("3", "Boiler")]
    assert [list(i.speakers) for i in meeting.items] == [[], ["Ann Bell"], ["Carl Dunn"]]


MEETING_SUMMARY_PAGE = """<html><head><title>Meeting Details - Redmarsh City Council</title></head>
<body><div id="content"><h1>Meeting Details</h1><h2>Meeting Summary</h2>
<table><tr><td>Committee</td><td>Holt Vale District Committee</td></tr>
<tr><td>Date / Time</td><td>3 Feb 2026 - 18:00 to 19:40</td></tr>
<tr><td>Location</td><td>Holt Vale Library</td></tr></table>
<h3>Public Agenda</h3>
<p><b>1</b></p><p><b>Apologies</b></p><p>To receive any apologies.</p><p>301</p>
<p>Apologies were submitted on behalf of Councillor Moss.</p>
<p><b>2</b></p><p><b>Minutes</b></p>
<p>To confirm the Minutes of the meeting held on 9 December 2025.</p>
<p>302</p><p>The minutes of the meeting held on 9 December 2025 were before the Committee.</p>
<p>RESOLVED:- That the Minutes be confirmed and signed.</p>
<p><b>3</b></p><p><b>Ward Budget</b></p><p>To consider the report.</p><p>303</p>
<p>RESOLVED:- That £2,000 be allocated to the Holt Vale in Bloom group.</p>
</div></body></html>"""


def test_a_meeting_summary_table_dates_and_names_the_meeting() -> None:
    text = html_to_text(MEETING_SUMMARY_PAGE.encode())[1]
    assert "Date / Time: 3 Feb 2026 - 18:00 to 19:40" in text
    assert "Location: Holt Vale Library" in text
    meetings = parse_document(Document("holt.html", "html", (text,)))
    assert [m.date for m in meetings] == [date(2026, 2, 3)]
    assert meetings[0].committee.endswith("Holt Vale District Committee")
    assert "Committee:" not in meetings[0].committee


UNNUMBERED_ITEMS_TABLE = """<html><body><div id="content">
<h1>Cabinet - Thursday 5th March, 2026 10.00 am</h1>
<p><strong>Venue:</strong> Town Hall, Fennick</p>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td></td><td><p>Apologies for Absence</p>
<div><p>An apology was received from Councillor Pye.</p></div></td></tr>
<tr><td></td><td><p>Declarations of Interest</p>
<div><p>Councillor Lamb declared an interest in the parking review.</p></div></td></tr>
<tr><td></td><td><p>Minutes of the Previous Meeting</p>
<div><p><strong>Decision Made:</strong></p><p>That the Minutes be confirmed.</p></div></td></tr>
<tr><td></td><td><p>Town Centre Parking Review</p><p>Report of the Head of Place</p>
<div><p>Councillor Lamb presented the report.</p>
<p><strong>Decision Made:</strong></p><p>That the revised tariffs be approved.</p>
<p><strong>Reasons for the Decision:</strong></p><p>To balance demand.</p>
<p><strong>Alternative Options Considered and Rejected:</strong></p><p>None.</p></div>
</td></tr>
<tr><td></td><td><p>Exclusion of Press and Public</p>
<div><p><strong>Decision Made:</strong></p>
<p>That the press and public be excluded from the meeting.</p></div></td></tr>
</table></div></body></html>"""


def test_an_items_table_without_numbers_titles_each_row_and_its_decision_made() -> None:
    (meeting,) = parse_document(Document("fennick.html", "html", (html_to_text(
        UNNUMBERED_ITEMS_TABLE.encode())[1],)))
    assert [i.title for i in meeting.items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting",
        "Town Centre Parking Review", "Exclusion of Press and Public"]
    assert [i.decision for i in meeting.items] == ["none", "none", "agreed", "agreed", "agreed"]
    assert "the revised tariffs be approved" in meeting.items[3].resolutions[0]


SAVED_ITEMS_TABLE = """Licensing Sub-Committee - Thursday, 5th March, 2026 7.00 pm

Venue: Civic Offices, Quay Street, Fennick.

Items
No.\tItem


\tNomination of Chair


Councillor Okafor nominated Councillor Pryce to Chair the Sub-Committee.

RESOLVED:

That Councillor Pryce Chair the Sub-Committee.


\tApologies for Absence


There were no apologies for absence.


\tItems of Urgent Business

To consider any urgent items.

Additional documents:


There were no items of urgent business.


\tDeclarations of Interests


There were no Declarations of Interest.
"""


def test_a_saved_items_table_with_empty_number_cells_titles_each_row() -> None:
    (meeting,) = parse_document(Document("fennick.txt", "txt", (SAVED_ITEMS_TABLE,)))
    assert [i.title for i in meeting.items] == [
        "Nomination of Chair", "Apologies for Absence", "Items of Urgent Business",
        "Declarations of Interests"]
    assert meeting.items[0].decision == "resolved"
    assert "That Councillor Pryce Chair" in meeting.items[0].resolutions[0]


GLUED_REFERENCES = """Teesdale And Eskside Councillors - DocsBay
Download
At a meeting of the Combined Fire Authority for Teesdale and Eskside held at Fire and Rescue \
Service Headquarters, Aycliffe Business Park, Newton Aycliffe on Thursday 20 November 2025 at \
10.00 a.m.
Present:
Councillor A Lamb (Chair)
A1Declarations of interest
Councillor P Hebden declared an interest in item A3.
A2Minutes of the meeting held on 25 September 2025
The minutes were confirmed as a correct record.
A3Pay policy statement 2026/27
Resolved:
That the pay policy statement be approved.
Related documents
Minutes of the Combined Fire Authority 25 September 2025
Audit and Risk Committee 29 September 2025
"""


def test_references_glued_to_their_titles_and_a_list_of_related_papers() -> None:
    (meeting,) = parse_document(Document("cfa.txt", "txt", (GLUED_REFERENCES,)))
    assert meeting.date == date(2025, 11, 20)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("A1", "Declarations of interest"),
        ("A2", "Minutes of the meeting held on 25 September 2025"),
        ("A3", "Pay policy statement 2026/27")]
    assert meeting.items[2].decision == "resolved"


RUNNING_MINUTES_GLUED = """Pentrefach Community Council
Minutes of the Meeting held at the Institute, Pentrefach, on Thursday 9th May, 2013
Present: Councillor A Price (Chair), Councillors B Lloyd, C Howells and D Morgan.
3120Apologies for Absence
E Jones.
3121Minutes of the Previous Meeting
Resolved that the April minutes be approved.
3122Bus Shelter
Members agreed to repaint the shelter at the square.
3123Date of Next Meeting
Thursday 13th June, 2013.
"""


def test_four_figure_running_minute_numbers_glued_to_their_titles() -> None:
    (meeting,) = parse_document(Document("cc.txt", "txt", (RUNNING_MINUTES_GLUED,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("3120", "Apologies for Absence"), ("3121", "Minutes of the Previous Meeting"),
        ("3122", "Bus Shelter"), ("3123", "Date of Next Meeting")]


SITE_BUILDER_PAGE = """<html><body><main>
<h2>Approved Minutes of Meeting – 16th September 2025</h2>
<p><span style="font-weight:bold">Lochbrae Community Council</span></p>
<p>Minutes of Meeting – Tuesday 16th September 2025, 7pm</p>
<p>Present: Kenny Kerr (KK), Donna Shand (DS), John Fyfe (JF), Brian Gault (BG).</p>
<p>Apologies: Alistair Gill (AG)</p>
<p>Members of Public Present: 3</p>
<p><span style="font-weight:bold">Welcome:</span> KK welcomed all to the meeting.</p>
<p><span style="font-weight:bold">Minutes of Previous Meeting</span></p>
<p>DS – proposed that the minutes be approved as a true record; seconded JF. Approved.</p>
<p><span style="font-weight:bold">Finance</span></p>
<p>BG – Balance at 31st August 2025 £1,742.18.</p>
<p><span style="font-weight:bold">Police Report</span></p>
<p>No officer was able to attend. The monthly report was noted.</p>
<p><span style="font-weight:bold">Harbour Wall</span></p>
<p>KK – gave an update on the collapse of the harbour wall.</p>
<p><span style="font-weight:bold">Date of Next Meeting</span></p>
<p>Tuesday 21st October 2025, 7pm.</p>
</main></body></html>"""


def test_a_site_builder_page_is_one_meeting_whose_bold_headings_are_its_items() -> None:
    # The page's title names no body, the record's heading under it does: one meeting. Bold
    # headings on lines of their own outnumber the 'Label: text' paragraphs above them.
    (meeting,) = parse_document(Document("lochbrae.html", "html", (html_to_text(
        SITE_BUILDER_PAGE.encode())[1],)))
    assert (meeting.committee, meeting.date) == ("Lochbrae Community Council",
                                                 date(2025, 9, 16))
    assert [i.title for i in meeting.items] == [
        "Minutes of Previous Meeting", "Finance", "Police Report", "Harbour Wall",
        "Date of Next Meeting"]


DASH_LIST = """Minutes 12th June 2025
Parish Council meeting on Thursday 12th June 2025 at 7.30 p.m. in Elmcott Village Hall
- MEMBERS PRESENT
Mr R. Ford (Chairman), Mrs K. Snell, Mr T. Heard. Mrs A. Tucker (Clerk).
- MINUTES OF PREVIOUS MEETING
Proposal: the minutes were proposed by Mrs Snell, seconded by Mr Heard and unanimously agreed.
- Risk Assessment
The clerk had provided the Risk Assessment, which was discussed by the meeting.
4. Defibrillator pads
Mr Heard proposed and Mrs Snell seconded the purchase of new pads; unanimously agreed.
- Correspondence
A list of correspondence was circulated and noted.
- Date of next meeting
Thursday 10th July 2025.
"""


def test_a_list_saved_as_text_with_dashes_gives_one_item_per_dashed_heading() -> None:
    (meeting,) = parse_document(Document("elmcott.txt", "txt", (DASH_LIST,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("", "MEMBERS PRESENT"), ("", "MINUTES OF PREVIOUS MEETING"), ("", "Risk Assessment"),
        ("4", "Defibrillator pads"), ("", "Correspondence"), ("", "Date of next meeting")]
    assert [i.decision for i in meeting.items][3:5] == ["agreed", "noted"]


REF_COLUMN = """MINUTES OF THE MEETING OF SIBTHORPE PARISH COUNCIL HELD ON THURSDAY 9 OCTOBER 2025

Present: Cllrs Hatherell (Chairman), Pargeter, Cloke.

25/141 Apologies for Absence – Cllr Ivens (work).

25/142 25/142/1 Chairman’s Announcements: The Chairman thanked the volunteers.

25/142/2 Correspondence received by the Chairman: A letter from the school. Noted.

25/143 Minutes of the meeting held on 11 September 2025: It was RESOLVED that the minutes be
approved.
"""


def test_a_minute_s_reference_beside_its_first_sub_minute_s_gives_the_sub_minutes() -> None:
    (meeting,) = parse_document(Document("sibthorpe.txt", "txt", (REF_COLUMN,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("25/141", "Apologies for Absence"), ("25/142/1", "Chairman’s Announcements"),
        ("25/142/2", "Correspondence received by the Chairman"),
        ("25/143", "Minutes of the meeting held on 11 September 2025")]


WRAPPED_CAPS = """DRAFT MINUTES OF THE ANNUAL MEETING OF CHILTON PARISH COUNCIL HELD ON 12 MAY 2025

PRESENT
Councillors: Ruth Ellery (RE), Simon Gadd (SG), Tom Ashby (TA)
1. ELECTION OF CHAIRMAN
Ruth Ellery was elected Chairman of the Parish Council for the coming year.
2. APOLOGIES
Frances Boyce sent her apologies, which were accepted by the council.
PARISHIONERS
QUESTION TIME
Mrs Joan Pickles asked the council who would be the contact for the car park resurfacing.
3. APPROVAL OF MARCH 2025 MINUTES
Minutes were agreed as a true record and signed by the Chairman.
"""


def test_a_capitals_heading_wrapped_in_two_among_numbered_capitals_headings_is_an_item() -> None:
    (meeting,) = parse_document(Document("chilton.txt", "txt", (WRAPPED_CAPS,)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "ELECTION OF CHAIRMAN"), ("2", "APOLOGIES"), ("", "PARISHIONERS QUESTION TIME"),
        ("3", "APPROVAL OF MARCH 2025 MINUTES")]


def test_parish_commissioners_minutes_numbered_with_a_space_after_the_year() -> None:
    text = ("MINUTES OF BALLACORRIN PARISH COMMISSIONERS held in the Commissioners Office, Main "
            "Road, Ballacorrin at 7. 00pm on 14th Thursday May 2026\n\nIn Attendance\n\nMr R "
            "Kinvig Chairman\n\nMr T Corkish\n\n26/ 061 Apologies\n\nThere were no apologies."
            "\n\n26/ 062 Declaration of Interest\n\nThere were none.\n\n26/ 063 Refuse "
            "Collection Contract\n\nIt was resolved to extend the contract by one year.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == "Ballacorrin Parish Commissioners"
    assert meeting.date == date(2026, 5, 14)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("26/ 061", "Apologies"), ("26/ 062", "Declaration of Interest"),
        ("26/ 063", "Refuse Collection Contract")]


WORDPRESS_DASH_POINTS = """Ardcaorach Community Council

Minutes of Meeting 4th March 2026

Posted on 12 March 2026 by ardcaorachcc

- Present: Morag Cattanach, Ewen Rankin, Isla Dewar, Donald MacPhee (DMP), Struan Lamont
- Apologies: Ruaridh Grant
- Correspondence: election timetable; ID to circulate
- Adoption of Previous Minutes: MC proposed, ER seconded; agreed
- Chair's Report:
- MC met the roads authority about the layby; agreed MC to write to them again.
- DMP asked whether the layby could be coned off in the meantime.
- Treasurer's Report: current balance £2,843.17; report noted
- Matters Arising:
- MC: noticeboard at Bunachton - replacement ordered
- ID: resilience group contact list updated
- Date of next meeting: Wednesday 1st April 2026
"""


def test_a_web_pages_dashed_points_give_an_item_per_label_not_per_members_initials() -> None:
    (meeting,) = text_meetings(WORDPRESS_DASH_POINTS)
    assert meeting.date == date(2026, 3, 4)
    assert [i.title for i in meeting.items] == [
        "Apologies", "Correspondence", "Adoption of Previous Minutes", "Chair's Report",
        "Treasurer's Report", "Matters Arising", "Date of next meeting"]
    assert [i.decision for i in meeting.items][2:5] == ["agreed", "agreed", "noted"]
    assert meeting.items[3].speakers == ("Donald MacPhee",)
    assert "Morag Cattanach" in meeting.items[5].speakers


def test_minute_numbers_glued_to_capitals_headings_are_items() -> None:
    text = ("MINUTES OF THE COUNCIL MEETING HELD ON 20th JANUARY 2026\n\n113. APOLOGIES\n"
            "Apologies were received from Councillor B Foulkes.\n\n115.TO RECEIVE DECLARATION "
            "OF INTEREST Councillor M Edwards declared an interest in item 119.\n\n116. PUBLIC "
            "QUESTIONS\nThere were none.\n\n117.TO APPROVE THE MINUTES OF THE LAST MEETING\n"
            "RESOLVED that the minutes be approved as a true record.\n\n118.TO RECEIVE REPORTS "
            "FROM COUNTY BOROUGH COUNCILLORS Councillor T Jarvis reported on road works.\n")
    (meeting,) = text_meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("113", "APOLOGIES"), ("115", "TO RECEIVE DECLARATION OF INTEREST"),
        ("116", "PUBLIC QUESTIONS"), ("117", "TO APPROVE THE MINUTES OF THE LAST MEETING"),
        ("118", "TO RECEIVE REPORTS FROM COUNTY BOROUGH COUNCILLORS")]


def test_agenda_numbers_without_a_minute_reference_between_those_with_one_are_items() -> None:
    text = ("LITTLE WENDHAM PARISH COUNCIL\n\nMinutes of the Finance Committee meeting held on "
            "Friday 9 January 2026 at 7.00pm\n\n1. Apologies for absence\nNone.\n\n012/26 2. "
            "Minutes of the last meeting\nConfirmed and signed.\n\n3. Matters Arising\nNone.\n\n"
            "013/26 4. Bank Reconciliation\nNoted that the balances agreed.\n\n014/26 5. Budget "
            "Monitoring\nGrass cutting would overspend.\n\n015/26 6. Insurance Renewal\nAgreed "
            "to renew.\n")
    (meeting,) = text_meetings(text)
    assert [i.title for i in meeting.items] == [
        "Apologies for absence", "Minutes of the last meeting", "Matters Arising",
        "Bank Reconciliation", "Budget Monitoring", "Insurance Renewal"]




def test_statements_of_decision_give_an_item_each_not_one_per_form_heading() -> None:
    # Headings set in bold, as the PDF reader marks them.
    from indexer.records import HEADING_MARK as BOLD

    text = f"{BOLD}Delegated Decisions by Cabinet Member for Transport – 8 January 2026\n\n"
    text += f"{BOLD}Statement of Decision\n\n"
    for title, decision in (
            ("Progress of Approved Schemes", "to note the report and progress on the schemes."),
            ("Ashwell Road – Proposed 20mph Limit", "to approve the new 20mph speed limit."),
            ("Tanners Street – Parking Zone", "to approve the residents' parking zone.")):
        text += (f"{BOLD}{title}\n\nCabinet Member for Transport : Councillor Ian Hallam\n\n"
                 f"Officers: Steve Howell and Mike Barnes\n\n{BOLD}Documentation considered:\n\n"
                 f"The report of the Director.\n\n{BOLD}Summary of representations in person\n\n"
                 "Councillor Tilling asked about the timetable; Mr Barnes replied that work would "
                 "start in the spring.\n\nHaving regard to the documentation before me, I confirm "
                 f"my decisions on this matter as follows:\n\n{decision}\n\n")
    (meeting,) = _meetings(text)
    assert meeting.date == date(2026, 1, 8)
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Progress of Approved Schemes", "noted"),
        ("Ashwell Road – Proposed 20mph Limit", "agreed"),
        ("Tanners Street – Parking Zone", "agreed")]


def test_a_publication_pages_own_title_dates_the_minute_not_the_meeting_that_approved_it() -> None:
    text = ("Caledonian Police Authority\n\nApproved Minute - 22 January 2026\n\nReport Summary\n\n"
            "Approved Minute from the Meeting of the Authority held on 22 January 2026.\n\n"
            "Meeting of the Caledonian Police Authority - 26 February 2026\nDate : 26 February "
            "2026\nLocation : Tay Suite\n\nPRESENT\n\nAuthority Members: Martin Gow (Chair), "
            "Rhona Bain\n\nCHAIR'S REMARKS\n\nThe Chair welcomed members and the senior "
            "leadership team to the first meeting held in the new headquarters.\n\n"
            "APOLOGIES\n\nApologies were received from Duncan Reekie.\n\n"
            "DECLARATIONS OF INTEREST\n\nThere were none.\n\nANY OTHER BUSINESS\n\nThere was "
            "none.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2026, 1, 22)


def test_an_issue_pages_meetings_each_date_their_own_minute() -> None:
    page = ("Hamblemouth City Council\nHome > Councillors, meetings and decisions > Issue - "
            "meetings\n\nIssue - meetings\n\n{title}\n\n{meetings}Hamblemouth City Council, "
            "Civic Centre | Accessibility | Privacy\n\n" + "-" * 40 + "\n\n")
    minute = ("Meeting: {day} - {body} (Item {n})\n\n{n} {title} pdf icon PDF 64 KB\n\nReport "
              "of the Director.\n\nMinutes:\n\nRESOLVED that the report be {how}.\n\n")
    text = page.format(title="Annual Governance Statement", meetings=minute.format(
        day="12/10/2026", body="Council", n=9, title="Annual Governance Statement",
        how="approved") + minute.format(day="21/09/2026", body="Governance Committee", n=14,
                                        title="Annual Governance Statement", how="noted"))
    for n, title in ((10, "Apologies"), (11, "Disclosure of Interests"), (12, "Risk Update"),
                     (13, "Treasury Review"), (15, "Work Programme")):
        text += page.format(title=title, meetings=minute.format(
            day="21/09/2026", body="Governance Committee", n=n, title=title, how="noted"))
    meetings = text_meetings(text)
    assert [(m.date, [(i.number, i.title) for i in m.items]) for m in meetings] == [
        (date(2026, 10, 12), [("9", "Annual Governance Statement")]),
        (date(2026, 9, 21), [("14", "Annual Governance Statement"), ("10", "Apologies"),
                             ("11", "Disclosure of Interests"), ("12", "Risk Update"),
                             ("13", "Treasury Review"), ("15", "Work Programme")])]


def test_a_tables_cells_saved_with_slashes_keep_their_item_numbers() -> None:
    text = ("Minute of Meeting of DEESIDE NHS BOARD held in Open Session\non Thursday 4 June 2026 "
            "at 10.00am\n\nPresent\n/\nProfessor Moira Lindsay\n/ Chair\nItem / Subject / Action\n"
            "1. /\nCHAIR'S WELCOME\nThe Chair welcomed everyone to the meeting.\n2. / APOLOGIES\n"
            "Apologies were received from Mr Neil Forbes.\n3. / DECLARATIONS OF INTEREST\nThere "
            "were none.\n4. / WINTER PLAN 2026/27\nThe Board approved the Winter Plan. / KG\n")
    (meeting,) = text_meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "CHAIR'S WELCOME"), ("2", "APOLOGIES"), ("3", "DECLARATIONS OF INTEREST"),
        ("4", "WINTER PLAN 2026/27")]


def test_a_footer_beside_the_page_number_names_the_council() -> None:
    text = ("CABINET\n\nMinutes of the meeting held on Thursday 8 January 2026\n\nPresent: "
            "Councillor Ian Hallam (Chair), Councillor Ros Tilling\n\n1. Ashwell Road – 20mph "
            "Limit\n\nRESOLVED that the limit be introduced.\n\n2. Bus Shelters\n\nRESOLVED "
            "that the contract be extended.\n\n3. Highways Programme\n\nThe Cabinet noted the "
            "report.\n\nEvenlode County Council – Cabinet Minutes Page 1\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee.startswith("Evenlode County Council — ")


def test_a_number_in_both_margins_takes_the_title_lines_between_its_copies() -> None:
    text = ("Minutes of the Local Police and Fire Scrutiny Committee held on 4 June 2026\n\n"
            "Present: Councillors Docherty, Strang and Rennie.\n\n411\n\n"
            "Apologies and Declarations of Interest\n\n411\n\nThere were none.\n\n412\n\n"
            "Police Scotland – Local Policing Plan\n\nPerformance Report: 1 April 2025 – 31 March "
            "2026\n\n412\n\nChief Inspector Gallacher presented the report.\n\n413\n\nRoad Safety "
            "Update\n\n413\n\nTo note the update.\n\nThe Committee noted the update.\n")
    (meeting,) = text_meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("411", "Apologies and Declarations of Interest"),
        ("412", "Police Scotland – Local Policing Plan Performance Report: 1 April 2025 – 31 "
                "March 2026"),
        ("413", "Road Safety Update")]


BRACKETED_PLANNING = """Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber,
Guildhall, Market Place, Orlestone at 10.00 am when there were present:
Councillors
Mrs H M Quenby (Chairman)
A R Tolhurst (Vice-Chairman)
D J Pattenden
S Ruck
K L Marden - substitute for P Oyler
Mrs F Beeching - Orlestone Ward
Officers
Mr N Fagge - Head of Planning
Miss T Hukins - Planning Officer
(41) APOLOGIES FOR ABSENCE
Apologies were received from Councillor P Oyler.
(42) MINUTES
The Minutes of the meeting held on 3 March 2016 were approved as a correct record.
(43) ORLESTONE - PL/16/0288 - Erection of two dwellings and detached garages; Land east of
Church Lane, for Hamstreet Homes Ltd
The Committee considered item 1 of the officers' reports.
Councillor Ruck said that the lane was too narrow for construction traffic.
It was proposed by Councillor Marden, seconded by Councillor Pattenden and
RESOLVED by 5 votes to 1
That the application be approved.
(44) WOODCHURCH - PL/16/0301 - Change of use of barn to holiday let; Oak Barn,
Bourne Lane for Mr and Mrs B Finn
Councillor Mrs Beeching supported the application.
RESOLVED unanimously
That the application be refused.
"""


def test_a_planning_committees_bracketed_minutes_name_each_application_in_full() -> None:
    """'(43) ORLESTONE - PL/16/0288 - Erection of …' over two lines: the minute is 43 and its
    title the place, reference and description; the members listed one to a line under
    '… when there were present:' / 'Councillors' are who 'Councillor Ruck' is."""
    meeting = text_meetings(BRACKETED_PLANNING)[0]
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41", "APOLOGIES FOR ABSENCE"), ("42", "MINUTES"),
        ("43", "ORLESTONE - PL/16/0288 - Erection of two dwellings and detached garages; Land"
               " east of Church Lane, for Hamstreet Homes Ltd"),
        ("44", "WOODCHURCH - PL/16/0301 - Change of use of barn to holiday let; Oak Barn,"
               " Bourne Lane for Mr and Mrs B Finn")]
    assert meeting.attendance.present[:2] == ("Mrs H M Quenby (Chairman)",
                                              "A R Tolhurst (Vice-Chairman)")
    assert "K L Marden - substitute for P Oyler" in meeting.attendance.present
    assert meeting.attendance.in_attendance[0] == "Mr N Fagge - Head of Planning"
    assert set(meeting.items[2].speakers) >= {"S Ruck", "K L Marden", "D J Pattenden"}
    assert "Mrs F Beeching" in meeting.items[3].speakers


def test_initials_names_run_together_are_two_people_not_a_first_name_and_an_initial() -> None:
    """'D J Pattenden S Ruck', a list one to a line read as one paragraph: no 'Pattenden S
    Ruck'."""
    found = [m.person for m in mentions("D J Pattenden S Ruck")]
    assert all(person.first != "Pattenden" for person in found)


BRACKETED_AGENDA = """Minutes of the parish council meeting held at 7pm on March 3rd 2014.

Present.  A.Jeffery [Chairman], M.Tottle, S.Brimble and H.Yandle [Clerk].

[1]. 14/101. The Chairman opened the meeting.

[2]. 14/102.  Apologies.  R.Hockey.

[3].14/103.   Declarations of interest.   M.Tottle declared an interest in item 14/105.

[4]. 14/104.  Minutes.  The minutes of the February meeting were signed.

[5]. 14/105.  Footpaths.  M.Tottle reported that the stile at Coombe Lane was broken.
"""


def test_a_bracketed_agenda_number_before_a_running_minute_number() -> None:
    """'[2]. 14/102.  Apologies.': the minute is 14/102, its bracketed agenda number only
    where it sits in the agenda, even glued on ('[3].14/103.')."""
    items = text_meetings(BRACKETED_AGENDA)[0].items
    assert [(item.number, item.title) for item in items if item.title] == [
        ("14/102", "Apologies"), ("14/103", "Declarations of interest"),
        ("14/104", "Minutes"), ("14/105", "Footpaths")]


FLATTENED_REFS = (
    "MINUTES of the MEETING of the TOWN COUNCIL held in the Council Chamber, Bridge Street, "
    "Orwick on TUESDAY 9TH JUNE 2015. PRESENT Councillor Mrs L Pounder in the Chair and "
    "Councillors R Astley, B Dakin and T Hurst C16/011 Apologies Apologies were received from "
    "Councillor Mrs J Ollier C16/012 Declarations of Interest None were declared. C16/013 "
    "Minutes RESOLVED that the Minutes of the meeting held on 12th May 2015 be signed as a "
    "correct record. C16/014 Allotments Councillor Dakin reported that two plots were vacant. "
    "C16/015 Date of Next Meeting Tuesday 14th July 2015.\n")


def test_minutes_flattened_into_one_paragraph_are_cut_at_their_running_references() -> None:
    """A document site's text of Word minutes: one paragraph, each minute opening with its
    reference ('C16/012 Declarations of Interest None were declared.')."""
    items = text_meetings(FLATTENED_REFS)[0].items
    assert [item.number for item in items] == [f"C16/01{n}" for n in range(1, 6)]
    assert items[3].title == "Allotments"


def test_flattened_references_with_a_committee_s_letters_and_point() -> None:
    """'AC.04/21 Declarations …': a committee's references keep their letters and point."""
    text = FLATTENED_REFS.replace("C16/0", "AC.16/0")
    assert [item.number for item in text_meetings(text)[0].items] == \
        [f"AC.16/01{n}" for n in range(1, 6)]


def test_flattened_references_counting_before_their_year() -> None:
    """'64/15 Apologies … 65/15 Declarations …': the minute counts up before the council's
    year, which stays the same."""
    text = FLATTENED_REFS
    for n in range(1, 6):
        text = text.replace(f"C16/01{n}", f"{63 + n}/15")
    assert [item.number for item in text_meetings(text)[0].items] == \
        [f"{63 + n}/15" for n in range(1, 6)]


def test_a_flattened_record_opening_with_its_title_is_read_minute_by_minute() -> None:
    """A document site's text of a whole record in one paragraph that opens with its title in
    capitals ('ORWICK TOWN COUNCIL MINUTES OF THE ANNUAL COUNCIL MEETING HELD … PRESENT: …
    tc 001/14 ELECTION OF CHAIRMAN …'): the title and attendance are its heading, the minutes
    its items."""
    minutes = " ".join(
        f"tc {n:03d}/14 {head} {text}" for n, (head, text) in enumerate([
            ("ELECTION OF CHAIRMAN", "It was RESOLVED that Cllr Astley be elected Chairman."),
            ("APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Hurst."),
            ("DECLARATIONS OF INTEREST", "There were no declarations of interest."),
            ("REVIEW OF STANDING ORDERS", "It was RESOLVED to adopt the revised Standing Orders."),
            ("DATE OF NEXT MEETING", "Monday 16th June 2014 at 7.00pm.")], start=1))
    (meeting,) = text_meetings(
        "20140616 tc annual minut.. - Orwick Town Council\n\nORWICK TOWN COUNCIL MINUTES OF THE "
        "ANNUAL COUNCIL MEETING HELD AT THE GUILDHALL ON MONDAY 19th MAY 2014 AT 7.00P.M. "
        "PRESENT: Councillors R Astley, B Dakin and T Hurst. " + minutes + "\n")
    assert meeting.date == date(2014, 5, 19)
    assert [item.title for item in meeting.items] == [
        "ELECTION OF CHAIRMAN", "APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST",
        "REVIEW OF STANDING ORDERS", "DATE OF NEXT MEETING"]
    assert meeting.items[3].decision == "resolved"


def test_a_minute_reference_then_the_agendas_item_label_heads_its_minute() -> None:
    """'34/15 Item 1: to approve the minutes of the Assembly held on 20 May' / '2015;': the
    minute's reference, the agenda's label, then its words in small letters, closed by the
    semicolon of the summons' list, however the line wraps."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "Minutes of the Parish Assembly\nMonday 15 June 2015 at 7.00pm\n\n"
        f"{bold}33/15 Welcome & Apologies\n\nApologies were received from the Rector.\n\n"
        f"{bold}34/15 Item 1: to approve the minutes of the Parish Assembly held on 20 May\n\n"
        "2015;\nProposed: Roland Ahier\nSeconded: Susan Vibert\nThe minutes were adopted.\n\n"
        f"{bold}35/15 Item 2: elect a Vingtenier for the Vingtaine de la Pierre;\n\n"
        "Proposer: David Le Brun\nSeconder: Mark Renault\nThomas Bisson was elected.\n\n"
        f"{bold}36/15 Item 3: any other business\n\nThere was none.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("33/15", "Welcome & Apologies"),
        ("34/15", "to approve the minutes of the Parish Assembly held on 20 May 2015"),
        ("35/15", "elect a Vingtenier for the Vingtaine de la Pierre"),
        ("36/15", "any other business")]


def test_a_number_alone_over_its_heading_closed_by_a_stop_and_run_into_its_text() -> None:
    """'85/09/23.' on a line of its own, then 'Disclosure of interest in items on the agenda.
    Cllr Garland declared …': the heading is the line's words up to the stop, the agenda's
    own words too ('To agree the minutes of the meeting held on 29/08/23 as an accurate
    record of the meeting.')."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "The Minutes of a Meeting of the Parish Council held on Tuesday 26th September 2023\n\n"
        "Present: Cllr C Trelawney (Chair), P Garland and J Prowse.\n\n"
        f"{bold}84/09/23.\nTo accept apologies for absence. Apologies were accepted from Cllr "
        "Bennet.\n\n"
        f"{bold}85/09/23.\nDisclosure of interest in items on the agenda. Cllr Garland declared an "
        "interest in item 88/09/23.\n\n"
        f"{bold}86/09/23.\nTo agree the minutes of the meeting held on 29/08/23 as an accurate "
        "record of the meeting. The minutes were agreed and signed.\n\n"
        f"{bold}87/09/23.\nMatters arising from the minutes not covered by the agenda. The Clerk "
        "reported that the bench had been delivered.\n\n"
        f"{bold}88/09/23.\nPlanning. Cllr Garland left the room. There were no objections.\n")
    assert [item.title for item in meeting.items] == [
        "To accept apologies for absence", "Disclosure of interest in items on the agenda",
        "To agree the minutes of the meeting held on 29/08/23 as an accurate record of the "
        "meeting", "Matters arising from the minutes not covered by the agenda", "Planning"]


def test_a_bold_headings_words_after_its_colon_are_its_own() -> None:
    """'199/24 Council meeting minutes: 6th January 2025', '203/24 Presentation: Coastal Hopper
    bus service' set in bold whole: the words after the colon are the heading's; a part's one
    word ('Reports: Finance –'), who spoke ('Apologies: Cllr Pendle') and text are not."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "Minutes of the Meeting of the Parish Council held on 3rd February 2025\n\n"
        f"{bold}199/24 Council meeting minutes: 6th January 2025\n"
        "RESOLVED that the minutes be signed.\n\n"
        f"{bold}200/24 Presentation: Harbour Shuttle bus service\n"
        "Mr Pascoe described the new timetable.\n\n"
        f"{bold}201/24 Reports from Sub-Committees: Finance –\nThe balance was noted.\n\n"
        f"{bold}202/24 Apologies: Cllr Pendle\n\n"
        f"{bold}203/24 Date of next meeting\nMonday 3rd March 2025.\n")
    assert [item.title for item in meeting.items] == [
        "Council meeting minutes: 6th January 2025", "Presentation: Harbour Shuttle bus service",
        "Reports from Sub-Committees", "Apologies", "Date of next meeting"]


def test_a_numbered_list_of_who_attended_is_no_chain_of_items() -> None:
    """'Attendees' / '1. Mr P Thorne (Chair) Chamber of Trade' / '2. Cllr Mrs J Hale …', the
    same under 'In Attendance' and its group's label, then the minutes numbered 1, 2, 3 again:
    the people are who attended, the minutes the items."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "Minutes Meeting\n\nOrlby Airport Consultative Committee\n\nHeld on\n\nThursday 28th "
        f"November 2019\n\n{bold}Attendees\n\n1. Mr P Thorne (Chair) Orlby Chamber of Trade\n"
        "2. Cllr Mrs J Hale (Deputy) Hurley Parish Council\n3. Cllr A Bates Venton Town "
        "Council\n4. Cllr W Dunn Forest District Council\n5. Mr J Hodge Federation of "
        "Residents'\nAssociations\n6. Mrs J Hunt Broadlea Residents' Association\n7. Mr B "
        "Riddell Sunward Holidays\n8. Ms A Walsh County Chamber of Commerce\n"
        f"9. Ms R Orme Secretary to the\nCommittee\n\n{bold}In Attendance\n\n"
        f"{bold}Orlby Airport Ltd:\n1. Mr P Keeling Managing Director\n2. Mr H Greaves "
        f"Estates Manager\n\n{bold}Apologies\n\n1. Cllr T Carter Fernlea Town Council\n"
        f"2. Cllr M Ingram Poolford Borough Council\n\n{bold}Meeting dates\n\n(All Thursdays "
        "at 1430 hrs) 5th\nMarch 2020, 9th July 2020\n\n"
        f"{bold}1. Minutes of Last Meeting\n\n1.1 The minutes were "
        f"approved by those present.\n\n{bold}2. Matters Arising\n\n2.1 The bus service was "
        f"covered under item 3.\n\n{bold}3. Surface Access\n\n3.1 Mr Keeling reported on the "
        f"car park.\n\n{bold}4. Date of Next Meeting\n\n4.1 5th March 2020.\n")
    assert [item.title for item in meeting.items if item.number] == [
        "Minutes of Last Meeting", "Matters Arising", "Surface Access", "Date of Next Meeting"]


def test_minutes_kept_as_bullets_each_heading_closed_by_its_stop() -> None:
    """A parish meeting's post: '• Apologies for absence. Norman …', '• Financial Position.
    Mary reported …', '• Defibrillator.' over its text: each bullet's heading is an item,
    though the clerk's notes under one are headed by a colon ('Grit bin: …')."""
    page = ("<html><body><h3>Minutes of the Orlby Parish Meeting</h3>"
            "<h3>Monday 24th October 2016 at the Church Room, Orlby.</h3>"
            "<p><b>Present:</b><br>Chairman - Graham Lunn, Secretary - Anne Tennant</p><ul>"
            "<li>Apologies for absence. Neil Hobb, Mark Rudd.</li>"
            "<li>Minutes of the last meeting. The minutes were read and adopted.</li>"
            "<li>Matters arising from the minutes</li></ul>"
            "<p>Grit bin at Mill Lane: Highways will refill it.</p>"
            "<p>Dog fouling: Nothing further to report.</p>"
            "<ul><li>Financial Position. Mary reported that the precept was received.</li>"
            "<li>Defibrillator.</li></ul><p>Graham reported that the grant was awarded.</p>"
            "<ul><li>Date of next meeting. Monday 24th April 2017 at 7.30pm.</li></ul>"
            "</body></html>")
    (meeting,) = html_meetings(page)
    titles = [item.title for item in meeting.items]
    assert titles[-5:] == ["Minutes of the last meeting", "Matters arising from the minutes",
                           "Financial Position", "Defibrillator", "Date of next meeting"]
    assert "Grit bin at Mill Lane" not in titles


def test_front_matter_is_no_part_of_the_minutes_and_its_dates_date_nothing(tmp_path) -> None:
    """A clerk's Markdown file: 'published: …' in its front matter is when the page went up;
    the minutes' own heading dates the meeting."""
    path = tmp_path / "burials.md.txt"
    path.write_text('---\ntitle: "Burial Committee 4 April 2016 - Minutes"\npublished: '
                    "2016-04-19\n---\n\n# Burial Committee Meeting - Minutes\n\n**4 April 2016**"
                    "\n\n## 1. Apologies\n\nNone.\n\n## 2. Fees\n\nRESOLVED that the fees be held."
                    "\n\n## 3. Date of Next Meeting\n\nMonday 6 June 2016.\n", encoding="utf-8")
    document = read_document(SourceFile(path, path.name, "txt", 1, 1))
    assert document.title == "Burial Committee 4 April 2016 - Minutes"
    assert "published" not in document.pages[0]
    meeting = parse_document(document)[0]
    assert meeting.date == date(2016, 4, 4)
    assert [item.title for item in meeting.items] == ["Apologies", "Fees", "Date of Next Meeting"]


QUOTED_MAIL = """From:	Ann Trelawney <clerk@example.org>
Sent:	12 May 2018 20:01
To:	Web Editor
Subject:	RE: Minutes for the website

Yes please, put them up marked DRAFT.

-----Original Message-----
> Dear Ann,
>
> The draft minutes are pasted below.
>
> HOLCOMBE ROGUS PARISH COUNCIL
>
> Draft minutes of meeting held on 1st May 2018 at 7.30 pm in the Church Room.
>
> Present: Cllrs P Vodden, K Blackmore, S Chave
>
> 21/18 Apologies: None received.
>
> 22/18 Minutes: The minutes of 3rd April were approved and signed.
>
> 23/18 Playing field: Cllr Chave reported that the swings had been repaired.
>
> 24/18 Date of next meeting: 5th June 2018.
"""


def test_minutes_quoted_in_an_email_reply_are_read_without_the_quote_marks() -> None:
    """Minutes pasted into a message and quoted in a reply: the messages' headers are no
    meeting, and the quoted minutes read as minutes."""
    meetings = text_meetings(QUOTED_MAIL)
    assert [(m.date, [item.number for item in m.items]) for m in meetings] == [
        (date(2018, 5, 1), ["21/18", "22/18", "23/18", "24/18"])]


PASTED_AGENDA = """CASTLE ORBY TOWN COUNCIL

You are summoned to attend a meeting of the Town Council on Tuesday 8 October 2019 at 7.30pm.

AGENDA

1. Apologies for AbsenceTo receive apologies for absence from Councillors unable to attend

the meeting.

2. Declarations of InterestTo receive any declarations of interest.

3. MinutesTo confirm the minutes of the meeting held on 10 September 2019.

4. Christmas Lights To approve expenditure on the Christmas lights.

5. Date of Next Meeting
"""


def test_an_agenda_pasted_from_a_pdf_keeps_its_headings_apart_from_their_glued_wording() -> None:
    """'Apologies for AbsenceTo receive apologies …': text pasted from a PDF viewer lost the
    break between an entry's heading and what the meeting is to do with it."""
    items = text_meetings(PASTED_AGENDA)[0].items
    assert [item.title for item in items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes", "Christmas Lights",
        "Date of Next Meeting"]


TYPED_BOOK = """MINUTES of the meeting of HARTWELL PARISH COUNCIL held on Monday 9th May 2011
at 7.30pm in the Reading Room.

Present were Mr D Oakes (Chairman), Mrs B Lusher and Mr T Hewson.

APOLOGIES FOR ABSENCE were received from Mrs P Gotts.

POLICE MATTERS. PCSO Rix reported two thefts from sheds in Mill Lane.

FINANCE. The following cheques were signed: C.G.M. Ltd. £136.01 for grass cutting.

FOOTPATHS. Mrs Lusher reported that the stile on footpath 4 was broken.
"""


def test_a_typed_minute_books_headings_in_capitals_closed_by_a_stop() -> None:
    """'POLICE MATTERS. PCSO Rix reported …': a typed minute book's subjects in capitals run
    into their paragraphs after a full stop; the record's own 'MINUTES of the meeting of …'
    and a firm's initials ('C.G.M. Ltd.') are no subjects."""
    items = text_meetings(TYPED_BOOK)[0].items
    assert [item.title for item in items] == [
        "APOLOGIES FOR ABSENCE", "POLICE MATTERS", "FINANCE", "FOOTPATHS"]


def test_a_committee_systems_meeting_page_is_named_and_dated_by_its_title() -> None:
    """'Agenda for Eastmoor Joint Health Scrutiny Committee on Thursday, 8 September 2022, 10.00
    am': the page's heading is only 'Agenda and minutes', its title names the meeting."""
    body = ("Agenda and minutes\n\nVenue: Council Chamber, Shire Hall\n\nItems\n\nNo. Item\n\n"
            "12/22\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Cllr Pym."
            "\n\n13/22\n\nDeclarations of Interest\n\nMinutes:\n\nNone.\n\n14/22\n\nAmbulance "
            "Handover Times\n\nMinutes:\n\nRESOLVED that the report be noted.\n")
    page = Document("c/agenda.html", "html", (body,), title=(
        "Agenda for Eastmoor Joint Health Scrutiny Committee on Thursday, 8 September 2022,"
        " 10.00 am - Eastmoor County Council"))
    (meeting,) = parse_document(page)
    assert meeting.date == date(2022, 9, 8)
    assert meeting.committee.endswith("Eastmoor Joint Health Scrutiny Committee")


MINUTES_VOLUME = """PORTH GWYDDEN HARBOUR AUTHORITY

THE MINUTES BOOK 2018-2019

                                                                   12

PORTH GWYDDEN HARBOUR AUTHORITY
WEDNESDAY 6th MARCH 2019

Councillor Owain Brynach (Chairman)

PRESENT:
Councillors Nesta Cwellyn, Ithel Wern.

1. Apologies
Apologies were received from Councillor Gwen Teifion.

2. Minutes
The minutes of the meeting held on 5th December 2018 were approved.

3. Mooring Fees
RESOLVED to hold the mooring fees for 2019-20.

                                                                   13

HARBOUR WORKS COMMITTEE
WEDNESDAY 10th APRIL 2019

Councillor Ithel Wern (Chairman)

PRESENT:
Councillors Nesta Cwellyn, Owain Brynach.

1. Apologies
None.

2. Declarations of Interest
None.

3. Slipway Repairs
RESOLVED to accept the lowest tender.
"""


def test_a_minutes_volumes_meetings_each_headed_by_body_and_date_under_a_page_number() -> None:
    """A year's minutes book as text: each meeting headed by the body's name and a weekday's
    date over its chairman and 'PRESENT:', the volume's page number standing above it."""
    meetings = text_meetings(MINUTES_VOLUME)
    assert [(m.date, [item.title for item in m.items]) for m in meetings] == [
        (date(2019, 3, 6), ["Apologies", "Minutes", "Mooring Fees"]),
        (date(2019, 4, 10), ["Apologies", "Declarations of Interest", "Slipway Repairs"])]


def test_a_bold_numbered_heading_wrapping_on_a_small_word_is_read_whole() -> None:
    """'6 Quarterly Performance Report – Report of Police and' / 'Crime Commissioner', both
    lines in bold, the number without a stop: the item's heading, its note after the dash."""
    mark = HEADING_MARK
    page = "\n".join([
        "Minutes of the meeting of the Police and Crime Panel held on 6 February 2020.", "",
        f"{mark}5 Apologies for Absence", "Apologies were received from Councillor Tait.", "",
        f"{mark}6 Quarterly Performance Report – Report of Police and",
        f"{mark}Crime Commissioner", "",
        "The Panel considered a report of the Commissioner (for copy see file of Minutes).", "",
        f"{mark}7 Complaints Update", "The Panel noted that no complaints had been received.",
        ""])
    items = pdf_meetings((page,))[0].items
    assert [(item.number, item.title) for item in items] == [
        ("5", "Apologies for Absence"), ("6", "Quarterly Performance Report"),
        ("7", "Complaints Update")]


def test_a_meetings_details_table_dates_it_from_the_row_under_its_heading_row() -> None:
    """'Date Time Venue' / '12 March 2019 10am Council Chambers, …': a Scottish council's
    minute gives its meeting's details as a table, the values under the heading row."""
    mark = HEADING_MARK
    page = "\n".join([
        f"{mark}Minute of Meeting", "", f"{mark}Glenwhin Council", "", f"{mark}Date Time Venue",
        "", "12 March 2019 10am Council Chambers, Glenwhin", "", "House, Mill Street, Glenwhin",
        "Bridge", "", f"{mark}Present:", "", "Provost Laidlaw (Chair) Councillor Rae", "",
        "Depute Provost Orr Councillor Lyle", "", f"{mark}In attendance:", "",
        "Dr Ann Reid, Chief Executive Tom Weir, Head of Finance", "",
        f"{mark}1. Welcome and Apologies", "", "Apologies were received from Councillor Orr.", "",
        f"{mark}2. Declarations of Interest", "", "There were none.", "",
        f"{mark}3. Minutes of Previous Meetings", "", "The minute was approved.", ""])
    assert pdf_meetings((page,))[0].date == date(2019, 3, 12)


PANEL_ATTENDANCE = """WESTERN VALES POLICE AND CRIME PANEL

FRIDAY, 13 OCTOBER 2017

PRESENT: Councillor H.R. Idris (Cwmhenog County Council) (Chair)

Councillors:

T. Morfydd (Cwmhenog County Council); E.J. Cadfarch (Cwmhenog County Council);

L. Ffowc (Gwernant County Council); P. Rhosier (Gwernant County Council);

The following officers were in attendance:

Mr G. Eynon (Panel Support Officer); Mrs F. Bevan (Democratic Services Officer).

1. APOLOGIES FOR ABSENCE

None.

2. DECLARATIONS OF INTEREST

None.

3. QUESTIONS TO THE COMMISSIONER

Councillor Ffowc asked about rural crime. Councillor Cadfarch asked about 101 calls.
"""


def test_a_panels_members_listed_a_line_of_two_after_blank_lines_are_all_present() -> None:
    """'L. Ffowc (Gwernant County Council); P. Rhosier (…);' under 'Councillors:' with blank
    lines between, then 'The following officers were in attendance:'."""
    meeting = text_meetings(PANEL_ATTENDANCE)[0]
    assert "L. Ffowc (Gwernant County Council)" in meeting.attendance.present
    assert meeting.attendance.in_attendance == ("Mr G. Eynon (Panel Support Officer)",
                                                "Mrs F. Bevan (Democratic Services Officer)")
    assert set(meeting.items[2].speakers) == {"L Ffowc", "E J Cadfarch"}


ZERO_SECTIONS = """Minutes of the meeting of the Community Services Committee held on 3 March 2014.

1.0 APOLOGIES
Apologies were received from Alderman Rankin.

2.0 MINUTES
The minutes of the meeting of 3 February 2014 were confirmed.

3.0 LEISURE SERVICES REPORT

3.1 Ballymoy Leisure Centre – Opening Hours
The Committee agreed the winter opening hours.

3.2 Pitch Hire Charges 2014/15
The Committee agreed to hold the charges.

4.0 Planning
4.1 Applications received
No comments were made on the two applications.
"""


def test_a_section_in_capitals_numbered_point_0_gives_way_to_its_sub_items() -> None:
    """'3.0 LEISURE SERVICES REPORT' over '3.1 …', '3.2 …': a divider whose sub-items are the
    items; '4.0 Planning' over '4.1 Applications received' is an item with its part."""
    items = text_meetings(ZERO_SECTIONS)[0].items
    assert [item.number for item in items] == ["1.0", "2.0", "3.1", "3.2", "4.0"]


MONTH_REF_PAGE = """<html><body><h2>Minutes of the Meeting of the Parish Council</h2>
<p>Tuesday 5 March 2024 at 7.30pm, Brackendale Village Hall</p>
<p><b>Present</b><br>Cllrs: R Fenwright (Chair), H Ostley (Vice Chair), T Marrable and
A Quorndon. In attendance the Clerk Delia Wrenshaw, County Cllr. M Tollerby and Dist. Cllr.
S Quennock. The meeting was recorded for the purpose of the minutes.</p>
<p><b>1.03.24 To receive apologies for absence.</b> Cllr. P Lissett. Apologies accepted.</p>
<p><b>2.03.24 To approve the Minutes of the Meeting of the Parish Council held on 6 February
2024 and to authorise the Chairman to sign them as a true record.</b> It was proposed,
seconded and all voted in favour to approve. Resolved.</p>
<p>Standing Orders were suspended.</p>
<p><b>3.03.24 To invite Members of the Public to address the meeting.</b> No members of the
public were present.</p>
<p><b>4.03.24 Village Green.</b> Cllr. Marrable reported that the new bench had been installed.
Cllr. Ostley proposed and Cllr. Quorndon seconded that the Council pay the invoice of £480.
All in favour. Resolved.</p>
</body></html>"""


def test_long_bold_agenda_wording_heads_its_minute_and_a_present_paragraph_lists_members() -> None:
    """A bold minute heading is the heading whole, however long or sentence-like its agenda
    wording; 'Present' over 'Cllrs: …. In attendance the Clerk …' names who 'Cllr. Ostley' is."""
    (meeting,) = html_meetings(MONTH_REF_PAGE)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1.03.24", "To receive apologies for absence"),
        ("2.03.24", "To approve the Minutes of the Meeting of the Parish Council held on 6 "
                    "February 2024 and to authorise the Chairman to sign them as a true record"),
        ("3.03.24", "To invite Members of the Public to address the meeting"),
        ("4.03.24", "Village Green")]
    assert set(meeting.items[3].speakers) == {"T Marrable", "H Ostley", "A Quorndon"}
    assert meeting.attendance.in_attendance[:3] == (
        "Delia Wrenshaw (Clerk)", "County Cllr. M Tollerby", "Dist. Cllr. S Quennock")


LABEL_LINE_MINUTES = """Minutes of Quillingham Parish Council Meeting held on 9 March 2026

301 Those Present and In Attendance

Present Cllr T Thackwray (Chair), Cllr P Scorton (Vice Chair), Cllr S Ruddlesden, Cllr J Gisburne

In Attendance Mrs F Yarwick (Clerk) and 2 Parishioners

302 Apologies Cllr E Brisco

303 Minutes of the Parish Council Meeting held on 19 January 2026

Cllr Gisburne Asked that Minute 296 record the average speed and not the peak figure.

With this correction the Minutes were approved and signed by the Chair.

304 Bus Shelter

Cllr Ruddlesden Reported that two of the panels had been replaced at no charge.

Proposed Cllr Scorton Seconded Cllr Gisburne Carried unanimously
"""


def test_a_speaker_line_with_its_verb_in_title_case_and_a_long_heading_set_apart() -> None:
    """'Cllr Ruddlesden Reported that …' is Cllr Ruddlesden speaking, not a person named 'Ruddlesden
    Reported'; '301 Those Present and In Attendance' heads the attendance; '303 Minutes of the
    Parish Council Meeting held on …', alone between blank lines, is a heading however long."""
    (meeting,) = text_meetings(LABEL_LINE_MINUTES)
    assert [(item.number, item.title) for item in meeting.items][1:] == [
        ("302", "Apologies Cllr E Brisco"),
        ("303", "Minutes of the Parish Council Meeting held on 19 January 2026"),
        ("304", "Bus Shelter")]
    assert "Cllr T Thackwray (Chair)" in meeting.attendance.present
    assert meeting.items[2].speakers == ("Cllr J Gisburne",)
    assert meeting.items[3].speakers == ("Cllr S Ruddlesden", "Cllr P Scorton", "Cllr J Gisburne")


OFFICERS_OVER_MINUTES = """Minutes of the Meeting of Tharsby District Council held on 2 March 2026

Present: Councillors Thrimby, Ravensworth and Selwick

In Attendance

Tessa Ulleskelf, Vernon Wyke

Minutes

101 Apologies for absence

Apologies were received from Councillor Yafforth.

102 Minutes

Resolved

That the minutes of the meeting held on 9 February 2026 be approved.

103 Announcements

The Chairman thanked the staff of the leisure centre.

104 Revenue Budget 2026/27

Resolved

That the budget be approved.
"""


def test_the_list_under_in_attendance_is_not_an_item_before_the_minutes_label() -> None:
    """'In Attendance' / 'Tessa Ulleskelf, Vernon Wyke' / 'Minutes': the officers listed, not a
    meeting page's item whose minutes follow."""
    (meeting,) = text_meetings(OFFICERS_OVER_MINUTES)
    assert [item.number for item in meeting.items] == ["101", "102", "103", "104"]
    assert meeting.attendance.in_attendance == ("Tessa Ulleskelf", "Vernon Wyke")


def test_a_nil_answer_after_the_headings_colon_is_its_text() -> None:
    """'6. Matters Arising: None' is the heading 'Matters Arising' with nothing arising; a
    title-cased phrase after a colon ('Vision Zero: The Road Safety Strategy') stays."""
    text = ("Minutes of the Meeting of Hensall Drainage Board held on 3 March 2026\n\n"
            "1. Apologies: None received\n\n2. Matters Arising: None\n\n"
            "3. Vision Zero: The Road Safety Strategy\n\nThe Board noted the strategy.\n\n"
            "4. Date of next meeting: 2 June 2026\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Matters Arising", "Vision Zero: The Road Safety Strategy",
        "Date of next meeting"]


FIELDED_PAGE = """<html><body><h1>Meeting documents</h1><h2>Cabinet</h2>
<p>Wednesday, 8 July 2026 6.00pm</p>
<h3>MINUTES - Cabinet 20260708 18:00</h3>
<p><b>Location:</b><br>Committee Room 1, Mill House</p>
<p><b>Present:</b><br>Members: Councillors A.B. Thackeray-Vane (Chair), C.D. Hartswood,
E.F. Brindlecombe.</p>
<p><b>Others:</b><br>Councillor G. Pennycook (Chair, Scrutiny Committee).</p>
<p><b>Duration:</b></p><p>Start Time: 6.00pm</p><p>End Time: 7.40pm</p>
<h4>APOLOGIES FOR ABSENCE</h4><p><b>Status:</b><br>Noted</p>
<p><b>Business:</b><br>There were no apologies for absence.</p>
<h4>MINUTES - Wednesday, 10th June, 2026</h4><p><b>Status:</b><br>Agreed</p>
<p><b>Decision:</b><br>It was RESOLVED that the Minutes of the meeting held on 10th June 2026 be
approved as a correct record.</p>
<h4>MINUTES OF THE SCRUTINY COMMITTEE - 23RD JUNE 2026</h4><p><b>Status:</b><br>Noted</p>
<p><b>Decision:</b><br>It was RESOLVED that the Minutes of the Scrutiny Committee be noted.</p>
<h4>LEISURE CENTRE CONTRACT</h4><p><b>Status:</b><br>Agreed</p>
<p><b>Business:</b><br>Councillor Hartswood introduced the report.</p>
<p><b>Decision:</b><br>It was RESOLVED that the contract be extended.</p>
</body></html>"""


def test_earlier_minutes_titled_over_an_items_fields_are_items_of_the_meeting() -> None:
    """'MINUTES - Wednesday, 10th June, 2026' over 'Status:' is an item about those minutes, not
    a meeting of that date; 'Duration:' is the meeting's detail and 'Others:' who else came."""
    (meeting,) = html_meetings(FIELDED_PAGE)
    assert meeting.date == date(2026, 7, 8)
    assert [item.title for item in meeting.items] == [
        "APOLOGIES FOR ABSENCE", "MINUTES - Wednesday, 10th June, 2026",
        "MINUTES OF THE SCRUTINY COMMITTEE - 23RD JUNE 2026", "LEISURE CENTRE CONTRACT"]
    assert meeting.attendance.also_present == (
        "Councillor G. Pennycook (Chair, Scrutiny Committee)",)


STATUTORY_MINUTE = """BALQUHARN COUNCIL

MINUTE OF STATUTORY MEETING OF BALQUHARN COUNCIL HELD IN THE COUNCIL
CHAMBERS, TOWN HOUSE, KIRKLOCHAN, ON THURSDAY 21 MAY 2026 AT 10.00 AM

PRESENT: Councillors Aonghas Druimein, Beathag Strathroy and Calum Inchbrae.

APOLOGIES: Councillor Deirdre Glenshiel.

COUNCIL ELECTIONS – 7 MAY 2026

1. There was submitted and noted a report by the Chief Executive which gave the results of the
elections held on 7 May 2026.

ELECTION OF PROVOST

2. Councillor Druimein, seconded by Councillor Strathroy, moved that Councillor Inchbrae be
elected as Provost. The Council agreed accordingly.

TIMETABLE OF MEETINGS

3. The Council agreed the timetable of meetings for 2026/27.
"""


def test_a_minute_of_a_statutory_meeting_is_dated_by_its_heading_not_an_items_date() -> None:
    """'MINUTE OF STATUTORY MEETING OF … HELD … ON THURSDAY 21 MAY 2026' opens the record;
    'COUNCIL ELECTIONS – 7 MAY 2026' under it, no one listed below, is an item's heading."""
    (meeting,) = text_meetings(STATUTORY_MINUTE)
    assert meeting.date == date(2026, 5, 21)
    assert meeting.committee == "Balquharn Council"


REF_AFTER_TITLE = """Minutes of the Skeffling Fen Parish Council Meeting

Held in the Village Hall on Tuesday 10th March 2026 commencing 7pm.

Those Present: Councillors H Thurgood (Chair), D Wintle and R Gildersome

1. Apologies - Ref 26/031: Councillor M Yelverton (work commitments).

2. Approval of the minutes of the meeting held on 10th February 2026 - Ref 26/032: Proposed
and seconded; 3 for. It was therefore RESOLVED that the minutes were approved.

3. Grass Cutting - Ref 26/033: Councillor Wintle proposed that the quotation be accepted; all in
favour. It was therefore RESOLVED that the quotation be accepted.

4. Date of next meeting - Ref 26/034: Tuesday 14th April 2026 at 7pm.

Signed ............................................ (Chair)          Date ....................

Documents
Agendas
Minutes
"""


def test_a_minute_reference_after_the_title_numbers_the_minute_and_the_signature_ends_it() -> None:
    """'2. Approval of the minutes … - Ref 26/032: Proposed …' is minute 26/032 (agenda item
    2), its heading everything before the reference; the site's links under the chair's
    signature line are not items."""
    (meeting,) = text_meetings(REF_AFTER_TITLE)
    assert [(item.number, item.agenda_ref, item.title) for item in meeting.items] == [
        ("26/031", "1", "Apologies"),
        ("26/032", "2", "Approval of the minutes of the meeting held on 10th February 2026"),
        ("26/033", "3", "Grass Cutting"), ("26/034", "4", "Date of next meeting")]


LETTERED_PARTS = """PLANNING COMMITTEE

Minutes of the meeting held on Wednesday, 11th March 2026 at the Town Hall, Ebbersley

Present: Councillors T Thwaitesby (Chair), S Scargill and P Wrangham.

44. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor B Quibell.

45. MINUTES

RESOLVED that the Minutes of the meeting held on 11th February 2026 be approved.

46. REPORT(S) OF THE HEAD OF REGENERATION

(a) Appeal Decisions Received

Members were presented with two appeal decisions; both had been dismissed.

RESOLVED that the appeal decisions be received.

(b) Planning Application: 26/00144/FUL – Land at Mill Lane, Ebbersley – two dwellings

RESOLVED that planning permission be refused.

47. PLANNING APPEALS LODGED

The Committee noted the appeals lodged.

48. REPORT OF THE CLERK

(a) The following applications had been received and there was no objection to either of them:

26/00150/HOU – 3 Church Walk, rear extension.

(b) The District Council had granted permission for the change of use of the chapel.
"""


def test_lettered_parts_under_a_heading_with_no_text_of_their_own_are_items() -> None:
    """'46. REPORT(S) OF …' over '(a) Appeal Decisions Received' and '(b) Planning
    Application: …', with no words of its own, gives way to them as items 46(a) and 46(b), each
    with its decision; lettered paragraphs that are sentences stay the heading's text."""
    (meeting,) = text_meetings(LETTERED_PARTS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("44", "APOLOGIES FOR ABSENCE"), ("45", "MINUTES"),
        ("46(a)", "Appeal Decisions Received"),
        ("46(b)", "Planning Application: 26/00144/FUL – Land at Mill Lane, Ebbersley – two "
                  "dwellings"),
        ("47", "PLANNING APPEALS LODGED"), ("48", "REPORT OF THE CLERK")]
    assert [item.decision for item in meeting.items[2:4]] == ["resolved", "resolved"]


LINKED_ITEMS = """Planning Committee - Tuesday, 3rd March, 2026 7.30 pm

Venue: Council Chamber, Civic Offices, Hallowfield

Media
• Watch the meeting

Items



26/00311/FUL - 4 Tanner's Yard, Hallowfield pdf icon PDF 410 KB

• View the background to item 12.

Additional documents:
• Update sheet 03.03.26, item 12 PDF 96 KB


The officer presented the report. On being put to the committee the application was approved.



26/00342/HOU - 9 Wren Close, Hallowfield pdf icon PDF 230 KB

• View the background to item 13.


The committee agreed that the application be deferred.



Planning appeal decisions pdf icon PDF 120 KB

• View the background to item 14.


The committee noted the appeal decisions.
"""


def test_a_meeting_pages_bulleted_links_are_not_its_items() -> None:
    """'• View the background to item 12.', '• Watch the meeting' and the update sheet's link
    are links, not bulleted headings: the papers' titles are the items."""
    (meeting,) = text_meetings(LINKED_ITEMS)
    assert [item.title for item in meeting.items] == [
        "26/00311/FUL - 4 Tanner's Yard, Hallowfield", "26/00342/HOU - 9 Wren Close, Hallowfield",
        "Planning appeal decisions"]


RECORD_OF_MEETING = """Glenvarra Community Council

Title: GLENVARRA COMMUNITY COUNCIL: RECORD OF MEETING

Date & Time: MONDAY 02 MARCH 2026. 19:00 – 20:40hrs

Present: Ms. Ishbel TORRANCE (IT) Community Councillor
Mr. Lachlan DRUMOAK (LD) Community Councillor
Mrs. Morven KEILLOR (MK) Secretary
Prof. Ruaridh AUCHTERHOLM (RS) Vice-Chairperson

1.0 PRESENT / APOLOGIES

1.1 No Apologies were received. The Vice-Chairperson welcomed the members of the public.

2.0 MATTERS ARISING

2.1 LD reported that the letter to the roads department had been acknowledged.

2.2 MK reported that the new litter bins had been installed.

3.0 LOCATION, DATE & TIME OF NEXT MEETING

3.1 Monday 06 April 2026 at 19:00hrs, Glenvarra Primary School.
"""


def test_a_record_of_meeting_with_numbered_paragraphs_and_members_by_initials() -> None:
    """'2.0 MATTERS ARISING' over '2.1 LD reported that …' keeps its numbered paragraphs as
    its text; 'Date & Time: MONDAY 02 MARCH 2026. 19:00 …' dates it; members listed one a
    line with surnames in capitals and initials in brackets are who 'LD' and 'MK' are."""
    (meeting,) = text_meetings(RECORD_OF_MEETING)
    assert meeting.date == date(2026, 3, 2)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1.0", "PRESENT / APOLOGIES"), ("2.0", "MATTERS ARISING"),
        ("3.0", "LOCATION, DATE & TIME OF NEXT MEETING")]
    assert set(meeting.items[1].speakers) == {"Lachlan Drumoak", "Morven Keillor"}


NUMBERED_ROWS = """QUENBY MARSH PARISH COUNCIL

Minutes of Parish Council Meeting 4th March 2026

Present: D Amberley, K Brigstock, P Cotterell(Chairman), H Vowden(Clerk)

|No|Item|Action|
|1 |Public Speaking Mrs Iris Wetherden spoke about lorries using Quarrypit Lane as a short cut.||
|2 |Chairman Announcements The Chairman thanked members who had helped with the litter pick.||
|3 |Accounts It was resolved to accept invoices for payment.||
|4 |Footpaths Councillor Brigstock reported that the stile had been replaced. Noted.||
"""


def test_a_numbered_rows_item_cell_runs_its_heading_into_its_text() -> None:
    """'|2 |Chairman Announcements The Chairman thanked …||': the row's number, then its heading
    run into the minute."""
    (meeting,) = text_meetings(NUMBERED_ROWS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Public Speaking"), ("2", "Chairman Announcements"), ("3", "Accounts"),
        ("4", "Footpaths")]


PRINTED_PAGE = """Yarnfield and Harcastle Joint Museums Committee
Thursday, 18th June, 2026 10.30 am

Items

1. Apologies

Minutes:
Apologies were received from Alex Trevithoe.

2. Minutes of the meeting held on 12 February 2026 pdf icon PDF 142 KB

Minutes:
RESOLVED – That the minutes be confirmed.

3. Joint Museum Service: Annual Report 2025/26 pdf icon PDF 311 KB

Minutes:
RESOLVED – That the annual report be noted.
"""


def test_a_meeting_pages_item_heading_loses_its_badge_and_keeps_its_titled_part() -> None:
    """'3. Joint Museum Service: Annual Report 2025/26 pdf icon PDF 311 KB' over 'Minutes:' is
    titled 'Joint Museum Service: Annual Report 2025/26', the label no part of it."""
    (meeting,) = text_meetings(PRINTED_PAGE)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Minutes of the meeting held on 12 February 2026",
        "Joint Museum Service: Annual Report 2025/26"]


CONCLUSIONS_PAGE = """<html><body><h2>Environment Select Committee Minutes</h2>
<p>Date: Monday, 9th March, 2026</p>
<h3>Attendance Details</h3>
<p>Present: Cllr Mrs Ada Quarndon (Chair); Cllr Bran Ashdale, Cllr Cerys Pennyfold.</p>
<p>Item Description Decision</p>
<h3>Public</h3>
<p>ENV</p><p>51/25 DECLARATIONS OF INTEREST There were no declarations of interest.</p>
<p>ENV</p><p>52/25 MINUTES OF THE MEETING HELD ON 9TH FEBRUARY 2026 CONCLUDED that the minutes
be agreed as a correct record.</p>
<p>ENV</p><p>53/25 FLOOD RESILIENCE REVIEW - SCOPE CONCLUDED that the scope be approved.</p>
<p>ENV</p><p>54/25 WORK PROGRAMME CONCLUDED that the Work Programme be noted.</p>
<h3>Preamble</h3>
<p>ENV</p><p>53/25</p><p>Members discussed the scope of the review at length.</p>
</body></html>"""


def test_minute_references_under_bold_sections_are_items_and_concluded_opens_the_text() -> None:
    """Minutes numbered by reference ('52/25') between bold section headings ('Public',
    'Preamble') are the items, not a list inside a heading; 'CONCLUDED that …' after a heading
    in capitals opens its text."""
    (meeting,) = html_meetings(CONCLUSIONS_PAGE)
    assert [(item.number, item.title) for item in meeting.items][:4] == [
        ("51/25", "DECLARATIONS OF INTEREST"),
        ("52/25", "MINUTES OF THE MEETING HELD ON 9TH FEBRUARY 2026"),
        ("53/25", "FLOOD RESILIENCE REVIEW - SCOPE"), ("54/25", "WORK PROGRAMME")]
    assert [item.decision for item in meeting.items[1:4]] == ["agreed", "agreed", "agreed"]


EMAILED_MINUTES = """Minutes of Meeting of Drumquhair Community Council on Wednesday 11 March
2026 in Kilbrannan Village Hall at 7.30pm.

PRESENT - Members - Ailsa Rintoulby, Tam Hallidie, Moira Fintray.

   1. Apologies - Duncan Maxtone.
   2. Matters arising. Noted the replacement grit bin had been delivered.
   3. Police Report - PC Bellshaw reported two thefts of quad bikes.
   4. - Planning Matters - Noted an application for a single wind
turbine at Glenscaddle Farm had been lodged.
   5. - AOCB - It was agreed to write to the roads department.
"""


def test_a_number_then_a_dash_heads_its_minute_and_a_heading_without_held_names_the_body() -> None:
    """'4. - Planning Matters - Noted …' is minute 4, 'Planning Matters'; 'Minutes of Meeting of
    Drumquhair Community Council on Wednesday 11 March 2026' names the body without 'held'."""
    (meeting,) = text_meetings(EMAILED_MINUTES)
    assert meeting.committee == "Drumquhair Community Council"
    assert meeting.date == date(2026, 3, 11)
    assert [(item.number, item.title) for item in meeting.items][3:] == [
        ("4", "Planning Matters"), ("5", "AOCB")]


SUMMONS_LETTER = """KILLOWEN AND SOUTH STRAND BOROUGH COUNCIL

							18 February 2026

Dear Sir/Madam

You are hereby invited to attend a meeting of the Killowen and South Strand Borough Council which
will be held in the Council Chamber on Wednesday 25 February 2026 at 7.00 pm.

A G E N D A

1.	Prayer

2.	Apologies

3.	Declarations of Interest

4.	Minutes of Committees (Copies attached)

	4.1.	Planning Committee dated 3 February 2026
	4.2.	Environment Committee dated 4 February 2026

5.	Rates Setting 2026/27 (Report attached)
"""


def test_a_summons_letters_head_and_date_belong_to_its_agenda() -> None:
    """The letterhead dated 18 February over 'Dear Sir/Madam' and the summons to the meeting
    on 25 February is one agenda of the meeting's date, its entries the items."""
    (meeting,) = text_meetings(SUMMONS_LETTER)
    assert (meeting.kind, meeting.date) == ("agenda", date(2026, 2, 25))
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4.1", "4.2", "5"]


def test_a_minute_books_month_stamp_after_the_running_number_is_not_the_title() -> None:
    """'131. (01/26) APOLOGIES': minute 131, stamped with the month, titled 'APOLOGIES'."""
    text = ("Minutes of the meeting of the Town Council held on Monday, 12 January 2026 at "
            "7.00pm.\n\nPRESENT Councillor Mrs J. Ibbotley (Town Mayor) in the Chair.\n\n"
            "131. (01/26) APOLOGIES\n\nApologies were received from Councillor Orrwell.\n\n"
            "132. (01/26) PUBLIC SESSION\n\nNo members of the public were present.\n\n"
            "133. (01/26) CONFIRMATION OF MINUTES\n\nRESOLVED that the Minutes be confirmed.\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("131", "APOLOGIES"), ("132", "PUBLIC SESSION"), ("133", "CONFIRMATION OF MINUTES")]


def test_a_reports_number_in_its_column_after_a_running_minute_number_is_not_the_title() -> None:
    """'1601  72  REVENUE ESTIMATES …' (Minute No., Report No., Business): minute 1601, report
    72; a house's number in an application's address stays in its title."""
    text = ("TIDEMOUTH PORT HEALTH AUTHORITY\n\nMinutes of the meeting held on 9th December 2025"
            "\n\nPRESENT:- Councillors Arncliffe (Chair) and Brantwood.\n\n"
            "Minute\tReport\tBusiness\nNo.\tNo.\t\n"
            "1600\t71\tBUDGET MONITORING 2025/26\nAgreed – that the report be noted.\n"
            "1601\t72\tREVENUE ESTIMATES 2026/27\nAgreed – that the estimates be approved.\n"
            "1602\t\t32 HARBOUR ROAD, TIDEMOUTH\nAgreed – that no objection be raised.\n")
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1600", "BUDGET MONITORING 2025/26"), ("1601", "REVENUE ESTIMATES 2026/27"),
        ("1602", "32 HARBOUR ROAD, TIDEMOUTH")]


def test_a_tables_unnumbered_rows_saved_with_slashes_are_items_among_its_numbered_rows() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Pengarth Parish Council\n14 May 2003\nAnnual Meeting of the Council\n"
        "Present / Cllr A. Cawsand (Chair), Cllr R. Gorran and Cllr P. Tregony.\n"
        "Public Questions / Mr Penrose asked about the footway on Quarry Road.\n"
        "05/1 / Election of Chairman: Cllr Gorran proposed Cllr Cawsand, who was elected.\n"
        "05/2 / Apologies for absence: none.\n"
        "05/3 / Minutes of the last meeting: the minutes were agreed as a true record.\n"
        "05/4 / Village Hall Grant: deferred until the committee's accounts are received.\n"
        "Date of next meeting / Wednesday 4 June 2003 at 7.45pm.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("", "Public Questions"), ("05/1", "Election of Chairman"),
        ("05/2", "Apologies for absence"), ("05/3", "Minutes of the last meeting"),
        ("05/4", "Village Hall Grant"), ("", "Date of next meeting")]


def test_labels_in_capitals_keep_a_short_numbered_list_pasted_under_one_of_them() -> None:
    (meeting,) = text_meetings(
        "PENGARTH COMMUNITY COUNCIL MEETING 7.30pm on Tuesday 18th November 2014\n\n"
        "Alan Cawsand (Chair), Jane Gorran, Peter Tregony (Secretary)\nPC Ruth Rosevear\n\n"
        "WELCOME\nAlan Cawsand welcomed all to the meeting.\n\n"
        "APOLOGIES\nMary Polkinghorne, Cllr Tom Tredinnick.\n\n"
        "POLICE REPORT\nPC Ruth Rosevear presented the police report:\n\n"
        "1. CRIME SUMMARY\nA shed was broken into at the allotments. Enquiries are "
        "continuing.\n\n2. COMMUNITY ENGAGEMENT\nA police surgery will be held in the library "
        "in December.\n\nMINUTES OF PREVIOUS MEETING\nThe minutes were approved, proposed by "
        "Jane Gorran and seconded by Peter Tregony.\n\nPLANNING\nThere were no new applications "
        "this month.\n\nCORRESPONDENCE\nThe secretary read a letter from the county council.\n\n"
        "AOCB\nJane Gorran asked when the bus shelter would be repaired.\n\n"
        "DATE OF NEXT MEETING\nTuesday 20th January 2015 at 7.30pm.\n")
    assert [i.title for i in meeting.items] == [
        "WELCOME", "APOLOGIES", "POLICE REPORT", "MINUTES OF PREVIOUS MEETING", "PLANNING",
        "CORRESPONDENCE", "AOCB", "DATE OF NEXT MEETING"]


def test_a_list_of_items_discussed_then_the_actions_agreed_is_one_meeting() -> None:
    page = ("<html><head><title>Pengarth Village Plan: Notes of Working Group Meeting "
            "22/03/11</title></head><body><h2 class='date-header'>Tuesday, 29 March 2011</h2>"
            "<h3 class='post-title'>Pengarth Village Plan - Notes of Working Group Meeting "
            "22/03/11</h3><p>VENUE: Institute, Fore Street, Pengarth<br>DATE: 22nd March 2011"
            "<br>MEMBERS ATTENDING: Alan Cawsand, Jane Gorran, Peter Tregony</p>"
            "<p>ITEMS DISCUSSED:</p><p>1 Apologies<br>2 Survey<br>3 Exhibition<br>"
            "4 Date of next meeting</p><p>ACTIONS AGREED:</p>"
            "<p>1. APOLOGIES: Apologies were received from Mary Polkinghorne.</p>"
            "<p>2. SURVEY: Jane had circulated the draft survey, which was agreed with one "
            "change to the housing section.</p><p>3. EXHIBITION: Peter reported that the "
            "Institute was booked for 14th May; the group agreed the display boards.</p>"
            "<p>4. DATE OF NEXT MEETING: Tuesday 26th April 2011 in the Institute.</p>"
            "</body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2011, 3, 22)
    assert [i.title for i in meeting.items] == [
        "APOLOGIES", "SURVEY", "EXHIBITION", "DATE OF NEXT MEETING"]


DESCRIBED_APPLICATIONS = """Agenda and minutes

Venue: Council Chamber, County Hall

Items

14.

APOLOGIES FOR ABSENCE PDF 98 KB

Minutes:

Apologies were received from Councillor Tarn.

15.

22/01104/FUL PDF 402 KB

Erection of a two storey side extension and garage

Land south of Mill Farm, Westerhope

Minutes:

Councillor Dodd left the room. The application was approved.

16.

22/01230/OUT PDF 310 KB

Outline application for six dwellings

Field east of Chapel Lane, Ridsdale

Minutes:

The application was refused.

17.

DATE OF NEXT MEETING

Minutes:

The next meeting will be held on 17 November 2022.
"""


def test_an_applications_site_under_its_description_is_no_item_of_its_own() -> None:
    """A meeting page's planning item: its reference with the paper's badge, then the
    proposal and the site on two lines, then 'Minutes:'. The site is the agenda's wording."""
    (meeting,) = text_meetings(DESCRIBED_APPLICATIONS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("14", "APOLOGIES FOR ABSENCE"), ("15", "22/01104/FUL"), ("16", "22/01230/OUT"),
        ("17", "DATE OF NEXT MEETING")]


ROMAN_ARTICLES = """<html><body>
<p><strong>Housing Committee - 14/11/2022</strong></p>
<p>At a MEETING of the HOUSING COMMITTEE held at Glenarder on 14th November, 2022.</p>
<p>Present:-</p>
<p><strong>BAILIES</strong></p>
<table><tr><td>Morag TULLOCH</td><td>Iain BREMNER</td></tr></table>
<p><strong>COUNCILLORS</strong></p>
<table><tr><td>Fiona LAMOND</td><td>Craig SOUTAR</td><td>Ewan RITCHIE</td></tr></table>
<p>Councillor Fiona LAMOND, Convener, in the Chair.</p>
<p>Unless marked thus * all items stand delegated.</p>
<p><strong>I DECLARATION OF INTEREST</strong></p>
<p>Councillor Soutar declared an interest in Article III.</p>
<p><strong>II RENT CONSULTATION 2023/2024</strong></p>
<p>There was submitted Report No 301-2022. The Committee agreed to note the report.</p>
<p><strong>III *TENANT PARTICIPATION STRATEGY</strong></p>
<p>There was submitted Report No 305-2022. The Committee agreed to recommend the strategy.</p>
<p><strong>IV WINTER SERVICE PLAN</strong></p>
<p>The Committee noted the plan.</p>
</body></html>"""


def test_articles_under_roman_figures_and_an_attendance_tables_group_labels() -> None:
    """Bold 'II RENT CONSULTATION' without a stop: article II titled without its figure (and
    without the '*' marking it not delegated); 'BAILIES' and 'COUNCILLORS' over the attendance
    tables label the lists, they are no items."""
    (meeting,) = html_meetings(ROMAN_ARTICLES)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("I", "DECLARATION OF INTEREST"), ("II", "RENT CONSULTATION 2023/2024"),
        ("III", "TENANT PARTICIPATION STRATEGY"), ("IV", "WINTER SERVICE PLAN")]


def test_a_pages_title_over_the_records_own_heading_of_that_day_is_one_meeting() -> None:
    """'Joint Meeting with Colham Parish Council – 22nd March 2016' / 'Posted: 4th April 2016
    in Minutes' / 'MINUTES OF THE JOINT MEETING OF GORRAN PARISH COUNCIL AND COLHAM PARISH
    COUNCIL HELD ON 22nd MARCH 2016': one meeting, its items the record's, the post's date line
    none of them."""
    meetings = html_meetings(
        "<html><body><h1>Joint Meeting with Colham Parish Council – 22nd March 2016</h1>"
        "<p>Posted: 4th April 2016 in Minutes</p>"
        "<p>MINUTES OF THE JOINT MEETING OF GORRAN PARISH COUNCIL AND COLHAM PARISH COUNCIL "
        "HELD IN THE MEMORIAL HALL ON TUESDAY 22nd MARCH 2016 AT 7.30PM</p>"
        "<p>PRESENT: Councillors A Cawsand (Chairman), B Tregony, C Polvean and D Rosevear</p>"
        "<p>61. APOLOGIES FOR ABSENCE were received from Cllr Lanyon.</p>"
        "<p>62. DECLARATIONS OF INTEREST There were none.</p>"
        "<p>63. JOINT ACCOUNT Cllr Tregony proposed and Cllr Polvean seconded that the Colham "
        "Clerk continue to hold the joint account. AGREED.</p>"
        "</body></html>")
    assert len(meetings) == 1
    assert [item.number for item in meetings[0].items] == ["61", "62", "63"]


def test_a_news_page_of_meetings_each_headed_by_its_committee_and_weekday_date() -> None:
    """'Planning Committee: Wednesday, 19 August 2015' / 'This Planning Committee meeting was
    attended by …': each report a meeting of its own, named and dated by its heading."""
    meetings = html_meetings(
        "<html><body><h1>Meetings latest news</h1>"
        "<h2>Planning Committee: Wednesday, 19 August 2015</h2>"
        "<p>This Planning Committee meeting was attended by nine of the ten members (Cllrs Ann "
        "Cawsand (chair), Ben Tregony, …).</p><p>At the meeting, the committee:</p><ul>"
        "<li>Agreed unanimously to grant planning permission for twelve beach huts.</li></ul>"
        "<h2>Overview and Scrutiny Committee (Services): Thursday, 23 July 2015</h2>"
        "<p>This Overview and Scrutiny Committee (Services) meeting was attended by seven "
        "members (Cllrs Carys Polvean (chair), Dai Rosevear, …).</p><ul>"
        "<li>Noted the council's performance figures for the first quarter.</li></ul>"
        "</body></html>")
    assert [(m.committee, str(m.date)) for m in meetings] == [
        ("Planning Committee", "2015-08-19"),
        ("Overview and Scrutiny Committee (Services)", "2015-07-23")]


def test_a_page_of_two_meetings_the_second_an_agm_followed_by_the_quarterly_meeting() -> None:
    """'Minutes of the Annual General Meeting (AGM) followed by the quarterly meeting, held in
    … on Monday 10 June 2013' under the December meeting's minutes: a meeting of its own."""
    meetings = html_meetings(
        "<html><body><h1>Pengarth Community Council</h1>"
        "<p>Minutes of the quarterly meeting held in Pengarth Library on Monday 2 December 2013 "
        "at 8.00pm</p><p>Present: Ann Cawsand (convening), Ben Tregony (minutes)</p>"
        "<p>Ferry</p><p>Ben Tregony – The winter timetable starts on 16 December.</p>"
        "<p>Date of next meeting</p><p>Monday 3 March 2014, 8.00pm, Library.</p>"
        "<p>Minutes of the Annual General Meeting (AGM) followed by the quarterly meeting, held "
        "in Pengarth Library on Monday 10 June 2013 at 8.00pm</p>"
        "<p>Present: Ann Cawsand (convening), Ben Tregony (minutes), Carys Polvean</p>"
        "<p>Bins</p><p>Ben Tregony – The recycling bins at the pier are overflowing.</p>"
        "<p>Date of next meeting</p><p>Monday 2 September 2013, 8.00pm, Library.</p>"
        "</body></html>")
    assert [str(m.date) for m in meetings] == ["2013-12-02", "2013-06-10"]


def test_a_document_sites_list_of_similar_papers_over_the_paper_dates_nothing() -> None:
    """'Similar documents' / 'MINUTES OF THE MEETING OF HOLME PARISH COUNCIL HELD ON 14th
    DECEMBER 2010' / …: other papers' titles over this one, no meeting of its own, and no date
    for this paper's meeting."""
    meetings = text_meetings(
        "PENGARTH PARISH COUNCIL\n\nSimilar documents\nPENGARTH PARISH COUNCIL\n"
        "DRAFT MINUTES OF THE MONTHLY MEETING HELD 12th October 2010 PENGARTH PARISH COUNCIL\n"
        "MINUTES OF THE ANNUAL PARISH MEETING HELD AT HAWKSGILL VILLAGE HALL ON 20TH APRIL 2010\n"
        "MINUTES OF THE MEETING OF HOLME PARISH COUNCIL HELD ON 14th DECEMBER 2010\n\n"
        "Size: px\n\nTranscription\n\n"
        "1. APOLOGIES Cllr T Relph (work commitments).\n\n"
        "2. MINUTES OF THE LAST MEETING The minutes of the meeting held on 11 th January 2011 were "
        "approved and signed as a true record.\n\n"
        "3. FINANCE The accounts were approved for payment.\n\n"
        "4. DATE OF NEXT MEETING Tuesday 8 th March 2011 at 7.30pm in the Reading Room.\n")
    assert len(meetings) == 1
    assert str(meetings[0].date) not in ("2010-10-12", "2010-04-20", "2010-12-14")


def test_points_under_a_bulleted_minute_marked_with_dashes_are_no_items_of_their_own() -> None:
    """'• Matters arising:' over '– Bus shelter. Quote received …' points: the dashes mark the
    minute's points, the dots its items; '• Date of next meeting: Tuesday …' keeps its date
    as its text."""
    text = ("Draft minutes DCC meeting 29th October 2024\n\n"
            "• Present and apologies. Ailsa Todd, Hector Laing. Apologies Colin Baird.\n"
            "• Minutes of September 2024 meeting. Draft minutes approved.\n"
            "• Matters arising:\n\n"
            "– Bus shelter at Inverbeg. Quote of £3,480 received; Councillor Sime to ask "
            "about the roads budget.\n\n"
            "– Broadband update. IG had chased the provider again, no date yet.\n\n"
            "• Meetings attended. FD attended the shore transport forum.\n"
            "• Treasurer's report. RB reported the balance of £6,914.27. Noted.\n"
            "• Date of next meeting: Tuesday 26th November 2024, 7.30pm, Inverbeg Hall.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Present and apologies", "Minutes of September 2024 meeting", "Matters arising",
        "Meetings attended", "Treasurer's report", "Date of next meeting"]
    assert "Broadband update" in meeting.items[2].text
    assert "26th November 2024" in meeting.items[-1].text
