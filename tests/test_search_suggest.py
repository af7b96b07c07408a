"""Respelling a misspelt word: the closest index word by the slips people make, then the commonest
of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.models import SearchRequest
from search.suggest import LIKELY, slips

MINUTES = """NOTES of a meeting of the Ayton Parish Council held at the Village Hall on Tuesday,
5 March 2024.

1. Precept

The precept for 2025/26 was set at 5,000 pounds.

2. Playground

The new swings are in place. Councillor Bell was present at the inspection.

3. Footpaths

The stile was mended. A resident present asked about the footpath to the church.

4. Village Hall

The present boiler is to be replaced. The hall's ledger was checked.
"""


@pytest.mark.parametrize(("typed", "meant", "cost"), [
    ("presept", "precept", LIKELY),          # a letter that sounds alike
    ("presept", "present", 1.0),             # any other letter
    ("cemetary", "cemetery", LIKELY),        # a vowel for another
    ("brodband", "broadband", LIKELY),       # a vowel left out
    ("defibrilator", "defibrillator", LIKELY),  # a letter not doubled
    ("pannel", "panel", LIKELY),             # a letter doubled
    ("pannel", "planned", 2.0),
    ("teh", "the", LIKELY),                  # two letters swapped
    ("precept", "precept", 0.0),
])
def test_likely_slips_cost_less_than_other_edits(typed: str, meant: str, cost: float) -> None:
    assert slips(typed, meant) == cost


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over minutes where three items hold 'present' and one 'precept'."""
    root = tmp_path_factory.mktemp("suggest-archive")
    (root / "minutes").mkdir()
    (root / "minutes" / "ayton.txt").write_text(MINUTES, encoding="utf-8")
    report = run_index(IndexOptions(roots=(root / "minutes",), index_dir=root / "ix", workers=1))
    assert report.items == 4, report
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_a_misspelling_becomes_the_likeliest_word_not_the_commonest(archive: Engine) -> None:
    results = archive.search(SearchRequest("presept"))
    assert results.corrected == "precept"
    assert [h.title for h in results.hits] == ["Precept"]


def test_a_word_far_from_every_index_word_is_left_as_typed(archive: Engine) -> None:
    # 'ledger' is two edits from 'hedges', neither of them a likely slip.
    results = archive.search(SearchRequest("hedges"))
    assert results.corrected == "" and results.suggestion == ""
    assert archive.search(SearchRequest("ledgre")).corrected == "ledger"
