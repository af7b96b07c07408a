"""Time `minutebook index`: full builds with 1 worker and with every core, reruns, index size.

Run from the project root (python -m bench.run calls this with the peer's load time):

    python -m bench.reindex_bench ARCHIVE --work bench/out/reindex-N [--skip-one-worker]

It copies ARCHIVE into WORK (the 1% change must not touch the shared archive), then runs
`minutebook index` as a subprocess for: a full build with --workers 1; a full build with
--workers os.cpu_count(); a rerun with nothing changed; a rerun after appending a sentence to
1% of the files. Each row gives wall time, items/s and the indexer's peak RSS. Standalone, it
also exports the index and loads the FTS5 peer from that export, for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.fts5_peer import load
from bench.stats import table

MINUTEBOOK = Path(sys.executable).with_name("minutebook")
CHANGED_SHARE = 0.01
APPENDED = "\n\nThe Committee noted that the benchmark sentence had been appended.\n"


@dataclass(frozen=True)
class IndexRun:
    """One `minutebook index` run: what it did, how long it took, its peak memory."""

    label: str
    seconds: float
    seen: int
    indexed: int
    items: int
    peak_rss_mb: float
    exit_code: int

    @property
    def items_per_s(self) -> float:
        """Return items written per second."""
        return self.items / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class PeerLoad:
    """Exporting the index and loading the FTS5 peer from the export."""

    export_s: float
    load_s: float
    items: int
    db_bytes: int


def disk_usage(path: Path) -> int:
    """Return the bytes a file or folder takes on disk (as du counts, symlinks not followed)."""
    if path.is_file():
        return path.stat().st_blocks * 512
    total = 0
    for folder, _, files in os.walk(path):
        for name in files:
            full = Path(folder, name)
            if not full.is_symlink():
                total += full.stat().st_blocks * 512
    return total


def index_once(label: str, archive: Path, index_dir: Path, workers: int,
               full: bool) -> IndexRun:
    """Run `minutebook index` once and measure it."""
    report = index_dir.with_name(index_dir.name + ".report.json")
    command = [str(MINUTEBOOK), "index", str(archive), "--index", str(index_dir), "--quiet",
               "--workers", str(workers), "--report", str(report)] + (["--full"] if full else [])
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    data = json.loads(report.read_text()) if report.exists() else {}
    return IndexRun(label, seconds, data.get("seen", 0), data.get("indexed", 0),
                    data.get("items", 0), usage.ru_maxrss / 1024, process.returncode)


def export_and_load(index_dir: Path, export: Path, db: Path) -> PeerLoad:
    """Export the index to JSON Lines and load the FTS5 peer from it, timing both."""
    start = time.perf_counter()
    with export.open("w", encoding="utf-8") as out:
        subprocess.run([str(MINUTEBOOK), "export", "--index", str(index_dir)], stdout=out,
                       check=True)
    exported = time.perf_counter()
    items = load(export, db)
    return PeerLoad(exported - start, time.perf_counter() - exported, items, disk_usage(db))


def change_files(archive: Path, share: float = CHANGED_SHARE) -> int:
    """Append a sentence to an evenly spread share of the archive's files; return how many."""
    files = sorted(archive.rglob("*.txt"))
    step = max(1, round(1 / share))
    chosen = files[::step]
    for path in chosen:
        with path.open("a", encoding="utf-8") as out:
            out.write(APPENDED)
    return len(chosen)


def run(archive: Path, work: Path, one_worker: bool = True, log=print) -> dict[str, Any]:
    """Run the indexing benchmark in work; return its runs, sizes and the copied archive."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copy = work / "archive"
    shutil.copytree(archive, copy)
    cores = os.cpu_count() or 1
    runs = []
    if one_worker:
        log("reindex: full build, 1 worker")
        runs.append(index_once("full build, 1 worker", copy, work / "index-w1", 1, True))
        shutil.rmtree(work / "index-w1", ignore_errors=True)
    index_dir = work / f"index-w{cores}"
    log(f"reindex: full build, {cores} workers")
    runs.append(index_once(f"full build, {cores} workers", copy, index_dir, cores, True))
    fresh_size = disk_usage(index_dir)
    log("reindex: rerun, nothing changed")
    runs.append(index_once("rerun, nothing changed", copy, index_dir, cores, False))
    changed = change_files(copy)
    log(f"reindex: rerun, {changed} files changed")
    runs.append(index_once(f"rerun, {changed} files (1%) changed", copy, index_dir, cores,
                           False))
    return {"runs": runs, "index_bytes": fresh_size,
            "index_bytes_after_reruns": disk_usage(index_dir),
            "archive_bytes": disk_usage(copy), "index_dir": index_dir}


def render(result: dict[str, Any], peer: PeerLoad | None) -> str:
    """Return the indexing table."""
    rows = [[r.label, r.seconds, r.items, r.items_per_s, r.peak_rss_mb,
             f"{r.indexed}/{r.seen}", r.exit_code] for r in result["runs"]]
    if peer:
        rows.append(["FTS5: minutebook export", peer.export_s, peer.items,
                     peer.items / peer.export_s if peer.export_s else 0.0, None, "-", "-"])
        rows.append(["FTS5: load export (peer)", peer.load_s, peer.items,
                     peer.items / peer.load_s if peer.load_s else 0.0, None, "-", "-"])
    out = [table("Indexing", ["run", "seconds", "items", "items/s", "peak RSS MB",
                              "files read/seen", "exit"], rows)]
    mb = 1024 * 1024
    sizes = [["archive (.txt files)", result["archive_bytes"] / mb],
             ["Minutebook index, fresh full build", result["index_bytes"] / mb],
             ["Minutebook index, after the two reruns", result["index_bytes_after_reruns"] / mb]]
    if peer:
        sizes.append(["FTS5 peer database", peer.db_bytes / mb])
    out.append(table("Size on disk", ["what", "MB"], sizes))
    return "\n\n".join(out)


def as_json(result: dict[str, Any], peer: PeerLoad | None) -> dict[str, Any]:
    """Return the result as plain data."""
    return {"runs": [{**asdict(r), "items_per_s": round(r.items_per_s, 1)}
                     for r in result["runs"]],
            "index_bytes": result["index_bytes"],
            "index_bytes_after_reruns": result["index_bytes_after_reruns"],
            "archive_bytes": result["archive_bytes"],
            "peer": asdict(peer) if peer else None}


def main() -> None:
    """Parse the command line, run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (emptied)")
    parser.add_argument("--skip-one-worker", action="store_true")
    args = parser.parse_args()
    result = run(args.archive, args.work, not args.skip_one_worker,
                 log=lambda m: print(m, file=sys.stderr))
    peer = export_and_load(result["index_dir"], args.work / "export.jsonl",
                           args.work / "fts5.sqlite3")
    print(render(result, peer))


if __name__ == "__main__":
    main()
