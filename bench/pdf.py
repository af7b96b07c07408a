"""PDF reading speed per reader: pages/s, items/s and peak RSS, medians of runs, in one process.

Run from the project root:  python -m bench.pdf [--runs 3] [--reader pdfium --reader pdfminer]
[--json]
Reads every PDF in ../shared/archives, ../shared/realdocs and the generated packs
../shared/pdf-cases/g_* the way a worker does (read_document, then parse_document), once per
run with each reader, readers alternating so both meet the same machine state. Peak RSS is the
process's (VmHWM) after each reader's first full pass: the readers run in this order, so a
later reader's figure is at least the earlier one's; run one --reader alone for its own.
Reading (read_document) is also timed apart from parsing, as "read s" and "read pages/s".
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from indexer.errors import ExtractionError
from indexer.parse.meetings import parse_document
from indexer.read import garbage
from indexer.read.document import read_document
from indexer.read.pdf import PDF_READERS
from indexer.records import SourceFile

SHARED = Path(__file__).resolve().parents[2] / "shared"
FOLDERS = ("archives", "realdocs")
PACKS = "pdf-cases/g_*.pdf"


def pdf_files() -> list[SourceFile]:
    """Return every PDF of the benchmark, sorted, as the crawl would give them."""
    paths = [p for folder in FOLDERS for p in (SHARED / folder).rglob("*.pdf")]
    paths += SHARED.glob(PACKS)
    return [SourceFile(p, p.name, "pdf", p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(set(paths))]


def read_all(files: list[SourceFile], reader: str) -> tuple[float, float, int, int, int]:
    """Read and parse every file; return seconds, seconds reading, pages, items and files
    refused."""
    pages = items = refused = 0
    reading = 0.0
    start = time.perf_counter()
    for file in files:
        begun = time.perf_counter()
        try:
            document = read_document(file, pdf_reader=reader)
        except ExtractionError:
            refused += 1
            continue
        finally:
            reading += time.perf_counter() - begun
        pages += len(document.pages)
        items += sum(len(m.items) for m in parse_document(document))
    return time.perf_counter() - start, reading, pages, items, refused


def peak_rss_mb() -> float:
    """Return this process's peak RSS: VmHWM, which starts afresh at exec (ru_maxrss would
    count the RSS of the process that started this one), or ru_maxrss without /proc."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def measure(runs: int, readers: list[str]) -> dict[str, Any]:
    """Read every PDF runs times with each reader, alternating; return the figures per reader."""
    files = pdf_files()
    times: dict[str, list[float]] = {r: [] for r in readers}
    reading: dict[str, list[float]] = {r: [] for r in readers}
    counts: dict[str, tuple[int, int, int]] = {}
    rss: dict[str, float] = {}
    for _ in range(runs):
        for reader in readers:
            garbage.purge()  # each pass judges its pages afresh, as a worker reading them would
            seconds, read_seconds, pages, items, refused = read_all(files, reader)
            times[reader].append(seconds)
            reading[reader].append(read_seconds)
            counts[reader] = (pages, items, refused)
            rss.setdefault(reader, peak_rss_mb())
    rows = {}
    for reader in readers:
        seconds = statistics.median(times[reader])
        read_seconds = statistics.median(reading[reader])
        pages, items, refused = counts[reader]
        rows[reader] = {"pages": pages, "items": items, "refused": refused,
                        "seconds": seconds, "pages_per_s": pages / seconds if seconds else 0.0,
                        "read_seconds": read_seconds,
                        "read_pages_per_s": pages / read_seconds if read_seconds else 0.0,
                        "items_per_s": items / seconds if seconds else 0.0,
                        "peak_rss_mb": rss[reader]}
    return {"files": len(files), "source": str(SHARED), "runs": runs, "readers": rows}


def render(result: dict[str, Any]) -> str:
    """Return the table of pages/s, items/s and peak RSS per reader, and the first two's ratio."""
    rows = result["readers"]
    lines = [f"PDFs: {result['files']} files from {result['source']}; median of "
             f"{result['runs']} runs, one process, readers alternating",
             f"{'reader':10} {'pages':>6} {'items':>6} {'refused':>7} {'seconds':>8} "
             f"{'pages/s':>8} {'items/s':>8} {'read s':>7} {'read pages/s':>12} "
             f"{'peak RSS MB':>11}"]
    for reader, r in rows.items():
        lines.append(f"{reader:10} {r['pages']:>6} {r['items']:>6} {r['refused']:>7} "
                     f"{r['seconds']:>8.2f} {r['pages_per_s']:>8.1f} {r['items_per_s']:>8.1f} "
                     f"{r['read_seconds']:>7.2f} {r['read_pages_per_s']:>12.1f} "
                     f"{r['peak_rss_mb']:>11.0f}")
    if len(rows) > 1:
        (first, a), (second, b) = list(rows.items())[:2]
        lines.append(f"{first} is {b['seconds'] / a['seconds']:.1f}x as fast as {second} "
                     "(whole pipeline: read and parse)")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reader", action="append", choices=PDF_READERS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args()
    figures = measure(arguments.runs, arguments.reader or list(PDF_READERS))
    print(json.dumps(figures) if arguments.json else render(figures))
