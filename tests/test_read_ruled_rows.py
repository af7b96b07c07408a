"""A PDF table drawn with borders (a decision log, an action grid) is read row by row: each
row's cells together, left to right, not every row's first column, then every row's second."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.read.layout import PlacedLine
from indexer.read.pdfium_text import page_text, read_pages
from indexer.read.ruled_rows import in_columns, rows
from indexer.records import SourceFile

LEFT, RIGHT = 50, 545
COLUMNS = [50, 120, 250, 440, 545]
LEADING = 11.0

ROWS = [
    (["4.", "Jan 2025"], ["Village green:", "bench repairs"],
     ["The Committee approved the quote", "from Harwell Joinery of £640 for", "the repairs."],
     ["Approved"]),
    (["5.", "Jan 2025"], ["Footpath 12:", "diversion order"],
     ["The Committee noted the county's", "order and agreed to take no", "further action."],
     ["Noted"]),
    (["6.", "Feb 2025"], ["Hall lettings", "policy"],
     ["Consideration was deferred to the", "March meeting for the trustees'", "comments."],
     ["Deferred"]),
]


def _table(path: Path, *, uprights: bool = True) -> Path:
    """Draw a bordered four-column table of decisions under a heading."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(LEFT, 790, "ASHCOMBE PARISH COUNCIL")
    canvas.drawString(LEFT, 774, "Decision log of the Amenities Committee, 2025")
    canvas.setFont("Helvetica", 9)
    top = 750.0
    tops = [top]
    for row in ROWS:
        y = top - LEADING
        for x, cell in zip(COLUMNS, row, strict=False):
            for n, line in enumerate(cell):
                canvas.drawString(x + 4, y - n * LEADING, line)
        top -= max(len(cell) for cell in row) * LEADING + 1
        tops.append(top)
    canvas.setLineWidth(0.75)
    for y in tops:
        canvas.line(LEFT, y, RIGHT, y)
    if uprights:
        for x in COLUMNS:
            canvas.line(x, tops[0], x, tops[-1])
    canvas.save()
    return path


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return read_pages(document)[1][0] or ""
    finally:
        document.close()


def test_a_bordered_tables_rows_are_read_whole_one_after_another(tmp_path: Path) -> None:
    text = _text(_table(tmp_path / "log.pdf"))
    first = text.index("bench repairs")
    assert first < text.index("from Harwell Joinery") < text.index("Approved") \
        < text.index("Footpath 12") < text.index("order and agreed") < text.index("Noted") \
        < text.index("Hall lettings") < text.index("March meeting") < text.index("Deferred")


def test_each_row_of_a_bordered_log_is_an_item_with_its_own_decision(tmp_path: Path) -> None:
    path = _table(tmp_path / "log.pdf")
    stat = path.stat()
    source = SourceFile(path, path.name, "pdf", stat.st_size, stat.st_mtime_ns)
    meetings = parse_document(read_document(source, pdf_reader="pdfium"))
    items = {item.number: item for meeting in meetings for item in meeting.items}
    assert {"4", "5", "6"} <= set(items)
    assert "Harwell Joinery" in items["4"].text
    assert "Harwell Joinery" not in items["5"].text
    assert "trustees" in items["6"].text and "trustees" not in items["5"].text
    assert items["4"].decision == "agreed"
    assert items["6"].decision == "deferred"


def test_rules_without_a_columns_border_are_no_table(tmp_path: Path) -> None:
    """Rules above and below paragraphs, with no upright rule between them, leave the page
    read as it is without its rules."""
    path = _table(tmp_path / "log.pdf", uprights=False)
    document = pdfium.PdfDocument(path)
    try:
        plain = page_text(document[0].get_textpage())
    finally:
        document.close()
    assert _text(path) == plain
    assert _text(path) != _text(_table(tmp_path / "bordered.pdf"))


def _line(text: str, x0: float, y1: float, x1: float) -> PlacedLine:
    return PlacedLine(text, x0, y1 - 10, x1, y1)


def test_a_line_between_rules_no_upright_crosses_is_in_no_row() -> None:
    lines = [_line("Ref Item", 60, 700, 300), _line("A note under the table", 60, 640, 300)]
    rules = [(50.0, 545.0, 710.0), (50.0, 545.0, 680.0), (50.0, 545.0, 620.0)]
    dividers = [(120.0, 680.0, 710.0)]
    assert rows(lines, rules, dividers) == [[0]]


def test_a_rows_line_across_its_cells_comes_first_then_each_column_down() -> None:
    blocks = [[_line("Decision text", 300, 688, 430), _line("more of it", 300, 676, 420)],
              [_line("12 Mar 2025 Cemetery Item 7 – Memorial", 60, 700, 400)],
              [_line("safety inspections", 160, 688, 280)],
              [_line("Approved", 450, 688, 500)]]
    assert in_columns(blocks) == [1, 2, 0, 3]
