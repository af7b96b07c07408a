"""PDF typography, through either reader: short lines in bold or set larger are headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.read.pdf import PDF_READERS, pdf_to_pages
from indexer.records import HEADING_MARK, SourceFile

BODY = ("Helvetica", 10.5)
BOLD = ("Helvetica-Bold", 10.5)
LARGE = ("Helvetica", 15)

MINUTES = [
    (LARGE, "Little Snoring Parish Council"),
    (BODY, "Minutes of the meeting held on Tuesday 5 March 2024 at 7.30pm in the Village Hall."),
    (BODY, "Present: Cllr Ann Smith (Chair), Cllr Bob Jones and Cllr Carol White."),
    (BOLD, "Apologies for absence"),
    (BODY, "Apologies were received from Cllr David Green, who was on holiday."),
    (BOLD, "Village hall roof"),
    (BODY, "Cllr Jones reported that the roof had been inspected and needed new tiles."),
    (BODY, "RESOLVED to accept the quotation from Norfolk Roofing for the repairs."),
    (BOLD, "Speeding on Mill Lane"),
    (BODY, "Residents asked for a speed indicator sign. The Clerk will ask Highways about it."),
    (BOLD, "Date of next meeting"),
    (BODY, "The next meeting will be held on Tuesday 2 April 2024 at 7.30pm."),
]


def _write(path: Path, lines: list[tuple[tuple[str, float], str]], *, form: bool = False
           ) -> Path:
    """Draw one line per entry, in its font, spaced down an A4 page like paragraphs.

    With form, the page's text is drawn as a form XObject, as some producers draw every page.
    """
    canvas = Canvas(str(path), pagesize=A4)
    if form:
        canvas.beginForm("page")
    y = A4[1] - 72
    for (font, size), text in lines:
        canvas.setFont(font, size)
        canvas.drawString(72, y, text)
        y -= size * 2.2
    if form:
        canvas.endForm()
        canvas.doForm("page")
    canvas.save()
    return path


def _write_numbered(path: Path, opening: str, rows: tuple[tuple[str, str, str], ...],
                    indent: float) -> None:
    """Draw a line, then each row's number, its heading in bold at indent and its text after."""
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    canvas.setFont(*BODY)
    canvas.drawString(72, y, opening)
    for number, heading, text in rows:
        y -= 24
        canvas.setFont(*BODY)
        canvas.drawString(72, y, number)
        canvas.setFont(*BOLD)
        canvas.drawString(indent, y, heading)
        canvas.setFont(*BODY)
        canvas.drawString(indent + canvas.stringWidth(heading, *BOLD) + 6, y, text)
    canvas.save()


def _source(path: Path) -> SourceFile:
    stat = path.stat()
    return SourceFile(path, path.name, "pdf", stat.st_size, stat.st_mtime_ns)


def _marked(path: Path, reader: str = "pdfminer") -> list[str]:
    page = pdf_to_pages(path, reader=reader).pages[0]
    return [line[1:].strip() for line in page.splitlines() if line.startswith(HEADING_MARK)]


@pytest.mark.parametrize("form", [False, True])
@pytest.mark.parametrize("reader", PDF_READERS)
def test_bold_and_larger_lines_are_marked_as_headings(tmp_path: Path, reader: str,
                                                       form: bool) -> None:
    marked = _marked(_write(tmp_path / "minutes.pdf", MINUTES, form=form), reader)
    assert marked == ["Little Snoring Parish Council", "Apologies for absence",
                      "Village hall roof", "Speeding on Mill Lane", "Date of next meeting"]


def test_unnumbered_minutes_split_at_their_bold_headings(tmp_path: Path) -> None:
    meetings = parse_document(read_document(_source(_write(tmp_path / "m.pdf", MINUTES))))
    items = [item for meeting in meetings for item in meeting.items]
    titles = [item.title for item in items]
    assert titles == ["Apologies for absence", "Village hall roof", "Speeding on Mill Lane",
                      "Date of next meeting"]
    assert meetings[0].committee == "Little Snoring Parish Council"
    assert meetings[0].date.isoformat() == "2024-03-05"
    assert items[1].decision == "resolved"
    assert "speed indicator" in items[2].text and "speed indicator" not in items[1].text


def test_without_typography_the_same_lines_are_not_headings(tmp_path: Path) -> None:
    plain = [((BODY if style is BOLD else style), text) for style, text in MINUTES]
    meetings = parse_document(read_document(_source(_write(tmp_path / "plain.pdf", plain))))
    titles = {item.title for meeting in meetings for item in meeting.items}
    assert not titles & {"Apologies for absence", "Village hall roof"}


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_page_set_all_in_bold_marks_nothing_by_weight(tmp_path: Path, reader: str) -> None:
    lines = [(BOLD, text) for _, text in MINUTES]
    assert _marked(_write(tmp_path / "bold.pdf", lines), reader) == []


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_paragraph_of_several_bold_lines_is_emphasis_not_a_heading(tmp_path: Path,
                                                                    reader: str) -> None:
    gap = (BODY, "")
    canvas_lines = [*MINUTES[:5], gap,
                    (BOLD, "Members asked whether the precept would have to rise next year"),
                    (BOLD, "given the cost of the roof repairs and the rise in insurance costs"),
                    (BOLD, "that the council had been told about in January."),
                    gap, *MINUTES[5:]]
    path = tmp_path / "emphasis.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    text = canvas.beginText(72, A4[1] - 72)
    for (font, size), line in canvas_lines:
        text.setFont(font, size)
        text.textLine(line)
    canvas.drawText(text)
    canvas.save()
    marked = _marked(path, reader)
    assert "Village hall roof" in marked
    assert not any(line.startswith(("Members asked", "given the", "that the council"))
                   for line in marked)


COMMITTEE_MINUTES = [
    (LARGE, "Minutes of Thornbury Village Meeting Committee"),
    (BODY, "Monday 16th October 2023, 7pm, Thornbury Memorial Hall"),
    (BODY, "Present: John Adams (Chairman), Mary Baker, Peter Cole, Susan Dale (Secretary)"),
    (BOLD, "Apologies"),
    (BODY, "Apologies were received from Tom Evans."),
    (BOLD, "Christmas Lights"),
    (BODY, "Susan Dale explained the arrangements. It was agreed to spend up to £250."),
    (BOLD, "Date of Next Meeting"),
    (BODY, "Monday 20th November 2023."),
]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_minutes_title_naming_the_body_over_a_date_line_heads_the_record(
        tmp_path: Path, reader: str) -> None:
    path = _write(tmp_path / "committee.pdf", COMMITTEE_MINUTES)
    (meeting,) = parse_document(read_document(_source(path), pdf_reader=reader))
    assert meeting.committee == "Thornbury Village Meeting Committee"
    assert str(meeting.date) == "2023-10-16"
    assert [i.title for i in meeting.items] == ["Apologies", "Christmas Lights",
                                                "Date of Next Meeting"]
    assert meeting.items[1].speakers == ("Susan Dale",)
    assert meeting.items[1].decision == "agreed"


def test_an_agenda_entry_set_in_bold_stops_at_the_plain_minute_under_it(tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for font, text in [(LARGE, "Little Snoring Parish Council"),
                       (BODY, "Minutes of the meeting held on Tuesday 8 July 2025.")]:
        canvas.setFont(*font)
        canvas.drawString(72, y, text)
        y -= 24
    for n, topic in enumerate(("hourly rate for the caretaker", "hall hire charges",
                               "bus shelter repairs"), 1):
        for font, text in [(BOLD, f"{n}. To consider the {topic}"),
                           (BODY, f"The Council considered the {topic}."),
                           (BODY, "RESOLVED: To leave it unchanged.")]:
            canvas.setFont(*font)
            canvas.drawString(72, y, text)
            y -= 13
        y -= 12
    canvas.save()
    (meeting,) = parse_document(read_document(_source(path)))
    assert [i.title for i in meeting.items] == [
        "To consider the hourly rate for the caretaker", "To consider the hall hire charges",
        "To consider the bus shelter repairs"]


def _write_rows(path: Path, rows: list[tuple[str, str, str]], *, bold_number: bool) -> Path:
    """Draw a table's rows on one baseline each: number, heading in bold, and text cells."""
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    canvas.setFont(*BODY)
    canvas.drawString(72, y, "Minutes of the meeting held on Monday 10th March 2025 at 7.30pm.")
    y -= 30
    for number, heading, text in rows:
        canvas.setFont(*(BOLD if bold_number else BODY))
        canvas.drawString(72, y, number)
        canvas.setFont(*BOLD)
        canvas.drawString(90, y, heading)
        canvas.setFont(*BODY)
        canvas.drawString(200, y, text)
        y -= 24
    canvas.save()
    return path


ROWS = [("1", "Police Scotland", "PC Lumsden read through the February report."),
        ("2", "Apologies", "Apologies were received from Donald Reith."),
        ("3", "Planning", "GN reported on the mast application at Hill of Dorsell.")]


@pytest.mark.parametrize("bold_number", [False, True])
@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_between_a_number_and_its_text_is_a_heading_line(
        tmp_path: Path, reader: str, bold_number: bool) -> None:
    """A table's number, heading and text cells on one line: the heading set in bold is the
    item's heading line, its text the next line (typography.bold_lead)."""
    path = _write_rows(tmp_path / "rows.pdf", ROWS, bold_number=bold_number)
    assert _marked(path, reader) == ["1 Police Scotland", "2 Apologies", "3 Planning"]
    page = pdf_to_pages(path, reader=reader).pages[0]
    assert "Apologies were received from Donald Reith." in page.splitlines()


def test_a_bold_word_opening_a_sentence_is_not_split_off(tmp_path: Path) -> None:
    """Only a number's heading is cut from its line: 'RESOLVED that …' in bold stays whole."""
    canvas = Canvas(str(tmp_path / "resolved.pdf"), pagesize=A4)
    canvas.setFont(*BODY)
    canvas.drawString(72, 770, "The Clerk reported on the accounts for the year to March.")
    for k, text in enumerate(("Members asked about the grass cutting contract and the bank fees.",
                              "The internal auditor's report was circulated before the meeting.",
                              "Councillor Reith asked whether the reserves policy was reviewed.")):
        canvas.drawString(72, 755 - 15 * k, text)
    canvas.setFont(*BOLD)
    canvas.drawString(72, 700, "RESOLVED")
    canvas.setFont(*BODY)
    canvas.drawString(135, 700, "that the accounts be approved and signed by the Chair.")
    canvas.save()
    for reader in PDF_READERS:
        assert _marked(tmp_path / "resolved.pdf", reader) == []


def _write_run_in(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Draw numbered paragraphs whose bold heading runs into plain text on the same line."""
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    canvas.setFont(*BODY)
    canvas.drawString(72, y, "Minutes of the meeting held on Tuesday 13th January 2026 at 7.45pm.")
    y -= 30
    for heading, text in rows:
        canvas.setFont(*BOLD)
        canvas.drawString(72, y, heading)
        canvas.setFont(*BODY)
        canvas.drawString(80 + canvas.stringWidth(heading, *BOLD), y, text)
        y -= 24
    canvas.save()
    return path


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_long_bold_heading_or_one_before_a_one_word_minute_is_cut_from_its_text(
        tmp_path: Path, reader: str) -> None:
    """A clerk's Word minutes: '1. Chairman's notice regarding the recording and filming of the
    meeting' in bold, then its text, and '2. Record of members present' in bold, then 'Noted.'."""
    path = _write_run_in(tmp_path / "runin.pdf", [
        ("1. Chairman's notice regarding the recording and filming of the meeting",
         "The notice was displayed."),
        ("2. Record of members present", "Noted."),
        ("3. Public Comments", "None.")])
    assert _marked(path, reader) == [
        "1. Chairman's notice regarding the recording and filming of the meeting",
        "2. Record of members present", "3. Public Comments"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bracketed_parts_bold_heading_is_cut_from_its_text(tmp_path: Path, reader: str) -> None:
    """'(ii) Fund balance' in bold, then 'The statement of the fund …' in plain type on the
    same line: a part's heading, lettered or in roman figures, gets a line of its own."""
    path = _write_run_in(tmp_path / "parts.pdf", [
        ("(i) Grants paid under delegation", "Cllr. Amory proposed that they be endorsed."),
        ("(ii) Fund balance", "The statement of the fund was received and noted."),
        ("(b) Youth Club", "The application was deferred to October.")])
    assert _marked(path, reader) == [
        "(i) Grants paid under delegation", "(ii) Fund balance", "(b) Youth Club"]


def _write_runs(path: Path, lines: list[list[tuple[bool, str]]]) -> Path:
    """Draw lines made of runs, each bold or plain, one after another on the line."""
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    canvas.setFont(*BODY)
    canvas.drawString(72, y, "Minutes of the Town Council held on Monday 2nd March 2015.")
    for runs in lines:
        y -= 15
        x = 72.0
        for bold, text in runs:
            font = BOLD if bold else BODY
            canvas.setFont(*font)
            canvas.drawString(x, y, text)
            x += canvas.stringWidth(text + " ", *font)
    canvas.save()
    return path


WRAPPED_LEAD = [
    [(True, "15/03/01 To receive Apologies for absence"),
     (False, "Apologies were received from Councillor Yeo.")],
    [(True, "15/03/02 To receive the Minutes of the Full Council Meeting of 2nd February 2015"
            " (minute")],
    [(True, "refs 15/02/01-15/02/19)"),
     (False, "Councillor Lerwill asked that minute 15/02/07 be")],
    [(False, "corrected. With that correction the minutes were signed as a correct record.")],
    [(True, "15/03/03 Allotments")],
    [(True, "RESOLVED:"), (False, "That the allotment rents be held for another year.")],
]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_run_into_its_text_after_a_minute_reference_or_a_wrap_is_cut(
        tmp_path: Path, reader: str) -> None:
    """A minute reference ('15/03/01') opens a bold heading run into its text, and a bold
    heading that wraps runs into its text on its second line: each is a heading, its text not;
    a bold 'RESOLVED:' under a heading labels the text and is no part of the heading."""
    path = _write_runs(tmp_path / "wrapped.pdf", WRAPPED_LEAD)
    assert _marked(path, reader) == [
        "15/03/01 To receive Apologies for absence",
        "15/03/02 To receive the Minutes of the Full Council Meeting of 2nd February 2015 (minute",
        "refs 15/02/01-15/02/19)", "15/03/03 Allotments"]
    page = pdf_to_pages(path, reader=reader).pages[0]
    assert "Councillor Lerwill asked that minute 15/02/07 be" in page.splitlines()
    items = parse_document(read_document(_source(path)))[0].items
    assert [(item.number, item.title) for item in items] == [
        ("15/03/01", "To receive Apologies for absence"),
        ("15/03/02", "To receive the Minutes of the Full Council Meeting of 2nd February 2015"
                     " (minute refs 15/02/01-15/02/19)"),
        ("15/03/03", "Allotments")]


LETTERED_REFERENCES = [
    [(True, "31/15PD Apologies for absence"), (False, "Apologies were received from Cllr Hesk.")],
    [(True, "32/15PD Open Forum"), (False, "Two residents spoke about the bus shelter on the")],
    [(False, "green, which had been damaged again over the winter months.")],
    [(True, "33/15PD Planning Applications"), (False, "It was RESOLVED to raise no objection.")],
]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_after_a_reference_with_a_committee_s_letters_is_cut_from_its_text(
        tmp_path: Path, reader: str) -> None:
    """'31/15PD' (a planning committee's minute) opens a bold heading run into its text: the
    letters are the reference's, the bold words its heading."""
    path = _write_runs(tmp_path / "lettered.pdf", LETTERED_REFERENCES)
    items = parse_document(read_document(_source(path)))[0].items
    assert [(item.number, item.title) for item in items] == [
        ("31/15PD", "Apologies for absence"), ("32/15PD", "Open Forum"),
        ("33/15PD", "Planning Applications")]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_after_a_minute_number_led_by_its_year_is_a_heading_line(
        tmp_path: Path, reader: str) -> None:
    """'2023.47 **Apologies for Absence** District Councillor …': a year's running number."""
    _write_numbered(tmp_path / "year.pdf", "Minutes of the meeting held on Thursday 7th "
                    "September 2023.", (
                        ("2023.47", "Apologies for Absence", "District Councillor Ysolde Ash."),
                        ("2023.48", "Declarations of Interest", "AD stated that he was a member."),
                        ("2023.49", "Planning", "No objections were raised to the two "
                                                "applications.")), 120)
    assert _marked(tmp_path / "year.pdf", reader) == [
        "2023.47 Apologies for Absence", "2023.48 Declarations of Interest", "2023.49 Planning"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_before_a_reference_or_a_lettered_list_is_a_heading_line(
        tmp_path: Path, reader: str) -> None:
    """The plain text after a numbered bold heading may open with an application's reference
    or a list's first letter, not only with a capital."""
    rows = [("1", "Apologies", "Apologies were received from Cllr Gorran."),
            ("2", "Planning", "24/01122/FUL Rear extension, 4 Mill Lane. No objection."),
            ("3", "Clerk's Report", "(a) The stile on footpath 12 has been replaced.")]
    path = _write_rows(tmp_path / "rows.pdf", rows, bold_number=True)
    assert _marked(path, reader) == ["1 Apologies", "2 Planning", "3 Clerk's Report"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_after_a_reference_with_the_council_year_or_letters_first_is_cut(
        tmp_path: Path, reader: str) -> None:
    """'148-25/26 **Apologies for Absence** Cllr Trounce …', 'F18/019 **Payments** …'."""
    _write_numbered(tmp_path / "refs.pdf", "Minutes of the meeting held on Tuesday 20th "
                    "January 2026.", (
                        ("148-25/26", "Apologies for Absence", "Cllr Trounce had sent apologies."),
                        ("149-25/26", "Members' Interests", "Cllr Hartley declared an interest."),
                        ("F18/019", "Payments", "The payments listed were approved.")), 130)
    assert _marked(tmp_path / "refs.pdf", reader) == [
        "148-25/26 Apologies for Absence", "149-25/26 Members' Interests", "F18/019 Payments"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_agenda_heading_set_off_by_a_dash_from_its_note_in_lower_case_is_cut(
        tmp_path: Path, reader: str) -> None:
    """A summons's entries: '2021/14) **Apologies for absence** - to receive and accept
    apologies'; the heading is the bold words, without the dash, and the note its text."""
    path = _write_runs(tmp_path / "dashed.pdf", [
        [(False, "2021/14)"), (True, "Apologies for absence"),
         (False, "- to receive and accept apologies")],
        [(False, "2021/15)"), (True, "Bus shelter"),
         (False, "- to agree a contractor for the repair")],
        [(True, "2021/16) Correspondence")]])
    assert _marked(path, reader) == [
        "2021/14) Apologies for absence", "2021/15) Bus shelter", "2021/16) Correspondence"]
    page = pdf_to_pages(path, reader=reader).pages[0]
    assert "to receive and accept apologies" in page.splitlines()


def test_bold_bracketed_parts_under_a_numbered_heading_in_capitals_are_its_items(
        tmp_path: Path) -> None:
    """'4. MATTERS ARISING' in capitals, plain type, then '(1) Post Office Lease' and '(2)
    Churchyard Limes' in bold over their text: the parts are the items 4.1 and 4.2."""
    lines = [
        (LARGE, "Thornleigh Parish Council"),
        (BODY, "Minutes of the meeting held on 23rd April 2008 in the Village Hall."),
        (BODY, "3. MINUTES – the Minutes were accepted as an accurate record."),
        (BODY, "4. MATTERS ARISING"),
        (BOLD, "(1) Post Office Lease"),
        (BODY, "It was agreed that the Chairman and the clerk sign the renewal."),
        (BOLD, "(2) Churchyard Limes"),
        (BODY, "Mr Gaskin reported on the tree surgeon's report. Members noted the report."),
        (BODY, "5. DATE OF NEXT MEETING – 28th May 2008 at 7.45pm."),
    ]
    meetings = parse_document(read_document(_source(_write(tmp_path / "parts.pdf", lines))))
    items = [(item.number, item.title, item.decision) for m in meetings for item in m.items]
    assert items == [("3", "MINUTES", "agreed"), ("4.1", "Post Office Lease", "agreed"),
                     ("4.2", "Churchyard Limes", "noted"), ("5", "DATE OF NEXT MEETING", "none")]


def test_bold_headings_over_their_minutes_before_a_list_numbered_late_are_items(
        tmp_path: Path) -> None:
    """An association's minutes under bold headings, its 'AOB' numbered 1 to 3 at the end:
    the headings before the numbers are items as well as the numbered topics."""
    lines = [
        (LARGE, "LRBA AGM MINUTES 2011"),
        (BODY, "The AGM was held in the Canal Basin Inn on Saturday 25th April 2009."),
        (BOLD, "President's Address"),
        (BODY, "The President addressed the meeting on the year's developments."),
        (BOLD, "Honorary Treasurer's Report"),
        (BODY, "The accounts were proposed by Seán Mullarkey and were adopted."),
        (BOLD, "Subscriptions"),
        (BODY, "The meeting agreed that the family subscription be increased to €50."),
        (BOLD, "AOB"),
        (BODY, "1. Bridge lifting times on the lower river"),
        (BODY, "Ciarán Maher said the early lifting of the bridge kept visiting boats out."),
        (BODY, "2. Moorings at Carrigmore quay"),
        (BODY, "Two of the public moorings were unusable because of silt."),
        (BODY, "3. Junior rowing scheme"),
        (BODY, "Dermot Lally described the scheme. The meeting noted the report."),
    ]
    meetings = parse_document(read_document(_source(_write(tmp_path / "agm.pdf", lines))))
    titles = [item.title for m in meetings for item in m.items]
    assert titles[:3] == ["President's Address", "Honorary Treasurer's Report", "Subscriptions"]
    assert titles[-3:] == ["Bridge lifting times on the lower river",
                           "Moorings at Carrigmore quay", "Junior rowing scheme"]


@pytest.mark.parametrize("reader", PDF_READERS)
def test_a_bold_heading_under_its_reference_alone_is_cut_from_its_text(tmp_path: Path,
                                                                       reader: str) -> None:
    """'AGM 2/19' in bold on a line of its own, then '**Chair's Report** Magnus gave his report
    …': a table's reference cell set over its text cell; the heading opening the text is the
    item's heading line. A bold lead under a plain line stays in its sentence."""
    canvas = Canvas(str(tmp_path / "agm.pdf"), pagesize=A4)
    canvas.setFont(*BODY)
    canvas.drawString(72, 770, "Minutes of the Annual General Meeting held on 13th May 2019.")
    canvas.drawString(72, 750, "Members met in the Public Hall at the usual time this evening.")
    canvas.setFont(*BOLD)
    canvas.drawString(72, 735, "Magnus Tait")
    canvas.setFont(*BODY)
    canvas.drawString(140, 735, "welcomed everyone to the meeting and thanked them for coming.")
    y = 700
    for number, heading, text in (("AGM 2/19", "Minutes of the AGM", "The minutes were approved."),
                                  ("AGM 3/19", "Chair's Report", "Magnus gave his report on it."),
                                  ("AGM 4/19", "Election of Office Bearers",
                                   "Magnus Tait was elected Chair.")):
        canvas.setFont(*BOLD)
        canvas.drawString(72, y, number)
        canvas.drawString(72, y - 20, heading)
        canvas.setFont(*BODY)
        canvas.drawString(80 + canvas.stringWidth(heading, *BOLD), y - 20, text)
        y -= 50
    canvas.save()
    assert _marked(tmp_path / "agm.pdf", reader) == [
        "AGM 2/19", "Minutes of the AGM", "AGM 3/19", "Chair's Report", "AGM 4/19",
        "Election of Office Bearers"]
