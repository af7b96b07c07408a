"""A parish's web page holding a meeting's agenda (its summons) and then that meeting's minutes."""

from __future__ import annotations

from datetime import date

from indexer.parse.meetings import parse_document
from indexer.records import HEADING_MARK, Document, SourceMeta
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

PAGE = """Little Snoring Parish Council. Meeting

1st November 19:00 Councillors are summoned to a meeting for the purposes of transacting the \
following business.
• Apologies
• Minutes of the meeting held on 2nd August
i. AGM minutes
• Matters Arising
• Chairman's Report – F. Reid
• Precept Budget
Date and time of Next Meeting 17th January 19:00
The Public are welcome to this meeting

Date held: 1st November Time: 19:00 Venue: All Saints
Present:
Dave Horkan (DHO) Clerk
Frank Reid (FRE) Chairman

1. Apologies: None.
2. Minutes of the meeting held on 2nd August: approved and signed by the Chairman.
3. Matters Arising: The speed limit survey is under way.
4. Chairman's Report: FRE reported on the pond clearance.
5. Precept Budget: It was agreed to keep the precept at £1,300.
"""


def _parse(text: str, meta: SourceMeta | None = None):
    return parse_document(Document("p.html", "html", (text,), meta or SourceMeta()))


def test_the_agenda_and_the_minutes_are_two_records_of_one_meeting() -> None:
    meta = SourceMeta(date=date(2013, 11, 1), date_from="file name")
    agenda, minutes = _parse(PAGE, meta)
    assert (agenda.kind, minutes.kind) == ("agenda", "minutes")
    assert [i.title for i in agenda.items] == [
        "Apologies", "Minutes of the meeting held on 2nd August", "Matters Arising",
        "Chairman's Report – F. Reid", "Precept Budget"]
    assert [i.number for i in minutes.items] == ["1", "2", "3", "4", "5"]
    assert agenda.date == minutes.date == date(2013, 11, 1)
    assert agenda.committee == minutes.committee == "Little Snoring Parish Council"
    assert minutes.items[4].decision == "agreed"


def test_without_the_summons_the_page_is_one_record() -> None:
    text = PAGE.replace("Councillors are summoned to a meeting for the purposes of transacting "
                        "the following business.", "Agenda notes.")
    assert [m.kind for m in _parse(text)] == ["minutes"]


def test_minutes_headings_that_lost_their_numbers_are_found_from_the_agenda() -> None:
    text = PAGE.replace(
        "4. Chairman's Report: FRE reported on the pond clearance.\n"
        "5. Precept Budget: It was agreed to keep the precept at £1,300.\n",
        "4. Chairman's Report: FRE reported on the pond clearance.\n\nThe hedge was cut.\n\n"
        "Precept Budget\n\nIt was agreed to keep the precept at £1,300.\n")
    minutes = _parse(text)[1]
    assert [i.title for i in minutes.items][3:] == ["Chairman's Report", "Precept Budget"]
    assert "hedge" in minutes.items[3].text and "£1,300" in minutes.items[4].text
    assert minutes.items[4].decision == "agreed"


def test_an_agenda_title_inside_a_sentence_does_not_start_an_item() -> None:
    text = PAGE.replace(
        "5. Precept Budget: It was agreed to keep the precept at £1,300.\n",
        "The chairman spoke about the Precept Budget at length.\n")
    minutes = _parse(text)[1]
    assert [i.title for i in minutes.items][-1] == "Chairman's Report"


def test_a_pack_s_front_sheet_over_the_last_minutes_and_reports_is_its_own_meeting() -> None:
    """A committee's pack: a front sheet ('Highways Committee' / 'Date: Tuesday, 9 June 2020' /
    … / 'A g e n d a' in spaced letters / its numbered entries), the last meeting's minutes on
    the next page, then reports labelled 'Report title: … and' / its wrapped end / 'Date of
    meeting: 9 June 2020': the agenda is the pack's meeting, its reports are its items, titled
    whole, and the minutes keep their own date."""
    front = ("Highways Committee\n\nDate: Tuesday, 9 June 2020\n\nTime: 10:00\n\nVenue: Shire "
             "Hall, Kelport\n\nMembership\n\nMr A Bell - Chairman Mrs R Lowe\n\nA g e n d a\n\n"
             "1. Apologies\n\n2. Minutes of the meeting held on 3 March 2020 Page 3\n\n"
             "3. Bridge Strengthening Programme. Report by the Director Page 5\n\n"
             "4. Winter Service Plan and Salt Stocks. Report by the Director Page 6\n")
    minutes = ("Highways Committee\n\nMinutes of the Meeting Held on Tuesday 3 March 2020 at 10am "
               "in Shire Hall, Kelport\n\nPresent:\n\nMr A Bell (Chairman) Mrs R Lowe Mr T Reid\n\n"
               "1 Apologies\n\nApologies were received from Mr Dee.\n\n2 Minutes\n\nThe minutes "
               "were agreed.\n\n3 Road Safety Plan\n\nThe Committee RESOLVED to adopt the plan.\n")
    report = ("Item No. {0}\n\nReport title: {1}\n\n{2}Date of meeting: 9 June 2020\n\n"
              "Responsible Chief Officer: Director of Highways\n\nThe report sets out the "
              "programme for the year and the budget for it.\n")
    pages = (front, minutes, report.format(3, "Bridge Strengthening Programme", ""),
             report.format(4, "Winter Service Plan and", "Salt Stocks\n\n"))
    meetings = pdf_meetings(pages)
    assert [(m.date, [i.title for i in m.items]) for m in meetings] == [
        (date(2020, 6, 9), ["Agenda", "Bridge Strengthening Programme",
                            "Winter Service Plan and Salt Stocks"]),
        (date(2020, 3, 3), ["Apologies", "Minutes", "Road Safety Plan"])]


def test_minutes_for_the_last_meeting_in_a_pack_are_dated_by_their_own_heading() -> None:
    agenda, minutes = pdf_meetings((
        "PENGARTH COMMUNITY COUNCIL\n\nDear Councillor,\nYou are hereby summoned to attend the "
        "Monthly Meeting of Pengarth Community Council to be held on Tuesday 10 October 2017 at "
        "6:30 pm.\n\nAGENDA\n\n1 Apologies for absence\n\n2 Declarations of interest\n\n"
        "3 Minutes\n\n4 Finance\n\n5 Date of next meeting\n",
        "Appendix A\n\nMinutes for the Monthly Meeting of Pengarth Community Council held at the "
        "Hall,\nPengarth on 12 September 2017 at 6:30 pm\n\nPresent: Councillors A Cawsand "
        "(Chair), R Gorran and P Tregony.\n\n1. Apologies for absence\nNone.\n\n"
        "2. Declarations of interest\nNone.\n\n3. Finance\nIt was agreed that the payments be "
        "approved.\n\n4. Date of next meeting\nTuesday 10 October 2017.\n"))
    assert (agenda.date, minutes.date) == (date(2017, 10, 10), date(2017, 9, 12))


def test_minutes_of_the_full_council_in_small_letters_open_a_record_after_the_agenda() -> None:
    agenda, minutes = pdf_meetings((
        "PENGARTH PARISH COUNCIL\n\nCouncillors are hereby summoned to attend an Ordinary Meeting "
        "of the Parish Council to be held online on Tuesday 23 March 2021 at 7.00pm.\n\n"
        "AGENDA\n\n1. Apologies for Absence\n\n2. Declarations of Interest\n\n3. Minutes\n\n"
        "4. Finance\n\n5. Date of Next Meeting\n",
        "Minutes of the Ordinary Meeting of the full Council held on-line (via the video\n"
        "conferencing facility) on 26 January 2021 at 7.00pm. Draft – subject to approval.\n\n"
        "Present: Cllr Ann Cawsand (Chairman), Cllr Rose Gorran and Cllr Peter Tregony.\n\n"
        "2020/64 Apologies for Absence\nNone.\n\n2020/65 Declarations of Interest\nNone.\n\n"
        "2020/66 Finance\nThe payments were approved.\n\n2020/67 Date of Next Meeting\n"
        "23 March 2021.\n"))
    assert (agenda.date, minutes.date) == (date(2021, 3, 23), date(2021, 1, 26))


def test_a_report_stamped_with_its_agenda_item_over_its_subject_is_the_packs_item() -> None:
    (pack,) = pdf_meetings((
        "PENGARTH PARISH COUNCIL\n\nCouncillors are hereby summoned to attend an Ordinary Meeting "
        "of the Parish Council to be held on Tuesday 23 March 2021 at 7.00pm.\n\nAGENDA\n\n"
        "1. Apologies for Absence\n\n2. Declarations of Interest\n\n3. Clerk's Report\n\n"
        "4. Finance\n\n5. Date of Next Meeting\n",
        "Agenda Item 3 – Clerk's Report, March 2021\n\nSubject: Clerk's Report – progress on "
        "actions\n\n1. Dog bin.\nThe new bin was installed on 4 February.\n\n2. Notice board.\n"
        "Quotations are awaited.\n\nRecommendation: that the Council notes the report.\n"))
    assert [(i.number, i.title) for i in pack.items] == [
        ("", "Agenda"), ("3", "Clerk's Report – progress on actions")]


def test_an_appendix_stamped_with_its_agenda_item_is_no_part_of_the_minutes() -> None:
    meetings = pdf_meetings((
        "PENGARTH COMMUNITY COUNCIL\n\nYou are hereby summoned to attend the Monthly Meeting of "
        "Pengarth Community Council to be held on Tuesday 10 October 2017 at 6:30 pm.\n\n"
        "AGENDA\n\n1 Apologies for absence\n\n2 Minutes\n\n3 Finance\n\n4 Date of next meeting\n",
        "Appendix A\n\nMinutes of the Monthly Meeting of Pengarth Community Council held on "
        "12 September 2017 at 6:30 pm\n\nPresent: Councillors A Cawsand (Chair), R Gorran and "
        "P Tregony.\n\n1. Apologies for absence\nNone.\n\n2. Finance\nIt was agreed that the "
        "payments be approved.\n\n3. Date of next meeting\nTuesday 10 October 2017.\n",
        "(2017/18) 40 Appendix C – Agenda item 3\n\nSchedule of Payments – October 2017\n\n"
        "Payee Details Amount £\nR Tregony Clerk's salary 612.40\nTotal 612.40\n"))
    minutes = next(m for m in meetings if m.kind == "minutes")
    assert [i.title for i in minutes.items] == [
        "Apologies for absence", "Finance", "Date of next meeting"]
    assert any(i.title == "Schedule of Payments – October 2017" and i.number == "3"
               for m in meetings for i in m.items)


def test_a_councils_name_run_into_the_records_title_opens_the_earlier_minutes_in_a_pack() -> None:
    """'Pengarth Council Minutes of the meeting of the Council held on Thursday 14 June 2007'
    after a summons and its agenda: the earlier meeting's minutes, dated by their own title."""
    meetings = text_meetings(
        "Pengarth Council\n\nYou are hereby summoned to attend a meeting of the Council to be "
        "held on Thursday 19 July 2007 at 6.00 p.m. in the Town Hall, for the transaction "
        "of the business indicated below:\n\n1. Declarations of Interest\n\n"
        "2. Minutes of the meeting of the Council 14 June 2007\n\n3. Mayor's Announcements\n\n"
        "Chief Executive Town Hall and Civic Offices 10 July 2007\n\n"
        "Pengarth Council Minutes of the meeting of the Council held on Thursday 14 June 2007\n\n"
        "Present: The Mayor (Councillor R. Gorran) in the Chair\n\n"
        "61. Declarations of Interest\n\nNone.\n\n62. Minutes\n\nRESOLVED that the minutes be "
        "approved.\n\n63. Mayor's Announcements\n\nThe Mayor thanked the volunteers.\n")
    assert [(m.kind, str(m.date)) for m in meetings] == [
        ("agenda", "2007-07-19"), ("minutes", "2007-06-14")]
    assert [i.number for i in meetings[1].items] == ["61", "62", "63"]


PANEL_PACK = (
    "GORRAN PENSION FUND & INVESTMENT PANEL",
    "Date: Tuesday 15 March\n2011\nTime: 11:00\na.m.\nVenue: Committee Room 2, Town Hall\n"
    "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n"
    "3. Minutes - Gorran Pension Fund and Investment Panel - 14 December 2010\n"
    "Copy of Minutes [Page 1]\n4. Fund Manager's Report\nReport [Page 5]\n5. Property Report\n"
    "Report [Page 9]\n",
)


def test_a_front_pages_fields_over_agenda_and_a_copy_of_earlier_minutes_are_two_meetings(
        ) -> None:
    """A pack's front page ('Date: Tuesday 15 March' / '2011' / … / 'AGENDA' / '1. …') and,
    on the next page, the copy of the last meeting's minutes opened by a sentence wrapped
    before its year ('A meeting of … was held on Tuesday 14 December' / '2010.' / 'PRESENT:'),
    its item on the minutes before that naming their date no new meeting."""
    minutes = (
        "GORRAN PENSION FUND AND INVESTMENT PANEL\n"
        "A meeting of the Gorran Pension Fund and Investment Panel was held on Tuesday 14 "
        "December\n2010.\n"
        "PRESENT: Councillor Ann Tregony (Chair); Councillors Bill Cawsand and Eve Rosevear.\n"
        "ALSO IN\nATTENDANCE:\nMr Colin Pentewan (Independent Investment Advisor).\n"
        "MINUTES - GORRAN PENSION FUND AND INVESTMENT PANEL - 8 SEPTEMBER 2010\n"
        "The minutes of the meeting of the Gorran Pension Fund and Investment Panel held on 8\n"
        "September 2010 were submitted and approved as a correct record.\n"
        "FUND MANAGER'S REPORT\nA report of the Head of Investments was presented.\n"
        "AGREED that the report be noted.\n"
        "PROPERTY REPORT\nMr Pentewan presented the property report.\nNOTED\n")
    agenda, record = pdf_meetings(("\n".join(PANEL_PACK), minutes))
    assert (agenda.kind, str(agenda.date)) == ("agenda", "2011-03-15")
    assert [i.number for i in agenda.items] == ["1", "2", "3", "4", "5"]
    assert (record.kind, str(record.date)) == ("minutes", "2010-12-14")
    assert "ALSO IN ATTENDANCE" not in [i.title for i in record.items]


def test_a_pack_with_its_agenda_page_earlier_minutes_and_report_covers_in_capitals() -> None:
    """A committee's pack: a summons, its agenda page headed like a record ('… Committee -
    Friday, 11th March, 2016' over 'AGENDA'), the last meeting's minutes under the body's
    name in capitals at a page's top ('Minutes of the Meeting held' / its date), and report
    covers as capitals tables ('MEETING:' / 'MEETING DATE:' / 'AGENDA ITEM NUMBER 8' / 'TITLE:'
    wrapped), each cover an item of the pack's meeting."""
    pages = (
        "Pengarth Council\nTo: All Members of the Gorran Pension Fund Committee\nDear Member\n"
        "You are invited to attend a meeting of the Gorran Pension Fund Committee, to be held on "
        "Friday, 11th March, 2016 at 2.00pm.\nThe agenda is set out overleaf.\n"
        "Yours sincerely\nJo Tregony\nfor Chief Executive\n",
        "Gorran Pension Fund Committee - Friday, 11th March, 2016\n"
        "at 2.00 pm in the Council Chamber\nAGENDA\n1. DECLARATIONS OF INTEREST\n"
        "2. MINUTES: 4 DECEMBER 2015 (Pages 3 - 4)\n3. REVIEW OF TREASURY MANAGEMENT "
        "(Pages 5 - 6)\n",
        "GORRAN PENSION FUND COMMITTEE\nMinutes of the Meeting held\n"
        "Friday, 4th December, 2015, 2.00 pm\n"
        "Pengarth Councillors: Ann Cawsand (Chair), Bill Rosevear\n"
        "71 DECLARATIONS OF INTEREST\nThere were none.\n"
        "72 MINUTES: 18 SEPTEMBER 2015\n"
        "RESOLVED that the minutes be approved as a correct record.\n"
        "73 REVIEW OF TREASURY MANAGEMENT FOR THE YEAR TO 30 SEPTEMBER 2015\n"
        "RESOLVED that the information be noted.\n",
        "Pengarth Council\nMEETING: Gorran Pension Fund Committee\nMEETING DATE: 11 March 2016\n"
        "AGENDA ITEM NUMBER 3\nTITLE: Review of Treasury Management Strategy for the\n"
        "Year Ending 31 March 2016\nWARD: ALL\nAN OPEN PUBLIC ITEM\n1 THE ISSUE\n"
        "1.1 This paper reports on the Fund's treasury management strategy.\n"
        "2 RECOMMENDATION\nThat the Committee notes the information.\n",
    )
    meetings = pdf_meetings(pages)
    dated = {(m.kind, str(m.date)) for m in meetings}
    assert ("minutes", "2015-12-04") in dated
    assert all(m.kind == "agenda" for m in meetings if str(m.date) == "2016-03-11")
    minutes = next(m for m in meetings if m.kind == "minutes")
    assert [i.number for i in minutes.items] == ["71", "72", "73"]
    wanted = "Review of Treasury Management Strategy for the Year Ending 31 March 2016"
    covers = [i for m in meetings for i in m.items if i.title == wanted]
    assert covers and covers[0].number == "3"


def test_a_summons_whose_entries_carry_a_pages_column_is_a_packs_front_sheet() -> None:
    """'2. Minutes of the meeting of the Council 14 June Pages 1 - 6 2007': the column of pages
    run into the wording marks the pack's contents, one 'Agenda' item, not the minutes' items."""
    agenda, minutes = text_meetings(
        "Pengarth Council\n\nYou are hereby summoned to attend a meeting of the Council to be "
        "held on Thursday 19 July 2007 at 6.00 p.m. in the Town Hall, for the transaction "
        "of the business indicated below:\n\n1. Declarations of Interest\n\n"
        "2. Minutes of the meeting of the Council 14 June Pages 1 - 6 2007\n\n"
        "3. To consider a report of the Head of Pensions Pages 7 - 16 on the Annual Report\n\n"
        "Chief Executive Town Hall and Civic Offices 10 July 2007\n\n"
        "Pengarth Council Minutes of the meeting of the Council held on Thursday 14 June 2007\n\n"
        "Present: The Mayor (Councillor R. Gorran) in the Chair\n\n"
        "61. Declarations of Interest\n\nNone.\n\n62. Minutes\n\nRESOLVED that the minutes be "
        "approved.\n\n63. Mayor's Announcements\n\nThe Mayor thanked the volunteers.\n")
    assert [i.title for i in agenda.items] == ["Agenda"]
    assert [i.number for i in minutes.items] == ["61", "62", "63"]


def test_a_notice_whose_entry_cites_the_attached_minutes_pages_lists_its_items() -> None:
    """'To approve the minutes as a correct record (pages 2-3).': a notice's sentence naming
    where the attached minutes are, not a pack's column of pages; its timed entries ('1.
    Apologies (7.40)') are the agenda's items, titled without their times."""
    agenda, minutes = text_meetings(
        "HOLMBY PARISH COUNCIL\n\nAGENDA\n\nYou are summoned to attend the meeting of the "
        "Parish Council on Monday 1 November 2021 at the Village Hall at 7.30pm.\n\n"
        "1. Apologies (7.40)\nTo receive apologies for absence.\n\n"
        "2. Minutes of 4 October 2021 (7.42)\nTo approve the minutes as a correct record "
        "(pages 2-3).\n\n3. Finance (8.15)\nTo approve the payments.\n\n"
        "4. Planning (8.40)\nTo consider applications.\n\n"
        "Minutes of the Meeting of the Parish Council held on Monday 4 October 2021\n\n"
        "Present: Cllrs Ash, Birch\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\n"
        "RESOLVED that the minutes be signed.\n\n3. Finance\n\nRESOLVED to pay the "
        "accounts.\n")
    assert [i.title for i in agenda.items] == [
        "Apologies", "Minutes of 4 October 2021", "Finance", "Planning"]
    assert [i.number for i in minutes.items] == ["1", "2", "3"]


def test_a_pack_with_a_cover_grid_report_and_minutes_headed_without_an_article() -> None:
    """A meeting's heading over 'MEETING PACK' and the summons, signed by the council's manager;
    reports whose cover is a borderless table ('Meeting …' / 'Agenda item …' / 'Subject …');
    the earlier minutes headed 'MINUTES OF FULL COUNCIL MEETING OF … HELD AT' / '7.00 PM ON …'."""
    head = ("Polvean Parish Council 4 Mill Rise, , , PL1 2XY Tel: 01234 567890\n"
            "Email Parish Council Manager: pcm@polvean.example\n\n")
    meetings = pdf_meetings((
        f"{head}FULL COUNCIL MEETING – THURSDAY 19 MARCH 2020 AT 7.00 PM\n\nMEETING PACK\n\n"
        "To: All Members of Polvean Parish Council\n\nYou are hereby summoned to attend the Full "
        "Council Meeting of Polvean Parish Council to be held at 7.00 pm on Thursday 19 March "
        "2020 in the Billiard Room at Polvean Reading Room, Mill Lane, Polvean, to transact the "
        "business set out in the Agenda.\n\nJo Gale\nParish Council Manager\n13 March 2020\n",
        f"{head}AGENDA FOR THE FULL COUNCIL MEETING OF POLVEAN PARISH COUNCIL TO\nBE HELD AT 7.00 "
        "PM ON THURSDAY 19 MARCH 2020\n\n20.60 Apologies for Absence\n\n20.61 To receive "
        "Declarations of Interest\n\n20.62 To approve the Minutes of 5 March 2020\n\n20.63 "
        "Finance – to receive the Finance Report\n\n20.64 Date of next meeting\n",
        f"{head}Meeting Full Council, 19 March 2020\nAgenda item 20.63\nSubject Finance Report – "
        "February 2020\nAuthor Parish Council Manager\n\n1. Purpose\nTo report the accounts.\n",
        f"{head}MINUTES OF FULL COUNCIL MEETING OF POLVEAN PARISH COUNCIL HELD AT\n7.00 PM ON "
        "THURSDAY 5 MARCH 2020 IN THE BILLIARD ROOM\n\nPresent: Cllr Ann Rowe (Chairman), Cllr "
        "Tom Pell\n\n20.48 Apologies for Absence\nNone.\n\n20.49 Finance\nCllr Pell presented "
        "the accounts, which were approved.\n\n20.50 Date of next meeting\n19 March 2020.\n"))
    assert [(m.kind, m.committee, str(m.date)) for m in meetings] == [
        ("agenda", "Polvean Parish Council", "2020-03-19"),
        ("minutes", "Polvean Parish Council", "2020-03-05")]
    pack, minutes = meetings
    assert [(i.number, i.title, i.speakers) for i in pack.items] == [
        ("", "Agenda", ()), ("20.63", "Finance Report – February 2020", ())]
    assert [i.number for i in minutes.items] == ["20.48", "20.49", "20.50"]


def test_papers_headed_paper_for_item_over_subject_and_author_are_the_packs_items() -> None:
    head = "POLVEAN PARISH COUNCIL\n\n"
    meetings = pdf_meetings((
        f"{head}Councillors are summoned to attend a meeting of the Parish Council to be held on "
        "Tuesday 14 December 2021 at 7.30pm.\n\nAGENDA\n\n1. Apologies\n\n2. Finance\n2.1 "
        "Budget and Precept 2022/23\n\n3. Four Year Plan\n\n4. Date of Next Meeting\n",
        f"{head}Paper for item 2.1\nSubject Budget and Precept 2022/23\nFrom Parish Clerk\n\n"
        "1. The draft budget is set out below.\n",
        f"{head}Paper for item 3\nSubject Four Year Plan – Review\nFrom Chairman\n\n1. The Plan "
        "was adopted in December 2020.\n"))
    assert [(i.number, i.title) for i in meetings[0].items] == [
        ("", "Agenda"), ("2.1", "Budget and Precept 2022/23"), ("3", "Four Year Plan – Review")]


PACK_WITH_EARLIER_MINUTES = """AGENDA

A meeting of the Planning Committee will be held at 10.00 am on Thursday, 12th March, 2015 at
The Memorial Hall, Midwell.

1. Apologies for absence

2. Declaration of interests

3. Minutes of previous meeting held on 12 February 2015

4. Application No.: WDNP/14/01220/FUL (Pages 7 - 30)

Unconfirmed minutes - to be confirmed at the next meeting of the Planning Committee

Agenda Item 3

WOLDS DOWNS NATIONAL PARK AUTHORITY

PLANNING COMMITTEE 12 February 2015

Held at The Memorial Hall, Midwell at 10:00am

Present: Ann Polvean (Chair), Ben Gorran, Carys Rosevear, Dai Tregony.

APOLOGIES

301. Apologies for absence were received from Eve Lanyon.

MINUTES OF PREVIOUS MEETING

302. The minutes of the meeting held on 15 January 2015 were approved as a correct record.

ITEM 7: WDNP/14/00412/FUL - LAND EAST OF MILL LANE, FERNCOMBE

303. The Principal Planning Officer presented the application.

304. Ben Gorran asked about the access.

305. Carys Rosevear proposed approval, seconded by Dai Tregony.

306. RESOLVED: That planning permission be granted.

ITEM 8: WDNP/14/00530/HOUS - ORCHARD COTTAGE, LYNCHCOMBE

307. The Senior Planning Officer presented the application.

308. Dai Tregony asked about the garage.

309. RESOLVED: That planning permission be refused.

ITEM 9: QUARTERLY UPDATE ON ENFORCEMENT

310. RESOLVED: That the report be noted.
"""


def test_a_packs_earlier_minutes_take_their_headings_date_and_items_under_item_labels() -> None:
    """A pack's agenda, then the minutes of the meeting before: dated by their own heading
    ('PLANNING COMMITTEE 12 February 2015' over 'Held at …' and 'Present: …'), their items the
    headings over paragraphs numbered through ('ITEM 7: …' over 303 to 306, 'ITEM 8: …' over
    307), each numbered by its first paragraph."""
    agenda, minutes = text_meetings(PACK_WITH_EARLIER_MINUTES)
    assert agenda.date == date(2015, 3, 12) and minutes.date == date(2015, 2, 12)
    assert [(item.number, item.title) for item in minutes.items] == [
        ("301", "APOLOGIES"), ("302", "MINUTES OF PREVIOUS MEETING"),
        ("303", "WDNP/14/00412/FUL - LAND EAST OF MILL LANE, FERNCOMBE"),
        ("307", "WDNP/14/00530/HOUS - ORCHARD COTTAGE, LYNCHCOMBE"),
        ("310", "QUARTERLY UPDATE ON ENFORCEMENT")]


def test_a_front_sheet_dated_on_its_own_line_with_its_members_over_the_entries() -> None:
    page1 = ("Eastmere Parking Partnership\n\nJoint Committee\n\nCouncil Chamber, Civic Offices, "
             "Eastmere\n\n15 June 2017 at 1.00 pm\n\nAgenda\n\nMembers:- Officers:-\n\n"
             "Ann Ash (Eastmere) Ben Bell (Partnership)\n\nCara Cole (Westmere) Dan Dale "
             "(Partnership)\n\nEve Eden (Northmere) Fay Fern (Westmere)\n\n"
             "No. Item Introduced by Page\n\n1. Apologies\n\nChairman\n\n2. Minutes\n\nChairman "
             "1-4\n\nTo confirm the minutes of 16 March 2017.\n\n3. Budget 2017/18\n\nBen Bell "
             "5-9\n\n4. Work Programme\n\nDan Dale 10-11\n\nEastmere Parking Partnership Page 1\n")
    page2 = ("EASTMERE PARKING PARTNERSHIP JOINT COMMITTEE\n\n16 March 2017 at 1.00pm\n\n"
             "Council Chamber, Westmere\n\nPresent:- Councillor Ann Ash (Chairman), Councillor "
             "Cara Cole, Councillor Eve Eden\n\n21. Apologies\n\nThere were none.\n\n"
             "22. Minutes\n\nRESOLVED that the minutes be approved.\n\n23. Budget\n\nBen Bell "
             "presented the budget. RESOLVED that the budget be noted.\n\n24. Forward Plan\n\n"
             "The Committee noted the Forward Plan.\n\nThe meeting closed at 2.10pm.\n")
    meetings = pdf_meetings((page1, page2))
    assert [(m.kind, m.date) for m in meetings] == [("agenda", date(2017, 6, 15)),
                                                    ("minutes", date(2017, 3, 16))]
    assert [item.number for item in meetings[1].items] == ["21", "22", "23", "24"]


def test_a_summons_letters_own_date_gives_way_to_the_day_it_says_the_meeting_is() -> None:
    """A letter dated '2nd March 2011' over 'The Licensing Committee will meet at 10.00 am on
    Thursday, 10th March, 2011 …': the meeting is on the 10th."""
    page1 = ("{B}WESTMERE BOROUGH COUNCIL\nTown Hall, Market Street, Westmere\n\n"
             "Democratic Services\n2nd March 2011\n\n{B}LICENSING COMMITTEE\n\nThe Licensing "
             "Committee will meet at 10.00 am on Thursday, 10th March,\n2011 in Committee Room 2, "
             "Town Hall, Westmere. You are invited to attend.\n\nMembership: Councillors Ash "
             "(Chairman), Bell, Cole and Mrs Dale.\n\nContact Officer for meeting arrangements: "
             "Ian Eden (01632) 960111.\n\n{B}1 APOLOGIES\n\n{B}AGENDA\n\n{B}2 MINUTES\nThe "
             "Minutes of the meeting held on 3rd February, 2011 to be confirmed.\n\n{B}3 FEES\n"
             "Members to set the fees for 2011/12.\n\n{B}4 STREET TRADING\nMembers to review "
             "the consent streets.\n\nPage 1\n")
    page2 = ("{B}LICENSING COMMITTEE Agenda Item 2\n\n{B}3RD FEBRUARY 2011\n\nPRESENT: Councillor "
             "Ash (Chairman); Councillors Bell and Cole.\n\n{B}9. MINUTES\n\nRESOLVED - That "
             "the minutes be approved.\n\n{B}10. FEES\n\nThe Committee noted the report.\n\n"
             "{B}11. STREET TRADING\n\nRESOLVED - That the consent streets be confirmed.\n")
    meetings = pdf_meetings((page1.replace("{B}", HEADING_MARK),
                             page2.replace("{B}", HEADING_MARK)))
    assert [(m.kind, m.date) for m in meetings] == [("agenda", date(2011, 3, 10)),
                                                    ("minutes", date(2011, 2, 3))]


def test_minutes_kept_under_an_agenda_heading_record_their_decisions() -> None:
    text = ("Ashby Parish Council - 9th May 2013\n\n"
            "Agenda for Ashby Parish Council's meeting to be held on Thursday 9th May 2013 at "
            "7.30pm in the Village Hall\n\n"
            "1. Election of Chair. It was RESOLVED that Councillor Pardoe be Chair for 2013/14.\n\n"
            "2. Annual review of policies. It was RESOLVED to readopt Standing Orders.\n\n"
            "3. Planning. It was RESOLVED to support the application.\n\n"
            "4. Roads. The Clerk reported the potholes on Mill Lane.\n\n"
            "5. Date of next meeting. Thursday 13th June 2013.\n")
    meeting = text_meetings(text)[0]
    assert meeting.kind == "minutes"
    assert [item.decision for item in meeting.items][:3] == ["resolved"] * 3
    agenda = text.replace("It was RESOLVED that Councillor Pardoe be Chair for 2013/14.",
                          "To elect a Chair.").replace(
        "It was RESOLVED to readopt Standing Orders.", "To review the policies.")
    assert text_meetings(agenda)[0].kind == "agenda"


def test_minutes_posted_under_the_next_agenda_are_dated_by_their_long_held_line() -> None:
    """A blog post: next month's agenda, then last month's minutes headed 'MINUTES OF THE
    OCTOBER 08 MONTHLY MEETING OF' / 'HELD AT 7.30PM ON WEDNESDAY 15th OCTOBER 2008 IN THE
    MUNICIPAL OFFICES, …' over their attendance list: their own date, not the agenda's."""
    agenda, minutes = text_meetings(
        "Pengarth Council Matters\n\nSaturday 15 November 2008\n\n"
        "Agenda for November 08 meeting\n\n"
        "NOTICE OF NOVEMBER MONTHLY MEETING OF PENGARTH TOWN COUNCIL\n"
        "TO BE HELD ON WEDNESDAY 19TH NOVEMBER, 2008 AT 7.30 P.M.\n\nAGENDA\n\n"
        "Minutes of Monthly Meeting of 15th Oct, 2008.\n\nMatters Arising.\n\n"
        "Correspondence.\n\nAny Other Business.\n\nAnn Cawsand Town Clerk\n\n"
        "MINUTES OF THE OCTOBER 08 MONTHLY MEETING OF\n\n"
        "HELD AT 7.30PM ON WEDNESDAY 15th OCTOBER 2008 IN THE MUNICIPAL OFFICES, MILL STREET.\n\n"
        "Present: Cllr. B. Tregony (Cathaoirleach), Cllrs. C. Polvean, D. Rosevear.\n\n"
        "1. Minutes of September Monthly Meeting\n\nThe minutes were adopted on the proposal of "
        "Cllr. Polvean seconded by Cllr. Rosevear.\n\n"
        "2. Matters Arising\n\nCllr. Polvean asked about the lights on Canal Road.\n\n"
        "3. Correspondence\n\nThe correspondence was noted.\n")
    assert (agenda.kind, str(agenda.date)) == ("agenda", "2008-11-19")
    assert (minutes.kind, str(minutes.date)) == ("minutes", "2008-10-15")
    assert [item.title for item in minutes.items] == [
        "Minutes of September Monthly Meeting", "Matters Arising", "Correspondence"]


def test_a_letter_requesting_attendance_at_a_meeting_on_a_day_opens_its_agenda() -> None:
    """'You are requested to attend a meeting of the … Committee on Wednesday …' under a
    letterhead, however far down: the agenda of that day's meeting, apart from the earlier
    minutes the pack carries."""
    page1 = ("{B}Eastmere\n{B}Borough Council\n\nCivic Centre, High Street, Eastmere EA1\n"
             "Telephone 01632 960 100 Facsimile 01632 960 101\nWebsite www.example.org\n"
             "Document Exchange DX 10001 Eastmere\nPrinted on recycled paper\n\nTo the "
             "Members of the "
             "Licensing Committee,\n\nYou are requested to attend a meeting of the Licensing "
             "Committee on Tuesday 4\nMarch 2014 at 7.00pm in the Council Chamber, for the "
             "business set out below.\n\nPaul Ember\nChief Executive\n24 February 2014\n\n"
             "{B}AGENDA\n\n{B}1. Apologies\n\nTo receive apologies for absence.\n\n{B}2. Fees\n\n"
             "To set the licence fees for 2014/15.\n\n{B}3. Street Trading\n\nTo review the "
             "consent streets.\n")
    page2 = ("Minutes of a meeting held at the Civic Centre, Eastmere\n\non Tuesday 4 February "
             "2014\n\nPresent: Councillors Ash (Chairman), Bell and Cole.\n\n{B}21. APOLOGIES\n\n"
             "None.\n\n{B}22. FEES\n\nThe Committee noted the report.\n\n{B}23. STREET TRADING"
             "\n\nRESOLVED that the consent streets be confirmed.\n")
    meetings = pdf_meetings((page1.replace("{B}", HEADING_MARK),
                             page2.replace("{B}", HEADING_MARK)))
    assert [(m.kind, m.date) for m in meetings] == [("agenda", date(2014, 3, 4)),
                                                    ("minutes", date(2014, 2, 4))]


def test_minutes_headed_by_the_titles_of_the_agenda_listed_above_them() -> None:
    """'Agenda:' and its entries one a line, then each title again as a heading over its
    minute: the headings are the items, numbered as listed, each with its own text."""
    page = ("<html><body><h2>Minutes of the meeting held on 15th February 2017</h2>"
            "<p>Apologies: Orla Dunne</p><h3>Agenda:</h3>"
            "<p>1. Minutes of the Previous Meeting<br>2. Treasurer's Report<br>"
            "3. Old Forge Restoration<br>4. Date of Next Meeting</p>"
            "<h3>Minutes of the Previous Meeting</h3><p>The minutes were accepted and signed.</p>"
            "<h3>Treasurer's Report</h3><p>The Treasurer gave the report. The balance is "
            "€6,077.</p>"
            "<h3>Old Forge Restoration</h3><p>It was decided to hold a public meeting in "
            "April.</p>"
            "<h3>Date of Next Meeting</h3><p>15th March 2017.</p></body></html>")
    (meeting,) = html_meetings(page)
    assert [(item.number, item.title, item.decision) for item in meeting.items] == [
        ("1", "Minutes of the Previous Meeting", "agreed"), ("2", "Treasurer's Report", "none"),
        ("3", "Old Forge Restoration", "agreed"), ("4", "Date of Next Meeting", "none")]
    assert "public meeting in April" in meeting.items[2].text


def test_an_agenda_s_times_in_a_column_before_its_numbers_are_no_part_of_its_entries() -> None:
    """'8.00 6. Planning Applications', '8.20 7. County Councillor's Report': a time for some
    entries in a column before their numbers; the entries are numbered and titled without it."""
    (agenda,) = text_meetings(
        "QUENBURY PARISH COUNCIL\n\nYou are summoned to attend the meeting of the Parish Council "
        "on Wednesday 8th June 2022 at 7.30pm in the Village Hall.\n\nAGENDA\n\n"
        "7.30 1. Apologies for absence\n\n2. Declarations of interest\n\n"
        "3. Minutes of the meeting held on 11th May 2022\n\n8.00 4. Planning Applications\n\n"
        "8.20 5. County Councillor's Report\n\n6. Correspondence\n\n"
        "8.50 7. Finance: Bank Balances & Payments\n")
    assert [item.number for item in agenda.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert agenda.items[3].title == "Planning Applications"


def test_the_public_session_between_an_agenda_s_entries_is_an_entry_of_its_own() -> None:
    """'Public Session – members of the public may address the council (7.55)' between
    entries 2 and 3, unnumbered as clerks leave it: an entry of its own, titled without its
    time."""
    (agenda,) = text_meetings(
        "HOLMBY PARISH COUNCIL\n\nYou are summoned to attend the meeting of the Parish Council "
        "on Monday 1 November 2021 at 7.30pm in the Village Hall.\n\nAGENDA\n\n"
        "1. Apologies (7.40)\nTo receive apologies.\n\n"
        "2. Police Matters (7.50)\nReport from the PCSO.\n\n"
        "Public Session – members of the public may address the council (7.55)\n\n"
        "3. Finance (8.15)\nTo approve the payments.\n\n4. Planning (8.40)\n"
        "To consider applications.\n")
    assert [item.title for item in agenda.items] == [
        "Apologies", "Police Matters",
        "Public Session – members of the public may address the council", "Finance",
        "Planning"]
