"""People who spoke: one person per name within one body, and the roles the minutes give them.

Speakers are stored as each record names them, so one body's records may call one person
"Cllr Shewell" and "Cllr Mrs Shewell", or "Robert Allen Fisk" and "Allen Fisk". Names are
grouped within one committee (never across bodies): same surname and first initial, a name
without one joining the only person of that surname, a name that ends another's joining it.
"The Chairman", "The Clerk" and other roles are not people.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from indexer.build.document import StoredMeeting
from indexer.parse.names import parse_name
from indexer.parse.people import HONOURS
from indexer.parse.person_names import is_role

ROLE_IN_ENTRY = re.compile(r"\(([^)]+)\)|,\s*([^,()]+)$")


@dataclass(frozen=True)
class Person:
    """One person of one body: the names the records give, and how often each spoke."""

    id: str
    name: str
    committee: str
    names: tuple[str, ...]
    items: int

    def to_json(self) -> dict:
        """Return the person as plain data."""
        return {"id": self.id, "name": self.name, "committee": self.committee,
                "names": list(self.names), "items": self.items}


def _key(name: str) -> tuple[str, str]:
    """Return (surname, first initial) of a name; initial '' when the name gives none."""
    parsed = parse_name(name)
    if parsed is None:
        words = name.split()
        return (words[-1].lower() if words else "", "")
    initial = (parsed.first or parsed.initials or "")[:1].lower()
    return parsed.surname.split()[-1].lower(), initial


def _fullness(name: str) -> tuple[int, int]:
    """Rank names for display: a first name beats initials, longer beats shorter."""
    parsed = parse_name(name)
    return (1 if parsed and parsed.first else 0, len(name))


def person_id(name: str, committee: str) -> str:
    """Return a stable id: the name as a slug and a short hash of the name and its body."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "person"
    digest = hashlib.sha1(f"{committee}\x1f{name}".encode()).hexdigest()[:6]
    return f"{slug}-{digest}"


def group_names(counts: dict[str, int]) -> list[list[str]]:
    """Group one body's speaker names (with their item counts) into people."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in counts:
        if not is_role(name):
            groups.setdefault(_key(name), []).append(name)
    for surname, initial in list(groups):
        if initial:
            continue
        others = [k for k in groups if k[0] == surname and k[1]]
        if len(others) == 1:  # "Cllr Shewell" is the one Shewell of this body
            groups[others[0]] += groups.pop((surname, initial))
    merged = [sorted(g, key=_fullness, reverse=True) for g in groups.values()]
    for group in list(merged):  # "Allen Fisk" is "Robert Allen Fisk"
        longer = [g for g in merged if g is not group and len(g[0].split()) > 1
                  and g[0].endswith(" " + group[0]) and parse_name(group[0]) is not None]
        if len(longer) == 1 and group in merged:
            longer[0].extend(group)
            merged.remove(group)
    return merged


def directory(pairs: dict[tuple[str, str], int]) -> tuple[Person, ...]:
    """Return everyone who spoke from (committee, speaker) → item counts, by name."""
    by_body: dict[str, dict[str, int]] = {}
    for (committee, name), count in pairs.items():
        by_body.setdefault(committee, {})[name] = count
    people = []
    for committee, counts in by_body.items():
        for names in group_names(counts):
            people.append(Person(person_id(names[0], committee), names[0], committee,
                                 tuple(names), sum(counts[n] for n in names)))
    return tuple(sorted(people, key=lambda p: (_key(p.name)[0], p.name, p.committee)))


def roles(person: Person, meetings: Iterable[StoredMeeting]) -> tuple[str, ...]:
    """Return the roles attendance lists give the person ('Vice-Chairman'), as written."""
    keys = {_key(n) for n in person.names}
    surnames = {k[0] for k in keys}
    found: dict[str, None] = {}
    for meeting in meetings:
        for entry in meeting.attendance.everyone():
            name = re.split(r"[,(]", entry)[0].strip()
            key = _key(name)
            if key in keys or (key[0] in surnames and not key[1]):
                for match in ROLE_IN_ENTRY.finditer(entry):
                    role = (match.group(1) or match.group(2) or "").strip()
                    if role and role not in found and role not in HONOURS:
                        found[role] = None
    return tuple(found)
