"""Facet arrays are saved beside the index and read back by the next engine, per index state."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.facets import FacetTable, _kinds, _stored_kind
from search.models import SearchRequest

from .conftest import CORPUS


def _search(index_dir: Path) -> tuple[dict, list[str]]:
    """Return the facet counts of a filtered search and the newest items, by a fresh engine."""
    engine = Engine(index_dir)
    try:
        facets = engine.search(SearchRequest(
            "community safety", committees=("Kent Community Safety Partnership",))).facets
        newest = engine.search(SearchRequest("", sort="newest", limit=8)).hits
        return facets, [h.id for h in newest]
    finally:
        engine.close()


def _refuse(cls, reader):
    raise AssertionError("the columns were read again")


def test_saved_arrays_are_reused_and_give_the_same_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(CORPUS, archive)
    index_dir = tmp_path / "ix"
    run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1))
    from_columns = _search(index_dir)
    saved = list(index_dir.glob("gen-*/facets-*.npz"))
    assert len(saved) == 1
    with monkeypatch.context() as patch:
        patch.setattr(FacetTable, "read", classmethod(_refuse))
        assert _search(index_dir) == from_columns

    changed = archive / "kent-community-safety-partnership" / "2018-07-18-minutes.txt"
    changed.write_text(changed.read_text().replace("Mental Health Update", "Wellbeing Update"))
    run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1))
    after = _search(index_dir)
    now = list(index_dir.glob("gen-*/facets-*.npz"))
    assert len(now) == 1 and now != saved, "a new index state gets its own copy, once"
    assert after[0] == from_columns[0]


def test_an_index_folder_that_cannot_be_written_still_counts_facets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index_dir = tmp_path / "ix"
    run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=1))

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr("search.facets.tempfile.mkstemp", refuse)
    facets, newest = _search(index_dir)
    assert facets["committee"] and newest
    assert not list(index_dir.glob("gen-*/*.npz"))


def test_saved_table_equals_the_table_read_from_columns(corpus_index: Path) -> None:
    engine = Engine(corpus_index)
    try:
        reader = engine._state().searcher.reader()
        fresh = FacetTable.read(reader)
        folder = corpus_index.parent / "facet-copy"
        folder.mkdir()
        FacetTable.cached(reader, folder)
        loaded = FacetTable.cached(reader, folder)
    finally:
        engine.close()
    assert loaded.values == fresh.values
    for name in ("dates", "positions", "speaker_docs", "speaker_values"):
        assert np.array_equal(getattr(loaded, name), getattr(fresh, name)), name
    for facet, column in fresh.single.items():
        assert np.array_equal(loaded.single[facet], column), facet


def test_kind_column_gives_each_item_s_kind_as_its_stored_fields_do(corpus_index: Path) -> None:
    engine = Engine(corpus_index)
    try:
        reader = engine._state().searcher.reader()
        assert reader.has_column("kind"), "a new index should have the kind column"
        stored = [_stored_kind(reader, doc) for doc in range(reader.doc_count_all())]
        assert _kinds(reader) == stored
    finally:
        engine.close()
    assert {"minutes", "agenda"} <= set(stored)


def test_an_index_written_before_the_kind_column_reads_kinds_from_stored_fields(
        corpus_index: Path) -> None:
    engine = Engine(corpus_index)
    try:
        reader = engine._state().searcher.reader()
        expected = [_stored_kind(reader, doc) for doc in range(reader.doc_count_all())]
        del reader.schema._fields["kind"]  # as an index of schema 7 without the column
        try:
            assert _kinds(reader) == expected
        finally:
            reader.schema._fields["kind"] = engine._state().index.schema["kind"]
    finally:
        engine.close()
