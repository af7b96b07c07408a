"""Meeting pages and records as committee systems publish them: an agenda table with the
papers linked under each item, a record's details set out as label and value, a register of
officers' decisions."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.records import HEADING_MARK
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings


def test_an_agenda_page_lists_its_items_not_the_papers_linked_under_them() -> None:
    (meeting,) = html_meetings(
        "<html><head><title>Harbour Board | Ellmouth</title></head><body><h1>Harbour Board</h1>"
        "<p>12 March 2025</p><table><tr><th>Item no.</th><th>Agenda Item</th><th>Status</th></tr>"
        "<tr><td>01</td><td>Apologies for Absence</td><td></td></tr>"
        "<tr><td>02</td><td>Minutes</td><td><p>Members are asked to agree the minutes of the "
        "meeting held on 4 February 2025.</p><p>2 - Board Minutes 4 February 2025<span>198.4 KB"
        "</span> For decision</p></td></tr>"
        "<tr><td>03</td><td>Harbour Revision Order</td><td><p>This report asks the Board to "
        "apply for the order.</p><p>3 - Harbour Revision Order Report<span>1.21 MB</span></p>"
        "<p>3 - Appendix A Draft Order<span>644.3 KB</span></p></td></tr>"
        "<tr><td>04</td><td>His Majesty's Coastguard and the Maritime and Coastguard Agency – "
        "Annual Inspection Report</td><td><p>4 - Inspection Report<span>389.5 KB</span></p>"
        "</td></tr><tr><td>05</td><td>Date of Next Meeting</td><td></td></tr></table>"
        "</body></html>")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("01", "Apologies for Absence"), ("02", "Minutes"), ("03", "Harbour Revision Order"),
        ("04", "His Majesty's Coastguard and the Maritime and Coastguard Agency – Annual "
               "Inspection Report"), ("05", "Date of Next Meeting")]


def test_a_register_entry_titled_by_its_field_takes_the_reference_above_it() -> None:
    entry = ("Officer Decision Record\nReference: OD/25/{n}\nTitle of decision: {title}\n"
             "Decision maker: Ann Cole, Head of {post}\nDate of decision: {day} May 2025\n"
             "Decision taken: Agreed that {what}.\nReasons for the decision: Best value.\n\n")
    meetings = text_meetings(
        "Ellmouth District Council\n\nOfficer delegated decisions - May 2025\n\n" + "".join(
            entry.format(n=n, title=title, post=post, day=day, what=what)
            for n, title, post, day, what in (
                ("012", "Award of contract for verge cutting", "Environment", 6,
                 "the contract be awarded to Marsh Landscapes"),
                ("015", "Variation of taxi fares", "Licensing", 13, "the new fares take effect"),
                ("019", "Disposal of land at Mill Lane", "Property", 20,
                 "the land be sold to the adjoining owner"))))
    assert [(m.date, [(i.number, i.title, i.decision) for i in m.items]) for m in meetings] == [
        (date(2025, 5, 6), [("OD/25/012", "Award of contract for verge cutting", "agreed")]),
        (date(2025, 5, 13), [("OD/25/015", "Variation of taxi fares", "agreed")]),
        (date(2025, 5, 20), [("OD/25/019", "Disposal of land at Mill Lane", "agreed")])]


def test_a_meeting_dated_after_its_venue_and_time() -> None:
    (meeting,) = text_meetings(
        "ELLMOUTH COMBINED AUTHORITY CABINET\n\nQuay House, Ellmouth at 10.00am on Friday 22nd "
        "November 2024\n\nATTENDEES\n\nMayor Jo Hart (Chair)\nCouncillor Amy Pike\n\n"
        "EC 15/24 APOLOGIES FOR ABSENCE\n\nThere were none.\n\n"
        "EC 16/24 MINUTES OF THE PREVIOUS MEETING\n\nRESOLVED that the minutes be approved.\n")
    assert meeting.date == date(2024, 11, 22)


def test_a_record_dated_by_its_details_tables_label_cell() -> None:
    (meeting,) = pdf_meetings((
        "ENVIRONMENT PORTFOLIO HOLDER MEETING\nRECORD OF DECISIONS\n\nELLMOUTH DISTRICT COUNCIL"
        "\n\nDate and time Thursday, 15 July 2021 at 10.00 a.m.\n\nVenue Swale Room, Council "
        "Offices\n\nPortfolio Holder Councillor Ann Cole\n\n1. DECLARATIONS OF INTEREST\n\n"
        "None were made.\n\n2. TREE PLANTING STRATEGY\n\nThe Portfolio Holder AGREED the "
        "strategy.\n\n3. FORWARD PLAN\n\nThe Portfolio Holder noted the plan.\n",))
    assert meeting.date == date(2021, 7, 15)
    assert [i.title for i in meeting.items] == [
        "DECLARATIONS OF INTEREST", "TREE PLANTING STRATEGY", "FORWARD PLAN"]


def test_officers_called_by_their_post_or_its_last_word_are_the_holders_the_list_names() -> None:
    (meeting,) = text_meetings(
        "ELLMOUTH POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Tuesday 6 February "
        "2024 at 10.00am\n\nPresent: Councillor Ann Cole (Chair), Councillor Ben Dale\n\n"
        "Also present: Mr Carl Eve (Police and Crime Commissioner), Ms Dina Fox (Chief Finance "
        "Officer, Office of the Police and Crime Commissioner), Dr Gil Hart (Ellmouth Care "
        "Board)\n\nOfficers: Mr Ian Jay (Monitoring Officer to the Panel)\n\n"
        "PCP/24/5 Proposed Police Precept 2024/25\n\nThe Commissioner presented his proposal "
        "to raise the precept. The Monitoring Officer advised that a veto needed two thirds of "
        "the Panel. The Board had been consulted.\n\nRESOLVED that the precept be endorsed.\n\n"
        "PCP/24/6 Complaints\n\nThe Monitoring Officer reported that no complaint had been "
        "received.\n\nPCP/24/7 Date of Next Meeting\n\nThe next meeting is on 5 March 2024.\n")
    assert [set(i.speakers) for i in meeting.items[:2]] == [
        {"Carl Eve", "Ian Jay"}, {"Ian Jay"}]


def test_a_board_that_met_at_the_council_offices_is_named_for_itself() -> None:
    (meeting,) = text_meetings(
        "ELLMOUTH, HOLT AND WREN JOINT WASTE DISPOSAL BOARD\n\nMINUTES OF A MEETING OF THE "
        "JOINT WASTE DISPOSAL BOARD HELD AT THE COUNCIL OFFICES, MILL ROAD, HOLT ON FRIDAY 11 "
        "OCTOBER 2019 AT 10.00 AM\n\nPresent:\tCouncillor Ann Cole (Ellmouth Borough Council) "
        "(Chairman)\n\t\tCouncillor Jo Pike (Holt District Council)\n\n"
        "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nRESOLVED that the minutes be signed.\n\n"
        "3. TONNAGES\n\nThe Board noted the report.\n")
    assert "Council Offices" not in meeting.committee
    assert "Joint Waste Disposal Board" in meeting.committee


@pytest.mark.parametrize("maker", ["ENVIRONMENT PORTFOLIO HOLDER MEETING",
                                   "EXECUTIVE MEMBER FOR HOUSING DECISION SESSION"])
def test_a_decision_makers_public_meeting_is_its_committee(maker: str) -> None:
    (meeting,) = pdf_meetings((
        f"{maker}\nRECORD OF DECISIONS\n\nELLMOUTH DISTRICT COUNCIL\n\nDate and time Thursday, "
        "15 July 2021 at 10.00 a.m.\n\n1. DECLARATIONS OF INTEREST\n\nNone were made.\n\n"
        "2. TREE PLANTING STRATEGY\n\nThe strategy was AGREED.\n\n3. FORWARD PLAN\n\n"
        "The plan was noted.\n",))
    assert meeting.committee.startswith("Ellmouth District Council — ")
    assert meeting.committee.lower().endswith(maker.lower().removesuffix(" meeting"))


SUMMONS = """Ellmouth Parish Council

Home | Council Business | Contact

18 January 2021

Date: 11 January 2021

Dear Councillor,

{summons}

Agenda

1.  Welcome from Chairman

2.  Reports from County Councillor & District Councillors (if in attendance).

3.  Planning – to consider applications received since the last meeting:

    a. 20/1815/HOUS – 9 Mill View – rear extension

4.  Date of next meeting
"""


def test_a_summons_dates_its_meeting_by_weekday_day_and_month_not_by_the_notice() -> None:
    (meeting,) = text_meetings(SUMMONS.format(
        summons="You are hereby summoned to a meeting of the above named Council which will be "
                "held via remote contact on Monday 18 January at 7pm."))
    assert meeting.kind == "agenda"
    assert meeting.date == date(2021, 1, 18)
    assert [i.title for i in meeting.items] == [
        "Welcome from Chairman",
        "Reports from County Councillor & District Councillors (if in attendance)",
        "Planning", "Date of next meeting"]


def test_councillors_duly_required_to_attend_are_summoned() -> None:
    (meeting,) = text_meetings(SUMMONS.format(
        summons="Parish Councillors are duly required to attend the next meeting of Ellmouth "
                "Parish Council to be held at the Village Hall on Monday 18th January 2021 at "
                "7.30pm."))
    assert meeting.kind == "agenda"
    assert meeting.date == date(2021, 1, 18)


def test_an_agenda_entry_whose_dash_lost_its_space_keeps_its_heading() -> None:
    (meeting,) = text_meetings(SUMMONS.format(
        summons="You are hereby summoned to a meeting of the above named Council which will be "
                "held on Monday 18 January 2021 at 7pm.").replace(
        "4.  Date of next meeting",
        "4.  Neighbourhood Development Plan –An update on the current status of the plan's "
        "review.\n\n5.  Date of next meeting"))
    assert [i.title for i in meeting.items][3:] == [
        "Neighbourhood Development Plan", "Date of next meeting"]


def test_an_agenda_worded_minute_stops_before_its_first_sentence() -> None:
    (meeting,) = text_meetings(
        "ELLMOUTH PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held in the Hall on "
        "6th July 2015 at 7:30pm\n\nPresent: Cllr J Amory (Chair), Cllr A Brent and Cllr L Dunn\n\n"
        "31. To accept apologies for absence.\nCllr K Ellis. The apologies were accepted.\n\n"
        "32. To Approve Minutes from Parish Council meeting held on 1st June 2015\n"
        "Cllr Brent's name was added to the list of members of the Rights of Way Committee.\n\n"
        "33. Matters Arising.\nThe Clerk would write to the highways officer.\n")
    assert [i.title for i in meeting.items] == [
        "To accept apologies for absence",
        "To Approve Minutes from Parish Council meeting held on 1st June 2015",
        "Matters Arising"]


def test_a_pdfs_running_footer_names_the_council_its_heading_leaves_out() -> None:
    footer = "Ellmouth & Hatch Parish Council – Extraordinary Meeting 16.05.17 Chairman's initials"
    (meeting,) = pdf_meetings((
        "Minutes of an Extraordinary Parish Council Meeting\n\nOn Tuesday 16th May 2017\n\n"
        "Present: Cllr R Hume (Chairman), Cllr C Dray, Cllr I Lund\n\n1. Apologies for absence: "
        "Cllr O Reed\n\n2. Declarations of interest: None\n\n3. Planning\n\nThe Chairman "
        f"explained the process.\n\n{footer}\n",
        f"4. Village Hall\n\nThe Council noted the report.\n\n{footer}\n"))
    assert meeting.committee.startswith("Ellmouth & Hatch Parish Council")


def test_a_page_dated_held_on_weekday_day_and_month_under_its_month_and_year() -> None:
    (meeting,) = text_meetings(
        "Ellmouth Town Council\nHome > Council Business > Minutes 2023 > October 2023 Minutes\n\n"
        "October 2023 Minutes\n\nEllmouth Town Council Meeting\n\n \n\n \n\nMinutes from the "
        "Meeting of the Town Council held on Tuesday 10th October at 18:30 at the council "
        "offices.\n\n \n\nCouncillors present : Steve Marr (SM), Wendy Boll (WB)\n\n"
        "1. Apologies\n\nNone.\n\n2. Finance\n\nSM presented the accounts. Agreed.\n\n"
        "3. Date of next meeting\n\nTuesday 14th November.\n")
    assert meeting.date == date(2023, 10, 10)



def test_an_agendas_appendices_headed_agenda_item_and_subject_are_its_reports() -> None:
    meetings = text_meetings(
        "Ellmouth Parish Council\n\nDear Councillor\nYou are hereby summoned to attend an "
        "Extra-Ordinary Meeting of Ellmouth Parish Council on Friday 14th February 2025.\n\n"
        "Agenda\n0325/01 Apologies for absence\nTo receive apologies.\n0325/02 Clerk's Report\n"
        "To receive an update. See appendix A.\n0325/03 Casual Vacancies\nTo note the notices. "
        "See appendix B.\n\nAppendix A\nAgenda item: 0325/02\nSubject: Clerk's Report to the "
        "Extra-Ordinary Meeting\n1. Handover. The Acting Clerk has the Council's files.\n\n"
        "Appendix B\nAgenda item: 0325/03\nSubject: Casual Vacancies and Co-option\nNotices "
        "of casual vacancy were displayed on 31st January 2025.\n")
    assert [(i.number, i.title) for m in meetings for i in m.items] == [
        ("", "Agenda"), ("0325/02", "Clerk's Report to the Extra-Ordinary Meeting"),
        ("0325/03", "Casual Vacancies and Co-option")]


AGENDA_UNDER_LABELS = """<html><body>
<h1>Minutes</h1>
<h2>Full Council</h2>
<h3>Date:</h3><p>Monday, 14 Oct 2019 Time: 6:30 PM</p>
<h3>Venue:</h3><p>Council Chamber, Quayside House, Ardmallin</p>
<h3>Agenda</h3>
<p>1. Prayers</p>
<p>2. Apologies</p>
<p>3. Declarations of Interest</p>
<p>4. Minutes of the Council Meeting of 9 September 2019 (copy attached)</p>
<p>5. Car Parking Tariffs (report attached)</p>
<h3>Documents</h3>
<ul><li>Agenda Pack 14 October 2019 (PDF, 2.1MB)</li></ul>
</body></html>"""


def test_numbers_under_a_pages_agenda_label_are_its_items_not_a_list_in_a_heading() -> None:
    """A meeting page's bold labels ('Date:', 'Venue:', 'Agenda', 'Documents') around its
    numbered entries: the entries under 'Agenda' are the items, not a list inside one."""
    (meeting,) = html_meetings(AGENDA_UNDER_LABELS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Prayers"), ("2", "Apologies"), ("3", "Declarations of Interest"),
        ("4", "Minutes of the Council Meeting of 9 September 2019"),
        ("5", "Car Parking Tariffs")]


FIELDS_FIRST = "<html><body>" + "".join(
    f"<p>{label}</p><p>{value}</p>" for label, value in (
        ("Councillors:", "62"), ("Wards:", "31"), ("Committees:", "40"),
        ("Meetings (2025):", "150"), ("Meetings (2024):", "141"), ("Members:", "17"),
        ("Officers:", "6"), ("Documents:", "12"))) + """
<h2>Ellmouth Fire Authority - Ellmouth</h2>
<h3>When</h3><p>Opens</p><p>Wednesday, 5th June 2019</p>
<p>9:45 AM</p><p>Closes</p><p>Wednesday, 5th June 2019</p><p>12:15 PM</p>
<h3>Details</h3><p>State: Held</p><p>Date: 5 Jun 2019</p>
<h3>Agenda</h3>
<p>1. Apologies for Absence</p><p>Apologies were received from Councillor Abbot.</p>
<p>2. Minutes of Previous Meeting</p><p>The minutes were agreed.</p>
<p>3. Budget Update</p><p>RESOLVED that the budget be approved.</p>
</body></html>"""


def test_a_page_s_date_behind_many_fields_set_apart_still_dates_the_meeting() -> None:
    """An aggregator's meeting page whose counts and field labels, each a paragraph of its
    own, put its 'Date: 5 Jun 2019' past the opening's first lines: the date is still read."""
    (meeting,) = html_meetings(FIELDS_FIRST)
    assert meeting.date == date(2019, 6, 5)


ACTION_LINES = """<html><body><h1>Minutes</h1>
<p>Ellmouth West Area Committee, Thursday 9 November 2017</p>
<table>
<tr><td>35.</td><td><p>PARKS AND OPEN SPACES</p>
<p>Decision:</p><p>Resolved – That the report be received.</p><p>ACTION: Parks Manager</p>
<p>Minutes:</p><p>The Parks Manager presented the report. Councillor Abbot asked about the
lake.</p><p>Resolved – That the report be received.</p><p>ACTION: Parks Manager</p>
</td></tr>
<tr><td>36.</td><td><p>LIBRARY HOURS</p>
<p>Decision:</p><p>Resolved – That the new hours be adopted.</p>
<p>ACTION: Head of Libraries</p>
<p>Minutes:</p><p>The Head of Libraries presented the hours. Councillor Birch welcomed
them.</p><p>Resolved – That the new hours be adopted.</p><p>ACTION: Head of Libraries</p>
</td></tr>
<tr><td>37.</td><td><p>STREET LIGHTING</p>
<p>Minutes:</p><p>Councillor Cole reported on the new lanterns.</p>
</td></tr>
</table></body></html>"""


def test_a_decision_s_action_line_over_the_minutes_label_is_no_item() -> None:
    """'ACTION: Parks Manager' under a committee system's decision, over its 'Minutes:' label,
    says who is to act: no item of its own."""
    (meeting,) = html_meetings(ACTION_LINES)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("35", "PARKS AND OPEN SPACES"), ("36", "LIBRARY HOURS"), ("37", "STREET LIGHTING")]


TWO_LISTS_UNDER_HEADINGS = """<html><head><title>Minutes – Drumlethen Community Council</title>
</head><body><h1>Drumlethen Community Council: March Minutes</h1>
<p>7pm Wednesday 11th March 2020, Drumlethen Village Hall</p>
<h3>Annual General Meeting</h3>
<ol>
<li><strong>Apologies</strong> Isla Carnegie and Cllr Ross Gowans.</li>
<li><strong>Chair’s Report</strong> Kirsty looked back over a year of litter picks and the new
benches.</li>
<li><strong>Treasurer’s Report</strong> Alasdair presented the examined accounts, which were
approved.</li>
</ol>
<h3>Ordinary Meeting</h3>
<ol>
<li><strong>Apologies</strong> As above.</li>
<li><strong>Police Report</strong> PC Rennie reported six incidents since February.</li>
<li><strong>Roads</strong> Members asked for the potholes on the Kirk Brae to be reported.</li>
<li><strong>Date of next meeting</strong> Wednesday 8th April 2020.</li>
</ol>
</body></html>"""


def test_numbered_lists_under_their_own_headings_count_apart_their_bold_openings_titles(
        ) -> None:
    """Two <ol>s under their own headings, each counting from 1 (two meetings), keep their
    numbers; each entry's bold opening is its heading, the text after it the minute's."""
    meetings = html_meetings(TWO_LISTS_UNDER_HEADINGS)
    assert [[(i.number, i.title) for i in m.items] for m in meetings] == [
        [("1", "Apologies"), ("2", "Chair’s Report"), ("3", "Treasurer’s Report")],
        [("1", "Apologies"), ("2", "Police Report"), ("3", "Roads"),
         ("4", "Date of next meeting")]]


def test_a_title_opening_with_its_year_and_the_pages_printed_minutes_link_are_read_right() -> None:
    (meeting,) = text_meetings(
        "Pengarth Borough Council\nAgenda and minutes\nCouncil - Wednesday, 25th February, 2015 "
        "7.00 pm\nItems\nNo.\tItem\n12.\nApologies for Absence\nMinutes:\nApologies were received "
        "from Councillor Gorran.\n13.\n2015/16 Final Budget and Council Tax Resolutions pdf icon "
        "PDF 312 KB\nMinutes:\nCouncillor Tregony introduced the report.\nResolved:\n(1) That the "
        "revenue budget for 2015/16 be approved.\n14.\nCapital Programme 2015/16 pdf icon PDF 144 "
        "KB\nMinutes:\nResolved:\n(1) That the Capital Programme be approved.\n\n"
        "Meeting Information\n\nPrinted minutes 25th-Feb-2015 19.00 Council pdf icon PDF 221 KB\n\n"
        "Pengarth Borough Council, Town Hall, Pengarth\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("12", "Apologies for Absence"),
        ("13", "2015/16 Final Budget and Council Tax Resolutions"),
        ("14", "Capital Programme 2015/16")]


def test_a_label_over_an_item_s_other_papers_ends_its_title() -> None:
    (meeting,) = text_meetings(
        "Audit and Governance Committee\n\nMinutes of the meeting held on Tuesday, 20th "
        "September 2022 at 2.00 pm\n\nPresent: Councillors Cawsand (Chair), Gorran and "
        "Tregony\n\n4\tApologies pdf icon PDF 100 KB\nMinutes:\nApologies were received from "
        "Councillor Rosevear.\n\n5\tAnnual Governance Statement 2022-23 pdf icon PDF 1 MB\n"
        "Additional documents:\nAppendix B - Draft Statement, item 5 pdf icon PDF 2 MB\n"
        "Minutes:\nRESOLVED: That the Statement be approved.\n\n"
        "6\tRisk Register Update pdf icon PDF 384 KB\nAdditional documents:\n"
        "Appendix 1 - Risk Scores, item 6 pdf icon PDF 190 KB\nMinutes:\n"
        "RESOLVED: That the report be noted.\n")
    assert [i.title for i in meeting.items] == [
        "Apologies", "Annual Governance Statement 2022-23", "Risk Register Update"]


MODGOV_FLAT = "\n".join([
    'Skip to main content',
    'Pengarth Council',
    'Home > Council and democracy > Meetings > Licensing Committee',
    '',
    'Agenda and minutes',
    'Licensing Committee - Thursday, 14th March, 2019 6.30 pm',
    '',
    'Venue: Committee Room A, Town Hall',
    'Contact: Jo Tregony Democratic Governance Adviser',
    '',
    'Items',
    'No. | Item |',
    '---|---|',
    'DECLARATIONS OF INTEREST Members are asked to declare any interests. '
    'Minutes: Councillor Ann Gorran declared an interest in item 3.',
    '||',
    'MINUTES OF THE LAST MEETING HELD ON 10 JANUARY 2019 PDF 164 KB To agree '
    'the minutes of the last meeting held on 10 January 2019 as a true and '
    'correct record. Minutes:',
    'That the minutes of the meeting held on 10 January 2019 be approved and '
    'signed by the Chairman as a correct record. |',
    '||',
    'STREET TRADING POLICY 2019/20 PDF 301 KB To receive the Street Trading Policy 2019/20. '
    'Minutes: Mrs Ann Gorran presented the report.',
    'That the Street Trading Policy 2019/20 be noted. |',
    '||',
    'TAXI FARES - VERBAL UPDATE To receive a verbal update on the '
    'plan. Minutes: Dr Cawsand gave a verbal update.',
    '||',
    'SCRAP METAL LICENCES - CONSULTATION ARRANGEMENTS PDF 150 KB To agree the '
    'arrangements for consultation. Minutes:',
    'That the consultation arrangements be agreed. |',
    '||',
    '',
    'Printed minutes 14th-Mar-2019 18:30 Licensing Committee PDF 96 KB',
    '',
])


def test_a_meeting_pages_titles_end_at_their_papers_badge_and_dash_subtitles_stay() -> None:
    """A committee system's page saved as text: each title ends at its paper's badge ('PDF 210
    KB'), the agenda's note after it no part of it; a subtitle in capitals after a dash is the
    title's; the link to the printed minutes is no item; 'That … be approved.' resolves."""
    (meeting,) = text_meetings(MODGOV_FLAT)
    assert [i.title for i in meeting.items] == [
        "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING HELD ON 10 JANUARY 2019",
        "STREET TRADING POLICY 2019/20",
        "TAXI FARES - VERBAL UPDATE", "SCRAP METAL LICENCES - CONSULTATION ARRANGEMENTS"]


def test_an_items_other_papers_on_the_label_s_own_line_are_no_item() -> None:
    pages = ("Ashcombe Borough Council\nMinutes of the Council, Tuesday 4 March 2025\n\n"
             "105. Petitions\n\nTo receive petitions.\n\nMinutes:\nThere were no petitions.\n\n"
             "106. Budget 2025/26\n\nTo set the budget for 2025/26.\n\n"
             "Additional documents: Budget report PDF 412 KB ; Appendix A - Savings PDF 96 KB\n\n"
             "Minutes:\nCouncillor Ede moved the budget and Councillor Frome seconded it.\n\n"
             "It was Resolved that Council approves the budget for 2025/26.\n\n"
             "107. Council Tax Resolution 2025/26\n\nTo set the council tax for 2025/26.\n\n"
             "Additional documents: Council tax resolution PDF 318 KB\n\nMinutes:\n"
             "It was Resolved that Council sets the council tax for 2025/26 as set out.\n\n"
             "108. Members' Questions\n\nMinutes:\nThere were no questions.\n",)
    items = pdf_meetings(pages)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("105", "Petitions"), ("106", "Budget 2025/26"),
        ("107", "Council Tax Resolution 2025/26"), ("108", "Members' Questions")]
    assert items[2].decision == "resolved"


def test_a_document_sites_recommended_list_neither_dates_nor_holds_the_minutes() -> None:
    text = ("DOCSITE\nHome Add Document Sign In Register\n\ncc-minutes-21-03-11.pdf\n\n"
            "Minutes of the Eastfield Community Council Meeting Held at Eastfield School on "
            "Monday 21 March 2011. Present: Morag Urquhart (Chair), Isla Buchanan (Secretary), "
            "Dougie Ross, Ann Sinclair. 1. Apologies: Colin Aird. 2. Minutes of 21 February "
            "2011. Dougie Ross moved that they be adopted, Ann Sinclair seconded, and all "
            "agreed. 3. Planning: It was agreed to object to the application. 4. Date of next "
            "meeting: Monday 18 April 2011 at 7pm.\n\nDownload PDF Report\n\nRecommend Documents"
            "\n\ncc-minutes-21-02-11.pdf\nMinutes of the Eastfield Community Council Meeting "
            "Held at Eastfield School on Monday 21 February 2011 ...\n\nGala Committee AGM 2010\n"
            "Minutes of the Annual General Meeting of the Gala Committee ...\n\n"
            "About Us | Privacy Policy | Contact Us\n")
    meetings = text_meetings(text)
    assert [m.date for m in meetings] == [date(2011, 3, 21)]
    assert [item.number for item in meetings[0].items] == ["1", "2", "3", "4"]
    assert "Gala" not in meetings[0].items[-1].text


def test_a_page_of_summary_notes_holds_a_meeting_under_each_dated_heading() -> None:
    page = ("<h1>Staffing Committee – Summary Notes</h1><p>Business is taken in closed session.</p>"
            "<h2>Summary Notes from Staffing Committee meeting 03/03/26</h2><ol>"
            "<li>Agreed the job description for the new post.</li><li>Noted the leave advice.</li>"
            "<li>Next meeting 12/05/26.</li></ol>"
            "<h2>Summary Notes from Staffing Committee meeting 20/01/26</h2><ol>"
            "<li>Agreed to set up an interview panel.</li><li>The pay award was noted.</li>"
            "<li>Next meeting 03/03/26.</li></ol>")
    meetings = html_meetings(page, "fenwick-town-council/staffing.html")
    assert [(m.committee.split(" — ")[-1], m.date) for m in meetings] == [
        ("Staffing Committee", date(2026, 3, 3)), ("Staffing Committee", date(2026, 1, 20))]



def test_paragraphs_numbered_on_from_the_last_meeting_under_unnumbered_headings_are_text() -> None:
    # A meeting page printed from a browser: bold headings (marked by the reader) or headings
    # with their paper's badge over paragraphs numbered by a minute number that runs on from
    # earlier meetings ('58.1'), a paragraph's lines parted by blank ones, its own page head.
    bold = "\ue000"
    head = "Agenda for Larchfield Care Board on Thursday 3 March 2022, 9.30 am 11/03/2022"
    first = f"""{head}

{bold}Larchfield Council

Home > Your council > Meetings > Larchfield Care Board

{bold}Agenda and minutes
{bold}Larchfield Care Board - Thursday 3 March 2022 9.30 am

Venue: Room 2, Town Hall, Larchfield.

{bold}No. Item

{bold}Apologies

Apologies were sent by Dr Una Blake and Cllr Ray Hume.

{bold}Interests

No interests were declared.

Record of the last meeting [pdf icon] PDF 64 KB

58.1 The record of the meeting held on Thursday 13 January 2022 was agreed, and the Chair

signed it.

58.2 The Board heard that the one action from that meeting was done.

{bold}Questions from residents

No questions had been received.

{bold}Questions from Board members

No questions had been received.

Page 1 of 2
"""
    second = f"""{head}

Carers' Support Contract [pdf icon] PDF 180 KB

Additional documents:

Appendix A - Contract terms, item 61 [pdf icon] PDF 1 MB

61.1 Mr Ivor Penn, Head of Commissioning, introduced the report, which set out the terms of

a new three-year contract for carers' support.

61.2 Cllr Hume asked whether carers had been asked about the terms, and was told that a

survey had been carried out in the autumn.

61.3 The Board noted the report.

Winter Plan - Progress [pdf icon] PDF 75 KB

62.1 Ms Gail Stroud, Director of Adult Care, said that hospital discharges had kept to plan

through January.

62.2 Cllr Hume welcomed the figures.

62.3 The Board RESOLVED to receive a further report in June.

{bold}Next Meetings

The Board will meet on 5 May and 7 July 2022.

Page 2 of 2
"""
    items = pdf_meetings((first, second))[0].items
    assert [item.title for item in items] == [
        "Apologies", "Interests", "Record of the last meeting", "Questions from residents",
        "Questions from Board members", "Carers' Support Contract", "Winter Plan - Progress",
        "Next Meetings"]
    assert "61.3 The Board noted the report." in items[5].text


def test_paragraph_numbers_running_on_from_the_last_meeting_are_no_items_of_their_own() -> None:
    from indexer.parse.item_header import Header
    from indexer.parse.items import _paragraph_numbers

    def header(line: int, number: str, title: str = "") -> Header:
        return Header(line, line + 1, number, title, "", 1)

    headings = [header(line, "", title) for line, title in
                ((5, "Apologies"), (9, "Minutes"), (20, "Annual Report"), (30, "Update"))]
    # '31.1' under the second heading, '34.1' … under the third: numbered on from earlier
    # meetings, a number a heading, and each paragraph a sentence or untitled.
    assert _paragraph_numbers([header(11, "31.1"), header(22, "34.1"), header(24, "34.2"),
                               header(26, "34.3", "The Board noted the report"),
                               header(32, "35.1")], headings)
    # A section's titled items numbered under it ('5.1 Land at Mill Lane') are items.
    assert not _paragraph_numbers([header(22, "5.1", "Land at Mill Lane"),
                                   header(24, "5.2", "Barn at Hill Farm")], headings)
    # Two headings' paragraphs sharing a number are not one heading's each.
    assert not _paragraph_numbers([header(11, "31.1"), header(22, "31.2")], headings)


def test_a_bold_heading_over_its_bold_resolved_label_is_an_item() -> None:
    bold = "\ue000"
    page = f"""{bold}Agenda and minutes
{bold}Coastal Path Partnership Board - Tuesday 8th March, 2016 10.00 am

Venue: Committee Room, Marine House, Saltby

No. Item

{bold}Appointment of Chair

{bold}RESOLVED
that Councillor Pike chair the Board for the year.

{bold}Appointment of Vice-Chair

{bold}RESOLVED
that the appointment be left to the Board's next meeting.

{bold}Annual Accounts PDF 210 KB

The Board was asked to approve its accounts for the year to 31 March.

{bold}Forward Plan PDF 95 KB

The Board noted its forward plan for the coming year.
"""
    titles = [item.title for item in pdf_meetings((page,))[0].items]
    assert titles[:2] == ["Appointment of Chair", "Appointment of Vice-Chair"]


def test_a_page_of_decision_records_listed_under_bullets_gives_one_item_each() -> None:
    page = """<html><body><main><h1>Decisions</h1>
<p>Each decision the Authority's chief officer takes is recorded here.</p>
<h2>Decision records – April to June 2019</h2>
<ul><li><a href="a.pdf">2019/014 – Replacement of two fire appliances (PDF, 88 KB)</a></li></ul>
<p>Decision: the purchase of two appliances from the framework supplier was approved.</p>
<ul><li><a href="b.pdf">2019/015 – Station cleaning contract (PDF, 71 KB)</a></li></ul>
<p>Decision: the contract was extended by one year on the same terms.</p>
<ul><li><a href="c.pdf">2019/016 – Youth engagement grant (PDF, 64 KB)</a></li></ul>
<p>Decision: a grant of £12,000 to the cadet scheme was approved.</p>
</main></body></html>"""
    items = html_meetings(page)[0].items
    assert [item.number for item in items] == ["2019/014", "2019/015", "2019/016"]
    assert items[1].title.startswith("Station cleaning contract")
    assert items[2].decision == "agreed"


def test_a_bold_heading_before_the_numbered_items_with_nil_under_it_is_an_item() -> None:
    bold = "\ue000"
    page = f"""Harbour District Council - 2 May 2018 - Minutes

Present: Mayor Joan Ferrar, Councillors Abbott, Lyle and Penn.

{bold}Mayor's Announcements

The Mayor congratulated the rowing club on its new boathouse, opened the previous weekend.

{bold}Chief Executive's Announcements

Nil

{bold}1. Annual Plan 2018/19

Councillor Abbott presented the draft annual plan, which the Council adopted without change.

{bold}2. Street Names

Councillor Lyle moved that the two street names put forward by the school be approved.

{bold}3. Pool Opening Hours

Councillor Penn asked when the longer summer hours would start, and was told in December.
"""
    titles = [item.title for item in pdf_meetings((page,))[0].items]
    assert "Chief Executive's Announcements" in titles


def test_a_post_dated_after_its_meeting_takes_the_meeting_line_s_day() -> None:
    # A blog post's byline date is the day it went up; the line naming the committee's meeting,
    # its hour and its day in figures gives the meeting's own.
    page = ("<p>All Posts</p><ul><li>May 18, 2023</li><li>2 min read</li></ul>"
            "<h2>May 2023 minutes</h2>"
            "<p>Fenwick Parish Council Allotments Committee Meeting 7pm 16/5/23 (Church Room)</p>"
            "<p>1) Apologies for absence – Cllr Bone</p>"
            "<p>2) Minutes of last meeting – accepted as correct</p>"
            "<p>3) Water butts – Vince reported two more had gone missing.</p>")
    meetings = html_meetings(page, "fenwick-pc/allotments.html")
    assert [m.date for m in meetings] == [date(2023, 5, 16)]


def test_minutes_of_a_numbered_meeting_bound_behind_an_agenda_are_their_own_meeting() -> None:
    text = ("Tremorna Community Board\nNotice of Meeting No RB4\nTuesday, 22 November 2016\n\n"
            "RB4.1   Apologies\nNone.\n\nRB4.2   Confirmation of Minutes\n"
            "THAT the minutes of Meeting No. RB3 be confirmed.\n\n"
            "Minutes of Meeting No. RB3 of the Tremorna Community Board held on 13 September "
            "2016 at the Library commencing at 7.00pm\n\n"
            "RB3.1   Present\nMember J Angove (Chairperson), Member W Keast\n\n"
            "RB3.2   Apologies\nThere were no apologies.\n\n"
            "RB3.3   Playground\nThe Board noted the report.\n")
    days = {m.date for m in text_meetings(text, "rimuhaka/rb4.txt")}
    assert date(2016, 9, 13) in days


def test_an_item_receiving_another_meeting_s_notes_opens_no_meeting() -> None:
    text = ("Minutes of the Polvean Area Committee held on 17th March 2011\n\n"
            "119 Grants\nThe application was deferred.\n\n"
            "120 Polvean Flood Forum\n"
            "The notes of the Flood Forum meeting held on the 3rd March 2011\n"
            "were received and noted.\n\n"
            "121 Public Question Time\nThere were no questions.\n")
    meetings = text_meetings(text, "lidd/area.txt")
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2011, 3, 17), 3)]


def test_headings_in_a_table_s_margin_head_the_minutes_beside_them() -> None:
    rows = [("Apologies", "Cllr Ruth Pascoe, Cllr Alan Rowe and Mary Jory."),
            ("Matters arising", "The broken bench at the bus stop has been replaced."),
            ("Book exchange", "This is now in the Reading Room lobby with new shelves."),
            ("Notice boards", "A lighter board was proposed. 12 for, 3 against. Carried."),
            ("Next forum", "Thursday 20th November 2014 at 7.30pm in the Reading Room.")]
    page = ("<h1>Polwheal Parish Council</h1><p>Village Forum held on Thursday 17th July 2014 "
            "at 7.30pm in the Reading Room</p><table>"
            + "".join(f"<tr><td>{head}</td><td>{text}</td></tr>" for head, text in rows)
            + "</table>")
    (meeting,) = html_meetings(page, "kellingdown/forum.html")
    assert [i.title for i in meeting.items][-len(rows):] == [head for head, _ in rows]
    # A table of names and posts is no minutes.
    posts = ("<h1>Polwheal Parish Council</h1><table>" + "".join(
        f"<tr><td>Cllr {n}</td><td>Chairman of the council</td></tr>" for n in "ABC") + "</table>")
    assert "Cllr A" not in [i.title for m in html_meetings(posts, "k/members.html")
                            for i in m.items]


def test_a_post_title_wrapped_inside_its_date_is_read_whole() -> None:
    # A blog archive printed to PDF: the post's bold title wraps between its day and month.
    page = (f"27\n{HEADING_MARK}Mar\n\n"
            f"{HEADING_MARK}Town Centre Group Minutes 14th\n{HEADING_MARK}March 2024\n\n"
            "1 Present: Jane Ivey (Chair), Ann Kitto, Sam Lobb (Town Clerk)\n\n"
            "2 Minutes of 18.1.2024: Agreed\n\n3 Finance: £3,240 had been committed.\n\n"
            "4 Spring planting: Cllr Curnow proposed £600 for bedding; carried.\n\n"
            "5 Next meeting: Thursday 16 May 2024, 6pm.\n")
    assert [(m.committee, m.date) for m in pdf_meetings((page,), "ebbersford/tcwg.pdf")] == [
        ("Town Centre Group", date(2024, 3, 14))]


def test_a_meeting_page_s_date_hour_and_place_under_its_title_date_it_not_the_summons() -> None:
    """'January Monthly Meeting' / '26/01/2026 15:00 - Council Chamber', then the summons letter
    dated five days before ('21 January 2026.') and the agenda."""
    html = ("<p>Home &gt; Your Council &gt; Meetings &gt; Ardmullan County Council</p>"
            "<h2>January Monthly Meeting</h2><p>26/01/2026 15:00 - Council Chamber</p>"
            "<h3>Download Minutes &amp; Agenda:</h3><p>Meeting Minutes</p><p>21 January 2026.</p>"
            "<p>To: The Cathaoirleach and Members of Ardmullan County Council</p>"
            "<p>I should be obliged if you would arrange to attend the January Monthly Meeting "
            "of Ardmullan County Council, to be held in the Council Chamber.</p>"
            "<h3>CLÁR</h3><p>1. Roll Call</p><p>2. Management Report</p>"
            "<p>3. Any Other Business</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2026, 1, 26)


def test_a_record_s_dateless_title_under_a_repeated_heading_takes_the_heading_s_day() -> None:
    """A document site's transcription: the cover ('MINUTES' / '19 June 2018'), a running head,
    then the first page's heading again ('MARAEHUKA DISTRICT COUNCIL' / '19 June 2018') over the
    record's title naming where it met but not when."""
    text = ("Page 1: Maraehuka District Council MINUTES · 6/19/2018\n\n"
            "Maraehuka District Council\n\nMINUTES\n\n19 June 2018\n\n10.00am\n\n"
            "Page 2: Maraehuka District Council MINUTES · 6/19/2018\n\n"
            "Maraehuka District Council - Minutes – 19 June 2018 Page 0\n\n"
            "MARAEHUKA DISTRICT COUNCIL\n\n19 June 2018\n\n"
            "Minutes of an Ordinary meeting of the Maraehuka District Council held in the Council "
            "Chamber, 22 Kahikatea Street, Maraehuka.\n\nPRESENT\n\nHis Worship the Mayor, Cr "
            "Aroha Tane\n\nAPOLOGIES\n\nCr Hemi Walker.\n\nRATES RESOLUTION 2018/19\n\nResolved "
            "that the rates be set as in the report.\n")
    meetings = text_meetings(text)
    assert {m.date for m in meetings} == {date(2018, 6, 19)}


def test_an_item_labelled_item_n_naming_a_day_is_no_meeting() -> None:
    """'ITEM 276 APPLICATION FOR TEMPORARY ROAD CLOSURE – RALLY SPRINT – SUNDAY 12 AUGUST 2018':
    an item's title naming the day of the event it decides on."""
    text = ("MARAEHUKA DISTRICT COUNCIL\n\n19 June 2018\n\nMinutes of an Ordinary meeting of the "
            "Maraehuka District Council held on 19 June 2018 in the Council Chamber.\n\n"
            "PRESENT\n\nHis Worship the Mayor, Cr Aroha Tane, Cr Bill Kerr\n\n"
            "ITEM 275 RATES RESOLUTION 2018/19\n\nResolved that the rates be set as reported.\n\n"
            "ITEM 276 APPLICATION FOR TEMPORARY ROAD CLOSURE – RALLY SPRINT – SUNDAY 12 AUGUST 2018"
            "\n\nResolved that the road closure be approved.\n")
    meetings = pdf_meetings((text,))
    assert {m.date for m in meetings} == {date(2018, 6, 19)}


def test_a_board_s_minutes_dated_with_dashes_between_day_hour_and_office() -> None:
    """'Board of Directors Meeting Minutes' / 'November 10, 2016 – 10:00 a.m. – Administration
    Office, Wyndmoor' over who was present: the heading and its day, hour and place."""
    page = (f"{HEADING_MARK}Board of Directors Meeting Minutes\n"
            "November 10, 2016 – 10:00 a.m. – Administration Office, Wyndmoor\n\n"
            "Directors Present: Helen Rourke (Chair), Gary Vanstone (Vice-Chair)\n\n"
            f"{HEADING_MARK}1. Chair’s Remarks\nThe Chair welcomed the Board.\n\n"
            f"{HEADING_MARK}2. Adoption of the Agenda\nMoved by: G. Vanstone Seconded by: "
            "L. Ferrante\nThat the agenda be adopted as presented. Carried.\n")
    (meeting,) = pdf_meetings(("REPORT\n", page))
    assert (meeting.committee, meeting.date) == ("Board of Directors", date(2016, 11, 10))
