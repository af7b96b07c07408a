"""One indexing run: crawl, decide what changed, read in parallel, write, record, publish."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DiskFullError, IndexOutdatedError
from ..parse.names import NameRegistry
from ..records import SourceFile
from .children import check_stopped, stops_deferred
from .document import moved, stored_meetings
from .manifest import FileState, Manifest, check_version
from .plan import Plan, plan_run
from .report import Failure, RunReport
from .scans import with_ocr_cache
from .store import STATE_FILE, IndexStore
from .workers import FileResult, Limits, read_all
from .writer import add_meetings, index_document, open_writer

__all__ = ["ClusterOptions", "Failure", "IndexOptions", "RunReport", "run_index"]
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
NO_SPACE_BYTES = 64 * 1024


@dataclass(frozen=True)
class ClusterOptions:
    """A Dask cluster to read on: its scheduler, and whether its workers see the files."""

    address: str
    shared_storage: bool = False


@dataclass(frozen=True)
class IndexOptions:
    """What to index, where, and how."""

    roots: tuple[Path, ...]
    index_dir: Path
    full: bool = False
    workers: int = os.cpu_count() or 1
    limits: Limits = field(default_factory=Limits)
    lock_wait: float = 60.0
    cluster: ClusterOptions | None = None


Progress = Callable[[FileResult], None]


def run_index(options: IndexOptions, on_file: Progress | None = None,
              on_plan: Callable[[int], None] | None = None) -> RunReport:
    """Index options.roots into options.index_dir; return what was done."""
    store = IndexStore(options.index_dir)
    with store.write_lock(options.lock_wait):
        try:
            return _in_generation(options, store, on_file, on_plan)
        except (OSError, sqlite3.OperationalError) as error:
            if _disk_full(error, options.index_dir):
                raise DiskFullError(
                    f"disk full: no space left to write the index in {options.index_dir}; "
                    "the index is as it was before this run") from None
            raise


def _in_generation(options: IndexOptions, store: IndexStore, on_file: Progress | None,
                   on_plan: Callable[[int], None] | None) -> RunReport:
    """Run in the live generation, or in a new one published only when it is complete."""
    store.clean()
    previous = store.current
    full = options.full or previous is None or _outdated(previous)
    generation = store.new_generation() if full else previous
    try:
        report = _run(options, store, generation, full, on_file, on_plan)
    except BaseException:
        if full:
            shutil.rmtree(generation, ignore_errors=True)
        raise
    if full:
        store.publish(generation)
        store.clean(keep_previous=previous)
    return report


def _disk_full(error: BaseException | None, folder: Path) -> bool:
    """Return True if error, or an error it came from, says the disk is full.

    SQLite may call a write refused for want of space a "disk I/O error": then the free
    space of the folder decides.
    """
    while error is not None:
        if isinstance(error, OSError) and error.errno in DISK_FULL:
            return True
        if isinstance(error, sqlite3.OperationalError) and (
                "full" in str(error) or ("I/O" in str(error) and _no_space(folder))):
            return True
        error = error.__cause__ or error.__context__
    return False


def _no_space(folder: Path) -> bool:
    """Return True if the file system of folder has (almost) no free space left."""
    try:
        stat = os.statvfs(folder)
    except OSError:
        return False
    return stat.f_bavail * stat.f_frsize < NO_SPACE_BYTES


def _outdated(generation: Path) -> bool:
    """Return True if a generation was written in another index format (rebuilt in full)."""
    try:
        check_version(generation / STATE_FILE)
    except IndexOutdatedError:
        return True
    return False


def _run(options: IndexOptions, store: IndexStore, generation: Path, full: bool,
         on_file: Progress | None, on_plan: Callable[[int], None] | None) -> RunReport:
    """Do the work of one run inside the write lock."""
    started = time.monotonic()
    report = RunReport(datetime.now(UTC).isoformat(timespec="seconds"), full)
    manifest = Manifest(generation / STATE_FILE)
    try:
        plan = plan_run(options.roots, options.index_dir, manifest.files(), report)
        if on_plan:
            on_plan(len(plan.todo))
        index = store.open_index(generation)
        names = NameRegistry(manifest.db)
        writer = open_writer(index, full, options.workers)
        doubts: dict[str, tuple[str, ...]] = {}
        try:
            states = _write(writer, names, plan, options, report, on_file, doubts)
            check_stopped()
        except BaseException:
            # The error that stopped the run is the one to report, not one from cleaning up
            # after it (on a full disk, cancelling a writer fails too).
            with suppress(Exception):
                writer.cancel()
            raise
        if plan.todo or plan.removed or plan.moves or plan.refused:
            writer.commit()
        else:
            writer.cancel()
        report.elapsed = round(time.monotonic() - started, 3)
        _moved_doubts(manifest, plan, doubts)
        manifest.save(states + plan.touched, plan.removed, report.as_dict(), doubts)
        _rename_short_names(index, names)
        manifest.db.commit()
        index.close()
    finally:
        manifest.close()
    return report


def _moved_doubts(manifest: Manifest, plan: Plan, doubts: dict[str, tuple[str, ...]]
                  ) -> None:
    """Carry the reading report of each moved file over to its new path."""
    if plan.moves:
        known = manifest.doubts()
        for file, _, old in plan.moves:
            doubts[file.rel] = tuple(known.get(old.source, ()))


def _write(writer, names: NameRegistry, plan: Plan, options: IndexOptions,
           report: RunReport, on_file: Progress | None,
           doubts: dict[str, tuple[str, ...]]) -> list[FileState]:
    """Read the planned files in workers and write their items; return their new states.

    doubts receives the reading report of each file read.
    """
    states = [_move(writer, names, file, root, old) for file, root, old in plan.moves]
    report.items += sum(s.items for s in states)
    names.forget(plan.removed)
    for source in plan.removed:
        writer.delete_by_term("source", source)
    for result, root in plan.refused:
        writer.delete_by_term("source", result.file.rel)
        states.append(_state(result, root, "", 0))
        _tally(report, result, 0)
    files = {file.rel: (root, digest) for file, root, digest in plan.todo}
    todo = [f for f, _, _ in plan.todo]
    limits = with_ocr_cache(options.limits, options.index_dir)
    with closing(_read(todo, options, limits)) as results:
        for result in results:
            # Whoosh's writer starts threads and takes locks that an exception raised
            # half-way would leave behind: a stop waits for the file to be written.
            with stops_deferred():
                root, digest = files[result.file.rel]
                writer.delete_by_term("source", result.file.rel)
                items = 0
                if not result.failed:
                    names.learn(result.meetings)
                    meetings = names.apply(result.file.rel, list(result.meetings))
                    items = add_meetings(writer, meetings, result.file.kind)
                states.append(_state(result, root, digest, items))
                doubts[result.file.rel] = result.doubts
                _tally(report, result, items)
                if on_file:
                    on_file(result)
    return states


def _read(files: list[SourceFile], options: IndexOptions, limits: Limits
          ) -> Iterator[FileResult]:
    """Read files in the local pool, or on the Dask cluster when the options name one."""
    if options.cluster is None:
        return read_all(files, options.workers, limits)
    # Only cluster runs import Dask: importing it takes 0.7 s, which every command would pay.
    from .cluster import read_on_cluster
    return read_on_cluster(files, options.cluster.address, limits,
                           shared_storage=options.cluster.shared_storage)


def _move(writer, names: NameRegistry, file: SourceFile, root: str, old: FileState
          ) -> FileState:
    """Copy a moved file's items from the index under its new path; return its new state."""
    with writer.searcher() as searcher:
        meetings = moved(stored_meetings(searcher, old.source)[0], file.rel)
    writer.delete_by_term("source", file.rel)
    add_meetings(writer, names.apply(file.rel, meetings), file.kind)
    return FileState(**{**asdict(old), "source": file.rel, "root": root, "size": file.size,
                        "mtime_ns": file.mtime_ns})


def _rename_short_names(index, names: NameRegistry) -> None:
    """Rewrite items whose speakers' short names a full name learned since now resolves."""
    sources = names.now_resolvable()
    if not sources:
        return
    writer = open_writer(index)
    with writer.searcher() as searcher:
        for source in sources:
            meetings, kind = stored_meetings(searcher, source)
            for meeting in names.apply(source, meetings):
                for item in meeting.items:
                    writer.update_document(**index_document(writer, meeting, item, kind))
    writer.commit()


def _state(result: FileResult, root: str, digest: str, items: int) -> FileState:
    """Return the manifest row for a file just read."""
    file = result.file
    return FileState(file.rel, root, file.kind, file.size, file.mtime_ns, digest,
                     "failed" if result.failed else "ok", result.reason, result.error, items,
                     len(result.meetings), result.path_meta)


def _tally(report: RunReport, result: FileResult, items: int) -> None:
    """Add one file's outcome to the report."""
    if result.failed:
        report.failed.append(Failure(result.file.rel, result.reason, result.error))
    else:
        report.indexed += 1
        report.items += items
    report.warnings.extend((result.file.rel, w) for w in result.warnings)
    if result.doubts:
        report.doubtful.append((result.file.rel, result.doubts))
