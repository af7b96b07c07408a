"""Minutes set as a label column beside the text: each heading in a narrow column at the margin,
its minutes in a wide column to the right, read by PDFium as one heading per cell, row by row."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from indexer.parse.meetings import parse_document
from indexer.read import pdf
from indexer.read.document import read_document
from indexer.read.pdfium_text import read_pages
from indexer.records import HEADING_MARK, SourceFile

BODY = ("Helvetica", 10)
LABEL_X, TEXT_X, ACTION_X = 57, 176, 500
LEADING = 12.5

ROWS = [
    (["Declarations of Interest"],
     ["Cllr Dunmore declared an interest in the allotment rents as a plot holder",
      "and took no part in the discussion of them."]),
    (["Minutes of the Last", "Meeting"],
     ["The minutes of the meeting held on 3rd March 2025 were read, agreed and",
      "signed by the Chairman."]),
    (["Clerk's", "Report"],
     ["The Clerk reported that the bus shelter on Mill Road had been repaired",
      "by the contractor and that the insurance claim had been paid in full.",
      "The report was noted."]),
    (["Finance"],
     ["The accounts to 31st March were presented. Proposed Cllr Ashby, seconded",
      "Cllr Dunmore, that the payments listed be approved. Carried unanimously."]),
    (["Allotments"],
     ["Cllr Ashby said that two plots at Low Field were vacant and would be",
      "offered to the people on the waiting list. It was agreed to hold the rents."]),
    (["Date of Next Meeting"], ["Tuesday 6th May 2025 at 7.30pm in the Village Hall."]),
]


def _page(canvas: Canvas, rows: list[tuple[list[str], list[str]]], top: float,
          actions: dict[int, str] | None = None) -> None:
    """Draw rows of label cells and their text from top down, an action beside some rows."""
    canvas.setFont(*BODY)
    y = top
    for k, (label, text) in enumerate(rows):
        for n, line in enumerate(label):
            canvas.drawString(LABEL_X, y - n * LEADING, line)
        for n, line in enumerate(text):
            canvas.drawString(TEXT_X, y - n * LEADING, line)
        if actions and k in actions:
            canvas.drawString(ACTION_X, y, actions[k])
        y -= max(len(label), len(text)) * LEADING + 8


def _minutes(path: Path, *, actions: dict[int, str] | None = None, second_page: bool = False
             ) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(140, 780, "MEETING OF THE LOWMOOR PARISH COUNCIL")
    canvas.drawString(170, 764, "ON TUESDAY 1st APRIL 2025 AT 7.30PM")
    canvas.setFont(*BODY)
    canvas.drawString(LABEL_X, 740, "Present: Cllr J Ashby (Chairman), Cllr P Dunmore.")
    rows = ROWS[:-2] if second_page else ROWS
    _page(canvas, rows, 715, actions)
    if second_page:
        canvas.showPage()
        _page(canvas, ROWS[-2:], 780)
    canvas.save()
    return path


def _pdfium_pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [page or "" for page in read_pages(document)[1]]
    finally:
        document.close()


def _items(path: Path) -> list[str]:
    stat = path.stat()
    source = SourceFile(path, path.name, "pdf", stat.st_size, stat.st_mtime_ns)
    return [item.title for meeting in parse_document(read_document(source, pdf_reader="pdfium"))
            for item in meeting.items]


def test_each_cell_is_one_heading_before_the_text_beside_it(tmp_path: Path) -> None:
    text = _pdfium_pages(_minutes(tmp_path / "minutes.pdf"))[0]
    assert f"{HEADING_MARK}Minutes of the Last Meeting\n\nThe minutes of the meeting" in text
    assert f"{HEADING_MARK}Finance\n\nThe accounts to 31st March were presented." in text
    assert text.index("Clerk's Report") < text.index("The Clerk reported") < text.index(
        f"{HEADING_MARK}Finance")


def test_a_label_column_gives_one_item_per_cell(tmp_path: Path) -> None:
    assert _items(_minutes(tmp_path / "minutes.pdf")) == [
        "Declarations of Interest", "Minutes of the Last Meeting", "Clerk's Report", "Finance",
        "Allotments", "Date of Next Meeting"]


def test_an_action_column_follows_the_text_of_its_row(tmp_path: Path) -> None:
    text = _pdfium_pages(_minutes(tmp_path / "minutes.pdf", actions={2: "Clerk", 4: "JA"}))[0]
    assert text.index("The report was noted.") < text.index("\nClerk\n") < text.index(
        f"{HEADING_MARK}Finance")
    assert text.index("to hold the rents.") < text.index("\nJA\n")


def test_a_later_page_with_few_lines_keeps_the_first_pages_column(tmp_path: Path) -> None:
    pages = _pdfium_pages(_minutes(tmp_path / "minutes.pdf", second_page=True))
    assert f"{HEADING_MARK}Allotments\n\nCllr Ashby said that two plots" in pages[1]


def test_a_letters_labels_and_a_column_of_references_are_no_label_column(tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / "letter.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(*BODY)
    y = 780
    for label, value in [("Please ask for:", "Anna Price"), ("Direct Dial:", "(01234) 000111"),
                         ("Our Ref:", "AP/PL"), ("Date:", "2 April 2025")]:
        canvas.drawString(LABEL_X, y, label)
        canvas.drawString(TEXT_X, y, value)
        y -= LEADING
    for ref in ("PLA98/24", "PLA99/24", "PLA100/24"):
        y -= 8
        canvas.drawString(LABEL_X, y, ref)
        canvas.drawString(TEXT_X, y, "The Committee considered the application for a dwelling.")
        canvas.drawString(TEXT_X, y - LEADING, "RESOLVED that permission be granted.")
        y -= 2 * LEADING
    canvas.save()
    mined, error = pdf._mine(path, float("inf"), 30.0)
    assert error is None
    assert _pdfium_pages(path)[0] == mined[0]


def test_a_page_in_two_columns_is_read_column_by_column_not_as_labels(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(170, 790, "Minutes of meeting held on Tuesday 13th January 2026")
    left = [("1. Chairman's Welcome", ["Cllr Quarterman welcomed all present and reminded",
                                       "members that the meeting was being recorded by",
                                       "the Clerk for the purpose of the minutes only."]),
            ("2. Apologies", ["Apologies were received from Cllr Sandle and from",
                              "County Councillor Pauline Ysolde, who was ill."]),
            ("3. Planning", ["No applications had been received since the last",
                             "meeting; the appeal at Mill Farm had been dismissed",
                             "by the Inspector on the grounds of highway safety."])]
    right = [("4. Footpaths", ["Cllr Brimley reported that the stile at Fewster Farm",
                               "had collapsed and walkers were climbing the gate",
                               "alongside it. The Clerk will write to the owner."]),
             ("5. Finance", ["The payments listed on the schedule were approved",
                             "and the bank reconciliation to 31st December was",
                             "signed by the Chairman as a true statement."]),
             ("6. Date of Next Meeting", ["Tuesday 10th March 2026 at 7.30pm in the",
                                          "Reading Room, Fore Street, Brackenholt."])]
    for x, top, gap, column in ((LABEL_X, 750, 16, left), (310, 741, 23, right)):
        y = top
        for heading, text in column:
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawString(x, y, heading)
            canvas.setFont(*BODY)
            for n, line in enumerate(text):
                canvas.drawString(x, y - 18 - n * LEADING, line)
            y -= 18 + len(text) * LEADING + gap
    canvas.save()
    text = _pdfium_pages(path)[0]
    order = [text.index(heading) for heading in (
        "1. Chairman's", "2. Apologies", "3. Planning", "4. Footpaths", "5. Finance", "6. Date")]
    assert order == sorted(order)
