"""An indexer stopped by SIGTERM, SIGHUP or Ctrl-C cleans up and says so; the index stays as it
was (indexer/build/children.py stop_signals_raise, webui/cli/commands.py index)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.build.children import Stopped, check_stopped, end_children, stop_signals_raise
from search.engine import Engine
from search.models import SearchRequest

from .test_build_lock import _children


def test_a_stop_signal_raises_stopped_only_inside_the_block() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Stopped) as caught, stop_signals_raise():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)
    assert caught.value.exit_code == 143 and str(caught.value) == "SIGTERM"
    assert signal.getsignal(signal.SIGTERM) is before


def _index_command(folder: Path, ix: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "webui.cli", "index", str(folder), "--index", str(ix),
            "--workers", "2", "--quiet", *extra]


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129),
                                              (signal.SIGINT, 130)])
def test_a_stopped_rebuild_leaves_the_index_and_temp_folder_as_they_were(
        tmp_path: Path, signum: int, code: int) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see the indexer's workers start")
    small, big = tmp_path / "small", tmp_path / "big"
    for folder, items in ((small, 40), (big, 4000)):
        subprocess.run([sys.executable, "-m", "bench.synthetic", str(folder),
                        "--items", str(items)], check=True, capture_output=True)
    ix, temp = tmp_path / "ix", tmp_path / "temp"
    temp.mkdir()
    environment = {**os.environ, "TMPDIR": str(temp)}
    subprocess.run(_index_command(small, ix), check=True, capture_output=True, env=environment)
    before = Engine(ix).search(SearchRequest("council")).total
    assert before > 0
    generations = sorted(p.name for p in ix.iterdir())

    process = subprocess.Popen(_index_command(big, ix, "--full"), env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(_children(process.pid)) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert process.poll() is None, process.stderr.read()
    process.send_signal(signum)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        left = {pid: _state(pid) for pid in _children(process.pid)}
        process.kill()
        _, stderr = process.communicate()
        pytest.fail(f"the indexer did not end within 30 s of the signal (its state: "
                    f"{_state(process.pid)}, its children: {left}); it said: {stderr}")

    assert process.returncode == code, stderr
    assert "before the run finished: the index is as it was" in stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in ix.iterdir()) == generations
    assert list(temp.iterdir()) == []
    assert Engine(ix).search(SearchRequest("council")).total == before


def _state(pid: int) -> str:
    """Return a process's state and command name from /proc, or 'gone'."""
    try:
        name, rest = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)
    except (OSError, ValueError):
        return "gone"
    return f"{rest.split()[0]} {name.split('(', 1)[-1]}"


def test_end_children_kills_a_child_that_would_keep_the_indexer_from_exiting() -> None:
    waiting = multiprocessing.get_context("fork").Process(target=time.sleep, args=(600,))
    waiting.start()
    assert end_children() == 1
    assert not waiting.is_alive() and waiting.exitcode == -signal.SIGKILL
    assert end_children() == 0


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_stop_signal_whose_exception_python_dropped_is_raised_before_committing() -> None:
    class SignalledWhileDropped:
        """Python ignores an exception raised in __del__, as in logging's at-fork hook."""

        def __init__(self, signum: int) -> None:
            self.signum = signum

        def __del__(self) -> None:
            os.kill(os.getpid(), self.signum)

    with stop_signals_raise():
        check_stopped()
        dropped = SignalledWhileDropped(signal.SIGTERM)
        del dropped
        with pytest.raises(Stopped) as stop:
            check_stopped()
    assert stop.value.exit_code == 143
    with stop_signals_raise():
        check_stopped()
        dropped = SignalledWhileDropped(signal.SIGINT)
        del dropped
        with pytest.raises(KeyboardInterrupt):
            check_stopped()
    with stop_signals_raise():
        check_stopped()


# A reader run that a SIGTERM stops while concurrent.futures.wait holds one of its futures'
# locks (a profile hook raises it there, after the pool's result thread has blocked on that
# lock); it prints whether the signal landed there and whether Stopped came out.
_STOPPED_INSIDE_WAIT = '''
import os, signal, sys, time
from pathlib import Path
from indexer.build.children import Stopped, stop_signals_raise
from indexer.build.workers import Limits, read_all
from indexer.records import SourceFile

files = []
for number in range(40):
    path = Path(sys.argv[1], f"minutes{number}.txt")
    path.write_text("Minutes of the Parish Council meeting held on 1 March 2020\\n"
                    f"1. Apologies\\nNone.\\n2. Footpath {number}\\nRESOLVED to agree.\\n")
    files.append(SourceFile(path, path.name, "txt", path.stat().st_size, 0))
landed = False

def signal_inside_wait(frame, event, arg):
    global landed
    if (not landed and event == "c_return" and frame.f_code.co_name == "__enter__"
            and frame.f_code.co_filename.endswith("_base.py")
            and frame.f_locals["future"]._state in ("PENDING", "RUNNING")):
        landed = True
        time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

try:
    with stop_signals_raise():
        results = read_all(files, 2, Limits())
        next(results)
        sys.setprofile(signal_inside_wait)
        for _ in results:
            pass
except Stopped:
    sys.setprofile(None)
    print("stopped", landed)
'''


@pytest.mark.slow
def test_a_stop_signal_landing_while_the_reader_waits_on_its_workers_still_ends_the_run(
        tmp_path: Path) -> None:
    try:
        run = subprocess.run([sys.executable, "-c", _STOPPED_INSIDE_WAIT, str(tmp_path)],
                             capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the reader pool did not close within 30 s of the stop signal")
    assert run.stdout.split() == ["stopped", "True"], run.stderr


# A full rebuild that Ctrl-C stops while the Whoosh writer starts its job queue's feeder thread:
# the profile hook raises it after the thread's exit-time join is registered and before the
# queue's closing is, so a raise there left the exit waiting on that thread for ever.
_STOPPED_STARTING_A_QUEUE = '''
import os, signal, sys
from multiprocessing import queues
from webui.cli import main

landed = False

def signal_inside_queue_start(frame, event, arg):
    global landed
    if (not landed and event == "return" and frame.f_code.co_name == "__init__"
            and frame.f_locals.get("callback") is queues.Queue._finalize_join):
        landed = True
        print("landed", flush=True)
        os.kill(os.getpid(), signal.SIGINT)

sys.argv = ["minutebook", "index", sys.argv[1], "--index", sys.argv[2], "--workers", "2",
            "--quiet", "--full"]
sys.setprofile(signal_inside_queue_start)
main()
'''


@pytest.mark.slow
def test_ctrl_c_landing_while_the_writer_starts_its_queue_still_ends_the_run(
        tmp_path: Path) -> None:
    archive, ix = tmp_path / "archive", tmp_path / "ix"
    subprocess.run([sys.executable, "-m", "bench.synthetic", str(archive), "--items", "400"],
                   check=True, capture_output=True)
    try:
        run = subprocess.run([sys.executable, "-c", _STOPPED_STARTING_A_QUEUE, str(archive),
                              str(ix)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the indexer did not end within 60 s of Ctrl-C")
    assert run.stdout.split() == ["landed"], run.stderr
    assert run.returncode == 130, run.stderr
    assert "interrupted before the run finished: the index is as it was" in run.stderr
