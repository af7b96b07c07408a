"""Minutes numbered in their own series under the agenda's numbered headings, and minutes
headed by the titles of the agenda listed above them."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Line
from .blocks import clean_title
from .item_header import NUMBERED, Header

HEADING_REACH = 3
"""Lines above an untitled minute searched for the agenda's heading over it."""
MIN_LISTED = 3
"""The fewest agenda entries whose titles must head the minutes under them."""


def titled_by_agenda(numbered: list[Header], lines: list[Line]) -> list[Header]:
    """Title each untitled minute with the agenda's bold heading straight above it.

    '2. PUBLIC PARTICIPATION SESSION' in bold, then '21.014 Two residents spoke …': the minute
    is numbered in the record's own series and its paragraph opens at once; the heading
    above it, numbered as the agenda was, is its title and its number the agenda reference.
    Only where the headings' numbers are plain and the minutes' are not.
    """
    taken = {h.line for h in numbered}
    out: list[Header] = []
    for header in numbered:
        above = None if header.title or not header.number or header.number.isdigit() \
            else _heading_above(lines, header.line, taken)
        if above is None:
            out.append(header)
            continue
        match = NUMBERED.match(lines[above].text)
        title = clean_title(match.group("rest"))[0]
        out.append(replace(header, line=above, title=title, agenda_ref=match.group("num"),
                           typed=True))
    return out


def _heading_above(lines: list[Line], i: int, taken: set[int]) -> int | None:
    """Return the line of a bold heading numbered in plain figures just above line i."""
    for k in range(i - 1, max(-1, i - HEADING_REACH - 1), -1):
        if not lines[k].text:
            continue
        match = NUMBERED.match(lines[k].text)
        if k in taken or not lines[k].heading or not match or not match.group("num").isdigit() \
                or not match.group("rest"):
            return None
        return k
    return None


def headed_as_listed(numbered: list[Header], lines: list[Line], end: int) -> list[Header]:
    """Return the minutes under an agenda listed one entry a line, when headings set apart
    below repeat its titles in order ('Agenda:' / '1. Treasurer's Report' / '2. Fundraising
    Report' …, then 'Treasurer's Report' as a heading over its minute): each heading is its
    entry's item, numbered as listed. Other headers are returned as they are."""
    count = next((k for k, h in enumerate(numbered) if not h.title or h.first_body
                  or (k and any(line.text for line in lines[numbered[k - 1].line + 1:h.line]))),
                 len(numbered))
    listed, rest = numbered[:count], numbered[count:]
    if len(listed) < MIN_LISTED:
        return numbered
    out: list[Header] = []
    k = listed[-1].line + 1
    for header in listed:
        title = _plain(header.title)
        k = next((j for j in range(k, end) if lines[j].heading
                  and _plain(lines[j].text) == title), -1)
        if k < 0:
            return numbered
        out.append(replace(header, line=k, body=k + 1, title=lines[k].text.rstrip(" :"),
                           typed=True))
        k += 1
    # A heading read already as an item of its own ('Date of Next Meeting') is one of them.
    return out if {h.line for h in rest} <= {h.line for h in out} else numbered


def _plain(text: str) -> str:
    """Return a title as compared: its words in small letters, without a closing colon."""
    return " ".join(text.rstrip(" :.").casefold().split())


INLINE_AGENDA = re.compile(r"^(?:Agenda|Agenda\s+items|Items)\s*[:–-]\s*(?P<entries>[^:]{10,400})$",
                           re.I)
"""An agenda given inline, its entries after commas ('Agenda: Ditches, Culvert, Funding, AOB')."""
ENTRY_WORDS = 6
ENTRY_SPLIT = re.compile(r"\s*,\s*|\s+and\s+(?=[A-Z])")
LISTED_SHARE = 2 / 3


def headed_by_inline_agenda(lines: list[Line], start: int, end: int) -> list[Header]:
    """Return the minutes headed, in order, by the entries of an agenda listed inline above
    them ('Agenda: Ditches, Culvert, Multi-Agency Meeting, Funding, AOB', then 'Ditches' /
    'Make a list …'): each heading on a line of its own is its entry's item. Empty unless
    MIN_LISTED entries, and two thirds of them, head lines below in the agenda's order."""
    for i in range(start, end):
        found = INLINE_AGENDA.match(lines[i].text) if lines[i].text[:1] in "AaIi" else None
        if found is None:
            continue
        entries = [_plain(e) for e in ENTRY_SPLIT.split(found.group("entries").rstrip(". "))]
        if len(entries) < MIN_LISTED or any(not e or len(e.split()) > ENTRY_WORDS
                                            for e in entries):
            return []
        out: list[Header] = []
        k = i + 1
        for entry in entries:
            j = next((j for j in range(k, end) if _plain(lines[j].text) == entry), None)
            if j is None:
                continue
            out.append(Header(j, j + 1, "", lines[j].text.rstrip(" :"), score=2, typed=True))
            k = j + 1
        return out if len(out) >= max(MIN_LISTED, LISTED_SHARE * len(entries)) else []
    return []
