"""How a record's opening names the body that met: a clerk's 'Un-confirmed' minutes, 'At a
meeting of the … held on', a parish meeting that is its parish's body, a web post's byline."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.bodies import body_name
from indexer.parse.meetings import parse_document
from indexer.records import HEADING_MARK
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

COMMISSIONERS = """UN-CONFIRMED MINUTES OF THE MONTHLY MEETING OF KIRK MALEW
COMMISSIONERS HELD IN THE COMMISSIONERS' OFFICE ON WEDNESDAY 4th
FEBRUARY 2026 AT 7.00PM

PRESENT Mr K J Radley (Chairman)

Mrs A Corkill

1. APOLOGIES

Apologies were received from Mr T Quayle.

2. MINUTES

The minutes of the meeting held on 7th January 2026 were approved and signed.
"""


def test_un_confirmed_minutes_open_a_record_named_for_its_commissioners() -> None:
    meeting = text_meetings(COMMISSIONERS)[0]
    assert meeting.committee == "Kirk Malew Commissioners"
    assert str(meeting.date) == "2026-02-04"
    assert [item.title for item in meeting.items][:2] == ["APOLOGIES", "MINUTES"]


BOARD = """NORTHBY BOROUGH COUNCIL

At a meeting of the Audit, Risk and Finance Board held on 14 January 2026

Present Councillor Mrs L Pattle (Chairman)

Councillors P Gale and D Wren

1. Apologies

There were no apologies.

2. Internal Audit Plan

The Board approved the plan.
"""


def test_at_a_meeting_of_names_the_board_under_its_council() -> None:
    meeting = text_meetings(BOARD)[0]
    assert meeting.committee == "Northby Borough Council — Audit, Risk and Finance Board"
    assert str(meeting.date) == "2026-01-14"


PARISH_MEETING = """FELLSIDE HEAD PARISH MEETING

Minutes of Fellside Head Parish Meeting held on Wednesday, 21st March, 2012, in the Institute at
7.30 p.m.

Present: Alan Birkett (chairman), Ruth Airey and Thomas Airey.

1. Minutes of the last meeting

The minutes were read and signed.

2. Footpaths

It was agreed to write to the county council about the stile.
"""


def test_a_parish_meeting_is_the_body_of_its_parish() -> None:
    meeting = text_meetings(PARISH_MEETING)[0]
    assert meeting.committee == "Fellside Head Parish Meeting"
    assert str(meeting.date) == "2012-03-21"


def test_a_councils_annual_parish_meeting_names_no_body() -> None:
    assert body_name(["Burton Annual Parish Meeting"]) == ""
    assert body_name(["Minutes of the Annual Parish Meeting of Burton Parish Council"]) \
        == "Burton Parish Council"


def test_a_posts_byline_names_who_runs_the_site_not_the_body() -> None:
    assert body_name(["Hollow Lane Allotment Trustees Meeting Posted on 3 May 2025 by Hollow "
                      "Lane Parish Council"]) == ""
    assert body_name(["Hollow Lane Parish Council Meeting Posted on 3 May 2025 by Admin"]) \
        == "Hollow Lane Parish Council"


SUMMONS = """BRAMLEY COMMON PARISH COUNCIL

Councillors are hereby summoned and Members of the Public
invited to attend
the meeting of the Parish Council
on Monday 13th April 2026 at 7.30pm in the Village Hall.

1. Apologies for absence

To receive apologies.

2. Finance

To approve the payments listed.

3. Date of next meeting

Annual Meeting of the Parish Council, Monday 11th May 2026 at 7.30pm.
"""


def test_a_summons_broken_over_lines_dates_the_agenda_not_the_next_meeting() -> None:
    meetings = text_meetings(SUMMONS)
    assert [str(m.date) for m in meetings] == ["2026-04-13"]
    assert meetings[0].kind == "agenda"
    assert [item.title for item in meetings[0].items] == [
        "Apologies for absence", "Finance", "Date of next meeting"]


RECEIVED = """Council - Monday, 20th July, 2026 7.00 pm

Venue: Council Chamber, Town Hall

Agenda

Minutes of the previous meeting

To confirm the minutes of the meeting held on 15th June 2026.

Regulatory Committees

To formally receive the minutes of the following meetings:

Licensing Committee – 8th June 2026

Planning Committee – 17th June and 8th July 2026

Motions on Notice

To consider any Motions on Notice.
"""


def test_meetings_listed_under_the_following_are_earlier_records_not_new_meetings() -> None:
    meetings = text_meetings(RECEIVED)
    assert [str(m.date) for m in meetings] == ["2026-07-20"]


POST = """Skip to content

Wellcombe Parish Council

Home

Agendas

Posted on

18th June 2026

Agenda Parish Council Meeting Wednesday 24th June 2026

You are hereby invited to the Meeting of the Parish Council on Wednesday 24th June 2026 at 7.30pm
in the Jubilee Room, when the following issues will be considered.

1. Chairman's Remarks

2. Apologies for absence

3. Planning applications
"""


def test_a_web_posts_agenda_is_dated_by_its_invitation() -> None:
    meeting = text_meetings(POST)[0]
    assert str(meeting.date) == "2026-06-24"
    assert meeting.kind == "agenda"


BILINGUAL = """CYNGOR CYMUNED LLANFAIR COMMUNITY COUNCIL

Cofnodion Cyfarfod Minutes of the Meeting 12 Mehefin / June 2025 Neuadd y Pentref / Village Hall

PRESENNOL/PRESENT Cllrs. G. Breese, I. Humphreys, L. Jarman

1 Ymddiheuriadau/Apologies. A. Jenkins (holiday).

2 Cofrestriad o ddiddordeb/Registration of interest (if known at this point). B. Pryce – item 5.

3 Materion mynwentydd/Cemetery matters. a) The invoice had been received. b) It was resolved to \
obtain two quotes for the wall.

4 Gohebiaeth/Correspondence. a. Gwynedd Council – consultation. b. One Voice Wales – newsletter.
"""


def test_bilingual_headings_run_into_their_minutes_and_a_bilingual_date() -> None:
    (meeting,) = text_meetings(BILINGUAL)
    assert str(meeting.date) == "2025-06-12"
    assert [item.title for item in meeting.items] == [
        "Ymddiheuriadau/Apologies",
        "Cofrestriad o ddiddordeb/Registration of interest (if known at this point)",
        "Materion mynwentydd/Cemetery matters", "Gohebiaeth/Correspondence"]
    assert meeting.items[2].decision == "resolved"


def test_a_heading_without_its_year_is_dated_in_the_year_its_weekday_fits() -> None:
    from indexer.parse.dates import yearless_date

    heading = "Minutes of the Meeting held on Tuesday 8th April at 7.30pm in the Pavilion"
    assert str(yearless_date(heading, "WMPC Minutes – April 2025")) == "2025-04-08"
    # 8 April was a Tuesday in 2025 and in 2014: a paper naming both dates nothing, and a year
    # named for no date of that month or day proves nothing.
    assert yearless_date(heading, "April 2014 and April 2025") is None
    assert yearless_date(heading, "Budget 2025/26, precept for 2025") is None
    assert str(yearless_date("held at the Rooms on Wednesday 15th September at 7.00pm",
                             "FC 15.09.21 842")) == "2021-09-15"
    assert yearless_date("Held on Tuesday 8th April 2025", "2025") is None
    # A linked file's name gives the month with its year.
    assert str(yearless_date("Committee Minutes Thursday 14 March",
                             "Open as a PDF document: committee-minutes-march-2024")) \
        == "2024-03-14"
    text = ("WMPC Minutes – April 2025\n\nWESTRY PARISH COUNCIL\n\nMinutes of the Meeting of the "
            "Parish Council held on Tuesday 8th April at 7.30pm in the Pavilion\n\nPresent: "
            "Cllr M Oakley (Chairman), Cllr S Pike\n\n412 APOLOGIES FOR ABSENCE\n\nNone.\n\n"
            "413 ALLOTMENTS\n\nMembers AGREED to raise the rent.\n")
    assert str(text_meetings(text)[0].date) == "2025-04-08"


TABLE_TEXT = """Agenda and minutes
Standards Committee - Wednesday, 2nd October, 2019 7.30 pm
Venue: Bulbourne Room - Civic Centre
No. | Item |
---|---|
Minutes To confirm the minutes from the previous meeting
Minutes: The minutes of the meeting held on 10 July 2019 were confirmed. |
|
Apologies for absence To receive any apologies for absence Minutes: Apologies from Cllr Mahmood. |
|
Declarations of interest To receive any declarations of interest Minutes: None. |
|
Work Programme PDF 44 KB
Minutes: The work programme was noted. |
|
"""


def test_a_meeting_pages_table_saved_as_text_keeps_titles_apart_from_their_notes() -> None:
    (meeting,) = text_meetings(TABLE_TEXT)
    assert [item.title for item in meeting.items] == [
        "Minutes", "Apologies for absence", "Declarations of interest", "Work Programme"]


FORM_HEADING = """1 Environmental Services Committee – 4 March 2024

SLIEVEBAWN DISTRICT COUNCIL

Minutes of Meeting of: Environmental Services Committee

Date and Time: Monday 4 March 2024 at 7.00 pm

Location: Council Chamber, The Courthouse

Present: Councillors: Niall Corrigan; Diana Rafferty

1. Apologies

None.

2. Waste Collection

The Committee agreed the new rounds.

Slievebawn District Council – Environmental Services Committee – 04/03/2024
"""


def test_a_heading_as_labelled_fields_and_a_footer_name_the_body_and_committee() -> None:
    (meeting,) = pdf_meetings((FORM_HEADING,))
    assert meeting.committee == "Slievebawn District Council — Environmental Services Committee"
    assert str(meeting.date) == "2024-03-04"


def test_a_running_footer_names_the_council_with_the_meeting_and_its_date() -> None:
    from indexer.parse.meeting_bodies import _footer_body
    from indexer.records import Line

    lines = [Line("1. Budget Consultation", 1), Line("The Council agreed to respond.", 1),
             Line("Cwm Aran Town Council – Full Council – 10/01/2024", 1)]
    assert _footer_body(lines) == "Cwm Aran Town Council"
    assert _footer_body(lines[:2]) == ""


JOOMLA = """Polwenna Parish Council

Home
Your Council
Meeting Minutes
Agendas
Planning
Contact Us

You are here:  Home  Meeting Minutes  November

November

Details
Written by Clerk
Category: Meeting Minutes
Published: 27 November 2019
Hits: 388

Minutes of the Meeting held at Trewollack Hall Polwenna on Tuesday 19th November 2019 at 7.30 p.m.
Cllrs Pengelly (Chairman), Bolitho, Carne & C.C. Trewin.
Apologies – Cllr Hocking.
518. Public Session – Cllr Trewin gave a brief report on the budget consultation.
519. Minutes of the Previous Meeting
Resolved that the Minutes of the Meeting on Tuesday 15th October 2019 be approved.
520. Highways – The Clerk reported the potholes.
"""


def test_a_record_opened_by_its_held_sentence_and_a_cllrs_list_not_by_its_post_date() -> None:
    (meeting,) = text_meetings(JOOMLA)
    assert str(meeting.date) == "2019-11-19"


POSTED_MINUTES = ("<html><head><title>Meeting 09/22, Tuesday 12th July 2022 – Porthwenn Town "
                  "Council</title></head><body><h1>Meeting 09/22, Tuesday 12th July 2022</h1>"
                  "<ul><li><strong>Present:</strong> Cllrs Penrose (Mayor), Curnow, Pascoe"
                  "</li></ul><p><strong>Public Speaking</strong></p><p>141 Mr. Vosper spoke "
                  "against the application.</p><p><strong>Minutes of the Meeting held on 28th "
                  "June 2022</strong></p><p>142 The Minutes were approved as a true record, "
                  "carried unanimously.</p>"
                  "<p><strong>143 Matters arising</strong></p><p>None.</p></body></html>")


def test_a_minute_titled_by_the_last_meetings_date_does_not_date_this_one() -> None:
    (meeting,) = html_meetings(POSTED_MINUTES)
    assert str(meeting.date) == "2022-07-12"


AGENDA_PAGE = """Home > Council and government > Council Meeting - 23 June 2021

Council Meeting - 23 June 2021

A Meeting of Ochilbrae Council will be held in the Council Chambers, Auchterbrae on Wednesday 23 \
June 2021 at 2.00pm.

Agenda

1.        Welcome and Apologies

2.        Declarations of Interest

3.        icon Annual Treasury Report 2020/21 [3Mb] - Report by Head of Finance (copy \
herewith 21/188) (Pages 19-40)

4.        icon Revenue Budget Outturn 2020/21 [1Mb] - Report by Head of Finance (Pages 41-66)
"""


def test_an_agenda_page_under_its_page_heading_lists_its_entries_without_link_furniture() -> None:
    meetings = text_meetings(AGENDA_PAGE)
    agenda = next(m for m in meetings if m.kind == "agenda")
    assert [item.title for item in agenda.items] == [
        "Welcome and Apologies", "Declarations of Interest", "Annual Treasury Report 2020/21",
        "Revenue Budget Outturn 2020/21"]


def test_a_packs_page_number_and_title_words_are_not_the_committees() -> None:
    from indexer.records import Document, SourceMeta

    page = ("Page 1 Cabinet - 10 March 2026\n\nTellingford\n\nCABINET\n\nTuesday, 10th March, "
            "2026, 6.30 pm - Council Chamber\n\nPresent: Councillors Dawn Afolabi (Chair) and "
            "Rahim Choudhury\n\n1. Apologies\n\nNone.\n\n2. Financial Monitoring Report\n\n"
            "RESOLVED that the report be noted.\n")
    (meeting,) = parse_document(Document("p.pdf", "pdf", (page,), SourceMeta(),
                                         title="Supplementary Pack Cabinet 10 March 2026"))
    assert meeting.committee == "Cabinet"


def test_an_agm_then_the_committee_meeting_after_it_with_glued_run_in_headings() -> None:
    meetings = text_meetings(
        "ORLINGHAM GREEN VILLAGE HALL MANAGEMENT COMMITTEE\n\n"
        "Minutes of the AGM held on Monday 4th December, 2023\n\n"
        "Present: Jo Abbot (Chairman), Kit Bright, Lee Carter\n\n"
        "1. Welcome and Apologies:The Chairman welcomed everyone. There were no apologies.\n\n"
        "2. Minutes of 2022 AGM:The minutes were proposed by Kit Bright and approved.\n\n"
        "3. Treasurer’s Report:Lee Carter presented the accounts, which were adopted.\n\n"
        "Minutes of the Committee Meeting held on Monday 4th December, 2023, after the AGM\n\n"
        "Present: as above.\n\n"
        "1. Bookings:Kit Bright reported that the diary was full. It was agreed to raise fees.\n\n"
        "2. Maintenance:The boiler has been serviced.\n\n"
        "3. Date of Next Meeting:Monday 5th February 2024.\n")
    assert [[i.title for i in m.items] for m in meetings] == [
        ["Welcome and Apologies", "Minutes of 2022 AGM", "Treasurer’s Report"],
        ["Bookings", "Maintenance", "Date of Next Meeting"]]
    assert [m.date.isoformat() for m in meetings if m.date] == ["2023-12-04", "2023-12-04"]


def test_a_page_titled_by_its_meeting_and_date_dates_minutes_that_give_none() -> None:
    """'<title>Meeting 04/23, Tuesday 11th April 2023 – Ruskett Town Council</title>' over minutes
    whose own heading gives no date: the page's title dates them."""
    page = ("<html><head><title>Meeting 04/23, Tuesday 11th April 2023 – Ruskett Town Council"
            "</title></head><body><h1>Minutes of the Town Council</h1>"
            "<p>Present: Cllr A Pike (Mayor), Cllr B Otterway</p>"
            "<p><strong>1. Apologies</strong></p><p>Apologies were received from Cllr Whitlaw, "
            "who was away on holiday this month.</p>"
            "<p><strong>2. Finance</strong></p><p>The Clerk presented the accounts, which were "
            "approved by all present.</p></body></html>")
    assert html_meetings(page)[0].date == date(2023, 4, 11)


def test_a_date_wrapped_after_its_day_under_the_place_and_hour_dates_the_record() -> None:
    """'Village Hall, Cwmgarth, 7pm 5th of' / 'November 2022' under the council's name: the
    date wrapped after its day still dates the meeting."""
    (meeting,) = pdf_meetings((
        "CWMGARTH COMMUNITY COUNCIL\n\nVillage Hall, Cwmgarth, 7pm 5th of\nNovember 2022\n\n"
        "Present: Cllr Gwion Bevan (Chairman), Cllr Non Prydderch, Cllr Iolo Tudur\n\n"
        "1 Declarations of interest\nNone.\n\n2 Minutes\nThe minutes were confirmed.\n\n"
        "3 Footpaths\nCllr Bevan reported on the stile at Rhos Ddu.\n",))
    assert meeting.date == date(2022, 11, 5)


YEAR_FILE_BROKEN_BEFORE_HELD = """\
The Annual Meeting of Hobley Wick Parish Council
held at
Tolley Green Reading Room on Monday 15th May 2017, 7.00pm

Present: - Mr A Cattle, Mrs B Dorrell, Mr C Eaves

1. Apologies

None.

2. Election of Chairman

Mr Cattle was elected Chairman. All agreed.

3. Date of the next meeting.

Monday 12th June 2017.

Minutes of the Meeting of Hobley Wick Parish Council
held at
Tolley Green Reading Room on Monday 12th June 2017, 7.30pm

Present: - Mr A Cattle (Chairman), Mrs B Dorrell, Mr C Eaves

1. Apologies

None.

2. Planning

No applications.

3. Date of the next meeting.

Monday 10th July 2017.
"""


def test_a_meeting_s_sentence_broken_before_its_held_opens_each_meeting() -> None:
    """'The Annual Meeting of … Parish Council' / 'held at' / '<place> on Monday 15th May 2017':
    the opening sentence, broken before 'held', dates its meeting, the first and a later one."""
    meetings = text_meetings(YEAR_FILE_BROKEN_BEFORE_HELD)
    assert [m.date for m in meetings] == [date(2017, 5, 15), date(2017, 6, 12)]
    assert [[i.title for i in m.items] for m in meetings] == [
        ["Apologies", "Election of Chairman", "Date of the next meeting"],
        ["Apologies", "Planning", "Date of the next meeting"]]


def test_a_date_field_on_one_line_with_the_records_other_fields_dates_the_meeting() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "PENTEWAN PARISH COUNCIL\n\nMINUTES\n\n"
        "DATE: Tuesday 9th June 2009 TIME: 19.30 hrs VENUE: Pentewan Institute PRESENT: "
        "Councillors Ann Gorran (Chair), Ben Rosevear and Carol Tregony.\n\n"
        "1. APOLOGIES None were received.\n\n2. MINUTES The minutes of the meeting held on "
        "12th May 2009 were approved.\n\n3. FINANCE The balance of £640.10 was noted.\n")
    assert meeting.date == date(2009, 6, 9)


def test_meetings_headed_by_their_kind_over_a_held_line_and_a_list_of_councillors() -> None:
    """A hand-made page: 'Annual Meeting of the Parish Council' / 'held - Tuesday May 20th 2003
    in the Reading Room.' / 'Councillors A B, C D …', then numbered lines; a second meeting
    'Parish Council Meeting' / 'held - …' under it. Each is dated by its own held line."""
    later, earlier = html_meetings(
        "<html><body><h2>Trewin Parish Council</h2><p>Annual Meeting of the Parish Council<br>"
        "held - Tuesday May 20th 2003 in the Reading Room.</p><p>Councillors Hugh Bath, Carol "
        "Wray, John Reeve and Parish Clerk Chris Jess</p><p>1.Elect Chair:<br>Hugh Bath was "
        "proposed by John and seconded by Carol.<br>2. There were no apologies<br>3. Standing "
        "Orders were approved<br>4. Next meeting Tuesday July 15th 2003</p>"
        "<p>Parish Council Meeting<br>held - Tuesday March 18th 2003 in the Reading Room.</p>"
        "<p>Councillors Hugh Bath (Chair), Carol Wray, John Reeve and 4 parishioners</p>"
        "<p>1. There were no apologies<br>2. The minutes were approved and signed<br>"
        "3.Planning:<br>The Council agreed to support the application.<br>4. Next meeting - "
        "Tuesday May 20th 2003</p></body></html>")
    assert (str(later.date), str(earlier.date)) == ("2003-05-20", "2003-03-18")
    assert [i.number for i in later.items] == ["1", "2", "3", "4"]
    assert [i.number for i in earlier.items] == ["1", "2", "3", "4"]


def test_a_record_naming_its_kind_alone_takes_the_one_council_of_that_kind_its_text_names() -> None:
    filler = "".join(f"{n}. Item {n}\n\nThe Council noted the update from the working group.\n\n"
                     for n in range(1, 25))
    (meeting,) = text_meetings(
        "Minutes of the Parish Council Meeting held in the Granary Room on 7th March 2011\n\n"
        "Present: Cllr J Edwin (Chair), Cllr T Ash.\n\n" + filler + "25. Correspondence\n\nThe "
        "Clerk reported on a letter addressed to Hollow Parish Council from the highways team.\n")
    assert meeting.committee == "Hollow Parish Council"


@pytest.mark.parametrize("approval", [
    "Approved with one change to the gala day's date.",
    "These were approved once the gala day's date was changed."])
def test_the_last_minutes_heading_over_their_approval_is_an_item_not_a_second_meeting(
        approval: str) -> None:
    page = f"""<html><body><main><h2>Minutes 13-03-24</h2>
    <p><strong>CRAIGLEA FEUARS' AND HOUSEHOLDERS' COUNCIL</strong></p>
    <p><strong>MINUTES OF MEETING HELD IN CRAIGLEA VILLAGE HALL ON</strong></p>
    <p><strong>WEDNESDAY 13th MARCH 2024 at 7.00pm</strong></p>
    <p><strong>PRESENT:</strong><br>Jean Moffat (Chair), Rab Tweedie, Isla Gow</p>
    <p><strong>APOLOGIES:</strong><br>Fergus Hay</p>
    <p><strong>MINUTES OF MEETING HELD ON 14.02.2024:</strong></p>
    <p>{approval} Proposed by Rab Tweedie Seconded by Isla Gow</p>
    <p><strong>MATTERS ARISING:</strong><br>There were no matters arising.</p>
    <p><strong>PATH LIGHTING:</strong><br>Rab reported two quotes. It was agreed to take the
    cheaper one.</p>
    <p><strong>DATE OF NEXT MEETING:</strong><br>Wednesday 10th April 2024.</p>
    </main></body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.date == date(2024, 3, 13)
    titles = [item.title for item in meeting.items]
    assert titles[titles.index("MINUTES OF MEETING HELD ON 14.02.2024"):][:3] == [
        "MINUTES OF MEETING HELD ON 14.02.2024", "MATTERS ARISING", "PATH LIGHTING"]


def test_a_summons_without_its_year_is_not_dated_by_the_minutes_an_entry_names() -> None:
    text = """PARKS COMMITTEE

ASHWELL PARISH COUNCIL

You are summoned to attend a meeting of the PARKS COMMITTEE on MONDAY 23rdApril at 8pm.

Cllr Mrs R Dorrell (Chairman), Cllr A Maddock, Cllr M Lusty

45p. Apologies for absence

46p. Minutes
Of the meeting on 20 February 2012, for approval

47p. Play areas
To receive the inspection report.

48p. Date of next meeting
"""
    meetings = text_meetings(text)
    assert [m.date for m in meetings] == [None]


def test_a_committee_named_by_the_summons_keeps_the_council_of_the_site_it_is_on() -> None:
    page = """<html><head><title>Planning Committee – 14/06/2016 | Selbury Town Council</title>
    </head><body><main><h1>Planning Committee – 14/06/2016</h1>
    <p>To: Members of the Planning Committee</p>
    <p>Please attend a meeting of the Planning Committee on Tuesday 14 June 2016 at 6pm in the
    Council Chamber for the business listed below.</p>
    <h2>Agenda Items</h2>
    <ul><li><span>1</span><span>Apologies for Absence</span></li><li><span>2</span><span>
    Declarations of Interest</span></li>
    <li><span>3</span><span>Minutes</span><div><p>Minutes of the meeting of 24 May 2016 for
    approval.</p></div></li>
    <li><span>4</span><span>Planning Applications</span><div><p>Applications received since the
    last meeting.</p></div></li>
    <li><span>5</span><span>Date of Next Meeting</span></li></ul></main></body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == "Selbury Town Council — Planning Committee"


def test_an_item_under_a_running_reference_naming_earlier_minutes_dates_nothing() -> None:
    text = """Kelby Parish Council

OPEN SESSION
Two residents asked about the state of the bus shelter.

19/41 APOLOGIES FOR ABSENCE
Cllr Ames (holiday).

19/42 DECLARATIONS OF INTEREST
None.

19/43 MINUTES OF THE ORDINARY MEETING of Tuesday 9th April 2019 Proposed Cllr Bray, seconded
Cllr Cole, agreed and signed by the Chairman.

19/44 FINANCE
The accounts for payment were approved.
"""
    [meeting] = text_meetings(text)
    assert meeting.date is None
    assert [item.number for item in meeting.items][-2:] == ["19/43", "19/44"]


def test_minutes_for_a_kind_of_meeting_of_commissioners_dated_on_the_line_name_them() -> None:
    meeting = text_meetings(
        "Minutes for the Ordinary Meeting of Kirk Balla Parish Commissioners Wednesday 5 March "
        "2014\n\nPresent: Mrs E Kinvig, Mr T Cain, Mr P Kneale\n\n1. Apologies\n\nNone.\n\n"
        "2. Street Lighting\n\nThe Board agreed to renew the contract.\n\n3. Finance\n\n"
        "Payments were approved.\n")[0]
    assert meeting.committee == "Kirk Balla Parish Commissioners"
    assert str(meeting.date) == "2014-03-05"


def test_a_parish_council_named_by_its_kind_alone_takes_its_place_from_a_wrapped_venue() -> None:
    meeting = text_meetings(
        "MINUTES OF THE MEETING OF PARISH COUNCIL HELD AT TRENWITH VILLAGE\n"
        "HALL, TRENWITH, ON 4TH JUNE 2019 AT 7.30PM\n\n"
        "COUNCILLORS PRESENT Councillors Mr Ivor Trebilcock (Chairman), Mrs Ann Polmear.\n\n"
        "1. APOLOGIES\n\nNone.\n\n2. FOOTPATHS\n\nThe stile had been mended.\n\n"
        "3. FINANCE\n\nThe accounts were approved.\n")[0]
    assert meeting.committee == "Trenwith Parish Council"


def test_a_records_title_after_a_draft_label_and_colon_opens_its_meeting() -> None:
    """A site's archive of posts: 'Draft: minutes of an ordinary meeting … held on …' opens a
    record as 'Draft minutes of …' does, apart from the next post's meeting."""
    text = ("Ashcombe Parish Council\n\nDraft: minutes of an ordinary meeting of Ashcombe Parish "
            "Council held on Tuesday 6 March 2018 at the Village Hall.\n\nPresent: Mr Ian Ash "
            "(Chair), Mrs Jo Bell.\n\n1. Apologies: none.\n2. Minutes: agreed and signed.\n"
            "3. Finance: the payments were approved.\n\nMinutes of an ordinary meeting of "
            "Ashcombe Parish Council held on Tuesday 6 February 2018 at the Village Hall.\n\n"
            "Present: Mr Ian Ash (Chair), Mrs Jo Bell.\n\n1. Apologies: none.\n2. Minutes: "
            "agreed.\n3. Grass cutting: the quote was accepted.\n")
    meetings = text_meetings(text)
    assert [(m.date, len(m.items)) for m in meetings] == [(date(2018, 3, 6), 3),
                                                          (date(2018, 2, 6), 3)]


def test_a_running_head_giving_the_meetings_kind_before_its_body_is_the_same_meeting() -> None:
    """A county's minutes: each motion numbered apart ('C-88/09 MOVED BY COUNCILLOR …') inside
    items numbered 1, 2, 3 …; later pages headed 'Regular Council Minutes' and the day."""
    page1 = ("COUNTY OF BRAEMOOR NO. 4\n\nMINUTES OF COUNCIL MEETING\n\nMARCH 12, 2009\n\n"
             "The regular meeting of Council of the County of Braemoor No. 4 took place at "
             "the County Office, Coldwater, on Thursday, March 12, 2009, starting at 9:00 a.m."
             "\n\nPRESENT: Reeve A. Holt, Councillors B. Ames, C. Dunn\n\n1. CALL TO "
             "ORDER\n\nReeve Holt called the meeting to order at 9:00 a.m.\n\n2. MINUTES\n\n"
             "C-87/09 MOVED BY COUNCILLOR B. AMES that the minutes be adopted.\n\nMOTION CARRIED"
             "\n\n3. CHEQUES\n\nC-88/09 MOVED BY COUNCILLOR C. DUNN that the cheques be "
             "approved.\n\nMOTION CARRIED\n")
    page2 = ("Regular Council Minutes\n\nMarch 12, 2009\n\n4. ROAD REPORT\n\nC-89/09 MOVED BY "
             "COUNCILLOR B. AMES that the road report be accepted.\n\nMOTION CARRIED\n\n"
             "5. BYLAW 12-09\n\nC-90/09 MOVED BY COUNCILLOR C. DUNN that the bylaw be read a "
             "first time.\n\nMOTION CARRIED\n\n6. ADJOURN\n\nC-91/09 MOVED BY COUNCILLOR B. AMES "
             "that the meeting adjourn.\n\nMOTION CARRIED\n")
    (meeting,) = pdf_meetings((page1, page2))
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4", "5", "6"]


def test_a_date_typed_in_a_letterheads_right_column_dates_the_meeting() -> None:
    (meeting,) = text_meetings(
        "EASTON HOLLOW VILLAGE HALL                          BOARD OF TRUSTEES MINUTES\n"
        "Village Offices, Quarry Street                                Minutes #2009-07\n"
        "Easton Hollow, NY 14000                                          May 4, 2009\n\n"
        "The meeting was called to order at 7:30 P.M. by Mayor Irene Falk.\n\n"
        "1. MINUTES FOR APPROVAL\nMotion to approve the minutes. Motion Carried\n\n"
        "2. AUDIT OF CLAIMS\nMotion to pay the claims. Motion Carried\n")
    assert meeting.date == date(2009, 5, 4)


def test_the_hour_a_meeting_began_then_its_day_under_the_title_dates_it() -> None:
    (meeting,) = text_meetings(
        "Ashwell Parva Parish Council Minutes of the Meeting.\n\n"
        "Commencing 7.30pm, Tuesday 6th March 2018. Held in the Reading Room, Mill Lane.\n\n"
        "Present: Cllrs. Ann Hale, Tom Rigg and Joan Dane.\n\n"
        "1. Apologies.\nNone were received.\n\n2. Finance.\nThe payments were approved.\n")
    assert meeting.date == date(2018, 3, 6)


def test_an_item_approving_earlier_minutes_does_not_date_the_meeting() -> None:
    """'March 2016 Minutes' (no day) over '2. Approval of minutes 17th February 2016': the item
    names the last meeting, whose minutes it approves; the record's day is not known."""
    (meeting,) = html_meetings(
        "<html><body><h1>March 2016 Minutes</h1>"
        "<p>Cllr Carwinnen (Chairman), Cllrs Hellesveor, Ullswick, Pellinor</p>"
        "<h3>1. Declarations of Interest</h3><p>None.</p>"
        "<h3>2. Approval of minutes 17th February 2016</h3>"
        "<p>Accepted as a true record and signed by the Chairman.</p>"
        "<h3>3. Matters arising</h3><p>None.</p></body></html>")
    assert meeting.date is None
    assert [item.title for item in meeting.items][:2] == [
        "Declarations of Interest", "Approval of minutes 17th February 2016"]


def test_a_pages_list_of_links_to_other_meetings_does_not_date_the_record() -> None:
    """'In this section' / '14th May 2018 Annual Meeting' / '12th March 2018' beside the
    record: links to other meetings' papers; the record's heading and opening date it."""
    (meeting,) = text_meetings(
        "Skip to main content\n\nCresswold County Council | Community websites\n\n"
        "Velland Parish Council\n\nSearch this site\nSearch\n\n    Home\n"
        "    Council business\n    Contact the clerk\n\n"
        "You are here: Home > Council business > Minutes > 12th November 2018\n\n"
        "In this section\n\n    14th January 2019 (draft)\n    12th November 2018\n"
        "    10th September 2018\n    14th May 2018 Annual Meeting\n    12th March 2018\n\n"
        "12th November 2018\n\nVelland Parish Council.\n"
        "Minutes of a meeting of Velland Parish Council held on Monday 12 November at 7.30\n"
        "Present: Cllr Nerys Odgers, (Chairman), Cllr Peter Bosustow\n"
        "In attendance: Mrs P Tregonning (clerk)\n\n"
        "1. Apologies for Absence.\nNone.\n\n2. Minutes.\nThe minutes were agreed.\n\n"
        "3. Highways.\nThe clerk will chase the county.\n")
    assert meeting.date == date(2018, 11, 12)


def test_a_date_field_in_figures_with_a_two_figure_year_dates_the_meeting() -> None:
    """'Date: 11-02-16' under the record's title: day first, as 'held 3.7.23' reads; a body's
    heading that ends in a dash before the record's word names it all the same."""
    (meeting,) = html_meetings(
        "<html><body><h2>Fenlow Downs Local Access Forum Meeting –</h2><h2>Minutes</h2>"
        "<p><strong>Date: 11-02-16</strong></p><p>Venue: Meeting Room 2, 6.30pm</p>"
        "<h3>1. Attendees / introductions:</h3><p>Pam Ossory (PO) – Chair</p>"
        "<h3>2. Minutes of last meeting</h3><p>Agreed.</p>"
        "<h3>3. Rights of way update</h3><p>PO reported on the bridleway.</p></body></html>")
    assert meeting.date == date(2016, 2, 11)
    assert meeting.committee == "Fenlow Downs Local Access Forum"


def test_minutes_of_an_extraordinary_meeting_on_a_day_after_a_comma_open_a_meeting() -> None:
    """'Minutes of an Extraordinary meeting of the Parish Council, Monday 22nd October 2012, …'
    after the last meeting closed: a meeting of its own, as 'of the meeting' or 'of a meeting'
    would be."""
    first, second = text_meetings(
        "Minutes of the meeting of the Parish Council, Monday 15th October 2012, Lower Room, "
        "7.30 pm.\n\n98/1213 Present\n\nCouncillors: Mr A Carwinnen (Chairman), Mr D Hellesveor\n\n"
        "99/1213 Apologies\n\nNone.\n\n100/1213 Correspondence\n\nReceived.\n\n"
        "The meeting closed at 9.10 pm.\n\n"
        "Minutes of an Extraordinary meeting of the Parish Council, Monday 22nd October 2012, "
        "Lower Room, 7.00 pm.\n\n101/1213 Present\n\n"
        "Councillors: Mr A Carwinnen (Chairman), Mr D Hellesveor\n\n102/1213 Local Plan\n\n"
        "It was RESOLVED that the Parish Council objects to the allocation.\n")
    assert (first.date, second.date) == (date(2012, 10, 15), date(2012, 10, 22))
    assert [item.title for item in second.items] == ["Present", "Local Plan"]


def test_a_minute_books_meeting_heading_over_a_sentence_naming_who_was_present() -> None:
    """'Special Meeting held June 25th 1953' set as a heading, its first sentence saying who
    was present ('… called by the Chairman. Present Messrs …'): a meeting of its own."""
    first, second = html_meetings(
        "<html><body><h2>Parish Council Minutes for 1953</h2>"
        "<h3>Annual Meeting of the Parish Council held May 7th 1953</h3>"
        "<p>Present Messrs H.Pellinor, W.Skewes and the Clerk A.Trengove.</p>"
        "<p>Election of Chairman. Mr H.Pellinor was elected. Carried.</p>"
        "<p>Correspondence. A letter from the Rural District Council was read.</p>"
        "<h3>Special Meeting held June 25th 1953</h3>"
        "<p>A Special Meeting of the Council was called by the Chairman. Present Messrs "
        "H.Pellinor, Chairman, W.Skewes, F.Quintrell.</p>"
        "<p>Coronation Accounts. The accounts were received and passed.</p></body></html>")
    assert (first.date, second.date) == (date(1953, 5, 7), date(1953, 6, 25))


def test_a_year_of_minutes_pasted_as_one_paragraph_is_read_meeting_by_meeting() -> None:
    """A document site's text of a minute book: one paragraph holding each meeting's title,
    its attendance, its headings in capitals run into their text, and the book's running head
    at every page ('Tolvan Parish Council Minutes 2017-18 Page 2 Initialled')."""
    head = "Tolvan Parish Council Minutes 2017-18 Page {} Initialled"
    text = " ".join([
        head.format(1),
        "Tolvan Parish Council Minutes of the ANNUAL PARISH COUNCIL MEETING held at 7.30pm,",
        "Tuesday 9th May 2017, at the Village Hall, Tolvan Present: Councillor Jan Odgers",
        "(Chairman) Councillor Ann Skewes Villagers: 2 ELECTION OF CHAIRMAN Councillor Skewes",
        "proposed Councillor Odgers. Resolved: Councillor Odgers elected Chairman.",
        "APOLOGIES None. MINUTES The minutes of the meeting held on 14th March 2017 were",
        "approved and signed.", head.format(2), "TELEPHONE KIOSK Councillor Skewes said a",
        "defibrillator could be housed in it. Resolved: to adopt the kiosk. INSURANCE The",
        "renewal at £318.40 was noted. DATE OF NEXT MEETING Tuesday 18th July 2017 at 7pm.",
        "Tolvan Parish Council Minutes of an EXTRAORDINARY MEETING held at 7.00pm, Tuesday",
        "22nd August 2017, at the Village Hall, Tolvan Present: Councillor Jan Odgers",
        "(Chairman) Villagers: 21 APOLOGIES Councillor Skewes. PLANNING APPLICATION W/17/1509",
        "LAND AT THE FORGE Outline application for nine dwellings. Resolved: to object.",
        head.format(3), "The meeting closed at 8.05pm."])
    may, august = text_meetings(text + "\n")
    assert (may.date, august.date) == (date(2017, 5, 9), date(2017, 8, 22))
    assert [item.title for item in may.items] == [
        "ELECTION OF CHAIRMAN", "APOLOGIES", "MINUTES", "TELEPHONE KIOSK", "INSURANCE",
        "DATE OF NEXT MEETING"]
    assert [item.title for item in august.items] == [
        "APOLOGIES", "PLANNING APPLICATION W/17/1509 LAND AT THE FORGE"]
    assert not any("Initialled" in item.text for item in may.items + august.items)


def test_minutes_numbered_in_the_minute_book_open_their_meeting_after_an_agenda() -> None:
    """A pack's agenda, then 'Minutes No. 3052 of the Meeting of the Parish Council held on
    Monday 4 October 2021': the minute book counts its meetings; the minutes are that day's,
    not the day the clerk signed the agenda."""
    agenda = ("COLDMARSH PARISH COUNCIL\nAGENDA\nYou are summoned to attend the ordinary meeting "
              "of the Parish Council on Monday 1 November 2021 at 7.30pm.\n1. Apologies\n"
              "2. Minutes\n3. Planning\nHilary Dunstan, Clerk to the Council, 26 October 2021\n")
    minutes = ("COLDMARSH PARISH COUNCIL\nMinutes No. 3052 of the Meeting of the Parish Council "
               "held on Monday 4 October 2021 at Beacon Hall, Coldmarsh at 7.30pm\n"
               "Present: Cllr Mrs J Pelham (Chairman), Cllr R Aske, Cllr D Breckon\n"
               "1. Apologies. Resolved: to accept the apology.\n"
               "2. Minutes. Resolved: that the minutes be signed.\n"
               "3. Planning. Resolved: no objection.\n")
    meetings = pdf_meetings((agenda, minutes))
    assert [m.date for m in meetings] == [date(2021, 11, 1), date(2021, 10, 4)]


def test_a_bilingual_notice_is_dated_by_its_second_language_s_summons() -> None:
    """An Irish notice dated the day it went out ('1ú Feabhra, 2022'), then the English one
    ('1st February 2022' / 'The next Meeting … will be held on Tuesday 8th February, 2022'):
    the agenda is for the meeting it summons."""
    page = ("Ceantar Bardais Lios Draonáin\nOifig Riarthóir na gCruinnithe, Áras an Chontae.\n"
            "1ú Feabhra, 2022\nFógra Cruinnithe\nTionólfar an chéad chruinniú eile de Cheantar "
            "Bardais Lios Draonáin Dé Máirt an 8ú Feabhra, 2022,\nag 11.00 r.n. i Seomra na "
            "Comhairle.\nCHUIG GACH BALL\nA Chara,\nIarrtar ort a bheith i láthair.\n"
            "Is mise le meas,\nCaoimhín Ó Floinn\nRiarthóir Cruinnithe\n****************\n"
            "Municipal District of Lisdrennan\nOffice of Meetings Administrator, County House.\n"
            "1st February 2022\nNOTICE OF MEETING\nThe next Meeting of the Municipal District of "
            "Lisdrennan will be held on Tuesday 8th February, 2022,\nat 11.00 a.m. in the "
            "Council Chamber.\nTO EACH MEMBER OF THE MUNICIPAL DISTRICT\nDear Councillor,\n"
            "You are summoned to attend this meeting.\nYours sincerely,\nKevin Flynn\n"
            "AGENDA\n1. Consideration of Minutes\n2. Roads Update\n3. Housing Update\n"
            "4. Any Other Business\n")
    (meeting,) = pdf_meetings((page,))
    assert meeting.date == date(2022, 2, 8)


def test_a_record_named_on_its_weekday_without_held_opens_the_meeting_after_an_agm() -> None:
    """'Minutes of the Meeting of … Parish Council on Thursday' / '24th May 2007 …' under an
    annual meeting closed that evening: the ordinary meeting that followed, with its body, and
    an action column's heading ('Action' / 'By') at the right of the heading is no part of it, nor
    is the minute book's page number under it."""
    text = ("                     WESTHOLME PARISH COUNCIL\n"
            "Minutes of an Annual General Meeting held on Thursday 24th May 2007 at 6.30 p.m.\n"
            "Present: Councillor Anne Bray (Chair), Councillor Keith Olds\n\n"
            "Councillor Anne Bray was elected Chairman.\n"
            "The AGM closed at 6.55 p.m.\n\n\n"
            "Minutes of the Meeting of Westholme Parish Council on Thursday                Action\n"
            "24th May 2007 at 7.00 pm in The Memorial Hall, Green Lane.                    By\n"
            "                                                                   Page No.57\n"
            "Present: Chairman: Cllr A Bray.\n         Councillors: K Olds, N Bean\n\n"
            "Police Report:\nPCSO Dunn had sent a written report on two thefts.\n\n"
            "Finance:\nThe following cheques were approved and signed.\n\n"
            "Date of Next Meeting:\nThursday 28th June 2007.\n")
    agm, ordinary = text_meetings(text)
    assert agm.date == ordinary.date == date(2007, 5, 24)
    assert ordinary.committee == "Westholme Parish Council"
    assert [item.title for item in ordinary.items] == [
        "Police Report", "Finance", "Date of Next Meeting"]


def test_extracts_of_two_meetings_each_open_at_the_body_s_meeting_of_a_day() -> None:
    """A page of extracts: '– Polwenna Parish Council, meeting of 3rd September 2020 held @ Zoom
    …, Present were …', its minutes, then the July meeting's extract under its own heading."""
    html = ("<h2>UNRATIFIED MINUTES – SEPTEMBER 2020</h2><h3>EXTRACTS FROM THE MINUTES</h3>"
            "<p>– Polwenna Parish Council, meeting of 3rd September 2020 held @ Zoom at 7.30pm, "
            "Mr Pascoe presiding. Present were Messrs Behenna, Curnow and Jago.</p>"
            "<h3>3/09/20. PUBLIC SESSION</h3><p>No member of the public spoke.</p>"
            "<h3>4/09/20. FINANCE</h3><p>It was RESOLVED to pay the accounts.</p>"
            "<h2>RATIFIED MINUTES JULY 2020</h2><h3>MINUTES</h3>"
            "<p>– Polwenna Parish Council, meeting of 2nd July 2020 held @ Zoom at 7.30pm.</p>"
            "<p>Present: Messrs Behenna, Curnow, Jago and Rowe.</p>"
            "<h3>3/07/20. PUBLIC SESSION</h3><p>No member of the public wished to speak.</p>"
            "<h3>4/07/20. FINANCE</h3><p>It was agreed to pay the accounts listed.</p>")
    september, july = html_meetings(html)
    assert (september.date, july.date) == (date(2020, 9, 3), date(2020, 7, 2))
    assert september.committee == july.committee == "Polwenna Parish Council"
    assert [item.title for item in july.items] == ["PUBLIC SESSION", "FINANCE"]


def test_a_post_titled_by_another_day_is_dated_by_the_record_s_own_line() -> None:
    """'Minutes of the AGM 22nd November 2022' (a post's title), then 'Tamar Catchment Group –
    AGM Minutes from Tuesday 29th November 2022 6pm …' over 'Group Members Present – …': the
    record's own line names the day it met."""
    text = ("Tamar Catchment Group\nHome\nAbout\nMinutes\nContact\n\n"
            "Minutes of the AGM 22nd November 2022\n\n"
            "Tamar Catchment Group – AGM Minutes from Tuesday 29th November 2022 6pm Village "
            "Hall.\n\nTCG Group Members Present – Rosalind Kemble, Hugh Tapscott and Nigel Foy\n\n"
            "1. Welcome – Rosalind Kemble welcomed members.\n\n"
            "2. Minutes of the last AGM – The Minutes of 8th November 2021 were approved.\n\n"
            "3. Chairs Report – Rosalind Kemble talked through the report.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2022, 11, 29)
    assert meeting.committee == "Tamar Catchment Group"


def test_earlier_minutes_under_an_item_s_part_number_do_not_open_a_meeting() -> None:
    """'4.1' / 'Minutes of the Regional Accessibility Advisory Committee - January 22, 2025' on a
    committee system's page of the February meeting: the part's title, not that meeting."""
    html = ("<h1>Regional Accessibility Advisory Committee Minutes</h1>"
            "<p>Wednesday, February 26, 2025 at 2:00 p.m.</p><p>PRESENT:</p><ul>"
            "<li>R. Castellanos (Chair)</li><li>J. Whitfield</li></ul>"
            "<div>1.</div><div>CALL TO ORDER</div><p>The Chair called the meeting to order.</p>"
            "<div>2.</div><div>ADOPTION OF THE MINUTES</div><div>2.1</div>"
            "<div>Minutes of the Regional Accessibility Advisory Committee - January 22, 2025</div>"
            "<p>THAT the minutes be adopted as circulated. Motion CARRIED.</p>"
            "<div>3.</div><div>REPORTS</div><p>The Chair welcomed the new member.</p>"
            "<div>4.</div><div>ADJOURNMENT</div><p>The meeting adjourned at 3:40 pm.</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2025, 2, 26)


def test_a_site_s_similar_papers_spaced_out_above_a_transcription_are_no_meetings() -> None:
    """'Similar documents' over other councils' titles, a blank line between each, the site's
    'Size: px' and 'Download', then the transcription '1 DRAFT/UNAPPROVED … PARISH COUNCIL
    MINUTES OF THE MEETING … ON WEDNESDAY 14 TH SEPTEMBER 2016 …' in one paragraph: one
    meeting, of that council and day."""
    text = ("docsite.example\nMenu\n\nDRAFT/UNAPPROVED BRAMCOTE PARISH COUNCIL\n\n"
            "Similar documents\n"
            "MINUTES OF THE MEETING OF THORNLEY PARISH COUNCIL. Held on 7th March 2016\n\n"
            "SALTHAM PARISH COUNCIL MINUTES OF A MEETING HELD ON WEDNESDAY, 9 TH NOVEMBER 2016\n\n"
            "Cudley Parish Council\n\n"
            "MINUTES OF THE MEETING OF ORCHARD PARISH COUNCIL HELD ON 22 nd SEPTEMBER 2016\n\n"
            "PRESENT: Cllrs R Dunne (Chairman), T Carrow, S Mapp.\n\n"
            "Size: px\nStart display at page:\n\nDownload \"DRAFT/UNAPPROVED BRAMCOTE PARISH "
            "COUNCIL\"\n\nTranscription\n\n"
            "1 DRAFT/UNAPPROVED BRAMCOTE PARISH COUNCIL MINUTES OF THE MEETING OF BRAMCOTE PARISH "
            "COUNCIL HELD AT THE MEMORIAL HALL ON WEDNESDAY 14 TH SEPTEMBER 2016 AT 7.00 PM "
            "Present: Cllr G Arbery (Chairman), Cllr M Tresize, Cllr P Oldroyd 16/101 PUBLIC "
            "QUESTION TIME: None. 16/102 APOLOGIES FOR ABSENCE: Cllr S Whitcombe. 16/103 "
            "DECLARATIONS OF INTEREST: None. 16/104 TO CONFIRM THE MINUTES: Proposed: Cllr "
            "Oldroyd Seconded: Cllr Tresize - Resolved. 16/105 CLERK'S REPORT: The Clerk "
            "presented her report. 16/106 PLANNING: No applications had been received. 16/107 "
            "DATE OF NEXT MEETING: Wednesday 12th October 2016.\n\n"
            "Download \"DRAFT/UNAPPROVED BRAMCOTE PARISH COUNCIL\"\n")
    (meeting,) = text_meetings(text)
    assert (meeting.committee, meeting.date) == ("Bramcote Parish Council", date(2016, 9, 14))


def test_a_volume_of_two_groups_minutes_opens_each_at_the_group_s_notes_of_the_meeting() -> None:
    """'Steering Group – Minutes of the meeting held on 19th September 2012 …' and 'Built
    Environment Working Group – Notes of meeting held 10th October 2012 …', each under its
    agenda line: each group's meeting of its day."""
    text = ("Steering Group – Agenda for Wednesday 19th September 2012, 7.30pm\n"
            "1 Apologies. 2 Notes of the meeting of 15th August. 3 Funding.\n\n"
            "Steering Group – Minutes of the meeting held on 19th September 2012 at Copperbeech\n"
            "Present: Ruth Pennock (Chair), Alun Hextall, Maggie Strode.\n"
            "1. Apologies:\nNone.\n2. Notes of the meeting of 15th August:\nAgreed.\n"
            "3. Funding:\nCV proposed that the group apply for a grant, carried unanimously.\n\n"
            "Built Environment Working Group – Agenda, Wednesday 10th October 2012, 7pm\n"
            "1 Welcome. 2 Convenor. 3 Character areas.\n\n"
            "Built Environment Working Group – Notes of meeting held 10th October 2012 at Kiln "
            "Cottage\nPresent: Colin Verrall, Hester Ruddle, Barnaby Quayle.\n"
            "1. Welcome:\nCV explained the timetable.\n2. Convenor:\nHR offered to convene; "
            "agreed.\n3. Character areas:\nIt was agreed to walk the village.\n")
    dates = [(m.committee, m.date) for m in text_meetings(text) if m.items]
    assert ("Steering Group", date(2012, 9, 19)) in dates
    assert ("Built Environment Working Group", date(2012, 10, 10)) in dates


def test_a_summons_signed_over_its_date_is_no_meeting_and_its_pack_s_minutes_open_theirs() -> None:
    """'Hamish Tregellas' / 'Chief Executive Officer' / '9 November 2017' signs a summons, not a
    meeting of that day; the earlier minutes bound in the pack ('MINUTES' / 'Ordinary Council
    Meeting held … on Wednesday 18 October 2017 …') are that meeting's, its 'NEXT MEETING'
    entry naming no meeting."""
    text = ("SHIRE OF QUELLINUP\n\nDear Elected Member\n\nThe November Ordinary Meeting of "
            "Council will be held in the Council Chambers on Wednesday 15 November 2017, starting "
            "at 2.00pm.\n\nHamish Tregellas\nChief Executive Officer\n9 November 2017\n\n"
            "AGENDA\n\n1. DECLARATION OF OPENING\n\n2. APOLOGIES\n\n"
            "3. CONFIRMATION OF MINUTES\n\n4. ACCOUNTS FOR PAYMENT\n\n5. NEXT MEETING\n"
            "Ordinary Council Meeting – Wednesday 20 December 2017, 2.00pm\n\n"
            "6. CLOSURE OF MEETING\n\n"
            "SHIRE OF QUELLINUP\nMINUTES\nOrdinary Council Meeting held in the Council Chambers "
            "on Wednesday 18 October 2017 commencing at 2.00pm\n\n"
            "1. DECLARATION OF OPENING\nThe meeting was declared open at 2.04pm.\n\n"
            "2. RECORD OF ATTENDANCE\nCr R J Fennimore President, Cr P Absolon Deputy President\n\n"
            "3. CONFIRMATION OF MINUTES\nMoved Cr Absolon, Seconded Cr Oakenfull\nCARRIED 6/0\n\n"
            "4. CLOSURE OF MEETING\nThe meeting was declared closed at 3.37pm.\n")
    assert [m.date for m in text_meetings(text)] == [date(2017, 11, 15), date(2017, 10, 18)]


def test_a_record_held_at_an_hour_p_m_before_its_day_is_dated_by_that_day() -> None:
    """'Minutes of meeting of Full Council held at 3:00 p.m. Monday 22 March 2021 on Microsoft
    Teams': the stop of 'p.m.' ends no sentence."""
    text = ("Rathmore County Council\n"
            "Minutes of meeting of Full Council held at 3:00 p.m. Monday 22 March 2021 on "
            "Microsoft Teams\n\nMembers Present: Councillor D Fennelly (Cathaoirleach), "
            "Councillors F Brophy, C Carew.\n\n01/0321 Bereavements\nA minute's silence was "
            "observed.\n\n02/0321 Minutes\nResolved that the minutes be adopted.\n\n"
            "03/0321 Correspondence\nThe correspondence was noted.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2021, 3, 22)


def test_a_meeting_s_kind_set_as_a_heading_over_its_place_and_day_opens_it() -> None:
    """'Annual General Meeting' in a heading element, then its hall and '10 May 2007': that
    day's meeting, on a page whose title gives only the year."""
    html = ("<h1>Estate AGM Minutes: 2007</h1><p>Trustee Trustee</p><p>Mr R Kettle Mrs A Penn</p>"
            "<p>Chair Treasurer</p><p>14 Juniper Drive</p><p>3 Larch Close 41 Juniper Drive</p>"
            "<h2>Annual General Meeting</h2><p>St Barnabas Church Hall - Hollin Lane</p>"
            "<p>10 May 2007</p><p>NOTE - The annual levy is due on 1 April each year.</p>"
            "<p>Meeting opened: 19.30</p><p>Apologies were received from 9 residents.</p>"
            "<h3>1. Apologies</h3><p>Apologies were received from six residents.</p>"
            "<h3>2. Minutes of the 2006 AGM</h3><p>The minutes were agreed.</p>"
            "<h3>3. Treasurer's Report</h3><p>The accounts were approved.</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2007, 5, 10)


def test_a_record_titled_by_its_day_in_american_figures_is_of_that_day() -> None:
    """'Unapproved Minutes of 9/17/13 Meeting' over a trustees' numbered paragraphs."""
    text = ("Fernley Cemetery Trustees\n\nUnapproved Minutes of 9/17/13 Meeting\n"
            "1. In attendance: Trustees Lorraine Pike, Gordon Haskell.\n"
            "2. Meeting called to order @ 6:30pm.\n"
            "3. Motion made by Gordon to accept the minutes, Lorraine seconded, unanimous.\n"
            "4. Lorraine reported that the old burial ledger had been found.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2013, 9, 17)


def test_a_meeting_s_kind_and_its_day_in_figures_over_its_attendance_date_it() -> None:
    """'AGM 24/2/16 at 8pm – Old School House –' over 'Attendance – …': the AGM of 24 February
    2016, under a post titled 'AGM 2016'."""
    html = ("<h1>AGM 2016</h1><p>AGM 24/2/16 at 8pm – Old School House –</p>"
            "<p>Attendance – P. Geraghty – Chair, M. Duignan, Tom Farrell</p>"
            "<p>Chairman – welcomed all.</p>"
            "<p>Minutes of AGM 2015 were read – proposed by Tom Farrell and accepted.</p>"
            "<p>Next meeting – Wednesday 9th March at 8pm in Old School House.</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2016, 2, 24)


@pytest.mark.parametrize(("title", "committee", "day"), [
    ("Minutes – Spokes Karewhiti AGM, Wednesday 18 March 2026", "Spokes Karewhiti",
     date(2026, 3, 18)),
    ("MINUTES – RCF meeting held on Monday 3rd December 2018 at 7.45pm, Ramsclough Community "
     "Centre", "RCF", date(2018, 12, 3)),
])
def test_a_record_dashed_from_a_body_s_agm_or_its_meeting_held_on_a_day_opens_there(
        title: str, committee: str, day: date) -> None:
    """A forum's thread or post: the notice and its date first, the minutes later under 'Minutes
    – <body> AGM, <day>' or 'MINUTES – <body> meeting held on <day>', over who was present."""
    text = ("ollie_b (Ollie Brandt) March 19, 2026, 7:12am\n\nThanks all, minutes below.\n\n"
            f"{title}\n\nCommunity Rooms, 6:07pm.\n\n"
            "Present: Rangi Parata (chair), Mele Faleafa (treasurer)\n\n"
            "1. Welcome and apologies\n\nRangi opened the meeting.\n\n"
            "2. Minutes of the last meeting\n\nMoved Mele: that the minutes be accepted. "
            "Carried.\n")
    (meeting,) = text_meetings(text)
    assert (meeting.committee, meeting.date) == (committee, day)


def test_the_minutes_of_a_meeting_held_under_an_agenda_s_last_entry_are_a_record() -> None:
    """An agenda post ending '9. Date of next meeting', then the last meeting's minutes: their
    title says the meeting was held, so it is no next meeting's details."""
    text = ("AGENDA – RCF meeting, Monday 4 February 2019, 7.45pm\n\n1. Welcome and apologies\n"
            "2. Minutes of the meeting held on 3rd December 2018\n3. Matters arising\n"
            "4. Date of next meeting\n\n"
            "MINUTES – RCF meeting held on Monday 3rd December 2018 at 7.45pm, Community Centre\n\n"
            "Present: Alan Whitworth (Chair), Bev Crossley (Secretary)\n\n"
            "1. Welcome and apologies. Alan Whitworth welcomed everyone.\n\n"
            "2. Christmas lights. It was agreed to pay £150 towards the lights.\n")
    meetings = text_meetings(text)
    assert [m.date for m in meetings] == [date(2019, 2, 4), date(2018, 12, 3)]


def test_a_committee_s_heading_dashed_from_its_notes_of_a_meeting_held_opens_the_record() -> None:
    """A paper's cover for the meeting it goes to ('Committee and Date' / '19th February 2013'),
    then the notes' own heading in bold: '… Local Joint Committee – Notes of the Meeting held on
    11th October 2012', over the numbered minutes."""
    page = (f"{HEADING_MARK}Committee and Date\nHarnage and Wistow Local Joint Committee\n"
            "19th February 2013\nItem 3\n\n"
            f"{HEADING_MARK}Members of the Committee:\nBrian Harcourt, Gwen Fidler (Chairman)\n\n"
            f"{HEADING_MARK}Harnage and Wistow Local Joint Committee – Notes of the Meeting held "
            "on 11th October 2012\n\n"
            f"{HEADING_MARK}15. Chairman’s Welcome and Introductions (Agenda Item 1)\n"
            "15.1 The Chairman welcomed all to the meeting.\n\n"
            f"{HEADING_MARK}16. Apologies for absence (Agenda Item 2)\n"
            "16.1 None were received.\n")
    record = pdf_meetings((page,))[-1]
    assert (record.committee, record.date) == (
        "Harnage and Wistow Local Joint Committee", date(2012, 10, 11))
    assert [item.number for item in record.items if item.number] == ["15", "16"]


def test_a_pack_s_numbered_board_minutes_and_its_committee_s_draft_minutes_of_a_call() -> None:
    """A board's pack: its agenda, then 'BRJO Board Meeting #3: 16 September 2022 MINUTES' over
    '1 Welcome and Introductions', then 'General Managers’ Advisory Committee (GMAC)' / 'Draft
    Minutes' / 'Friday 14 October 2022, 10.00am, via Microsoft Teams'."""
    html = ("<h1>BRJO Board Meeting</h1><p>9.00 am Friday 2 December 2022</p>"
            "<p>1. Welcome &amp; Introductions</p><p>2. Urgent Business</p>"
            "<h2>BRJO Board Meeting #3: 16 September 2022 MINUTES</h2>"
            "<h3>1 Welcome and Introductions</h3><p>The Chair welcomed members.</p>"
            "<p>Present: Cr Donna Rafferty, Cr Ian Tremaine</p>"
            "<h3>2 Finance Report</h3><p>Resolved: That the report be noted.</p>"
            "<h2>General Managers’ Advisory Committee (GMAC)</h2><h2>Draft Minutes</h2>"
            "<p>Friday 14 October 2022, 10.00am, via Microsoft Teams</p>"
            "<h3>1. Present and Apologies</h3><p>Present: Lachlan Perrott (Chair)</p>"
            "<h3>2. Waste Contract</h3><p>Agreed to recommend the tender to the Board.</p>")
    meetings = html_meetings(html)
    assert [(m.committee, m.date) for m in meetings][-2:] == [
        ("BRJO Board", date(2022, 9, 16)),
        ("General Managers’ Advisory Committee (GMAC)", date(2022, 10, 14))]


def test_a_record_titled_minutes_of_meeting_with_its_day_in_dashed_figures() -> None:
    """'AGM 2003 - Minutes of meeting 13-03-03 Last updated 02-11-04' over 'Attendees : …': 13
    can only be the day; the page's update stamp after it is not the meeting's."""
    text = ("AGM 2003 - Minutes of meeting 13-03-03 Last updated 02-11-04\n\n"
            "Location : Hartswell Village Hall\n\nAttendees : A Finch R Chape J Chape S Jarman\n\n"
            "Apologies : P Muir S Fell\n\n1. Introduction.\nThe Chairman opened the meeting.\n\n"
            "2. Finance & Membership.\nThe finance report was given by the Treasurer.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2003, 3, 13)


@pytest.mark.parametrize("title", [
    "Minutes of Thornsey Cricket Club AGM, 26th Feb 2012",
    "Minutes of the Thornsey Cricket Club AGM held on 26th Feb 2012"])
def test_a_club_s_agm_titled_by_its_name_and_day_is_its_record(title: str) -> None:
    page = (f"Thornsey Cricket Club - News\n\nNews\n\n{title}\nPosted by Club Secretary on "
            "04/03/2012\n\nPresent: Keith Rollason, Adrian Whitlock, Jon Harber\n\n"
            "Minutes of last year's meeting\nThese were read by Adrian and agreed.\n\n"
            "Chairman's Report\nKeith said it had been a mixed season.\n")
    (meeting,) = text_meetings(page)
    assert meeting.date == date(2012, 2, 26)
    assert meeting.committee == "Thornsey Cricket Club"


def test_a_record_s_title_set_a_few_capital_words_a_line_is_read_to_its_day() -> None:
    # Under a document site's summary of the same title, cut short before its day.
    text = ("UNCONFIRMED MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS, "
            "WARRIMBA ON FRIDAY, 31 JANUARY 2025 COMMENCING 10.00 AM - Shire ...\n←\n→\n"
            "Page content transcription\nIf your browser does not render page correctly, please "
            "read the page content below\n"
            "UNCONFIRMED MINUTES\n  OF THE ORDINARY MEETING\n         OF COUNCIL\n"
            "           HELD IN\nTHE COUNCIL CHAMBERS, WARRIMBA\n ON FRIDAY, 31 JANUARY 2025\n"
            "   COMMENCING 10.00 AM\n\n1. DECLARATION OF OPENING\nThe Presiding Member declared "
            "the meeting open at 10.02 am.\n\n2. RECORD OF ATTENDANCE\nCr L Haddow, Cr R Lowe\n\n"
            "3. PUBLIC QUESTION TIME\nNil.\n")
    meetings = text_meetings(text)
    assert [meeting.date for meeting in meetings] == [date(2025, 1, 31)]
