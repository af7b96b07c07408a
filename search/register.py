"""The register of decisions: every decided item, newest first, filtered, and its timeline.

The register is a search of items that record a decision (kinds resolved, carried, agreed,
lost, deferred, noted), sorted newest first; its words, when given, are a query like any
other. The timeline of a subject is the year facet of that search, as bars for an SVG chart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from indexer.build.document import DECIDED

from .engine import Engine
from .errors import QueryError
from .models import MAX_LIMIT, FacetValue, Hit, SearchRequest, SearchResults

CSV_COLUMNS = ("date", "committee", "number", "title", "decision", "resolutions", "item",
               "meeting", "source", "page")
MAX_ROWS = 10_000  # an export of the register stops here (the web's CSV and Atom read less)
FIRST_YEAR, LAST_YEAR = 1800, 2200
CHART_WIDTH, CHART_HEIGHT, CHART_BAR_GAP = 640, 160, 4


@dataclass(frozen=True)
class DecisionFilters:
    """What the register is narrowed to: words, committees, years and decision kinds."""

    words: str = ""
    committees: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()

    def request(self, page: int = 1, limit: int = 20, facets: bool = True) -> SearchRequest:
        """Return the search of decided items these filters stand for, newest first."""
        return SearchRequest(query=self.words, committees=self.committees, years=self.years,
                             decisions=check_kinds(self.kinds) or ("any",), sort="newest",
                             page=page, limit=limit, facets=facets, snippets=False)


@dataclass(frozen=True)
class Bar:
    """One year's bar of a timeline chart, in the chart's own units."""

    year: int
    count: int
    x: float
    y: float
    width: float
    height: float


def check_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """Return the kinds lower-cased; QueryError names one that records no decision."""
    out = tuple(dict.fromkeys(k.strip().lower() for k in kinds if k.strip()))
    for kind in out:
        if kind not in DECIDED:
            raise QueryError(f"unknown kind of decision '{kind}': use {', '.join(DECIDED)}")
    return out


def register(engine: Engine, filters: DecisionFilters, page: int = 1, limit: int = 20,
             seconds: float | None = None, everything: bool = False) -> SearchResults:
    """Return one page of the register (every matching decision, up to MAX_ROWS, if asked)."""
    if not everything:
        return engine.search(filters.request(page, limit), seconds)
    first = engine.search(filters.request(1, MAX_LIMIT, facets=False), seconds)
    hits = list(first.hits)
    hits += list(_more(engine, filters, first.total, seconds))
    return SearchResults(request=first.request, total=first.total, hits=tuple(hits))


def _more(engine: Engine, filters: DecisionFilters, total: int,
          seconds: float | None) -> Iterator[Hit]:
    """Yield the decisions after the first page, up to MAX_ROWS."""
    pages = -(-min(total, MAX_ROWS) // MAX_LIMIT)
    for page in range(2, pages + 1):
        yield from engine.search(filters.request(page, MAX_LIMIT, facets=False), seconds).hits


def csv_row(hit: Hit) -> list[str]:
    """Return a decision as a row of CSV_COLUMNS."""
    return [hit.date.isoformat() if hit.date else "", hit.committee, hit.number, hit.title,
            hit.decision, "\n\n".join(hit.resolutions), hit.id, hit.meeting_id, hit.source,
            str(hit.pages[0]) if hit.pages else ""]


def timeline(years: tuple[FacetValue, ...]) -> list[tuple[int, int]]:
    """Return (year, count) for every year from the first to the last with a decision."""
    # Undated items count under an out-of-range year (the column's largest value).
    counts = {int(v.value): v.count for v in years
              if v.value.isdigit() and v.count and FIRST_YEAR <= int(v.value) <= LAST_YEAR}
    if not counts:
        return []
    return [(year, counts.get(year, 0)) for year in range(min(counts), max(counts) + 1)]


def bars(counts: list[tuple[int, int]], width: float = CHART_WIDTH,
         height: float = CHART_HEIGHT) -> list[Bar]:
    """Return the bars of a timeline chart, the tallest reaching the chart's height."""
    if not counts:
        return []
    most = max(count for _, count in counts) or 1
    step = width / len(counts)
    return [Bar(year, count, round(k * step + CHART_BAR_GAP / 2, 1),
                round(height - count / most * height, 1),
                round(max(1.0, step - CHART_BAR_GAP), 1), round(count / most * height, 1))
            for k, (year, count) in enumerate(counts)]
