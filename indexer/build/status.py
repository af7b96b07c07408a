"""What an index holds: files, items, meetings, committees, dates, its last run, its lock.

Only reads: the manifest is opened read-only, so that status works on a full disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import IndexMissingError
from .document import DATE, FACET_COLUMNS, MEETING_ID, column_text, day_from_number
from .manifest import FileState, Manifest
from .report import doubtful_json
from .store import STATE_FILE, IndexStore

LAST_DAY = 99991231  # the largest YYYYMMDD; a missing date reads as 4294967295


@dataclass(frozen=True)
class IndexStatus:
    """A summary of one index, for `minutebook status`."""

    path: str
    generation: str
    files: int
    files_failed: int
    items: int
    meetings: int
    committees: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    last_run: dict | None
    failures: tuple[dict, ...]
    doubtful: tuple[dict, ...] = ()
    lock: dict | None = None

    def as_dict(self) -> dict:
        """Return the status as plain data (for JSON)."""
        return {**self.__dict__, "committees": list(self.committees),
                "failures": list(self.failures), "doubtful": list(self.doubtful)}


def index_status(index_dir: Path) -> IndexStatus:
    """Read the live index and its manifest."""
    store = IndexStore(index_dir)
    try:
        generation = store.require_current()
    except IndexMissingError as error:
        holder = store.lock_holder()
        if holder is None:
            raise
        raise IndexMissingError(f"{error}; an indexer holds the write lock: "
                                f"{holder.describe()}") from None
    manifest = Manifest(generation / STATE_FILE, read_only=True)
    try:
        files = manifest.files()
        last_run = manifest.last_run()
        doubts = manifest.doubts()
    finally:
        manifest.close()
    failures = _failures(files, last_run)
    holder = store.lock_holder()
    with store.open_index(generation).reader() as reader:
        live = list(reader.all_doc_ids())
        column = reader.column_reader(DATE)
        # An undated item's column holds the unsigned maximum, not a day: leave it out.
        dates = sorted(v for v in (column[d] for d in live) if 0 < v <= LAST_DAY)
        committees, meetings = _distinct(reader, live)
        return IndexStatus(
            path=str(index_dir), generation=generation.name,
            files=len(files) + len(failures) - sum(s.status == "failed" for s in files.values()),
            files_failed=len(failures), items=len(live), meetings=meetings,
            committees=committees,
            first_date=day_from_number(dates[0]).isoformat() if dates else None,
            last_date=day_from_number(dates[-1]).isoformat() if dates else None, last_run=last_run,
            failures=failures, doubtful=_doubtful(doubts, files, last_run),
            lock=holder.as_dict() if holder else None)


def _failures(files: dict[str, FileState], last_run: dict | None) -> tuple[dict, ...]:
    """Return the files that could not be read, the manifest's and the last run's.

    The last run's include files refused before reading (a name that is not UTF-8, a file
    that vanished or could not be opened), which the manifest does not hold.
    """
    failed = [{"source": s.source, "reason": s.reason, "error": s.error}
              for s in files.values() if s.status == "failed"]
    failed += [{"source": f["source"], "reason": f["reason"], "error": f["error"]}
               for f in (last_run or {}).get("failed", []) if f["source"] not in files]
    return tuple(failed)


def _doubtful(doubts: dict[str, list[str]], files: dict[str, FileState],
              last_run: dict | None) -> tuple[dict, ...]:
    """Return the reading report: every indexed document's doubts, and the last run's links."""
    links = {d["source"]: d["reasons"] for d in (last_run or {}).get("doubtful", [])
             if d["source"] not in files}
    return tuple(doubtful_json({**links, **doubts}))


def _distinct(reader, live: list[int]) -> tuple[tuple[str, ...], int]:
    """Return the committees and the number of meetings among the live documents."""
    committee_column = reader.column_reader(FACET_COLUMNS["committee"])
    committees = {column_text(committee_column[d]) for d in live} - {""}
    if reader.has_deletions():
        meetings = len({reader.stored_fields(d)[MEETING_ID] for d in live})
    else:
        meetings = sum(1 for _ in reader.lexicon(MEETING_ID))
    return tuple(sorted(committees)), meetings

