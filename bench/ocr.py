"""OCR speed and quality: pages/s of Tesseract, and extraction scored on scanned versions.

`python -m bench.ocr` scans the labelled PDFs (tests/fixtures/scans.py: 200 dpi, a slight
tilt, noise, images only), reads them by OCR as the indexer does (no cache) and prints, per
document, its pages/s and the title F1, decisions found and wrong dates against the labels of
the original. The PDF cases come from ../shared (skipped when absent); seed 004 is typeset
here with tests/fixtures/pdfs.py.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.scoring.extraction import DATA, SHARED, Case, Counts, score
from indexer.parse.meetings import parse_document
from indexer.read.document import read_document
from indexer.read.ocr import tesseract_version
from indexer.read.scanned import OcrOptions
from indexer.records import SourceFile
from tests.fixtures.pdfs import write_pdf
from tests.fixtures.scans import scan_pdf

CASES = ("pdfcase_a_plain_minutes", "pdfcase_c2_libreoffice_minutes")


def originals(folder: Path) -> list[tuple[str, Path]]:
    """Return (label, PDF) of each labelled document to scan; seed 004 is typeset in folder."""
    seed = (DATA / "seed_004.txt").read_text(encoding="utf-8").replace("*", "")
    found = [("seed_004", write_pdf(folder / "seed_004.pdf", [seed]))]
    for label in CASES:
        source = SHARED / json.loads((DATA / f"{label}.expected.json").read_text())["source"]
        if source.is_file():
            found.append((label, source))
    return found


def measure(label: str, original: Path, folder: Path, dpi: int) -> tuple[Counts, int, float]:
    """Scan one document, read it by OCR; return its scores, pages and seconds."""
    pdf = scan_pdf(original, folder / f"{label}.scan.pdf", dpi=dpi)
    stat = pdf.stat()
    started = time.monotonic()
    document = read_document(SourceFile(pdf, pdf.name, "pdf", stat.st_size, stat.st_mtime_ns),
                             ocr=OcrOptions())
    seconds = time.monotonic() - started
    expected = json.loads((DATA / f"{label}.expected.json").read_text(encoding="utf-8"))
    counts = score(Case(label, pdf, expected), parse_document(document))
    return counts, len(document.pages), seconds


def main() -> None:
    """Print pages/s and the scores of each scanned document, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dpi", type=int, default=200, help="resolution of the fake scans")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each mismatch")
    args = parser.parse_args()
    if not tesseract_version():
        raise SystemExit("Tesseract is not installed (apt-get install tesseract-ocr)")
    print(f"Tesseract {tesseract_version()}; scans at {args.dpi} dpi, read at 300 dpi")
    total, pages, seconds = Counts(), 0, 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for label, original in originals(Path(scratch)):
            counts, n, took = measure(label, original, Path(scratch), args.dpi)
            total.add(counts)
            pages, seconds = pages + n, seconds + took
            print(f"{label:34} {n:3} pages {n / took:5.2f} pages/s  title F1 "
                  f"{counts.title_f1:.3f}  decisions {counts.decision_recall:.2f}  "
                  f"wrong dates {counts.dates_wrong}")
            if args.verbose:
                print("".join(f"    {p}\n" for p in counts.problems), end="")
    print(f"{'all':34} {pages:3} pages {pages / seconds:5.2f} pages/s  title F1 "
          f"{total.title_f1:.3f}  decisions {total.decision_recall:.2f}  "
          f"wrong dates {total.dates_wrong}")


if __name__ == "__main__":
    main()
