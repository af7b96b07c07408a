"""Print extraction quality against the hand labels: title F1, decisions found, speakers, dates.

Run from the project root:  python -m bench.extraction_quality [-v]
Cases whose input lives in ../shared are skipped when it is absent.
"""

from __future__ import annotations

import sys

from bench.scoring.extraction import Counts, load_cases, parse_case, score


def main(verbose: bool) -> None:
    """Score every available case and print one row per case and a total."""
    total = Counts()
    header = (f"{'case':44} {'items':>5} {'title F1':>8} {'decisions':>9} {'kind':>5} "
              f"{'spk F1':>6} {'dates ok/wrong/missing':>22}")
    print(header)
    print("-" * len(header))
    for case in load_cases():
        if not case.available:
            print(f"{case.name:44} skipped: {case.path} is absent")
            continue
        counts = score(case, parse_case(case))
        total.add(counts)
        _row(case.name, counts)
        if verbose:
            for problem in counts.problems:
                print(f"    {problem}")
    print("-" * len(header))
    _row("TOTAL", total)


def _row(name: str, c: Counts) -> None:
    """Print one line of figures."""
    items = c.title_tp + c.title_fn
    kinds = f"{c.kinds_right}/{c.kinds_total}"
    decisions = f"{c.decisions_found}/{c.decisions_expected}"
    dates = f"{c.dates_right}/{c.dates_wrong}/{c.dates_missing}"
    print(f"{name:44} {items:>5} {c.title_f1:>8.3f} {decisions:>9} {kinds:>5} "
          f"{c.speaker_f1:>6.3f} {dates:>22}")


if __name__ == "__main__":
    main("-v" in sys.argv)
