"""A document's section (where a meeting, agenda or report starts) and helpers its readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..records import Line
from .committees import DISCLAIMER


@dataclass(frozen=True)
class Section:
    """A run of lines belonging to one meeting record, agenda or report."""

    kind: str
    start: int
    end: int
    committee: str = ""
    date: date | None = None
    heading: str = ""
    subject: str = ""
    body_start: int = 0
    weak: bool = False
    ref: str = ""
    """A report's own 'Agenda item:' reference."""
    same_day: bool = False
    """A later meeting of one record ('ANNUAL GENERAL MEETING' then 'ORDINARY MEETING'), held
    the day the record's first meeting was."""


def line_window(lines: list[Line], i: int, size: int) -> list[tuple[int, str]]:
    """Return up to size non-blank lines from i on, with their indexes."""
    out = []
    for j in range(i, min(len(lines), i + size * 3)):
        if lines[j].text:
            out.append((j, lines[j].text))
            if len(out) == size:
                break
    return out


SMALL_COUNCIL = re.compile(r"^(?:the\s+)?(?:full|parish|town|community)\s+[Cc]ouncil$")
"""A council named by its kind in small letters ('the meeting of the full council held …')."""


HELD_VERB = re.compile(r"\b(?:was|were|is|are|be)\s+held\b", re.I)
"""A sentence's 'was held' ('A Regular Meeting of the Town Council was held on Tuesday, March
3, 2020 …'): the words before a date are no body's name."""


SIGNED_ROLE = re.compile(r"\b(?:chief\s+executive(?:\s+officer)?|CEO"
                         r"|(?:(?:town|parish|deputy)\s+)?clerk|proper\s+officer|general\s+manager)$",
                         re.I)
"""An officer's post closing a letter's signature ('Hamish Tregellas' / 'Chief Executive Officer'
/ '9 November 2017'): who signed a summons, not a body."""


def plausible_committee(name: str) -> bool:
    """Reject 'committee' captures that are not names ('meeting', a sentence, 'DATE OF NEXT
    MEETING', 'Business arising from Minutes')."""
    name = name.strip()
    return (bool(name) and (name[0].isupper() or SMALL_COUNCIL.match(name) is not None)
            and len(name.split()) <= 14
            and not DISCLAIMER.search(name)
            and not re.match(r"^(?:the\s+)?(?:last|previous|this)?\s*meeting\b", name, re.I)
            and not re.search(r"\bnext\b|\barising\b", name, re.I)
            and not HELD_VERB.search(name) and not SIGNED_ROLE.search(name))
