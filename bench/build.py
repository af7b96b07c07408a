"""Time full builds of the synthetic archive: this checkout against a baseline commit, alternated.

Run from the project root:

    python -m bench.build --items 20000 [--baseline HEAD~3] [--repeat 3] [--workers 2]

Each round runs `minutebook index --full` once with the baseline's code (exported with `git
archive` into bench/out/build-REV/ and put first on PYTHONPATH) and once with this checkout's,
so the machine's load falls on both alike. Per build: wall time, items/s, the CPU seconds of
the whole process tree (user + system, from wait4) and items per CPU second, the load-proof
figure: on an idle machine with C cores a build takes at least CPU seconds / C. The report
gives medians and the ratio of this checkout to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.run import ROOT, archive_for, log
from bench.stats import table

MINUTEBOOK_MODULE = "from webui.cli import main; raise SystemExit(main())"


@dataclass(frozen=True)
class Build:
    """One full build: what it wrote and what it cost."""

    code: str
    seconds: float
    cpu_seconds: float
    items: int
    peak_rss_mb: float
    exit_code: int

    @property
    def items_per_s(self) -> float:
        """Return items written per second of wall time."""
        return self.items / self.seconds if self.seconds else 0.0

    @property
    def items_per_cpu_s(self) -> float:
        """Return items written per CPU second of the whole process tree."""
        return self.items / self.cpu_seconds if self.cpu_seconds else 0.0


def export_baseline(revision: str, out: Path) -> Path:
    """Return a folder holding the code of revision (exported once)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", revision],
                            capture_output=True, text=True, check=True).stdout.strip()
    folder = out / f"build-{commit}"
    if not (folder / "indexer").is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def build_once(code: str, source: Path, archive: Path, index_dir: Path, workers: int) -> Build:
    """Run one full build with the code in source and measure it."""
    shutil.rmtree(index_dir, ignore_errors=True)
    report = index_dir.with_name(index_dir.name + ".report.json")
    env = {**os.environ, "PYTHONPATH": str(source)}
    command = [sys.executable, "-c", MINUTEBOOK_MODULE, "index", str(archive), "--index",
               str(index_dir), "--quiet", "--full", "--workers", str(workers),
               "--report", str(report)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env, cwd=source)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    items = json.loads(report.read_text()).get("items", 0) if report.exists() else 0
    return Build(code, seconds, usage.ru_utime + usage.ru_stime, items,
                 usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


def summary_rows(builds: list[Build], codes: list[str]) -> list[list]:
    """Return one row of medians per code, and the ratio of the last to the first."""
    rows = []
    medians = {}
    for code in codes:
        mine = [b for b in builds if b.code == code]
        medians[code] = (statistics.median(b.items_per_s for b in mine),
                         statistics.median(b.items_per_cpu_s for b in mine))
        rows.append([code, len(mine), statistics.median(b.seconds for b in mine),
                     statistics.median(b.cpu_seconds for b in mine), *medians[code],
                     max(b.peak_rss_mb for b in mine)])
    if len(codes) == 2:
        (wall0, cpu0), (wall1, cpu1) = medians[codes[0]], medians[codes[1]]
        rows.append([f"ratio {codes[1]} / {codes[0]}", "", None, None,
                     f"{wall1 / wall0:.2f}x", f"{cpu1 / cpu0:.2f}x", None])
    return rows


def main() -> None:
    """Parse the command line, alternate the builds and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline", help="a git revision to compare with (default: none)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (one build per code each)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    archive, _ = archive_for(args.out, args.items, args.seed)
    sources = {}
    if args.baseline:
        sources[f"baseline {args.baseline}"] = export_baseline(args.baseline, args.out)
    sources["this checkout"] = ROOT
    builds = []
    for round_ in range(args.repeat):
        for code, source in sources.items():
            log(f"round {round_ + 1}/{args.repeat}: {code}")
            built = build_once(code, source, archive, args.out / f"build-index-{args.items}",
                               args.workers)
            log(f"  {built.seconds:.1f} s, {built.items_per_s:.0f} items/s, "
                f"{built.cpu_seconds:.1f} CPU s, exit {built.exit_code}")
            builds.append(built)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(table(f"Full builds of {args.items:,} items, {args.workers} workers, "
                f"{os.cpu_count()} cores, load average {load} (medians of {args.repeat})",
                ["code", "builds", "seconds", "CPU s", "items/s", "items/CPU s",
                 "peak RSS MB"], summary_rows(builds, list(sources))))
    cores = os.cpu_count() or 1
    best = max(b.items_per_cpu_s for b in builds if b.code == "this checkout")
    print(f"this checkout on {cores} idle cores, if its CPU time parallelised perfectly: "
          f"at most {best * cores:,.0f} items/s")


if __name__ == "__main__":
    main()
