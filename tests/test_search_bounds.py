"""Bounded search work: huge items' snippets, hits outside the lock, wildcards, deadlines."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search import hits as hits_module
from search.engine import Engine
from search.errors import QueryError, SearchTimeout
from search.models import SearchRequest
from search.snippets import snippet, word_terms

BIG_ITEM_CHARS = 2_000_000


@pytest.fixture(scope="module")
def big_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over an archive whose first item is ~2 MB of 'gangs'."""
    root = tmp_path_factory.mktemp("big")
    archive = root / "archive"
    archive.mkdir()
    repeat = BIG_ITEM_CHARS // 40
    (archive / "2020-01-01-minutes.txt").write_text(
        "1. Gangs strategy\n\n" + "The gangs were noted by the gangs panel. " * repeat
        + "\n\n2. Budget\n\nThe committee noted the budget.\n\n3. Roads\n\nRoads were noted.\n",
        encoding="utf-8")
    report = run_index(IndexOptions(roots=(archive,), index_dir=root / "ix", workers=1))
    assert not report.failed
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_snippet_of_a_5_mb_text_full_of_the_word_is_quick() -> None:
    text = "The gangs strategy was noted. " * 170_000
    started = time.perf_counter()
    found = snippet(text, word_terms("gangs"))
    assert time.perf_counter() - started < 0.2
    assert ("gangs", True) in found.parts


def test_a_word_longer_than_a_fragment_gives_the_opening() -> None:
    word = "gangs" + "x" * 300
    assert snippet(f"{word} noted", word_terms(word)).parts


@pytest.mark.slow
def test_a_huge_item_is_found_quickly_and_does_not_block_others(big_engine: Engine,
                                                                monkeypatch) -> None:
    started = time.perf_counter()
    results = big_engine.search(SearchRequest(query="gangs"))
    assert time.perf_counter() - started < 1.0
    assert results.total >= 1 and any(m for _, m in results.hits[0].snippet.parts)

    # Hold one search inside its snippets; a search in another thread must still finish.
    building, release = threading.Event(), threading.Event()
    real = hits_module.snippet

    def slow_snippet(text: str, terms: frozenset[str]):
        if "gangs" in text[:100]:
            building.set()
            release.wait(10)
        return real(text, terms)

    monkeypatch.setattr(hits_module, "snippet", slow_snippet)
    first = threading.Thread(target=big_engine.search, args=(SearchRequest(query="gangs"),))
    first.start()
    try:
        assert building.wait(10)
        started = time.perf_counter()
        other = big_engine.search(SearchRequest(query="budget"), seconds=5)
        assert time.perf_counter() - started < 1.0 and other.total >= 1
    finally:
        release.set()
        first.join(10)


@pytest.mark.parametrize("query", ["*", "*e* *a*", "s*", "?ang*", "gangs *"])
def test_wildcards_without_a_start_are_refused(engine: Engine, query: str) -> None:
    with pytest.raises(QueryError, match=r"wildcard|\*"):
        engine.search(SearchRequest(query=query))


def test_wildcards_and_ranges_that_stand_for_too_many_words_are_refused(engine: Engine,
                                                                          monkeypatch) -> None:
    assert engine.search(SearchRequest(query="strat*")).total > 0
    assert engine.search(SearchRequest(query="*:*")).total == 70
    with pytest.raises(QueryError, match="more than"):
        engine.search(SearchRequest(query="[a TO z]"))
    monkeypatch.setattr("search.limits.MAX_EXPANSION", 3)
    with pytest.raises(QueryError, match="'co\\*' stands for more than 3 words"):
        engine.search(SearchRequest(query="co*"))


def test_a_search_past_its_deadline_stops_with_a_message(engine: Engine) -> None:
    with pytest.raises(SearchTimeout, match="longer than"):
        engine.search(SearchRequest(query="gangs"), seconds=0)
    assert engine.search(SearchRequest(query="gangs"), seconds=5).total > 0


def test_a_search_waiting_for_a_busy_engine_gives_up_at_its_deadline(engine: Engine) -> None:
    holding = threading.Event()
    done = threading.Event()

    def hold() -> None:
        with engine._lock:
            holding.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(5)
        started = time.perf_counter()
        with pytest.raises(SearchTimeout, match="busy"):
            engine.search(SearchRequest(query="gangs"), seconds=0.3)
        assert time.perf_counter() - started < 1.0
    finally:
        done.set()
        holder.join(10)


def test_hits_are_read_again_when_the_index_moved(engine: Engine, monkeypatch) -> None:
    calls = []
    real = hits_module.build_hits

    def moved_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise hits_module.IndexMoved("a commit landed")
        return real(*args, **kwargs)

    monkeypatch.setattr("search.engine.build_hits", moved_once)
    assert engine.search(SearchRequest(query="gangs")).hits and len(calls) == 2



def test_an_undated_item_is_neither_newest_nor_after_any_date(tmp_path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    text = ("1. Roads\n\nThe council noted the roads.\n\n2. Second item\n\nThe Committee "
            "noted it.\n\n3. Third item\n\nNoted.\n")
    (archive / "minutes.txt").write_text(text, encoding="utf-8")
    (archive / "2019-05-01-minutes.txt").write_text(text, encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    engine = Engine(tmp_path / "ix")
    newest = engine.search(SearchRequest(query="roads", sort="newest"))
    assert [h.date.isoformat() if h.date else None for h in newest.hits] == ["2019-05-01", None]
    after = engine.search(SearchRequest(query="roads", date_from=date(2018, 1, 1)))
    assert after.total == 1
    engine.close()


def test_an_empty_index_finds_nothing(tmp_path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "notes.txt").write_text("Nothing that reads as minutes.\n", encoding="utf-8")
    run_index(IndexOptions(roots=(archive,), index_dir=tmp_path / "ix", workers=1))
    engine = Engine(tmp_path / "ix")
    assert engine.search(SearchRequest(query="roads")).total == 0
    engine.close()
