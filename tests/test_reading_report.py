"""The reading report: documents read doubtfully, one line each with its reasons, in
`minutebook index` (stderr and --report), `status` and `status --json`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from indexer.build.doubts import doubts
from indexer.records import AgendaItem, Meeting
from webui.cli import main

from .test_reindex import minutes

UNDATED = """1. Apologies

None were received.

2. Roads report

Ms Jones explained the roads report and Mr Patel asked about the cost of the repairs.

3. Parks

The officer described the parks plan for the coming year in some detail.
"""
UNDATED_REASONS = ["minutes with no decision", "no date", "no committee"]


def _meeting(items: tuple[AgendaItem, ...], kind: str = "minutes") -> Meeting:
    """Return a dated meeting of a named committee with these items."""
    return Meeting("m-m1", "m.pdf", "Cabinet", date(2020, 1, 2), "Cabinet", items, kind=kind)


def test_doubts_name_each_reason() -> None:
    decided = AgendaItem("m-001", 1, "1", "Budget", "RESOLVED to approve.", decision="resolved")
    one_long = AgendaItem("m-001", 1, "", "Minutes", "Text.", pages=(1, 2, 3, 4, 5))
    assert doubts([_meeting((decided,))], ()) == ()
    assert doubts([_meeting((one_long,))], ()) == ("one item from 5 pages",
                                                   "minutes with no decision")
    assert doubts([_meeting((), kind="agenda")], ()) == ("an agenda with no items",)
    warnings = ("dropped 3 lines whose text could not be decoded (2% of the text)",
                "dropped 40 lines whose text could not be decoded (31% of the text)",
                "sidecar m.meta.json: url refused, only http(s) addresses are kept (it was "
                "'javascript:x')",
                "item '4. Budget' split into 3 parts for size (440 KB of text)")
    assert doubts([_meeting((decided,))], warnings) == warnings[1:]


def test_index_status_and_json_list_the_documents_to_check(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "good.txt").write_text(minutes("Cabinet", 4, "Roads"))
    (folder / "undated.txt").write_text(UNDATED)
    (folder / "linked.txt").symlink_to("/etc/hostname")
    ix, report_file = tmp_path / "ix", tmp_path / "report.json"
    result = CliRunner().invoke(main, ["index", str(folder), "--index", str(ix),
                                       "--report", str(report_file)])
    assert result.exit_code == 0, result.output
    link = "link not followed: it leads outside the folders being indexed (to /etc/hostname)"
    assert "minutebook: check undated.txt: minutes with no decision; no date; no committee" \
        in result.stderr.splitlines()
    assert f"minutebook: check linked.txt: {link}" in result.stderr.splitlines()
    expected = [{"source": "linked.txt", "reasons": [link]},
                {"source": "undated.txt", "reasons": UNDATED_REASONS}]
    report = json.loads(report_file.read_text())
    assert report["doubtful"] == expected
    assert report["refused_links"] == [{"source": "linked.txt", "target": "/etc/hostname"}]

    status = CliRunner().invoke(main, ["status", "--index", str(ix)])
    lines = status.stdout.splitlines()
    start = lines.index("to check:   2 documents read doubtfully")
    assert lines[start + 1:start + 3] == [
        f"            linked.txt: {link}",
        "            undated.txt: minutes with no decision; no date; no committee"]
    data = json.loads(CliRunner().invoke(main, ["status", "--index", str(ix), "--json"]).stdout)
    assert data["doubtful"] == expected

    # An unchanged file keeps its place in the report; a file read again cleanly leaves it.
    (folder / "undated.txt").write_text(minutes("Cabinet", 11, "Parks"))
    CliRunner().invoke(main, ["index", str(folder), "--index", str(ix), "--quiet"])
    data = json.loads(CliRunner().invoke(main, ["status", "--index", str(ix), "--json"]).stdout)
    assert data["doubtful"] == expected[:1]
