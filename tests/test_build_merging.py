"""Incremental runs merge their small segments: after many small runs the count stays bounded."""

from __future__ import annotations

from pathlib import Path

from indexer.build.merging import LARGE_SHARE, MERGE_FACTOR, segments_to_merge
from indexer.build.pipeline import IndexOptions, run_index
from indexer.build.store import IndexStore
from search.engine import Engine
from search.models import SearchRequest

MEETING = """MINUTES of a meeting of the {committee} held on Monday, {day} March 2019.

1. Apologies

Noted.

2. {topic} update

Ms Jones explained the {topic} report and Mr Patel asked about funding.

RESOLVED that the {topic} report be noted.
"""
TOPICS = ("library", "harbour", "parking", "allotment", "cemetery", "bus lane", "flood",
          "market", "school", "leisure")



def test_a_new_segment_takes_in_small_ones_smallest_first() -> None:
    assert segments_to_merge(10, [5000, 5000]) == []
    assert segments_to_merge(10, [5000, 30, 5000, 20]) == [3, 1]
    # 300 is more than MERGE_FACTOR times the 10 + 20 taken so far.
    assert segments_to_merge(10, [300, 20]) == [1]
    assert MERGE_FACTOR * 30 < 300


def test_a_large_segment_is_never_merged_by_a_run() -> None:
    sizes = [10000, 10000]
    assert all(LARGE_SHARE * (sum(sizes) + 5000) < size <= MERGE_FACTOR * 5000 for size in sizes)
    assert segments_to_merge(5000, sizes) == []


def test_many_small_runs_leave_few_segments(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    files = []
    for n in range(200):
        path = archive / f"committee-{n % 4}" / f"2019-03-{n % 28 + 1:02d}-{n}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(MEETING.format(committee=f"Committee {n % 4}", day=n % 28 + 1,
                                       topic=TOPICS[n % len(TOPICS)]), encoding="utf-8")
        files.append(path)
    index_dir = tmp_path / "index"
    options = IndexOptions(roots=(archive,), index_dir=index_dir, workers=2)
    run_index(IndexOptions(roots=(archive,), index_dir=index_dir, workers=2, full=True))
    counts = []
    for run in range(16):
        for path in files[run * 10:run * 10 + 10]:
            with path.open("a", encoding="utf-8") as out:
                out.write(f"\n3. Any other business\n\nThe zebracrossing{run} was discussed.\n")
        report = run_index(options)
        assert report.indexed == 10, report
        counts.append(IndexStore(index_dir).segment_count())
    # Whoosh's own policy (MERGE_SMALL) let up to 8 pile up here ([3, 4, 5, 6, 2, 3, ...]).
    assert max(counts) <= 5, counts
    engine = Engine(index_dir)
    try:
        for run in (0, 7, 15):
            found = engine.search(SearchRequest(f"zebracrossing{run}"))
            assert found.total == 10, run
        assert engine.search(SearchRequest("harbour")).total == 20
    finally:
        engine.close()


def test_a_segment_mostly_deleted_is_merged_whatever_its_size() -> None:
    assert segments_to_merge(200, [10000, 10000], [100, 3500]) == [1]
