"""indexer/parse/cleanup.py: characters normalised, page furniture and page numbers dropped."""

from __future__ import annotations

from datetime import date

from indexer.parse.cleanup import clean_pages, normalise
from indexer.records import Line
from tests.fixtures.minutes import pdf_meetings, text_meetings


def test_normalise_turns_non_breaking_spaces_into_spaces() -> None:
    assert normalise("Cllr\u00a0Smith – said “yes”") == "Cllr Smith – said “yes”"


def test_one_page_keeps_its_lines_in_order() -> None:
    assert clean_pages(("Kent CSP\n\nItem one text\n",), paged=False) == [
        Line("Kent CSP", 1), Line("", 1), Line("Item one text", 1), Line("", 1)]


def test_a_header_repeated_on_every_page_is_kept_once_and_page_numbers_go() -> None:
    pages = ("Header line\nBody one\nPage 1 of 2", "Header line\nBody two\nPage 2 of 2")
    assert clean_pages(pages, paged=True) == [
        Line("Header line", 1), Line("Body one", 1), Line("Body two", 2)]


def test_markdown_marks_are_dropped_from_minutes_saved_as_text() -> None:
    from indexer.parse.cleanup import clean_pages

    page = "## 1. Apologies\n**Present:** Cllr A Smith\n* a bullet stays\n__2. Minutes__"
    assert [line.text for line in clean_pages((page,), paged=False) if line.text] == [
        "1. Apologies", "Present: Cllr A Smith", "* a bullet stays", "2. Minutes"]


def test_a_line_end_hyphen_inside_an_address_is_kept() -> None:
    page = "See https://www.kent.gov.uk/gangs-\nstrategy for the Comm-\nunity plan."
    lines = clean_pages((page,), paged=False)
    text = " ".join(line.text for line in lines)
    assert "https://www.kent.gov.uk/gangs-strategy" in text and "Community" in text


def test_a_web_page_carrying_its_minutes_twice_keeps_one_copy() -> None:
    body = [f"{n}. Item {n} was discussed at length by the council this evening." for n in
            range(1, 11)]
    page = "\n".join(["Minutes", *body, "Held at the village hall", *body])
    texts = [line.text for line in clean_pages((page,), paged=False) if line.text]
    assert texts == ["Minutes", *body, "Held at the village hall"]
    short = "\n".join(["Minutes", *body[:5], *body[:5]])
    assert len([t for t in clean_pages((short,), paged=False) if t.text]) == 11
    assert len([t for t in clean_pages((page,), paged=True) if t.text]) == 22


def test_a_document_that_lost_its_paragraph_breaks_is_broken_where_words_are_glued() -> None:
    from indexer.parse.cleanup import clean_pages

    flat = ("Ardlaw Community CouncilMinutesAttendanceR. Guthrie, M. Imrie, A. Lumsden and "
            "9 members of the publicPolice ReportP.C. Arbuthnott attended the meetingThe report "
            "was notedTreasurer's ReportA. Lumsden reported a balance of £2,016.44 held with "
            "the McKenzie Trust and MacLeod SavingsA.O.C.B.Cllr. Moncur said the resurfacing "
            "would start soon. ") * 6
    lines = [line.text for line in clean_pages((flat,), paged=False) if line.text]
    assert lines[:6] == ["Ardlaw Community Council", "Minutes", "Attendance",
                         "R. Guthrie, M. Imrie, A. Lumsden and 9 members of the public",
                         "Police Report", "P.C. Arbuthnott attended the meeting"]
    assert "A.O.C.B." in lines
    assert any("McKenzie Trust and MacLeod Savings" in line for line in lines)
    short = "Minutes of the meeting held in the McKenzie Hall. Present: Cllr A MacLeod."
    assert [line.text for line in clean_pages((short,), paged=False)] == [short]


def test_a_line_that_opens_what_follows_is_text_however_often_it_ends_a_page() -> None:
    pages = ("Roads Committee\nReport on potholes.\nThe Committee resolved:-\n",
             "to note the report.\nWinter service plan.\nThe Committee agreed to defer it.\n",
             "Harbour depot lease.\nThe Committee resolved:-\n"
             "to approve the recommendations.\n")
    texts = [line.text for line in clean_pages(pages, paged=True)]
    assert texts.count("The Committee resolved:-") == 2


def test_a_second_meetings_broken_heading_keeps_its_date_line_at_a_pages_head() -> None:
    first = ("611 COLDHITHE PARISH COUNCIL\nMinutes of the Extra-Ordinary Meeting of the Parish "
             "Council held on\nWednesday 18 March 2026 at 7.00 pm in the Old School Room\n"
             "1. Apologies\nNone.\n2. Allotments\nAgreed to buy the land.\n")
    second = ("612 COLDHITHE PARISH COUNCIL\nMinutes of the Meeting of the Parish Council held "
              "on\nWednesday 18 March 2026 at 7.45 pm in the Old School Room\n1. Apologies\n"
              "Mr T Brame.\n")
    texts = [line.text for line in clean_pages((first, second), paged=True)]
    assert "Wednesday 18 March 2026 at 7.45 pm in the Old School Room" in texts


def test_a_blog_posts_byline_is_no_line_of_its_minutes() -> None:
    texts = [line.text for line in clean_pages((
        "Minutes of Meeting 5th March 2013\n\nPosted on March 12, 2013 by clerk\n\n"
        "Minutes of the Meeting of Ellmouth Parish Council held on Tuesday 5th March 2013\n\n"
        "Posted on the noticeboard by the Clerk: the agenda.\n",), paged=False)]
    assert "Posted on March 12, 2013 by clerk" not in texts
    assert "Posted on the noticeboard by the Clerk: the agenda." in texts


def test_a_site_menu_saved_as_a_line_of_text_is_dropped() -> None:
    texts = [line.text for line in clean_pages((
        "Ellmouth Village Website\nHome   Clubs and Societies   Parish Council   Allotments   "
        "News   Contact\n\nPresent:   Cllr Ann Cole   Cllr Ben Dale   Cllr Cy Eve   "
        "Cllr Di Fox\n",), paged=False)]
    assert not any("Clubs and Societies" in text for text in texts)
    assert "Present: Cllr Ann Cole Cllr Ben Dale Cllr Cy Eve Cllr Di Fox" in texts


def test_a_year_ocr_spelt_with_letters_after_its_month_is_read_in_figures() -> None:
    """'4 March 2Ol9': OCR reads a typed '0' as 'O' and a '1' as 'l'; after a month, a year of
    this century or the last is meant. Other words keep their letters."""
    assert normalise("held on Monday 4 March 2Ol9 at 7.30") == "held on Monday 4 March 2019 at 7.30"
    assert normalise("Tuesday 6 Feb. 20l8") == "Tuesday 6 Feb. 2018"
    assert normalise("March 1OOl and 2Ol9 Road") == "March 1OOl and 2Ol9 Road"


def test_a_numbered_row_laid_out_in_columns_puts_its_text_cell_on_a_line_of_its_own() -> None:
    """'23/041   Apologies   Councillor A Spurdle (holiday)': the number and heading,
    then the text, as a table's cells are read; a row whose text follows a single space, or a
    lone row, stays as it is."""
    page = ("23/041      Apologies           Councillor A Spurdle (holiday)\n"
            "23/042      Minutes\n"
            "23/042.1    COUNCIL RESOLVED that the Minutes be signed.\n"
            "23/043      Mayor's Announcements     (None)\n"
            "23/047\tFinance\tBalance at bank 30th June 2023: £2,380\n")
    texts = [line.text for line in clean_pages((page,), paged=False) if line.text]
    assert texts == ["23/041 Apologies", "Councillor A Spurdle (holiday)", "23/042 Minutes",
                     "23/042.1 COUNCIL RESOLVED that the Minutes be signed.",
                     "23/043 Mayor's Announcements", "(None)", "23/047 Finance",
                     "Balance at bank 30th June 2023: £2,380"]
    lone = "23/041      Apologies           Councillor A Spurdle\nThe meeting opened at 7pm.\n"
    assert next(line.text for line in clean_pages((lone,), paged=False) if line.text) == \
        "23/041 Apologies Councillor A Spurdle"


def test_a_headings_dash_over_a_lettered_list_joins_no_word() -> None:
    page = "6.   Finance -\na.   To approve payments - proposed and carried.\nthe Comm -\nunity"
    texts = [line.text for line in clean_pages((page,), paged=False) if line.text]
    assert texts[:2] == ["6. Finance -", "a. To approve payments - proposed and carried."]
    assert texts[2:] == ["the Community"]


def test_a_figure_one_read_for_a_letter_l_inside_a_word_is_the_letter() -> None:
    """OCR reads a typed 'l' as '1' ('Counci1', 'P1anning', 'Cl1r'): inside or closing a word of
    letters it is the letter; figures, references and codes keep theirs."""
    text = normalise("Tregony Parish Counci1 meeting. P1anning: Cl1r Gorran. Counci1's view. "
                     "A381 road, 3/1502/98/F, item 12a, B1 class, 1st floor.")
    assert text == ("Tregony Parish Council meeting. Planning: Cllr Gorran. Council's view. "
                    "A381 road, 3/1502/98/F, item 12a, B1 class, 1st floor.")


def test_a_number_glued_to_a_word_in_text_without_ocr_errors_keeps_its_figure() -> None:
    """'Phase1', 'Appendix1': only a text that misreads inside words ('P1anning') has its
    closing ones read as letters."""
    assert normalise("Phase1 of the scheme and Appendix1 attached.") \
        == "Phase1 of the scheme and Appendix1 attached."


def test_a_pages_share_bar_and_footer_links_are_furniture() -> None:
    """'Share this post: Facebook | Twitter | Email' and 'Privacy policy | Cookies |
    Accessibility | Contact' at a page's foot are no text of the minutes."""
    page = ("1. Apologies\n\nNone.\n\nShare this post: Facebook | Twitter | Email\n\n"
            "Privacy policy | Cookies | Accessibility | Contact\n")
    texts = [line.text for line in clean_pages((page,), paged=False) if line.text]
    assert texts == ["1. Apologies", "None."]


def test_a_text_whose_every_mark_stands_apart_is_closed_up() -> None:
    text = ("Present : Members ; Jo Ames , Ken Bray , Lin Cole Also present : Ann Gill ( Clerk ) "
            "1 . Welcome : Opened at 7 : 30pm . 2 . Approval of 4/ 11/2019 Minutes : "
            "Ken Bray moved , Lin Cole seconded , all in favor . 3 . Members ' allowances : "
            "the clerk ' s report , noted .")
    assert normalise(text) == (
        "Present: Members; Jo Ames, Ken Bray, Lin Cole Also present: Ann Gill (Clerk) 1. "
        "Welcome: Opened at 7:30pm. 2. Approval of 4/11/2019 Minutes: Ken Bray moved, "
        "Lin Cole seconded, all in favor. 3. Members' allowances: the clerk's report, noted.")


def test_a_few_spaced_commas_in_ordinary_text_stay_as_typed() -> None:
    text = ("Councillors Ames , Bray and Cole agreed, after some discussion, that the bench , "
            "repaired, stays.")
    assert normalise(text) == text


def test_a_tokenised_paragraph_of_minutes_reads_as_its_numbered_items() -> None:
    text = ("Kelby Parks Commission April 18 , 2019 Minutes Present : Members ; Jo Ames , "
            "Ken Bray , Lin Cole 1 . Welcome : Opened at 7 : 30pm . 2 . Approval of "
            "4/ 11/2019 Minutes : Ken Bray moved to accept the minutes , Lin Cole seconded , all "
            "in favor . 3 . Bench repairs : Two benches were mended in the park . 4 . Playground : "
            "The swings were inspected on 4/ 12 . 5 . Adjourn : Adjourned at 9 : 10pm .\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Welcome", "Approval of 4/11/2019 Minutes", "Bench repairs", "Playground", "Adjourn"]


def test_a_contents_page_s_entries_are_dropped_before_the_items_they_index() -> None:
    page = ("KELBY COMMUNITY COUNCIL\nORDER OF BUSINESS\n"
            "Apologies ........................................ 2\n"
            "Planning Matters ................................. 2\n"
            "Approval of Minutes .............................. 3\n"
            "1. Apologies\nNone.\n")
    texts = [line.text for line in clean_pages((page,), paged=True) if line.text]
    assert texts == ["KELBY COMMUNITY COUNCIL", "ORDER OF BUSINESS", "1. Apologies", "None."]
    # Two dotted lines are a form's blanks, not a contents page.
    form = "Signed ........................ 1\nDate .......................... 2\n"
    assert len([line for line in clean_pages((form,), paged=True) if line.text]) == 2


def test_a_dates_year_glued_to_the_next_word_is_set_apart() -> None:
    assert normalise("held on Monday April 13th 2015Present: Cllr Hale") \
        == "held on Monday April 13th 2015 Present: Cllr Hale"
    assert normalise("on 2 May 2016Apologies were received") \
        == "on 2 May 2016 Apologies were received"
    assert normalise("Budget 2015Plus scheme") == "Budget 2015Plus scheme"
    assert normalise("held on the 10th October 2017at 7.30pm in the Hall") \
        == "held on the 10th October 2017 at 7.30pm in the Hall"


def test_a_pages_markup_saved_as_its_text_gives_its_lines_and_paragraphs() -> None:
    text = ("Regular Meeting <br />Village Hall <br />Monday, May 3, 2010 <br />"
            "Members Present: Chair Ann Hale <br />1. Call to Order <br />The Chair opened the "
            "meeting. <br /><p>2. <strong>Approval of Agenda</strong></p><p>Approved.</p>")
    assert normalise(text).split("\n") == [
        "Regular Meeting ", "Village Hall ", "Monday, May 3, 2010 ",
        "Members Present: Chair Ann Hale ", "1. Call to Order ", "The Chair opened the meeting. ",
        "", "", "2. Approval of Agenda", "", "", "", "Approved.", "", ""]
    assert normalise("a < b and <br /> once") == "a < b and <br /> once"


def test_a_numbered_paragraph_opened_by_its_heading_in_markdown_bold_is_split() -> None:
    """'4. **Ward Councillor report** Ward Councillor Penhallow reported …': the bold opening
    is the item's heading on a line of its own; a label ('**Present:** …') stays whole."""
    page = ("**Present:** Cllr A Smith\n\n4. **Ward Councillor report** Cllr Penhallow "
            "reported on the budget.\n\n**Allotments** The lease was renewed.")
    lines = [line.text for line in clean_pages((page,), paged=False) if line.text]
    assert lines == ["Present: Cllr A Smith", "4. Ward Councillor report",
                     "Cllr Penhallow reported on the budget.", "Allotments",
                     "The lease was renewed."]


def test_a_blog_post_s_filing_is_no_line_of_its_minutes() -> None:
    """'Filed under: Town Board Minutes', 'Categories: Minutes, News': where the site keeps the
    post, not a heading of its minutes."""
    lines = [line.text for line in clean_pages(
        ("Motion carried\n\nFiled under: Town Board Minutes\n\nCategories: Minutes, News\n\n"
         "Tagged: minutes\n",), paged=False)]
    assert [text for text in lines if text] == ["Motion carried"]


def test_a_capitals_heading_wrapped_after_of_keeps_its_last_line_on_every_page() -> None:
    """Three meetings, a page each, all headed 'MINUTES OF THE SPECIAL MEETING OF COUNCIL OF
    THE RURAL MUNICIPALITY OF' / 'WHITLOW PLAINS NO. 187': the second line repeats at each
    page's top, but finishes the heading; it is no running header."""
    pages = tuple(
        "MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF\n"
        f"WHITLOW PLAINS NO. 187\nHELD AT THE MUNICIPAL OFFICE, KELLOCK\n{day} 2004\n"
        "Present Harold Ostrow, Reeve; Councillors Lyle Dzia and Bernice Thies\n\n"
        "1. Roads\nThe grader was repaired.\n\n2. Accounts\nThe accounts were paid.\n\n"
        "3. Adjournment\nThe meeting closed at 2 pm.\n"
        for day in ("NOVEMBER 3", "NOVEMBER 17", "DECEMBER 1"))
    meetings = pdf_meetings(pages)
    assert [m.date for m in meetings] == [date(2004, 11, 3), date(2004, 11, 17), date(2004, 12, 1)]
    assert all("Whitlow Plains No. 187" in m.committee for m in meetings)


def test_a_site_menu_in_capitals_set_apart_by_single_spaces_is_dropped() -> None:
    """'HOME ABOUT TALKS PUBLICATIONS ARCHIVE AGM CONTACT' under a society's name: its menu,
    which would run into the name; 'HOME GROUP REPORT' is a heading."""
    texts = [line.text for line in clean_pages((
        "Ellingford Local History Society\n\nHOME ABOUT TALKS PUBLICATIONS ARCHIVE AGM CONTACT\n\n"
        "HOME GROUP REPORT AND ACCOUNTS\n",), paged=False)]
    assert [text for text in texts if text] == ["Ellingford Local History Society",
                                                "HOME GROUP REPORT AND ACCOUNTS"]


def test_an_action_column_s_heading_leaves_the_line_it_shares() -> None:
    """'91/25 Minutes of the Ordinary Meeting … <gap> Action': the column's heading at the
    right edge is no part of the minute's title; words after a narrow gap stay."""
    page = ("91/25 Minutes of the Ordinary Meeting of 20th January 2026.                 Action\n"
            "Items carried forward                                                      Action by\n"
            "The Clerk will take action\n")
    assert [line.text for line in clean_pages((page,), paged=False) if line.text] == [
        "91/25 Minutes of the Ordinary Meeting of 20th January 2026.", "Items carried forward",
        "The Clerk will take action"]


def test_a_contents_list_whose_entries_never_follow_is_the_agenda_itself() -> None:
    # An agenda giving each report's page in a pack it does not carry: its entries are the
    # business, without their leaders, pages or 'Nil'.
    text = ("Kelby District Council\nA G E N D A\nTuesday 15 November 2011\n\n"
            "1. APOLOGIES\n\n2. ADJOURNED BUSINESS\n\n"
            "2.1 Fleet Vehicle Policy review ........................................ 2\n\n"
            "3. PETITIONS; ............................................................ Nil\n\n"
            "4. REPORTS\n\n"
            "4.1 Rating Policy 2011/2012 – Review of Rate Rebates ................. 26\n\n"
            "4.2 Unsealed Roads Resheeting Program 2011/2012 ...................... 61\n\n"
            "5. CLOSURE\n")
    [meeting] = text_meetings(text)
    titles = [item.title for item in meeting.items]
    assert "Fleet Vehicle Policy review" in titles
    assert "PETITIONS" in titles
    assert "Unsealed Roads Resheeting Program 2011/2012" in titles
