"""Agenda items from numbered minutes, whatever the size of the minute numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.parse.meetings import parse_document
from indexer.parse.numbered_lines import numbered_at
from indexer.read.crawl import crawl
from indexer.read.document import read_document
from indexer.records import HEADING_MARK, Line
from tests.fixtures.minutes import html_meetings, text_meetings

MINUTES = """KENT COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Kent Community Safety Partnership held at Sessions House,
Maidstone on Wednesday, 26 April 2000.

{a}. Apologies and Substitutes (Item A1)

Apologies were received from Mr Dawson.

{b}. Public Space CCTV Partnership (Item B1)

1. Dr Isherwood explained that funding had been secured.

RESOLVED that the report be noted.

{c}. Substance Misuse Service

(Item B2)

2. Ms Pickard advised that the service was being recommissioned.

RESOLVED that the update be noted.
"""


@pytest.mark.parametrize("first", [7, 948, 2580, 11848])
def test_minute_numbers_of_any_size_start_items(tmp_path: Path, first: int) -> None:
    path = tmp_path / "2000-04-26-minutes.txt"
    path.write_text(MINUTES.format(a=first, b=first + 1, c=first + 2))
    (meeting,) = parse_document(read_document(crawl([tmp_path]).files[0]))
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(first), "Apologies and Substitutes"),
        (str(first + 1), "Public Space CCTV Partnership"),
        (str(first + 2), "Substance Misuse Service")]
    assert meeting.items[2].resolutions == ("RESOLVED that the update be noted.",)


def test_a_chain_takes_the_numbered_paragraphs_it_skips_and_sentences_have_no_title() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["1. Apologies for Absence accepted from:", "Cllr A Smith.", "",
             "2. No Declarations of Interest made.", "",
             "3. The Minutes of the meeting held on 14/07/09 were agreed as a true record.", "",
             "4. Matters Arising:", "The newsletter is still to be written.", "",
             "5. Accounts were presented and accepted for payment.", "",
             "6. Planning:", "No planning applications received.", "",
             "7. Other Reports - for information only:",
             "7.1 Vehicles speeding through the village are still a problem.",
             "7.2 Hedges along the road need trimming."]
    lines = [Line(t, 1) for t in texts]
    _, items = split_items(lines, 0, len(lines))
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for Absence accepted from"), ("2", ""),
        ("3", ""), ("4", "Matters Arising"), ("5", ""), ("6", "Planning"),
        ("7", "Other Reports - for information only")]
    assert items[4].first_body == "Accounts were presented and accepted for payment."


def test_items_numbered_1_2_3_win_over_the_longer_run_of_paragraphs_numbered_under_them() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["1. Apologies for absence", "Mr M Wells", "2. Declarations of Interest",
             "None were made.", "3. Reports", "3.1 Chairman's Report", "The burial records.",
             "3.2 Clerk's Report", "The fence is to be repaired.", "4. Payments",
             "4.1 It was agreed to make the final payment to Adventure Playgrounds.",
             "4.2 Lease agreements need to be drawn up for the clubs.", "5. Correspondence",
             "5.1 Boundary Committee review", "5.2 NCC priority salting routes",
             "5.3 Development Services Newsletter", "5.4 Street lighting policy",
             "5.5 Letter about the water bill", "5.6 Tennis club hedge",
             "5.7 Village hall hire charges", "5.8 Rural bulletin", "6. Planning",
             "No applications."]
    lines = [Line(t, 1) for t in texts]
    _, items = split_items(lines, 0, len(lines))
    assert [i.number for i in items][:3] == ["1", "2", "3.1"]
    assert [i.number for i in items][-1] == "6"
    assert [i.number for i in items][3:5] == ["3.2", "4"]


def test_an_agenda_entry_keeps_its_wrapped_wording() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["1. To receive apologies for absence",
             "2. To consider the delegated authority of the Chairman and the Clerk to act on "
             "behalf of the", "", "Council in between meetings of the Council", "",
             "3. To receive a report from the Clerk on the following matters:", "",
             "Waterfall Area Vegetation on Ellers Lane", "",
             "4. To consider any items arising since the last",
             "meeting of the Council in any of (i) the Parish Update",
             "5. To receive the following invoices for payment", "• Caretaker"]
    lines = [Line(t, 1) for t in texts]
    _, items = split_items(lines, 0, len(lines))
    assert [i.title for i in items] == [
        "To receive apologies for absence",
        "To consider the delegated authority of the Chairman and the Clerk to act on behalf of "
        "the Council in between meetings of the Council",
        "To receive a report from the Clerk on the following matters",
        "To consider any items arising since the last meeting of the Council in any of (i) the "
        "Parish Update",
        "To receive the following invoices for payment"]


def test_a_planning_application_heading_keeps_its_wrapped_line() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["4. Applications Deferred", "The Committee noted the deferrals.",
             "5. Ref. 25/0640/OUT - Land at Hill Farm, Nantgarw Road, Penrhos - Outline "
             "application for",
             "residential development of up to 40 dwellings with vehicular access",
             "A site visit had been held on 25th February 2026.",
             "6. Ref. 25/0712/FULL - Unit 4, Fan Industrial Estate - Change of use",
             "The application was withdrawn."]
    lines = [Line(t, 1) for t in texts]
    _, items = split_items(lines, 0, len(lines))
    assert [i.number for i in items] == ["4", "5", "6"]
    assert items[1].title == (
        "Ref. 25/0640/OUT - Land at Hill Farm, Nantgarw Road, Penrhos - Outline application for "
        "residential development of up to 40 dwellings with vehicular access")


def test_a_webcast_time_stamp_after_a_title_neither_numbers_nor_titles_the_item() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["14.\tApologies (00:00:42)", "Minutes:", "None.",
             "15.\tMinutes of the previous meeting (00:03:25) PDF 151 KB", "Minutes:",
             "The Minutes were AGREED.", "16.\tWork Plan (01:12:09)", "Minutes:", "Noted."]
    _, items = split_items([Line(t, 1) for t in texts], 0, len(texts))
    assert [(i.number, i.title) for i in items] == [
        ("14", "Apologies"), ("15", "Minutes of the previous meeting"), ("16", "Work Plan")]


def test_a_heading_goes_on_to_close_its_bracket_its_date_or_its_bold_phrase() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = [("31/JW Minutes", True), ("", False), ("Agreed.", False),
             ("32/JW Waste Performance Report (Quarter 3: October to December", True),
             ("", False), ("2025)", True), ("", False), ("The report was noted.", False),
             ("33/JW MINUTES OF THE MEETING HELD ON TUESDAY 20 JANUARY", True), ("", False),
             ("2026", True), ("", False), ("Agreed.", False),
             ("34/JW Scrutiny Report – School Readiness and Speech, Language and Needs", True),
             ("", False), ("in the Early Years", True), ("", False),
             ("Cabinet received the report.", False)]
    lines = [Line(t, 1, heading=h) for t, h in texts]
    _, items = split_items(lines, 0, len(lines), paragraphs=False)
    assert [i.title for i in items] == [
        "Minutes", "Waste Performance Report (Quarter 3: October to December 2025)",
        "MINUTES OF THE MEETING HELD ON TUESDAY 20 JANUARY 2026",
        "Scrutiny Report – School Readiness and Speech, Language and Needs in the Early Years"]


def test_a_private_mark_before_a_number_and_a_document_list_row_are_not_titles() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["Minute and Appendix - 10 June 2025.pdf 241KB Microsoft Word", "",
             "3 - Minute of Meeting of 6 May 2025", "", "Document Type (03) Minute.pdf", "",
             "(EXEMPT) 4 - Application for a Street Trader's Licence", "",
             "Paragraph 6 - Financial Affairs", "", "5 - Statement of Outstanding Business", "",
             "Document Type (05) SOB.pdf"]
    _, items = split_items([Line(t, 1) for t in texts], 0, len(texts))
    assert [(i.number, i.title) for i in items] == [
        ("3", "Minute of Meeting of 6 May 2025"),
        ("4", "Application for a Street Trader's Licence"),
        ("5", "Statement of Outstanding Business")]


def test_minutes_lettered_a_b_c_on_lines_of_their_own_are_items() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["(a)       Appointment of Chairman", "", "Councillor Morgan was elected Chairman.", "",
             "(b)       Declarations of Interest", "", "No declarations were received.", "",
             "(c)        Licensing Act 2003 - Application for a Premises Licence", "",
             "The Licensing Officer presented the report.", "",
             "(a) the hours be reduced;", "(b) the yard be cleared by 20:00.", "",
             "Reason for decision", "", "To promote the licensing objectives.", "",
             "(d)       Exclusion of the Press and Public", "", "RESOLVED - that they be excluded."]
    _, items = split_items([Line(t, 1) for t in texts], 0, len(texts))
    assert [(i.number, i.title) for i in items] == [
        ("a", "Appointment of Chairman"), ("b", "Declarations of Interest"),
        ("c", "Licensing Act 2003 - Application for a Premises Licence"),
        ("d", "Exclusion of the Press and Public")]


def test_reports_listed_under_an_entry_that_introduces_them_are_the_items() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["7. To receive the report of the Youth Committee", "",
             "8. To consider the following reports:", "",
             "21/25 Corporate and Resources Plan 2025/26", "",
             "Members are asked to approve the Plan.", "",
             "21/25 Corporate and Resources Plan (PDF, 1.2MB)", "",
             "22/25 Annual Governance Statement 2024/25", "",
             "Members' comments are sought on the draft Statement.", "",
             "9. To note the date of the next meeting"]
    _, items = split_items([Line(t, 1) for t in texts], 0, len(texts))
    assert [(i.number, i.title) for i in items] == [
        ("7", "To receive the report of the Youth Committee"),
        ("21/25", "Corporate and Resources Plan 2025/26"),
        ("22/25", "Annual Governance Statement 2024/25"),
        ("9", "To note the date of the next meeting")]


def test_sub_items_under_a_label_below_their_heading_are_the_items() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = [("4. MINUTES OF THE COUNCIL MEETING", True), ("AGREED – that the minutes be "
                                                          "confirmed.", False),
             ("5. MINUTES OF ENVIRONMENTAL SERVICES COMMITTEE MEETING HELD TUESDAY 13", True),
             ("MAY 2025", True), ("", False), ("Matters Arising", True), ("", False),
             ("5.1 Grass Cutting on Rural Verges", True), ("Councillor McCrory asked when.", False),
             ("5.2 Adoption of the Minutes", True), ("AGREED – that Council adopt them.", False),
             ("6. CORRESPONDENCE", True), ("Circulated and noted.", False)]
    lines = [Line(t, 1, heading=h) for t, h in texts]
    _, items = split_items(lines, 0, len(lines), paragraphs=False)
    assert [(i.number, i.title) for i in items] == [
        ("4", "MINUTES OF THE COUNCIL MEETING"), ("5.1", "Grass Cutting on Rural Verges"),
        ("5.2", "Adoption of the Minutes"), ("6", "CORRESPONDENCE")]


def test_numbered_clauses_of_a_resolution_are_not_the_next_items() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    rows = [("1. APOLOGIES", True), ("RESOLVED /-", True), ("That apologies be noted.", False),
            ("2. CHAIR'S ANNOUNCEMENTS AND URGENT BUSINESS", True), ("RESOLVED /-", True),
            ("1. That the thanks of the Combined Authority be recorded to the staff of West",
             False), ("Pennine Fire and Rescue Service.", False),
            ("2. That the Combined Authority congratulate Healey Vale College on its Outstanding",
             False), ("inspection judgement.", False),
            ("3. DECLARATIONS OF INTEREST", True), ("RESOLVED /-", True),
            ("That no declarations be noted.", False)]
    lines = [line for text, bold in rows for line in (Line(text, 1, heading=bold), Line("", 1))]
    _, items = split_items(lines, 0, len(lines), paragraphs=False)
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES"), ("2", "CHAIR'S ANNOUNCEMENTS AND URGENT BUSINESS"),
        ("3", "DECLARATIONS OF INTEREST")]


def test_a_heading_whose_sentence_introduces_its_sub_items_keeps_it_and_gives_them() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["4. MINUTES", "", "The Chair signed the minutes.", "",
             "5. PLANNING APPLICATIONS", "", "The Committee considered the following applications "
             "for development.", "", "5.1 Application No C25/0812/18/LL – Land at Bryn Teg", "",
             "RESOLVED to approve the application.", "",
             "5.2 Application No C25/0907/35/LL – Former Capel Seion", "",
             "RESOLVED to refuse the application.", "", "6. APPEALS", "", "Noted.", "",
             "7. HARBOUR REPORT", "", "The Harbour Master updated the Board on the following "
             "matters:", "", "7.1 Commercial Trade", "", "There were four ship visits.", "",
             "7.2 Dredging", "", "The campaign was completed."]
    _, items = split_items([Line(t, 1) for t in texts], 0, len(texts))
    assert [(i.number, i.title) for i in items] == [
        ("4", "MINUTES"), ("5", "PLANNING APPLICATIONS"),
        ("5.1", "Application No C25/0812/18/LL – Land at Bryn Teg"),
        ("5.2", "Application No C25/0907/35/LL – Former Capel Seion"), ("6", "APPEALS"),
        ("7", "HARBOUR REPORT")]


def test_a_capitals_heading_wrapped_into_its_first_sentence_ends_where_capitals_end() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = [("3 CONFIRMATION OF MINUTES", True), ("The minutes were confirmed.", False),
             ("4 APPLICATION DM/2025/00812 – CONVERSION OF AGRICULTURAL BARN TO HOLIDAY LET,",
              True), ("PEN-Y-FAL FARM, LLANGATWG LINGOED We considered the report of the "
                      "application and late", False), ("correspondence.", False),
             ("5 DELEGATED DECISIONS", True), ("We noted the list.", False)]
    lines = [Line(t, 1, heading=h) for t, h in texts]
    _, items = split_items(lines, 0, len(lines), paragraphs=False)
    assert [i.title for i in items] == [
        "CONFIRMATION OF MINUTES",
        "APPLICATION DM/2025/00812 – CONVERSION OF AGRICULTURAL BARN TO HOLIDAY LET, PEN-Y-FAL "
        "FARM, LLANGATWG LINGOED", "DELEGATED DECISIONS"]
    assert "We considered the report" in "\n".join(line.text for line in items[1].lines)


def test_headings_a_web_page_shows_in_bold_start_items_without_numbers() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.read.html import html_to_text
    from indexer.records import Document

    page = (b"<article><h2>Little Snoring Parish Council</h2><p>Minutes of the meeting of "
            b"Little Snoring Parish Council held on 3 June 2021 in the Village Hall.</p>"
            b"<p><strong>Apologies</strong></p><p>None were received.</p>"
            b"<p><strong>Village Hall Lease</strong></p><p>The Chairman reported that the lease "
            b"had been signed. RESOLVED to pay the fee.</p><p><b>Allotments</b></p><p>Two plots "
            b"were vacant and it was agreed to advertise them.</p></article>")
    title, text = html_to_text(page)
    (meeting,) = parse_document(Document("p.html", "html", (text,), title=title))
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Apologies", "none"), ("Village Hall Lease", "resolved"), ("Allotments", "agreed")]


def test_a_page_heading_dates_minutes_whose_meeting_heading_was_not_recognised() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.read.html import html_to_text
    from indexer.records import Document

    page = (b"<article><h1>Minutes of Great Snoring Parish Council meeting held on 12th May 2022"
            b"</h1><h2>July 2022</h2><p><strong>Minute 45 Apologies</strong> Cllr Dean sent "
            b"apologies.</p><p><strong>Minute 46 Defibrillator</strong> Cllr Baker reported on "
            b"it.</p><p><strong>Minute 47 Playground</strong> Deferred to the next meeting.</p>"
            b"</article>")
    title, text = html_to_text(page)
    (meeting,) = parse_document(Document("p.html", "html", (text,), title=title))
    assert str(meeting.date) == "2022-05-12"
    assert meeting.committee == "Great Snoring Parish Council"
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("45", "Apologies", "none"), ("46", "Defibrillator", "none"),
        ("47", "Playground", "deferred")]


def test_a_bold_heading_before_the_first_number_of_bold_numbered_minutes_is_an_item() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    rows = [("PRESENT: Mr N Baker, Mr M Baldock and Mrs C Bell", False),
            ("IN ATTENDANCE: Mr J Cook (Democratic Services Manager)", False),
            ("Office Appointee Proposer Seconder", True),
            ("Chairman John Slater Rob Weatherston Margaret Carey", False),
            ("Election of Chair", True),
            ("Mr Gough proposed, and Mr Brady seconded, that Mr Cooke be elected to chair.", False),
            ("283. Apologies for Absence", True),
            ("Apologies were reported from Mr Beaney.", False),
            ("284. Declarations of Interest", True), ("None were declared at the meeting.", False),
            ("285. English Devolution White Paper", True), ("The Leader introduced it.", False)]
    lines = [Line(text, 1, heading=bold) for text, bold in rows]
    _, items = split_items(lines, 0, len(lines))
    assert [(i.number, i.title) for i in items] == [
        ("", "Election of Chair"), ("283", "Apologies for Absence"),
        ("284", "Declarations of Interest"), ("285", "English Devolution White Paper")]
    plain = [Line(line.text, 1, heading=not line.text.startswith("Election") and line.heading)
             for line in lines]
    assert split_items(plain, 0, len(plain))[1][0].number == "283"


def test_a_one_line_minute_set_in_bold_as_the_headings_are_is_its_own_heading() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.read.html import html_to_text
    from indexer.records import Document

    page = (b"<article><p><strong>MINUTES OF LITTLE SNORING PARISH COUNCIL MEETING</strong></p>"
            b"<p><strong>MONDAY SEPTEMBER 3RD 2012</strong></p>"
            b"<p><strong>1.</strong> <strong>Apologies for Absence received from:</strong></p>"
            b"<p>Police Safer Neighbourhood Team.</p>"
            b"<p><strong>2.</strong> <strong>No Declarations of Interest made.</strong></p>"
            b"<p><strong>3.</strong> <strong>The Minutes of the meeting held on</strong> "
            b"<strong>25/06/12</strong> <strong>were agreed as a true record.</strong></p>"
            b"<p><strong>4.</strong> <strong>Matters Arising</strong></p><p>The bus shelter "
            b"has been repaired.</p><p>5. Accounts were presented and accepted for payment.</p>"
            b"<p><strong>6.</strong> <strong>Planning</strong></p><p>None received.</p>"
            b"</article>")
    title, text = html_to_text(page)
    (meeting,) = parse_document(Document("p.html", "html", (text,), title=title))
    # A bold sentence is the minute's heading and decides in it; the same sentence in plain
    # type is an item without a heading; a heading closed by its colon does not wrap on.
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("1", "Apologies for Absence received from", "none"),
        ("2", "No Declarations of Interest made", "none"),
        ("3", "The Minutes of the meeting held on 25/06/12 were agreed as a true record",
         "agreed"),
        ("4", "Matters Arising", "none"),
        ("5", "", "agreed"),
        ("6", "Planning", "none")]
    assert meeting.items[2].resolutions == (
        "The Minutes of the meeting held on 25/06/12 were agreed as a true record",)


def test_a_minute_heading_opening_on_an_agenda_verb_is_not_read_as_a_person_speaking() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.read.html import html_to_text
    from indexer.records import Document

    page = (b"<article><p><strong>Minutes of Snoring Parish Council held on 12 April 2016</strong>"
            b"</p><p><strong>3/16 Apologies and Welcome</strong></p><p>Apologies were received."
            b"</p><p><strong>4/16 Consider</strong> <strong>Declarations of Interest on Agenda "
            b"Items and Dispensation Requests</strong></p><p>There were none.</p><p><strong>5/16 "
            b"Minutes of the Meeting</strong></p><p>The minutes were agreed.</p></article>")
    title, text = html_to_text(page)
    (meeting,) = parse_document(Document("p.html", "html", (text,), title=title))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("3/16", "Apologies and Welcome"),
        ("4/16", "Consider Declarations of Interest on Agenda Items and Dispensation Requests"),
        ("5/16", "Minutes of the Meeting")]
    assert all(not i.speakers for i in meeting.items)


def test_sub_items_split_off_only_when_every_one_has_a_title_and_a_list_sentence_has_none(
        ) -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["4. Matters arising from previous meetings", "", "The fence was mended.", "",
             "5. Reports", "", "5.1 Chairman's Report", "", "* The burial records are done.",
             "", "5.2 Clerk's Report", "", "* Contact has been made with the motorist.", "",
             "5.3 Pride in Norfolk will remain an agenda item as the grant is unspent.", "",
             "6. The following payments were agreed:", "", "Clerk's salary £120", "",
             "7. Correspondence", "", "A letter from the school."]
    lines = [Line(t, 1) for t in texts]
    _, items = split_items(lines, 0, len(lines))
    assert [(i.number, i.title) for i in items] == [
        ("4", "Matters arising from previous meetings"), ("5", "Reports"), ("6", ""),
        ("7", "Correspondence")]


def test_an_unnumbered_bold_report_heading_among_bold_numbered_items_is_an_item() -> None:
    from indexer.parse.items import split_items
    from indexer.records import Line

    rows = [("1. Apologies", True), ("None.", False), ("", False),
            ("2. Chairman’s Report", True), ("The Chairman had nothing to report.", False),
            ("", False), ("Clerk’s Report", True), ("", False), ("• Police", False), ("", False),
            ("Apologies had been received from the police.", False), ("", False),
            ("Safer Streets", True), ("", False), ("The lights were mended.", False), ("", False),
            ("3. Correspondence", True), ("A letter from the school.", False)]
    lines = [Line(t, 1, heading=b) for t, b in rows]
    _, items = split_items(lines, 0, len(lines))
    # One of the headings minutes are made of, in bold like the numbered ones: an item; a bold
    # sub-heading of other words stays inside its item.
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"), ("2", "Chairman’s Report"), ("", "Clerk’s Report"),
        ("3", "Correspondence")]


def test_numbered_sentences_before_and_after_a_chain_of_headings_numbered_in_parts() -> None:
    """A committee's running minute numbers ('25.031.'): sentences before its first heading and
    after its last are items with no title; a list numbered '01.' inside one is not."""
    from tests.fixtures.minutes import text_meetings

    text = """Minutes of a meeting of the Allotments Committee held Tuesday, 14 October 2025.

Present: Cllr D Ferriby (chair), Cllr H Ashworth, Mr T Garside (clerk).

25.031. Apologies were received from Cllr M Oddie, who was working away.

25.032. There were no declarations of interest.

25.033. Vacant plots
The clerk said four plots were vacant.

25.034. Rents for 2026/27
It was resolved to recommend a rise of £2.00 per plot.

25.035. Individual allotments

01. It was resolved to send a first notice letter to the tenant of plot 14.

02. It was resolved to accept the surrender of plot 22.

25.036. It was agreed that the clerk would obtain two quotations for a tool store.

25.037. It was resolved to hold the next meeting on 9 December 2025.
"""
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("25.031", ""), ("25.032", ""), ("25.033", "Vacant plots"),
        ("25.034", "Rents for 2026/27"), ("25.035", "Individual allotments"), ("25.036", ""),
        ("25.037", "")]
    assert "01. It was resolved" in meeting.items[4].text


def test_an_outline_of_headings_goes_on_by_its_headings_not_by_their_paragraphs() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Minutes of the Cabinet held on 13 November 2024

87.0 Apologies
87.1 None were received.

88.0 Budget Monitoring
88.1 RESOLVED: That the report be noted.

89.0 Exclusion of Press and Public
89.1 RESOLVED: That the public be excluded.

90.0 Exempt Minutes
90.1 RESOLVED: That the exempt Minutes be approved.
"""
    [meeting] = text_meetings(text)
    assert [item.number for item in meeting.items] == ["87.0", "88.0", "89.0", "90.0"]


def test_headings_set_apart_only_as_paragraphs_of_their_own() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Ardlaw Community Council

Minutes of the meeting held on 24 June 2025

Apologies

G. Hendry, Cllr P. Laing, C. Ogilvie

Police Report

P.C. Arbuthnott attended the meeting

Since the last meeting there had been 19 crimes in the area.

Secretary's Correspondence

A letter from the Scout Group asked for help with the cost of a minibus.

Gala Day

E. Rennie reported that 30 stalls had been booked for the Gala Day.

Date of next meeting

Tuesday 26th August 2025 at 7.30pm in Ardlaw Community Centre
"""
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Police Report", "Secretary's Correspondence", "Gala Day",
        "Date of next meeting"]
    prose = text.replace("Police Report\n\n", "").replace("Gala Day\n\n", "") \
        .replace("Secretary's Correspondence\n\n", "")
    assert len(text_meetings(prose)[0].items) < 4


def test_numbers_a_pdf_table_printed_in_a_stack_go_back_to_their_headings() -> None:
    from tests.fixtures.minutes import pdf_meetings

    page = """Strathdichty Community Council

Wednesday 19th March 2025 @ 7.00pm

Present: Fiona Lindsay (Chair), Euan Guthrie (Secretary), Alan Soutar

1.0
2.0

WELCOME AND APOLOGIES
Fiona welcomed everyone to the meeting. Apologies were received from Sandy Cargill.
POLICE UPDATE
PC Iain Craik gave a verbal update on rural thefts.
Road Safety
Speed checks had found 14 drivers over the limit.

3.0 MINUTES OF 19TH FEBRUARY 2025

Approved. Proposed by Alan Soutar, seconded by Euan Guthrie.

4.0 CORRESPONDENCE

A letter from the wind farm fund was noted.
"""
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1.0", "WELCOME AND APOLOGIES"), ("2.0", "POLICE UPDATE"),
        ("3.0", "MINUTES OF 19TH FEBRUARY 2025"), ("4.0", "CORRESPONDENCE")]


def test_a_stack_spaced_by_blank_lines_goes_to_the_bold_headings_after_it() -> None:
    """A governors' table 'Min | Item | Lead' read column by column: the minute numbers with
    blank lines between, then the bold entries (an agenda's sentence, a subject before its
    note wrapped onto a second line), the lead's initials in capitals between them."""
    from tests.fixtures.minutes import pdf_meetings

    b = HEADING_MARK
    page = f"""Hollin Bank School – Full Governing Board – 4th December 2025

{b}A Meeting of the Hollin Bank School Full Governing Board

was held in the library on Thursday 4th December 2025 at 5.00pm.

Mrs R Tandy [RT] Chair; Mr P Oxley [PO] Head Teacher; Mrs J Quill [JQ]

{b}Min

25.11

25.12

25.13

25.14

{b}To welcome those present and open the meeting formally.

The Chair opened the meeting at 5.05pm and welcomed the governors.

{b}To receive apologies and consent to absences.

Apologies were received from JQ and consented.

{b}Visits Policy: to adopt the Hollin Bank policy on governor visits to
{b}classes.

The policy was adopted without change.

RT A

{b}Head Teacher's Report

PO presented his report, which was noted.
"""
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items if item.number] == [
        ("25.11", "To welcome those present and open the meeting formally"),
        ("25.12", "To receive apologies and consent to absences"),
        ("25.13", "Visits Policy"), ("25.14", "Head Teacher's Report")]


def test_a_committee_system_s_minutes_labels_are_no_headings_for_a_stack() -> None:
    """A committee system's page printed: 'No. Item', the numbers, then each heading with its
    bold 'Minutes:' label under it."""
    from tests.fixtures.minutes import pdf_meetings

    b = HEADING_MARK
    page = f"""{b}Kelby Borough Council

{b}Extraordinary, Council - Thursday, 17th July, 2008 7.30 pm

{b}No. Item

301.

302.

303.

{b}Apologies for Absence

{b}Minutes:

Apologies were received from Councillors Ash and Bell.

{b}Declarations of Interest

{b}Minutes:

None were declared.

{b}Town Square Lease

{b}Minutes:

RESOLVED that the lease be granted.
"""
    [meeting] = pdf_meetings((page,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("301", "Apologies for Absence"), ("302", "Declarations of Interest"),
        ("303", "Town Square Lease")]


def test_a_table_s_scores_spaced_by_blank_lines_are_no_stack() -> None:
    """A risk register's likelihood and impact ('2' / '' / '3') in a web page's table are no
    item numbers for the headings further down."""
    (meeting,) = html_meetings(
        "<h1>Kelby Town Council</h1><p>Minutes of the Finance Committee held on Wednesday 13th "
        "January 2021</p><h2>Risk Register</h2><table><tr><td><p>Failure to meet deadlines</p>"
        "</td><td><p>2</p></td><td><p>3</p></td><td><p>Timetable</p></td></tr></table>"
        "<p>The register was agreed.</p>"
        "<h2>Grant Applications</h2><p>Two grants were approved.</p><h2>Date of Next "
        "Meeting</h2><p>10th February 2021.</p>")
    assert [item.title for item in meeting.items] == [
        "Risk Register", "Grant Applications", "Date of Next Meeting"]
    assert not any(item.number for item in meeting.items)


def test_an_agendas_numbers_stacked_apart_go_to_its_plain_entries_in_order() -> None:
    """A word processor's numbered list read by a document site: '1.' … '4.' on lines of their
    own, then the entries with their lettered sub-entries, wrapped lines and notes between."""
    (agenda,) = text_meetings(
        "TREWIN PARISH COUNCIL\nAgenda of the Parish Council meeting on Tuesday 10th February "
        "2015 at 7.30 pm\n1.\n2.\n3.\n4.\nOpen Forum, including\na) Reports from County "
        "Councillors\nb) Pavilion roof, to approve that\nThe Parish Council accepts the lower "
        "quotation for the\nroof\nApprove Minutes of the January meeting\nCorrespondence – see "
        "schedule\nExclusion of the public and press\nTo resolve that the public be excluded\n"
        "Date of next meeting: Tuesday 10th March 2015\n")
    assert [(i.number, i.title) for i in agenda.items][:4] == [
        ("1", "Open Forum, including"), ("2", "Approve Minutes of the January meeting"),
        ("3", "Correspondence – see schedule"), ("4", "Exclusion of the public and press")]


def test_an_appendix_s_numbered_rows_after_the_minutes_are_not_items() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    page = ("MINUTES OF THE MEETING OF GLENBRAE PARISH COUNCIL HELD ON MONDAY 13TH JANUARY 2025"
            "\n\nPresent: Cllrs Ames (Chairman), Bray and Cole.\n\n1. Apologies\nNone were "
            "received.\n\n2. Finance\nThe payments listed in Appendix A were approved.\n\n"
            "3. Date of next meeting\nMonday 10th February 2025.\n\n"
            "APPENDIX A – SCHEDULE OF PAYMENTS\n\n1. Clerk salary January £512.40\n"
            "2. HMRC PAYE £128.10\n3. Village Hall hire £45.00\n4. SSE street lighting £88.20\n")
    (meeting,) = parse_document(Document("m.txt", "txt", (page,)))
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert "SSE street lighting" in meeting.items[-1].text


def test_a_list_numbered_after_the_meeting_closed_is_not_the_minutes_numbering() -> None:
    from tests.fixtures.minutes import text_meetings

    minutes = "".join(
        f"{1418 + k} {title}.\n\n{text}\n\n" for k, (title, text) in enumerate((
            ("Apologies", "Cllr Ashplant had given apologies; these were accepted by members."),
            ("Minutes", "RESOLVED that the minutes of the meeting of 24 September be signed."),
            ("Highways", "The Clerk reported that the pothole in Mill Lane had been repaired."),
            ("Planning", "RESOLVED to support the application for a garden room at Coombe."),
            ("Date of next meeting", "Tuesday 26 November 2013 at 10:00 am in the Hall."))))
    listed = "".join(f"{k} {subject}\n\nPending\n\n" for k, subject in enumerate((
        "Defibrillator", "Footpath W14", "Bus shelter", "Grass cutting", "Speed sign",
        "Noticeboard", "Dog bin"), start=1))
    meetings = text_meetings(
        "ELLMOUTH PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held at the Village "
        "Hall on Tuesday 22 October 2013 at 10:00 am.\n\nPresent: Cllrs Margaret Yeend (Chair),"
        f" Peter Coombs, Alan Pursey.\n\n{minutes}The meeting closed at 11:48 am.\n\n"
        f"ACTIONS & INFORMATION LIST\n\nItem Subject\n\n{listed}")
    assert [item.number for item in meetings[0].items] == [
        "1418", "1419", "1420", "1421", "1422"]


def test_a_decision_label_on_its_own_line_and_a_papers_code_are_not_items_or_title_words() -> None:
    from tests.fixtures.minutes import text_meetings

    meetings = text_meetings(
        "ELLMOUTH PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held at the Village "
        "Hall on Tuesday 29 November 2016 at 7.30pm.\n\nPresent: Cllrs Julian Vowles (Chair), Jane "
        "Vowles, Martin Pardoe.\n\n1. To receive apologies from Members:\n\nCllr Dawn Ingrams "
        "sent apologies (working away).\n\nIT WAS resolved:\n\nTo accept the apologies from Cllr "
        "Ingrams.\n\n2. Finance Report (EPC/05/11/16)\n\nThe Clerk presented the accounts to the "
        "end of October for members to consider.\n\nIT WAS resolved:\n\nTo approve the payments "
        "as listed.\n\n3. Correspondence\n\nA letter from the county about winter gritting was "
        "noted by members.\n")
    assert [(i.title, i.decision) for i in meetings[0].items] == [
        ("To receive apologies from Members", "resolved"), ("Finance Report", "resolved"),
        ("Correspondence", "noted")]


def test_a_committee_s_letters_after_every_minute_reference_are_part_of_it() -> None:
    """'31/24PD Apologies': the same capitals after every reference are the committee's letters,
    part of the number; capitals that are a word ('TO RECEIVE …') are the heading's."""
    from indexer.parse.items import split_items
    from indexer.records import Line

    def items(texts: list[str]) -> list[tuple[str, str]]:
        lines = [Line(text, 1) for text in texts]
        return [(item.number, item.title) for item in split_items(lines, 0, len(lines))[1]]

    assert items(["31/24PD Apologies for absence", "Apologies were received from Cllr Hesk.", "",
                  "32/24PD Open Forum", "Two residents spoke about the bus shelter.", "",
                  "33/24PD Planning Applications", "No objection was raised."]) == [
        ("31/24PD", "Apologies for absence"), ("32/24PD", "Open Forum"),
        ("33/24PD", "Planning Applications")]
    assert items(["12/24TO RECEIVE APOLOGIES", "None were received.", "",
                  "13/24TO APPROVE THE MINUTES", "The minutes were approved.", "",
                  "14/24TO NOTE THE ACCOUNTS", "The accounts were noted."]) == [
        ("12/24", "TO RECEIVE APOLOGIES"), ("13/24", "TO APPROVE THE MINUTES"),
        ("14/24", "TO NOTE THE ACCOUNTS")]


def test_running_references_ending_the_headings_number_the_minutes() -> None:
    """'3. To approve the minutes of the last meeting 43/25': the agenda's number opens the
    heading and the running minute reference closes it; a year at a heading's end stays."""
    from indexer.parse.items import split_items
    from indexer.records import Line

    def items(texts: list[str]) -> list[tuple[str, str, str]]:
        lines = [Line(text, 1) for text in texts]
        return [(item.number, item.agenda_ref, item.title)
                for item in split_items(lines, 0, len(lines))[1]]

    assert items(["1. Apologies for absence 41/25", "None were received.", "",
                  "2. Declarations of interest 42/25", "None were declared.", "",
                  "3. To approve the minutes of the last meeting 43/25.",
                  "The minutes were approved.", "",
                  "4. Precept for 2026/27 44/25", "The precept was set."]) == [
        ("41/25", "1", "Apologies for absence"), ("42/25", "2", "Declarations of interest"),
        ("43/25", "3", "To approve the minutes of the last meeting"),
        ("44/25", "4", "Precept for 2026/27")]
    assert [number for number, _, _ in items(
        ["1. Budget 2024/25", "Noted.", "", "2. Precept 2025/26", "Set.", "",
         "3. Grants 2026/27", "Agreed."])] == ["1", "2", "3"]


def test_an_agenda_item_label_after_the_minute_number_is_no_part_of_the_title() -> None:
    """'214.0 Agenda Item 3. Exclusion of Press and Public.', '213.0 Agenda Item 2 Declarations
    of Interest', '216.0 Agenda Item 5: Police Report': the agenda's label goes."""
    from indexer.parse.items import split_items
    from indexer.records import Line

    texts = ["213.0 Agenda Item 2 Declarations of Interest", "None were declared.", "",
             "214.0 Agenda Item 3. Exclusion of Press and Public.", "Resolved: That the press be "
             "excluded.", "", "215.0 Agenda Item 5: Police Report", "No officer was present."]
    lines = [Line(text, 1) for text in texts]
    assert [item.title for item in split_items(lines, 0, len(lines))[1]] == [
        "Declarations of Interest", "Exclusion of Press and Public", "Police Report"]


def test_a_number_without_a_stop_before_a_heading_run_into_its_sentence_starts_an_item() -> None:
    """'89 Village Green The Clerk reported …': no stop after the number and no mark after the
    heading, but the sentence visibly opens."""
    from indexer.parse.items import split_items
    from indexer.records import Line

    said = " and members asked that the matter be reported again at the next meeting."
    texts = ["89 Village Green The Clerk reported that the mowing contract had been renewed for "
             "a further year" + said, "",
             "90 Bus Shelter The shelter at Station Road had been repaired by the County Council "
             "last month" + said, "",
             "91 Play Area It was reported that the new swings had been installed and inspected"
             + said, ""]
    lines = [Line(text, 1) for text in texts]
    assert [(item.number, item.title) for item in split_items(lines, 0, len(lines))[1]] == [
        ("89", "Village Green"), ("90", "Bus Shelter"), ("91", "Play Area")]


def test_a_number_without_a_stop_before_a_sentence_case_heading_or_agenda_words_starts_an_item(
        ) -> None:
    """'41 Declarations of interest Cllr Mole declared …', '42 To receive a report from the Clerk
    on matters arising The Clerk reported …' and '43 Ruskett Hall – request for help with
    heating The trustees …': headings in sentence case or in the agenda's words, run into a
    sentence that visibly opens; lower-case words after a dash, up to that sentence, are the
    heading's second part."""
    from indexer.parse.items import split_items
    from indexer.records import Line

    said = " and members asked that the matter be reported again at the next meeting."
    texts = ["41 Declarations of interest Cllr Mole declared an interest in item 43 as a "
             "trustee of the hall" + said, "",
             "42 To receive a report from the Clerk on matters arising The Clerk reported that "
             "the notice board had been repainted" + said, "",
             "43 Ruskett Hall – request for help with heating The trustees have asked for £800 "
             "towards it" + said, "",
             "44 County Councillor's report County Cllr Pike gave a spoken update" + said,
             ""]
    lines = [Line(text, 1) for text in texts]
    assert [(item.number, item.title) for item in split_items(lines, 0, len(lines))[1]] == [
        ("41", "Declarations of interest"),
        ("42", "To receive a report from the Clerk on matters arising"),
        ("43", "Ruskett Hall – request for help with heating"),
        ("44", "County Councillor's report")]


def test_a_short_line_of_agenda_words_run_into_the_minute_keeps_only_the_agenda_words() -> None:
    """'3.1 To adopt the minutes of the meeting held 7th January 2025 The minutes were
    adopted.': a line too short to be read as a run-on paragraph still ends its heading where
    the minute's sentence opens."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT PARISH COUNCIL HELD ON 4th MARCH 2024\n\n"
            "Present: Cllr A Pike (Chair), Cllr B Mole, Cllr C Wren\n\n"
            "1. Apologies for absence\n\nNone were received.\n\n"
            "2. Minutes\n\n"
            "2.1 To adopt the minutes of the meeting held 7th January 2025 The minutes were "
            "adopted.\n\n"
            "2.2 To note the minutes of the Footpaths Group The minutes were noted.\n\n"
            "3. Date of next meeting\n\n8th April 2024.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items][1:3] == [
        ("2.1", "To adopt the minutes of the meeting held 7th January 2025"),
        ("2.2", "To note the minutes of the Footpaths Group")]


def test_a_nil_return_run_on_after_an_opening_heading_is_its_text() -> None:
    """'2. Declarations of interest None.' and '3. Apologies Nil received': the heading minutes
    open with, then nothing to record."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT PARISH COUNCIL HELD ON 4th MARCH 2024\n\n"
            "Present: Cllr A Pike (Chair), Cllr B Mole, Cllr C Wren\n\n"
            "1. Public participation None.\n\n"
            "2. Declarations of interest None were declared.\n\n"
            "3. Apologies Nil received\n\n"
            "4. Village green\n\nThe grass on the village green had been cut twice since the "
            "last meeting and the contractor was thanked.\n\n"
            "5. Date of next meeting\n\n8th April 2024.\n")
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles[:3] == ["Public participation", "Declarations of interest", "Apologies"]


def test_numbered_paragraphs_on_lines_of_their_own_with_no_blank_between_are_items() -> None:
    """A web page's list saved as text: '1. Tom Fell proposed that …' / '2. The minutes …
    were signed …', one paragraph a line, a heading among them, and the list starting again
    at 1 after bullets broke it."""
    from tests.fixtures.minutes import text_meetings

    text = ("Brackmoor Village Hall Trust Management Committee Meeting\n\n"
            "At the Memorial Hall - 9th October 2024 7.00pm\n\n"
            "Present: Trustees: Ann Dale, Tom Fell, Joy Pike\n\n"
            "1. Tom Fell proposed that Ann Dale chair the meeting; all agreed.\n"
            "2. The minutes of the July meeting were signed as correct.\n"
            "3. No matters were raised from the last minutes.\n"
            "4. Accounts - Joy Pike\n"
            " • The general account shows a surplus of £940.\n"
            " • The repairs reserve stands at £3,150.\n"
            "Joy was thanked for her work.\n"
            "1. Ann Dale reported on the summer fete; more stalls are needed.\n"
            "2. The next meeting will be held on Thursday 5 December 2024 at 7pm.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", ""), ("2", ""), ("3", ""), ("4", "Accounts - Joy Pike"), ("1", ""),
        ("2", "")]
    assert items[1].text.startswith("The minutes of the July meeting were signed")


def test_a_hyphenated_minute_number_then_the_agenda_s_number_and_a_heading_in_capitals() -> None:
    """'081-24 1 APOLOGIES Cllr Dunsmore sent apologies …': the minute's number, the agenda's, and a
    heading in capitals run into its text; a single long word in capitals is a heading, not an
    acronym, and a lettered point after the heading is its text."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT TOWN COUNCIL HELD ON TUESDAY 11TH JUNE 2024\n\n"
            "Present: Cllr A Pike (Mayor), Cllr B Mole, Cllr C Wren\n\n"
            "081-24 1 APOLOGIES Cllr Dunsmore sent apologies; she was abroad.\n\n"
            "082-24 2 DECLARATIONS OF INTEREST a) To declare any pecuniary interests: none. "
            "b) Other interests: Cllr Mole, item 5.\n\n"
            "083-24 3 PUBLIC QUESTIONS A resident asked when the market cross would be "
            "cleaned.\n\n"
            "084-24 4 FINANCE a) To approve the schedule of payments for May 2024.\n\n"
            "RESOLVED: That the payments be approved.\n\n"
            "085-24 5 CORRESPONDENCE Letters from the Ramblers and the bus company were "
            "noted.\n\n"
            "086-24 6 DATE OF NEXT MEETING Tuesday 9th July 2024.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.agenda_ref, item.title) for item in items] == [
        ("081-24", "1", "APOLOGIES"), ("082-24", "2", "DECLARATIONS OF INTEREST"),
        ("083-24", "3", "PUBLIC QUESTIONS"), ("084-24", "4", "FINANCE"),
        ("085-24", "5", "CORRESPONDENCE"), ("086-24", "6", "DATE OF NEXT MEETING")]


def test_agenda_words_closed_by_their_stop_and_a_short_heading_before_its_first_point() -> None:
    """'5120.24 To approve the Minutes … held on 3.9.2024. It was RESOLVED to' and '5121.24
    Planning a) Decisions notified by the District Council were noted: …' (its 'b)' lines later):
    the heading ends at its stop, and before its first lettered point."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT PARISH COUNCIL HELD ON 1st OCTOBER 2024\n\n"
            "Present: Councillor A Pike (Chair), Councillor B Mole, Councillor C Wren\n\n"
            "5119.24 To receive apologies for absence. None were received.\n\n"
            "5120.24 To approve the Minutes of the Ordinary Meeting held on 3.9.2024. It was "
            "RESOLVED to\n"
            "approve the above Minutes, which were signed by the Chair.\n\n"
            "5121.24 Planning a) Decisions notified by the District Council were noted: "
            "24/00412/HOUSE 7\n"
            "Glebe Row – approved. b) New applications: none.\n\n"
            "5122.24 To note the date of the next meeting. Tuesday 5th November 2024.\n")
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles[1:3] == ["To approve the Minutes of the Ordinary Meeting held on 3.9.2024",
                           "Planning"]


def test_headings_in_capitals_whose_numbers_became_bullets_are_the_items() -> None:
    """A word processor's numbered list saved with bullets: '• ELECTION OF CHAIR: …', '•
    MATTERS ARISING. The Clerk …', '• FINANCE' alone; a dashed point under one ('- Police: the
    written update …') and the attendance labels are no items."""
    from tests.fixtures.minutes import text_meetings

    text = ("RUSKETT PARISH COUNCIL\n\nMinutes of the Annual Meeting held on 20th May 2025\n\n"
            "Councillors Present: Cllr A Pike, Cllr B Mole, Cllr C Wren\n\n"
            "Clerk: Mrs E Moxhay\n\n"
            "• ELECTION OF CHAIR: Cllr Pike was nominated by Cllr Mole and seconded by Cllr "
            "Wren. All in favour.\n\n"
            "• PUBLIC SPEAKING\n\n"
            "- Police: the written update was read out by the Clerk.\n\n"
            "- Residents’ questions: a resident asked about dog fouling; the Clerk will write.\n\n"
            "• MATTERS ARISING. The Clerk reported that the gate had been rehung. Noted.\n\n"
            "• FINANCE\n\n"
            "The schedule of payments totalling £612.10 was approved.\n\n"
            "• DATE OF NEXT MEETING: 17th June 2025.\n")
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles == ["ELECTION OF CHAIR", "PUBLIC SPEAKING", "MATTERS ARISING", "FINANCE",
                      "DATE OF NEXT MEETING"]


def test_short_headings_under_a_heading_in_capitals_with_no_text_of_its_own_are_the_items() -> None:
    """'BURIAL GROUNDS' / '' / 'Path edging repairs' / its text / '' / 'Bench plaques' / its
    text: the sub-headings are the items; a heading in capitals with text is one."""
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of the Burial Grounds Committee of Ruskett Community Council held on Monday "
            "2nd June 2025 at 7.00pm\n\n"
            "PRESENT\nCllr. Ann Dale (Chair), Tom Fell, Joy Pike. Clerk: Nia Moxhay\n\n"
            "MINUTES\nThe minutes of the meeting held on 3rd March 2025 were accepted.\n\n"
            "BURIAL GROUNDS\n\n"
            "Path edging repairs\nThe Clerk reported that the edging had lifted by the lych "
            "gate. It was agreed to have it relaid.\n\n"
            "Bench plaques\nTwo requests for plaques were approved.\n\n"
            "CORRESPONDENCE\nA letter asking for help with the carol service was read. "
            "It was agreed to give £50.\n")
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles[-3:] == ["Path edging repairs", "Bench plaques", "CORRESPONDENCE"]
    assert "BURIAL GROUNDS" not in titles


def test_a_minute_reference_s_numbered_parts_under_a_bare_heading_are_its_items() -> None:
    """'22/132 Planning' / '22/132.1 New applications' / … / '22/132.2 Decisions notified':
    the parts of a minute with no text of its own."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT PARISH COUNCIL HELD ON 5th DECEMBER 2022\n\n"
            "Present: Councillor A Pike (Chairman), Councillor B Mole\n\n"
            "22/131 Apologies\nNone were received from anyone at all this month.\n\n"
            "22/132 Planning\n22/132.1 New applications\n"
            "SH/22/1101 - 9 Treweek Close - porch. COUNCIL RESOLVED to make no objection.\n"
            "22/132.2 Decisions notified\n"
            "SH/22/0998 - Kiln Yard - granted. COUNCIL NOTED the decision.\n\n"
            "22/133 Finance\nThe accounts were paid as listed by the Clerk at the meeting.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("22/131", "Apologies"), ("22/132.1", "New applications"),
        ("22/132.2", "Decisions notified"), ("22/133", "Finance")]


def test_points_lettered_a_bracket_under_a_bare_heading_are_its_items() -> None:
    """'3. Items for Discussion:' / 'a) Finance:' / 'i) GT reported …' / 'b) Planning:': the
    lettered headings are the items; their roman points ('i)') are text, not letters."""
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of the Ordinary Meeting of Ruskett Parish Council, Wednesday 8 October "
            "2025\n\n"
            "1. Apologies for Absence: Cllr. Tom Kennow\n"
            "2. Minutes of Previous Meeting: The September Minutes were signed.\n"
            "3. Items for Discussion:\n"
            "a) Finance:\n"
            "i) GT reported that the grass cutting had cost less than planned.\n"
            "ii) The schedule of payments was presented and approved by all.\n"
            "b) Road Safety:\n"
            "i) AF reported that the speed signs had been moved.\n"
            "c) Planning:\n"
            "i) 25/02210/HOUS – porch, High Leys. No objection.\n"
            "4. Date of Next Meeting: Wednesday 10 December 2025 at 7p.m.\n")
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles == ["Apologies for Absence", "Minutes of Previous Meeting", "Finance",
                      "Road Safety", "Planning", "Date of Next Meeting"]


def test_bold_headings_lettered_a_stop_under_a_bare_minute_are_its_items() -> None:
    """'007/09/24 Administration' / 'a. To receive apologies' / 'b. To approve the minutes …',
    all in bold: the lettered headings are the items; in plain type they are the minute's
    points."""
    from tests.fixtures.minutes import html_meetings

    def page(bold: bool) -> str:
        def b(text: str) -> str:
            return f"<strong>{text}</strong>" if bold else text
        return ("<html><body><h1>Minutes of the Meeting of Ruskett Parish Council held on "
                "Monday 9th September 2024</h1>"
                "<p><strong>007/09/24 Administration</strong></p>"
                f"<p>{b('a. To receive apologies for absence')}</p>"
                "<p>Mr Alan Hobcraft was away and sent his apologies.</p>"
                f"<p>{b('b. To approve the minutes of the meeting held on 12th August 2024')}</p>"
                "<p>The minutes were approved as a correct record. Carried.</p>"
                f"<p>{b('c. To review the complaints policy')}</p>"
                "<p>Deferred to October, as the draft had not been sent out in time.</p>"
                "<p><strong>008/09/24 Finance</strong></p>"
                "<p>The Clerk presented the finance report, which was noted by all.</p>"
                "</body></html>")

    bold = [item.number for item in html_meetings(page(True))[0].items]
    plain = [item.number for item in html_meetings(page(False))[0].items]
    assert bold == ["007/09/24(a)", "007/09/24(b)", "007/09/24(c)", "008/09/24"]
    assert plain == ["007/09/24", "008/09/24"]


LETTERED_PARTS = """ORLESWICK PARISH COUNCIL

Minutes of the Parish Council Meeting, held at 7pm on Monday 11th January 2010.

{people}

3. Minutes of the last meeting
The minutes of 7th December 2009 were taken as read and approved as a true record.
4. Matters for Discussion
a. {first}
The Parish Council agreed to give £120 towards the printing of the spring issue.
b. Salt bin at Lower Orleswick Cross
Mr Ridd reported that the bin had been emptied twice. Deferred to the next meeting.
c. Replacement noticeboard at the Schoolrooms
Mrs Tapp presented two quotations. It was resolved to accept the lower quotation.
5. Date of next meeting
Monday 8th March 2010 at 7pm in the Schoolrooms.
"""


def test_plain_headings_lettered_a_stop_under_a_heading_with_no_text_are_its_parts() -> None:
    """'4. Matters for Discussion' / 'a. Request for grant …' / its paragraph, all in plain
    type (a text file has no bold): the lettered headings are the heading's parts; lettered
    paragraphs opening with their subject's verb ('a. Cllr Hext declared …') are its points."""
    people = "Present: Mr P Dunsford (Chair), Mrs J Harcombe, Mr T Ridd."
    parts = text_meetings(LETTERED_PARTS.format(
        people=people, first="Request for grant towards the newsletter"))[0].items
    assert [(item.number, item.decision) for item in parts] == [
        ("3", "agreed"), ("4(a)", "agreed"), ("4(b)", "deferred"), ("4(c)", "resolved"),
        ("5", "none")]
    points = text_meetings(LETTERED_PARTS.format(
        people=people, first="Cllr Hext declared an interest in the newsletter"))[0].items
    assert [item.number for item in points] == ["3", "4", "5"]


def test_parts_of_a_rewritten_reference_keep_its_printed_number() -> None:
    """'102.2023 Finance' / '(a) To approve payments': the parts are numbered as the minute is
    printed, not as the reader rewrote it to count it."""
    text = ("WHITTLE PARISH COUNCIL\n\nMinutes of the Meeting of the Parish Council held on "
            "Wednesday 13th September 2023\n\n101.2023 Planning\n\nNo comment.\n\n"
            "102.2023 Finance\n\n(a) To approve payments\n\nIt was RESOLVED to approve the "
            "payments.\n\n(b) Bank reconciliation\n\nThe reconciliation was noted.\n\n"
            "103.2023 Pavilion\n\nCllr Gotobed reported on the committee meeting.\n")
    assert [item.number for item in text_meetings(text)[0].items] == [
        "101.2023", "102.2023(a)", "102.2023(b)", "103.2023"]


def test_a_lettered_heading_may_open_with_a_figure_but_not_an_application_s_reference() -> None:
    """'(b) 30mph roundels on Kirk Road (Min. 24.066d)' is a heading of its own under a bare
    minute; '(a) 24/02210/FUL – …' is a planning application the heading lists."""
    from tests.fixtures.minutes import text_meetings

    text = ("MINUTES OF THE MEETING OF RUSKETT PARISH COUNCIL, THURSDAY 12 SEPTEMBER 2024, "
            "7.00PM\n\nPresent: Cllr Andrew Marchwood (Chairman), Cllr Susan Skelbo\n\n"
            "24.081 – UPDATES ON EARLIER DECISIONS:\n"
            "(a) Signs at the Mill Street junction (Min. 24.066b)\n"
            "The Clerk said the signs were on order.\n\n"
            "(b) 30mph roundels on Kirk Road (Min. 24.066d)\n"
            "It was resolved to ask the county for a date.\n\n"
            "24.082 – PLANNING APPLICATIONS\n"
            "(a) 24/02210/FUL – Garden room, 7 Tan Yard\n"
            "No objection.\n\n"
            "(b) 24/02231/TCA – Works to an oak, Wold House\n"
            "No objection.\n\n"
            "24.083 – NEXT MEETING\nThursday 10 October 2024.\n")
    items = text_meetings(text)[0].items
    assert [item.number for item in items] == ["24.081(a)", "24.081(b)", "24.082", "24.083"]


def test_sections_numbered_only_by_their_parts_run_on_from_one_section_to_the_next() -> None:
    """'2.1 Minutes …', '2.2 Matters Arising', '3.1 Public Participation', '3.2 Police Report':
    the sections' own headings never printed, each part is an item."""
    from tests.fixtures.minutes import text_meetings

    parts = [("2.1", "Minutes of the Previous Meeting", "The minutes were AGREED and signed."),
             ("2.2", "Matters Arising", "Members heard what had been done since April."),
             ("3.1", "Public Participation", "A resident asked about the bus timetable."),
             ("3.2", "Police Report", "The police update was NOTED by the Council."),
             ("4.1", "Accounts for Payment", "The schedule of payments was APPROVED."),
             ("5.1", "Date of Next Meeting", "Tuesday 11th June 2024 at 7pm.")]
    text = ("RUSKETT PARISH COUNCIL\n\nMinutes of the Ordinary Meeting of the Council held on "
            "14th May 2024\n\nPresent: Councillors Pownceby (Chair), Gorringham and Hallows\n\n"
            + "".join(f"{n} {title}\n{body}\n\n" for n, title, body in parts))
    assert [item.number for item in text_meetings(text)[0].items] == [n for n, _, _ in parts]


def test_a_number_alone_over_the_agenda_s_words_closed_by_a_stop_starts_an_item() -> None:
    """'52/24/25' / 'To consider any risk assessments as may be received.' / 'Minutes:' /
    'Nothing to report.': a committee page's row, its title a sentence in the agenda's words."""
    from tests.fixtures.minutes import text_meetings

    rows = [("51/24/25", "To receive the quarterly budget report.", "It was RESOLVED to note."),
            ("52/24/25", "To consider any risk assessments as may be received.",
             "Nothing to report."),
            ("53/24/25", "To receive any correspondence.", "A letter from the diocese was noted.")]
    text = ("Joint Cemetery Committee - Tuesday 11th March 2025 2.00 pm\n\n"
            "Ruskett Town Council\n\n" + "".join(
                f"{n}\n\n{title}\n\nMinutes:\n\n{body}\n\n" for n, title, body in rows))
    items = text_meetings(text)[0].items
    assert [item.number for item in items] == ["51/24/25", "52/24/25", "53/24/25"]


def test_agenda_item_in_small_letters_numbers_an_item_as_agenda_item_does() -> None:
    """'Agenda item 1: Apologies' and 'Agenda Item 3: Minutes …' in one record."""
    from tests.fixtures.minutes import text_meetings

    text = ("Ruskett Parish Meeting\nMinutes of the meeting held on\nTuesday 12th March 2024 "
            "at 7.30pm\n\n"
            "Agenda item 1: Apologies\nNeil Ashdale and Patricia Merrow sent apologies.\n\n"
            "Agenda item 2: Declaration of Interests\nNo interests were declared by anyone.\n\n"
            "Agenda Item 3: Minutes of the previous meeting\nThe minutes were signed.\n\n"
            "Agenda Item 4: Date of next meeting\nTuesday 10th September 2024.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Apologies"), ("2", "Declaration of Interests"),
        ("3", "Minutes of the previous meeting"), ("4", "Date of next meeting")]


def test_a_heading_minutes_alone_is_an_item_and_a_minutes_label_is_not() -> None:
    """'Minutes' set as a heading over 'The Minutes of the Meeting … were confirmed' is the item
    minutes open with; a committee page's 'Minutes:' label over an item's text is no item."""
    from tests.fixtures.minutes import html_meetings

    page = ("<html><body><h1>Ruskett Drainage Board</h1>"
            "<p>Minutes of the Meeting of the Board held on Thursday 6 March 2025</p>"
            "<h3>Apologies for Absence</h3><p>Apologies were received from Mr A Spurdle.</p>"
            "<h3>Minutes</h3><p>The Minutes of the Meeting held on 7 November 2024 were "
            "confirmed and signed by the Chairman.</p>"
            "<h3>Pumping Stations</h3><p>Minutes:</p><p>The Engineer reported that both pumps "
            "had run through the February floods without fault.</p>"
            "<h3>Date of Next Meeting</h3><p>Thursday 5 June 2025.</p></body></html>")
    titles = [item.title for item in html_meetings(page)[0].items]
    assert titles == ["Apologies for Absence", "Minutes", "Pumping Stations",
                      "Date of Next Meeting"]


def test_a_heading_ends_where_its_first_bracketed_lettered_point_begins() -> None:
    """'2.Matters Arising (a) Flagpole - the Clerk reported … (b) Noticeboard …': the
    heading ends at its first point, lettered in brackets as at 'a)'."""
    (meeting,) = text_meetings(
        "Ellmouth Town Council\n\nMinutes of the meeting held on 13 January 2021\n\n"
        "1.Apologies Apologies were received from Cllr Abbot.\n\n"
        "2.Matters Arising (a) Flagpole - the Clerk reported that the rope had been "
        "replaced. (b) Noticeboard - Cllr Birch confirmed it was repainted.\n\n"
        "3.Finance (a) The bank reconciliation was signed. (b) Members noted the "
        "quarterly figures.\n\n4.Date of Next Meeting Wednesday 10th February 2021.\n")
    assert [i.title for i in meeting.items][1:3] == ["Matters Arising", "Finance"]


def test_a_bold_section_numbered_point_nought_over_bold_sub_items_gives_way_to_them() -> None:
    """'3.0 Panel Matters' in bold with no text of its own, then '3.1 Report from the Chair'
    and '3.2 Stiles and gates' in bold over their text: the sub-items are the items."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "Ellmouth Rights of Way Panel\n\nNotes of the meeting held on 3 July 2019\n\n"
        f"{bold}1.0 Apologies for absence\n\nNone.\n\n{bold}2.0 Minutes\n\nAgreed.\n\n"
        f"{bold}3.0 Panel Matters\n\n{bold}3.1 Report from the Chair\n\n"
        "The Chair reported on the county walking festival.\n\n"
        f"{bold}3.2 Stiles and gates\n\nThe survey of stiles was discussed.\n\n"
        f"{bold}4.0 Date of next meeting\n\n2 October 2019.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.0", "Apologies for absence"), ("2.0", "Minutes"),
        ("3.1", "Report from the Chair"), ("3.2", "Stiles and gates"),
        ("4.0", "Date of next meeting")]


def test_parts_numbered_in_brackets_under_a_bare_bold_heading_are_its_items() -> None:
    """'1. Preliminary' in bold with no text of its own, then '(1) Apologies for absence.' and
    '(2) Declarations of interest.' in bold over their text: the parts are items 1.1 and 1.2."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "ELLMOUTH COUNTY COUNCIL\n\nMinutes of the Cabinet held on 17 June 2010\n\n"
        f"{bold}1. Preliminary\n\n{bold}(1) Apologies for absence.\n\nNone received.\n\n"
        f"{bold}(2) Declarations of interest.\n\nCouncillor Abbot declared an interest in "
        "item 3.\n\n"
        f"{bold}2. Winter Maintenance\n\nThe Cabinet approved the salt reserve.\n\n"
        f"{bold}3. School Transport\n\nThe report was noted.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1.1", "Apologies for absence"), ("1.2", "Declarations of interest"),
        ("2", "Winter Maintenance"), ("3", "School Transport")]


def test_parts_in_roman_figures_in_brackets_under_a_bare_bold_heading_are_its_items() -> None:
    """'5. Area Fund' in bold with no text of its own, then '(i) Grants paid', '(ii) Fund
    statement' and '(iii) Youth Club' in bold over their text: items 5.1 to 5.3."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "ELLMOUTH COUNTY COUNCIL\n\nMinutes of the Area Committee held on 15 September 2016\n\n"
        f"{bold}4. Minutes\n\nThe minutes were approved.\n\n{bold}5. Area Fund\n\n"
        f"{bold}(i) Grants paid\nThe four grants paid were endorsed.\n\n"
        f"{bold}(ii) Fund balance\nThe statement was received and noted.\n\n"
        f"{bold}(iii) Youth Club\nThe application was deferred.\n\n"
        f"{bold}6. Highways\n\nThe Chairman reported on lorry traffic.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "Minutes"), ("5.1", "Grants paid"), ("5.2", "Fund balance"),
        ("5.3", "Youth Club"), ("6", "Highways")]


def test_an_opening_heading_before_a_dash_keeps_its_text_past_a_colon() -> None:
    """'2. Correspondence – Letters received from residents since June: two about …': the
    heading minutes open with ends at its dash, though a colon comes later in the text."""
    (meeting,) = text_meetings(
        "Ellmouth Community Council – Minutes of Meeting 9th September 2020\n\n"
        "1. Apologies – Ann Abbot\n\n"
        "2. Correspondence – Letters received from residents since June: two about parking; "
        "one about the bus shelter. All noted.\n\n"
        "3. Finance – The balance stands at £812.40.\n\n"
        "4. Date of next meeting – Wednesday 14th October 2020\n")
    assert meeting.items[1].title == "Correspondence"
    assert meeting.items[1].text.startswith("Letters received from residents since June:")


def test_a_bold_numbered_line_in_a_chain_s_gap_keeps_its_words_as_its_title() -> None:
    """'2. No Declarations of Interest made' in bold, as every heading of the minutes is, does
    not read as a heading by its words, but filling the chain's gap it is one: its words are
    its title."""
    bold = HEADING_MARK
    (meeting,) = text_meetings(
        "Ellmouth Parish Council\n\nMinutes of the meeting held on 6 January 2014\n\n"
        f"{bold}1. No apologies for absence\n\n{bold}2. No Declarations of Interest made\n\n"
        f"{bold}3. Minutes of the last meeting\nThe minutes were agreed.\n\n"
        f"{bold}4. Correspondence\nA letter from the county council was noted.\n\n"
        f"{bold}5. Finance\nThe payments were approved.\n")
    assert meeting.items[1].title == "No Declarations of Interest made"


def test_a_paper_s_code_of_committee_date_and_number_is_no_title_word() -> None:
    """'Reports of Lead Members (Exec.14.5.2024/6) PDF 88 KB' on a meeting's page: the
    link's badge and the paper's code (the committee, the meeting's date, its number) are
    not the title; a '(Paper 4)' stays."""
    from indexer.parse.blocks import clean_title

    assert clean_title("Reports of Lead Members (Exec.14.5.2024/6) PDF 88 KB")[0] \
        == "Reports of Lead Members"
    assert clean_title("Budget Monitoring (Paper 4)")[0] == "Budget Monitoring (Paper 4)"


REPORTED = """Minutes of Tidwick Parish Council meeting on Tues. 4th March 2003 at 7.30pm

Present: Councillors Anne Gale (Chair), Bob Ives, Carol Orme and the Clerk Dan Pask.

1. Minutes of 4th February were approved and signed.

2. Items Reported.

Bus Shelter. Repairs booked for April (DP).

Village Sign. Cllr Ives reported that the sign had been repainted.

Grass Cutting. Contractor confirmed for the season (DP).

3. Correspondence.
List circulated and noted.
"""


def test_subjects_closed_by_a_stop_under_a_heading_with_no_text_are_its_items() -> None:
    [meeting] = text_meetings(REPORTED)
    assert [(i.number, i.title) for i in meeting.items][1:] == [
        ("2.1", "Bus Shelter"), ("2.2", "Village Sign"), ("2.3", "Grass Cutting"),
        ("3", "Correspondence")]
    [meeting] = text_meetings(REPORTED.replace("Village Sign. Cllr Ives", "Cllr. Ives"))
    assert "2.2" not in [i.number for i in meeting.items]


ALL_ONES = """Minutes of Meeting of the Parish Council held on Monday, 4 March 2024 at 7.30pm.

Present:

Cllr A Gale (Chair)

Cllr B Ives

1. To note apologies for absence

RESOLVED: To accept the apologies.

1. To approve the minutes of the Council meeting of 5 February 2024

RESOLVED: That the minutes be signed as a correct record.

1. To consider planning applications received

T/2024/0112 Single storey rear extension, 4 Mill Lane – no objection

T/2024/0131 Garage conversion, 9 Church Row – no objection

1. To receive the Clerk's report

NOTED

1. Date of next meeting

Monday 8 April 2024.
"""


def test_a_list_numbered_one_throughout_keeps_every_entry_beside_other_references() -> None:
    [meeting] = text_meetings(ALL_ONES)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "To note apologies for absence"),
        ("1", "To approve the minutes of the Council meeting of 5 February 2024"),
        ("1", "To consider planning applications received"),
        ("1", "To receive the Clerk's report"), ("1", "Date of next meeting")]


def test_a_list_the_clerk_restarted_at_1_goes_on_to_the_date_of_the_next_meeting() -> None:
    text = "\n\n".join([
        "Ashwell Parish Council", "Minutes of the meeting held on 16th May 2022",
        "Present: Cllrs Hobb, Tamlyn and Vosper", "1. Apologies – none received",
        "2. Declarations of Interest – none",
        "3. Minutes of the last meeting – approved and signed",
        "4. Planning reports", "22/00042/FULL Field access at Cross Lane – permission granted",
        "1. Reports", "Cllr Hobb said the litter pick had been very well supported.",
        "2. Finance", "The following payments were agreed: Clerk's salary £246.30.",
        "3. Village fete – Cllr Tamlyn reported that the stalls were booked.",
        "4. Date of next meeting – 25th July 2022 at 7.30pm in the Parish Hall",
    ])
    [meeting] = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items][3:] == [
        ("4", "Planning reports"), ("1", "Reports"), ("2", "Finance"), ("3", "Village fete"),
        ("4", "Date of next meeting")]


def test_a_resolution_s_clauses_numbered_again_from_1_are_not_items() -> None:
    text = "\n\n".join([
        "Ashwell Parish Council", "Minutes of the meeting held on 16th May 2022",
        "1. Apologies – none received", "2. Declarations of Interest – none",
        "3. Play Area", "RESOLVED:", "1. That the quotation of £4,100 be accepted.",
        "2. That the Clerk order the new swings.", "3. That the work be done in August.",
    ])
    [meeting] = text_meetings(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]


def test_a_heading_run_into_the_names_after_its_colon_ends_at_the_colon() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Pengarth Parish Council\n\nMinutes of Meeting of Pengarth Parish Council on\n\n"
        "Wednesday 7th November 2012 at 7.00\n\nPresent at Meeting: Councillors Cawsand (Chair), "
        "Gorran and Tregony.\n\n1.        Apologies: Councillor Penrose\n\n"
        "2.        Declarations of Interest: None received\n\n"
        "3.        Vision Zero: The Road Safety Strategy\n\nThe strategy was noted.\n\n"
        "4.        Date of Next Meeting: 5th December 2012\n")
    assert [i.title for i in meeting.items] == [
        "Apologies", "Declarations of Interest", "Vision Zero: The Road Safety Strategy",
        "Date of Next Meeting"]


def test_unnumbered_headings_closed_by_their_agenda_reference_are_the_items() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n"
        "Apologies for absence (Item 1)\n\nApologies were received from Cllr Polkinghorne, who was "
        "away on holiday this month.\n\nDeclarations of interest (Item 2)\n\nCllr Gorran "
        "declared an interest as a trustee of the hall.\n\nFinance (Item 3)\n\nThe Clerk "
        "presented the accounts and the payments were approved.\n\n"
        "Date of next meeting (Item 4)\n\nTuesday 14th November 2017.\n")
    assert [(i.agenda_ref, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Finance"),
        ("4", "Date of next meeting")]


def test_minutes_lettered_a_b_c_in_plain_type_with_no_numbers_above_are_the_items() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n"
        "a. Apologies for absence\nApologies were received from Cllr Polkinghorne, away.\n\n"
        "b. Declarations of interest\nCllr Gorran declared an interest as a hall trustee.\n\n"
        "c. Finance\nThe Clerk presented the accounts and the payments were approved.\n\n"
        "d. Date of next meeting\nTuesday 14th November 2017.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("a", "Apologies for absence"), ("b", "Declarations of interest"), ("c", "Finance"),
        ("d", "Date of next meeting")]


def test_the_clock_time_an_item_was_taken_is_not_part_of_its_title() -> None:
    (meeting,) = text_meetings(
        "PENGARTH TOWN COUNCIL\nAudit Committee\nMinutes of the meeting held on 15 November "
        "2023.\n\n41. Apologies for Absence (6:30 pm)\nNone were received this evening.\n\n"
        "42. Capital Programme Review (6.47pm)\nThe report was noted.\n\n"
        "43. Public Forum (15 minutes)\nNo members of the public were present.\n\n"
        "44. Urgent Business (7:50 p.m.)\nThere was none.\n")
    assert [i.title for i in meeting.items] == [
        "Apologies for Absence", "Capital Programme Review", "Public Forum (15 minutes)",
        "Urgent Business"]


def test_a_table_s_column_heading_on_the_row_of_an_item_s_title_is_no_part_of_it() -> None:
    (meeting,) = text_meetings(
        "PENGARTH YOUTH COUNCIL\nNotes of the meeting held on 9 May 2011.\n\n"
        "1.0 Introductions ACTIONS\nEveryone was welcomed to the first meeting.\n\n"
        "2.0 Skate Park Survey ACTIONS\nIt was agreed to run the survey in June.\n\n"
        "3.0 AOB AND DATE OF NEXT MEETING\nMonday 9 May 2011.\n")
    assert [i.title for i in meeting.items] == [
        "Introductions", "Skate Park Survey", "AOB AND DATE OF NEXT MEETING"]


def test_a_plural_honorific_s_stop_ends_no_heading() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 8th January 2001.\n\n"
        "12/01, Apologies were received from Cllrs. H. Gorran (away) and E. Tregony "
        "(unwell).\n\n13/01, Declarations of Interest – none.\n\n14/01, Finance\nThe accounts "
        "for December were approved for payment.\n")
    assert [i.title for i in meeting.items][-2:] == ["Declarations of Interest", "Finance"]
    assert not any(i.title.endswith("Cllrs") for i in meeting.items)


def test_headings_in_capitals_a_typist_closed_with_a_colon() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\nVILLAGE HALL CAR PARK:\n\n"
        "Cllr Tregony reported that the surface had been repaired last week.\n\nFINANCE:\n\n"
        "The Clerk presented the accounts and the payments were approved by all members.\n\n"
        "PLAY AREA INSPECTION:\n\nThe annual inspection found the swing chains worn.\n\n"
        "DATE OF NEXT MEETING:\n\nTuesday 14th November 2017 at 7.30pm.\n")
    assert [i.title for i in meeting.items] == [
        "VILLAGE HALL CAR PARK", "FINANCE", "PLAY AREA INSPECTION", "DATE OF NEXT MEETING"]


def test_a_private_part_numbered_again_from_one_under_its_heading_gives_its_items() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF THE MEETING OF POLVEAN PARISH COUNCIL HELD ON 3RD MARCH 2004\n\n"
        "1. APOLOGIES None.\n\n2. MINUTES The minutes were approved and signed.\n\n"
        "3. FINANCE The balance of £1,204.10 was noted.\n\n"
        "4. DATE OF NEXT MEETING Wednesday 7th April 2004.\n\n"
        "PART II - CONFIDENTIAL ITEMS\n\n"
        "The press and public were excluded for the following business.\n\n"
        "1. CLERK'S SALARY The Clerk's hours were reviewed and left unchanged.\n\n"
        "2. BOUNDARY HEDGE The hedge will be cut back in March.\n")
    assert [(i.number, i.title) for i in meeting.items][-3:] == [
        ("4", "DATE OF NEXT MEETING"), ("1", "CLERK'S SALARY"), ("2", "BOUNDARY HEDGE")]


def test_a_list_restarted_at_one_partway_keeps_the_items_before_the_restart() -> None:
    (meeting,) = text_meetings(
        "Minutes of the Meeting of Gorran Parish Council held on Monday 7th June 2004\n\n"
        "Present: Cllrs Rosevear (Chairman), Polvean, Tregony.\n\n"
        "  1. Apologies for Absence: Cllr Cawsand.\n"
        "  2. Declarations of interest: None.\n"
        "  3. Minutes: The minutes of the meeting of 10th May were signed.\n\n"
        "  1. Planning: No objection to 04/0112/FUL.\n"
        "  2. Finance: The payments were approved.\n"
        "  3. Footpaths: Cllr Polvean reported a fallen stile.\n"
        "  4. Date of next meeting: Monday 5th July 2004.\n")
    assert [i.title for i in meeting.items] == [
        "Apologies for Absence", "Declarations of interest", "Minutes", "Planning", "Finance",
        "Footpaths", "Date of next meeting"]


def test_an_agenda_before_minutes_that_open_with_apologies_is_no_part_of_them() -> None:
    from indexer.parse.chains import MEETING_OPENS

    assert MEETING_OPENS.match("Apologies for absence")
    assert MEETING_OPENS.match("To receive any declarations of interest")
    assert not MEETING_OPENS.match("Planning")


def test_a_label_with_a_colon_first_under_a_bare_numbered_heading_stays_inside_it() -> None:
    (meeting,) = text_meetings(
        "Minutes of the Meeting of Pentewan Parish Council held on Monday 3rd May 2004\n\n"
        "1. Apologies:\n\nCllr Gorran.\n\n2. Minutes:\n\nThe minutes were signed.\n\n"
        "3. Planning:\n\nApplications Received:\n\n04/0112/FUL 2 Church Lane. It was resolved "
        "to support the application.\n\nDecisions Received:\n\n04/0087/FUL 3 Mill Row. "
        "Granted.\n\n4. Finance:\n\nThe payments were approved.\n\n5. Date of next meeting:\n\n"
        "7th June 2004.\n")
    assert [i.title for i in meeting.items] == [
        "Apologies", "Minutes", "Planning", "Finance", "Date of next meeting"]
    assert meeting.items[2].decision == "resolved"


def test_minute_references_of_a_municipal_year_a_spaced_dash_and_a_running_number() -> None:
    (meeting,) = text_meetings(
        "Minutes of the Meeting of Trewin Parish Council\nHeld in Village Hall on Tuesday July "
        "19th 2022\n\n22/23 – 41\nApologies\nCllr Marwood\n\n22/23 – 42\nDeclarations of "
        "Interest\nNone.\n\n22/23 – 43\nApproval of minutes\nMinutes for June 21st: agreed.\n\n"
        "22/23 – 44\nDate of next meeting\nTuesday September 20th 2022.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("22/23 – 41", "Apologies"), ("22/23 – 42", "Declarations of Interest"),
        ("22/23 – 43", "Approval of minutes"), ("22/23 – 44", "Date of next meeting")]
    assert meeting.items[2].decision == "agreed"


def test_minute_numbers_then_a_spaced_dash_and_the_council_year() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF THE MEETING OF PENHOLT PARISH COUNCIL HELD ON THURSDAY 3RD NOVEMBER 2011\n\n"
        "88 – 11/12 PARISHIONERS ITEMS\n\nTwo residents reported flooding.\n\n"
        "89 – 11/12 APOLOGIES\n\nCouncillor Bone (holiday).\n\n"
        "90 – 11/12 POLICE MATTERS – Nothing to report\n\n"
        "91 – 11/12 FINANCE\n\nThe payments were approved.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("88 – 11/12", "PARISHIONERS ITEMS"), ("89 – 11/12", "APOLOGIES"),
        ("90 – 11/12", "POLICE MATTERS"), ("91 – 11/12", "FINANCE")]


def test_a_numbered_list_that_goes_on_as_dashes_after_its_last_number() -> None:
    (meeting,) = text_meetings(
        "Minutes of the Parish Council Meeting held in the Granary Room on 7th March 2011\n"
        "Present: Cllr J Edwin (Chair), Cllr T Ash, Cllr M Pell.\n"
        "41.To accept apologies for absence.\nCllr P Dunn (family commitment).\n"
        "42.Declarations of interest.\nNone were made.\n"
        "43.To Approve Minutes of 7th February 2011\nProposed by Cllr Ash seconded by Cllr Pell "
        "and unanimously approved.\n"
        "- Correspondence.\nThe list had been circulated prior to the meeting.\n"
        "- Neighbourhood Plan update.\nCllr Pell reported that the group had met twice.\n"
        "- Allotment rents 2011/12\nCllr Ash proposed an increase. The motion fell.\n"
        "- Date of next meeting\nMonday 4th April 2011.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("41", "To accept apologies for absence"), ("42", "Declarations of interest"),
        ("43", "To Approve Minutes of 7th February 2011"), ("", "Correspondence"),
        ("", "Neighbourhood Plan update"), ("", "Allotment rents 2011/12"),
        ("", "Date of next meeting")]


def test_points_listed_as_dashes_inside_the_last_item_stay_in_it() -> None:
    (meeting,) = text_meetings(
        "Minutes of the Parish Council Meeting held in the Granary Room on 7th March 2011\n"
        "1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Police report\nPC Hale reported:\n"
        "- Two sheds were broken into in Mill Lane\n- Speeding on the Green\n"
        "- A bike was stolen from the station\n")
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


def test_glued_references_with_decimal_parts_and_a_supplementary_mark() -> None:
    (agenda,) = text_meetings(
        "Trewin Parish Council\nSupplementary Agenda\nMeeting to be held on Monday 11th October "
        "2004 at 7.30pm\n107/04Minutes of previous meeting\nTo approve the minutes of 13th "
        "September 2004\n108/04Progress Reports\n108.1Bourne Lane Landfill\nTo receive the "
        "Clerk's report\n108.2Village Hall Car Park\nTo note the resurfacing date\n108.3(S) Bus "
        "Shelter, Kings Road\nTo consider the insurer's offer\n109/04Planning\nTo consider "
        "applications\n110/04(S) Remembrance Sunday\nTo agree the arrangements\n111/04Date of "
        "next meeting\nMonday 8th November 2004\n")
    assert [(i.number, i.title) for i in agenda.items] == [
        ("107/04", "Minutes of previous meeting"), ("108.1", "Bourne Lane Landfill"),
        ("108.2", "Village Hall Car Park"), ("108.3", "Bus Shelter, Kings Road"),
        ("109/04", "Planning"), ("110/04", "Remembrance Sunday"),
        ("111/04", "Date of next meeting")]


def test_next_meeting_with_its_date_is_the_stub() -> None:
    from tests.fixtures.minutes import html_meetings

    (meeting,) = html_meetings(
        "<html><body><h2>Trewin Parish Council</h2><p>Parish Council Meeting<br>held - Tuesday "
        "March 18th 2003 in the Reading Room.</p><p>Councillors Hugh Bath (Chair), Carol Wray, "
        "John Reeve and 4 parishioners</p><p>1.Apologies:<br>None.<br>2.Planning:<br>The Council "
        "agreed to support the application.<br>3. Next meeting Tuesday May 20th 2003 at 7.30pm"
        "</p></body></html>")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Planning"), ("3", "Next meeting")]
    assert "May 20th 2003" in meeting.items[-1].text


def test_a_heading_closed_by_a_stop_and_a_dash_runs_into_its_text() -> None:
    """'8. Planning. - 17/00389/FUL, Low Garth, …': the heading ends at its stop; a dash, not
    a capital, opens its text (an application's reference, the next meeting's date)."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Minutes of the Parish Council Meeting held on Wednesday 17th May 2017\n\n"
        "Present: Councillors Lumley, Coverdale and Scaife\n\n"
        "1. Apologies for Absence. - None.\n\n"
        "2. Finance. - The Treasurer presented the accounts, which were approved.\n\n"
        "3. Planning. - 17/00389/FUL, Low Garth, single storey rear extension. No objections.\n\n"
        "4. Date of next meeting. - Wednesday 12th July 2017.\n")
    assert [item.title for item in meeting.items] == [
        "Apologies for Absence", "Finance", "Planning", "Date of next meeting"]


RUN_IN_AUTHORITY = "\n\n".join((
    'Minutes Full Authority',
    'Date: 25 June 2021',
    'Present: Councillor A Polvean (Chair), Gorran, Rosevear and Tregony',
    '1 Appointment of Chair RESOLVED',
    'That Councillor Ann Polvean be appointed as Chair of the Authority for the 2021 – 22 '
    'year.',
    '2 Admission of the public The meeting determined that there were no items which required'
    ' the exclusion of the public and press.',
    '1 3 Declarations of interest There were no declarations of disclosable pecuniary '
    'interest in any matter under discussion at the meeting.',
    '4 COVID-19 – Service response and recovery The Chief Fire Officer gave a presentation on'
    " the Service's response to the pandemic, including the arrangements for remote working, "
    'the supply of personal protective equipment and the effect on operational availability.',
    'RESOLVED',
    'That the presentation be noted.',
    '5 Annual report on the Integrated Risk Management Plan 2020 – 21 The Director of Service'
    ' Delivery submitted a report on progress against the actions in the plan over the year '
    'and the work still to be done.',
    '2 6 Appointments to outside bodies 2021 – 22 RESOLVED',
    'That the appointments be approved as set out in the report.',
    "7 Chair's announcements The Chair thanked the staff of the Service for their work.",
    '8 Date of next meeting It was noted that the next meeting would be held on 24 September '
    '2021.',
))


def test_a_text_dumps_run_in_headings_beside_labels_and_page_numbers() -> None:
    """A document site's text of printed minutes: long headings run into the sentence that
    opens with 'The …', a year's range ('2020 – 21') inside them, 'RESOLVED' printed beside a
    heading, and a page's number run into the next item's ('1 3 Declarations …')."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(RUN_IN_AUTHORITY)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Appointment of Chair"), ("2", "Admission of the public"),
        ("3", "Declarations of interest"), ("4", "COVID-19 – Service response and recovery"),
        ("5", "Annual report on the Integrated Risk Management Plan 2020 – 21"),
        ("6", "Appointments to outside bodies 2021 – 22"), ("7", "Chair's announcements"),
        ("8", "Date of next meeting")]
    assert meeting.items[0].decision == "resolved"


def test_decisions_numbered_by_minute_and_year_in_full_over_sentences_in_capitals() -> None:
    """'01-2020' alone on its line, its decision under it ('… it was RESOLVED that …'): each
    numbered row of a record of decisions taken by e-mail is an item, untitled."""
    from tests.fixtures.minutes import html_meetings

    rows = "".join(f"<p>{number}</p><p>{text}</p>" for number, text in (
        ("01-2020", "With the approval of all members, it was RESOLVED that decisions be taken "
                    "by e-mail until a meeting can be held."),
        ("02-2020", "Following Government guidelines, it was RESOLVED that the play area remain "
                    "closed."),
        ("03-2020", "Cllr Pellow asked whether the subscription should be renewed. It was "
                    "RESOLVED to renew it for 2020/21."),
        ("04-2020", "The next exchange of e-mails will take place in June 2020.")))
    (meeting,) = html_meetings(
        "<html><body><h1>Record of e-mail decisions, May 2020</h1>"
        "<p>Lanreath Parish Council</p><p>Comments received from: Cllrs Pellow, Gorran and "
        f"Tregony.</p>{rows}</body></html>")
    assert [item.number for item in meeting.items] == ["01-2020", "02-2020", "03-2020",
                                                        "04-2020"]
    assert [item.decision for item in meeting.items[:3]] == ["resolved"] * 3


def test_subjects_closed_by_a_colon_on_lines_of_their_own_over_their_text() -> None:
    """A village page's report of its council: 'Street Lighting:' on a line of its own, the
    minute on the lines under it with no blank line between; 'Present:' lists, and a share
    button's 'Share this:' over a link or two heads nothing."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Parish Council Meeting, 7.30pm, Thursday, 13th November 2003\n\n"
        "Present: R Polvean (Chairman), M Gorran, J Tregony. Mrs E Lanyon (Clerk).\n\n"
        "Footpath at Mill Lane:\nJohn Tregony reported that the stile had been broken again. "
        "The Clerk was asked to report it.\n\n"
        "Street Lighting:\nTwo quotations had been received. It was agreed to accept the "
        "lower one.\n\n"
        "Planning:\n03/1462 Conservatory, 4 The Green - no objection.\n\n"
        "Date of Next Meeting:\nThursday 11th December 2003 at 7.30pm.\n\n"
        "Share this:\nTwitter\n")
    assert [item.title for item in meeting.items] == [
        "Footpath at Mill Lane", "Street Lighting", "Planning", "Date of Next Meeting"]


def test_subjects_closed_by_a_colon_over_their_bulleted_minutes() -> None:
    """'Police Report:' over '- PC Rowe reported …' bullets: each subject is an item; a list's
    label over short bulleted entries ('Roles agreed:' / '- Roads Lead - Jo Bell') is not."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "MINUTES OF MEETING OF THE GLENMUIR COMMUNITY COUNCIL HELD IN THE HALL\n"
        "THURSDAY 6th March 2008\n\n"
        "Present: Ann Laird (AL) - Chair, Tom Reid (TR) - Secretary\n\n"
        "Police Report:\n"
        "- PC Rowe reported a break-in at the bowling club and damage to its fence.\n"
        "- Speeding on the High Street had been reported again by several residents.\n\n"
        "Roles agreed:\n"
        "- Roads Lead - Tom Reid\n"
        "- Paths Lead - Ann Laird\n\n"
        "Village Hall Roof:\n"
        "- TR reported that the builder would start the repairs to the hall roof in April.\n"
        "- Half of the cost of the work is to come from the hall reserves fund.\n")
    assert [item.title for item in meeting.items] == ["Police Report", "Village Hall Roof"]


def test_bold_lettered_parts_closed_by_a_stop_under_an_empty_heading_are_its_items() -> None:
    html = ("<html><body><h1>Coldridge Parish Council</h1><p>Minutes of the meeting held on "
            "10th March 2025.</p><p>Present: Cllrs Luscombe, Penrose and Yeo.</p>"
            "<p><strong>105/03/25. Matters arising.</strong></p><p>None.</p>"
            "<p><strong>106/03/25. Planning</strong></p>"
            "<p><strong>a) Applications received for comment.</strong></p>"
            "<p>Comment: the council supports the proposal.</p>"
            "<p><strong>b) District Council decisions.</strong></p>"
            "<p>One approval was noted.</p>"
            "<p><strong>107/03/25. Correspondence.</strong></p><p>None.</p></body></html>")
    (meeting,) = html_meetings(html)
    assert [i.title for i in meeting.items] == [
        "Matters arising", "Applications received for comment", "District Council decisions",
        "Correspondence"]


def test_lettered_rows_of_a_table_saved_with_slashes_under_an_empty_heading_are_its_items(
) -> None:
    (meeting,) = text_meetings(
        "Minutes of the Board meeting held on 12th July 2017\n\n"
        "Present: Duncan Entwistle (Chair), Adrian Horrocks.\n\n"
        "6. / Chief Executive's Report\n"
        "Duncan Entwistle presented the report on the quarter's work.\n\n"
        "7. / Finance\n"
        "(a) / Management Accounts to 31st May 2017\n"
        "Adrian Horrocks presented the management accounts.\n"
        "Resolved: That the management accounts be noted.\n"
        "(b) / Reserves Policy\n"
        "Adrian Horrocks explained the revised policy.\n"
        "Resolved: That the revised Reserves Policy be approved.\n\n"
        "8. / Enter and View Programme 2017/18\n"
        "Resolved: That the programme be approved.\n")
    assert [i.title for i in meeting.items] == [
        "Chief Executive's Report", "Management Accounts to 31st May 2017", "Reserves Policy",
        "Enter and View Programme 2017/18"]


def test_running_minute_references_after_a_list_s_numbers_number_the_minutes() -> None:
    html = ("<html><body><p>Minutes of the Parish Council "
            "Meeting held on 6th November 2017 at 7.00pm in the Village Hall</p>"
            "<p>Present: Cllr Coles (Chairman), Cllr Lumb, Cllr Tilley</p><ol>"
            "<li><b>Welcome</b><p>The Chairman welcomed everyone.</p></li>"
            "<li><b>2017/112 Declarations of Interest</b><p>Cllr Lumb declared an interest."
            "</p></li><li><b>2017/113 Public Consultation</b><p>Mr Pike asked about the finger "
            "post.</p></li><li><b>2017/114 Minutes</b><p>The minutes were agreed.</p></li>"
            "<li><b>2017/115 Footpaths</b><p>The report had been circulated.</p></li></ol>"
            "</body></html>")
    (meeting,) = html_meetings(html)
    assert [(i.number, i.title) for i in meeting.items][1:] == [
        ("2017/112", "Declarations of Interest"), ("2017/113", "Public Consultation"),
        ("2017/114", "Minutes"), ("2017/115", "Footpaths")]


@pytest.mark.parametrize("mark", ["", "• ", "1. "])
def test_minutes_numbered_as_minute_number_with_or_without_a_list_s_mark(mark: str) -> None:
    """'Minute Number 1107/19 – To receive apologies': the word before a minute's reference, a
    pasted list's bullet or one-entry '1.' before that."""
    text = "KELBY PARISH COUNCIL\n\nMinutes of the Meeting of the Parish Council held on " \
        "Monday 9th July 2018 at 7.30pm\n\nPresent: Cllr Ash (Chair), Cllr Bell\n\n" + "\n\n".join(
            f"{mark}Minute Number 11{n}/19 – {title}\n\nThe council discussed the matter at "
            "length and agreed to return to it at the September meeting." for n, title in [
                (41, "To receive apologies"), (42, "Declarations of Interest"),
                (43, "Public Speaking"), (44, "Correspondence")])
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1141/19", "To receive apologies"), ("1142/19", "Declarations of Interest"),
        ("1143/19", "Public Speaking"), ("1144/19", "Correspondence")]


def test_points_numbered_again_under_each_capitals_heading_leave_the_headings_the_items() -> None:
    """A village page's minutes: headings in capitals, each with its points '1)', '2)' … that
    start again under the next heading, each point a paragraph with nothing under it."""
    sections = {
        "MATTERS ARISING": ["Drains. Mr Ash said the County would jet the drains in the lane "
                            "before Christmas.",
                            "Grit bin at the hill still not refilled. Mrs Bell to chase."],
        "HIGHWAYS": ["Potholes – reported again on the main road, no date for repair yet.",
                     "Verge at the hill – the Clerk to write to the Highways Manager. Carried "
                     "unanimously.",
                     "Lengthsman – ditch clearing on the lane completed."],
        "CORRESPONDENCE": ["Parish newsletter", "County Council winter gritting routes",
                           "Police rural crime bulletin"],
        "ANY OTHER BUSINESS": ["Footpath sign – Mrs Bell reported that the sign at the stile "
                               "had been knocked down.",
                               "Wreath – the Council to give £20 towards it. Agreed."],
    }
    text = "Minutes of Kelby Parish Council meeting held on Monday 13th October 2008 at " \
        "7.30pm in the Village Hall\n\nATTENDED BY: Mr J Ash (Chairman), Mrs R Bell, Mr C " \
        "Cole\n\n" + "\n\n".join(
            f"{head}\n\n" + "\n\n".join(f"{n}) {point}" for n, point in enumerate(points, 1))
            for head, points in sections.items()) + "\n\nDATE OF NEXT MEETING\n\n10th November."
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles == [*sections, "DATE OF NEXT MEETING"]


def test_initials_before_names_in_a_roster_are_no_lettered_items() -> None:
    """'J. Ash  Parish Councillor', 'R. Bell  …', 'T. Cole  …': initials skip through the
    alphabet, as a lettered list ('A.', 'B.', 'C.') never does."""
    text = "\n\n".join([
        "Kelby Parish Council", "Minutes of the Parish Council Meeting held online at 19.00 "
        "Wednesday 7th April 2021",
        "    J. Ash          Parish Councillor & Chairman.",
        "    R. Bell         Parish Councillor", "    T. Cole         Clerk.",
        "The Chair opened the meeting and welcomed everyone to the first meeting held online.",
        "The minutes of the March meeting were tabled, read and accepted as a true record.",
        "It was agreed to hold the Annual Parish Meeting on Tuesday 25th May if rules allow."])
    assert not any(item.number in {"J", "R", "T"} for item in text_meetings(text)[0].items)


def test_headings_set_apart_twice_outnumbering_the_opening_labels_are_the_items() -> None:
    """'Meeting Commenced: 19.00', 'Apologies: Mr A Kewley' and 'Meeting Closed: 20.30' open
    and close a record whose items are headings set apart as paragraphs of their own."""
    from tests.fixtures.minutes import text_meetings

    heads = ["Approval of the previous minutes", "Matters arising", "Planning",
             "Street Lighting", "Footpaths", "Bus Shelter", "Finance", "Any Other Business"]
    body = "\n\n".join(f"{head}\n\nThe Board discussed the {head.lower()} and the Clerk "
                       f"reported on progress since the last meeting." for head in heads)
    (meeting,) = text_meetings(
        "Minutes of the Ordinary Meeting of Ballacrane Commissioners Wednesday 5 March 2014\n\n"
        "Meeting Commenced: 19.00\n\nPresent: Mrs E Kinvig, Mr T Cain, Mr P Kneale\n\n"
        "Apologies: Mr A Kewley\n\nIn Attendance: Mr J Quine – Clerk\n\n"
        f"{body}\n\nMeeting Closed: 20.30\n")
    assert [item.title for item in meeting.items] == heads


def test_an_agenda_reference_with_the_clerks_note_leaves_the_title() -> None:
    """'SLIPWAY REPAIRS (Agenda item 5, taken first)': the agenda's reference and why it was
    taken early are no part of the title."""
    from tests.fixtures.minutes import html_meetings

    heads = ["MINUTES", "SLIPWAY REPAIRS (Agenda item 5, taken first)", "FINANCE",
             "CORRESPONDENCE"]
    body = "".join(f"<p><b>{head}</b></p><p>{1701 + k}. The Commissioners considered the "
                   f"matter and the Clerk reported on it.</p>" for k, head in enumerate(heads))
    (meeting,) = html_meetings(
        "<html><body><p><b>PORTHMAWR HARBOUR COMMISSIONERS</b></p>"
        "<p><b>BOARD MEETING HELD ON 2 MARCH 2005</b></p>"
        f"<p><b>PRESENT</b></p><p>Mr T Vaughan (in the Chair), Mr W Price.</p>{body}"
        "</body></html>")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1701", "MINUTES"), ("1702", "SLIPWAY REPAIRS"), ("1703", "FINANCE"),
        ("1704", "CORRESPONDENCE")]


def test_a_heading_run_into_its_proposer_and_seconder_ends_before_them() -> None:
    """'2) Minutes of the last meeting proposed by Cllr Pratt and seconded by Cllr Gill': the
    heading, then its decision; a notice of motion keeps its mover and seconder."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Minutes March 2010\n\nPresent: Cllr Ash (Chairman), Cllr Pratt, Cllr Gill\n\n"
        "1) Apologies for absence were received from Cllr Moss\n\n"
        "2) Minutes of the last meeting proposed by Cllr Pratt and seconded by Cllr Gill\n\n"
        "3) Precept – a precept of £2,750 was proposed by Cllr Pratt and seconded by Cllr Gill, "
        "all in favour.\n\n"
        "4) Notice of Motion proposed by Cllr Ash, seconded by Cllr Gill – that the Council "
        "adopt a tree policy. Carried.\n\n"
        "5) Date of next meeting – Thursday 8th April 2010\n")
    assert [item.title for item in meeting.items][1:4] == [
        "Minutes of the last meeting", "Precept",
        "Notice of Motion proposed by Cllr Ash, seconded by Cllr Gill"]
    assert meeting.items[1].decision == "agreed"


CODED_ITEMS = """Minutes of Ordinary Council Meeting held on 10 March 2026

Present: Cr Ann Lee, Cr Bob Quill, Cr Jo Dunne

M0326(1) Item 1 Mayoral Minute: Library Centenary

THAT Council mark the centenary with an open day.

M0326(1) Item 2 Rates Collection to 28 February 2026

THAT the report be received and noted.

M0326(1) Item 3 Stormwater Levy Review

The Director outlined the levy.
"""


def test_a_meeting_s_code_repeated_before_each_item_label_is_no_part_of_its_heading() -> None:
    (meeting,) = text_meetings(CODED_ITEMS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Mayoral Minute: Library Centenary"), ("2", "Rates Collection to 28 February 2026"),
        ("3", "Stormwater Levy Review")]


APPLICATIONS_BELOW = """Planning Committee - Wednesday, 3rd March, 2021 2.00 pm

Present: Councillor J Wray (Chair), Councillor T Garside

Items

No. Item

14.

Apologies for Absence

Minutes:

None.

15.

Applications for Determination pdf icon PDF 80 KB

Minutes:

The Committee determined the applications below.

15.1

2021/0317/FUL - Barn at Lower Cross, Tanners Lane, Westow pdf icon PDF 512 KB

Minutes:

RESOLVED: That the application be GRANTED.

15.2

5/2021/0422 - Garage Court, Bell Street, Kirkby Fold pdf icon PDF 1 MB

Minutes:

Consideration of the application was deferred.

16.

Appeal Decisions

Minutes:

The Committee noted the appeal decisions.
"""


def test_applications_a_sentence_introduces_below_are_items_under_their_own_numbers() -> None:
    (meeting,) = text_meetings(APPLICATIONS_BELOW)
    assert [item.number for item in meeting.items] == ["14", "15", "15.1", "15.2", "16"]
    assert meeting.items[2].title.startswith("2021/0317/FUL - Barn at Lower Cross")


def test_the_agendas_words_set_in_bold_over_each_minute_are_its_headings_stop_and_all() -> None:
    page = ("<html><body><main><h2>Meeting of the Allotment Sub-Committee held on Monday 9th "
            "October 2023</h2><p><b>Present:</b> Cllr Tolley (Chair), Cllr Amberley.</p>"
            "<p><b>To elect a chair for the year.</b></p><p>RESOLVED that Cllr Tolley chair it."
            "</p><p><b>To receive apologies and consider the reasons given for them.</b></p>"
            "<p>RESOLVED to accept the apologies of Cllr Rees (holiday).</p>"
            "<p><b>To confirm the notes of the meeting of 4th June 2023.</b></p>"
            "<p>RESOLVED that the notes be confirmed as minutes.</p>"
            "<p><b>To consider new fencing for the Mill Lane plots.</b></p>"
            "<p>The Clerk will ask two firms to quote.</p></main></body></html>")
    (meeting,) = html_meetings(page)
    assert [item.title for item in meeting.items] == [
        "To elect a chair for the year",
        "To receive apologies and consider the reasons given for them",
        "To confirm the notes of the meeting of 4th June 2023",
        "To consider new fencing for the Mill Lane plots"]


THREE_LEVELS = """MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 18 OCTOBER 2018

9. CONFIRMATION OF MINUTES
The minutes of the meeting held on 20 September 2018 were confirmed.

10. OFFICERS' REPORTS

10.1 TREASURY

10.1.1 Schedule of Payments
The schedule of payments was endorsed.

10.1.2 Budget Position at 30 September 2018
The budget position was received.

10.2 ENGINEERING

10.2.1 Roller Purchase
The quotation of Downs Machinery was accepted.

11. CLOSE
The meeting closed at 3.05pm.
"""


def test_a_section_s_bare_sub_sections_give_way_to_their_own_numbered_parts() -> None:
    (meeting,) = text_meetings(THREE_LEVELS)
    assert [item.number for item in meeting.items] == ["9", "10.1.1", "10.1.2", "10.2.1", "11"]


def test_an_outcome_after_a_heading_s_dash_is_the_minute_not_the_title() -> None:
    text = ("Minutes of the Annual General Meeting held on 9th June 2012\n\n"
            "Present: Mrs G Hollis (Chairman), Mr P Dunstan, Mr D Ferrier.\n\n"
            "1. Apologies – none.\n\n"
            "2. Notes of the last AGM (Haxby, 02.05.11) – read and approved.\n\n"
            "3. Audited accounts for 2011/12 – adopted. Balance in hand £612.40.\n\n"
            "4. Election of Officers – carried 6 for, 2 against.\n\n"
            "5. Any Other Business\n\nMr Ferrier thanked the Chairman for her work over the year "
            "and the meeting closed at 9pm.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items][1:] == [
        "Notes of the last AGM (Haxby, 02.05.11)", "Audited accounts for 2011/12",
        "Election of Officers", "Any Other Business"]


def test_a_minute_number_with_the_council_year_after_it_keeps_the_year_out_of_the_title() -> None:
    text = """Holmbrook Parish Council
Minutes of the meeting held on Tuesday 14th November 2017 at 7.15pm.

Present: Councillors Dale (Chair), Kemp and Reeve.

112. 17-18 Apologies

Cllr. Lowe sent apologies.

113. 17-18 Planning

5. 10-12 Mill Lane, rear extension: no objection.

114. 17-18 Date of next meeting

Tuesday 12th December 2017.
"""
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("112. 17-18", "Apologies"), ("113. 17-18", "Planning"),
        ("114. 17-18", "Date of next meeting")]
    assert "10-12 Mill Lane" in items[1].text


def test_lettered_parts_in_capitals_run_into_their_minutes_are_the_headings_items() -> None:
    """'5. MATTERS ARISING' / '(a) NOTICEBOARD – The Clerk reported …' / '(b) …': a heading with
    no text of its own over lettered parts, each a heading in capitals run into its minute."""
    (meeting,) = text_meetings(
        "Minutes of the Hobley Parish Council meeting held on Wednesday 6th April 2016\n"
        "Present: Councillors A Lane (Chair), B Moss.\n"
        "1. APOLOGIES FOR ABSENCE - None.\n2. MINUTES - The minutes were signed.\n"
        "3. MATTERS ARISING\n(a) NOTICEBOARD – The Clerk reported that the frame was mended.\n"
        "(b) BUS SHELTER – Members agreed to ask for a new roof.\n"
        "(c) GRIT BIN – The bin has been refilled by the county.\n"
        "4. CORRESPONDENCE – All noted.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "MINUTES"), ("3(a)", "NOTICEBOARD"),
        ("3(b)", "BUS SHELTER"), ("3(c)", "GRIT BIN"), ("4", "CORRESPONDENCE")]


def test_glued_references_of_the_council_s_year_a_dash_and_a_running_number() -> None:
    (record,) = text_meetings(
        "Tresayle Parish Council\n\nMinutes of the Tresayle Parish Council Meeting held on "
        "Monday 6th March 2017 at 7pm\n\nPresent: Cllrs A Rowe (Chairman), B Jory\n\n"
        "16/17 – 201To receive apologies\n\nNone were received.\n\n"
        "16/17 - 202Declarations of Interest\n\nNone.\n\n"
        "16/17 – 203Highways:\n\nThe Clerk reported a pothole.\n\n"
        "16/17 – 204Date of next meeting\n\nMonday 3rd April 2017\n")
    assert [(i.number, i.title) for i in record.items] == [
        ("16/17 – 201", "To receive apologies"), ("16/17 - 202", "Declarations of Interest"),
        ("16/17 – 203", "Highways"), ("16/17 – 204", "Date of next meeting")]


def test_running_numbers_after_headings_in_capitals_number_the_minutes() -> None:
    # A district's minutes print each minute's running number after its heading; typed as one
    # paragraph by a document site, the numbers still part the items.
    body = ("APOLOGIES 412 Apologies were received from Councillor Vivian. "
            "DECLARATIONS OF MEMBERS' INTERESTS 413 Councillor Tamblyn declared an interest. "
            "MINUTES 414 The Minutes of the meeting held on 17 August 2006 were approved. "
            "APPLICATION 06/0611/FUL – LAND AT MILL LANE – 14 DWELLINGS 415 The officer "
            "presented the report. RESOLVED that permission be granted. "
            "APPEALS 416 Members noted the report on three appeals.")
    for text in (body, body.replace(". ", ".\n\n")):
        (meeting,) = text_meetings("PENGARTH DISTRICT COUNCIL MINUTES OF THE MEETING OF THE "
                                   "PLANNING COMMITTEE HELD ON THURSDAY 14 SEPTEMBER 2006\n\n"
                                   + text + "\n", "wrensworth/planning.txt")
        assert [(i.number, i.title) for i in meeting.items] == [
            ("412", "APOLOGIES"), ("413", "DECLARATIONS OF MEMBERS' INTERESTS"),
            ("414", "MINUTES"), ("415", "APPLICATION 06/0611/FUL - LAND AT MILL LANE – 14 "
                                        "DWELLINGS"), ("416", "APPEALS")]


def test_a_year_first_reference_set_after_its_heading_numbers_the_minute() -> None:
    (meeting,) = text_meetings(
        "Minutes of a meeting held on Thursday 24th September 2009 in the Village Centre\n\n"
        "Correspondence\t2009/377\nA letter from the County was read out to the meeting.\n\n"
        "Planning\t2009/378\nNo objection to P/2009/0614 was raised.\n\n"
        "Finance\t2009/379\nThe cheques were signed by two members.\n\n"
        "Play Area\t2009/380\nA chain is to be ordered by the Clerk.\n", "helyg/minutes.txt")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2009/377", "Correspondence"), ("2009/378", "Planning"), ("2009/379", "Finance"),
        ("2009/380", "Play Area")]


def test_sections_numbered_only_by_their_parts_carry_the_outline_on() -> None:
    (meeting,) = text_meetings(
        "Minutes of the meeting of Carnhill District Council held on 16 December 2015\n\n"
        "1 Apologies\n\nThere were no apologies.\n\n2 Leave of absence\n\nNone was sought.\n\n"
        "3 Conflict of Interest\n\nNone declared.\n\n4 Public Forum\n\nMr Symons spoke.\n\n"
        "5 Urgent Items\n\nThere were none.\n\n6 Confirmation of Minutes\n\n"
        "Moved Cr Tonkin, seconded Cr Hosking and resolved: That the minutes be confirmed.\n\n"
        "Reports - Policy and Strategy\n\n7.1 Dog Control Policy\n\nThe report was received.\n\n"
        "7.2 District Plan Change 7\n\nThe report was received.\n\n"
        "Reports - Operations\n\n8.1 Water Supply Upgrade\n\nThe contract was awarded.\n\n"
        "8.2 Management Report\n\nThe report was received.\n", "karewhiti/council.txt")
    assert [i.number for i in meeting.items] == [
        "1", "2", "3", "4", "5", "6", "7.1", "7.2", "8.1", "8.2"]


def test_a_file_code_closing_a_heading_is_no_part_of_its_title() -> None:
    """'Register of Demands (602-401)', '… Approving Officer (File: 0540-01)': the council's
    file codes; a year's span in brackets ('(2008-09)') is the subject's own."""
    (meeting,) = text_meetings(
        "Minutes of the meeting of the Port Ossick City Council held on 2 December 2008\n\n"
        "Present: Mayor Tamsin, Councilmember Cresswold\n\n"
        "1. Approval of Minutes (301-201)\n\nApproved as presented.\n\n"
        "2. Appointment of Approving Officer (File: 0540-01)\n\nThe appointment was approved.\n\n"
        "3. Mid-Year Budget (2008-09)\n\nReceived and filed.\n")
    assert [item.title for item in meeting.items] == [
        "Approval of Minutes", "Appointment of Approving Officer", "Mid-Year Budget (2008-09)"]


def test_lettered_paragraphs_run_in_under_several_sections_are_their_parts() -> None:
    """'5. Planning:' / 'a) Hill Barn, Top Road: Conversion …' / 'b) 3 Mill Close: …', and
    the same under '6. Highways:': each lettered paragraph, its subject closed by a colon, is
    an item numbered under its section; under one section alone they stay its points."""
    minutes = ("Minutes of the Parish Council Meeting held on Tuesday 5th March 2024\n\n"
               "Present: Cllrs Ash, Birch, Cole\n\n1. Apologies: None.\n\n"
               "2. Planning:\n\na) Hill Barn, Top Road: Conversion of a stable block. "
               "No objection.\n\nb) 3 Mill Close: Two storey extension. The Council objected."
               "\n\n3. Highways:\n\na) Speed Watch: Four sessions were held.\n\n"
               "b) Drains: All clear at present.\n\n4. Date of next meeting: 2nd April.\n")
    (meeting,) = text_meetings(minutes)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"), ("2.1", "Hill Barn, Top Road"), ("2.2", "3 Mill Close"),
        ("3.1", "Speed Watch"), ("3.2", "Drains"), ("4", "Date of next meeting")]
    single = minutes.replace("3. Highways:\n\na) Speed Watch: Four sessions were held.\n\n"
                             "b) Drains: All clear at present.\n\n", "3. Highways: None.\n\n")
    (meeting,) = text_meetings(single)
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4"]


def test_headings_all_numbered_one_keep_a_short_list_numbered_inside_one_of_them() -> None:
    """A word processor's list whose numbering was lost on printing: every heading '1.', and
    under one of them a list of outside bodies numbered 1, 2, 3. The headings are the items;
    the short list is the text of its own."""
    text = ("Minutes of the Annual Parish Council Meeting held on Wednesday 17 May 2023 at 6pm.\n"
            "Present: Cllr P Hartley, Cllr Mrs J Everatt, Cllr R Clayworth\n\n"
            "1. Election of the Chairman: Cllr P Hartley was proposed, seconded and elected.\n\n"
            "1. Election of a Vice Chairman: It was resolved that Cllr Mrs Everatt be Vice-Chair.\n"
            "\n1. Confirmation of the appointment of representatives to outside bodies:\n"
            "It was proposed, seconded and resolved to appoint the following,\n"
            "1. Feoffee Charity - Cllr Mrs Holroyd.\n2. Village Hall Committee - Cllr Brock.\n"
            "3. County Association of Local Councils - Cllr Clayworth.\n\n"
            "1. Apologies and reasons for absence – None; all members present.\n\n"
            "1. Minutes of the meeting held on 19 April 2023: It was resolved that the minutes be "
            "signed.\n\n1. Planning: 23/0561/HOUSE – rear extension, 12 Fen View – no objection.\n"
            "\n"
            "1. Date of the next meeting: Wednesday 21 June 2023 at 6pm.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Election of the Chairman", "Election of a Vice Chairman",
        "Confirmation of the appointment of representatives to outside bodies",
        "Apologies and reasons for absence", "Minutes of the meeting held on 19 April 2023",
        "Planning", "Date of the next meeting"]
    assert "Feoffee Charity" in meeting.items[2].text



def test_a_heading_run_into_a_sentence_ends_where_the_sentence_opens_before_its_colon() -> None:
    """'8. Finance The following cheques were approved: Clerk's salary …': a docsite's text lost
    the heading's bold; the heading ends where its sentence opens, not at the colon."""
    lines = [Line("8.  Finance The following cheques were approved: Clerk's salary £248.16; "
                  "Village Hall hire £14.00.", 1), Line("", 1)]
    header = numbered_at(lines, 0, len(lines))
    assert header is not None and (header.number, header.title) == ("8", "Finance")
    assert header.first_body.startswith("The following cheques were approved: Clerk's salary")


def test_an_agenda_listed_inline_heads_the_minutes_under_it() -> None:
    """'Agenda: Ditches, Culvert, Funding, AOB', then each entry on a line of its own over its
    minute: the entries are the items, and a list numbered under 'Ditches' is its text."""
    text = ("Minutes: Meeting held Wednesday 16th May 2018\n\n"
            "Attendees: Colin Marsh, Ruth Ellery, Dev Sharma\n\nApologies: Maureen Sayle\n\n"
            "Agenda: Ditches, Culvert, Funding, AOB\n\n"
            "Ditches\nMake a list of priority areas for maintenance\n\n"
            "  1. Mill Lane (Pell Farm to the ford) – Colin Marsh\n  2. Chapel Row – Ruth Ellery\n"
            "  3. Tanyard Lane – Dev Sharma\n\n"
            "Culvert\nDev reported that the culvert grille was half blocked with silt again.\n\n"
            "Funding\nOwen reported that the parish council had agreed a grant of £400.\n\n"
            "AOB\nPam asked that sandbag stocks be checked before the autumn.\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items][:4] == ["Ditches", "Culvert", "Funding", "AOB"]
    assert "Chapel Row" in meeting.items[0].text


def test_apologies_closing_the_attendance_are_no_item_of_bulleted_label_minutes() -> None:
    """'Present: …' / 'Apologies: Niamh Oduya', then bulleted '• Label: text' minutes: the
    apologies close the list of who attended; the bullets are the items."""
    html = ("<h2>Committee Meeting – 14 August 2023</h2>"
            "<p>Present: Delphine Marsh (chair), Osric Bellamy (secretary), Prue Galloway</p>"
            "<p>Apologies: Niamh Oduya</p><ul>"
            "<li>Previous minutes: accepted with one correction.</li>"
            "<li>Treasurer's report: PG reported a balance of £2,846.19. The report was noted.</li>"
            "<li>Hut roof: PG presented two quotes. It was agreed to accept the lower quote.</li>"
            "<li>AOB: none.</li><li>Date of next meeting: Monday 9th October, 7pm.</li></ul>")
    (meeting,) = html_meetings(html)
    assert [item.title for item in meeting.items] == [
        "Previous minutes", "Treasurer's report", "Hut roof", "AOB", "Date of next meeting"]


REPORT_ITEMS = """Kelby Joint Organisation
Agenda
Board Meeting
19 February 2026

Matters for decision

Report item 1: Regional Water Security Advocacy
Recommendation: That the Board note the report.

Report item 2: Joint Procurement – Bitumen Reseal Contract
Recommendation: That the Board endorse the recommendation of the panel.

Report item 3: Member Contributions 2026-27
Recommendation: That the Board adopt the schedule of contributions.
"""


def test_a_word_every_item_label_opens_with_is_no_part_of_its_heading() -> None:
    (meeting,) = text_meetings(REPORT_ITEMS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Regional Water Security Advocacy"),
        ("2", "Joint Procurement – Bitumen Reseal Contract"),
        ("3", "Member Contributions 2026-27")]
