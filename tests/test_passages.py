"""The best passage of an item: the window of a sentence or two holding most of the query's
words (passages.py), read from the index's positions by the ranker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as wq
from whoosh import scoring

from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.store import IndexStore
from search.engine import Engine
from search.models import SearchRequest
from search.passages import WINDOW, best_window, text_words
from search.query import QueryBuilder
from search.ranker import Ranker
from search.synonyms import load_synonyms


def test_words_standing_within_one_window_count_together() -> None:
    weights = [2.0, 1.0, 0.5]
    # The three words together at 500..510; earlier, the first two far apart.
    positions = [[3, 500], [200, 505], [510]]
    assert best_window(positions, weights, [False] * 3) == pytest.approx(3.5)
    assert best_window([[3], [3 + WINDOW], [900]], weights, [False] * 3) == pytest.approx(2.0)


def test_a_title_word_stands_over_every_passage_and_a_missing_word_counts_nothing() -> None:
    assert best_window([[], [40], []], [2.0, 1.0, 0.5], [True, False, False]) \
        == pytest.approx(3.0)
    assert best_window([[], [], []], [2.0, 1.0, 0.5], [False] * 3) == 0.0


def test_a_clause_matches_through_its_forms_and_phrases_in_one_field() -> None:
    clause = wq.Or([wq.Term("text", "defib"), wq.Phrase("text", ["defibril", "box"]),
                    wq.Term("title", "defib")])
    assert text_words(clause, "text") == {"defib", "defibril", "box"}
    assert text_words(clause, "title") == {"defib"}


def _brute_share(analyzer, text: str, words: list[set[str]], weights: list[float]) -> float:
    """Return the best window's share by trying every window of the item's own text."""
    tokens = [(t.pos, t.text) for t in analyzer(text, positions=True)]
    best = 0.0
    for start, _ in tokens:
        held = {k for pos, term in tokens if start <= pos < start + WINDOW
                for k, forms in enumerate(words) if term in forms}
        best = max(best, sum(weights[k] for k in held))
    return best / sum(weights)


@pytest.mark.parametrize("query", ["community safety agreement", "domestic abuse refuge",
                                   "gangs strategy county lines"])
def test_the_ranker_reads_each_items_best_passage_from_the_index(
        corpus_index: Path, query: str) -> None:
    ix = IndexStore(corpus_index).open_index()
    builder = QueryBuilder(load_synonyms())
    clauses = tuple(wq.Term("text", t.text)
                    for t in ix.schema["text"].analyzer(query, mode="query"))
    weights = [1.0 + k for k in range(len(clauses))]
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        ranker = Ranker(searcher, tuple(builder.weights))
        docs = np.flatnonzero(ranker.evaluate(wq.Or(list(clauses))).mask)[:40]
        got, held = ranker.passage_among(clauses, weights, docs)
        words = [{c.text} for c in clauses]
        for k, doc in enumerate(docs.tolist()):
            fields = searcher.stored_fields(doc)
            text = fields.get("text") or ""
            assert got[k] == pytest.approx(_brute_share(
                ix.schema["text"].analyzer, text, words, weights)), doc
            terms = {t.text for t in ix.schema["text"].analyzer(text)}
            assert held[k] == pytest.approx(
                sum(w for w, f in zip(weights, words, strict=True) if f & terms) / sum(weights))
    assert got.min() < got.max()  # some items hold the words closer together than others


FILLER = ("The clerk reported on the accounts and the councillors discussed the hedges by the "
          "church, the bus timetable, the litter on the verges and the date of the next meeting. ")
SCATTERED = f"""NOTES of a meeting of the Wretton Parish Council held at the Church on Monday,
6 January 2014.

1. Play Area

The swings at the play area were replaced by volunteers.

2. Councillors Reports

A new bench was ordered for the green. {FILLER * 3}Two swings need painting. {FILLER * 3}The
play area fence is broken.

3. Footpaths

The footpath to the church was cleared.

4. Village Sign

The village sign was repainted.

5. Bus Shelter

A new notice was put in the bus shelter.

6. Churchyard

The grass in the churchyard was cut.
"""


@pytest.fixture(scope="module")
def scattered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over minutes where a long report names every word apart."""
    root = tmp_path_factory.mktemp("scattered")
    (root / "minutes").mkdir()
    (root / "minutes" / "wretton.txt").write_text(SCATTERED, encoding="utf-8")
    report = run_index(IndexOptions(roots=(root / "minutes",), index_dir=root / "ix", workers=1))
    assert report.items == 6, report
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_an_item_whose_words_stand_apart_counts_for_less(scattered: Engine) -> None:
    results = scattered.search(SearchRequest("new swings at the play area", explain=True))
    first, second = results.hits[:2]
    assert (first.title, second.title) == ("Play Area", "Councillors Reports")
    # The report holds every word, the short item all but 'new': the report's lie apart.
    assert second.why.held > first.why.held
    assert second.why.passage < 0 < first.why.passage
