"""No parsing step is quadratic: four times the text of each pathological shape takes about four
times as long, not sixteen.

The shapes are bench.pathological's (run it for the ratio per doubling). The time of a large
document is compared with that of a quarter of it parsed in the same run, so a busy machine
slows both alike: a linear parser gives a ratio near 4, a quadratic step near 16 (the separators
once took 17 s for 16 KB). An absolute bound only catches a parse that never ends.
"""

from __future__ import annotations

import time

import pytest

from bench.pathological import SHAPES, document
from indexer.parse.meetings import parse_document

SMALL = 128 * 1024
LARGE = 4 * SMALL
MAX_RATIO = 8.0
"""Linear is 4; quadratic 16. The small run's fixed costs only lower the ratio."""
BOUND_SECONDS = 300.0


def _seconds(shape: str, size: int) -> float:
    doc = document(shape, size)
    began = time.perf_counter()
    parse_document(doc)
    return time.perf_counter() - began


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_four_times_the_text_of_each_shape_takes_about_four_times_as_long(shape: str) -> None:
    small = min(_seconds(shape, SMALL) for _ in range(2))
    large = _seconds(shape, LARGE)
    assert large < BOUND_SECONDS
    assert large / max(small, 0.05) < MAX_RATIO, f"{shape}: {small:.2f} s, then {large:.2f} s"


def test_the_shapes_are_the_size_asked_for() -> None:
    for shape in SHAPES:
        size = sum(len(page) for page in document(shape, 64 * 1024).pages)
        assert 60 * 1024 <= size <= 80 * 1024, shape
