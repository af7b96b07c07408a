"""PDFium's reader: an underlined short line is a heading, a raised ordinal does not break a line
(indexer/read/pdfium_text.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.records import HEADING_MARK, SourceFile
from tests.fixtures.pdfs import print_html

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


SUPERSCRIPTS = """<html><body style="font-family: Arial; font-size: 11pt">
<h2 style="text-align:center">CRANWICK STAITHE TOWN COUNCIL</h2>
<p style="text-align:center">Minutes of the meeting held in the Corn Exchange at 6.45 p.m. on
Thursday 14<sup>th</sup> November 2019</p>
<p>Present: Cllr Ann Bell (Chairman), Cllr Carl Dunn and Cllr Dee Ross. Eve Frost (Clerk).</p>
<p><b>1. Apologies:</b> Cllr Gale.</p>
<p><b>2. Footpaths:</b> Cllr Dunn reported that the stile would be mended on 2<sup>nd</sup>
December.</p>
<p><b>3. Date of next meeting:</b> Thursday 12<sup>th</sup> December 2019 at 6.45 p.m.</p>
</body></html>"""


def test_a_browser_s_superscript_ordinal_stays_on_its_number_s_line(tmp_path: Path) -> None:
    """Chromium prints '14<sup>th</sup> November' as a line ending '14' and another, raised,
    opening 'th November 2019': PDFium's reader joins them, so the meeting is dated."""
    path = print_html(SUPERSCRIPTS, tmp_path / "minutes.pdf")
    document = read_document(SourceFile(path, path.name, "pdf", path.stat().st_size, 0),
                             pdf_reader="pdfium")
    lines = document.pages[0].splitlines()
    assert any(line.endswith("on Thursday 14th November 2019") for line in lines)
    [meeting] = parse_document(document)
    assert meeting.date is not None and meeting.date.isoformat() == "2019-11-14"


CAPITAL_SUPERSCRIPTS = """<html><body style="font-family: Arial; font-size: 11pt">
<p style="font-weight:bold">MINUTES OF THE MONTHLY MEETING OF PENBRYN TOWN COUNCIL<br>HELD BY
REMOTE LINK on TUESDAY 9<sup>TH</sup> MAY 2023 at 7pm</p>
<p>Present: Cllr Ann Bell (Mayor), Cllr Carl Dunn and Cllr Dee Ross.</p>
<p><b>1. APOLOGIES</b> None.</p>
<p><b>2. FOOTPATHS</b> Cllr Dunn reported that the stile had been mended.</p>
<p><b>3. DATE OF NEXT MEETING</b> Tuesday 13<sup>th</sup> June 2023.</p>
</body></html>"""


def test_a_superscript_ordinal_in_capitals_stays_on_its_number_s_line(tmp_path: Path) -> None:
    """'TUESDAY 9<sup>TH</sup> MAY 2023', printed by Chromium, is one line, so the meeting is
    dated."""
    path = print_html(CAPITAL_SUPERSCRIPTS, tmp_path / "minutes.pdf")
    document = read_document(SourceFile(path, path.name, "pdf", path.stat().st_size, 0),
                             pdf_reader="pdfium")
    lines = document.pages[0].splitlines()
    assert any(line.endswith("TUESDAY 9TH MAY 2023 at 7pm") for line in lines)
    [meeting] = parse_document(document)
    assert meeting.date is not None and meeting.date.isoformat() == "2023-05-09"
