"""Extraction against hand-labelled documents (tests/data/extraction/*.expected.json).

Seeds run from local copies; PDF cases, real papers and the archive labels of other councils
are read from ../shared and skip when it is absent. `python -m bench.extraction_quality -v`
prints the figures. The archive labels (archive_*) were read while tuning the parser; the
held-out ones (heldout_*, and the later heldout2_* to heldout7_*) and the minutes written in
other councils' layouts (written_* to written6_*) were not, and are held to their own, lower,
bars.
"""

from __future__ import annotations

import pytest

from bench.scoring.extraction import Case, Counts, load_cases, parse_case, score

CASES = load_cases()
# Per document: title F1, decisions found, speaker F1. The seeds are the archive's own shapes;
# an archive document is held to no per-document bar but its dates, and to its set's bars.
BARS = {"seed": (1.0, 1.0, 0.95), "pdfcase": (1.0, 1.0, 0.95), "realdoc": (0.84, 0.7, 0.2),
        "archive": (0.0, 0.0, 0.0), "heldout": (0.0, 0.0, 0.0),
        "heldout2": (0.0, 0.0, 0.0), "heldout3": (0.0, 0.0, 0.0), "heldout4": (0.0, 0.0, 0.0),
        "heldout5": (0.0, 0.0, 0.0), "heldout6": (0.0, 0.0, 0.0),
        "heldout7": (0.0, 0.0, 0.0), "written": (0.0, 0.0, 0.0),
        "written2": (0.0, 0.0, 0.0), "written3": (0.0, 0.0, 0.0), "written4": (0.0, 0.0, 0.0),
        "written5": (0.0, 0.0, 0.0), "written6": (0.0, 0.0, 0.0)}
# Per set, over all its documents: title F1, decisions found, speaker F1, committees named.
SET_BARS = {"seen": (0.97, 0.95, 0.85, 0.8), "archive": (0.97, 0.99, 0.93, 0.95),
            "heldout": (0.91, 0.93, 0.78, 0.85), "heldout2": (0.95, 0.95, 0.87, 0.9),
            "heldout3": (0.93, 0.93, 0.89, 0.9), "heldout4": (0.91, 0.95, 0.89, 0.9),
            "heldout5": (0.94, 0.97, 0.90, 0.95), "heldout6": (0.91, 0.73, 0.76, 0.95),
            "heldout7": (0.89, 0.87, 0.75, 0.95), "written": (0.95, 0.90, 0.80, 0.8),
            "written2": (0.70, 0.57, 0.52, 0.9), "written3": (0.62, 0.57, 0.50, 0.8),
            "written4": (0.52, 0.40, 0.53, 0.15), "written5": (0.74, 0.70, 0.80, 0.5),
            "written6": (0.61, 0.60, 0.68, 0.95)}
# Floors against regressions, just under the figures at the end of 2026-12-01's eighth session
# (title F1 / decisions found / speaker F1 / committees): archive 0.982 / 102 of 102 / 0.940 /
# 20 of 20; heldout 0.918 / 46 of 49 / 0.790 / 8 of 8; heldout2 0.961 / 48 of 49 / 0.877 /
# 11 of 11; heldout3 0.939 / 45 of 48 / 0.895 / 8 of 8; heldout4 0.916 / 44 of 46 / 0.905 /
# 10 of 10; heldout5 0.954 / 84 of 86 / 0.915 / 16 of 16; heldout6 0.918 / 64 of 86 / 0.774 /
# 15 of 15; written 0.959 / 67 of 73 / 0.817 / 10 of 12. Their problems have been read while
# fixing the parser, so they are development sets, however they were labelled. heldout7 and
# written2, labelled (written2: written, from other councils' layouts) blind that session, were
# scored only as a whole: on the session's starting code 0.894 / 59 of 67 / 0.760 / 14 of 14
# and 0.700 / 40 of 78 / 0.520 / 13 of 14, at its end 0.900 / 59 of 67 / 0.767 / 14 of 14 and
# 0.707 / 45 of 78 / 0.527 / 13 of 14. They are the blind measures.
# The ninth session (2026-12-01) made written2 a development set and two new blind sets, scored
# as a whole on its starting code 79e7da7: written3 (English councils) 0.630 / 49 of 85 / 0.508
# / 13 of 16, written4 (Welsh, Scottish, Northern Irish, island and other bodies) 0.530 / 34 of
# 83 / 0.538 / 3 of 17; their floors are those figures, less a margin. written5 (English
# committees, packs and parish papers), written blind later that session, was scored as a whole
# on 79e7da7 (0.683 / 48 of 66 / 0.792 / 9 of 17, 11 wrong dates) and on 9c986d5 (0.681 / 47 of
# 66 / 0.788), then read and fixed: a development set; its floor is just under its figures
# after the fixes (0.753 / 48 of 66 / 0.820 / 9 of 17, no wrong date). written6 the same: on
# 79e7da7 (with the later fix for a paper that crashed it) 0.544 / 40 of 66 / 0.660 / 15 of 15
# and 13 wrong dates, on 6586ff5 0.542 / 40 / 0.667 / 15 of 15 and 3 wrong; then development.
SETS = {"seed": "seen", "pdfcase": "seen", "realdoc": "seen", "archive": "archive",
        "heldout": "heldout", "heldout2": "heldout2", "heldout3": "heldout3",
        "heldout4": "heldout4", "heldout5": "heldout5", "heldout6": "heldout6",
        "heldout7": "heldout7", "written": "written", "written2": "written2",
        "written3": "written3", "written4": "written4", "written5": "written5",
        "written6": "written6"}


def _set_of(case: Case) -> str:
    return SETS[case.name.split("_")[0]]


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


@pytest.mark.parametrize("name", sorted(SET_BARS))
def test_set_figures_meet_the_bars(name: str) -> None:
    cases = [c for c in CASES if c.available and _set_of(c) == name]
    if not cases:
        pytest.skip(f"no case of the {name} set is available")
    total = Counts()
    for case in cases:
        total.add(score(case, parse_case(case)))
    title_bar, decision_bar, speaker_bar, committee_bar = SET_BARS[name]
    assert total.dates_wrong == 0
    assert total.title_f1 >= title_bar
    assert total.decision_recall >= decision_bar
    assert total.speaker_f1 >= speaker_bar
    assert total.committees_right >= committee_bar * total.committees_total
