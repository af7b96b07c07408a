"""Extraction in worker processes: killable, time-limited, memory-capped, replaced if they die."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import resource
import signal
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from ..errors import ExtractionError
from ..parse.meetings import parse_document
from ..read.document import read_document
from ..read.pdf import DEFAULT_PDF_READER
from ..read.scanned import OcrOptions
from ..records import Meeting, SourceFile
from .bounds import bound_items
from .children import die_with_parent, stderr_to_file, stops_deferred
from .doubts import doubts
from .scans import file_seconds, mark_ocr, may_ocr

HASH_BLOCK = 1 << 20
# Files handed to the pool ahead of the workers: enough to keep them busy, few enough that
# results do not pile up.
IN_FLIGHT_PER_WORKER = 4
# How long read_all waits for a result before it looks for a stop signal again.
WAIT_SECONDS = 0.5
NEEDS_MEMORY = "it needs more memory than the limit allows"
# Signs in a dead worker's stderr, or its signal, that it ran out of its address space: a
# C library (PDFium, zlib, libstdc++) aborts when an allocation fails.
MEMORY_SIGNS = ("MemoryError", "memory", "bad_alloc", "Cannot allocate")
MEMORY_SIGNALS = (-signal.SIGABRT,)


@dataclass(frozen=True)
class FileResult:
    """What reading one file gave: its meetings, or why it could not be read."""

    file: SourceFile
    meetings: tuple[Meeting, ...] = ()
    warnings: tuple[str, ...] = ()
    reason: str = ""
    error: str = ""
    path_meta: bool = False
    doubts: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """Return True if the file could not be read."""
        return bool(self.reason)


@dataclass(frozen=True)
class Limits:
    """How long and how much memory one file may take, and how PDFs are read."""

    seconds: float = 120.0
    memory_mb: int = 2048
    ocr: OcrOptions = field(default_factory=OcrOptions)
    pdf_reader: str = DEFAULT_PDF_READER


def file_sha256(path) -> str:
    """Return the SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def read_file(file: SourceFile, seconds: float, ocr: OcrOptions | None = None,
              pdf_reader: str = DEFAULT_PDF_READER) -> FileResult:
    """Extract and parse one file (ocr: how scans are read); never raises (runs in a worker)."""
    try:
        document = read_document(file, time_limit=seconds, ocr=ocr, pdf_reader=pdf_reader)
        meetings = tuple(mark_ocr(parse_document(document), document))
    except ExtractionError as error:
        return FileResult(file, reason=error.reason, error=error.cause)
    except RecursionError:
        return FileResult(file, reason="its structure is nested too deeply to read",
                          error="RecursionError")
    except MemoryError:
        return FileResult(file, reason=NEEDS_MEMORY, error="MemoryError")
    except OSError as error:
        return FileResult(file, reason=unreadable(error), error=type(error).__name__)
    bounded, notes = bound_items(list(meetings))
    warnings = document.warnings + notes
    if not any(m.items for m in meetings):
        warnings += ("no agenda items found: it does not read as minutes or an agenda",)
    path_meta = any(m.date_from == "file name" or m.committee_from == "folder" for m in meetings)
    return FileResult(file, tuple(bounded), warnings, path_meta=path_meta,
                      doubts=doubts(meetings, warnings))


def unreadable(error: OSError) -> str:
    """Say why a file could not be opened or read."""
    if isinstance(error, FileNotFoundError):
        return "it was deleted or moved while it was being read"
    return f"cannot read the file: {error.strerror or error}"


def _start_worker(megabytes: int, parent_pid: int, log_dir: str) -> None:
    """Set a worker up: it ends with the indexer, its stderr goes to a log, memory is capped.

    The address-space limit makes a runaway file raise MemoryError, not exhaust the machine;
    what a dying worker prints (a "Fatal Python error" dump, a C library's abort message)
    goes to its log, which _result() reads to say why it died, in one line.
    """
    die_with_parent(parent_pid)
    stderr_to_file(Path(log_dir, f"{os.getpid()}.log"))
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class ReaderPool:
    """Worker processes that read files under limits; a crash or a timeout becomes a failure.

    A local run holds one for its files; each worker of a Dask cluster holds one for the
    files it is sent (indexer/build/cluster.py), so both read through the same function.
    """

    def __init__(self, workers: int, memory_mb: int, start: str | None = None,
                 scratch: str | None = None) -> None:
        """Start the reader processes, each capped at memory_mb; start names how ("fork",
        "spawn"; the platform's default); their logs go in a folder inside scratch (the
        system's temporary folder by default)."""
        self._logs = tempfile.TemporaryDirectory(prefix="minutebook-workers-", dir=scratch)
        self._pool = ProcessPool(max_workers=max(1, workers), initializer=_start_worker,
                                 initargs=(memory_mb, os.getpid(), self._logs.name),
                                 context=multiprocessing.get_context(start))

    def submit(self, file: SourceFile, limits: Limits) -> Future:
        """Start reading one file within limits' time; result() reads its future."""
        # The worker's own deadline stops pdfminer between pages; the pool's kills the process
        # when a single page (or C code) never returns.
        return self._pool.schedule(read_file, args=_arguments(file, limits.seconds * 0.9, limits),
                                   timeout=file_seconds(file.kind, limits.seconds, limits.ocr))

    def result(self, future: Future, file: SourceFile, limits: Limits) -> FileResult:
        """Return what reading file gave, once its future is done."""
        return _result(future, file, limits, Path(self._logs.name))

    def read(self, file: SourceFile, limits: Limits) -> FileResult:
        """Read one file and wait for it."""
        return self.result(self.submit(file, limits), file, limits)

    def close(self) -> None:
        """End the workers now, not after every file, and remove their logs."""
        self._pool.stop()
        self._pool.join()
        self._logs.cleanup()


def read_all(files: Iterable[SourceFile], workers: int, limits: Limits) -> Iterator[FileResult]:
    """Read files in worker processes, yielding results as they finish, in any order.

    Only a window of files is in flight, and a result is let go once yielded: submitting every
    file at once kept every finished file's items in this process until the last one (3.4 KB
    an item, 1.8 GB half-way through a million).
    """
    pool = ReaderPool(workers, limits.memory_mb)
    window = IN_FLIGHT_PER_WORKER * max(1, workers)
    queue = iter(files)
    running: dict[Future, SourceFile] = {}
    try:
        while True:
            with stops_deferred():
                while len(running) < window and (file := next(queue, None)) is not None:
                    running[pool.submit(file, limits)] = file
            if not running:
                break
            with stops_deferred():
                done, _ = wait(running, timeout=WAIT_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                yield pool.result(future, running.pop(future), limits)
    finally:
        # Stopped early (a full disk, Ctrl-C) or not: nothing is left to wait for.
        pool.close()


def _arguments(file: SourceFile, soft: float, limits: Limits) -> tuple:
    """Return read_file's arguments: for a PDF, its reader and OCR options if it may need them."""
    if file.kind != "pdf":
        return (file, soft)
    return (file, soft, limits.ocr if may_ocr(file.kind, limits.ocr) else None, limits.pdf_reader)


def _result(future, file: SourceFile, limits: Limits, log_dir: Path) -> FileResult:
    """Return a finished future's result, turning a killed or crashed worker into a failure."""
    try:
        return future.result()
    except FutureTimeout:
        seconds = file_seconds(file.kind, limits.seconds, limits.ocr)
        return FileResult(file, reason=f"took too long: stopped after {seconds:.0f} s",
                          error="Timeout")
    except ProcessExpired as error:
        if _ran_out_of_memory(error, log_dir):
            return FileResult(file, reason=NEEDS_MEMORY, error="MemoryError")
        return FileResult(file, reason=f"the reader crashed (exit code {error.exitcode})",
                          error="ProcessExpired")
    except Exception as error:
        return FileResult(file, reason=f"unexpected error: {error}", error=type(error).__name__)


def _ran_out_of_memory(error: ProcessExpired, log_dir: Path) -> bool:
    """Return True if a dead worker's signal or last words say it ran out of memory."""
    if error.exitcode in MEMORY_SIGNALS:
        return True
    try:
        words = Path(log_dir, f"{error.pid}.log").read_text(errors="replace")[-4000:]
    except OSError:
        return False
    return any(sign in words for sign in MEMORY_SIGNS)
