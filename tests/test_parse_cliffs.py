"""A megabyte of each pathological shape parses within seconds: no parsing step is quadratic.

The shapes are bench.pathological's (run it for the ratio per doubling). Linear, the slowest
shape (a megabyte of line separators: 1.5 million lines) takes about 5 s on an idle two-core
machine, most 1 to 3 s; a quadratic step takes many minutes (the separators took 17 s for
16 KB), so the bound catches a cliff with room for a busy machine.
"""

from __future__ import annotations

import time

import pytest

from bench.pathological import SHAPES, document
from indexer.parse.meetings import parse_document

MEGABYTE = 1 << 20
BOUND_SECONDS = 20.0


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_megabyte_of_each_shape_parses_within_seconds(shape: str) -> None:
    doc = document(shape, MEGABYTE)
    began = time.perf_counter()
    parse_document(doc)
    assert time.perf_counter() - began < BOUND_SECONDS


def test_the_shapes_are_the_size_asked_for() -> None:
    for shape in SHAPES:
        size = sum(len(page) for page in document(shape, 64 * 1024).pages)
        assert 60 * 1024 <= size <= 80 * 1024, shape
