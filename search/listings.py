"""What the Engine lists besides a page of results: every hit of a search, people, the archive.

A mixin of the Engine (engine.py keeps ranking; this keeps the listings built on it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import numpy as np

from indexer.build.document import day_from_number, stored_item, stored_meeting

from .errors import NotFoundError
from .filters import request_filters
from .hits import IndexMoved, build_hits
from .limits import Deadline
from .models import Hit, Item, SearchRequest
from .people import Person, directory, roles

CHUNK = 200  # hits built at a time while streaming a whole search


@dataclass(frozen=True)
class PersonPage:
    """A person, the roles the minutes give them, and their items newest first."""

    person: Person
    roles: tuple[str, ...]
    items: tuple[Item, ...]
    years: tuple[int, ...]


@dataclass(frozen=True)
class CommitteeSummary:
    """One committee of the archive: its items, meetings and the dates they span."""

    name: str
    items: int
    meetings: int
    first: date | None
    last: date | None


class Listings:
    """Every hit of a search, the people who spoke and the archive's committees."""

    def iter_hits(self, request: SearchRequest, seconds: float | None = None
                  ) -> tuple[int, Iterator[Hit]]:
        """Return how many items a search finds and all its hits in order, without snippets.

        The ranking is done at once (within seconds); hits are then built CHUNK at a time as
        they are read. Should the index be replaced meanwhile, the listing ends early.
        """
        deadline = Deadline.after(seconds)
        request = replace(request, page=1, limit=1, facets=False, snippets=False)
        q = self.builder.parse(request.query)
        active = request_filters(request)
        with self._locked(deadline):
            state = self._state()
            table = self._table(state)
            filters = {f.facet: f.mask(table) for f in active}
            counted, _, _, _ = self._search(state, request, q, active, filters, deadline)
            request = replace(request, limit=max(1, counted.total))
            _, page, _, _ = self._search(state, request, q, active, filters, deadline)
            generation = state.searcher.reader().generation()

        def hits() -> Iterator[Hit]:
            for start in range(0, len(page), CHUNK):
                try:
                    yield from build_hits(state.index, generation, page[start:start + CHUNK],
                                          None, Deadline())
                except IndexMoved:
                    return
        return counted.total, hits()

    def published(self) -> datetime:
        """Return when the live state of the index was published (its last reindex)."""
        with self._lock:
            generation = self._state().generation
        # Whoosh writes a new table of contents (*.toc) on every commit, full or incremental.
        stamps = [p.stat().st_mtime for p in generation.rglob("*.toc")]
        return datetime.fromtimestamp(max(stamps, default=generation.stat().st_mtime), UTC)

    def people(self) -> tuple[Person, ...]:
        """Return everyone who spoke, one per name within one committee."""
        with self._lock:
            state = self._state()
            if "people" not in state.cached:
                live = self._evaluate(state, None, Deadline()).mask
                state.cached["people"] = directory(self._table(state).speaker_pairs(live))
            return state.cached["people"]

    def person_ids(self) -> dict[tuple[str, str], str]:
        """Return the person id of each (committee, name) a record gives, and ('', name)."""
        with self._lock:
            state = self._state()
            if "person_ids" not in state.cached:
                ids = {(p.committee, name): p.id for p in self.people() for name in p.names}
                by_name: dict[str, set[str]] = {}
                for (_, name), pid in ids.items():
                    by_name.setdefault(name, set()).add(pid)
                # A name alone (a facet value) stands for a person when only one has it.
                ids |= {("", name): next(iter(p)) for name, p in by_name.items() if len(p) == 1}
                state.cached["person_ids"] = ids
            return state.cached["person_ids"]

    def person(self, person_id: str) -> PersonPage:
        """Return a person's page; NotFoundError if no one has that id."""
        found = [p for p in self.people() if p.id == person_id]
        if not found:
            raise NotFoundError(f"no person with id {person_id!r}")
        person = found[0]
        with self._lock:
            state = self._state()
            table = self._table(state)
            mask = (table.having("speaker", person.names)
                    & table.having("committee", [person.committee])
                    & self._evaluate(state, None, Deadline()).mask)
            fields = [state.searcher.stored_fields(int(d)) for d in np.flatnonzero(mask)]
        items = sorted((stored_item(f) for f in fields),
                       key=lambda i: (i.date or date.min, -i.position), reverse=True)
        years = sorted({i.date.year for i in items if i.date}, reverse=True)
        return PersonPage(person, roles(person, (stored_meeting(f) for f in fields)),
                          tuple(items), tuple(years))

    def committees(self) -> tuple[CommitteeSummary, ...]:
        """Return each committee with its item and meeting counts and its first and last date."""
        with self._lock:
            state = self._state()
            if "committees" not in state.cached:
                state.cached["committees"] = _committees(state.searcher.reader())
            return state.cached["committees"]


def _committees(reader) -> tuple[CommitteeSummary, ...]:
    """Read every item's committee, meeting and date (once per state of the index)."""
    seen: dict[str, dict] = {}
    for _, fields in reader.iter_docs():
        entry = seen.setdefault(fields.get("committee", ""), {"items": 0, "meetings": set(),
                                                               "days": []})
        entry["items"] += 1
        entry["meetings"].add(fields["meeting_id"])
        if fields.get("date"):
            entry["days"].append(fields["date"])
    return tuple(sorted((CommitteeSummary(
        name, e["items"], len(e["meetings"]), day_from_number(min(e["days"], default=0)),
        day_from_number(max(e["days"], default=0))) for name, e in seen.items()),
        key=lambda c: (-c.items, c.name)))
