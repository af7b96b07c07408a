"""PDFium's page text is laid out as pdfminer.six's: the same blocks, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from indexer.read import pdf
from indexer.read.layout import MAX_GROUPED_LINES, PlacedLine, _Node, _pairs, blocks
from indexer.read.pdfium_text import read_pages
from tests.fixtures.pdfs import write_minutes_table

BODY = ("Helvetica", 11)
BOLD = ("Helvetica-Bold", 11)
NUMBER_GAP = 1.5
"""Points between an item number and its title: more than pdfminer.six's word margin (0.1 of
the letter's height), less than PDFium's own."""


def _runs(x: float, y: float, runs: list[tuple[str, tuple[str, int]]]) -> list:
    """Return one line drawn as runs of text in their fonts, one after another."""
    placed = []
    for text, font in runs:
        placed.append((x, y, text, font))
        x += stringWidth(text, *font)
    return placed


PAGES = {
    "a footer drawn first": [
        (72, 40, "Minutes are draft until agreed at the next meeting", BODY),
        (72, 780, "PARISH COUNCIL", ("Helvetica-Bold", 14)),
        (72, 750, "1. Apologies for absence were received from Cllr Green and", BODY),
        (72, 736, "Cllr White, and accepted.", BODY),
    ],
    "an indented list under a title": [
        (72, 780, "4. To receive a report from the Clerk on the following matters:", BODY),
        (100, 766, "Waterfall area vegetation", BODY),
        (100, 752, "Parish emergency plan", BODY),
        (72, 738, "5. To consider the delegated authority of the Chairman", BODY),
    ],
    "a word broken at a line end": [
        (72, 780, "It was RESOLVED that the minutes were correctly recor-", BODY),
        (72, 766, "ded and signed by the Chairman. Mr", BODY),
        (72, 752, "Powell asked that the minutes be published.", BODY),
    ],
    "a number set apart by a small gap": [
        (72, 780, "10.", BODY),
        (72 + stringWidth("10.", *BODY) + NUMBER_GAP, 780, "AOCB and other business", BODY),
    ],
    "a bold label before plain names": [
        *_runs(72, 780, [("Present ", BOLD), ("Rob Boyd ", BODY), ("RB ", BOLD),
                         ("Margaret Carey ", BODY), ("MCa", BOLD)]),
        (72, 766, "Kenny Combe KC Michael Cook MC", BODY),
    ],
    "two columns": [
        (72, 780, "Left column first line of text here", BODY),
        (72, 766, "left column second line", BODY),
        (320, 780, "Right column first line of text", BODY),
        (320, 766, "right column second line", BODY),
    ],
}


def _draw(path: Path, lines: list) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for x, y, text, font in lines:
        canvas.setFont(*font)
        canvas.drawString(x, y, text)
    canvas.save()
    return path


def _pdfium_page(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return read_pages(document)[1][0]
    finally:
        document.close()


def _pdfminer_page(path: Path) -> str:
    pages, error = pdf._mine(path, float("inf"), 30.0)
    assert error is None
    return pages[0]


@pytest.mark.parametrize("name", PAGES)
def test_pdfium_page_text_is_pdfminers(tmp_path: Path, name: str) -> None:
    path = _draw(tmp_path / "page.pdf", PAGES[name])
    assert _pdfium_page(path) == _pdfminer_page(path)


def test_a_footer_drawn_first_is_read_last(tmp_path: Path) -> None:
    text = _pdfium_page(_draw(tmp_path / "page.pdf", PAGES["a footer drawn first"]))
    assert text.rstrip().endswith("Minutes are draft until agreed at the next meeting")


def test_lines_that_share_no_edge_are_separate_blocks(tmp_path: Path) -> None:
    text = _pdfium_page(_draw(tmp_path / "page.pdf", PAGES["an indented list under a title"]))
    assert "matters:\n\nWaterfall area vegetation\nParish emergency plan\n\n5. To" in text


def test_a_broken_word_keeps_its_lines(tmp_path: Path) -> None:
    text = _pdfium_page(_draw(tmp_path / "page.pdf", PAGES["a word broken at a line end"]))
    assert "correctly recor-\nded and signed by the Chairman. Mr\nPowell asked" in text


def test_a_small_gap_between_number_and_title_is_a_space(tmp_path: Path) -> None:
    text = _pdfium_page(_draw(tmp_path / "page.pdf", PAGES["a number set apart by a small gap"]))
    assert text.startswith("10. AOCB and other business\n")


def test_a_line_bold_only_in_places_is_no_heading(tmp_path: Path) -> None:
    text = _pdfium_page(_draw(tmp_path / "page.pdf", PAGES["a bold label before plain names"]))
    assert text.startswith("Present Rob Boyd RB Margaret Carey MCa\n")


def test_blocks_read_down_a_column_before_the_next() -> None:
    def line(text: str, x: float, y: float) -> PlacedLine:
        return PlacedLine(text, x, y, x + 200, y + 11)

    lines = [line("right 1", 320, 700), line("left 1", 72, 700), line("right 2", 320, 686),
             line("left 2", 72, 686), line("footer", 72, 40)]
    assert [[b.text for b in block] for block in blocks(lines)] == [
        ["left 1", "left 2"], ["right 1", "right 2"], ["footer"]]


def test_a_page_of_too_many_lines_is_one_block_in_pdfiums_order() -> None:
    lines = [PlacedLine(f"cell {i}", i % 50 * 10.0, 700.0, i % 50 * 10.0 + 8, 710.0)
             for i in range(MAX_GROUPED_LINES + 1)]
    assert blocks(lines) == [lines]


def test_wasted_areas_worked_out_at_once_are_those_worked_out_pair_by_pair() -> None:
    rnd = random.Random(17)
    corners = [0.0, -0.0, 10.5, 72.0, 1e-3, 595.3]  # ties and signed zeros among them

    def leaf(block: int) -> _Node:
        (x0, x1), (y0, y1) = (sorted(rnd.choice(corners) for _ in range(2)) for _ in range(2))
        return _Node(x0, y0, x1, y1, block)

    leaves = [leaf(i) for i in range(12)]
    expected = [(False, (max(a.x1, b.x1) - min(a.x0, b.x0)) * (max(a.y1, b.y1) - min(a.y0, b.y0))
                 - (a.x1 - a.x0) * (a.y1 - a.y0) - (b.x1 - b.x0) * (b.y1 - b.y0), i, j)
                for i, a in enumerate(leaves) for j, b in enumerate(leaves) if i < j]
    assert _pairs(leaves) == expected


def test_a_line_without_a_finite_box_is_still_read() -> None:
    lines = [PlacedLine("one", 72, 700, 272, 711), PlacedLine("odd", float("nan"), 650, 90, 661),
             PlacedLine("two", 72, 600, 272, 611)]
    assert sorted(line.text for block in blocks(lines) for line in block) == ["odd", "one", "two"]


@pytest.mark.parametrize("valign", ["BOTTOM", "MIDDLE"])
def test_an_item_number_below_its_items_first_line_starts_it(tmp_path: Path, valign: str
                                                             ) -> None:
    path = write_minutes_table(tmp_path / "minutes.pdf", ("1", "2", "3a", "4."), valign)
    for text in (_pdfium_page(path), _pdfminer_page(path)):
        lines = [line for line in text.splitlines() if line]
        assert "No. Item Action" in lines
        for first, second in [("1 Apologies", "Cllr Ross – accepted."),
                              ("2 Declarations of interest", "None."),
                              ("3a Market Square benches", "Cllr Shaw reported two were broken."),
                              ("4. Planning", "2024/0123 – Barn conversion: no objection.")]:
            assert lines[lines.index(first) + 1].startswith(second)
        assert not {"1", "2", "3a", "4."} & set(lines)


def test_a_number_on_its_blocks_first_baseline_stays_apart() -> None:
    lines = [PlacedLine("10", 34, 590.9, 46, 602.9), PlacedLine("AOCB", 58.5, 604.7, 93, 616.7),
             PlacedLine("Safer route to school: overgrown", 76.5, 590.1, 300, 602.1)]
    assert [line.text for block in blocks(lines) for line in block] == [
        "AOCB", "10", "Safer route to school: overgrown"]
