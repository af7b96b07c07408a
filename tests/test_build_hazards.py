"""Issue 14, the indexer half: links out of the archive, bad names, vanishing and unreadable
files, a full disk, a worker out of memory. Each is one file's problem or a one-line error."""

from __future__ import annotations

import errno
import faulthandler
import json
import multiprocessing
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from whoosh import multiproc

from indexer.build import pipeline, plan
from indexer.build import workers as work
from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.store import IndexStore
from indexer.build.workers import NEEDS_MEMORY
from indexer.errors import DiskFullError
from search.engine import Engine
from search.models import SearchRequest
from webui.cli import main

from .test_reindex import index, minutes, titles


def test_links_leading_outside_the_roots_are_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(minutes("Cabinet", 4, "Roads"))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.txt").write_text(minutes("Cabinet", 5, "Secret"))
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "b.txt").symlink_to(outside / "b.txt")
    (folder / "etc").symlink_to("/etc")
    (folder / "sub" / "again.txt").symlink_to(folder / "a.txt")
    report = index(folder, tmp_path / "ix")
    assert sorted(report.refused_links) == [("b.txt", str(outside / "b.txt")), ("etc/", "/etc"),
                                            ("passwd.txt", "/etc/passwd")]
    assert report.indexed == 2 and not report.failed
    assert "Secret update" not in titles(tmp_path / "ix")
    reasons = dict(report.doubtful)
    assert reasons["passwd.txt"] == ("link not followed: it leads outside the folders being "
                                     "indexed (to /etc/passwd)",)


def test_a_javascript_sidecar_url_is_refused_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.txt").write_text(minutes("Cabinet", 4, "Roads"))
    (folder / "a.meta.json").write_text(json.dumps({"url": "javascript:alert(1)"}))
    report = index(folder, tmp_path / "ix")
    refused = "sidecar a.meta.json: url refused, only http(s) addresses are kept " \
              "(it was 'javascript:alert(1)')"
    assert refused in dict(report.doubtful)["a.txt"]
    with IndexStore(tmp_path / "ix").open_index().searcher() as searcher:
        assert {f["meeting"]["url"] for f in searcher.all_stored_fields()} == {""}


def test_a_name_that_is_not_utf8_is_that_files_problem(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "ok.txt").write_text(minutes("Cabinet", 4, "Roads"))
    bad = os.path.join(os.fsencode(folder), b"bad\xffname.txt")
    with open(bad, "w") as handle:
        handle.write(minutes("Cabinet", 5, "Parks"))
    os.mkdir(os.path.join(os.fsencode(folder), b"dir\xfe"))
    ix, report_file = tmp_path / "ix", tmp_path / "report.json"
    for _ in range(2):  # the bad name must not break the next run either
        result = CliRunner().invoke(main, ["index", str(folder), "--index", str(ix), "--quiet",
                                           "--report", str(report_file)])
        assert result.exit_code == 3, result.output
        assert "could not read bad\\xffname.txt: its name is not valid UTF-8" in result.stderr
    failed = json.loads(report_file.read_text())["failed"]
    assert {f["source"] for f in failed} == {"bad\\xffname.txt", "dir\\xfe/"}
    status = CliRunner().invoke(main, ["status", "--index", str(ix)])
    assert status.exit_code == 0
    assert "failed:     bad\\xffname.txt: its name is not valid UTF-8" in status.stdout
    data = json.loads(CliRunner().invoke(main, ["status", "--index", str(ix), "--json"]).stdout)
    assert data["files_failed"] == 2 and data["items"] == 3


def test_unreadable_and_vanishing_files_are_their_own_problem(tmp_path: Path, monkeypatch
                                                                ) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("locked.txt", "gone.txt", "fine.txt"):
        (folder / name).write_text(minutes("Cabinet", 4, name.split(".")[0].title()))
    real = plan.file_sha256

    def hash_as_it_goes(path: Path) -> str:
        # Tests run as root, whom chmod 000 does not stop: refuse the way the kernel would.
        if path.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        if path.name == "gone.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(plan, "file_sha256", hash_as_it_goes)
    report = index(folder, tmp_path / "ix")
    assert {f.source: f.reason for f in report.failed} == {
        "locked.txt": "cannot read the file: Permission denied",
        "gone.txt": "it was deleted or moved while it was being read"}
    assert report.indexed == 1 and "Fine update" in titles(tmp_path / "ix")


def test_a_file_over_the_limit_is_refused_before_it_is_hashed(tmp_path: Path, monkeypatch
                                                             ) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "ok.txt").write_text(minutes("Cabinet", 4, "Roads"))
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    hashed: list[str] = []
    real = plan.file_sha256
    monkeypatch.setattr(plan, "file_sha256", lambda path: hashed.append(path.name) or real(path))
    first = index(folder, tmp_path / "ix")
    again = index(folder, tmp_path / "ix")
    assert hashed == ["ok.txt"]
    assert [(f.source, f.reason, f.unchanged) for f in first.failed + again.failed] == [
        ("huge.txt", "too large: 30.0 MB (the limit for this kind of file is 20 MB)", False),
        ("huge.txt", "too large: 30.0 MB (the limit for this kind of file is 20 MB)", True)]


def _archive(folder: Path, files: int) -> Path:
    """Write files small sets of minutes into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(files):
        (folder / f"m{k:03d}.txt").write_text(minutes("Cabinet", 1 + k % 28, f"Topic{k}"))
    return folder


def _subwriter_disk_full(self, filename, doc_count):
    """Stand-in for a Whoosh sub-writer's work that finds the disk full (runs in the child)."""
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_in_a_sub_writer_ends_a_full_build(tmp_path: Path, monkeypatch) -> None:
    folder = _archive(tmp_path / "archive", 30)
    ix = tmp_path / "ix"
    index(folder, ix)
    live = IndexStore(ix).current
    monkeypatch.setattr(multiproc.SubWriterTask, "_process_file", _subwriter_disk_full)
    started = time.monotonic()
    with pytest.raises(DiskFullError, match=r"^disk full: "):
        run_index(IndexOptions(roots=(folder,), index_dir=ix, full=True, workers=2))
    assert time.monotonic() - started < 30
    assert multiprocessing.active_children() == []
    assert IndexStore(ix).current == live
    assert [p.name for p in ix.iterdir() if p.name.startswith("gen-")] == [live.name]
    assert Engine(ix).search(SearchRequest("topic7")).total == 1


def test_a_full_disk_in_an_incremental_run_is_one_line(tmp_path: Path, monkeypatch) -> None:
    folder = _archive(tmp_path / "archive", 3)
    ix = tmp_path / "ix"
    index(folder, ix)
    (folder / "new.txt").write_text(minutes("Cabinet", 9, "Parks"))

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pipeline, "add_meetings", no_space)
    result = CliRunner().invoke(main, ["index", str(folder), "--index", str(ix), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"minutebook: disk full: no space left to write the index in {ix}; the index is as it "
        "was before this run"]
    assert "Parks update" not in titles(ix) and len(titles(ix)) == 9


def _fill(folder: Path) -> None:
    """Fill the file system of folder up to the last byte."""
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * (1 << 20))
                handle.flush()
        except OSError:
            pass


@pytest.mark.slow
def test_a_real_full_disk_ends_both_runs_with_one_line(tmp_path: Path) -> None:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                       check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        folder = _archive(tmp_path / "archive", 4)
        ix = mount / "ix"
        assert index(folder, ix).indexed == 4
        live = IndexStore(ix).current
        _archive(folder, 1500)
        command = [sys.executable, "-m", "webui.cli", "index", str(folder), "--index", str(ix),
                   "--quiet", "--workers", "2"]
        for extra in (["--full"], []):
            run = subprocess.run(command + extra, capture_output=True, text=True, timeout=300,
                                 check=False)
            assert (run.returncode, run.stderr.splitlines()[-1:]) == (1, [
                f"minutebook: disk full: no space left to write the index in {ix}; the index "
                "is as it was before this run"]), run.stderr
            assert "Traceback" not in run.stderr
            assert sorted(p.name for p in ix.iterdir() if p.name.startswith("gen-")) == \
                [live.name]
        _fill(mount)
        status = subprocess.run([sys.executable, "-m", "webui.cli", "status", "--index", str(ix)],
                                capture_output=True, text=True, timeout=60, check=False)
        assert status.returncode == 0 and "items:      12 in 4 meetings" in status.stdout
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _abort_like_a_fatal_error(file, seconds):
    """Die the way CPython does on a fatal MemoryError: a dump on stderr and SIGABRT."""
    faulthandler.enable()
    sys.stderr.write("Fatal Python error: Cannot recover from MemoryError\n")
    faulthandler._sigabrt()


def test_a_worker_that_dies_of_memory_is_one_line(tmp_path: Path, monkeypatch, capfd) -> None:
    folder = _archive(tmp_path / "archive", 1)
    monkeypatch.setattr(work, "read_file", _abort_like_a_fatal_error)
    report = index(folder, tmp_path / "ix")
    assert [f.reason for f in report.failed] == [NEEDS_MEMORY]
    assert "Fatal Python error" not in capfd.readouterr().err


def write_bomb_pdf(path: Path, megabytes: int) -> Path:
    """Write a one-page PDF whose content stream inflates to megabytes of drawing operators."""
    packer = zlib.compressobj(9)
    block = b"0 0 m " * (1 << 18)
    stream = packer.compress(b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj ET\n")
    stream += b"".join(packer.compress(block) for _ in range(megabytes * (1 << 20) // len(block)))
    stream += packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


@pytest.mark.slow
def test_a_decompression_bomb_needs_more_memory_than_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    write_bomb_pdf(folder / "bomb.pdf", 300)
    (folder / "ok.txt").write_text(minutes("Cabinet", 4, "Roads"))
    script = ("import sys; from pathlib import Path; "
              "from indexer.build.pipeline import IndexOptions, run_index; "
              "from indexer.build.workers import Limits; "
              f"r = run_index(IndexOptions(roots=(Path({str(folder)!r}),), "
              f"index_dir=Path({str(tmp_path / 'ix')!r}), workers=1, "
              "limits=Limits(memory_mb=400))); "
              "print([(f.source, f.reason) for f in r.failed])")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.stdout.strip() == str([("bomb.pdf", NEEDS_MEMORY)])
    assert run.stderr == ""
