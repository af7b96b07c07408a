"""A long item whose one passage answers a question is weighed by that passage even when many
shorter items, holding the question's words apart, score more by their words alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.models import SearchRequest

FILLER = ("The clerk reported on the hedge cutting along Church Lane.",
          "Members discussed the state of the footpath by the old mill.",
          "A resident asked about the parking outside the school gates.",
          "The chairman thanked the volunteers who had cleared the pond.",
          "Quotes for repainting the village sign were still awaited.",
          "The noticeboard by the shop needs a new lock and glass.")
SCATTERED = 40  # short items holding the question's words far apart


def _filler(start: int, sentences: int) -> str:
    """Return some sentences of filler, none holding a word of the query."""
    return " ".join(FILLER[(start + k) % len(FILLER)] for k in range(sentences))


def _minutes() -> str:
    """Return one meeting's minutes: many short items naming a defibrillator, a second and a
    cost apart, and a long Matters Arising whose one bullet prices a second defibrillator."""
    items = [f"Defibrillator checks {k}\n\nThe defibrillator at site {k} was checked. "
             f"{_filler(k, 4)} A second volunteer joined the rota. {_filler(k + 1, 4)} "
             f"The cost of pads was met." for k in range(SCATTERED)]
    items.append("Matters Arising\n\n" + _filler(0, 30) + " Defibrillator: a second "
                 "defibrillator would cost about £1300 to buy and fit. " + _filler(3, 30))
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(items, 1))
    return ("MINUTES of the meeting of Northwold Parish Council held in the Village Hall on "
            f"Tuesday, 2 April 2019.\n\n{body}\n")


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over the one meeting."""
    root: Path = tmp_path_factory.mktemp("rerank")
    (root / "archive").mkdir()
    (root / "archive" / "2019-04-02_minutes.txt").write_text(_minutes())
    run_index(IndexOptions(roots=(root / "archive",), index_dir=root / "ix", workers=1))
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_a_long_item_whose_passage_answers_rises_above_many_scattered_ones(
        parish: Engine) -> None:
    hits = parish.search(SearchRequest("how much would a second defibrillator cost")).hits
    assert hits[0].title == "Matters Arising"


def test_a_question_weighs_more_of_the_best_matches_than_a_keyword_query(
        parish: Engine) -> None:
    asked = parish.search(SearchRequest("is the second defibrillator checked?", explain=True))
    named = parish.search(SearchRequest("second defibrillator", explain=True))
    listed = parish.search(SearchRequest("second defibrillator pads volunteer rota",
                                         explain=True))
    assert "passage: the best 50 matches" in asked.explain
    assert "passage: the best 20 matches" in named.explain
    assert "most:" in listed.explain and "passage: the best 20 matches" in listed.explain
