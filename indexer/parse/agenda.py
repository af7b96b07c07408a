"""Agenda lists: their entries, and which entry a report in the pack was written for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Line
from .blocks import PAGES_REF

ENTRY = re.compile(
    r"^(?:[-•]\s*)?(?P<ref>[A-Z]\d{1,2}|\d{1,2})\.?\s+(?P<title>[A-Z][^|]{3,}?)"
    r"(?:\s+\d{1,3})?$"
)
STOPWORDS = frozenset("a an and the of on for to in with by from at update report".split())
MIN_OVERLAP = 0.34


@dataclass(frozen=True)
class AgendaEntry:
    """One line of an agenda: its reference ('B2', '4') and title."""

    ref: str
    title: str


def agenda_entries(lines: list[Line]) -> list[AgendaEntry]:
    """Return the numbered or lettered entries listed in an agenda."""
    entries = []
    for line in lines:
        match = ENTRY.match(line.text)
        if match:
            title = PAGES_REF.sub(" ", match.group("title")).strip()
            entries.append(AgendaEntry(match.group("ref"), title))
    return entries


def match_entry(title: str, entries: list[AgendaEntry]) -> str:
    """Return the reference of the agenda entry a report's title best matches, or ''."""
    best, ref = 0.0, ""
    for entry in entries:
        words = _words(_spell_out(title, entry.title))
        other = _words(entry.title)
        if words and other:
            overlap = len(words & other) / len(words | other)
            if overlap > best:
                best, ref = overlap, entry.ref
    return ref if best >= MIN_OVERLAP else ""


def _spell_out(title: str, other: str) -> str:
    """Replace an abbreviation in title by the words of other whose initials spell it.

    'PCC update' against 'Police and Crime Commissioners response' reads as 'Police and Crime
    Commissioners update'.
    """
    words = re.findall(r"[A-Za-z]+", other)
    for abbr in set(re.findall(r"\b[A-Z]{2,5}\b", title)):
        for start in range(len(words)):
            run = [w for w in words[start:start + 2 * len(abbr)] if w.lower() not in STOPWORDS]
            if "".join(w[0] for w in run[:len(abbr)]).upper() == abbr:
                title = re.sub(rf"\b{abbr}\b", " ".join(run[:len(abbr)]), title)
                break
    return title


def _words(text: str) -> set[str]:
    """Return the content words of a title, lower-cased, plural 's' dropped."""
    text = text.replace("&", " and ")
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS}
