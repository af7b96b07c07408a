"""Facet counts from the index's columns, read once per searcher and counted per query."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from whoosh.reading import IndexReader

from indexer.schema import SPEAKER_SEPARATOR

from .models import FacetValue

DECISION_ORDER = ("resolved", "carried", "agreed", "noted", "none")
MAX_VALUES = {"committee": 50, "year": 50, "speaker": 25, "decision": 5}


class FacetTable:
    """Each document's committee, year, speakers and decision kind, as small integers."""

    def __init__(self, reader: IndexReader) -> None:
        self.values: dict[str, list[str]] = {f: [] for f in MAX_VALUES}
        self._numbers: dict[str, dict[str, int]] = {f: {} for f in MAX_VALUES}
        self.single = {
            "committee": [self._number("committee", _text(v))
                          for v in reader.column_reader("committee_facet")],
            "decision": [self._number("decision", _text(v))
                         for v in reader.column_reader("decision")],
            "year": [self._number("year", str(v) if v else "")
                     for v in reader.column_reader("year")],
        }
        self.speakers = [
            tuple(self._number("speaker", name) for name in _text(raw).split(
                SPEAKER_SEPARATOR) if name)
            for raw in reader.column_reader("speaker_facet")]

    def _number(self, facet: str, value: str) -> int:
        """Return the small integer standing for a facet value, numbering new values."""
        numbers = self._numbers[facet]
        number = numbers.get(value)
        if number is None:
            number = numbers[value] = len(self.values[facet])
            self.values[facet].append(value)
        return number

    def count(self, facet: str, docs: Iterable[int], selected: Iterable[str] = ()
              ) -> tuple[FacetValue, ...]:
        """Count a facet's values over some documents; selected values are always listed."""
        if facet == "speaker":
            counts = Counter(n for d in docs for n in self.speakers[d])
        else:
            column = self.single[facet]
            counts = Counter(column[d] for d in docs)
        names = self.values.get(facet, [])
        found = {names[n]: c for n, c in counts.items() if names[n]}
        chosen = set(selected)
        for value in chosen:
            found.setdefault(value, 0)
        ordered = sorted(found.items(), key=_sort_key(facet))
        limit = MAX_VALUES[facet]
        kept = [item for k, item in enumerate(ordered) if k < limit or item[0] in chosen]
        return tuple(FacetValue(v, c, v in chosen) for v, c in kept)


def _text(value: bytes | str) -> str:
    """Return a column value as text (columns give bytes or str depending on the field)."""
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _sort_key(facet: str):
    """Return how a facet's values are ordered: years newest first, kinds by strength."""
    if facet == "year":
        return lambda item: -int(item[0])
    if facet == "decision":
        return lambda item: DECISION_ORDER.index(item[0]) if item[0] in DECISION_ORDER else 9
    return lambda item: (-item[1], item[0].casefold())
