"""Extraction against hand-labelled documents (tests/data/extraction/*.expected.json).

Seeds run from local copies; PDF cases and real papers from other councils are read from
../shared and skip when it is absent. `python -m bench.extraction_quality -v` prints the figures.
"""

from __future__ import annotations

import pytest

from bench.scoring.extraction import Case, Counts, load_cases, parse_case, score

CASES = load_cases()
# The bars each kind of document is held to here; the seeds are the archive's own shapes.
BARS = {"seed": (1.0, 1.0, 0.95), "pdfcase": (1.0, 1.0, 0.95), "realdoc": (0.84, 0.7, 0.2)}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_against_labels(case: Case) -> None:
    if not case.available:
        pytest.skip(f"{case.path} is absent")
    counts = score(case, parse_case(case))
    title_bar, decision_bar, speaker_bar = BARS[case.name.split("_")[0]]
    report = "\n".join(counts.problems)
    assert counts.dates_wrong == 0, report
    assert counts.title_f1 >= title_bar, report
    assert counts.decision_recall >= decision_bar, report
    assert counts.speaker_f1 >= speaker_bar, report


def test_overall_figures_meet_the_bars() -> None:
    total = Counts()
    for case in CASES:
        if case.available:
            total.add(score(case, parse_case(case)))
    assert total.dates_wrong == 0
    assert total.title_f1 >= 0.97
    assert total.decision_recall >= 0.95
    assert total.speaker_f1 >= 0.85
