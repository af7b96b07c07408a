"""Print ranking quality on the labelled queries: MRR and recall@10, and the queries that miss.

Run from the project root:

    python -m bench.ranking [-v] [--weights title=4,resolutions=2,text=1,speakers=2,committee=0.5]
    python -m bench.ranking --tune      # try a grid of field weights and print the best

It indexes corpus/ into a temporary folder (or uses --index DIR) and runs every query in
tests/data/queries.json.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

from bench.scoring.ranking import Summary, evaluate, load_queries
from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.query import FIELD_WEIGHTS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GRID = {"title": (2.0, 3.0, 4.0, 6.0), "resolutions": (1.0, 1.5, 2.0, 3.0),
        "speakers": (1.0, 2.0, 3.0), "committee": (0.25, 0.5, 1.0)}


def parse_weights(text: str) -> dict[str, float]:
    """Read 'title=4,text=1' into a dict, starting from the product's weights."""
    weights = dict(FIELD_WEIGHTS)
    for part in filter(None, text.split(",")):
        name, _, value = part.partition("=")
        if name not in weights:
            raise SystemExit(f"unknown field {name!r}: use {', '.join(weights)}")
        weights[name] = float(value)
    return weights


def score(index_dir: Path, weights: dict[str, float]) -> Summary:
    """Evaluate the labelled queries with some field weights."""
    engine = Engine(index_dir, weights=weights)
    try:
        return evaluate(engine, load_queries(list(engine.items())))
    finally:
        engine.close()


def report(summary: Summary, verbose: bool) -> None:
    """Print the figures and the queries whose best item did not come first."""
    count = len(summary.outcomes)
    print(f"queries: {count}   MRR: {summary.mrr:.3f}   recall@10: {summary.recall:.3f}   "
          f"best item first: {summary.first_right}/{count}")
    for outcome in summary.outcomes:
        if verbose or not outcome.first_is_best or outcome.recall < 1:
            rank = outcome.first_rank or "-"
            print(f"  rank {rank!s:>2}  recall {outcome.recall:.2f}  {outcome.labelled.query!r}")


def tune(index_dir: Path) -> None:
    """Try every weight combination in GRID and print the best few."""
    rows = []
    for values in itertools.product(*GRID.values()):
        weights = {**FIELD_WEIGHTS, **dict(zip(GRID, values, strict=True))}
        summary = score(index_dir, weights)
        rows.append((summary.mrr, summary.recall, weights))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    print(f"current {FIELD_WEIGHTS}")
    for mrr, recall, weights in rows[:10]:
        print(f"MRR {mrr:.3f}  recall@10 {recall:.3f}  {weights}")
    worst = rows[-1]
    print(f"worst: MRR {worst[0]:.3f}  recall@10 {worst[1]:.3f}  {worst[2]}")


def main() -> None:
    """Parse the command line and run the evaluation or the tuning."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="use this index instead of indexing corpus/")
    parser.add_argument("--weights", default="", help="field=weight,… overriding the defaults")
    parser.add_argument("--tune", action="store_true", help="search a grid of field weights")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        index_dir = args.index
        if index_dir is None:
            index_dir = Path(scratch) / "index"
            run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=2))
        if args.tune:
            tune(index_dir)
        else:
            report(score(index_dir, parse_weights(args.weights)), args.verbose)


if __name__ == "__main__":
    main()
