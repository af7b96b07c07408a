"""No parsing step is quadratic: eight times the text of each pathological shape takes about
eight times as long, not sixty-four.

The shapes are bench.pathological's (run it for the ratio per doubling). The time of a large
document is compared with that of an eighth of it parsed in the same run, so a busy machine
slows both alike: a linear parser gives a ratio near 8, a quadratic step near 64 (the separators
once took 17 s for 16 KB). Some shapes grow a little faster than linear (same_surname about 2.2
per doubling, 11 over eight times the text) and a busy machine adds noise: the bound, 24, is
what n to the power 1.5 would give. An absolute bound only catches a parse that never ends.
"""

from __future__ import annotations

import time

import pytest

from bench.pathological import SHAPES, document
from indexer.parse.meetings import parse_document

SMALL = 64 * 1024
LARGE = 8 * SMALL
MAX_RATIO = 24.0
"""Linear is 8; quadratic 64. The small run's fixed costs only lower the ratio."""
BOUND_SECONDS = 300.0


def _seconds(shape: str, size: int) -> float:
    doc = document(shape, size)
    began = time.perf_counter()
    parse_document(doc)
    return time.perf_counter() - began


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_eight_times_the_text_of_each_shape_takes_about_eight_times_as_long(shape: str) -> None:
    small = min(_seconds(shape, SMALL) for _ in range(2))
    large = _seconds(shape, LARGE)
    assert large < BOUND_SECONDS
    assert large / max(small, 0.05) < MAX_RATIO, f"{shape}: {small:.2f} s, then {large:.2f} s"


def test_the_shapes_are_the_size_asked_for() -> None:
    for shape in SHAPES:
        size = sum(len(page) for page in document(shape, 64 * 1024).pages)
        assert 60 * 1024 <= size <= 80 * 1024, shape
