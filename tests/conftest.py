"""Shared fixtures: the corpus indexed once per session, and paths to ../shared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Return a path in ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Index corpus/ once for the whole session and return the index folder."""
    index_dir = tmp_path_factory.mktemp("corpus-index") / "index"
    report = run_index(IndexOptions(roots=(CORPUS,), index_dir=index_dir, workers=2))
    assert not report.failed, report.failed
    return index_dir


@pytest.fixture(scope="session")
def engine(corpus_index: Path) -> Iterator[Engine]:
    """Return an Engine over the corpus index."""
    engine = Engine(corpus_index)
    yield engine
    engine.close()
