"""A question asking how much prefers the item that states an amount beside its words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.answers import amount_near, asks_amount
from search.engine import Engine
from search.models import SearchRequest
from search.snippets import word_terms

MINUTES = """NOTES of a meeting of the Ayton Community Council held at the Community Hall on
Tuesday, 3 November 2015.

1. Clock Tower

It was agreed that a new saltire be bought for the clock tower, and a new rope for it.

2. Treasurer's Report

The new saltire had been purchased at a cost of £84.95. The accounts were approved.

3. Village Hall

The hall roof was repaired by volunteers.

4. Footpaths

The stile on the path to the church was mended.

5. Litter

Thanks were given to the litter pickers.

6. Planning

No comment was made on the application for a garage.

7. Christmas Lights

The lights will be switched on in December.

8. Correspondence

Letters from the police and the health board were noted.
"""


def terms(*words: str) -> frozenset[str]:
    """Return the index terms of some words."""
    return frozenset(t for w in words for t in word_terms(w))


@pytest.mark.parametrize(("query", "asks"), [
    ("how much did the saltire cost", True),
    ("How much will the precept be next year?", True),
    ("saltire cost", True),
    ("can you tell me how much the saltire was", True),
    ("price of the new saltire", True),
    ("new saltire", False),
    ("how many benches", False),
    ("pay and display parking", False),
])
def test_a_query_asks_for_an_amount_when_it_asks_how_much_or_names_a_cost(
        query: str, asks: bool) -> None:
    assert asks_amount(query) is asks


@pytest.mark.parametrize(("text", "near"), [
    ("The saltire had been purchased at a cost of £84.95.", True),
    ("A saltire for 85 pounds.", True),
    ("The saltire was bought. " + "Other business was discussed at length. " * 10 + "£85.",
     False),
    ("The saltire was bought for the tower.", False),
])
def test_an_amount_answers_when_it_stands_beside_the_words(text: str, near: bool) -> None:
    assert amount_near(text, terms("saltire")) is near


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over one meeting: the saltire agreed, then its price."""
    root = tmp_path_factory.mktemp("answers-archive")
    (root / "minutes").mkdir()
    (root / "minutes" / "ayton.txt").write_text(MINUTES, encoding="utf-8")
    report = run_index(IndexOptions(roots=(root / "minutes",), index_dir=root / "ix", workers=1))
    assert report.items == 8, report
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_how_much_ranks_the_item_with_the_amount_first(archive: Engine) -> None:
    named = archive.search(SearchRequest("new saltire", explain=True))
    assert [h.title for h in named.hits] == ["Clock Tower", "Treasurer's Report"]
    assert named.hits[1].why.amount == 0
    asked = archive.search(SearchRequest("how much was the new saltire", explain=True))
    assert [h.title for h in asked.hits] == ["Treasurer's Report", "Clock Tower"]
    assert asked.hits[0].why.amount > 0 and asked.hits[1].why.amount == 0
    assert "amount: asks how much" in asked.explain
    # 'price' asks for the sum: the amount need only stand beside 'new saltire'.
    priced = archive.search(SearchRequest("price of the new saltire", explain=True))
    gained = {h.title: h.why.amount for h in priced.hits}
    assert gained["Treasurer's Report"] > 0 and gained["Clock Tower"] == 0
