"""The command line's small contracts: a cut-short pipe, undated items, a page past the end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build.pipeline import IndexOptions, run_index
from webui.cli import main

from .conftest import ROOT


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_export_into_a_closed_pipe_exits_0_quietly(corpus_index: Path) -> None:
    export = subprocess.Popen([sys.executable, "-m", "webui.cli", "export", "--index",
                               str(corpus_index)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert export.stdout.readline().startswith(b'{"id": ')
    export.stdout.close()  # as `head -1` does once it has its line
    _, err = export.communicate(timeout=60)
    assert (export.returncode, err) == (0, b"")


def test_status_says_an_undated_index_has_no_dates(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "minutes.txt").write_text(
        "1. Roads\n\nThe council noted the roads.\n\n2. Second item\n\nThe Committee noted "
        "it.\n\n3. Third item\n\nNoted.\n", encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    code, out, _ = run("status", "--index", str(tmp_path / "ix"))
    assert code == 0 and "dates:      unknown (no item has a date)" in out
    assert "429496" not in out


def test_a_page_past_the_end_is_an_error(corpus_index: Path) -> None:
    code, _, err = run("search", "gangs", "--index", str(corpus_index), "--page", "99")
    assert code == 1 and "there is no page 99: this search has 1 page" in err


def test_a_lettered_part_is_shown_as_numbered_without_a_second_stop(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "minutes.txt").write_text(
        "HARBOUR COMMISSIONERS\n\nMINUTES – ORDINARY MEETING, Tuesday, 2 June 2026 at 7.00 pm.\n"
        "PRESENT: P Hurrell, K Braddock\n\n1          APOLOGIES\n\nNone.\n\n"
        "2          ACCOUNTS\n\nThe accounts were approved.\n\n"
        "2 a)     MOORING FEES\n\nThe mooring fees were approved.\n\n"
        "3          DATE OF NEXT MEETING\n\nTuesday 7 July 2026.\n", encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    code, out, _ = run("search", "mooring", "--index", str(tmp_path / "ix"))
    assert code == 0
    assert "2 a) MOORING FEES" in out and "2 a)." not in out
