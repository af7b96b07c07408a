"""Batch reindexing: incremental, crash-safe, one writer, calm about bad files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build import workers as work
from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.status import index_status
from indexer.build.store import IndexStore
from indexer.build.workers import Limits
from indexer.read.ocr import tesseract_version
from search.engine import Engine
from search.models import SearchRequest
from webui.cli import main

from .conftest import CORPUS
from .fixtures.pdfs import write_image_only_pdf, write_pdf

MEETING = """NOTES of a meeting of the {committee} held at County Hall on Monday, {day} March 2019.

1. Apologies

Noted.

2. {topic} update

Ms Jones explained the {topic} report and Mr Patel asked about funding.

RESOLVED that the {topic} report be noted.

3. Date of next meeting

The next meeting will be held on 1 April 2019.
"""


def minutes(committee: str, day: int, topic: str) -> str:
    """Return a small, well-formed set of minutes."""
    return MEETING.format(committee=committee, day=day, topic=topic)


def index(archive: Path, index_dir: Path, **options) -> object:
    """Run one indexing pass with two workers."""
    return run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=2, **options))


def titles(index_dir: Path) -> list[str]:
    """Return the title of every item in the index."""
    engine = Engine(index_dir)
    try:
        return [item.title for item in engine.items()]
    finally:
        engine.close()


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """Return a small archive of three meetings."""
    folder = tmp_path / "archive"
    (folder / "audit").mkdir(parents=True)
    (folder / "audit" / "a.txt").write_text(minutes("Audit Committee", 4, "Budget"))
    (folder / "audit" / "b.txt").write_text(minutes("Audit Committee", 11, "Parking"))
    (folder / "c.txt").write_text(minutes("Planning Committee", 18, "Housing"))
    return folder


def test_incremental_runs_read_only_what_changed(archive: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    first = index(archive, ix)
    assert (first.seen, first.indexed, first.items, first.full) == (3, 3, 9, True)
    again = index(archive, ix)
    assert (again.unchanged, again.indexed, again.removed, again.full) == (3, 0, 0, False)

    os.utime(archive / "c.txt", (1, 1))
    touched = index(archive, ix)
    assert (touched.unchanged, touched.indexed) == (3, 0)

    (archive / "audit" / "b.txt").write_text(
        minutes("Audit Committee", 11, "Parking").replace("Date of next meeting",
                                                          "Any other business"))
    changed = index(archive, ix)
    assert (changed.indexed, changed.unchanged, changed.items) == (1, 2, 3)
    assert sum(1 for t in titles(ix) if t == "Date of next meeting") == 2
    assert "Any other business" in titles(ix)

    (archive / "c.txt").unlink()
    removed = index(archive, ix)
    assert removed.removed == 1
    assert "Housing update" not in titles(ix)


def test_moved_file_is_refiled_not_reread(archive: Path, tmp_path: Path, monkeypatch) -> None:
    ix = tmp_path / "ix"
    index(archive, ix)
    (archive / "planning").mkdir()
    shutil.move(archive / "c.txt", archive / "planning" / "c-renamed.txt")
    monkeypatch.setattr(work, "read_file", _refuse_to_read)
    report = index(archive, ix)
    assert (report.moved, report.removed, report.indexed, report.items) == (1, 0, 0, 3)
    engine = Engine(ix)
    hits = engine.search(SearchRequest("housing")).hits
    assert {h.source for h in hits} == {"planning/c-renamed.txt"}
    assert engine.item(hits[0].id).item.speakers == ("Ms Jones", "Mr Patel")


def _refuse_to_read(file, seconds):
    """Stand-in reader that fails, to show a moved file is not read again."""
    raise AssertionError(f"{file.rel} was read again")


def test_full_rebuild_switches_generation(archive: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    index(archive, ix)
    before = IndexStore(ix).current
    report = index(archive, ix, full=True)
    after = IndexStore(ix).current
    assert report.full and report.indexed == 3 and after != before
    assert before.exists(), "the replaced generation stays for searchers that still hold it"
    index(archive, ix)
    assert not before.exists() and IndexStore(ix).current == after


def _bad_pdf_cases(folder: Path) -> dict[str, str]:
    """Write damaged and unreadable PDFs; return each file's expected reason."""
    good = write_pdf(folder / "good.pdf", [minutes("Audit Committee", 4, "Budget")])
    data = good.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) * 6 // 10])
    (folder / "error-page.pdf").write_bytes(b"<!DOCTYPE html><html><body>404</body></html>")
    (folder / "empty.pdf").write_bytes(b"")
    write_pdf(folder / "locked.pdf", ["secret minutes"], user_password="pw", owner_password="o")
    write_image_only_pdf(folder / "scan.pdf", pages=2)
    return {
        "truncated.pdf": "damaged PDF: the file is truncated (unexpected end of file)",
        "error-page.pdf": "not a PDF: it is a web page (HTML) saved as .pdf",
        "empty.pdf": "empty file",
        "locked.pdf": "encrypted: needs a password",
        # Grey noise: Tesseract, where installed, reads nothing from it.
        "scan.pdf": "no text layer, and OCR read no text (2 scanned pages)" if tesseract_version()
        else "no text layer: needs OCR (2 scanned pages)",
    }


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    expected = _bad_pdf_cases(folder)
    write_pdf(folder / "owner-only.pdf", [minutes("Audit Committee", 4, "Locked")],
              owner_password="owner")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "windows.txt").write_bytes(minutes("Cabinet", 5, "Café").encode("cp1252"))
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(b"The council met. " * (50 * 1024 * 1024 // 17))
    expected["junk.txt"] = "not a text file: it contains binary data"
    expected["huge.txt"] = "too large: 50.0 MB (the limit for this kind of file is 20 MB)"
    report = index(folder, tmp_path / "ix")
    assert {f.source: f.reason for f in report.failed} == expected
    assert report.indexed == 3
    assert {"Locked update", "Café update", "Budget update"} <= set(titles(tmp_path / "ix"))


def test_worker_crash_and_hang_are_reported(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("crash.txt", "hang.txt", "fine.txt"):
        (folder / name).write_text(minutes("Cabinet", 5, name.split(".")[0]))
    monkeypatch.setattr(work, "read_file", _misbehaving_reader)
    report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=2,
                                    limits=Limits(seconds=3)))
    reasons = {f.source: f.reason for f in report.failed}
    assert reasons == {"crash.txt": "the reader crashed (exit code 9)",
                       "hang.txt": "took too long: stopped after 3 s"}
    assert report.indexed == 1


def _misbehaving_reader(file, seconds):
    """Crash on crash.txt, hang on hang.txt, read the rest (runs in the worker)."""
    if file.rel == "crash.txt":
        os._exit(9)
    if file.rel == "hang.txt":
        time.sleep(60)
    return _REAL_READ(file, seconds)


_REAL_READ = work.read_file


@pytest.mark.shared
@pytest.mark.parametrize(("name", "outcome"), [
    ("a_plain_minutes.pdf", "read"),
    ("e1_owner_only_aes256_noextract.pdf", "read"),
    ("e4_owner_only_rc4_40.pdf", "read"),
    ("e5_owner_only_aes128_noextract.pdf", "read"),
    ("f3_bad_startxref.pdf", "read"),
    ("f6_corrupt_page2_stream.pdf", "read"),
    ("h_pages_as_form_xobjects.pdf", "read"),
    ("d2_mixed_text_and_scanned.pdf", "read"),
    ("e2_user_password_aes256.pdf", "encrypted: needs a password"),
    ("e3_user_password_rc4_128.pdf", "encrypted: needs a password"),
    ("f1_truncated_60pct.pdf", "damaged PDF: the file is truncated (unexpected end of file)"),
    ("f2_truncated_no_trailer.pdf", "damaged PDF"),
    ("f4_html_error_page.pdf", "not a PDF: it is a web page (HTML) saved as .pdf"),
    ("f5_empty.pdf", "empty file"),
    ("f7_cyclic_page_tree.pdf", "damaged page tree: page 2 cannot be loaded"),
    ("f8_recursive_form_xobject.pdf", "malformed PDF: a form XObject draws itself"),
    ("d_scanned_image_only.pdf", "no text layer: needs OCR (6 scanned pages)"),
])
def test_shared_pdf_cases(name: str, outcome: str) -> None:
    from .conftest import shared_path

    path = shared_path("pdf-cases", name)
    stat = path.stat()
    result = work.read_file(work.SourceFile(path, name, "pdf", stat.st_size, stat.st_mtime_ns),
                            30.0)
    if outcome == "read":
        assert not result.failed, result.reason
        assert sum(len(m.items) for m in result.meetings) >= 2
    else:
        assert result.reason.startswith(outcome)


@pytest.mark.shared
def test_scan_without_text_layer_in_realdocs() -> None:
    from .conftest import shared_path

    path = shared_path("realdocs", "milburnpc_finstats_2016-01-01_.pdf")
    stat = path.stat()
    result = work.read_file(work.SourceFile(path, path.name, "pdf", stat.st_size,
                                            stat.st_mtime_ns), 30.0)
    assert result.reason == "no text layer: needs OCR (6 scanned pages)"


@pytest.mark.slow
@pytest.mark.shared
def test_per_file_time_limit_stops_a_slow_pdf(tmp_path: Path) -> None:
    from .conftest import shared_path

    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(shared_path("pdf-cases", "g2_agenda_pack_320p.pdf"), folder / "slow.pdf")
    started = time.monotonic()
    report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=1,
                                    limits=Limits(seconds=3, pdf_reader="pdfminer")))
    assert time.monotonic() - started < 15
    assert [f.reason.split(":")[0] for f in report.failed] == ["took too long"]


def test_second_writer_waits_then_gives_up(archive: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    index(archive, ix)
    with IndexStore(ix).write_lock(wait=0):
        result = CliRunner().invoke(main, ["index", str(archive), "--index", str(ix),
                                           "--wait", "0.5", "--quiet"])
    assert result.exit_code == 4
    assert "another 'minutebook index' is writing" in result.stderr
    assert "waited 0 s" in result.stderr or "waited 1 s" in result.stderr


def test_stale_lock_file_does_not_block(archive: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    ix.mkdir()
    (ix / "write.lock").write_text("12345")
    assert index(archive, ix).indexed == 3


def _many_pdfs(folder: Path, copies: int) -> None:
    """Fill folder with copies of the corpus PDFs, so that indexing takes a while."""
    pdfs = sorted(CORPUS.rglob("*.pdf"))
    for k in range(copies):
        for pdf in pdfs:
            shutil.copy(pdf, folder / f"{k:03d}-{pdf.name}")


@pytest.mark.slow
@pytest.mark.parametrize("full", [True, False])
def test_sigkill_mid_run_leaves_the_old_index_whole(tmp_path: Path, full: bool) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(CORPUS / "kent-community-safety-partnership" / "2018-07-18-minutes.txt", folder)
    ix = tmp_path / "ix"
    index(folder, ix)
    before = Engine(ix).search(SearchRequest("terms of reference")).total
    _many_pdfs(folder, 24)
    # pdfminer.six, the slow reader, so that the run is still going when it is killed: PDFium
    # reads these copies in under the 3 s.
    command = [sys.executable, "-m", "webui.cli", "index", str(folder), "--index", str(ix),
               "--workers", "1", "--pdf-reader", "pdfminer"] + (["--full"] if full else [])
    # A killed indexer cannot remove its workers' log folder: keep it in tmp_path.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "TMPDIR": str(tmp_path)})
    time.sleep(3)
    assert process.poll() is None, "the run ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()

    engine = Engine(ix)
    assert engine.search(SearchRequest("terms of reference")).total == before
    assert index_status(ix).files == 1
    report = index(folder, ix)
    assert report.indexed >= 24 and not report.failed
    assert Engine(ix).search(SearchRequest("terms of reference")).total > before
    assert [p.name for p in ix.iterdir() if p.name.startswith("gen-")] == \
        [IndexStore(ix).current.name]


def test_searches_during_a_reindex_never_fail(archive: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    index(archive, ix)
    engine = Engine(ix)
    seen: set[int] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def search_forever() -> None:
        while not stop.is_set():
            try:
                seen.add(engine.search(SearchRequest("update")).total)
                time.sleep(0.01)
            except BaseException as error:
                errors.append(error)

    thread = threading.Thread(target=search_forever)
    thread.start()
    for k in range(4):
        (archive / f"new-{k}.txt").write_text(minutes("Cabinet", 20 + k, f"Topic{k}"))
        index(archive, ix)
    index(archive, ix, full=True)
    time.sleep(1.2)
    stop.set()
    thread.join()
    assert errors == []
    assert seen <= {3, 4, 5, 6, 7} and 7 in seen


def test_report_file_and_status_show_failures(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "ok.txt").write_text(minutes("Cabinet", 5, "Roads"))
    (folder / "bad.pdf").write_bytes(b"")
    report_file = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix"),
                                       "--report", str(report_file), "--quiet"])
    assert result.exit_code == 3
    report = json.loads(report_file.read_text())
    assert report["failed"] == [{"source": "bad.pdf", "reason": "empty file",
                                 "error": "EmptyFile", "unchanged": False}]
    status = CliRunner().invoke(main, ["status", "--index", str(tmp_path / "ix")])
    assert "files:      2 (1 could not be read)" in status.stdout
    assert "failed:     bad.pdf: empty file" in status.stdout
    again = CliRunner().invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix"),
                                      "--quiet"])
    assert again.exit_code == 3 and "unchanged since it last failed" in again.stderr


def test_progress_is_log_lines_when_not_a_terminal(archive: Path, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "webui.cli", "index", str(archive),
                             "--index", str(tmp_path / "ix")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0
    assert "reading 3 new or changed files" in result.stderr
    quiet = subprocess.run([sys.executable, "-m", "webui.cli", "index", str(archive),
                            "--index", str(tmp_path / "ix"), "--quiet"], capture_output=True,
                           text=True, check=False)
    assert quiet.stderr == "" and quiet.stdout.startswith("3 files seen: 0 indexed, 3 unchanged")
