"""Many small reindexes: search after 50 incremental runs of 20 changed files vs a fresh build.

Run from the project root:

    python -m bench.reindex --items 20000 [--runs 50] [--files 20] [--repeat 3]

On a copy of the synthetic archive (bench/out/archive-N) in bench/out/many-reindexes-N/: a
full build, then --runs incremental `minutebook index` runs, each after appending a sentence
to --files files not changed before (drawn with a seeded RNG); then a fresh full build of the
archive as it ends up. Printed: each run's time and the index's segment count after it, and
the search page's query (facets and snippets) over the bench query mix on both indexes, warm,
the two engines taking turns query by query, the median of --repeat runs per query: p50, p95
and the ratio of the reindexed index to the fresh one (the target: p95 within 20 %).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
from pathlib import Path

from bench.queries import query_mix
from bench.reindex_bench import index_once
from bench.run import ROOT, archive_for, log
from bench.stats import Summary, table, timed
from indexer.build.store import IndexStore
from search.engine import Engine

APPENDED = "\n\nThe Committee noted the reindexing benchmark's sentence number {run}.\n"
TARGET_RATIO = 1.2



def change(files: list[Path], run: int) -> None:
    """Append a sentence, different for each run, to each of the files."""
    for path in files:
        with path.open("a", encoding="utf-8") as out:
            out.write(APPENDED.format(run=run))


def reindex_runs(archive: Path, index_dir: Path, runs: int, per_run: int, seed: int,
                 workers: int) -> list[tuple[float, int, int]]:
    """Run the incremental runs; return each one's (seconds, files read, segments after)."""
    files = sorted(archive.rglob("*.txt"))
    chosen = random.Random(seed).sample(files, min(len(files), runs * per_run))
    done = []
    for run in range(runs):
        batch = chosen[run * per_run:(run + 1) * per_run] or chosen[:per_run]
        change(batch, run)
        result = index_once(f"run {run + 1}", archive, index_dir, workers, False)
        if result.exit_code:
            raise SystemExit(f"run {run + 1}: minutebook index exited {result.exit_code}")
        done.append((result.seconds, result.indexed, IndexStore(index_dir).segment_count()))
        if (run + 1) % 10 == 0:
            log(f"reindex: {run + 1}/{runs} runs, {done[-1][2]} segments")
    return done


def search_times(indexes: dict[str, Path], repeat: int) -> dict[str, list[float]]:
    """Time the query mix with facets and snippets on each index, taking turns; ms per query."""
    engines = {name: Engine(path) for name, path in indexes.items()}
    try:
        requests = [q.request(True, True) for q in query_mix()]
        for request in requests:  # warm-up: both engines' caches filled
            for engine in engines.values():
                engine.search(request)
        times: dict[str, list[list[float]]] = {name: [[] for _ in requests] for name in engines}
        names = list(engines)
        for rep in range(repeat):
            for n, request in enumerate(requests):
                for name in names if (n + rep) % 2 == 0 else names[::-1]:
                    ms, _ = timed(lambda e=engines[name], r=request: e.search(r))
                    times[name][n].append(ms)
        return {name: [statistics.median(t) for t in per] for name, per in times.items()}
    finally:
        for engine in engines.values():
            engine.close()


def main() -> None:
    """Parse the command line, run the reindexes and the searches, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--files", type=int, default=20, help="files changed per run")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    source, _ = archive_for(args.out, args.items, args.seed)
    work = args.out / f"many-reindexes-{args.items}"
    shutil.rmtree(work, ignore_errors=True)
    archive = work / "archive"
    shutil.copytree(source, archive)
    reindexed, fresh = work / "index-reindexed", work / "index-fresh"
    log("reindex: full build")
    first = index_once("full build", archive, reindexed, args.workers, True)
    segments_at_start = IndexStore(reindexed).segment_count()
    runs = reindex_runs(archive, reindexed, args.runs, args.files, args.seed, args.workers)
    log("reindex: fresh full build of the changed archive")
    last = index_once("fresh build", archive, fresh, args.workers, True)
    log("reindex: searching both indexes")
    times = search_times({"reindexed": reindexed, "fresh": fresh}, args.repeat)
    seconds = [r[0] for r in runs]
    segments = [r[2] for r in runs]
    print(table(f"{args.runs} incremental runs of {args.files} changed files, {args.items:,} "
                f"items ({first.items:,} in the first build, {first.seconds:.0f} s)",
                ["what", "first", "median", "max", "last"],
                [["run seconds", seconds[0], statistics.median(seconds), max(seconds),
                  seconds[-1]],
                 ["files read", runs[0][1], statistics.median(r[1] for r in runs),
                  max(r[1] for r in runs), runs[-1][1]],
                 ["segments after the run", segments[0], statistics.median(segments),
                  max(segments), segments[-1]]]))
    print(f"segments: {segments_at_start} after the first full build, {segments[-1]} after "
          f"{args.runs} runs, {IndexStore(fresh).segment_count()} in a fresh build "
          f"({last.seconds:.0f} s)")
    summaries = {name: Summary.of(ms) for name, ms in times.items()}
    rows = [[name, s.n, s.p50, s.p95, s.p99] for name, s in summaries.items()]
    ratio = summaries["reindexed"].p95 / summaries["fresh"].p95
    print(table(f"Search, facets + snippets, warm (median of {args.repeat} per query, "
                "engines alternating)", ["index", "queries", "p50 ms", "p95 ms", "p99 ms"], rows))
    print(f"p95 reindexed / fresh: {ratio:.2f} (target <= {TARGET_RATIO:.2f}) -> "
          f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}")


if __name__ == "__main__":
    main()
