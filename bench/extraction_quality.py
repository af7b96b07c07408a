"""Print extraction quality against the hand labels, by case, by set and by council.

Run from the project root:  python -m bench.extraction_quality [-v] [--sets] [--pdf-reader R]
(R: pdfium or pdfminer; default $MINUTEBOOK_PDF_READER, else the indexer's default).
Sets: seed (the sample archive), pdfcase, realdoc (other councils' papers), archive (labels of
../shared/archives used while tuning) and heldout (labels kept aside, never tuned on).
Cases whose input lives in ../shared are skipped when it is absent.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict

from bench.scoring.extraction import Case, Counts, load_cases, parse_case, score
from indexer.read.pdf import DEFAULT_PDF_READER, PDF_READERS

HEADER = (f"{'':44} {'items':>5} {'title F1':>8} {'P':>5} {'R':>5} {'decisions':>9} "
          f"{'kind':>7} {'spk F1':>6} {'spk R':>5} {'committee':>9} {'dates ok/wrong/miss':>19}")


def main(verbose: bool, sets_only: bool, pdf_reader: str = DEFAULT_PDF_READER) -> None:
    """Score every available case; print one row per case, per set and per council."""
    print(f"PDF reader: {pdf_reader}")
    by_set: dict[str, Counts] = defaultdict(Counts)
    by_body: dict[str, Counts] = defaultdict(Counts)
    total = Counts()
    print(HEADER)
    print("-" * len(HEADER))
    for case in load_cases():
        if not case.available:
            if not sets_only:
                print(f"{case.name:44} skipped: {case.path} is absent")
            continue
        counts = score(case, parse_case(case, pdf_reader))
        total.add(counts)
        by_set[case.name.split("_")[0]].add(counts)
        by_body[council(case)].add(counts)
        if not sets_only:
            _row(case.name, counts)
            if verbose:
                for problem in counts.problems:
                    print(f"    {problem}")
    for title, groups in (("by set", by_set), ("by council", by_body)):
        print("-" * len(HEADER))
        print(title)
        for name, counts in sorted(groups.items()):
            _row(name, counts)
    print("-" * len(HEADER))
    _row("TOTAL", total)


def council(case: Case) -> str:
    """Return the council a case's labels name first (the body before any ' — committee')."""
    meetings = case.expected["meetings"]
    name = meetings[0]["committee"] if meetings else "(no meetings)"
    return name.split(" — ")[0][:44]


def _row(name: str, c: Counts) -> None:
    """Print one line of figures."""
    items = c.title_tp + c.title_fn
    kinds = f"{c.kinds_right}/{c.kinds_total}"
    decisions = f"{c.decisions_found}/{c.decisions_expected}"
    committees = f"{c.committees_right}/{c.committees_total}"
    dates = f"{c.dates_right}/{c.dates_wrong}/{c.dates_missing}"
    print(f"{name:44} {items:>5} {c.title_f1:>8.3f} {c.title_precision:>5.2f} "
          f"{c.title_recall:>5.2f} {decisions:>9} {kinds:>7} {c.speaker_f1:>6.3f} "
          f"{c.speaker_recall:>5.2f} {committees:>9} {dates:>19}")


def _pdf_reader(argv: list[str]) -> str:
    """Return the reader named after --pdf-reader, else in $MINUTEBOOK_PDF_READER, else default."""
    reader = argv[argv.index("--pdf-reader") + 1] if "--pdf-reader" in argv[:-1] else \
        os.environ.get("MINUTEBOOK_PDF_READER", DEFAULT_PDF_READER)
    if reader not in PDF_READERS:
        sys.exit(f"PDF reader {reader!r}: choose one of {', '.join(PDF_READERS)}")
    return reader


if __name__ == "__main__":
    main("-v" in sys.argv, "--sets" in sys.argv, _pdf_reader(sys.argv))
