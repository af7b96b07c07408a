"""PDF reading speed per reader: pages/s, items/s and peak RSS, medians of runs, in one process.

Run from the project root:  python -m bench.pdf [--runs 3] [--reader pdfium --reader pdfminer]
Reads every PDF in ../shared/archives, ../shared/realdocs and the generated packs
../shared/pdf-cases/g_* the way a worker does (read_document, then parse_document), once per
run with each reader, readers alternating so both meet the same machine state. Peak RSS is the
process's (ru_maxrss) after each reader's first full pass: the readers run in this order, so a
later reader's figure is at least the earlier one's; run one --reader alone for its own.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from indexer.errors import ExtractionError
from indexer.parse.meetings import parse_document
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


def read_all(files: list[SourceFile], reader: str) -> tuple[float, int, int, int]:
    """Read and parse every file; return seconds, pages, items and files refused."""
    pages = items = refused = 0
    start = time.perf_counter()
    for file in files:
        try:
            document = read_document(file, pdf_reader=reader)
        except ExtractionError:
            refused += 1
            continue
        pages += len(document.pages)
        items += sum(len(m.items) for m in parse_document(document))
    return time.perf_counter() - start, pages, items, refused


def main(runs: int, readers: list[str]) -> None:
    """Print pages/s, items/s and peak RSS per reader, and the ratio of the first two."""
    files = pdf_files()
    print(f"{len(files)} PDFs from {SHARED}; median of {runs} runs")
    times: dict[str, list[float]] = {r: [] for r in readers}
    counts: dict[str, tuple[int, int, int]] = {}
    rss: dict[str, float] = {}
    for _ in range(runs):
        for reader in readers:
            seconds, pages, items, refused = read_all(files, reader)
            times[reader].append(seconds)
            counts[reader] = (pages, items, refused)
            rss.setdefault(reader, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"{'reader':10} {'pages':>6} {'items':>6} {'refused':>7} {'seconds':>8} "
          f"{'pages/s':>8} {'items/s':>8} {'peak RSS MB':>11}")
    for reader in readers:
        seconds = statistics.median(times[reader])
        pages, items, refused = counts[reader]
        print(f"{reader:10} {pages:>6} {items:>6} {refused:>7} {seconds:>8.2f} "
              f"{pages / seconds:>8.1f} {items / seconds:>8.1f} {rss[reader]:>11.0f}")
    if len(readers) > 1:
        first, second = (statistics.median(times[r]) for r in readers[:2])
        print(f"{readers[0]} is {second / first:.1f}x as fast as {readers[1]} "
              "(whole pipeline: read and parse)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reader", action="append", choices=PDF_READERS)
    arguments = parser.parse_args()
    main(arguments.runs, arguments.reader or list(PDF_READERS))
