"""Minutes numbered in their own series under the agenda's numbered headings."""

from __future__ import annotations

from dataclasses import replace

from ..records import Line
from .blocks import clean_title
from .item_header import NUMBERED, Header

HEADING_REACH = 3
"""Lines above an untitled minute searched for the agenda's heading over it."""


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
