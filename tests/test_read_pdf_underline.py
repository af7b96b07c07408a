"""PDFium's reader: an underlined short line is a heading, a raised ordinal does not break a line
(indexer/read/pdfium_text.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.records import HEADING_MARK, SourceFile

LEFT, SIZE = 72, 11
PRINTED = Path(__file__).parent / "data" / "extraction" / \
    "written26_joint_burial_underlined_heads.pdf"
"""A browser's print of minutes: its ordinals ('6th') raised, its headings underlined."""
PARAGRAPHS = [
    ("Minutes of the meeting of the Joint Burial Committee held on Wednesday 6th July 2011",),
    ("Present: Cllr Ann Bell (Chairman), Cllr Carl Dunn, Eve Frost (Clerk)",),
    ("_Burials",),
    ("The Clerk reported two burials since the last meeting and one interment of ashes.",),
    ("_Grounds Maintenance",),
    ("Cllr Dunn reported that the yew by the gate overhangs the path.",),
    ("Agreed to ask for a quotation for cutting back the yew.",),
    ("_Memorial Safety",),
    ("The Clerk reported that six headstones had failed the topple test.",),
    ("Signed by the Chairman",),
]


def _write(path: Path) -> Path:
    """Draw the paragraphs one to a line: '_' marks a line to underline."""
    canvas = Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for parts in PARAGRAPHS:
        text = parts[0].lstrip("_")
        canvas.setFont("Helvetica", SIZE)
        canvas.drawString(LEFT, y, text)
        width = canvas.stringWidth(text, "Helvetica", SIZE)
        if parts[0].startswith("_"):
            canvas.line(LEFT, y - 1.5, LEFT + width, y - 1.5)
        if text.startswith("Signed"):
            # A signature line runs on well past its words: no underline.
            canvas.line(LEFT, y - 1.5, LEFT + 300, y - 1.5)
        y -= 2.2 * SIZE
    canvas.save()
    return path


def _document(tmp_path: Path):
    path = _write(tmp_path / "minutes.pdf")
    return read_document(SourceFile(path, path.name, "pdf", path.stat().st_size, 0),
                         pdf_reader="pdfium")


def test_an_underlined_short_line_is_a_heading_and_a_longer_rule_is_not(tmp_path: Path) -> None:
    lines = _document(tmp_path).pages[0].splitlines()
    marked = [line[1:] for line in lines if line.startswith(HEADING_MARK)]
    assert marked == ["Burials", "Grounds Maintenance", "Memorial Safety"]


def test_a_raised_ordinal_keeps_its_line_whole() -> None:
    document = read_document(SourceFile(PRINTED, PRINTED.name, "pdf", PRINTED.stat().st_size, 0),
                             pdf_reader="pdfium")
    lines = document.pages[0].splitlines()
    assert "Wednesday 6th July 2011 at 7.30" in lines
    assert f"{HEADING_MARK}Burials and Interments" in lines


def test_underlined_headings_are_the_items(tmp_path: Path) -> None:
    [meeting] = parse_document(_document(tmp_path))
    assert meeting.date is not None and meeting.date.isoformat() == "2011-07-06"
    assert [(item.title, item.decision) for item in meeting.items] == [
        ("Burials", "none"), ("Grounds Maintenance", "agreed"), ("Memorial Safety", "none")]
