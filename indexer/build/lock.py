"""The index's write lock: one writer at a time, its holder named, a dead holder's lock taken over.

The lock is an flock on <root>/write.lock, which the kernel frees when every descriptor of it
is closed. The holder writes its pid and start time into the file, so that `status` can name it
and so that a lock still held after its holder died (by a child that inherited the descriptor
and outlived it) is not honoured: the next writer unlinks that file and locks a new one.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import IndexLockedError
from .children import is_alive, start_ticks

LOCK = "write.lock"
TAKEOVER = "write.lock.takeover"
LOCK_POLL = 0.2


@dataclass(frozen=True)
class LockHolder:
    """Who holds the write lock: pid, when it took the lock, and whether it still runs."""

    pid: int
    started: str
    alive: bool

    def as_dict(self) -> dict:
        """Return the holder as plain data (for JSON)."""
        return asdict(self)

    def describe(self) -> str:
        """Return the holder for a person: 'pid 123, since 2026-…, running'."""
        state = "running" if self.alive else "no longer running (the next run takes it over)"
        return f"pid {self.pid}, since {self.started}, {state}"


@contextmanager
def write_lock(root: Path, wait: float) -> Iterator[None]:
    """Hold root's write lock, waiting up to wait seconds for a live writer to finish."""
    root.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while (handle := _try_lock(root / LOCK)) is None:
        holder = lock_holder(root)
        if time.monotonic() >= deadline:
            named = f"; it is {holder.describe()}" if holder else ""
            raise IndexLockedError(
                f"another 'minutebook index' is writing {root}; waited {wait:.0f} s "
                f"(raise it with --wait SECONDS){named}")
        time.sleep(LOCK_POLL)
    try:
        _record_holder(handle)
        yield
    finally:
        with suppress(OSError):
            handle.truncate(0)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def lock_holder(root: Path) -> LockHolder | None:
    """Return who holds root's write lock, or None if nobody does."""
    path = root / LOCK
    try:
        handle = path.open("r", encoding="utf-8", errors="replace")
    except OSError:
        return None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return _holder(handle.read())
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None


def _try_lock(path: Path) -> BinaryIO | None:
    """Lock path and return its open handle, or None while a live holder has it.

    A lock whose recorded holder is dead is unlinked, so the next attempt locks a new file.
    """
    # Unbuffered: on a full disk, writing the holder fails at once, not again at close().
    handle = path.open("a+b", buffering=0)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = _holder(handle.read().decode("utf-8", "replace"))
        if holder is not None and not holder.alive:
            _unlink_if_same(path, os.fstat(handle.fileno()).st_ino)
        handle.close()
        return None
    # Another writer may have unlinked this file to take over between open and flock.
    if not path.exists() or os.stat(path).st_ino != os.fstat(handle.fileno()).st_ino:
        handle.close()
        return None
    return handle


def _unlink_if_same(path: Path, inode: int) -> None:
    """Remove the lock file if it is still the one seen, one taker at a time."""
    with (path.parent / TAKEOVER).open("a") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        with suppress(FileNotFoundError):
            if os.stat(path).st_ino == inode:
                path.unlink()


def _record_holder(handle: BinaryIO) -> None:
    """Write this process's pid and start time into the lock (best effort on a full disk)."""
    record = {"pid": os.getpid(), "ticks": start_ticks(os.getpid()),
              "started": datetime.now(UTC).isoformat(timespec="seconds")}
    with suppress(OSError):
        handle.seek(0)
        handle.truncate(0)
        handle.write(json.dumps(record).encode())


def _holder(text: str) -> LockHolder | None:
    """Read a holder record; None for an empty or foreign file (an older Minutebook's)."""
    try:
        record = json.loads(text)
        pid, ticks = int(record["pid"]), record.get("ticks")
        started = str(record.get("started", ""))
    except (ValueError, TypeError, KeyError):
        return None
    return LockHolder(pid, started, is_alive(pid, ticks if isinstance(ticks, int) else None))
