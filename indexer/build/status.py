"""What an index holds: files, items, meetings, committees, dates, and its last run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .document import DATE, FACET_COLUMNS, MEETING_ID, column_text, day_from_number
from .manifest import Manifest
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

    def as_dict(self) -> dict:
        """Return the status as plain data (for JSON)."""
        return {**self.__dict__, "committees": list(self.committees),
                "failures": list(self.failures)}


def index_status(index_dir: Path) -> IndexStatus:
    """Read the live index and its manifest."""
    store = IndexStore(index_dir)
    generation = store.require_current()
    manifest = Manifest(generation / STATE_FILE)
    try:
        files = manifest.files()
        last_run = manifest.last_run()
    finally:
        manifest.close()
    failures = tuple({"source": s.source, "reason": s.reason, "error": s.error}
                     for s in files.values() if s.status == "failed")
    with store.open_index(generation).reader() as reader:
        live = list(reader.all_doc_ids())
        column = reader.column_reader(DATE)
        # An undated item's column holds the unsigned maximum, not a day: leave it out.
        dates = sorted(v for v in (column[d] for d in live) if 0 < v <= LAST_DAY)
        committees, meetings = _distinct(reader, live)
        return IndexStatus(
            path=str(index_dir), generation=generation.name, files=len(files),
            files_failed=len(failures), items=len(live), meetings=meetings,
            committees=committees,
            first_date=day_from_number(dates[0]).isoformat() if dates else None,
            last_date=day_from_number(dates[-1]).isoformat() if dates else None, last_run=last_run,
            failures=failures)


def _distinct(reader, live: list[int]) -> tuple[tuple[str, ...], int]:
    """Return the committees and the number of meetings among the live documents."""
    committee_column = reader.column_reader(FACET_COLUMNS["committee"])
    committees = {column_text(committee_column[d]) for d in live} - {""}
    if reader.has_deletions():
        meetings = len({reader.stored_fields(d)[MEETING_ID] for d in live})
    else:
        meetings = sum(1 for _ in reader.lexicon(MEETING_ID))
    return tuple(sorted(committees)), meetings

