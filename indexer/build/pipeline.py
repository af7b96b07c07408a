"""One indexing run: crawl, decide what changed, read in parallel, write, record, publish."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import IndexOutdatedError
from ..parse.names import NameRegistry
from ..read.crawl import crawl
from ..records import SourceFile
from .document import item_document, moved, stored_meetings
from .manifest import FileState, Manifest, check_version
from .store import STATE_FILE, IndexStore
from .workers import FileResult, Limits, file_sha256, read_all
from .writer import add_meetings, open_writer


@dataclass(frozen=True)
class IndexOptions:
    """What to index, where, and how."""

    roots: tuple[Path, ...]
    index_dir: Path
    full: bool = False
    workers: int = os.cpu_count() or 1
    limits: Limits = field(default_factory=Limits)
    lock_wait: float = 60.0


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, with a reason a person understands."""

    source: str
    reason: str
    error: str
    unchanged: bool = False


@dataclass
class RunReport:
    """What a run did, for the summary line, --report and `minutebook status`."""

    started: str
    full: bool
    seen: int = 0
    unchanged: int = 0
    indexed: int = 0
    removed: int = 0
    moved: int = 0
    items: int = 0
    elapsed: float = 0.0
    skipped: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Return the report as plain data (for JSON)."""
        data = asdict(self)
        data["warnings"] = [{"source": s, "warning": w} for s, w in self.warnings]
        return data


Progress = Callable[[FileResult], None]


def run_index(options: IndexOptions, on_file: Progress | None = None,
              on_plan: Callable[[int], None] | None = None) -> RunReport:
    """Index options.roots into options.index_dir; return what was done."""
    store = IndexStore(options.index_dir)
    with store.write_lock(options.lock_wait):
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
        plan = _plan(options, manifest, report)
        if on_plan:
            on_plan(len(plan.todo))
        index = store.open_index(generation)
        names = NameRegistry(manifest.db)
        writer = open_writer(index, full, options.workers)
        try:
            states = _write(writer, names, plan, options, report, on_file)
        except BaseException:
            writer.cancel()
            raise
        if plan.todo or plan.removed or plan.moves:
            writer.commit()
        else:
            writer.cancel()
        report.elapsed = round(time.monotonic() - started, 3)
        manifest.save(states + plan.touched, plan.removed, report.as_dict())
        _rename_short_names(index, names)
        manifest.db.commit()
        index.close()
    finally:
        manifest.close()
    return report


@dataclass
class _Plan:
    """Which files to read, which to forget, and which only changed their timestamps."""

    todo: list[tuple[SourceFile, str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    touched: list[FileState] = field(default_factory=list)
    moves: list[tuple[SourceFile, str, FileState]] = field(default_factory=list)


def _plan(options: IndexOptions, manifest: Manifest, report: RunReport) -> _Plan:
    """Compare the crawl with the manifest: cheap stat first, hash only when it differs."""
    known = manifest.files()
    plan = _Plan()
    seen: set[str] = set()
    for root in options.roots:
        found = crawl([root], exclude=[options.index_dir])
        root_key = str(root.resolve())
        report.skipped.extend(found.skipped)
        for file in found.files:
            seen.add(file.rel)
            _classify(file, root_key, known.get(file.rel), plan, report)
        plan.removed.extend(s.source for s in known.values()
                            if s.root == root_key and s.source not in seen)
    report.seen = len(seen)
    report.removed = len(plan.removed)
    _notice_moves(plan, known, report)
    return plan


def _classify(file: SourceFile, root: str, state: FileState | None, plan: _Plan,
              report: RunReport) -> None:
    """Put one crawled file in the plan: unchanged, touched or to be read."""
    if state and state.root == root and state.same_stat(file):
        _count_unchanged(state, report)
        return
    digest = file_sha256(file.path)
    if state and state.root == root and state.sha256 == digest:
        plan.touched.append(FileState(**{**asdict(state), "size": file.size,
                                         "mtime_ns": file.mtime_ns}))
        _count_unchanged(state, report)
        return
    plan.todo.append((file, root, digest))


def _count_unchanged(state: FileState, report: RunReport) -> None:
    """Count an unchanged file, re-reporting it if it could not be read last time."""
    report.unchanged += 1
    if state.status == "failed":
        report.failed.append(Failure(state.source, state.reason, state.error, unchanged=True))


def _notice_moves(plan: _Plan, known: dict[str, FileState], report: RunReport) -> None:
    """Re-file a file whose content reappears under a new path instead of reading it again.

    Only when its meetings did not take their date or committee from the old path; otherwise
    it is read again, since the new path may say something else.
    """
    gone = {known[s].sha256: known[s] for s in plan.removed
            if s in known and known[s].status == "ok" and not known[s].path_meta}
    still = []
    for file, root, digest in plan.todo:
        old = gone.pop(digest, None)
        if old is not None and old.kind == file.kind:
            plan.moves.append((file, root, old))
        else:
            still.append((file, root, digest))
    plan.todo = still
    report.moved = len(plan.moves)
    report.removed = len(plan.removed) - len(plan.moves)


def _write(writer, names: NameRegistry, plan: _Plan, options: IndexOptions,
           report: RunReport, on_file: Progress | None) -> list[FileState]:
    """Read the planned files in workers and write their items; return their new states."""
    states = [_move(writer, names, file, root, old) for file, root, old in plan.moves]
    report.items += sum(s.items for s in states)
    names.forget(plan.removed)
    for source in plan.removed:
        writer.delete_by_term("source", source)
    files = {file.rel: (root, digest) for file, root, digest in plan.todo}
    for result in read_all([f for f, _, _ in plan.todo], options.workers, options.limits):
        root, digest = files[result.file.rel]
        writer.delete_by_term("source", result.file.rel)
        items = 0
        if not result.failed:
            names.learn(result.meetings)
            meetings = names.apply(result.file.rel, list(result.meetings))
            items = add_meetings(writer, meetings, result.file.kind)
        states.append(_state(result, root, digest, items))
        _tally(report, result, items)
        if on_file:
            on_file(result)
    return states


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
                    writer.update_document(**item_document(meeting, item, kind))
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
