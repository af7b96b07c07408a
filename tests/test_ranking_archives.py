"""Ranking on the real archives of ../shared/archives (tests/data/archive_queries.json).

Queries in councillors', clerks' and residents' own words, judged by reading the documents;
relevance is (file, phrase in the passage), so it survives changes in how items are split.
`python -m bench.ranking` prints the same figures with the queries that miss.

The floors below are today's figures minus a small margin, so that search does not get
worse. The targets of issue 20, for those who improve search, are on the held-aside set: MRR
>= 0.85, recall@10 >= 0.85 and no query with nothing relevant in the top 10 (and the sample
archive's MRR staying >= 0.95). The first held-aside set (heldout) was scored so often that it
became tuning material, and heldout2's misses were read while tuning too; heldout3 (in
tests/data/archive_queries_heldout3.json), written blind from the documents on 2026-12-01 by
someone who never ran the search, was the held-aside set until its misses were read while
tuning on 2026-12-01 (seventh session). heldout4 (tests/data/archive_queries_heldout4.json, 39
queries, phrases of 7 to 12 words), written blind from the documents that session, is the
held-aside set now. Raise the floors as search improves; never tune on the heldout4 queries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from bench.scoring.ranking import (
    ArchiveLabelled,
    ArchiveSummary,
    evaluate_archive,
    load_archive_queries,
)
from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from tests.conftest import shared_path

pytestmark = [pytest.mark.shared, pytest.mark.slow]

# Today's figures (`python -m bench.ranking --only archives`; tune: MRR 0.871, recall@10 0.941,
# 2 zero-hit of 95; heldout (tuned on since): MRR 0.893, recall@10 0.935, 1 zero-hit of 32;
# heldout2: MRR 0.845, recall@10 0.958, 1 zero-hit of 44) minus a margin: (MRR, recall@10, most
# zero-hit queries).
# heldout3, first scored 2026-12-01 at MRR 0.895, recall@10 0.887, 1 zero-hit of 33 (tune then
# 0.884 / 0.960 / 1, heldout 0.893 / 0.929 / 1, heldout2 0.836 / 0.958 / 1).
# heldout4, first scored 2026-12-01 (seventh session, after that day's search work) at MRR
# 0.937, recall@10 0.924, 0 zero-hit of 39 (tune 0.887 / 0.956 / 2, heldout 0.892 / 0.929 / 1,
# heldout2 0.880 / 0.983 / 0, heldout3 0.895 / 0.927 / 0).
# Targets of issue 20 on heldout4: MRR >= 0.85, recall@10 >= 0.85, 0 zero-hit queries.
FLOORS = {
    "tune": (0.84, 0.92, 2),
    "heldout": (0.85, 0.89, 2),
    "heldout2": (0.84, 0.94, 1),
    "heldout3": (0.86, 0.89, 1),
    "heldout4": (0.89, 0.88, 1),
}


@pytest.fixture(scope="module")
def archive_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Index ../shared/archives into a temporary folder and return an Engine over it."""
    archives = shared_path("archives")
    index_dir = tmp_path_factory.mktemp("archives-index") / "index"
    run_index(IndexOptions(roots=(archives,), index_dir=index_dir, workers=2))
    engine = Engine(index_dir)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def labelled() -> list[ArchiveLabelled]:
    """Return the archive queries."""
    return load_archive_queries()


@pytest.fixture(scope="module")
def summary(archive_engine: Engine, labelled: list[ArchiveLabelled]) -> ArchiveSummary:
    """Return where each archive query's passages came."""
    return evaluate_archive(archive_engine, labelled)


def test_the_set_is_large_varied_and_partly_held_out(labelled: list[ArchiveLabelled]) -> None:
    assert len(labelled) >= 70
    sets = Counter(q.set for q in labelled)
    assert set(sets) == {"tune", "heldout", "heldout2", "heldout3", "heldout4"}
    assert all(sets[name] >= 30 for name in ("heldout", "heldout2", "heldout3", "heldout4"))
    bodies = Counter(q.body for q in labelled)
    assert {"Ayton", "Burton-cum-Walden", "Kent County Council", "Wretton", "Wereham",
            "Northwold", "Boughton"} <= set(bodies)
    for name in ("heldout", "heldout2", "heldout3", "heldout4"):
        assert len({q.body for q in labelled if q.set == name}) >= 6
    assert {"question", "keyword", "everyday", "abbreviation", "misspelling"} <= {
        q.kind for q in labelled}
    for query in labelled:
        for passage in query.passages:
            assert passage.file.startswith("archives/"), passage
            assert 4 <= len(passage.phrase.split()) <= 12, passage


def test_every_label_names_a_file_of_the_archive(labelled: list[ArchiveLabelled]) -> None:
    root = shared_path("archives").parent
    missing = {p.file for q in labelled for p in q.passages if not (root / p.file).is_file()}
    assert not missing


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_ranking_does_not_fall_below_today(summary: ArchiveSummary, name: str) -> None:
    part = summary.subset(name)
    min_mrr, min_recall, max_zero = FLOORS[name]
    misses = [(o.labelled.query, o.first_rank) for o in part.outcomes if o.first_rank != 1]
    assert part.mrr >= min_mrr, misses
    assert part.recall >= min_recall, misses
    assert part.zero_hits <= max_zero, misses

