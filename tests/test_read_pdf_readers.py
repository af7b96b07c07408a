"""The two PDF readers: PDFium's text gives the same items as pdfminer.six's; the fallback."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from indexer.parse.meetings import parse_document
from indexer.read import pdf
from indexer.read.document import read_document
from indexer.records import SourceFile
from webui.cli import main

from .fixtures.pdfs import write_pdf

MINUTES = [
    "PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 5 March 2024 at 7.30pm\n\n"
    "Present: Cllr Ann Smith (Chair), Cllr Bob Jones, Cllr Carol White\n\n"
    "1. Apologies for absence\n\nApologies were received from Cllr David Green.\n\n"
    "2. Minutes of the previous meeting\n\nRESOLVED that the minutes of the meeting held on "
    "6 February 2024 be approved as a correct record and signed by the Chair.",
    "3. Planning applications\n\nCllr Jones reported on the application for two houses at "
    "Mill Lane. It was RESOLVED to object on the grounds of highway safety.\n\n"
    "4. Date of next meeting\n\nThe next meeting will be held on Tuesday 2 April 2024.",
]


def _source(path: Path) -> SourceFile:
    stat = path.stat()
    return SourceFile(path, path.name, "pdf", stat.st_size, stat.st_mtime_ns)


def test_pdfium_gives_the_same_items_as_pdfminer(tmp_path: Path) -> None:
    source = _source(write_pdf(tmp_path / "minutes.pdf", MINUTES))
    by_reader = {reader: parse_document(read_document(source, pdf_reader=reader))
                 for reader in pdf.PDF_READERS}
    assert sum(len(m.items) for m in by_reader["pdfminer"]) == 4
    assert by_reader["pdfium"] == by_reader["pdfminer"]


def test_a_page_pdfium_cannot_read_is_read_by_pdfminer(tmp_path: Path, monkeypatch) -> None:
    path = write_pdf(tmp_path / "minutes.pdf", MINUTES)
    read_pages = pdf.read_pages

    def second_page_unreadable(document, *, text):
        probes, pages = read_pages(document, text=text)
        return probes, [pages[0], None]

    monkeypatch.setattr(pdf, "read_pages", second_page_unreadable)
    pages = pdf.pdf_to_pages(path, reader="pdfium").pages
    assert "Planning applications" in pages[1]
    assert pages[1] == pdf.pdf_to_pages(path, reader="pdfminer").pages[1]


def test_an_empty_page_is_left_empty(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "minutes.pdf", [MINUTES[0], "", MINUTES[1]], footer=None)
    pages = pdf.pdf_to_pages(path, reader="pdfium")
    assert pages.pages[1].strip() == ""
    assert "page 2: no text could be read (damaged content?)" in pages.warnings


def test_index_accepts_pdf_reader(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    write_pdf(folder / "2024-03-05-minutes.pdf", MINUTES)
    for reader in pdf.PDF_READERS:
        result = CliRunner().invoke(main, ["index", str(folder), "--quiet", "--workers", "1",
                                           "--index", str(tmp_path / reader),
                                           "--pdf-reader", reader], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["index", str(folder), "--pdf-reader", "poppler"])
    assert result.exit_code == 2
    assert "'poppler' is not one of 'pdfium', 'pdfminer'" in result.output


def test_a_page_with_a_line_pdfium_cannot_decode_is_in_doubt() -> None:
    prose = "The Clerk reported that the grant application had been submitted in May.\n"
    shifted = "µ*RRG¶WRµ0RGHUDWH¶&RXQFLOORUVGLVFXVVHGSRVVLEOHDFWLRQ\n"
    assert not pdf._in_doubt(prose * 5)
    assert pdf._in_doubt(prose * 5 + shifted)


def test_a_page_of_empty_paragraphs_is_blank_not_damaged(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank-last-page.pdf"
    canvas = Canvas(str(path))
    for k, line in enumerate(["Minutes of the meeting held on Tuesday 5 March 2024.",
                              "1. Apologies for absence were received from Cllr Green.",
                              "2. The minutes of the last meeting were approved.",
                              "3. The Clerk reported on the accounts for the year.",
                              "4. The next meeting will be held on Tuesday 2 April."]):
        canvas.drawString(72, 720 - 20 * k, line)
    canvas.showPage()
    canvas.drawString(72, 720, "     ")
    canvas.save()
    for reader in pdf.PDF_READERS:
        assert pdf.pdf_to_pages(path, reader=reader).warnings == (), reader


def test_the_title_in_a_pdf_s_metadata_names_the_body_its_pages_do_not(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "minutes.pdf", MINUTES,
                     title="Microsoft Word - Cefn Heulog Community Council minutes March.docx")
    for reader in pdf.PDF_READERS:
        document = read_document(_source(path), pdf_reader=reader)
        assert document.title == "Cefn Heulog Community Council minutes March"
        [meeting] = parse_document(document)
        assert meeting.committee == "Cefn Heulog Community Council"
    untitled = read_document(_source(write_pdf(tmp_path / "untitled.pdf", MINUTES)))
    assert "Cefn Heulog" not in parse_document(untitled)[0].committee
