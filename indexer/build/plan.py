"""Plan a run: crawl the roots; sort each file into unchanged, touched, moved, refused, to read.

Cheap checks come first: a file whose size and time are unchanged is not hashed, and a file
over the size limit is refused before it is hashed. A file that vanishes or cannot be opened
while it is hashed is that file's failure; the run goes on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import IndexerError
from ..read.crawl import crawl, display_path, valid_name
from ..read.document import size_limit, too_large
from ..records import SourceFile
from .manifest import FileState
from .report import Failure, RunReport
from .workers import FileResult, file_sha256


@dataclass
class Plan:
    """Which files to read, refuse, forget and re-file, and which only changed their times."""

    todo: list[tuple[SourceFile, str, str]] = field(default_factory=list)
    refused: list[tuple[FileResult, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    touched: list[FileState] = field(default_factory=list)
    moves: list[tuple[SourceFile, str, FileState]] = field(default_factory=list)


def plan_run(roots: tuple[Path, ...], index_dir: Path, known: dict[str, FileState],
             report: RunReport) -> Plan:
    """Compare the crawl of roots with the manifest's files; record refusals in report."""
    for root in roots:
        if not valid_name(str(root.resolve())):
            raise IndexerError(f"the folder name {display_path(str(root))!r} is not valid "
                               "UTF-8: rename it or index a folder above it")
    plan = Plan()
    seen: set[str] = set()
    for root in roots:
        found = crawl([root], exclude=[index_dir], allowed=roots)
        root_key = str(root.resolve())
        report.skipped.extend(found.skipped)
        report.failed.extend(Failure(p.path, p.reason, p.error) for p in found.problems)
        for link in found.links:
            report.refuse_link(link.path, link.target)
        for file in found.files:
            seen.add(file.rel)
            _classify(file, root_key, known.get(file.rel), plan, report)
        plan.removed.extend(s.source for s in known.values()
                            if s.root == root_key and s.source not in seen)
    report.seen = len(seen)
    report.removed = len(plan.removed)
    _notice_moves(plan, known, report)
    return plan


def _classify(file: SourceFile, root: str, state: FileState | None, plan: Plan,
              report: RunReport) -> None:
    """Put one crawled file in the plan: unchanged, touched, refused or to be read."""
    if state and state.root == root and state.same_stat(file):
        _count_unchanged(state, report)
        return
    limit = size_limit(file.kind)
    if file.size > limit:
        plan.refused.append((FileResult(file, reason=too_large(file.size, limit),
                                        error="FileTooLarge"), root))
        return
    try:
        digest = file_sha256(file.path)
    except OSError as error:
        report.failed.append(Failure(file.rel, _unhashable(error), type(error).__name__))
        return
    if state and state.root == root and state.sha256 == digest:
        plan.touched.append(FileState(**{**asdict(state), "size": file.size,
                                         "mtime_ns": file.mtime_ns}))
        _count_unchanged(state, report)
        return
    plan.todo.append((file, root, digest))


def _unhashable(error: OSError) -> str:
    """Say why a file could not be read to hash it."""
    if isinstance(error, FileNotFoundError):
        return "it was deleted or moved while it was being read"
    return f"cannot read the file: {error.strerror or error}"


def _count_unchanged(state: FileState, report: RunReport) -> None:
    """Count an unchanged file, re-reporting it if it could not be read last time."""
    report.unchanged += 1
    if state.status == "failed":
        report.failed.append(Failure(state.source, state.reason, state.error, unchanged=True))


def _notice_moves(plan: Plan, known: dict[str, FileState], report: RunReport) -> None:
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
