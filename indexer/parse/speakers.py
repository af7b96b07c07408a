"""Who speaks in an agenda item, named as fully as the record allows."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .people import (
    FULL_NAME,
    HONORIFIC_NAME,
    NAME_WORD,
    PersonName,
    full_name,
    honorific_name,
)

SPEECH_VERBS = frozenset(
    """
    introduced explained advised provided presented said highlighted commented asked confirmed
    stated reported suggested sought gave spoke proposed seconded thanked drew brought made
    reminded referred queried updated welcomed delivered recommended summarised summarized
    requested expressed responded replied offered declared indicated hoped praised mentioned
    clarified informed emphasised emphasized outlined raised moved agreed added acknowledged
    observed questioned enquired inquired announced described urged assured reiterated
    congratulated apologised stressed noted felt believed considered circulated tabled
    committed undertook invited set talked pointed shared led opened closed chaired remarked
    argued objected supported proposed questioned gave cautioned warned answered
    """.split()
)
PASSIVE = re.compile(
    r"\b(?:presented|seconded|proposed|introduced|moved|delivered|given|made|called\s+to\s+order)"
    r"\s+by\s+$|\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*$"
)
MOVER = re.compile(rf"\b(?:MOTION\s+BY|MOVED\s+BY|SECOND(?:ED\s+BY)?|PROPOSED\s+BY)\s*:\s*"
                   rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)")
ROLE_ASKED = re.compile(r"^\s+(?:was\s+)?(?:asked|requested|instructed)\s+to\b")
ADVERBS = frozenset(
    """
    also then further briefly subsequently again formally verbally kindly both duly
    additionally finally
    """.split()
)
BLOCKERS = frozenset(
    """
    was were is are had has have would will could should did does that who which when if as
    while because although but so they he she we it
    """.split()
)
MAX_COMMA_APPOSITION = 10
ROLE = re.compile(
    r"\b(?P<the>[Tt]he\s+)?(?P<role>(?:Vice[- ]?)?Chair(?:man|woman|person)?|Clerk)\b")
MAX_GAP_WORDS = 16


@dataclass(frozen=True)
class Mention:
    """A name written in the text, where it is, and who it names."""

    start: int
    end: int
    person: PersonName


def mentions(text: str) -> list[Mention]:
    """Return every person named in text, honorific forms first where they overlap."""
    found = [Mention(m.start(), m.end(), p) for m in HONORIFIC_NAME.finditer(text)
             if (p := honorific_name(m))]
    taken = [(m.start, m.end) for m in found]
    position = 0
    while match := FULL_NAME.search(text, position):
        person = full_name(match)
        if person and not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(Mention(match.start(), match.end(), person))
            position = match.end()
        else:
            # 'Present Juan Mendez': try again from the word after the first.
            position = match.start() + len(match.group("first")) + 1
    for match in MOVER.finditer(text):
        if not any(s <= match.start("name") < e for s, e in taken):
            found.append(Mention(match.start("name"), match.end("name"),
                                 PersonName("", "", "", match.group("name"))))
    for match in ROLE.finditer(text):
        if (match.group("the") or _sentence_start(text, match.start())) and not any(
                s <= match.start() < e for s, e in taken):
            role = match.group("role").replace("-", " ").title().replace(" ", "-")
            found.append(Mention(match.start(), match.end(), PersonName("", "", "", f"The {role}")))
    return sorted(found, key=lambda m: m.start)


def speaking(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions in text that are people speaking, presenting or moving."""
    speakers: list[Mention] = []
    for i, mention in enumerate(found):
        after = text[mention.end:mention.end + 200]
        before = text[max(0, mention.start - 40):mention.start]
        role_asked = mention.person.surname.startswith("The ") and ROLE_ASKED.match(after)
        coordinated = i + 1 < len(found) and _coordinated(text, mention, found[i + 1])
        if (_speaks(after) and not role_asked) or PASSIVE.search(before) or coordinated:
            speakers.append(mention)
    return speakers


def starts_with_speech(text: str) -> bool:
    """Return True for text that opens with a person speaking ('Alison Gilmour presented …')."""
    found = mentions(text)
    return bool(found) and found[0].start == 0 and bool(speaking(text, found[:1]))


def _speaks(after: str) -> bool:
    """Return True if the text after a name leads to a speech verb through an apposition."""
    words = re.findall(r"[\w'/-]+|[(),.;:]", after)
    depth = 0
    for count, word in enumerate(words):
        lower = word.lower()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif lower in SPEECH_VERBS:
            return count == 0 or _apposition_ok(words[:count])
        elif word in (".", ";", ":") or lower in BLOCKERS or count > MAX_GAP_WORDS:
            return False
    return False


def _apposition_ok(gap: list[str]) -> bool:
    """Accept the words between a name and its verb if they read as an apposition."""
    if all(w.lower() in ADVERBS for w in gap):
        return True
    if gap[0].lower() in ("of", "from", "for"):
        # 'X of the Office of the PCC explained', but not 'X of Y as Chair, motion seconded'.
        return all(nxt[:1].isupper() for w, nxt in itertools.pairwise(gap) if w == ",")
    return gap[0] in (",", "(", ")") and len(gap) <= MAX_COMMA_APPOSITION


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    """Return True for 'X and Y explained': both speak when the second does."""
    between = text[first.end:second.start]
    return bool(re.fullmatch(r"\s*(?:and|&)\s*", between)) and _speaks(text[second.end:][:200])


def _sentence_start(text: str, index: int) -> bool:
    """Return True if index begins a sentence."""
    return not text[:index].strip() or bool(re.search(r"[.:;]\s*$|^\s*\d+\.\s*$", text[:index]))


class NameBook:
    """Every person a document names, used to show short forms by their fullest name."""

    def __init__(self, people: Iterable[PersonName] = (), roles: dict[str, str] | None = None
                 ) -> None:
        self.people = [p for p in people if p.surname]
        self.roles = roles or {}

    def resolve(self, person: PersonName, nearby: Iterable[PersonName] = ()) -> str:
        """Return the display name for person, preferring a full name seen nearby."""
        if person.surname.startswith("The "):
            role = ("vice-chair" if "Vice" in person.surname else "chair"
                    if "Chair" in person.surname else "clerk" if "Clerk" in person.surname
                    else "")
            return self.roles.get(role, person.surname)
        if person.first:
            return self._longer(person)
        for candidate in reversed(list(nearby)):
            if candidate.first and _same_person(person, candidate):
                return candidate.display
        return self._unique(person) or person.display

    def _longer(self, person: PersonName) -> str:
        """Return a longer form of a full name ('Allen Fisk' → 'Robert Allen Fisk') if one."""
        longer = {p.display for p in self.people
                  if p.first and p.display.endswith(f" {person.display}")}
        return longer.pop() if len(longer) == 1 else person.display

    def _unique(self, person: PersonName) -> str:
        """Return the one fuller name that fits person, or '' if none or several do."""
        fits = [p for p in self.people if (p.first or p.initials) and _same_person(person, p)]
        if person.rank:
            ranked = [p for p in fits if p.rank == person.rank]
            fits = ranked or fits
        full = _longest_forms({p.display for p in fits if p.first})
        if len(full) == 1:
            return full.pop()
        partial = {p.display for p in fits if not p.first}
        return partial.pop() if not full and len(partial) == 1 else ""


def _longest_forms(names: set[str]) -> set[str]:
    """Drop names that are the end of a longer one ('Allen Fisk' in 'Robert Allen Fisk')."""
    return {n for n in names if not any(o != n and o.endswith(f" {n}") for o in names)}


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


def item_speakers(paragraphs: list[str], book: NameBook) -> list[str]:
    """Return the display names of the people who speak in an item, in order, once each."""
    names: list[str] = []
    nearby: list[PersonName] = []
    for text in paragraphs:
        found = mentions(text)
        for mention in speaking(text, found):
            seen_before = [m.person for m in found if m.start < mention.start]
            name = book.resolve(mention.person, nearby + seen_before)
            if name not in names:
                names.append(name)
        nearby.extend(m.person for m in found)
        names.extend(n for n in _first_names_speaking(text, nearby) if n not in names)
    return names


def _first_names_speaking(text: str, known: list[PersonName]) -> list[str]:
    """Return people named by first name alone who speak ('In response Peter spoke …')."""
    firsts = {p.first: p.display for p in known if p.first and " " not in p.first}
    out = []
    for first, display in firsts.items():
        for match in re.finditer(rf"\b{re.escape(first)}\b(?!\s+[A-Z])", text):
            if _speaks(text[match.end():match.end() + 200]):
                out.append(display)
                break
    return out
