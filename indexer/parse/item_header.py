"""An item's header (where it starts, its number and title) and how item numbers are written."""

from __future__ import annotations

import re
from dataclasses import dataclass

MUNICIPAL_YEAR = "|".join(f"{y:02d}[-/]{(y + 1) % 100:02d}" for y in range(100))
"""A council year in two figures each, the second the next year's ('17-18', '99/00')."""
NUMBER = (r"(?:(?:Minute|Min\.?|(?:Agenda\s+)?Item|Agenda\s+item|Question|MINUTE|(?:AGENDA\s+)?ITEM"
          r"|QUESTION)"
          r"\s+(?:(?:[Nn]o\.?|[Nn]umber|NUMBER)\s*)?)?"
          r"(?P<num>\d{2}/\d{2}\s[–-]\s\d{1,4}(?![\w'’/.])|\d{2}\.[A-Z]{1,4}\.\d{1,4}(?![\w'’.])"
          r"|[A-Z]{1,4}(?:&[A-Z]{1,4})?[/.]?\d{1,5}(?:[/.:]\d{1,4}){1,3}(?![\w'’])"
          r"|\d{1,5}(?:[a-h](?=/))?(?:/[ ]?\d{1,4}){1,3}"
          r"(?:[A-Z]{1,3}(?![\w'’])|:\d{1,3}(?![\w'’])|\.\d{1,2}(?![\w'’/.]))?"
          r"|[A-Z]{2,6}[/.]?\d{1,4}(?![\w'’])"
          r"|[A-Z][/.]\d{2,5}(?![\w'’.])|[A-Z]\d{1,3}(?![\w'’.])"
          r"|\d{1,5}(?:/\d{1,4})?/[A-Z]{1,6}(?![\w'’/])"
          r"|\d{1,4}/[A-Z]{1,4}/\d{2}(?:\d{2})?(?![\w'’/])"
          r"|(?:19|20)\d\d-\d\d_\d{1,3}(?![\w'’])"
          r"|\d{2}-\d{2}/[A-Z]{1,6}/\d{1,4}(?![\w'’])|\d{2}-\d{2}/\d{1,3}(?![\w'’/])"
          r"|\d{1,3}-\d{4}/\d{1,3}(?![\w'’])"
          r"|[01]\d/\d{2}-\d{1,4}(?:\.\d{1,2}(?=\s))?(?![\w'’/-])"
          r"|[A-Z][A-Za-z]{0,5}/\d{1,4}/\d{2}(?:\d{2})?[-/]\d{2}(?![\w'’])"
          r"|\d{1,4}\.\d{2}/\d{2}(?![\w'’/])|[A-Z]{2,4}\s\d{1,4}(?=[.)]\s)"
          r"|[A-Z]{1,3}\s\d{2}/\d{3}(?![\w'’/])|\d{1,3}\s[a-h]\)(?=\s)"
          rf"|\d{{1,4}}\.\s(?:{MUNICIPAL_YEAR})(?![\w'’/.-])"
          rf"|\d{{1,4}}\s[–-]\s(?:{MUNICIPAL_YEAR})(?![\w'’/.-])"
          r"|\d{1,3}-(?:19|20)\d\d(?![\w'’/-])"
          r"|\d{1,3}-\d{2}(?:\.\d{1,2})?(?![\w'’/-])|\d{1,3}\(\d{1,2}\)(?=\s)"
          r"|\d{1,5}(?:\.\d{1,3}){0,3}[A-Za-z]?(?![\w'’])|[A-Z](?=[.)]\s))")
"""An item number: '12.', '3A', '16.07.2', minute references '112/21', 'FC/23/001', 'C.123/22',
'F01:03/24', '06.MA.21' (the year, the body's code, the minute), '071-25' and
'076-25.1' (the minute, the year, a part), '03-2020' (the minute,
the year in full), 'SSJC.31', 'B.1101',
'HWB41' (the body's code and the minute), '2023-09_1' (the meeting's year and month, the
minute), '23-24/FRA/7' (the municipal year, the body's code, the minute), '1-2324/9' (the
minute, the year, the meeting), '01/26-21' (the month, the year, the minute; '01/26-21.1' a
part of it), 'Cou/121/24-25' (the body's code, the minute, the year), '41.24/25' (the minute,
the municipal year), '12/05:01' (the year, the month, the minute), '25/3/HSC' (the year, the
minute, the body's code), '004/RE/15' (the minute, the body's code, the year), '23/046.2' (a
minute's numbered part), '112. 17-18' (the minute, the council year), 'PL 41.' (a committee's
letters, the minute), '22/23 – 41' (the municipal year, a spaced dash, the running minute),
'88 – 11/12' (the minute, a spaced dash, the municipal year), 'C 98/031' (the
body's letter, the year, the minute), '3 a)' (a minute's lettered
part), '1(2)' (a minute's bracketed part), and a letter with its stop ('B.'): only a run of
letters in order makes items of those."""
NUMBERED = re.compile(rf"^{NUMBER}(?P<sep>[.):,]?|\s+[-–:])"
                      r"(?:\s+(?:/\s+)?|(?<=[.)])(?=[A-Z][a-z]|[A-Z]{2}))(?P<rest>[^\s\-–/:].*)$")
NUMBER_ALONE = re.compile(
    rf"^(?:\*\s+)?(?P<code>[A-Z]{{2,6}}\s*[-–]\s*(?=[A-Z]))?{NUMBER}(?:[.):]-?)?$")
"""A number alone on its line, perhaps after a note column's mark ('* RC/32')."""
FIGURES_TITLE = re.compile(r"^(?:19|20)\d\d/\d\d\s+[A-Z]"
                        r"|^[A-Z]{0,4}/?\d{1,4}/\d{2,5}/[A-Z]{2,6}\b|^\d{1,2}/(?:19|20)\d\d/\d{3,5}\b")
"""A title opening with the year it covers ('2015/16 Final Budget …') or with a planning
application's full reference ('2021/0317/FUL - Barn …', '5/2021/0422 - …'), not a reference
of its own."""


@dataclass(frozen=True)
class Header:
    """The start of an agenda item: where it is, its number, title and agenda reference."""

    line: int
    body: int
    number: str
    title: str
    agenda_ref: str = ""
    score: float = 1
    first_body: str = ""
    style: str = ""
    typed: bool = False
    """The title is set as a heading (bold, larger, or a heading element)."""

    @property
    def key(self) -> tuple[int, ...]:
        """Return the number as a tuple of ints ('3A' is (3, 1)), for checking the sequence."""
        return number_key(self.number)


def number_key(number: str) -> tuple[int, ...]:
    """Return a number's parts as ints: '16.07.2' (16, 7, 2), '112/21' (112, 21), '3A' (3, 1)."""
    parts = re.findall(r"\d+|[A-Za-z]", number)
    return tuple(int(p) if p.isdigit() else ord(p.upper()) - 64 for p in parts)


def number_style(number: str, sep: str, prefixed: bool) -> str:
    """Return how a number is written, which every number of one chain shares."""
    shape = "slash" if "/" in number else f"dot{number.count('.')}"
    bare = shape == "dot0" and not sep.strip()
    return f"{shape}{'-minute' if prefixed else ''}{'-bare' if bare else ''}"
