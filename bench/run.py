"""Run every benchmark on a synthetic archive of N items and print one report.

Run from the project root:

    python -m bench.run --items 20000 [--rebuild] [--quick] [--skip-http] [--skip-reindex]

Generates bench/out/archive-N (reused while its marker matches), builds bench/out/index-N
(reused unless --rebuild), exports it and loads the FTS5 peer into bench/out/fts5-N.sqlite3,
then runs the search, HTTP and indexing benchmarks. The report is printed and written to
bench/out/results-N.txt, with the detail in bench/out/results-N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import http_bench, reindex_bench, search_bench
from bench.queries import query_mix
from bench.reindex_bench import MINUTEBOOK, export_and_load, index_once
from bench.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]
MARKER = ".generated"


def log(message: str) -> None:
    """Print progress to stderr, with the time."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def archive_for(out: Path, items: int, seed: int) -> tuple[Path, bool]:
    """Return the archive of items (generating it unless its marker matches) and if it is new."""
    archive = out / f"archive-{items}"
    marker = archive / MARKER
    wanted = {"items": items, "seed": seed}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return archive, False
    log(f"generating {items} items into {archive}")
    shutil.rmtree(archive, ignore_errors=True)
    generate(archive, items, seed)
    marker.write_text(json.dumps(wanted) + "\n")
    return archive, True


def index_for(out: Path, archive: Path, items: int, rebuild: bool) -> tuple[Path, dict | None]:
    """Return the index of the archive, building it when asked or missing; and the build run."""
    index_dir = out / f"index-{items}"
    if not rebuild and (index_dir / "current").is_symlink():
        return index_dir, None
    shutil.rmtree(index_dir, ignore_errors=True)
    cores = os.cpu_count() or 1
    log(f"building {index_dir} with {cores} workers")
    built = index_once(f"build index-{items}, {cores} workers", archive, index_dir, cores, True)
    return index_dir, asdict(built)


def last_run(index_dir: Path) -> dict[str, Any]:
    """Return the index's last run as `minutebook status --json` reports it."""
    done = subprocess.run([str(MINUTEBOOK), "status", "--index", str(index_dir), "--json"],
                          capture_output=True, text=True, check=True)
    info = json.loads(done.stdout)
    return {"items": info["items"], "files": info["files"], "last_run": info.get("last_run")}


def header(items: int, status: dict[str, Any], queries: int, args: argparse.Namespace) -> str:
    """Return the report's opening lines: what was measured, where and when."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--",
                            "search", "indexer", "webui"], capture_output=True,
                           text=True).stdout.strip()
    run = status.get("last_run") or {}
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return "\n".join([
        f"Minutebook bench: {items:,} items requested, index holds {status['items']:,} items "
        f"in {status['files']:,} files; {queries} queries",
        f"index build (its last run): {run.get('elapsed', 0):.1f} s, full={run.get('full')}",
        f"machine: {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, load average {load}",
        f"code: {commit}{' + uncommitted changes in search/indexer/webui' if dirty else ''}; "
        f"{time.strftime('%Y-%m-%d %H:%M:%S')}; repeat={args.repeat}, cold={args.cold}, "
        f"http={args.http_seconds:g} s",
        "Ratios (x) are Minutebook / FTS5 measured in the same run, queries interleaved.",
    ])


def main() -> None:
    """Parse the command line, prepare the data, run the benchmarks and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index")
    parser.add_argument("--quick", action="store_true",
                        help="1 warm run, 10 cold queries, 5 s HTTP rows, no 1-worker build")
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--skip-reindex", action="store_true")
    parser.add_argument("--repeat", type=int, help="warm runs per query [3; quick 1]")
    parser.add_argument("--cold", type=int, help="queries in the cold sample [30; quick 10]")
    parser.add_argument("--http-seconds", type=float, help="seconds per HTTP row [15; quick 5]")
    args = parser.parse_args()
    args.repeat = args.repeat or (1 if args.quick else 3)
    args.cold = args.cold if args.cold is not None else (10 if args.quick else 30)
    args.http_seconds = args.http_seconds or (5.0 if args.quick else 15.0)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    n = args.items

    archive, fresh = archive_for(out, n, args.seed)
    index_dir, built = index_for(out, archive, n, args.rebuild or fresh)
    status = last_run(index_dir)
    log("exporting the index and loading the FTS5 peer")
    peer = export_and_load(index_dir, out / f"export-{n}.jsonl", out / f"fts5-{n}.sqlite3")
    queries = query_mix(args.seed)
    sections = [header(n, status, len(queries), args)]
    data: dict[str, Any] = {"items": n, "status": status, "build": built,
                            "peer_load": asdict(peer), "queries": len(queries)}
    if not args.skip_search:
        records = search_bench.measure(index_dir, out / f"fts5-{n}.sqlite3", queries,
                                       args.repeat, args.cold, log)
        summary = search_bench.summarise(records)
        sections.append(search_bench.render(summary, f"Search, {n:,} items, {len(queries)} "
                                            f"queries (warm: median of {args.repeat} runs per "
                                            f"query; cold: fresh engine per query)"))
        data["search"] = {**summary, "queries": [r.as_dict() for r in records]}
    if not args.skip_http:
        result = http_bench.run(index_dir, out / f"serve-{n}.log", args.http_seconds, log=log)
        sections.append(http_bench.render(result))
        data["http"] = http_bench.as_json(result)
    if not args.skip_reindex:
        result = reindex_bench.run(archive, out / f"reindex-{n}", not args.quick, log)
        sections.append(reindex_bench.render(result, peer))
        data["reindex"] = reindex_bench.as_json(result, peer)
    report = "\n\n".join(sections) + "\n"
    print(report)
    (out / f"results-{n}.txt").write_text(report, encoding="utf-8")
    (out / f"results-{n}.json").write_text(json.dumps(data, indent=1, default=str) + "\n",
                                           encoding="utf-8")
    log(f"wrote {out / f'results-{n}.txt'} and {out / f'results-{n}.json'}")


if __name__ == "__main__":
    main()
