"""The indexer's child processes: they end with their parent and keep their stderr to themselves.

The indexer itself turns a polite stop (SIGTERM from a job scheduler, SIGHUP from a closed
terminal) into an exception, as Ctrl-C already is, so that its clean-up runs: the generation it
was writing is removed, its workers and their log folder go, and the index stays as it was.

A reader worker or a Whoosh sub-writer left alive by a `kill -9` of the indexer would hold the
write lock (it inherited its file descriptor) and wait forever for work. Each child asks Linux
to kill it when its parent dies (PR_SET_PDEATHSIG); elsewhere a watchdog thread notices that
its parent changed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import faulthandler
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Stopped(BaseException):
    """A stop signal arrived; a BaseException, so no `except Exception` on the way swallows it."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_code(self) -> int:
        """The shell's code for death by this signal: 128 + its number."""
        return 128 + self.signum


_received: list[int] = []
"""Stop signals received within stop_signals_raise, newest last."""
_deferring: list[bool] = []
"""Not empty within stops_deferred: a stop signal is remembered, not raised."""


def _raise_stopped(signum: int, frame) -> None:
    _received.append(signum)
    if _deferring:
        return
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Stopped(signum)


def check_stopped() -> None:
    """Raise Stopped again for a stop signal whose exception was lost.

    Python ignores an exception raised where it runs code it cannot interrupt: a signal that
    lands while a worker is forked runs its handler inside logging's at-fork hook, and the
    Stopped (or Ctrl-C's KeyboardInterrupt) it raises is printed and dropped. Called before
    anything is committed.
    """
    if not _received:
        return
    if _received[-1] == signal.SIGINT:
        raise KeyboardInterrupt
    raise Stopped(_received[-1])


@contextmanager
def stop_signals_raise() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise Stopped in the main thread, Ctrl-C
    KeyboardInterrupt as always; each is remembered for check_stopped."""
    _received.clear()
    previous = {signum: signal.signal(signum, _raise_stopped)
                for signum in (*STOP_SIGNALS, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _received.clear()


@contextmanager
def stops_deferred() -> Iterator[None]:
    """Within the block a stop signal is only remembered; it is raised as the block ends.

    For calls that take locks they do not give back on an exception: concurrent.futures.wait
    takes its futures' locks one by one, and a Stopped raised between two left one held, so
    the pool's thread that sets results blocked on it and closing the pool hung for ever (CI
    saw an indexer not end within 30 s of a SIGHUP).
    """
    _deferring.append(True)
    try:
        yield
    finally:
        _deferring.pop()
    check_stopped()


def end_children(seconds: float = 2.0) -> int:
    """Kill the child processes a stopped run left behind; return how many there were.

    Python's exit waits for every non-daemon multiprocessing child (a reader worker, a Whoosh
    sub-writer): one that a stop signal caught half-started, before its pool could record it,
    waits for work for ever, and so would the indexer. Called once the clean-up is done.
    """
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    for child in children:
        child.join(seconds)
    return len(children)


def die_with_parent(parent_pid: int) -> None:
    """End this process when parent_pid, the process that started it, dies.

    A forked child inherits its parent's Python signal handlers; it takes the default ones
    back, so that being stopped ends it at once.
    """
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)
    if not _pdeathsig(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    # The parent may have died before the request above was made.
    if os.getppid() != parent_pid:
        os._exit(1)


def _pdeathsig(signum: int) -> bool:
    """Ask Linux to send signum when the parent dies; return False where that is unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    """Exit as soon as the parent is gone (the child is then re-parented)."""
    while os.getppid() == parent_pid:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def stderr_to_file(path: Path) -> None:
    """Send this process's stderr (fd 2, C libraries included) to path; no fault dumps."""
    faulthandler.disable()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.close(fd)
    # sys.stderr may write to another descriptor (pytest's capture does): point it at fd 2.
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace", buffering=1)  # noqa: SIM115


def _stat_fields(pid: int) -> list[str] | None:
    """Return /proc/PID/stat after the command name (state first), or None if unreadable."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    return stat.rsplit(")", 1)[-1].split()


def start_ticks(pid: int) -> int | None:
    """Return when a process started, in clock ticks since boot (None if unknown or gone)."""
    fields = _stat_fields(pid)
    return int(fields[19]) if fields and len(fields) > 19 else None


def is_alive(pid: int, ticks: int | None = None) -> bool:
    """Return True if pid runs and, when ticks is given, is the process that started then."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    fields = _stat_fields(pid)
    if fields is None:  # no /proc: trust the signal test
        return True
    if fields[0] == "Z":
        return False
    return ticks is None or (len(fields) > 19 and int(fields[19]) == ticks)
