"""Filters (committee, speaker, year, decision, kind of item, dates) as masks over facet arrays.

A request's filters are read and checked once (request_filters), turned into masks once per
search (Filter.mask), and described as they run for --explain (Filter.explain). Several values
of one filter combine with OR, different filters with AND.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from indexer.build.document import DECIDED, DECISION_KINDS

from .errors import QueryError
from .facets import FacetTable
from .models import KINDS, SearchRequest


@dataclass(frozen=True)
class Filter:
    """One active filter: a facet (or 'dates') and the values it keeps."""

    facet: str
    values: tuple

    def mask(self, table: FacetTable) -> np.ndarray:
        """Return the documents this filter keeps."""
        if self.facet == "dates":
            return table.between(*self.values)
        return table.having(self.facet, [str(v) for v in self.values])

    def explain(self, kept: int) -> str:
        """Return the line --explain prints for this filter, given how many items it keeps."""
        if self.facet == "dates":
            low, high = self.values
            span = " ".join(part for part in (f"from {low}" if low else "",
                                              f"to {high}" if high else "") if part)
            return f"filter: date {span} → {kept} items"
        return f"filter: {self.facet} in {self.values!r} → {kept} items"


def request_filters(request: SearchRequest) -> tuple[Filter, ...]:
    """Return the request's active filters; QueryError names a bad decision kind or dates."""
    filters = [Filter(facet, values) for facet, values in (
        ("committee", request.committees), ("speaker", request.speakers),
        ("year", request.years), ("decision", decision_kinds(request.decisions)),
        ("kind", item_kinds(request.kinds))) if values]
    low, high = request.date_from, request.date_to
    if low and high and low > high:
        raise QueryError(f"the 'from' date {low} is after the 'to' date {high}")
    if low or high:
        filters.append(Filter("dates", (low, high)))
    return tuple(filters)


def item_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    """Check the kinds of item named (minutes, agenda, report)."""
    for value in values:
        if value not in KINDS:
            raise QueryError(f"unknown kind of item '{value}': use {', '.join(KINDS)}")
    return values


def decision_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    """Expand 'any' to every kind that records a decision and check the kinds named."""
    kinds: list[str] = []
    for value in values:
        value = value.lower()
        if value == "any":
            kinds.extend(DECIDED)
        elif value in DECISION_KINDS:
            kinds.append(value)
        else:
            raise QueryError(f"unknown decision kind '{value}': use any, "
                             f"{', '.join(DECIDED)} or none")
    return tuple(dict.fromkeys(kinds))

