"""Web pages: the visible text of the main content, through beautifulsoup4."""

from __future__ import annotations

import pytest

from indexer.errors import ExtractionError
from indexer.read.html import html_to_text
from indexer.records import HEADING_MARK
from tests.fixtures.minutes import html_meetings

PAGE = b"""<!doctype html><html><head><title>Agenda and minutes</title>
<style>p {color: red}</style><script>var x = "<p>hidden</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/committees">Committees</a></nav></header>
<main><h1>Audit Committee - Monday, 1st June, 2020 7.00 pm</h1>
<p>Minutes of the
   meeting, wrapped   in the source.</p>
<ul><li>First point</li><li>Second point</li></ul>
<table><tr><td>1.</td><td>Apologies</td></tr></table></main>
<footer>Copyright the council</footer></body></html>"""


def test_main_content_only() -> None:
    title, text = html_to_text(PAGE)
    assert title == "Agenda and minutes"
    assert text.startswith(f"{HEADING_MARK}Audit Committee")
    assert text.replace(HEADING_MARK, "").splitlines() == [
        "Audit Committee - Monday, 1st June, 2020 7.00 pm", "",
        "Minutes of the meeting, wrapped in the source.", "",
        "• First point", "• Second point", "",
        "1. Apologies",
    ]


def test_no_main_element_falls_back_to_body() -> None:
    _, text = html_to_text(b"<html><body><p>Only text</p></body></html>")
    assert text == "Only text"


def test_markup_in_text_stays_text() -> None:
    _, text = html_to_text(b"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert text == "<script>alert(1)</script>"


def test_empty_page_is_refused() -> None:
    with pytest.raises(ExtractionError, match="no visible content"):
        html_to_text(b"<html><head><script>x()</script></head><body> </body></html>")


def test_an_email_link_in_a_heading_reads_as_the_word_it_replaced() -> None:
    page = (b"<article><p><strong>4. <a href='mailto:clerk@x-pc.gov.uk'>clerk@x-pc.gov.uk</a>"
            b"\xe2\x80\x99s Report</strong></p><p>Write to <a href='mailto:clerk@x-pc.gov.uk'>"
            b"clerk@x-pc.gov.uk</a> with questions about the accounts.</p></article>")
    _, text = html_to_text(page)
    assert "4. Clerk’s Report" in text.replace(HEADING_MARK, "")
    assert "Write to clerk@x-pc.gov.uk with questions" in text


def test_an_email_link_standing_for_a_role_in_running_text_reads_as_the_role() -> None:
    link = b"<a href='mailto:clerk@x-pc.gov.uk'>clerk@x-pc.gov.uk</a>"
    page = (b"<article><p>Present: Mrs Ann Lee, " + link + b"</p><p>The " + link +
            b" reported on the accounts.</p><p>E-mail: " + link + b"</p></article>")
    _, text = html_to_text(page)
    assert "Present: Mrs Ann Lee, Clerk" in text
    assert "The Clerk reported on the accounts." in text
    assert "E-mail: clerk@x-pc.gov.uk" in text


def test_a_bold_opening_run_into_its_paragraph_is_a_line_of_its_own() -> None:
    page = (b"<article><p><strong>Minute 47 Defibrillator</strong> Cllr Baker reported that it "
            b"was checked.</p><p>Plain <b>bold inside</b> a sentence stays.</p></article>")
    _, text = html_to_text(page)
    heading = f"{HEADING_MARK}Minute 47 Defibrillator\n"
    assert f"{heading}Cllr Baker reported that it was checked." in text
    assert "Plain bold inside a sentence stays." in text


def test_a_cells_bold_line_above_its_text_is_a_heading_but_a_bold_sentence_is_not() -> None:
    page = (b"<article><table><tr><td></td><td><strong>Village Hall</strong><div></div>No one "
            b"was present to report.</td></tr><tr><td>7.1</td><td><b>Grounds</b><div></div>The "
            b"contract was renewed.</td></tr><tr><td>8</td><td><b>Accounts were accepted.</b>"
            b"<div></div>Cheques were signed.</td></tr></table></article>")
    _, text = html_to_text(page)
    lines = [line.replace(f"{HEADING_MARK} ", HEADING_MARK) for line in text.splitlines() if line]
    assert lines == [f"{HEADING_MARK}Village Hall", "No one was present to report.",
                     f"{HEADING_MARK}7.1 Grounds", "The contract was renewed.",
                     "8 Accounts were accepted.", "Cheques were signed."]


def test_a_bulleted_attendance_list_and_initialled_clerk_are_read_as_people() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    page = b"""<main><article><h1>Minutes - March 2024</h1>
<p>Minutes of the Meeting of Hinton Parish Council held at the Village Hall on Thursday
14 March 2024 at 7.30pm.</p>
<p><strong>Present</strong></p>
<ul><li>Cllr R. Hale (Chairman)</li><li>Cllr J. Moss</li><li>Cllr P. Tandy</li></ul>
<p><strong>In attendance</strong>: L. Ford (Clerk); two residents.</p>
<h3>24/31 Apologies</h3><p>None.</p>
<h3>24/32 Open Forum</h3><p>The Chairman said the path would be cleared.</p>
<h3>24/33 Finance</h3><ol><li>The Clerk presented the bank reconciliation.</li>
<li>Resolved: to approve payments totalling 1,245.60 pounds.</li></ol>
</article></main>"""
    _, text = html_to_text(page)
    (meeting,) = parse_document(Document("h.html", "html", (text,)))
    assert meeting.attendance.present == ("Cllr R. Hale (Chairman)", "Cllr J. Moss",
                                          "Cllr P. Tandy")
    assert [i.speakers for i in meeting.items] == [(), ("Cllr R Hale",), ("L Ford",)]
    assert meeting.items[2].decision == "resolved"


def _lines(body: str) -> list[str]:
    _, text = html_to_text(f"<html><body><main>{body}</main></body></html>".encode())
    return [line for line in text.replace(HEADING_MARK, "").splitlines() if line]


def test_a_numbered_list_reads_with_the_numbers_a_browser_shows() -> None:
    assert _lines("<ol><li><strong>Apologies</strong><br>Cllr Vaughan.</li>"
                  "<li>Planning</li><li>Finance</li></ol>") == [
        "1. Apologies", "Cllr Vaughan.", "2. Planning", "3. Finance"]
    assert _lines('<ol start="7" type="a"><li>Roads</li><li>Verges</li></ol>') == [
        "g. Roads", "h. Verges"]
    assert _lines("<ol><li>Reports<ul><li>Chairman</li></ul></li></ol>") == [
        "1. Reports", "◦ Chairman"]
    assert _lines('<ol><li>Reports<ol type="a"><li>Chairman</li></ol></li></ol>') == [
        "1. Reports", "◦ Chairman"]
    assert _lines("<ul><li>Planning<ul><li>Stable block</li></ul></li></ul>") == [
        "• Planning", "◦ Stable block"]


def test_a_numbered_list_inside_a_numbered_entry_reads_as_its_decimal_sub_items() -> None:
    assert _lines("<ol><li>Apologies</li><li>Reports<ol><li>Chairman</li><li>Clerk</li></ol>"
                  "</li><li>Finance</li></ol>") == [
        "1. Apologies", "2. Reports", "2.1 Chairman", "2.2 Clerk", "3. Finance"]
    page = """<html><body><main><h1>Minutes of Ashcombe Parish Council, 1 March 2022</h1>
<ol><li>Apologies for Absence<br>Cllr A Hibb.</li>
<li>Minutes of the Last Meeting<br>The minutes were approved as a true record.</li>
<li>Planning Matters<ol>
<li>Planning Application<br>P/HOU/22/0811 Rose Cottage. No objections were raised.</li>
<li>Telephone Box<br>Cllr C Pitt reported that the form had been sent.</li></ol></li>
<li>Finance<br>The payments were approved.</li></ol></main></body></html>"""
    (meeting,) = html_meetings(page)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Last Meeting"),
        ("3.1", "Planning Application"), ("3.2", "Telephone Box"), ("4", "Finance")]


def test_a_numbered_list_broken_into_lists_counting_from_one_again_keeps_bullets() -> None:
    # A word processor's export: the printed numbering (1, 2, 3 …) is lost, each <ol> says 1.
    assert _lines("<ol><li>Apologies</li><li>Minutes</li></ol><p>i. AGM minutes</p>"
                  "<ol><li>Matters Arising</li></ol>") == [
        "• Apologies", "• Minutes", "i. AGM minutes", "• Matters Arising"]


def test_a_paragraph_underlined_or_styled_bold_reads_as_a_heading() -> None:
    _, text = html_to_text(b"<main><p><u>Village green</u></p><p>Moles again.</p>"
                           b'<p><span style="text-decoration: underline">Highways</span></p>'
                           b'<p style="font-weight:700">Planning</p><p><em>Note</em></p></main>')
    headings = [line.removeprefix(HEADING_MARK) for line in text.splitlines()
                if line.startswith(HEADING_MARK)]
    assert headings == ["Village green", "Highways", "Planning"]


def test_a_small_word_glued_to_the_name_after_it_is_parted() -> None:
    # Word's markup loses the space between two runs: 'of<span>CGM</span>'.
    assert _lines("<p>The grass cutting of<span>CGM</span> was done in<b>Norfolk</b> by "
                  "McDonald.</p>") == ["The grass cutting of CGM was done in Norfolk by McDonald."]


def test_a_label_closed_by_its_colon_is_parted_from_the_value_in_the_element_after_it() -> None:
    # A meeting platform's motion block: the style sheet sets the label off from the name.
    assert _lines('<div>Moved by:<span>Councillor T. Ashdown</span></div>'
                  '<div><span>Seconded by:</span><span>Councillor W. Pell</span></div>') == [
        "Moved by: Councillor T. Ashdown", "Seconded by: Councillor W. Pell"]


def test_a_table_cell_s_bold_heading_is_set_apart_from_its_text() -> None:
    page = (b"<html><body><table><tr><td><b>8.</b></td><td><b><u>Provision of a wildlife area"
            b"</u></b>The Clerk is to meet an officer.</td></tr></table></body></html>")
    _, text = html_to_text(page)
    assert "wildlife area The Clerk" in text.replace(HEADING_MARK, "")


def test_a_word_split_by_bold_markup_in_a_cell_stays_one_word() -> None:
    page = (b"<html><body><table><tr><td><b>9.0</b></td><td><b>Pl</b>anning applications were"
            b" considered.</td></tr></table></body></html>")
    _, text = html_to_text(page)
    assert "Planning applications" in text.replace(HEADING_MARK, "")


def test_a_numbered_heading_in_several_bold_runs_stays_one_heading_line() -> None:
    page = (b"<article><p><strong>1.</strong>   <strong>Apologies</strong> <strong>for Absence"
            b"</strong></p><p>None.</p><p><strong>4.</strong> <strong>Matters arising</strong>."
            b"</p><p><strong>5.</strong> <strong>Planning</strong> Two applications were "
            b"received.</p><p><b>Pl</b><b>anning</b> policy</p><p><b>Snoring Parish Council."
            b"</b> <b>Councillors are summoned</b> to a meeting.</p></article>")
    _, text = html_to_text(page)
    lines = [line for line in text.splitlines() if line]
    # The number and its bold words are one heading, a stop outside the bold included; bold
    # runs then plain text part there, with the page's own spaces between the runs.
    assert lines[:2] == [f"{HEADING_MARK}1. Apologies for Absence", "None."]
    assert lines[2] == f"{HEADING_MARK}4. Matters arising."
    assert lines[3:5] == [f"{HEADING_MARK}5. Planning", "Two applications were received."]
    assert lines[5] == f"{HEADING_MARK}Planning" and lines[6] == "policy"
    # A bold run ends at its full stop: the next bold words open the sentence.
    assert lines[7:] == [f"{HEADING_MARK}Snoring Parish Council.",
                         "Councillors are summoned to a meeting."]


def test_a_bold_one_line_minute_of_fourteen_words_after_its_number_is_a_heading() -> None:
    page = (b"<article><p><strong>3.</strong> <strong>The Minutes of the meeting held on</strong>"
            b" <strong>25/06/12</strong> <strong>were agreed as a true record.</strong></p>"
            b"</article>")
    _, text = html_to_text(page)
    assert text.strip() == (f"{HEADING_MARK}3. The Minutes of the meeting held on 25/06/12 were "
                            "agreed as a true record.")


def test_a_bold_label_whose_colon_stands_outside_the_bold_reads_on_in_its_line() -> None:
    page = ("<html><body><p><b>Resolved</b>: That the Planning Committee noted the report.</p>"
            "<p><b>Minute 47 Defibrillator</b> Cllr Baker reported on the cabinet.</p>"
            "</body></html>")
    text = html_to_text(page.encode())[1].replace(HEADING_MARK, "")
    assert "Resolved: That the Planning Committee noted the report." in text
    assert "Minute 47 Defibrillator\nCllr Baker reported" in text


def test_a_numbered_bold_heading_run_into_its_table_cell_gets_a_line_of_its_own() -> None:
    page = ("<html><body><table><tr><td><strong>4. Public Participation</strong> Members of the "
            "public spoke on the lane.</td><td></td></tr><tr><td><strong>Pl</strong>anning "
            "matters were deferred.</td><td></td></tr></table></body></html>")
    text = html_to_text(page.encode())[1]
    assert f"{HEADING_MARK}4. Public Participation\nMembers of the public spoke" in text
    assert "Planning matters were deferred." in text


def test_a_bold_minute_number_glued_to_its_text_numbers_that_line() -> None:
    page = ("<html><body><p><strong>19/23</strong>Apologies for absence: Cllr Brand (work).</p>"
            "<p><strong>1.</strong> | Apologies</p></body></html>")
    text = html_to_text(page.encode())[1]
    assert "19/23 Apologies for absence: Cllr Brand (work)." in text
    assert f"{HEADING_MARK}1." in text


def test_an_articles_numeral_in_a_box_of_its_own_is_set_apart_from_its_heading() -> None:
    """'<p class="art"><span>IV</span>MEMBERSHIP</p>': the style sheet sets the numeral
    apart; a word in an element of its own before the rest of its sentence stays as it is."""
    page = ("<html><body><p class='art'><span>I</span>APOLOGIES FOR ABSENCE</p>"
            "<p>None.</p><p class='art'><span>IV</span>MEMBERSHIP</p><p>Noted.</p>"
            "<p><span>(b)</span>Appointment of proxy member</p>"
            "<p><em>Very</em> Good progress was reported.</p></body></html>")
    text = html_to_text(page.encode())[1]
    assert "I APOLOGIES FOR ABSENCE" in text
    assert "IV MEMBERSHIP" in text
    assert "(b) Appointment of proxy member" in text
    assert "Very Good progress" in text


def test_a_page_wrapped_in_one_form_keeps_its_content_and_drops_its_search_box() -> None:
    page = b"""<html><head><title>Licensing Sub-Committee</title></head><body>
<form method="post" action="./Meeting.aspx" id="form1"><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" value="abc"></div>
<div class="banner"><form action="/search"><label>Search this site</label>
<input name="q"><button>Go</button></form></div>
<div class="meeting"><h2>Licensing Sub-Committee, 3 March 2025</h2>
<p>1. Apologies. There were none.</p><p>2. Application for a premises licence: the
Sub-Committee granted the licence with the conditions agreed with the police.</p></div>
</form></body></html>"""
    _, text = html_to_text(page)
    assert "2. Application for a premises licence" in text
    assert "Search this site" not in text


def test_markup_a_site_shows_as_text_breaks_its_lines() -> None:
    """A flip-book site's text view printing a paper's markup as text ('COUNCIL&lt;br /&gt;
    Licensing Panel&lt;br /&gt; …'): its breaks are line breaks and its other tags go, so the
    paper's lines read as the paper's."""
    shown = ("ELLMOUTH DISTRICT COUNCIL<br /> Licensing Panel<br /> "
             "L/7/2012:- <strong>TAXI</strong> – LICENCE FEES<br /> It was agreed.<br /> "
             "L/8/2012:- STREET TRADING<br /> The consents were granted.<br />")
    page = f"<html><body><main><p>{shown.replace('<', '&lt;').replace('>', '&gt;')}</p>" \
        "</main></body></html>"
    _, text = html_to_text(page.encode())
    assert text.splitlines() == [
        "ELLMOUTH DISTRICT COUNCIL", "Licensing Panel",
        "L/7/2012:- TAXI – LICENCE FEES", "It was agreed.", "L/8/2012:- STREET TRADING",
        "The consents were granted."]


def test_a_list_item_that_prints_its_own_number_is_numbered_once() -> None:
    _, text = html_to_text(
        b"<html><body><h4>Public Items</h4><ol start='7'>"
        b"<li><span class='ItemNumber'>7</span> <a>Council Tax Setting 2015/16</a></li>"
        b"<li><span class='ItemNumber'>8</span> <span>Pay Policy Statement</span></li>"
        b"<li><span>9</span> <span>3 members to be appointed</span></li></ol>"
        b"<ol><li>Apologies</li><li>10 new benches</li></ol></body></html>")
    lines = [line for line in text.split("\n") if line]
    assert lines[1:] == ["7. Council Tax Setting 2015/16", "8. Pay Policy Statement",
                         "9. 3 members to be appointed", "1. Apologies", "2. 10 new benches"]


def _word_cells(*cells: str, bold: bool = False) -> str:
    """A Word table row, each cell's text in a paragraph of its own, as Word saves it."""
    wrap = (lambda text: f"<b>{text}</b>") if bold else (lambda text: text)
    return "<tr>" + "".join(f"<td><p class=MsoNormal>{wrap(c)}</p></td>" for c in cells) + "</tr>"


def test_a_word_table_s_bold_header_row_and_numbered_rows_are_no_items() -> None:
    heading = "<p class=MsoListParagraph><b><u>{}</u></b></p>".format
    page = ("<html><body><p><b>PENGARTH TOWN COUNCIL</b></p><p>Minutes of the Finance Committee "
            "Meeting held on Wednesday 12th January 2022 at 6pm</p>"
            "<p>Present: Cllrs. Mr Alan Cawsand (AC) - Chairman, Mrs Jane Gorran (JG)</p>"
            + heading("To Receive Apologies")
            + "<p>Apologies were received and accepted from Cllr Tregony.</p>"
            + heading("2022/23 Budget Setting")
            + "<p>The Clerk presented the draft budget.</p><table>"
            + _word_cells("Heading", "2021/22 Budget", "2022/23 Proposed", bold=True)
            + _word_cells("100 Salaries", "£41,200", "£43,100")
            + _word_cells("Total", "£41,200", "£43,100", bold=True)
            + "</table><p>It was RESOLVED to recommend a precept of £45,000. Proposed JG, "
            "seconded AC.</p>" + heading("Review of Risks") + "<table>"
            + _word_cells("Ref", "Hazard", "Chance", "Effect", bold=True)
            + "".join(_word_cells(f"H{n}", risk, "2", "3") for n, risk in enumerate(
                ("Income shortfall", "Theft", "Missed deadline", "Flood"), 1))
            + "</table><p>It was agreed to keep the scores as they are.</p>"
            + heading("Date of Next Meeting")
            + "<p>Wednesday 9th February 2022.</p></body></html>")
    (meeting,) = html_meetings(page)
    assert [i.title for i in meeting.items] == [
        "To Receive Apologies", "2022/23 Budget Setting", "Review of Risks",
        "Date of Next Meeting"]


def test_a_break_inside_a_bold_heading_run_into_its_paragraph_is_a_space() -> None:
    """'<strong>CEM/14/19: Memorial<br />applications:</strong><br />The following …': the
    writer wrapped the heading; it is one heading."""
    _, text = html_to_text(
        b"<html><body><p><strong>CEM/14/19: Memorial<br />applications:</strong><br />"
        b"The following memorial applications were approved.</p></body></html>")
    lines = [line.lstrip(HEADING_MARK) for line in text.splitlines() if line.strip()]
    assert lines[0] == "CEM/14/19: Memorial applications:"


def test_a_blogs_comments_under_the_post_are_no_part_of_the_paper() -> None:
    page = ("<html><body><main><article><h1>Trewin Parish Council – April's agenda</h1><p>"
            "Councillors are summoned to a meeting on Wednesday 11th April 2012.</p><ol><li>"
            "Apologies</li><li>Minutes</li><li>Planning</li></ol></article><div id=\"comments\">"
            "<h2 id=\"comments-title\">2 thoughts on “Trewin Parish Council – April's agenda”</h2>"
            "<ol class=\"commentlist\"><li class=\"comment\">Hallam Ender on 13 April 2012 at "
            "9:02 am said: Will the bus shelter be discussed?</li></ol><div id=\"respond\"><h3>"
            "Leave a Reply</h3></div></div></main></body></html>")
    _, text = html_to_text(page.encode())
    assert "thoughts on" not in text and "bus shelter" not in text and "Leave a Reply" not in text
    (agenda,) = html_meetings(page)
    assert [i.title for i in agenda.items] == ["Apologies", "Minutes", "Planning"]


def test_a_posts_share_buttons_likes_and_related_posts_are_no_part_of_the_paper() -> None:
    page = (b'<html><body><main><article><h1 class="entry-title">Minutes</h1><div class="entry-'
            b'content"><p><strong>4. Date of next meeting</strong><br>Tuesday 9th April 2024.</p>'
            b'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
            b'<li>Facebook</li></ul></div><div class="sharedaddy sd-block sd-like jetpack-likes-'
            b'widget-wrapper"><h3>Like this:</h3><div>Like Loading...</div></div><div id="jp-'
            b'relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Minutes - February 2024'
            b'</p></div></div></article><nav class="post-navigation"><a>Previous: Agenda</a></nav>'
            b'</main></body></html>')
    _, text = html_to_text(page)
    assert "Tuesday 9th April 2024." in text
    assert not any(word in text
                   for word in ("Share this", "Like", "Related", "February", "Previous"))


def test_an_entrys_number_in_plain_type_before_its_bold_heading_opens_the_heading() -> None:
    """'<p>4.&nbsp;&nbsp; <strong>Police Report</strong> PCSO to report …': the number, the
    bold heading, then the agenda's words: the heading and its number are the item's."""
    page = ("<html><body><h1>Agenda for the meeting of 19 November 2020</h1>"
            + "".join(f"<p>{n}.&nbsp;&nbsp;&nbsp; <strong>{title}</strong> {words}</p>"
                      for n, title, words in (
                          (1, "Apologies", "To receive apologies for absence."),
                          (2, "Police Report", "PCSO to report on any incidents in the parish."),
                          (3, "Defibrillator", "Clerk to update on the installation."),
                          (4, "Highways", "Footway on Brook Lane – the clerk to update.")))
            + "</body></html>")
    _, text = html_to_text(page.encode())
    lines = [line.lstrip(HEADING_MARK) for line in text.splitlines() if line.strip()]
    assert lines[1:5] == ["1. Apologies", "To receive apologies for absence.",
                          "2. Police Report", "PCSO to report on any incidents in the parish."]


def test_a_paragraph_that_is_only_a_link_to_the_paper_s_file_is_furniture() -> None:
    _, text = html_to_text(b"""<main><h1>Meeting of Council - 4 March 2015</h1>
    <p class="download"><a href="/m.docx">Download these minutes (Word, 30 KB)</a></p>
    <p>Minutes of the meeting. <a href="/a.pdf">View the agenda</a> for the papers.</p>
    <p><a href="/help/pdf/">Help with opening PDF files</a></p></main>""")
    assert text.replace(HEADING_MARK, "").splitlines() == [
        "Meeting of Council - 4 March 2015", "",
        "Minutes of the meeting. View the agenda for the papers."]


def test_an_item_number_styled_apart_from_its_title_is_spaced_from_it() -> None:
    _, text = html_to_text(b"""<main><ul class="agenda">
    <li><span class="n">1</span><span class="t">Apologies for Absence</span></li>
    <li><span class="n">2</span><span class="t">MINUTES</span></li>
    <li>Held on the 2<span>nd</span> of June</li></ul></main>""")
    assert "1 Apologies for Absence" in text and "2 MINUTES" in text
    assert "2nd of June" in text


def test_a_theme_s_small_box_named_content_is_not_the_page_s_content() -> None:
    agenda = "".join(f"<li>{entry}</li>" for entry in (
        "To receive apologies for absence.", "To receive members' declarations of interest.",
        "To approve the minutes of the meeting held on 10 December 2012.",
        "To consider quotations for new swings at the recreation ground.",
        "To note the date of the next meeting."))
    page = f"""<html><body><div id="aside"><div class="content"><ul>
<li><a href="/dates">Meeting dates</a></li><li><a href="/agendas">Agendas</a></li>
<li><a href="/minutes">Minutes</a></li></ul></div></div>
<div id="wiki__content"><h1>Kelby Town Council</h1><h2>Agenda - Cemetery Committee</h2>
<p>Issued on 2 May 2016 for a meeting of the Cemetery Committee to be held at 6.30 pm on
9 May 2016 in the Church Room, Mill Street, Kelby, to which all members of the committee
are summoned.</p><ol>{agenda}</ol></div></body></html>"""
    _, text = html_to_text(page.encode())
    assert "Cemetery Committee" in text and "swings" in text
    [meeting] = html_meetings(page)
    assert (meeting.kind, meeting.date.isoformat()) == ("agenda", "2016-05-09")
    assert meeting.committee == "Kelby Town Council — Cemetery Committee"


def test_a_document_sites_list_of_similar_papers_is_not_read() -> None:
    page = b"""<html><body><div class="header">paperstore.example</div>
<div class="similar"><h2>Similar documents</h2><ul>
<li><a href="/d/1">Minutes of the Finance Committee held on 9 March 2016</a></li>
<li><a href="/d/2">Estates Group Annual Report</a></li>
<li><a href="/d/3">Terms of Reference of the Design Panel</a></li></ul></div>
<div class="transcript"><h2>Transcription</h2>
<p>Minutes of the Trust held on Friday 4 November 2016. 1. Welcome. The Chair opened it.</p>
</div><div class="sidebar"><h4>Categories</h4><ul><li><a href="/c/1">Business</a></li>
<li><a href="/c/2">Education</a></li></ul></div></body></html>"""
    text = html_to_text(page)[1]
    assert "Finance Committee" not in text and "Similar documents" not in text
    assert "Categories" not in text and "Education" not in text
    assert "held on Friday 4 November 2016" in text


def test_paragraphs_a_site_shows_as_literal_markup_are_paragraphs() -> None:
    shown = "".join(f"&lt;p&gt;{k}. Heading {k} Text of minute {k}.&lt;/p&gt;" for k in range(1, 7))
    text = html_to_text(f"<html><body><div id='text'>{shown}</div></body></html>".encode())[1]
    assert text.split("\n\n")[:2] == ["1. Heading 1 Text of minute 1.",
                                     "2. Heading 2 Text of minute 2."]


def test_a_bulleted_list_before_an_ordered_list_that_goes_on_from_it_is_numbered() -> None:
    """'<ul>' of three entries, a group's heading, then '<ol start="4">': one agenda whose
    first entries lost their numbers; a bulleted list that no list goes on from keeps bullets."""
    page = ("<html><body><h1>Council of Governors – 18 February 2026</h1>"
            "<ul><li>Apologies for absence</li><li>Declarations of interest</li>"
            "<li>Minutes of the previous meeting</li></ul>"
            "<p><strong>Trust updates:</strong></p>"
            "<ol start='4'><li>Chief Executive's update</li><li>Finance report</li></ol>"
            "<ul><li>Parking</li><li>Litter</li></ul></body></html>")
    text = html_to_text(page.encode())[1]
    assert "1. Apologies for absence" in text
    assert "3. Minutes of the previous meeting" in text
    assert "4. Chief Executive's update" in text
    assert "• Parking" in text


def test_a_numbered_headings_list_of_headed_entries_is_its_sub_items() -> None:
    """'<p><strong>18.03.04 Highways</strong></p><ol><li><strong>Mill Road – Pothole</strong>
    …': each entry, opening with a bold heading of its own, is the heading's part '18.03.04.1';
    a list of plain points under a numbered heading is its text, marked as a browser marks it."""
    def heading(number: str, title: str) -> str:
        return f"<p><strong>{number} {title}</strong></p>"

    def entry(title: str, text: str) -> str:
        return f"<li><strong>{title}</strong><br>{text}</li>"

    page = ("<html><body><h2>Minutes of the Meeting of Orlford Parish Council held on "
            "2 March 2022</h2>"
            + heading("22.03.01", "Apologies") + "<p>None were received.</p>"
            + heading("22.03.02", "Highways")
            + "<ol>" + entry("Mill Road – Pothole", "Resolved: The Clerk will report it again.")
            + entry("Green Lane – Hedge", "Resolved: The owner will be asked to cut it back.")
            + entry("Bus shelter", "Resolved: Two quotations will be sought.") + "</ol>"
            + heading("22.03.03", "Finance")
            + "<ol><li>The balance was £4,210.</li><li>Two invoices were paid.</li>"
              "<li>The audit form was signed.</li></ol>"
            + heading("22.03.04", "Date of Next Meeting") + "<p>6 April 2022.</p></body></html>")
    text = html_to_text(page.encode())[1].replace(HEADING_MARK, "")
    assert "22.03.02.2 Green Lane – Hedge" in text
    assert "• The balance was £4,210." in text
    (meeting,) = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("22.03.01", "Apologies"), ("22.03.02.1", "Mill Road – Pothole"),
        ("22.03.02.2", "Green Lane – Hedge"), ("22.03.02.3", "Bus shelter"),
        ("22.03.03", "Finance"), ("22.03.04", "Date of Next Meeting")]
    assert meeting.items[2].decision == "resolved"
