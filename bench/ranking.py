"""Print ranking quality on the labelled queries: MRR and recall@10, and the queries that miss.

Run from the project root:

    python -m bench.ranking [-v] [--weights title=4,resolutions=2,text=1,speakers=2,committee=0.5]
    python -m bench.ranking --tune      # try a grid of field weights and print the best

Two sets. The sample archive: it indexes corpus/ into a temporary folder (or uses --index DIR)
and runs every query in tests/data/queries.json. The real archives: it indexes
../shared/archives once into bench/out/archives-index (rebuilt when the archive's files or the
indexer's or search's code change, or with --rebuild; or uses --archive-index DIR) and runs
tests/data/archive_queries.json and the sets written apart beside it
(archive_queries_heldout3.json, _heldout4), reporting each set apart (tune, heldout … heldout4),
with MRR, recall@10 and the queries with nothing relevant in the top 10. A hit answers a
query when it comes from a labelled file and its title, text or decisions hold the labelled
phrase. Skipped, with a message, when ../shared is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import shutil
import tempfile
from pathlib import Path

from bench.scoring.ranking import (
    ARCHIVES,
    ArchiveSummary,
    Summary,
    evaluate,
    evaluate_archive,
    load_archive_queries,
    load_queries,
)
from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.query import FIELD_WEIGHTS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARCHIVE_INDEX = ROOT / "bench" / "out" / "archives-index"
GRID = {"title": (2.0, 3.0, 4.0, 6.0), "resolutions": (1.0, 1.5, 2.0, 3.0),
        "speakers": (1.0, 2.0, 3.0), "committee": (0.25, 0.5, 1.0)}


BLIND_SETS = ("heldout4",)
"""The query sets written blind and not yet read by anyone tuning search: their queries are
scored but not listed."""


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


def fingerprint(archive: Path) -> str:
    """Return a digest of the archive's files (name, size, mtime) and of the indexing code."""
    digest = hashlib.sha256()
    for path in sorted(archive.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(archive)}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
                          .encode())
    for package in ("indexer", "search"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".json"):
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def archive_index(archive: Path = ARCHIVES, cache: Path = ARCHIVE_INDEX,
                  rebuild: bool = False) -> Path:
    """Return an index of ../shared/archives, building it when absent or out of date."""
    stamp = cache / "fingerprint"
    index_dir = cache / "index"
    wanted = fingerprint(archive)
    if rebuild or not stamp.exists() or stamp.read_text() != wanted or not index_dir.exists():
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        print(f"indexing {archive} into {index_dir} (about a minute) …", flush=True)
        run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=2))
        stamp.write_text(wanted)
    return index_dir


def score_archive(index_dir: Path, weights: dict[str, float]) -> ArchiveSummary:
    """Evaluate the archive queries with some field weights."""
    engine = Engine(index_dir, weights=weights)
    try:
        return evaluate_archive(engine, load_archive_queries())
    finally:
        engine.close()


def report_archive(summary: ArchiveSummary, verbose: bool, show_blind: bool = False) -> None:
    """Print the archive figures by set, and the queries whose answers did not all come high
    (not those of the blind set, unless show_blind: whoever tunes search must not see them)."""
    print(f"{'set':8} {'queries':>7} {'MRR':>6} {'recall@10':>9} {'zero-hit':>8}")
    names = dict.fromkeys(o.labelled.set for o in summary.outcomes)
    for name, part in [*((n, summary.subset(n)) for n in names), ("all", summary)]:
        print(f"{name:8} {len(part.outcomes):7} {part.mrr:6.3f} {part.recall:9.3f} "
              f"{part.zero_hits:8}")
    labels = sum(len(o.labelled.passages) for o in summary.outcomes)
    lost = sum(len(o.unmatched) for o in summary.outcomes)
    print(f"labels no item of the index holds (text the reader lost or split): {lost} of {labels}")
    hidden = 0
    for outcome in summary.outcomes:
        if outcome.labelled.set in BLIND_SETS and not show_blind:
            hidden += outcome.first_rank != 1 or outcome.recall < 1
            continue
        if verbose or outcome.first_rank != 1 or outcome.recall < 1:
            label = outcome.labelled
            rank = outcome.first_rank or "-"
            lost = len(outcome.unmatched)
            lost = f"  (no item holds {lost} of its labels)" if lost else ""
            print(f"  {label.set:8} rank {rank!s:>2}  recall {outcome.recall:.2f}  "
                  f"{label.body[:10]:10} {label.kind:12} {label.query!r}{lost}")
    if hidden:
        print(f"  ({hidden} queries of the blind set {', '.join(BLIND_SETS)} not listed: "
              "--show-blind lists them, and then they are no longer blind)")


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
    parser.add_argument("--show-blind", action="store_true",
                        help=f"list the blind set's queries too ({', '.join(BLIND_SETS)})")
    parser.add_argument("--archive-index", type=Path,
                        help="use this index of ../shared/archives instead of the cached one")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the cached index of ../shared/archives")
    parser.add_argument("--only", choices=("sample", "archives"),
                        help="report one set only")
    args = parser.parse_args()
    weights = parse_weights(args.weights)
    if args.only != "archives":
        with tempfile.TemporaryDirectory() as scratch:
            index_dir = args.index
            if index_dir is None:
                index_dir = Path(scratch) / "index"
                run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=2))
            if args.tune:
                tune(index_dir)
                return
            print("sample archive (corpus/, tests/data/queries.json)")
            report(score(index_dir, weights), args.verbose)
    if args.only == "sample" or args.tune:
        return
    print()
    print("real archives (../shared/archives, tests/data/archive_queries.json)")
    if args.archive_index is None and not ARCHIVES.is_dir():
        print(f"  skipped: {ARCHIVES} is absent (../shared is not beside the project)")
        return
    index_dir = args.archive_index or archive_index(rebuild=args.rebuild)
    report_archive(score_archive(index_dir, weights), args.verbose, args.show_blind)


if __name__ == "__main__":
    main()
