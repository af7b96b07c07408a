"""indexer/parse/dates.py: dates written in minutes, and lines that are only a date."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.dates import (
    find_dates,
    first_date,
    is_date_and_hours,
    is_date_line,
    short_date,
    yearless_date,
)
from indexer.parse.meetings import parse_document
from indexer.records import HEADING_MARK as BOLD
from indexer.records import Document, SourceMeta
from tests.fixtures.minutes import html_meetings, text_meetings


def test_find_dates_gives_each_date_and_where_it_stands() -> None:
    text = "held on Wednesday, 18th July, 2018 at 10am and 3 March 2019"
    assert list(find_dates(text)) == [(date(2018, 7, 18), 19, 34), (date(2019, 3, 3), 47, 59)]


def test_first_date_reads_a_meeting_heading() -> None:
    assert first_date("NOTES of a meeting held on Thursday, 19 March 2015") == date(2015, 3, 19)
    assert first_date("No date here") is None


def test_a_date_line_is_only_a_date() -> None:
    assert is_date_line("Wednesday, 18th July, 2018")
    assert not is_date_line("We met in July 2018 to discuss")
    # Its time after a semicolon, as a regional board's minutes set it.
    assert is_date_line("March 3, 2009; 9:30 AM")


def test_a_date_joined_by_hyphens_is_read() -> None:
    assert first_date("Meeting date 14-Sep-2020 6:30PM") == date(2020, 9, 14)
    assert first_date("File 3-Feb-20") is None


def test_a_meeting_held_on_a_date_with_a_two_figure_year_or_as_a_day_of_a_month() -> None:
    assert first_date("MINUTES OF MEETING HELD 3.7.23") == date(2023, 7, 3)
    assert first_date("the meeting held on Monday 25/06/12") == date(2012, 6, 25)
    assert first_date("held on the 3rd day of July 2023") == date(2023, 7, 3)
    # Elsewhere three short numbers are a minute's number, not a date.
    assert first_date("see minute 3.7.23 above") is None


def test_a_welsh_council_s_dates_read_in_welsh() -> None:
    from indexer.parse.dates import find_dates, is_date_line

    assert [d for d, _, _ in find_dates("Pwyllgor Cynllunio - Dydd Mercher, 4ydd Chwefror, "
                                        "2026 1.00 y.h.")] == [date(2026, 2, 4)]
    assert [d for d, _, _ in find_dates("a gynhaliwyd ar 1af Mawrth 2025")] == [date(2025, 3, 1)]
    assert is_date_line("Dydd Mawrth 3 Mehefin 2025")
    # 4 February 2026 was a Wednesday, not a Monday ('Dydd Llun'): the date is not trusted.
    assert list(find_dates("Dydd Llun, 4ydd Chwefror, 2026")) == []


def test_a_weekday_typed_inside_a_date_is_read_when_it_is_the_dates_own() -> None:
    assert first_date("at 7. 00pm on 14th Thursday May 2026") == date(2026, 5, 14)
    assert first_date("on 14th Friday May 2026") is None


def test_an_events_calendars_date_and_hours_is_a_date_line() -> None:
    from indexer.parse.dates import is_date_and_hours

    assert is_date_and_hours("October 13, 2020 @ 19:00 - 21:10")
    assert not is_date_and_hours("October 13, 2020 @ the Village Hall")


def test_a_date_line_may_open_with_its_weekday_and_close_with_its_hours() -> None:
    """'MONDAY 01 OCTOBER 2018. 19:00 – 20:50hrs' is a meeting's date and hours; a sentence
    after the date is not, nor is a weekday the date contradicts."""
    assert is_date_and_hours("MONDAY 01 OCTOBER 2018. 19:00 – 20:50hrs")
    assert is_date_and_hours("Tuesday, 3 March 2026 7.30pm")
    assert not is_date_and_hours("Monday 3 March 2026. The meeting opened at 7pm")
    assert not is_date_and_hours("Friday 01 October 2018 19:00")


def test_a_paper_s_version_date_in_its_bold_running_header_does_not_date_the_meeting() -> None:
    """'FireBoard/Minutes   Version 2.1: 02/12/2019' in bold over every page is the paper's
    version; the meeting's day is the one its opening gives."""
    (meeting,) = text_meetings(
        f"{BOLD}FireBoard/Minutes   Version 2.1: 02/12/2019\n\n"
        "PUBLIC MEETING - ELLMOUTH FIRE AND RESCUE BOARD\nTUESDAY 19 NOVEMBER 2019 @ 1400 HRS\n"
        "BOARDROOM, HEADQUARTERS, ELLMOUTH\n\n"
        "PRESENT: Ann Abbot, Chair (AA), Bob Birch (BB), Cath Cole (CC)\n\n"
        f"{BOLD}1 CHAIR'S WELCOME\n\n1.1 AA opened the meeting.\n\n"
        f"{BOLD}2 APOLOGIES FOR ABSENCE\n\n2.1 Dan Dane.\n\n"
        f"{BOLD}3 MINUTES OF PREVIOUS MEETING\n\n3.1 The minutes were approved.\n")
    assert meeting.date == date(2019, 11, 19)


def test_a_date_line_may_give_its_time_in_twenty_four_hour_figures() -> None:
    """'TUESDAY 19 NOVEMBER 2019 @ 1400 HRS', as a board's minutes head their meeting, is a
    line of the date and its time; a number of four figures before 'hrs' is no date."""
    assert is_date_line("TUESDAY 19 NOVEMBER 2019 @ 1400 HRS")
    assert is_date_line("Tuesday 19 November 2019 at 14.00 hrs")
    assert not is_date_line("Item 2023 at 1000 hrs")


def test_a_months_abbreviation_closed_by_its_stop_may_touch_the_year() -> None:
    assert first_date("Minutes for the Monthly Meeting on Monday, 9th Feb.2026") == date(2026, 2, 9)
    assert first_date("held on 3rd Sept.2019 at 7pm") == date(2019, 9, 3)


def test_a_two_figure_year_is_read_after_on_but_not_inside_a_longer_number() -> None:
    assert first_date("MEETING HELD AT THE HALL AT 7.00 P.M. ON 12.01.26") == date(2026, 1, 12)
    assert first_date("comments on 4.2.13.1 of the plan") is None
    assert first_date("held on 14 May 2024, its report on 3.4.26") == date(2024, 5, 14)


def test_a_date_line_may_give_the_hours_the_meeting_sat_in_brackets() -> None:
    assert is_date_line("24 JULY 2002 (7.15pm – 10.40pm)")
    assert is_date_line("Monday 3 May 2021 (6.00 pm - 7.30 pm)")
    assert not is_date_line("24 July 2002 (Agenda Item 3)")


def test_an_agendas_publication_date_is_never_its_meetings() -> None:
    (meeting,) = text_meetings(
        "Pengarth Village\nParish Council » Meetings\n\nNext Meeting\nDate: 9th May 2023 @ 7.30pm\n"
        "Agenda: Published 3rd May 2023 – see below\nVenue: The Village Hall.\n\nAgenda\n"
        "Pengarth Parish Council\nMembers of the Council are hereby summoned to attend the Annual "
        "Meeting of the Parish Council on Tuesday 9th May 2023 at 7.30pm in the Village Hall.\n\n"
        "1. Election of Chairman\n2. Apologies for absence\n3. Declarations of interest\n"
        "4. Planning\n5. Date of next meeting\n")
    assert meeting.date.isoformat() == "2023-05-09"


def test_a_year_first_date_with_slashes_is_read_as_with_dashes() -> None:
    assert first_date("Date :-2009/09/16") == first_date("2009-09-16") == date(2009, 9, 16)
    assert first_date("2009/13/16") is None


def test_a_day_first_date_with_dashes_is_read_but_mixed_separators_are_not() -> None:
    assert first_date("Minutes of the meeting held 10-10-2017") == date(2017, 10, 10)
    assert first_date("held 10-10/2017") is None


def test_a_typist_s_full_stop_after_the_day_s_ordinal() -> None:
    assert first_date("held on Thursday 19th. May 2022 in the Village Hall") == date(2022, 5, 19)
    assert first_date("Thursday 23rd. June 2022 at 7.30pm") == date(2022, 6, 23)
    (meeting,) = text_meetings(
        "Minutes of the Pengarth Parish Meeting held on Thursday 12th. May 2022 in the Committee "
        "Room of Pengarth Village Hall.\n\nPresent: Cllr A. Cawsand (Chair).\n\n"
        "1. Apologies for Absence.\nApologies were received from Cllr J. Gorran.\n\n"
        "2. Approval of Minutes.\nThe minutes were agreed as a true record.\n\n"
        "3. Questions from Electors.\nNone were asked this year.\n")
    assert meeting.date == date(2022, 5, 12)


def test_a_meeting_s_time_place_and_date_on_one_line_under_its_title() -> None:
    (meeting,) = text_meetings(
        "Pengarth Vision – Our village, our plan\n\nPosted on March 27, 2018 by admin\n\n"
        "Neighbourhood Plan Working Group Meeting\n\n7.30 pm St. Mary's Church Room  20 March "
        "2018\n\nIn attendance: Jane Gorran, Peter Tregony, Alan Cawsand\n\n"
        "1. Welcome and apologies:\nJane thanked everyone for attending and chaired the "
        "meeting.\n\n2. Minutes of last meeting:\nThe minutes were approved as a true record "
        "and signed.\n\n3. Date of next meeting:\n10 April 2018.\n")
    assert meeting.date == date(2018, 3, 20)


def test_a_date_whose_words_ran_together_when_the_text_lost_its_spaces() -> None:
    assert first_date("COMMITTEE MEETING 19:30TUESDAY15 SEPTEMBER 2009") == date(2009, 9, 15)
    assert first_date("Minutes for 18th August2009 - approved") == date(2009, 8, 18)
    assert first_date("Minute 2017 10 May 2018") == date(2018, 5, 10)


def test_a_yearless_weekday_month_and_day_takes_the_year_of_a_dateline() -> None:
    """'on Tuesday, June 4' in a news report dated 'June 12, 2019': the year in which 4 June
    is a Tuesday."""
    from indexer.parse.dates import yearless_date
    assert yearless_date("at the meeting on Tuesday, June 4.", "June 12, 2019 · News") \
        == date(2019, 6, 4)
    assert yearless_date("at the meeting on Thursday, June 4.", "June 12, 2019 · News") is None


def test_a_deadline_deep_in_a_page_saved_as_one_paragraph_does_not_date_it() -> None:
    """A web page whose whole agenda came out as one line: its heading's 'May 6, 2014' dates
    it, not the weekday and day of a closing date far down the same line."""
    agenda = ("Town of Kettleby Council Agenda REVISED - Regular Meeting May 6, 2014 - 7:00 "
              "p.m. Town Hall ITEM 1. CALL TO ORDER. ITEM 2. MINUTES. a) April 15, 2014 "
              + " ".join(f"ITEM {n}. CONSIDER A RESOLUTION ON THE ROADS PROGRAM PART {n}."
                         for n in range(3, 12))
              + " ITEM 12. VACANCIES. a) Parks Board - one seat (nominations close at noon on "
              "Wednesday, May 14.) ITEM 13. ADJOURNMENT.\n")
    (meeting,) = text_meetings(agenda)
    assert meeting.date == date(2014, 5, 6)


def test_an_ordinal_spaced_as_a_text_dump_spaces_it_is_read() -> None:
    assert first_date("MINUTES OF A MEETING HELD ON WEDNESDAY THE 26 th . SEPTEMBER 2007 at "
                      "6.30pm") == date(2007, 9, 26)
    assert first_date("held on the 3 rd May 2011") == date(2011, 5, 3)


def test_a_council_and_its_date_over_who_was_present_opens_its_record() -> None:
    (meeting,) = text_meetings(
        "Polvean Parish Council 7th June 2021 4. Public Time - Mrs Hollis attended and ...\n\n86"
        "\n\nPolvean Parish Council 7th June 2021\n\nPresent - Kane, Anton, Bridget, John W, me"
        "\n\n1. Apologies - Apologies were received from the clerk.\n\n2. Declarations of "
        "Interest - None\n\n3. Public Time - Mrs Hollis asked about the sign.\n")
    assert meeting.date == date(2021, 6, 7)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


def test_a_year_glued_to_its_month_and_the_next_word_is_read() -> None:
    assert first_date("Held on Monday 20th May2013at 7.15pm") == date(2013, 5, 20)
    assert first_date("Items 12 May 20134") is None


def test_an_ordinal_run_into_its_month() -> None:
    assert first_date("Minutes of Meeting held on Zoom on 2ndFebruary, 2021") == date(2021, 2, 2)
    assert first_date("held on Tuesday 3rdMay 2022") == date(2022, 5, 3)
    assert first_date("the 2February 2021 paper") is None


def test_a_papers_dateline_is_not_the_date_of_a_meeting_it_says_was_held_in_another_month() -> None:
    from tests.fixtures.minutes import text_meetings

    page = ("Vale Courier | Lanreath\nNews > Parish Pump\n\nLanreath\n"
            "12:00am Thursday 7th August 2003\n\n"
            "PARISH COUNCIL: Draft Minutes of meeting held on Wednesday, July 23 at Lanreath "
            "Village Hall\n\nPresent: Chairman: Mr Ben Gorran, Councillors: Mrs Ann Polvean and "
            "Mr Dai Tregony.\n\nApologies: Cllr Eve Lanyon.\n\n"
            "Minutes: The minutes of the June meeting were approved.\n\n"
            "Footpaths: Mr Tregony reported that two stiles had rotted.\n\n"
            "Next meeting: September 17.\n")
    (meeting,) = text_meetings(page)
    assert meeting.date is None
    held = page.replace("held on Wednesday, July 23", "held on Thursday, August 7")
    assert text_meetings(held)[0].date == date(2003, 8, 7)


def test_a_news_page_telling_of_last_weeks_or_a_named_days_meeting_is_not_its_dateline() -> None:
    from tests.fixtures.minutes import text_meetings

    head = ("Mid Weald Times | News | Village Voice\n\nLanreath\n\n"
            "12:00am Thursday 6th December 2001\n\n")
    body = ("Footpaths: Coun Tregony reported two broken stiles.\n\n"
            "Precept: Councillors agreed a precept of £4,600.\n\n"
            "Next meeting: January 16 at the village hall.\n")
    for opening in ("PARISH COUNCIL: At the November 21 meeting the chairman, coun Ann Polvean, "
                    "welcomed all present.\n\n",
                    "Parish Council: The first business at last week's Parish Council meeting "
                    "was to elect the chairman.\n\n"):
        (meeting,) = text_meetings(head + opening + body)
        assert meeting.date is None
    (meeting,) = text_meetings(head + "PARISH COUNCIL: At the December 6 meeting the chairman "
                               "welcomed all present.\n\n" + body)
    assert meeting.date == date(2001, 12, 6)


def test_a_magazines_reports_of_two_councils_are_two_meetings_each_dated_by_its_report() -> None:
    from tests.fixtures.minutes import pdf_meetings

    page = ("The Valley Post · 2020-02-27 Parish News\n\nLANREATH PARISH COUNCIL\n\n"
            "Report of the meeting held on Tuesday 11 February 2020 at Lanreath Village Hall\n\n"
            "Present: Cllrs Ann Polvean (Chair), Ben Gorran and Dai Tregony.\n\nAPOLOGIES\n\n"
            "Apologies were received from Cllr Eve Lanyon.\n\nPLANNING\n\nNo objection was "
            "raised to the porch at Mill Cottage.\n\nNEXT MEETING\n\nTuesday 10 March 2020.\n\n"
            "PELYNT HOPLEY PARISH COUNCIL\n\nNotes from the February meeting\n\n"
            "The council met on Thursday 13 February 2020 at the Hopley Arms. Seven councillors "
            "were present with the clerk.\n\nFootpaths: The stile on path 12 has been mended.\n\n"
            "Precept: The council agreed a precept of £6,000.\n\n"
            "Next meeting: Thursday 12 March 2020.\n")
    assert [m.date for m in pdf_meetings((page,))] == [date(2020, 2, 11), date(2020, 2, 13)]
    column = ("Lanreath parish council\n\n24th October 2013\n\nBy Contributor\n\n"
              "PARISH COUNCIL - At the October meeting Councillor A Polvean was in the chair.\n\n"
              "PLAY AREA - It was agreed to replace the swing seats.\n\n"
              "PLANNING - Councillors agreed to support the barn at Upper Farm.\n")
    from tests.fixtures.minutes import text_meetings

    assert text_meetings(column)[0].date is None


def test_a_transcribers_year_in_brackets_dates_the_meeting() -> None:
    assert first_date("THE PARISH ROOM, ON WEDNESDAY 9th SEPTEMBER [1998] at 2.30 P.M.") \
        == date(1998, 9, 9)
    assert first_date("Minute [12] of 3rd May") is None


def test_a_minute_books_second_meeting_takes_the_date_of_its_own_bold_heading() -> None:
    heading = "MINUTES OF A MEETING OF THE CONSERVATORS OF HOLMWOOD COMMON HELD AT"
    page1 = (f"{BOLD}{heading}\n{BOLD}THE PARISH ROOM, ON WEDNESDAY 9th SEPTEMBER [1998] at "
             "2.30 P.M.\n\nPRESENT: Colonel J. Fairlie (in the Chair), Mrs D. Askew.\n\n"
             "1. APOLOGIES FOR ABSENCE: Mr C. Ruddle.\n\n2. MINUTES: The minutes of the July "
             "meeting were confirmed and signed.\n\n3. FINANCE: The Clerk presented the "
             "accounts.\n\n4. DATE OF NEXT MEETING: Wednesday 11th November [1998].\n")
    page2 = (f"{BOLD}{heading}\n{BOLD}THE PARISH ROOM, ON WEDNESDAY 11th NOVEMBER [1998] at "
             "2.30 P.M.\n\nPRESENT: Colonel J. Fairlie (in the Chair), Mrs D. Askew.\n\n"
             "1. APOLOGIES FOR ABSENCE: Miss P. Tranter.\n\n2. MINUTES: The minutes of the "
             "September meeting were confirmed and signed.\n\n3. ESTIMATES: The Clerk "
             "presented the estimates.\n\n4. DATE OF NEXT MEETING: Wednesday 13th January "
             "[1999].\n")
    meetings = parse_document(Document("c/book.pdf", "pdf", (page1, page2), SourceMeta()))
    assert [m.date for m in meetings] == [date(1998, 9, 9), date(1998, 11, 11)]


def test_a_two_digit_year_of_the_last_century_is_read_as_one() -> None:
    assert first_date("on 9.3.99") == date(1999, 3, 9)
    assert first_date("on 9.3.24") == date(2024, 3, 9)
    meetings = text_meetings("WICKMERE TOWN COUNCIL PLANNING COMMITTEE 09.03.99\n\n"
                             "1. Apologies\nNone.\n\n2. Minutes\nApproved.\n\n"
                             "3. Applications\nNo objection.\n")
    assert meetings[0].date == date(1999, 3, 9)


def test_a_blog_report_is_dated_by_the_day_its_committee_met_not_by_its_post() -> None:
    page = ("<h2>Tuesday 31 March 2009</h2><h3>Burial Ground matters</h3>"
            "<p><b>Report of the Burial Ground Committee</b></p>"
            "<p>The Burial Ground Committee of Hatherby Parish Council met in the Church Room on "
            "Tuesday 17th March. The following notes are taken from the draft minutes.</p>"
            "<p>Present: Cllr Derek Pannell (Chairman), Cllr Sheila Borrett.</p>"
            "<p><b>Minutes</b> The minutes of the November meeting were agreed.</p>"
            "<p><b>Fees</b> It was resolved to recommend a new fee.</p>"
            "<p><b>Paths</b> It was agreed to get prices.</p>")
    assert html_meetings(page)[0].date == date(2009, 3, 17)


def test_a_meeting_held_on_a_day_of_a_named_month_with_its_year_in_two_figures() -> None:
    """'Minutes of meeting held on the 12th of January 26': the year in two figures is read
    only where the meeting was held on that day, closing the phrase."""
    assert first_date("Minutes of meeting held on the 12th of January 26") == date(2026, 1, 12)
    assert first_date("Minutes of meeting held on the 8th of December 25 at 7pm") == \
        date(2025, 12, 8)
    assert first_date("The hall was held 12 March 10 members attending") is None
    assert first_date("12 January 26") is None


def test_a_record_opening_when_the_following_business_was_transacted_is_dated_by_it() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\n\n"
        "Minutes of the meeting of Pengarth Parish Council held at the Village Hall on Monday 8th "
        "November\n1999 at 7.30pm, when the following business was transacted.\n\n"
        "Present Councillors:- Cllr R. Hembury (Chairperson), Cllr S. Venn, Cllr A. Puddy.\n\n"
        "1. Apologies for absence\nApologies were received from Cllr T. Burge.\n\n"
        "2. Finance\nThe accounts were approved for payment.\n\n"
        "3. Date of next meeting\nMonday 13th December 1999.\n")
    assert meeting.date == date(1999, 11, 8)


def test_a_pages_posting_date_is_not_its_meetings() -> None:
    from indexer.parse.dates import meeting_day
    assert meeting_day("Posted by: Parish Clerk (posted 04/02/2019 09:15 AM)") is None
    assert meeting_day("Date post: 11-Mar-2020") is None
    assert meeting_day("Meeting of 4 February 2019") == date(2019, 2, 4)


def test_a_date_field_copied_from_a_table_with_its_bars_dates_the_meeting() -> None:
    (meeting,) = text_meetings(
        "Harlow Green Parish Council\nMeeting Details\n\nBoard: | Parish Council\n"
        "Date: | Tuesday, April 8, 2014\nTime: | 7:30 PM\nPosted by: | Clerk (posted "
        "04/03/2014 10:02 AM)\nAgenda: | 1. Apologies\n2. Minutes of the last meeting\n"
        "3. Planning\n4. Finance\n")
    assert meeting.date == date(2014, 4, 8)


def test_a_posts_title_naming_its_meeting_by_day_and_month_dates_it_in_the_posts_year() -> None:
    page = ("<html><head><title>Holtby Parish Council: Parish Council Meeting - 4 January"
            "</title></head><body><h2>Friday, 7 January 2011</h2>"
            "<h3>Parish Council Meeting - 4 January</h3>"
            "<p>On Tuesday night the January meeting of Holtby Parish Council was held in the "
            "village hall.</p><p>The PCSO reported two thefts from sheds.</p>"
            "<p>It was agreed to replace the bench on the green.</p>"
            "<p>Posted by Holtby Parish Council at 21:14</p></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2011, 1, 4)
    (meeting,) = html_meetings(page.replace("4 January", "28 December"))
    assert meeting.date == date(2010, 12, 28)


def test_minutes_sent_out_under_a_letter_date_are_dated_by_their_opening_sentence() -> None:
    """The clerk's letterhead, the day the minutes went out ('2nd November 2020'), then
    'MINUTES' and 'A Meeting of the Parish Council was held on 27th October 2020 …': the
    meeting's day is the sentence's."""
    (meeting,) = text_meetings(
        "ORLBY PARISH COUNCIL Clerk: Mrs A Trewin\n\n2nd November 2020\n\nMINUTES\n\n"
        "A Meeting of the Parish Council was held on 27th October 2020 at 7.00pm via Zoom.\n\n"
        "1. PRESENT: Mrs J Harvey (Chairman), Mr A Treloar.\n\n"
        "2. DECLARATIONS OF INTEREST\nNone.\n\n"
        "3. MINUTES OF THE LAST MEETING\nRESOLVED that they be signed.\n\n"
        "4. PLANNING\nNo objection to PA20/07713.\n")
    assert meeting.date == date(2020, 10, 27)


def test_a_notice_posted_under_its_date_is_dated_by_its_own_date_field() -> None:
    """'Notice of Council Meeting & Agenda' over the day it was posted ('19 February 2009'),
    then the meeting's fields ('Date: Thursday, 26th February 2009'): the field's day."""
    page = ("<html><body><p>Government &gt; News</p><h2>Notice of Council Meeting &amp; Agenda"
            "</h2><p>19 February 2009</p><h3>Formal meeting of the Orlby Island Council</h3>"
            "<p>Date: Thursday, 26th February 2009</p><p>Venue: Court House</p>"
            "<p>Time: 09:30hrs</p><ol><li>Introductory Remarks</li><li>Confirmation of Minutes"
            "</li><li>Matters Arising</li><li>Budget 2009/10</li></ol></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2009, 2, 26)


def test_a_post_telling_of_a_meeting_at_the_end_of_a_month_is_not_dated_by_its_post() -> None:
    """'Tuesday, 07 June 2011 20:41' (posted) over 'what the Trustees talked about when they
    met at the end of May': the meeting's day is not given, and the post's is not it."""
    page = ("<html><body><p>June update from Trustees</p><p>Written by Secretary</p>"
            "<p>Tuesday, 07 June 2011 20:41</p><p>Here is a short summary of what the Trustees "
            "talked about when they met at the end of May:</p><ul>"
            "<li>Grass cutting. It was agreed to give the contract to Hallam.</li>"
            "<li>Fundraising. A quiz night was agreed.</li>"
            "<li>Play area. The inspector's report was noted.</li></ul></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date is None
    (meeting,) = html_meetings(page.replace("at the end of May", "on the first Monday"))
    assert meeting.date == date(2011, 6, 7)


def test_a_posted_agenda_is_dated_by_its_summons_not_by_its_post() -> None:
    """A blog's date heading ('Friday, 10 July 2009') over an agenda whose summons, before its
    entries, names the meeting's day: the meeting is the summons'; the next meeting named after
    the entries is not."""
    page = ("<html><body><h2>Friday, 10 July 2009</h2><h3>Parish Council Agenda - July 2009</h3>"
            "<p>The next meeting of Orlby Parish Council will be held on Thursday 16 July 2009 "
            "at 7.15 p.m. in the Reading Room. All are welcome.</p>"
            "<p>1. Apologies for absence</p><p>2. Minutes of the meeting held on 21 May 2009</p>"
            "<p>3. Planning applications</p><p>4. Date of next meeting</p>"
            "<p>Posted by Orlby Parish Council at 18:02</p></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2009, 7, 16)
    minutes = page.replace("Agenda", "Minutes").replace(
        "<p>The next meeting of Orlby Parish Council will be held on Thursday 16 July 2009 "
        "at 7.15 p.m. in the Reading Room. All are welcome.</p>", "").replace(
        "<p>4. Date of next meeting</p>", "<p>4. The next meeting of the Parish Council will be "
        "held on Thursday 10 September 2009.</p>")
    (meeting,) = html_meetings(minutes)
    assert meeting.date == date(2009, 7, 10)


def test_a_titles_figures_are_read_month_first_when_the_paper_names_that_day_in_words() -> None:
    """'MINUTES - Regular - 3/9/2011' over 'on Wednesday, March 9, 2011': the title's figures
    are the month, then the day; a paper naming no day in words keeps them day first."""
    page = ("<html><head><title>MINUTES - Regular - {title}</title></head><body>"
            "<p>REGULAR MEETING OF THE TOWN BOARD</p>"
            "<p>A Regular Meeting of the Town Board of the Town of Farrowby was held in the Town "
            "Hall on {held} at 7:00 P.M.</p>"
            "<p>#101 – ORDER – ROAD SALT</p><p>Ordered that the road salt be bought.</p>"
            "<p>#102 – LICENSES</p><p>Two licenses were granted.</p>"
            "<p>#103 – CLAIMS</p><p>No claims were received.</p></body></html>")
    (meeting,) = html_meetings(page.format(title="3/9/2011", held="Wednesday, March 9, 2011"))
    assert meeting.date == date(2011, 3, 9)
    (meeting,) = html_meetings(page.format(title="3/9/2011", held="the evening given above"))
    assert meeting.date == date(2011, 9, 3)


def test_a_scanned_day_whose_first_figure_was_read_as_a_letter() -> None:
    # 'l2th' is the 12th: a text layer's 'l' or 'I' for '1', alone before a figure and a month.
    assert first_date("ON TUESDAY l2th MAY 2009 AT 7.30 P.M.") == date(2009, 5, 12)
    assert first_date("held on I2 March 2004") == date(2004, 3, 12)
    # A letter that is a word of its own stays a word.
    assert first_date("Item l 4 May 2004") == date(2004, 5, 4)


def test_a_meeting_over_two_days_written_month_first_is_dated_by_its_first() -> None:
    """'Minutes - May 13th to 14th 2011', 'May 13-14, 2011': a board's two-day meeting, dated
    by its first day (not by the post's 'Monday, 30 May 2011')."""
    assert first_date("Minutes - May 13th to 14th 2011 Print E-mail") == date(2011, 5, 13)
    assert first_date("Board retreat May 13-14, 2011") == date(2011, 5, 13)
    assert first_date("Minutes May 13th 2011") == date(2011, 5, 13)


def test_a_yearly_meeting_named_with_its_year_gives_the_year_of_its_yearless_day() -> None:
    """'The 2011 AGM was held on Wednesday the 21st of September' (a Wednesday in 2011); a year
    that names no yearly meeting ('the 2011 accounts') gives none, nor one the weekday denies."""
    assert yearless_date("The 2011 AGM was held on Wednesday the 21st of September at 2pm",
                         "2011 AGM") == date(2011, 9, 21)
    assert yearless_date("AGM 2019 held on Saturday 11th May", "") == date(2019, 5, 11)
    assert yearless_date("The 2011 accounts were read on Wednesday the 21st of September",
                         "") is None
    assert yearless_date("The 2012 AGM was held on Wednesday the 21st of September", "") is None


@pytest.mark.parametrize(("text", "day"), [
    ("Minutes of the Annual General Meeting held on Saturday 11. May 2019, commencing 2 p.m.",
     date(2019, 5, 11)),
    ("To adopt the minutes of the AGM held on 12. May 2018.", date(2018, 5, 12)),
    ("3. March 2021 accounts", None),
])
def test_a_day_written_with_a_stop_after_its_figures(text: str, day: date | None) -> None:
    """'Saturday 11. May 2019', as some writers set a day; '3. March 2021 accounts' is an item's
    number and title."""
    assert first_date(text) == day


def test_a_heading_s_day_in_figures_is_read_month_first_only_where_day_first_is_no_date() -> None:
    """'9/17/13' can only be 17 September; '17/9/13' is day first; '9/10/13' stays day first as
    the rest of Minutebook reads figures, never guessed the other way round."""
    assert short_date("9/17/13") == date(2013, 9, 17)
    assert short_date("17/9/2013") == date(2013, 9, 17)
    assert short_date("9/10/13") == date(2013, 10, 9)
    assert short_date("13/13/13") is None


def test_a_yearless_heading_s_hour_in_figures_is_no_year() -> None:
    """'Meeting of Monday 18 th February, 1900hrs at …': the meeting's hour, not the year 1900;
    the footer's 'February 2013' gives the year in which 18 February is a Monday."""
    heading = "MEETING NOTES Meeting of Monday 18 th February, 1900hrs at Glenlossock Hall"
    assert yearless_date(heading, "GCC Meeting Notes February 2013 Page 3 of 3") == \
        date(2013, 2, 18)


def test_friends_number_their_months() -> None:
    # Quaker minutes date a meeting by the month's number: 'Ninth Month 13, 2009'.
    assert first_date("Meeting for Worship for Business, Ninth Month 13, 2009") == date(2009, 9, 13)
    assert first_date("held on the 2nd day of Twelfth Month 2014") == date(2014, 12, 2)
    assert first_date("in the first month of 2009") is None
