"""The fenced Whoosh internals: the probe passes on a real index, and a failed probe falls back."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from indexer.build import whoosh_private
from indexer.build.manifest import SCHEMA_VERSION
from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.status import index_status
from indexer.build.store import STATE_FILE, IndexStore
from indexer.errors import IndexOutdatedError
from search.engine import Engine
from search.errors import SearchError
from search.models import SearchRequest
from search.ranker import Ranker, WhooshRanker
from webui.cli import main

from .conftest import CORPUS
from .test_ranker import SAME_SCORES

QUERIES = [SearchRequest("community safety"), SearchRequest("gangs strategy", years=(2021,)),
           SearchRequest('"terms of reference"'), SearchRequest("speaker:brinsen"),
           SearchRequest("licen*"), SearchRequest("", committees=("Kent Community Safety "
                                                               "Partnership",), sort="newest")]


def test_probe_agrees_on_a_real_index(corpus_index: Path) -> None:
    with IndexStore(corpus_index).open_index().reader() as reader:
        assert whoosh_private.probe(reader) == ""


def test_probe_agrees_on_an_index_with_deleted_documents(tmp_path: Path) -> None:
    # Documents deleted in place, the segment kept. (Changing a file and reindexing left no
    # deletion once in CI: when a build's items fall into more than one segment, the changed
    # file's may be over a third of theirs, and the merge cascade then rewrites that segment.)
    index_dir = tmp_path / "index"
    run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=1))
    writer = IndexStore(index_dir).open_index().writer()
    writer.delete_document(0)
    writer.commit(merge=False)
    with IndexStore(index_dir).open_index().reader() as reader:
        assert any(leaf.has_deletions() for leaf, _ in reader.leaf_readers())
        assert whoosh_private.probe(reader) == ""


def _wrong_postings(leaf, field, btext, format_):
    """Stand in for a Whoosh whose internals moved: every id off by one."""
    ids, weights = _REAL_POSTINGS(leaf, field, btext, format_)
    return ids + 1, weights


_REAL_POSTINGS = whoosh_private.leaf_postings


@pytest.mark.parametrize("broken", ["wrong data", "raises"])
def test_failed_probe_falls_back_to_whoosh(corpus_index: Path, engine: Engine, broken: str,
                                           monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    def _raise(*args):
        raise AttributeError("a private attribute moved in another Whoosh release")

    wanted = [engine.search(request) for request in QUERIES]
    assert isinstance(engine._state().ranker, Ranker)
    monkeypatch.setattr(whoosh_private, "leaf_postings",
                        _wrong_postings if broken == "wrong data" else _raise)
    fallback = Engine(corpus_index)
    with caplog.at_level(logging.WARNING, logger="minutebook"):
        answers = [fallback.search(request) for request in QUERIES]
    assert isinstance(fallback._state().ranker, WhooshRanker)
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert warnings[0].startswith("minutebook: fast ranker unavailable (")
    assert warnings[0].endswith("); using Whoosh's matchers")
    for request, got, want in zip(QUERIES, answers, wanted, strict=True):
        assert got.total == want.total, request
        assert [h.id for h in got.hits] == [h.id for h in want.hits], request
        if request.query in SAME_SCORES:
            assert np.allclose([h.score for h in got.hits], [h.score for h in want.hits],
                               rtol=1e-3), request
        assert got.facets == want.facets, request
    fallback.close()


@pytest.fixture
def outdated_index(tmp_path: Path) -> Path:
    """Return an index whose state says an older Minutebook wrote it."""
    index_dir = tmp_path / "index"
    run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=1))
    state = IndexStore(index_dir).require_current() / STATE_FILE
    with sqlite3.connect(state) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                   (str(SCHEMA_VERSION - 1),))
    return index_dir


OUTDATED = (f"index was built by an older Minutebook (schema {SCHEMA_VERSION - 1}); "
            "rebuild with `minutebook index --full`")


def test_an_older_index_is_refused_with_the_fix(outdated_index: Path) -> None:
    with pytest.raises(SearchError) as raised:
        Engine(outdated_index)
    assert str(raised.value) == OUTDATED
    with pytest.raises(IndexOutdatedError):
        index_status(outdated_index)
    for command in (["search", "gangs"], ["status"], ["export"], ["serve", "--port", "0"]):
        result = CliRunner().invoke(main, [*command, "--index", str(outdated_index)],
                                    catch_exceptions=False)
        assert result.exit_code == 1, command
        assert result.stderr == f"minutebook: {OUTDATED}\n", command


def test_an_older_index_is_rebuilt_by_an_update(outdated_index: Path) -> None:
    report = run_index(IndexOptions(roots=(CORPUS,), index_dir=outdated_index, workers=1))
    assert report.full and not report.failed
    assert Engine(outdated_index).search(SearchRequest("gangs")).total > 0


@pytest.fixture(scope="module")
def updated_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return an index of the corpus updated once: two segments, deleted documents.

    The file changed is a small one of its own, so that its deleted items stay far below the
    share at which the merge policy rewrites the build's segment (merging.DELETED_SHARE).
    """
    import shutil

    archive = tmp_path_factory.mktemp("columns") / "archive"
    shutil.copytree(CORPUS, archive)
    changed = archive / "2020-01-15-minutes.txt"
    changed.write_text(SMALL_MINUTES, encoding="utf-8")
    index_dir = archive.parent / "index"
    first = run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1))
    assert not first.failed, first.failed
    changed.write_text(SMALL_MINUTES + "\nNoted.\n", encoding="utf-8")
    second = run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=1))
    assert first.items > 20 and second.indexed == 1 and second.items >= 1, (first, second)
    return index_dir


SMALL_MINUTES = """Minutes of the Parish Council meeting held on 15 January 2020

1. Apologies
None.

2. Play area
The council agreed to repair the swings.
"""


@pytest.mark.parametrize("field", ["committee_facet", "decision", "kind", "year", "date",
                                   "position", "speaker_facet"])
def test_column_values_read_what_whoosh_reads(updated_index: Path, field: str) -> None:
    with IndexStore(updated_index).open_index().reader() as reader:
        segments = [(r.doc_count_all(), r.doc_count_all() - r.doc_count())
                    for r, _ in reader.leaf_readers()]
        assert len(segments) == 2 and reader.has_deletions(), segments
        values = whoosh_private.column_values(reader, field)
        assert values == list(reader.column_reader(field))
        assert len(set(values)) > 1
