"""Dates in queries: 'date:2018', 'date:2018-07', 'date:2018-07-18', 'date:[2015 to 2018]'.

The index stores a meeting's date as the integer YYYYMMDD, so a date value becomes the numeric
range of the days it covers. (Whoosh 2.7's DateParserPlugin reads some spans wrongly.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from whoosh import query as wq
from whoosh.fields import FieldType
from whoosh.qparser import QueryParserError

from indexer.build.document import day_number


@dataclass(frozen=True)
class DateBounds:
    """A date span as YYYYMMDD integers, inclusive."""

    low: int
    high: int


def date_bounds(text: str) -> DateBounds:
    """Read '2018', '2018-07' or '2018-07-18' as the span of days it covers."""
    text = text.strip().strip("'\"")
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not match:
        raise QueryParserError(f"bad date {text!r}: write 2018, 2018-07 or 2018-07-18")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        first = date(year, month or 1, day or 1)
        last = date(year, month or 12, day or _month_end(year, month or 12))
    except ValueError:
        raise QueryParserError(f"bad date {text!r}: no such day") from None
    return DateBounds(day_number(first), day_number(last))


def _month_end(year: int, month: int) -> int:
    """Return the last day of a month."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date.resolution).day


class DateQueryField(FieldType):
    """Stands in for the index's date field while parsing, to read dates as spans."""

    def __init__(self) -> None:
        self.format = None
        self.analyzer = None

    def self_parsing(self) -> bool:
        """Tell the parser this field reads its own values."""
        return True

    def parse_query(self, fieldname: str, qstring: str, boost: float = 1.0) -> wq.Query:
        """Return the range of days a date value covers."""
        bounds = date_bounds(qstring)
        return wq.NumericRange("date", bounds.low, bounds.high, boost=boost)

    def parse_range(self, fieldname: str, start: str | None, end: str | None,
                    startexcl: bool, endexcl: bool, boost: float = 1.0) -> wq.Query:
        """Return the range of days between two date values."""
        low = date_bounds(start).low if start else None
        high = date_bounds(end).high if end else None
        return wq.NumericRange("date", low, high, startexcl, endexcl, boost=boost)
