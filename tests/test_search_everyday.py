"""The synonyms list's local-government abbreviations and everyday words find the minutes' own
words: what a resident types and what the clerk wrote."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.models import SearchRequest
from search.query import clean_query

MINUTES = """MINUTES of the meeting of Northwold Parish Council held in the Village Hall on
Tuesday, 2 April 2019.

1. Public Forum

A representative from the Northwold WI attended to explain plans to refurbish the village
sign and the two benches beside it.

2. Highways

A lamp column on Church Lane has been leaning since it was struck by a vehicle. The Clerk has
reported it to Norfolk County Council. A TRO for the school bus stop is awaited.

3. Health

The GP surgery will open on Saturday mornings from May. The PCN ends in June.

4. Recreation Ground

Diesel was stolen from the mower kept at the recreation ground.

5. Finance

The Clerk reported that the Council's funds stand at £12,400 at the end of the year.

6. Speeding

Residents asked for a 20 mph limit past the school; the 30mph signs on Methwold Road have
faded. The next meeting is on the 1st of May at 7pm.

7. Christmas

The Christmas tree will stand on the green again this year.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over one meeting of a parish council."""
    root = tmp_path_factory.mktemp("everyday")
    (root / "archive").mkdir()
    (root / "archive" / "2019-04-02_minutes.txt").write_text(MINUTES)
    run_index(IndexOptions(roots=(root / "archive",), index_dir=root / "ix", workers=1))
    engine = Engine(root / "ix")
    yield engine
    engine.close()


@pytest.mark.parametrize(("query", "title"), [
    ("women's institute", "Public Forum"),
    ("lamp post", "Highways"),
    ("traffic regulation order", "Highways"),
    ("doctors", "Health"),
    ("theft", "Recreation Ground"),
    ("playing field", "Recreation Ground"),
    ("money", "Finance"),
    ("20mph", "Speeding"),
    ("30 mph", "Speeding"),
    ("7 pm", "Speeding"),
    ("xmas tree", "Christmas"),
])
def test_everyday_words_and_abbreviations_find_the_minutes_words(
        parish: Engine, query: str, title: str) -> None:
    assert [h.title for h in parish.search(SearchRequest(query)).hits] == [title]


def test_an_abbreviation_the_minutes_use_for_something_else_is_not_expanded_back(
        parish: Engine) -> None:
    # 'PCN' stands for a penalty charge notice; a doctor's word does not find it.
    assert [h.title for h in parish.search(SearchRequest("doctor")).hits] == ["Health"]
    assert parish.search(SearchRequest("penalty charge notice")).hits[0].title == "Health"


def test_a_number_and_its_unit_match_written_together_or_apart(parish: Engine) -> None:
    assert "20mph | 20 mph" in parish.search(SearchRequest("20mph", explain=True)).explain
    # An ordinal is no number and unit: '1st' is not '1 st'.
    assert "1 st" not in parish.search(SearchRequest("1st", explain=True)).explain


@pytest.mark.parametrize("query", ["what's happening to the leaning lamp column",
                                   "who's reported the leaning lamp column"])
def test_a_contraction_is_its_words_so_its_question_word_is_dropped(
        parish: Engine, query: str) -> None:
    results = parish.search(SearchRequest(query, explain=True))
    assert results.hits[0].title == "Highways" and not results.relaxed
    assert "what" not in results.explain.split("words:")[1].split("\n")[0].split()
    # Every word of the question held: no word of the contraction was needed.
    assert results.hits[0].why.held == len(results.hits[0].why.words)


def test_a_possessive_and_a_quoted_contraction_stay_as_written() -> None:
    assert clean_query("the council's funds") == "the council's funds"
    assert clean_query('"what\'s on" who\'s') == '"what\'s on" who is'


def test_the_word_after_how_only_asks(parish: Engine) -> None:
    results = parish.search(SearchRequest("how long has the lamp column been leaning",
                                          explain=True))
    assert results.hits[0].title == "Highways" and not results.relaxed
    assert "long" not in results.explain.split("words:")[1].split("\n")[0].split()
    assert "long" in parish.builder.plan("long lane lamp column").text  # not after 'how'


@pytest.mark.parametrize("query", ["is anyone doing anything about the leaning lamp column",
                                   "any news on the leaning lamp column",
                                   "I want to know about the leaning lamp column"])
def test_a_question_in_a_residents_words_needs_only_its_subject(
        parish: Engine, query: str) -> None:
    results = parish.search(SearchRequest(query, explain=True))
    assert results.hits[0].title == "Highways" and not results.relaxed
    kept = set(parish.builder.plan(query).text.lower().split())
    assert {"leaning", "lamp", "column"} <= kept <= {"leaning", "lamp", "column", "about", "the",
                                                    "on", "to"}
