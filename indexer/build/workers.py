"""Extraction in worker processes: killable, time-limited, memory-capped, replaced if they die."""

from __future__ import annotations

import hashlib
import resource
from collections.abc import Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from ..errors import ExtractionError
from ..parse.meetings import parse_document
from ..read.document import read_document
from ..records import Meeting, SourceFile

HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class FileResult:
    """What reading one file gave: its meetings, or why it could not be read."""

    file: SourceFile
    meetings: tuple[Meeting, ...] = ()
    warnings: tuple[str, ...] = ()
    reason: str = ""
    error: str = ""
    path_meta: bool = False

    @property
    def failed(self) -> bool:
        """Return True if the file could not be read."""
        return bool(self.reason)


@dataclass(frozen=True)
class Limits:
    """How long and how much memory one file may take."""

    seconds: float = 120.0
    memory_mb: int = 2048


def file_sha256(path) -> str:
    """Return the SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def read_file(file: SourceFile, seconds: float) -> FileResult:
    """Extract and parse one file; never raises for a bad file (runs in a worker)."""
    try:
        document = read_document(file, time_limit=seconds)
        meetings = tuple(parse_document(document))
    except ExtractionError as error:
        return FileResult(file, reason=error.reason, error=error.cause)
    except RecursionError:
        return FileResult(file, reason="its structure is nested too deeply to read",
                          error="RecursionError")
    except MemoryError:
        return FileResult(file, reason="it needs more memory than the limit allows",
                          error="MemoryError")
    warnings = document.warnings
    if not any(m.items for m in meetings):
        warnings += ("no agenda items found: it does not read as minutes or an agenda",)
    path_meta = any(m.date_from == "file name" or m.committee_from == "folder" for m in meetings)
    return FileResult(file, meetings, warnings, path_meta=path_meta)


def _cap_memory(megabytes: int) -> None:
    """Limit a worker's address space so a runaway file raises MemoryError, not the machine."""
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def read_all(files: Iterable[SourceFile], workers: int, limits: Limits) -> Iterator[FileResult]:
    """Read files in worker processes, yielding results as they finish, in any order."""
    # The worker's own deadline stops pdfminer between pages; the pool's kills the process
    # when a single page (or C code) never returns.
    soft = limits.seconds * 0.9
    with ProcessPool(max_workers=max(1, workers), initializer=_cap_memory,
                     initargs=(limits.memory_mb,)) as pool:
        futures = {pool.schedule(read_file, args=(f, soft), timeout=limits.seconds): f
                   for f in files}
        for future in as_completed(futures):
            yield _result(future, futures[future], limits)


def _result(future, file: SourceFile, limits: Limits) -> FileResult:
    """Return a finished future's result, turning a killed or crashed worker into a failure."""
    try:
        return future.result()
    except FutureTimeout:
        return FileResult(file, reason=f"took too long: stopped after {limits.seconds:.0f} s",
                          error="Timeout")
    except ProcessExpired as error:
        return FileResult(file, reason=f"the reader crashed (exit code {error.exitcode})",
                          error="ProcessExpired")
    except Exception as error:
        return FileResult(file, reason=f"unexpected error: {error}", error=type(error).__name__)
