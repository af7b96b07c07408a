"""A long alternation searched one alternative at a time finds where the whole would."""

from __future__ import annotations

import re

from indexer.parse.alternatives import Earliest, earliest, needed_strings
from indexer.parse.decision_forms import PATTERNS

TEXTS = ["Proposed Cllr Ames, seconded Cllr Brook: the Committee agreed to fund the repair.",
         "The Committee agreed to fund the repair, proposed Cllr Ames, seconded Cllr Brook.",
         "The minutes were signed as a true record. All approved.",
         "It was decided to defer. Payments were authorised.", "Support.", "It was decıded.",
         "The Council approves the grant and the minutes were read and signed.",
         "Nothing was decided.", "The motion was carried. Item deferred to the next meeting.",
         "Members noted the report; the proposal was lost.", ""]


def test_each_decision_pattern_starts_where_the_whole_alternation_does() -> None:
    for _, pattern, _ in PATTERNS:
        split = Earliest(pattern)
        for text in TEXTS:
            found, whole = split.search(text), pattern.search(text)
            assert (found.start() if found else None) == (whole.start() if whole else None)


def test_alternatives_are_split_at_the_top_level_only() -> None:
    split = Earliest(re.compile(r"a(?:b|c)|[|x]y|\|z|(?i:DONE)"))
    assert [p.pattern for _, p in split.parts] == ["a(?:b|c)", "[|x]y", r"\|z", "(?i:DONE)"]
    assert earliest(re.compile(r"(?:a|b)c")).pattern == "(?:a|b)c"


def test_needed_strings_are_what_every_match_holds_lower_cased() -> None:
    assert needed_strings(re.compile(r"\b[Mm]inutes\s+(?:were|was)\s+signed")) == {"minutes"}
    assert needed_strings(re.compile(r"\bAll\s+(?:agreed|approved)")) == {"greed", "pproved"}
    assert needed_strings(re.compile(r"x?(?:ab)*")) is None
    # An ignore-case 's', 'k' or 'i' matches 'ſ', the Kelvin sign or 'ı', which lower() keeps.
    assert needed_strings(re.compile(r"(?i:kiss)")) is None
    assert Earliest(re.compile(r"z|(?i:decided)")).search("It was decıded.").start() == 7
