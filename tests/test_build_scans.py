"""A scan in a mixed archive: read by OCR in the workers, cached, found and cited to its page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.scans import OCR_CACHE
from indexer.read import scanned
from indexer.read.ocr import tesseract_version
from search.engine import Engine
from search.models import SearchRequest
from webui.app import create_app
from webui.cli import main

from .fixtures.pdfs import write_pdf
from .fixtures.scans import scan_pdf

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not tesseract_version(), reason="Tesseract is not installed")]

FIRST_PAGE = """NOTES of a meeting of the Harbour Board held on Tuesday, 5 March 2019.

1. Apologies

Apologies were received from Mr Evans.

2. Dredging of the outer basin

Ms Lloyd reported on the dredging contract for the outer basin."""
SECOND_PAGE = """3. Lighthouse cottages

Mr Morgan explained that the cottages beside the lighthouse needed new roofs of Welsh slate.

RESOLVED that the cottages be repaired.

4. Date of next meeting

The next meeting will be held on 2 April 2019."""
TEXT_MINUTES = """NOTES of a meeting of the Cabinet held at County Hall on Monday, 4 March 2019.

1. Apologies

None were received.

2. Roads

Mr Patel reported on the lighthouse road and its potholes, which the highways team had
surveyed in February; repairs would start in the spring.

RESOLVED that the report be noted and the repairs be funded from the highways budget."""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with one scanned PDF of two pages and one PDF with a text layer."""
    folder = tmp_path_factory.mktemp("mixed")
    scratch = tmp_path_factory.mktemp("scratch")
    scan_pdf(write_pdf(scratch / "harbour.pdf", [FIRST_PAGE, SECOND_PAGE]),
             folder / "harbour-2019-03-05.pdf")
    write_pdf(folder / "cabinet-2019-03-04.pdf", [TEXT_MINUTES])
    return folder


def test_a_scan_is_found_by_search_and_cited_to_its_page(archive: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    report = run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=2))
    assert (report.indexed, report.failed) == (2, [])
    engine = Engine(index_dir)
    try:
        hits = {h.source: h for h in engine.search(SearchRequest("slate")).hits}
        both = {h.source: h for h in engine.search(SearchRequest("lighthouse")).hits}
    finally:
        engine.close()
    scan = hits["harbour-2019-03-05.pdf"]
    assert (scan.title, scan.pages) == ("Lighthouse cottages", (2,))
    assert scan.to_json()["ocr"] is True and scan.to_json()["ocr_confidence"] > 0.8
    assert both["cabinet-2019-03-04.pdf"].to_json()["ocr"] is False
    assert len(list((index_dir / OCR_CACHE).glob("*.json"))) == 1


def test_a_full_rebuild_reads_scans_from_the_cache(archive: Path, tmp_path: Path,
                                                   monkeypatch) -> None:
    index_dir = tmp_path / "ix"
    run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1))
    # Workers are forked from this process, so they inherit an OCR that refuses to run.
    monkeypatch.setattr(scanned, "recognise", _refuse)
    report = run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1, full=True))
    assert (report.indexed, report.failed) == (2, [])
    engine = Engine(index_dir)
    try:
        assert engine.search(SearchRequest("slate")).total == 1
    finally:
        engine.close()


def _refuse(*args, **kwargs):
    raise AssertionError("Tesseract was run again: the cache was not used")


def test_item_page_and_export_say_read_by_ocr(archive: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    result = CliRunner().invoke(main, ["index", str(archive), "--index", str(index_dir),
                                       "--quiet", "--ocr", "auto"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    export = CliRunner().invoke(main, ["export", "--index", str(index_dir)],
                                catch_exceptions=False)
    rows = [json.loads(line) for line in export.output.splitlines()]
    scanned = [r for r in rows if r["source"] == "harbour-2019-03-05.pdf"]
    assert scanned and all(r["ocr"] and r["ocr_confidence"] > 0.8 for r in scanned)
    client = create_app(index_dir=index_dir).test_client()
    page = client.get(f"/item/{scanned[-1]['id']}").get_data(as_text=True)
    assert "read by OCR, confidence" in page


def test_ocr_never_reports_the_scan(archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["index", str(archive), "--index", str(tmp_path / "ix"),
                                       "--quiet", "--ocr", "never"], catch_exceptions=False)
    assert result.exit_code == 3
    assert "no text layer: needs OCR (2 scanned pages)" in result.output
