"""The write lock names its holder; a dead holder's lock is taken over; `kill -9` of an
indexer leaves no child process behind (indexer/build/lock.py, children.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build.children import is_alive, start_ticks
from indexer.build.store import IndexStore
from webui.cli import main

from .test_build_hazards import _archive
from .test_reindex import index

HOLD_LOCK = """
import fcntl, json, sys, time
handle = open(sys.argv[1], "a+")
fcntl.flock(handle, fcntl.LOCK_EX)
handle.truncate(0)
handle.write(json.dumps({"pid": int(sys.argv[2]), "ticks": 1, "started": "2026-01-01T00:00:00"}))
handle.flush()
print("held", flush=True)
time.sleep(60)
"""


def test_status_names_the_lock_holder(tmp_path: Path) -> None:
    folder = _archive(tmp_path / "archive", 2)
    ix = tmp_path / "ix"
    index(folder, ix)
    with IndexStore(ix).write_lock(wait=0):
        data = json.loads(CliRunner().invoke(main, ["status", "--index", str(ix), "--json"]).stdout)
        text = CliRunner().invoke(main, ["status", "--index", str(ix)]).stdout
    assert data["lock"]["pid"] == os.getpid() and data["lock"]["alive"] is True
    assert f"write lock: held by pid {os.getpid()}, since {data['lock']['started']}, running" \
        in text
    assert json.loads(CliRunner().invoke(main, ["status", "--index", str(ix), "--json"]
                                         ).stdout)["lock"] is None


def test_a_lock_whose_holder_died_is_taken_over(tmp_path: Path) -> None:
    folder = _archive(tmp_path / "archive", 2)
    ix = tmp_path / "ix"
    index(folder, ix)
    # An orphan that inherited the lock still holds it; the holder it names is long gone.
    orphan = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(ix / "write.lock"),
                               str(os.getpid())], stdout=subprocess.PIPE, text=True)
    try:
        assert orphan.stdout.readline() == "held\n"
        status = CliRunner().invoke(main, ["status", "--index", str(ix)]).stdout
        assert f"write lock: held by pid {os.getpid()}, since 2026-01-01T00:00:00, no longer " \
               "running (the next run takes it over)" in status
        result = CliRunner().invoke(main, ["index", str(folder), "--index", str(ix), "--wait",
                                           "2", "--quiet"])
        assert result.exit_code == 0, result.output
    finally:
        orphan.kill()
        orphan.wait()


def test_a_process_is_alive_only_with_its_start_time() -> None:
    me = os.getpid()
    assert is_alive(me) and is_alive(me, start_ticks(me))
    assert not is_alive(me, (start_ticks(me) or 0) + 1)


def _children(pid: int) -> list[int]:
    """Return the pids whose parent is pid."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_kill_9_of_the_indexer_leaves_no_child_holding_the_lock(tmp_path: Path) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find child processes")
    folder = tmp_path / "archive"
    subprocess.run([sys.executable, "-m", "bench.synthetic", str(folder), "--items", "4000"],
                   check=True, capture_output=True)
    ix = tmp_path / "ix"
    process = subprocess.Popen([sys.executable, "-m", "webui.cli", "index", str(folder),
                                "--index", str(ix), "--full", "--workers", "2", "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "TMPDIR": str(tmp_path)})
    deadline = time.monotonic() + 30
    children: list[int] = []
    while len(children) < 4 and time.monotonic() < deadline:  # 2 readers, 2 sub-writers
        time.sleep(0.2)
        children = _children(process.pid)
    assert process.poll() is None and len(children) >= 4, children
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 5
    while any(is_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [c for c in children if is_alive(c)] == []
    again = CliRunner().invoke(main, ["index", str(folder), "--index", str(ix), "--wait", "0",
                                      "--quiet", "--workers", "2"])
    assert again.exit_code == 0, again.output
