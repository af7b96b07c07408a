"""Whoosh's multiprocess writer, made to fail instead of hang: fenced, like whoosh_private.py.

Written against whoosh-reloaded 2.7.5's whoosh.multiproc, whose internals it relies on:
MpWriter keeps its SubWriterTask processes in `tasks`, feeds them job files through a bounded
`jobqueue` (put by `_enqueue` and by `_commit`) and collects each task's segment from
`resultqueue` (`get(timeout=1)` in `_commit`, skipping a task that sent nothing).

As shipped, a sub-writer that raises (a full disk) dies with a traceback on the terminal; the
parent then blocks forever putting jobs on the full queue, or commits an index without that
task's documents; `cancel()` does not reach the child processes, which wait on the queue for
ever, holding the inherited write lock. Here a sub-writer reports its error and exits; the
parent's queue operations notice a dead sub-writer and raise SubWriterFailed (an OSError with
the sub-writer's errno); `cancel()` kills the sub-writers; each ends with its parent. Each
sub-writer is a TermPoolWriter (postings.py) writing its own segment (multisegment only).
"""

from __future__ import annotations

import os
import queue
import time
from contextlib import suppress
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

from .children import die_with_parent
from .postings import TermPoolWriter

FAILED = "failed"
POLL_SECONDS = 0.5
RESULT_WAIT = 60.0


class SubWriterFailed(OSError):
    """A Whoosh sub-writer process failed; errno is its error's, when it had one."""


def _failure(result: tuple) -> SubWriterFailed:
    """Turn a sub-writer's failure record into the error to raise."""
    _, number, message = result
    return SubWriterFailed(number, message) if number else SubWriterFailed(message)


class _Task(SubWriterTask):
    """A sub-writer that dies with its parent and reports its error instead of printing it."""

    def __init__(self, *args: Any, parent_pid: int) -> None:
        super().__init__(*args)
        self.parent_pid = parent_pid

    def run(self) -> None:
        """Index the job files it is given; on error, report it and exit 1."""
        die_with_parent(self.parent_pid)
        try:
            self._write()
        except BaseException as error:  # a full disk or anything else: reported alike
            with suppress(Exception):
                self.resultqueue.put((FAILED, getattr(error, "errno", None),
                                      f"{type(error).__name__}: {error}"), timeout=5)
                # put() hands the record to a feeder thread: flush it before exiting.
                self.resultqueue.close()
                self.resultqueue.join_thread()
            os._exit(1)

    def _write(self) -> None:
        """SubWriterTask.run for a multisegment writer, with a TermPoolWriter."""
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = TermPoolWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            job = self.jobqueue.get()
            if job is None:
                break
            self._process_file(*job)
        if not self.running:
            writer.cancel()
            return
        fieldnames = writer.pool.fieldnames
        self.resultqueue.put((None, fieldnames, writer._finalize_segment()), timeout=5)


class _Jobs:
    """The parent's side of the job queue: a put that gives up when a sub-writer has died."""

    def __init__(self, raw: Any, writer: SafeMpWriter) -> None:
        self.raw = raw
        self.writer = writer

    def put(self, item: Any) -> None:
        """Put a job, checking the sub-writers while the queue is full."""
        while True:
            try:
                self.raw.put(item, timeout=POLL_SECONDS)
                return
            except queue.Full:
                self.writer.check_tasks()


class _Results:
    """The parent's side of the result queue: a failure record raises, a dead task too."""

    def __init__(self, raw: Any, writer: SafeMpWriter) -> None:
        self.raw = raw
        self.writer = writer

    def get(self, timeout: float | None = None) -> Any:
        """Return the next segment a sub-writer sent; raise SubWriterFailed if one failed."""
        deadline = time.monotonic() + RESULT_WAIT
        while True:
            try:
                result = self.raw.get(timeout=POLL_SECONDS)
            except queue.Empty:
                self.writer.check_tasks()
                if time.monotonic() >= deadline:
                    raise SubWriterFailed("a sub-writer ended without its segment") from None
                continue
            if result and result[0] == FAILED:
                raise _failure(result)
            return result


class SafeMpWriter(MpWriter):
    """MpWriter whose sub-writers' failures end the run and whose cancel() ends them."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        if not kwargs.get("multisegment"):
            raise ValueError("SafeMpWriter writes one segment per sub-writer: multisegment=True")
        super().__init__(ix, **kwargs)
        self._raw_jobs, self._raw_results = self.jobqueue, self.resultqueue
        self.jobqueue = _Jobs(self._raw_jobs, self)
        self.resultqueue = _Results(self._raw_results, self)

    def _new_task(self) -> _Task:
        """Start a sub-writer on the raw queues (the wrappers stay in this process)."""
        task = _Task(self.storage, self.indexname, self._raw_jobs, self._raw_results,
                     self.subargs, self.multisegment, parent_pid=os.getpid())
        self.tasks.append(task)
        task.start()
        return task

    def check_tasks(self) -> None:
        """Raise SubWriterFailed if a sub-writer exited with an error."""
        if not any(t.exitcode not in (None, 0) for t in self.tasks):
            return
        with suppress(queue.Empty):
            while True:
                result = self._raw_results.get(timeout=POLL_SECONDS)
                if result and result[0] == FAILED:
                    raise _failure(result)
        raise SubWriterFailed("a sub-writer process died")

    def cancel(self) -> None:
        """Kill the sub-writers, then discard what this writer wrote."""
        for task in self.tasks:
            if task.is_alive():
                task.kill()
        for task in self.tasks:
            task.join(5)
        self.tasks = []
        super().cancel()
