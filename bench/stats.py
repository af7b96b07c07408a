"""Small helpers shared by the bench scripts: percentiles, timers and plain-text tables."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


def percentile(values: Sequence[float], q: float) -> float:
    """Return the q-th percentile (0–100) of values, interpolating between ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    """The median, p95, p99 and count of some timings, in milliseconds."""

    n: int
    p50: float
    p95: float
    p99: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        """Summarise timings given in milliseconds."""
        return cls(len(values), percentile(values, 50), percentile(values, 95),
                   percentile(values, 99))

    def as_dict(self) -> dict[str, float]:
        """Return the summary as plain data, rounded."""
        return {"n": self.n, "p50": round(self.p50, 3), "p95": round(self.p95, 3),
                "p99": round(self.p99, 3)}


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    """Run call once; return (milliseconds, its result)."""
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def ratio(ours: float, theirs: float) -> float:
    """Return ours / theirs, or nan when theirs is zero."""
    return ours / theirs if theirs else float("nan")


def fmt(value: Any, digits: int = 1) -> str:
    """Format a table cell: numbers rounded, None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return "-" if value != value else f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Return a titled plain-text table, first column left-aligned, the rest right-aligned."""
    cells = [list(header)] + [[fmt(c) if not isinstance(c, str) else c for c in row]
                              for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(header))]
    lines = [title]
    for n, row in enumerate(cells):
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:],
                                                                          strict=True)]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
