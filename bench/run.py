"""Run every benchmark on a synthetic archive of N items and print one report.

Run from the project root:

    python -m bench.run --items 20000 [--rebuild] [--quick] [--skip-http] [--skip-reindex]
        [--skip-pdf] [--changed-share 0.01]

Generates bench/out/archive-N (reused while its marker matches), builds bench/out/index-N
(reused unless --rebuild), exports it and loads the FTS5 peer into bench/out/fts5-N.sqlite3,
then runs the search, HTTP and indexing benchmarks, and bench.pdf's PDF readers (in a process
of their own, so its peak RSS is theirs; skipped when ../shared is absent). The report is
printed and written to bench/out/results-N.txt, with the detail in bench/out/results-N.json.
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

from bench import http_bench, pdf, reindex_bench, search_bench
from bench.queries import query_mix
from bench.reindex_bench import (
    CHANGED_SHARE,
    MINUTEBOOK,
    IndexRun,
    disk_usage,
    export_and_load,
    index_once,
)
from bench.synthetic import write_meetings

ROOT = Path(__file__).resolve().parents[1]
MARKER = ".generated"
MILLION_RSS_TARGET_MB = 1500.0


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
    written = sum(len(meeting) for meeting in write_meetings(archive, items, seed))
    log(f"generated {written} items")
    marker.write_text(json.dumps(wanted) + "\n")
    return archive, True


def index_for(out: Path, archive: Path, items: int, rebuild: bool
              ) -> tuple[Path, IndexRun | None]:
    """Return the index of the archive, building it when asked or missing; and the build run."""
    index_dir = out / f"index-{items}"
    if not rebuild and (index_dir / "current").is_symlink():
        return index_dir, None
    shutil.rmtree(index_dir, ignore_errors=True)
    cores = os.cpu_count() or 1
    log(f"building {index_dir} with {cores} workers")
    built = index_once(f"full build, {cores} workers", archive, index_dir, cores, True)
    log(f"built in {built.seconds:.0f} s, {built.items_per_s:.0f} items/s, "
        f"peak RSS {built.peak_rss_mb:.0f} MB")
    return index_dir, built


def last_run(index_dir: Path) -> dict[str, Any]:
    """Return the index's last run as `minutebook status --json` reports it."""
    done = subprocess.run([str(MINUTEBOOK), "status", "--index", str(index_dir), "--json"],
                          capture_output=True, text=True, check=True)
    info = json.loads(done.stdout)
    return {"items": info["items"], "files": info["files"], "last_run": info.get("last_run")}


def pdf_section(runs: int) -> dict[str, Any] | None:
    """Run bench.pdf in a process of its own and return its figures; None without ../shared."""
    if not pdf.pdf_files():
        return None
    done = subprocess.run([sys.executable, "-m", "bench.pdf", "--json", "--runs", str(runs)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def header(items: int, status: dict[str, Any], queries: int, args: argparse.Namespace,
           built: IndexRun | None, index_bytes: int) -> str:
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
        f"index build (its last run): {run.get('elapsed', 0):.1f} s, full={run.get('full')}; "
        f"index size {index_bytes / 2 ** 20:,.0f} MB",
        *([f"built in this run: {built.seconds:.1f} s, {built.items_per_s:.0f} items/s, "
           f"indexer peak RSS {built.peak_rss_mb:.0f} MB, exit {built.exit_code}"]
          if built else []),
        f"machine: {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, load average {load}",
        f"code: {commit}{' + uncommitted changes in search/indexer/webui' if dirty else ''}; "
        f"{time.strftime('%Y-%m-%d %H:%M:%S')}; repeat={args.repeat}, cold={args.cold}, "
        f"http={args.http_seconds:g} s",
        "Ratios (x) are Minutebook / FTS5 measured in the same run, queries interleaved.",
    ])


def save(out: Path, n: int, sections: list[str], data: dict[str, Any]) -> str:
    """Write the report so far (a long run that fails later keeps what it measured); return it."""
    report = "\n\n".join(sections) + "\n"
    (out / f"results-{n}.txt").write_text(report, encoding="utf-8")
    (out / f"results-{n}.json").write_text(json.dumps(data, indent=1, default=str) + "\n",
                                           encoding="utf-8")
    return report


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
    parser.add_argument("--skip-pdf", action="store_true")
    parser.add_argument("--pdf-runs", type=int, help="runs per PDF reader [3; quick 1]")
    parser.add_argument("--changed-share", type=float, default=CHANGED_SHARE,
                        help="share of the files changed for the incremental run [0.01]")
    parser.add_argument("--repeat", type=int, help="warm runs per query [3; quick 1]")
    parser.add_argument("--cold", type=int, help="queries in the cold sample [30; quick 10]")
    parser.add_argument("--http-seconds", type=float, help="seconds per HTTP row [15; quick 5]")
    args = parser.parse_args()
    args.repeat = args.repeat or (1 if args.quick else 3)
    args.cold = args.cold if args.cold is not None else (10 if args.quick else 30)
    args.http_seconds = args.http_seconds or (5.0 if args.quick else 15.0)
    args.pdf_runs = args.pdf_runs or (1 if args.quick else 3)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    n = args.items

    archive, fresh = archive_for(out, n, args.seed)
    index_dir, built = index_for(out, archive, n, args.rebuild or fresh)
    status = last_run(index_dir)
    log("exporting the index and loading the FTS5 peer")
    peer = export_and_load(index_dir, out / f"export-{n}.jsonl", out / f"fts5-{n}.sqlite3")
    queries = query_mix(args.seed)
    index_bytes = disk_usage(index_dir)
    sections = [header(n, status, len(queries), args, built, index_bytes)]
    data: dict[str, Any] = {"items": n, "status": status, "index_bytes": index_bytes,
                            "build": asdict(built) if built else None,
                            "peer_load": asdict(peer), "queries": len(queries)}
    save(out, n, sections, data)
    if not args.skip_search:
        records = search_bench.measure(index_dir, out / f"fts5-{n}.sqlite3", queries,
                                       args.repeat, args.cold, log)
        summary = search_bench.summarise(records)
        sections.append(search_bench.render(summary, f"Search, {n:,} items, {len(queries)} "
                                            f"queries (warm: median of {args.repeat} runs per "
                                            f"query; cold: fresh engine per query)"))
        data["search"] = {**summary, "queries": [r.as_dict() for r in records]}
        save(out, n, sections, data)
    if not args.skip_http:
        result = http_bench.run(index_dir, out / f"serve-{n}.log", args.http_seconds, log=log)
        sections.append(http_bench.render(result, MILLION_RSS_TARGET_MB if n >= 1_000_000
                                          else http_bench.TARGET_RSS_MB))
        data["http"] = http_bench.as_json(result)
        save(out, n, sections, data)
    if not args.skip_reindex:
        result = reindex_bench.run(archive, out / f"reindex-{n}", not args.quick, log,
                                   args.changed_share, (index_dir, built) if built else None)
        sections.append(reindex_bench.render(result, peer))
        data["reindex"] = reindex_bench.as_json(result, peer)
        save(out, n, sections, data)
    if not args.skip_pdf:
        log("pdf: reading ../shared's PDFs with each reader")
        figures = pdf_section(args.pdf_runs)
        sections.append(pdf.render(figures) if figures else "PDFs: skipped, no ../shared")
        data["pdf"] = figures
    report = save(out, n, sections, data)
    print(report)
    log(f"wrote {out / f'results-{n}.txt'} and {out / f'results-{n}.json'}")


if __name__ == "__main__":
    main()
