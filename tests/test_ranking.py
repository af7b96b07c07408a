"""Ranking on the labelled queries of tests/data/queries.json (people's phrasing over corpus/)."""

from __future__ import annotations

import pytest

from bench.scoring.ranking import QUERIES, Labelled, evaluate, load_queries
from search.engine import Engine
from search.models import SearchRequest

MIN_MRR = 0.95
MIN_RECALL = 0.98
MIN_FIRST = 0.90


@pytest.fixture(scope="module")
def labelled(engine: Engine) -> list[Labelled]:
    """Return the labelled queries with the ids their items have in the corpus index."""
    return load_queries(list(engine.items()), QUERIES)


def test_the_set_is_large_and_varied(labelled: list[Labelled]) -> None:
    assert len(labelled) >= 30
    assert len({q.relevant[0] for q in labelled}) >= 40, "most items should answer some query"
    assert any(":" in q.query for q in labelled) and any("?" in q.query for q in labelled)


def test_mrr_recall_and_best_first(engine: Engine, labelled: list[Labelled]) -> None:
    summary = evaluate(engine, labelled)
    misses = [(o.labelled.query, o.first_rank) for o in summary.outcomes if not o.first_is_best]
    assert summary.mrr >= MIN_MRR, misses
    assert summary.recall >= MIN_RECALL, misses
    assert summary.first_right >= MIN_FIRST * len(labelled), misses


@pytest.mark.parametrize("query, best_title", [
    ("what did we resolve on the gangs strategy?", "Kent and Medway Gangs Strategy Update"),
    ("who was elected vice chair", "Election of Vice-Chairman"),
    ("licence to kill", "KCSP Working Group Update"),
    ("section 136", "Mental Health Update"),
    ("peerbux terms of reference", "KCSP Terms of Reference Reviews"),
    ("homlessness", "Homelessness Task & Finish Group update"),
    ("dates of meetings 2021/22", "Date of meetings in 2021/2022"),
    ("cyber crime training", "KCSP Working Group Update"),
])
def test_the_brief_s_examples_come_first(engine: Engine, query: str, best_title: str) -> None:
    hits = engine.search(SearchRequest(query, limit=3)).hits
    assert hits and hits[0].title == best_title, [h.title for h in hits]
