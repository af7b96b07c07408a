"""How a resident's own words are read: 'film or record' asks for either word; 'closing' finds
the minutes' 'closure'; 'how big' asks for a measure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.answers import asked_for
from search.engine import Engine
from search.models import SearchRequest
from search.query import QueryBuilder
from search.synonyms import load_synonyms

ITEMS = (
    "Policy for recording of meetings\n\nCouncillors reviewed the policy on recording "
    "meetings and readopted it.",
    "Film night\n\nThe film night in the hall was well attended.",
    "Finance\n\nThe accounts for the year were approved.",
    "Post Office opening hours\n\nThe post office opening hours are unchanged.",
    "Open Forum\n\nResidents heard of the imminent closure of the village post office.",
    "Hall\n\nThe common room at the hall was painted.",
    "Registered land\n\nThe common consisted of 39 acres when it was registered.",
    "Local Plan\n\nThe loss of agricultural land to the new estate was opposed.",
    "Staffing\n\nThe clerk's salary rises by two per cent from April.",
    "Minutes\n\nThe minutes of the last parish council meeting were signed as a correct record.",
)


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over one meeting of a parish council."""
    root: Path = tmp_path_factory.mktemp("natural")
    (root / "archive").mkdir()
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(ITEMS, 1))
    (root / "archive" / "2019-04-02_minutes.txt").write_text(
        "MINUTES of the meeting of Northwold Parish Council held in the Village Hall on "
        f"Tuesday, 2 April 2019.\n\n{body}\n")
    run_index(IndexOptions(roots=(root / "archive",), index_dir=root / "ix", workers=1))
    engine = Engine(root / "ix")
    yield engine
    engine.close()


@pytest.mark.parametrize(("query", "words"), [
    ("can I film or record the fete", 2),
    ("swings or slides or seesaw", 1),
    ("film OR record meeting", 1),  # the user's own logic: one clause, as before
])
def test_words_joined_by_or_are_one_word_either_of_them(query: str, words: int) -> None:
    plan = QueryBuilder(load_synonyms()).plan(query)
    assert plan is not None and len(plan.clauses) == words


def test_an_item_holding_either_word_joined_by_or_holds_that_word(parish: Engine) -> None:
    results = parish.search(SearchRequest("film or record meetings", explain=True))
    first = results.hits[0]
    assert (first.title, results.relaxed) == ("Policy for recording of meetings", False)
    assert first.why is not None and first.why.held == len(first.why.words) == 2


def test_a_verb_finds_its_noun_in_ure(parish: Engine) -> None:
    hits = parish.search(SearchRequest("is the post office closing")).hits
    assert hits[0].title == "Open Forum"


def test_explain_says_which_words_a_question_ran_with(parish: Engine) -> None:
    explain = parish.search(SearchRequest("when did the post office close?",
                                          explain=True)).explain
    assert "question: 'when did' only asks: runs as 'the post office close'" in explain
    plain = parish.search(SearchRequest("post office", explain=True)).explain
    assert "question:" not in plain


@pytest.mark.parametrize(("query", "answer", "asks"), [
    ("how big was the common", "39 acres", True),
    ("how long will the road be closed", "for 6 weeks", True),
    ("how far is the bus stop", "2 miles", True),
    ("how big is the overspend", "£1,300", False),
    ("how big was the common", "6 weeks", False),
    ("how many benches", "39 acres", False),
])
def test_how_big_far_or_long_asks_for_a_measure(query: str, answer: str, asks: bool) -> None:
    asked = asked_for(query)
    assert (asked is not None and bool(asked.pattern.search(answer))) is asks


def test_a_measure_beside_the_words_answers_how_big(parish: Engine) -> None:
    results = parish.search(SearchRequest("how big was the common", explain=True))
    assert results.hits[0].title == "Registered land"
    assert "amount: asks how big" in results.explain


@pytest.mark.parametrize(("query", "title"), [
    ("farmland", "Local Plan"),
    ("wages", "Staffing"),
])
def test_everyday_words_find_the_minutes_words(parish: Engine, query: str, title: str) -> None:
    assert [h.title for h in parish.search(SearchRequest(query)).hits] == [title]


def test_a_question_drops_the_words_every_item_of_a_council_meeting_holds(
        parish: Engine) -> None:
    hits = parish.search(SearchRequest("can I film or record a parish council meeting")).hits
    titles = [h.title for h in hits]
    assert titles.index("Policy for recording of meetings") < titles.index("Minutes")
    plan = QueryBuilder(load_synonyms()).plan("can I film or record a parish council meeting")
    assert plan is not None and plan.text == "film or record a"
    # With fewer than two other words left they stay: 'the next' alone asks nothing.
    assert "meeting" in QueryBuilder(load_synonyms()).plan(
        "when is the next parish council meeting").text
