"""People across the archive: name 'Mr A Harper' in one record as the 'Adrian Harper' of another.

Each file is parsed alone, so a record that gives only an honorific, initials and surname keeps
that form. The registry learns every full name the archive gives and, when exactly one fits a
short form (same surname, same first initial, same rank family), shows that full name instead.
Short forms still unresolved are remembered, so a full name learned later renames them too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from ..records import Meeting
from .people import FULL_NAME, HONORIFIC_NAME
from .person_names import PersonName, full_name, honorific_name

DDL = """
CREATE TABLE IF NOT EXISTS people (display TEXT PRIMARY KEY, first TEXT NOT NULL,
                                   surname TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS short_names (source TEXT NOT NULL, name TEXT NOT NULL,
                                        PRIMARY KEY (source, name));
"""


def parse_name(display: str) -> PersonName | None:
    """Return the parts of a displayed name ('Mr A Harper', 'Shirley Brinson')."""
    match = HONORIFIC_NAME.fullmatch(display)
    if match:
        return honorific_name(match)
    match = FULL_NAME.fullmatch(display)
    return full_name(match) if match else None


class NameRegistry:
    """Full names seen in the archive, kept in the index's state database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.executescript(DDL)
        self.by_surname: dict[str, set[str]] = {}
        for display, surname in db.execute("SELECT display, surname FROM people"):
            self.by_surname.setdefault(surname.lower(), set()).add(display)

    def learn(self, meetings: Iterable[Meeting]) -> None:
        """Remember the full names (first name and surname) that meetings give."""
        for meeting in meetings:
            names = [s for item in meeting.items for s in item.speakers]
            names += [e.split(" (")[0].split(",")[0] for e in meeting.attendance.everyone()]
            for name in names:
                person = parse_name(name)
                if person and person.first and not person.honorific:
                    self._add(person)

    def _add(self, person: PersonName) -> None:
        """Store one full name."""
        surname = person.surname.split()[-1]
        known = self.by_surname.setdefault(surname.lower(), set())
        if person.display not in known:
            known.add(person.display)
            self.db.execute("INSERT OR IGNORE INTO people VALUES (?, ?, ?)",
                            (person.display, person.first, surname))

    def resolve(self, name: str) -> str:
        """Return the one full name that fits a short form, or the name unchanged."""
        person = parse_name(name)
        if person is None or person.first:
            return name
        fits = {d for d in self.by_surname.get(person.surname.split()[-1].lower(), ())
                if not person.initials or d[0] == person.initials[0]}
        fits = {d for d in fits if not any(o != d and o.endswith(f" {d}") for o in fits)}
        return fits.pop() if len(fits) == 1 else name

    def apply(self, source: str, meetings: list[Meeting]) -> list[Meeting]:
        """Rename short forms in a file's meetings; remember those that stay short."""
        self.db.execute("DELETE FROM short_names WHERE source = ?", (source,))
        out = []
        for meeting in meetings:
            items = tuple(replace(i, speakers=self._names(source, i.speakers))
                          for i in meeting.items)
            out.append(replace(meeting, items=items))
        return out

    def _names(self, source: str, speakers: tuple[str, ...]) -> tuple[str, ...]:
        """Resolve a speaker list, recording the names that could not be resolved."""
        names = []
        for speaker in speakers:
            name = self.resolve(speaker)
            if name == speaker and (p := parse_name(name)) and not p.first and p.surname:
                self.db.execute("INSERT OR IGNORE INTO short_names VALUES (?, ?)",
                                (source, name))
            if name not in names:
                names.append(name)
        return tuple(names)

    def now_resolvable(self) -> dict[str, list[str]]:
        """Return the sources whose remembered short names a full name now resolves."""
        sources: dict[str, list[str]] = {}
        for source, name in self.db.execute("SELECT source, name FROM short_names"):
            if self.resolve(name) != name:
                sources.setdefault(source, []).append(name)
        return sources

    def forget(self, sources: Iterable[str]) -> None:
        """Drop the remembered short names of files that were removed."""
        self.db.executemany("DELETE FROM short_names WHERE source = ?", [(s,) for s in sources])
