"""Time Minutebook's Engine against the FTS5 peer on the query mix, warm and cold.

Run from the project root (python -m bench.run builds both and calls this):

    python -m bench.search_bench --index IX --fts5 DB.sqlite3 [--repeat 3] [--cold 30]

Each query runs in three modes: top-10 only; + facet counts; + facets and snippets. Warm: one
Engine and one sqlite connection, reused, after a warm-up pass; each query's time is the median
of --repeat runs, the two engines taking turns query by query so noise hits both alike. Cold: a
fresh Engine, or a fresh connection, for every query, on an even sample of the mix.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.fts5_peer import Fts5Engine
from bench.queries import MIX, BenchQuery, query_mix, sample
from bench.stats import Summary, ratio, table, timed
from search.engine import Engine

MODES = {"top-10": (False, False), "+facets": (True, False), "+facets+snippets": (True, True)}
ENGINES = ("minutebook", "fts5")
TARGET_RATIO = 2.0
TARGET_P95_MS = 100.0


@dataclass
class QueryTimes:
    """One query's times (ms) per engine and mode, its totals, and any error."""

    query: BenchQuery
    warm: dict[tuple[str, str], float] = field(default_factory=dict)
    cold: dict[tuple[str, str], float] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Return the record as plain data."""
        return {**self.query.as_dict(), "totals": self.totals, "error": self.error or None,
                "warm_ms": {f"{e} {m}": round(v, 3) for (e, m), v in self.warm.items()},
                "cold_ms": {f"{e} {m}": round(v, 3) for (e, m), v in self.cold.items()}}


class Runner:
    """Runs one query in one mode on either engine."""

    def __init__(self, index_dir: Path, fts_db: Path) -> None:
        self.index_dir = index_dir
        self.fts_db = fts_db
        self.engine = Engine(index_dir)
        self.peer = Fts5Engine(fts_db)

    def close(self) -> None:
        """Close both engines."""
        self.engine.close()
        self.peer.close()

    def warm(self, name: str, q: BenchQuery, mode: str) -> int:
        """Run a query on the shared engine; return its total."""
        facets, snippets = MODES[mode]
        if name == "minutebook":
            return self.engine.search(q.request(facets, snippets)).total
        return self.peer.search(q.fts5(), facets, snippets).total

    def cold(self, name: str, q: BenchQuery, mode: str) -> int:
        """Open the engine, run a query and close it; return its total."""
        facets, snippets = MODES[mode]
        if name == "minutebook":
            engine = Engine(self.index_dir)
            try:
                return engine.search(q.request(facets, snippets)).total
            finally:
                engine.close()
        peer = Fts5Engine(self.fts_db)
        try:
            return peer.search(q.fts5(), facets, snippets).total
        finally:
            peer.close()


def measure(index_dir: Path, fts_db: Path, queries: list[BenchQuery], repeat: int = 3,
            cold_size: int = 30, log=print) -> list[QueryTimes]:
    """Time every query warm, and an even sample cold; return one record per query."""
    runner = Runner(index_dir, fts_db)
    records = [QueryTimes(q) for q in queries]
    try:
        log(f"search: warm-up pass over {len(queries)} queries")
        for record in records:
            _warm_up(runner, record)
        live = [r for r in records if not r.error]
        samples: list[dict[tuple[str, str], list[float]]] = [{} for _ in live]
        for rep in range(repeat):
            log(f"search: warm run {rep + 1}/{repeat}")
            for n, record in enumerate(live):
                for mode in MODES:
                    order = ENGINES if (n + rep) % 2 == 0 else ENGINES[::-1]
                    for name in order:
                        ms, _ = timed(lambda n=name, m=mode, r=record: runner.warm(n, r.query, m))
                        samples[n].setdefault((name, mode), []).append(ms)
        for record, times in zip(live, samples, strict=True):
            record.warm = {key: statistics.median(v) for key, v in times.items()}
        chosen = {id(q) for q in sample([r.query for r in live], cold_size)}
        cold = [r for r in live if id(r.query) in chosen]
        log(f"search: cold runs on {len(cold)} queries")
        for n, record in enumerate(cold):
            for mode in MODES:
                for name in ENGINES if n % 2 == 0 else ENGINES[::-1]:
                    ms, _ = timed(lambda n=name, m=mode, r=record: runner.cold(n, r.query, m))
                    record.cold[(name, mode)] = ms
    finally:
        runner.close()
    return records


def _warm_up(runner: Runner, record: QueryTimes) -> None:
    """Run a query once in every mode on both engines, noting totals and any error."""
    for mode in MODES:
        for name in ENGINES:
            try:
                total = runner.warm(name, record.query, mode)
            except Exception:
                record.error = f"{name} {mode}: {traceback.format_exc()}"
                return
            if mode == "top-10":
                record.totals[name] = total


def summarise(records: list[QueryTimes]) -> dict[str, Any]:
    """Return medians and p95s per row, per category, and the target checks."""
    live = [r for r in records if not r.error]
    rows = {}
    for kind in ("warm", "cold"):
        for mode in MODES:
            got = [r for r in live if (("minutebook", mode) in getattr(r, kind))]
            if not got:
                continue
            ours = [getattr(r, kind)[("minutebook", mode)] for r in got]
            theirs = [getattr(r, kind)[("fts5", mode)] for r in got]
            rows[f"{kind} {mode}"] = _row(ours, theirs)
    categories = {}
    for category in MIX:
        got = [r for r in live if r.query.category == category]
        if not got:
            continue
        entry: dict[str, Any] = {"n": len(got), "same_total": sum(
            r.totals["minutebook"] == r.totals["fts5"] for r in got)}
        for mode in MODES:
            entry[mode] = _row([r.warm[("minutebook", mode)] for r in got],
                               [r.warm[("fts5", mode)] for r in got])
        categories[category] = entry
    best = rows.get("warm +facets+snippets")
    targets = {}
    if best:
        targets = {
            "p50 ratio <= 2x FTS5": (round(best["ratio_p50"], 2), best["ratio_p50"]
                                     <= TARGET_RATIO),
            "p95 <= 100 ms": (round(best["minutebook"]["p95"], 1), best["minutebook"]["p95"]
                              <= TARGET_P95_MS),
        }
    cold = rows.get("cold +facets+snippets")
    if cold:
        targets["cold p95 ratio <= 1x FTS5"] = (round(cold["ratio_p95"], 2),
                                                   cold["ratio_p95"] <= 1.0)
    return {"rows": rows, "categories": categories, "targets": targets,
            "errors": [{"query": r.query.text, "category": r.query.category, "error": r.error}
                       for r in records if r.error]}


def _row(ours: list[float], theirs: list[float]) -> dict[str, Any]:
    """Return both engines' summaries, the ratio of their p50 and p95, and per-query ratios."""
    a, b = Summary.of(ours), Summary.of(theirs)
    per_query = [ratio(x, y) for x, y in zip(ours, theirs, strict=True)]
    return {"n": a.n, "minutebook": a.as_dict(), "fts5": b.as_dict(),
            "ratio_p50": ratio(a.p50, b.p50), "ratio_p95": ratio(a.p95, b.p95),
            "query_ratio_p50": statistics.median(per_query)}


def render(summary: dict[str, Any], title: str) -> str:
    """Return the search tables: rows, categories, targets and errors."""
    rows = [[name, r["n"], r["minutebook"]["p50"], r["minutebook"]["p95"], r["fts5"]["p50"],
             r["fts5"]["p95"], r["ratio_p50"], r["ratio_p95"], r["query_ratio_p50"]]
            for name, r in summary["rows"].items()]
    out = [table(title, ["search (ms)", "n", "MB p50", "MB p95", "FTS5 p50", "FTS5 p95",
                         "x p50", "x p95", "x/query p50"], rows)]
    cats = []
    for name, c in summary["categories"].items():
        cells: list[Any] = [name, c["n"]]
        for mode in MODES:
            cells += [c[mode]["minutebook"]["p50"], c[mode]["fts5"]["p50"], c[mode]["ratio_p50"]]
        cells += [c["+facets+snippets"]["minutebook"]["p95"], f"{c['same_total']}/{c['n']}"]
        cats.append(cells)
    out.append(table("Warm p50 by category (ms; x = Minutebook/FTS5; same total = queries "
                     "where both engines count the same matches)",
                     ["category", "n", "top10 MB", "FTS5", "x", "facets MB", "FTS5", "x",
                      "+snip MB", "FTS5", "x", "+snip MB p95", "same total"], cats))
    for name, (value, ok) in summary["targets"].items():
        out.append(f"target {name}: {value} -> {'PASS' if ok else 'FAIL'}")
    for error in summary["errors"]:
        out.append(f"ERROR [{error['category']}] {error['query']!r}:\n{error['error']}")
    return "\n\n".join(out[:2]) + "\n" + "\n".join(out[2:])


def main() -> None:
    """Parse the command line, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--fts5", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", type=int, default=30, help="queries in the cold sample")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    records = measure(args.index, args.fts5, query_mix(args.seed), args.repeat, args.cold,
                      log=lambda m: print(m, file=sys.stderr))
    print(render(summarise(records), f"Search, {len(records)} queries"))


if __name__ == "__main__":
    main()
