"""Scanned pages read by OCR: lines from word boxes, which pages, the cache, and the quality.

The quality tests scan labelled PDFs (tests/fixtures/scans.py: drawn at 200 dpi, tilted,
speckled, saved as images only) and score the OCR'd reading against the same labels.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.scoring.extraction import DATA, Case, score
from indexer.build.scans import mark_ocr
from indexer.errors import ExtractionError
from indexer.parse.meetings import parse_document
from indexer.read import scanned
from indexer.read.document import read_document
from indexer.read.ocr import OcrPage, page_lines, tesseract_version
from indexer.read.scanned import OcrOptions, pages_to_read
from indexer.records import AgendaItem, Document, Meeting, SourceFile

from .conftest import shared_path
from .fixtures.pdfs import write_pdf
from .fixtures.scans import scan_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_version(), reason="Tesseract is not installed")
TITLE_F1_BAR = 0.9


def source(path: Path) -> SourceFile:
    """Return the SourceFile of a file read on its own."""
    stat = path.stat()
    return SourceFile(path, path.name, "pdf", stat.st_size, stat.st_mtime_ns)


def words(*rows: tuple[int, int, int, str, float]) -> dict[str, list]:
    """Return image_to_data output for words given as (block, paragraph, line, text, conf)."""
    return {"block_num": [r[0] for r in rows], "par_num": [r[1] for r in rows],
            "line_num": [r[2] for r in rows], "text": [r[3] for r in rows],
            "conf": [r[4] for r in rows]}


def test_words_are_grouped_into_lines_and_paragraphs() -> None:
    data = words((1, 1, 1, "", -1), (1, 1, 1, "31,", 90), (1, 1, 1, "Budget", 80),
                 (1, 1, 2, "report", 70), (1, 2, 1, "RESOLVED", 60), (2, 1, 1, " ", 95))
    assert page_lines(data) == OcrPage("31. Budget\nreport\n\nRESOLVED", 0.75, 4)


def test_pages_to_read_are_scans_and_undecodable_pages() -> None:
    garbage = "µ*RRG¶WRµ0RGHUDWH¶&RXQFLOORUVµ*RRG¶WRµ0RGHUDWH¶&RXQFLOORUV\n" * 5
    texts = ["1. Apologies\nNone were received.", "", garbage]
    assert pages_to_read(texts, [False, True, False], "auto") == [1, 2]
    assert pages_to_read(texts, [False, True, False], "never") == []
    assert pages_to_read(texts, [False, True, False], "force") == [0, 1, 2]


def test_items_take_the_confidence_of_their_scanned_pages() -> None:
    items = (AgendaItem("a-1", 0, "1", "Apologies", "", pages=(1,)),
             AgendaItem("a-2", 1, "2", "Budget", "", pages=(1, 2, 3)))
    document = Document("m.pdf", "pdf", ("", "", ""), ocr_confidence=(None, 0.9, 0.8))
    [meeting] = mark_ocr([Meeting("a", "m.pdf", "Cabinet", None, "", items)], document)
    assert [(i.ocr, i.ocr_confidence) for i in meeting.items] == [(False, None), (True, 0.85)]


def test_without_tesseract_a_scan_is_reported_as_before(tmp_path: Path, monkeypatch) -> None:
    pdf = scan_pdf(write_pdf(tmp_path / "m.pdf", [_seed_text()]), tmp_path / "scan.pdf")
    monkeypatch.setattr(scanned, "tesseract_version", lambda: "")
    with pytest.raises(ExtractionError, match=r"^no text layer: needs OCR \(\d+ scanned pages\)$"):
        read_document(source(pdf), ocr=OcrOptions(cache=tmp_path / "cache"))


@needs_tesseract
def test_ocr_never_keeps_the_report(tmp_path: Path) -> None:
    pdf = scan_pdf(write_pdf(tmp_path / "m.pdf", ["1. Apologies\n\nNone."]), tmp_path / "s.pdf")
    with pytest.raises(ExtractionError, match="no text layer: needs OCR"):
        read_document(source(pdf), ocr=OcrOptions(mode="never"))


@pytest.mark.slow
@needs_tesseract
def test_scanned_minutes_read_against_their_labels(tmp_path: Path, monkeypatch) -> None:
    pdf = scan_pdf(write_pdf(tmp_path / "m.pdf", [_seed_text()]), tmp_path / "scan.pdf")
    cache = tmp_path / "cache"
    document = read_document(source(pdf), ocr=OcrOptions(cache=cache))
    counts = _score("seed_004", pdf, document)
    assert counts.dates_wrong == 0, counts.problems
    assert counts.title_f1 >= TITLE_F1_BAR, counts.problems
    assert all(c is not None and c > 0.8 for c in document.ocr_confidence)
    # Read again from the cache, without Tesseract: the same text.
    monkeypatch.setattr(scanned, "recognise", _refuse)
    assert read_document(source(pdf), ocr=OcrOptions(cache=cache)).pages == document.pages


@pytest.mark.slow
@pytest.mark.shared
@needs_tesseract
@pytest.mark.parametrize("name", ["a_plain_minutes", "c2_libreoffice_minutes"])
def test_scanned_pdf_cases_against_their_labels(name: str, tmp_path: Path) -> None:
    pdf = scan_pdf(shared_path("pdf-cases", f"{name}.pdf"), tmp_path / f"{name}.pdf")
    counts = _score(f"pdfcase_{name}", pdf, read_document(source(pdf), ocr=OcrOptions()))
    assert counts.dates_wrong == 0, counts.problems
    assert counts.title_f1 >= TITLE_F1_BAR, counts.problems


@pytest.mark.slow
@pytest.mark.shared
@needs_tesseract
@pytest.mark.parametrize(("folder", "name", "words"), [
    ("pdf-cases", "d_scanned_image_only.pdf", "Kent Community Safety Partnership"),
    ("pdf-cases", "d2_mixed_text_and_scanned.pdf", "the"),
    ("realdocs", "milburnpc_finstats_2016-01-01_.pdf", "Annual governance statement"),
])
def test_shared_scans_give_text(folder: str, name: str, words: str, tmp_path: Path) -> None:
    document = read_document(source(shared_path(folder, name)),
                             ocr=OcrOptions(cache=tmp_path / "cache"))
    scans = [i for i, c in enumerate(document.ocr_confidence) if c is not None]
    assert scans
    assert all(len(document.pages[i]) > 200 for i in scans)
    assert words.casefold() in "\n".join(document.pages[i] for i in scans).casefold()


def _seed_text() -> str:
    """Return seed 004's minutes (the labelled seed) without its Markdown emphasis."""
    return (DATA / "seed_004.txt").read_text(encoding="utf-8").replace("*", "")


def _score(label: str, pdf: Path, document: Document):
    """Score a document's parsed meetings against a labelled case."""
    expected = json.loads((DATA / f"{label}.expected.json").read_text(encoding="utf-8"))
    return score(Case(label, pdf, expected), parse_document(document))


def _refuse(*args, **kwargs):
    raise AssertionError("Tesseract was run again: the cache was not used")


def test_scan_fixture_writes_image_only_pages(tmp_path: Path) -> None:
    pdf = scan_pdf(write_pdf(tmp_path / "m.pdf", ["1. Apologies", "2. Budget"]), tmp_path / "s.pdf")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())) == 2
    assert b"/Font" not in pdf.read_bytes()
