"""Reading on a Dask cluster against the local pool: the same archive, the same whole run.

Run from the project root:

    python -m bench.cluster [--items 4000] [--runs 3] [--workers 2] [--archive DIR]

It builds the same archive in full (a fresh index each time) with the local pool of --workers
processes and on a LocalCluster of --workers single-threaded worker processes on loopback,
the files sent as bytes and as paths (--shared-storage), the three interleaved, after one
warm-up run each that is not counted (a cluster worker starts its reader processes on its
first file). It prints, for each, the median run's seconds, items/s and the overhead per file
against the local pool measured in the same rounds. Without --archive the archive is the
synthetic one of bench.run (bench/out/archive-N, generated when missing).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import dask
from distributed import LocalCluster

from bench.run import archive_for
from bench.stats import fmt, table
from indexer.build.pipeline import ClusterOptions, IndexOptions, run_index

OUT = Path(__file__).resolve().parent / "out"
CLUSTER_CONFIG = {"distributed.worker.daemon": False}


def timed_build(archive: Path, workers: int, cluster: ClusterOptions | None
                ) -> tuple[float, int, int]:
    """Build a fresh index of archive; return seconds, items and files read."""
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as scratch:
        started = time.perf_counter()
        report = run_index(IndexOptions(roots=(archive,), index_dir=Path(scratch, "ix"),
                                        workers=workers, cluster=cluster))
        seconds = time.perf_counter() - started
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed, first: {report.failed[0]}")
    return seconds, report.items, report.indexed


def measure(archive: Path, workers: int, runs: int, executors: dict[str, Callable]
            ) -> dict[str, list[tuple[float, int, int]]]:
    """Run each executor once to warm it, then runs times interleaved; return the runs."""
    for build in executors.values():
        build()
    timings: dict[str, list[tuple[float, int, int]]] = {name: [] for name in executors}
    for _ in range(runs):
        for name, build in executors.items():
            timings[name].append(build())
    return timings


def report(timings: dict[str, list[tuple[float, int, int]]], started_in: float) -> str:
    """Return the table: median seconds, items/s and overhead per file against local."""
    local = statistics.median(s for s, _, _ in timings["local pool"])
    rows = []
    for name, runs in timings.items():
        seconds = statistics.median(s for s, _, _ in runs)
        _, items, files = runs[0]
        rows.append([name, len(runs), fmt(seconds, 2), items, files, fmt(items / seconds, 0),
                     fmt((seconds - local) / files * 1000, 2), fmt(seconds / local, 2)])
    header = ["executor", "runs", "median s", "items", "files", "items/s",
              "overhead/file ms", "x local"]
    return (table("Full builds of the same archive (medians, interleaved runs)", header, rows)
            + f"\nLocalCluster started in {started_in:.1f} s (not counted)")


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--archive", type=Path)
    args = parser.parse_args()
    archive = args.archive or archive_for(OUT, args.items, 1)[0]
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()
    with dask.config.set(CLUSTER_CONFIG), LocalCluster(
            processes=True, n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
            dashboard_address=":0") as cluster:
        started_in = time.perf_counter() - started
        address = cluster.scheduler_address
        executors = {
            "local pool": lambda: timed_build(archive, args.workers, None),
            "cluster, bytes": lambda: timed_build(archive, args.workers,
                                                  ClusterOptions(address)),
            "cluster, paths": lambda: timed_build(archive, args.workers,
                                                  ClusterOptions(address, shared_storage=True)),
        }
        timings = measure(archive, args.workers, args.runs, executors)
    print(f"archive: {archive}; {args.workers} workers each")
    print(report(timings, started_in))


if __name__ == "__main__":
    main()
