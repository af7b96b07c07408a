"""The names a document gives its people, each short form resolved to one full name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .people import role_key
from .person_names import PersonName

WORD_RUN = re.compile(r"\w+")


def without_surname_rows(people: list[PersonName]) -> list[PersonName]:
    """Return people less the 'names' that are rows of surnames: a printed attendance grid
    ('Arnsby Brume Corve') whose words the document gives as two or more members'
    surnames elsewhere ('Councillor Brume', 'Councillor Corve')."""
    titled = {p.surname for p in people if p.honorific and not p.first}
    return [p for p in people if len(words := p.display.split()) < 3
            or sum(word in titled for word in words) < 2]


class Seen:
    """The people named so far in an item, the latest last, found by their surname."""

    def __init__(self, people: Iterable[PersonName] = ()) -> None:
        self.by_surname: dict[str, list[PersonName]] = {}
        self.firsts: dict[str, str] = {}
        """First name (one word) → the display name of the latest person with it."""
        self.order: dict[str, int] = {}
        """First name → when it was first seen."""
        self.heads: set[str] = set()
        """The first run of word characters of each first name ('O' of "O'Neil")."""
        for person in people:
            self.add(person)

    def add(self, person: PersonName) -> None:
        """Remember a person named in the text."""
        if person.first:
            self.by_surname.setdefault(_surname_key(person), []).append(person)
            if " " not in person.first:
                self.order.setdefault(person.first, len(self.order))
                self.firsts[person.first] = person.display
                if head := WORD_RUN.match(person.first):
                    self.heads.add(head.group(0))

    def latest(self, short: PersonName) -> PersonName | None:
        """Return the latest full name that a short form could name."""
        for candidate in reversed(self.by_surname.get(_surname_key(short), ())):
            if _same_person(short, candidate):
                return candidate
        return None


class NameBook:
    """Every person a document names, used to show short forms by their fullest name."""

    def __init__(self, people: Iterable[PersonName] = (), roles: dict[str, str] | None = None,
                 *, document: NameBook | None = None) -> None:
        self.people = [p for p in people if p.surname]
        self.roles = roles or {}
        self.capitals: frozenset[str] = frozenset()
        """Surnames the attendance list writes in capitals ('McWEARNE'), to find in the text."""
        self.officers: dict[str, str] = {}
        """Officers the attendance names by post ('Mr J Cook (Democratic Services Manager)'),
        by the post's words in lower case."""
        self.document = document
        """The book of everyone the whole document names, shared by its meetings' books."""
        # Indexes over people, so that resolving a name never reads the whole document's list.
        self._by_surname: dict[str, list[PersonName]] = {}
        self._longer_forms: dict[str, set[str]] = {}
        self._unique_forms: dict[PersonName, str] = {}
        for p in self.people:
            self._by_surname.setdefault(_surname_key(p), []).append(p)
            if p.first:
                for tail in _word_tails(p.display):
                    self._longer_forms.setdefault(tail, set()).add(p.display)

    def knows(self, person: PersonName) -> bool:
        """Return True if the document names someone of this surname and a first name or
        initial that fits ('Peter Agate' is the list's 'P. Agate')."""
        return any((not p.first[:1] and not p.initials[:1]) or not person.first
                   or person.first[:1] in (p.first[:1], p.initials[:1])
                   for p in self._by_surname.get(_surname_key(person), ()))

    def listed(self, surname: str) -> PersonName | None:
        """Return the one person the meeting's own list names with this surname, or None."""
        people = {p.display: p for p in self._by_surname.get(surname.lower(), ())
                  if p.surname.lower() == surname.lower()}
        return next(iter(people.values())) if len(people) == 1 else None

    def resolve(self, person: PersonName, nearby: Iterable[PersonName] | Seen = ()) -> str:
        """Return the display name for person, preferring a full name seen nearby."""
        if person.surname.startswith("The "):
            return self.roles.get(role_key(person.surname.removeprefix("The ")), person.surname)
        if person.first:
            longer = self._longer(person)
            return self._formal(person) or longer if longer == person.display else longer
        seen = nearby if isinstance(nearby, Seen) else Seen(nearby)
        candidate = seen.latest(person)
        if candidate:
            return candidate.display
        if person not in self._unique_forms:
            self._unique_forms[person] = self._unique(person)
        return self._unique_forms[person] or person.display

    def _longer(self, person: PersonName) -> str:
        """Return a longer form of a full name ('Allen Fisk' → 'Robert Allen Fisk') if one."""
        longer = self._longer_forms.get(person.display, set())
        if self.document and not self._lists(person):
            # 'Officers in Attendance Jane Gorran, …' / 'Alan Cawsand, Principal
            # Accountant' / 'Ruth Tregony, …': words run together across a list's lines are
            # no longer form of a name the meeting's own list gives in full.
            longer = longer | self.document._longer_forms.get(person.display, set())
        # 'Isla Grant Morag Dingwall' of a table's row is two people: a longer form opened by
        # another person's surname is not this one's name.
        longer = {name for name in longer
                  if not self._is_surname(name.removesuffix(person.display).split()[0])}
        return next(iter(longer)) if len(longer) == 1 else person.display

    def _lists(self, person: PersonName) -> bool:
        """Return True if this book's own list names person in full, just so."""
        return any(p.first and p.display == person.display
                   for p in self._by_surname.get(_surname_key(person), ()))

    def _is_surname(self, word: str) -> bool:
        """Return True if someone this book or its document names has word as surname."""
        key = word.lower()
        return key in self._by_surname or bool(self.document and key in self.document._by_surname)

    def _same_surname(self, person: PersonName) -> list[PersonName]:
        """Return the people this book and its document name with person's surname."""
        key = _surname_key(person)
        return [*self._by_surname.get(key, ()),
                *(self.document._by_surname.get(key, ()) if self.document else ())]

    def _formal(self, person: PersonName) -> str:
        """Return the one person named in full whose first name this one shortens ('Sue
        Ryding' is the 'Mrs Susan Ryding' of the attendance list), or ''."""
        formal = DIMINUTIVES.get(person.first.lower())
        if not formal:
            return ""
        fits = {p.display for p in self._same_surname(person) if p.first.lower() in formal
                and _same_person(replace(person, first=""), p)}
        return fits.pop() if len(fits) == 1 else ""

    def _unique(self, person: PersonName) -> str:
        """Return the one fuller name that fits person, or '' if none or several do: a full
        name anywhere in the document, else the meeting's own list's form ('E Griffiths' of
        its list is the text's 'Cllr E Griffiths'), else a form the document gives."""
        fits = [p for p in self._same_surname(person)
                if (p.first or p.initials) and _same_person(person, p)]
        own = {p.display for p in self._by_surname.get(_surname_key(person), ())
               if p.initials and not p.first and _same_person(person, p)}
        if len(fits) > 1 and person.honorific.lower().rstrip(".") in COUNCILLOR_TITLES:
            # 'Cllr Ferris' where the list names 'J. Ferris' and 'G. Ferris (Clerk)': a
            # councillor, not the clerk or another officer of the meeting.
            held = {self.roles.get("clerk"), *self.officers.values()}
            fits = [p for p in fits if p.display not in held] or fits
            own = {name for name in own if name not in held} or own
        if person.rank:
            # 'District Councillor J Hale' is the district's, not the parish's 'Joan Hale'; a
            # rank shared only with short forms of the name ('Councillor G Cole' again) leaves
            # the full name the attendance gives ('Gethin Cole').
            ranked = [p for p in fits if p.rank == person.rank and p.first]
            fits = ranked or fits
        full = _longest_forms({p.display for p in fits if p.first})
        if len(full) == 1:
            return full.pop()
        partial = own or {p.display for p in fits if not p.first}
        return partial.pop() if not full and len(partial) == 1 else ""


COUNCILLOR_TITLES = frozenset(("cllr", "councillor", "cllrs", "councillors", "councilor",
                               "councilors"))
"""The honorifics only members carry, never the clerk or an officer."""
DIMINUTIVES = {short: frozenset(full.split()) for short, full in (
    ("sue", "susan suzanne"), ("dave", "david"), ("mike", "michael"), ("jim", "james"),
    ("jimmy", "james"), ("bob", "robert"), ("rob", "robert"), ("bill", "william"),
    ("will", "william"), ("tony", "anthony"), ("pete", "peter"), ("andy", "andrew"),
    ("tom", "thomas"), ("nick", "nicholas"), ("ken", "kenneth"), ("kenny", "kenneth"),
    ("ray", "raymond"), ("geoff", "geoffrey"), ("steve", "stephen steven"),
    ("chris", "christopher christine christina"), ("liz", "elizabeth"), ("beth", "elizabeth"),
    ("kate", "katherine catherine kathryn"), ("cathy", "catherine"), ("jen", "jennifer"),
    ("jenny", "jennifer"), ("maggie", "margaret"), ("meg", "margaret"), ("dick", "richard"),
    ("rick", "richard"), ("ted", "edward"), ("ed", "edward"), ("phil", "philip phillip"),
    ("matt", "matthew"), ("dan", "daniel"), ("danny", "daniel"), ("ben", "benjamin"),
    ("alex", "alexander alexandra"), ("sandy", "sandra alexander"), ("val", "valerie"),
    ("vicky", "victoria"), ("vic", "victor victoria"), ("pat", "patricia patrick"),
    ("sam", "samuel samantha"), ("jo", "joanne joanna josephine"), ("di", "diane diana"),
    ("jackie", "jacqueline"), ("terry", "terence"), ("gerry", "gerald"), ("les", "leslie"),
    ("ron", "ronald"), ("don", "donald"), ("tim", "timothy"), ("greg", "gregory"),
)}
"""First names clerks shorten, and the names they shorten."""


def _surname_key(person: PersonName) -> str:
    """Return the last word of a surname, lower-cased: names that may be one person share it."""
    words = person.surname.split()
    return words[-1].lower() if words else ""


def _word_tails(name: str) -> list[str]:
    """Return the names a longer name ends with: 'Robert Allen Fisk' → 'Allen Fisk', 'Fisk'."""
    return [name[k + 1:] for k, char in enumerate(name) if char == " "]


def _longest_forms(names: set[str]) -> set[str]:
    """Drop names that are the end of a longer one ('Allen Fisk' in 'Robert Allen Fisk')."""
    tails = {tail for name in names for tail in _word_tails(name)}
    return names - tails


def _same_person(short: PersonName, other: PersonName) -> bool:
    """Return True if a short form (honorific, initials, surname) could name other."""
    if short.surname.split()[-1].lower() != other.surname.split()[-1].lower():
        return False
    if short.gender and other.gender and short.gender != other.gender:
        return False
    if short.initials and other.first and other.first[0] != short.initials[0]:
        return False
    if short.initials and other.initials and other.initials[0] != short.initials[0]:
        return False
    return not (short.rank and other.rank and short.rank != other.rank)
