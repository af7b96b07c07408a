"""Time `minutebook index`: full builds with 1 worker and with every core, reruns, index size.

Run from the project root (python -m bench.run calls this with the peer's load time):

    python -m bench.reindex_bench ARCHIVE --work bench/out/reindex-N [--skip-one-worker]
        [--changed-share 0.01]

It copies ARCHIVE into WORK (the 1% change must not touch the shared archive), then runs
`minutebook index` as a subprocess for: a full build with --workers 1; a full build with
--workers os.cpu_count(); a rerun with nothing changed; a rerun after appending a sentence to
1% of the files (target: under a minute). python -m bench.run, having just built the index,
instead reruns a copy of it on the archive itself and puts the changed files back after.
Each row gives wall time, items/s and the indexer's peak RSS. Standalone, it also exports
the index and loads the FTS5 peer from that export, for comparison.
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
TARGET_CHANGED_S = 60.0
APPENDED = "\n\nThe Committee noted that the benchmark sentence had been appended.\n"
# A child's ru_maxrss starts at its parent's RSS when it forks, so the indexer is started by
# this small process and the peak is its children's (the indexer and its workers), not ours.
PEAK_RSS = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:], "
            "stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


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
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, *command], capture_output=True,
                          text=True)
    seconds = time.perf_counter() - start
    data = json.loads(report.read_text()) if report.exists() else {}
    peak_kib = int(done.stdout.split()[-1]) if done.stdout.strip() else 0
    return IndexRun(label, seconds, data.get("seen", 0), data.get("indexed", 0),
                    data.get("items", 0), peak_kib / 1024, done.returncode)


def export_and_load(index_dir: Path, export: Path, db: Path) -> PeerLoad:
    """Export the index to JSON Lines and load the FTS5 peer from it, timing both."""
    start = time.perf_counter()
    with export.open("w", encoding="utf-8") as out:
        subprocess.run([str(MINUTEBOOK), "export", "--index", str(index_dir)], stdout=out,
                       check=True)
    exported = time.perf_counter()
    items = load(export, db)
    return PeerLoad(exported - start, time.perf_counter() - exported, items, disk_usage(db))


def change_files(archive: Path, share: float = CHANGED_SHARE) -> list[tuple[Path, bytes, int]]:
    """Append a sentence to an evenly spread share of the archive's files.

    Return each changed file's path, former bytes and modification time, for restore_files.
    """
    files = sorted(archive.rglob("*.txt"))
    step = max(1, round(1 / share))
    originals = []
    for path in files[::step]:
        originals.append((path, path.read_bytes(), path.stat().st_mtime_ns))
        with path.open("a", encoding="utf-8") as out:
            out.write(APPENDED)
    return originals


def restore_files(originals: list[tuple[Path, bytes, int]]) -> None:
    """Put back the bytes and modification times change_files found."""
    for path, data, mtime_ns in originals:
        path.write_bytes(data)
        os.utime(path, ns=(mtime_ns, mtime_ns))


def run(archive: Path, work: Path, one_worker: bool = True, log=print,
        share: float = CHANGED_SHARE, built: tuple[Path, IndexRun] | None = None
        ) -> dict[str, Any]:
    """Run the indexing benchmark in work; return its runs, sizes and the index it reran.

    Without built, the archive is copied into work and built there in full. With built (an
    index of archive just built, and that build's run), a copy of that index is rerun on the
    archive itself, and the changed files are put back as they were afterwards.
    """
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cores = os.cpu_count() or 1
    runs = []
    if built:
        source = archive
        base, build = built
        runs.append(build)
        fresh_size = disk_usage(base)
        index_dir = work / "index"
        log(f"reindex: copying {base} to rerun it")
        shutil.copytree(base, index_dir, symlinks=True)
    else:
        source = work / "archive"
        shutil.copytree(archive, source)
        if one_worker:
            log("reindex: full build, 1 worker")
            runs.append(index_once("full build, 1 worker", source, work / "index-w1", 1, True))
            shutil.rmtree(work / "index-w1", ignore_errors=True)
        index_dir = work / f"index-w{cores}"
        log(f"reindex: full build, {cores} workers")
        runs.append(index_once(f"full build, {cores} workers", source, index_dir, cores, True))
        fresh_size = disk_usage(index_dir)
    log("reindex: rerun, nothing changed")
    runs.append(index_once("rerun, nothing changed", source, index_dir, cores, False))
    originals = change_files(source, share)
    try:
        log(f"reindex: rerun, {len(originals)} files changed")
        runs.append(index_once(f"rerun, {len(originals)} files ({share * 100:g}%) changed",
                               source, index_dir, cores, False))
    finally:
        if built:
            restore_files(originals)
    return {"runs": runs, "index_bytes": fresh_size, "changed": runs[-1],
            "index_bytes_after_reruns": disk_usage(index_dir),
            "archive_bytes": disk_usage(source), "index_dir": index_dir}


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
    changed = result["changed"]
    ok = changed.exit_code == 0 and changed.seconds < TARGET_CHANGED_S
    out.append(f"target {changed.label} < {TARGET_CHANGED_S:g} s: {changed.seconds:.1f} s -> "
               f"{'PASS' if ok else 'FAIL'}")
    return "\n\n".join(out)


def as_json(result: dict[str, Any], peer: PeerLoad | None) -> dict[str, Any]:
    """Return the result as plain data."""
    return {"runs": [{**asdict(r), "items_per_s": round(r.items_per_s, 1)}
                     for r in result["runs"]],
            "index_bytes": result["index_bytes"],
            "index_bytes_after_reruns": result["index_bytes_after_reruns"],
            "archive_bytes": result["archive_bytes"],
            "peer": asdict(peer) if peer else None}


def built_run(index_dir: Path) -> IndexRun:
    """Return the full build that made index_dir, from the report index_once left beside it
    (its peak RSS is not known there)."""
    report = index_dir.with_name(index_dir.name + ".report.json")
    data = json.loads(report.read_text())
    if not data.get("full"):
        raise SystemExit(f"{report} is not a full build's report")
    return IndexRun(f"full build ({index_dir.name})", data["elapsed"], data["seen"],
                    data["indexed"], data["items"], float("nan"), 0)


def main() -> None:
    """Parse the command line, run and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (emptied)")
    parser.add_argument("--skip-one-worker", action="store_true")
    parser.add_argument("--changed-share", type=float, default=CHANGED_SHARE,
                        help="share of the files changed before the last rerun [0.01]")
    parser.add_argument("--base-index", type=Path,
                        help="an index of ARCHIVE built by bench.run: rerun a copy of it "
                             "instead of building (no FTS5 peer either)")
    args = parser.parse_args()
    built = (args.base_index, built_run(args.base_index)) if args.base_index else None
    result = run(args.archive, args.work, not args.skip_one_worker,
                 log=lambda m: print(m, file=sys.stderr), share=args.changed_share,
                 built=built)
    peer = None if built else export_and_load(result["index_dir"], args.work / "export.jsonl",
                                              args.work / "fts5.sqlite3")
    print(render(result, peer))

if __name__ == "__main__":
    main()
