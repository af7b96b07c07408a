"""indexer/build/bounds.py: a runaway item is split into parts at paragraphs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from indexer.build.bounds import MAX_ITEM_CHARS, bound_items, split_text
from indexer.build.pipeline import IndexOptions, run_index
from indexer.records import AgendaItem, Meeting
from search.engine import Engine
from search.models import SearchRequest

from .test_reindex import minutes


def _meeting(text: str, pages: tuple[int, ...] = ()) -> Meeting:
    """Return a meeting of a short item, a long one, and another short one."""
    items = (
        AgendaItem("abc-001", 1, "1", "Apologies", "None."),
        AgendaItem("abc-002", 2, "2", "Budget", text, pages=pages, speakers=("Ms Jones",),
                   resolutions=("RESOLVED that the budget be approved.",), decision="resolved"),
        AgendaItem("abc-003", 3, "3", "Close", "The meeting closed."),
    )
    return Meeting("abc-m1", "a.txt", "Cabinet", date(2020, 1, 1), "Cabinet", items)


def test_a_runaway_item_is_split_at_paragraphs() -> None:
    paragraph = "Ms Jones explained the budget line by line. " * 50
    text = "\n\n".join([paragraph] * 200 + ["RESOLVED that the budget be approved."])
    [meeting], notes = bound_items([_meeting(text, pages=tuple(range(1, 21)))], limit=200_000)
    titles = [i.title for i in meeting.items]
    assert titles == ["Apologies", "Budget (part 1)", "Budget (part 2)", "Budget (part 3)",
                      "Close"]
    assert [i.id for i in meeting.items] == ["abc-001", "abc-002", "abc-002p2", "abc-002p3",
                                             "abc-003"]
    assert [i.position for i in meeting.items] == [1, 2, 3, 4, 5]
    parts = meeting.items[1:4]
    assert all(len(i.text) <= 200_000 for i in meeting.items)
    assert "\n\n".join(p.text for p in parts) == text
    assert [(p.pages[0], p.pages[-1]) for p in parts] == [(1, 8), (9, 17), (18, 20)]
    assert [p.decision for p in parts] == ["none", "none", "resolved"]
    assert parts[2].resolutions == ("RESOLVED that the budget be approved.",)
    assert {p.speakers for p in parts} == {("Ms Jones",)}
    assert notes == ("item '2. Budget' split into 3 parts for size (440 KB of text)",)


def test_items_under_the_limit_are_left_alone() -> None:
    meeting = _meeting("Short text.")
    assert bound_items([meeting]) == ([meeting], ())


def test_one_endless_paragraph_is_cut_at_spaces_then_anywhere() -> None:
    words = split_text("word " * 100, limit=42)
    assert all(len(p) <= 42 for p in words) and " ".join(words).split() == ["word"] * 100
    blob = split_text("x" * 100, limit=42)
    assert [len(p) for p in blob] == [42, 42, 16]


def test_a_runaway_item_is_indexed_in_parts_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    body = "\n\n".join(f"Ms Jones explained paragraph {k} of the budget report at some "
                       "length, with figures for every service of the council." for k in
                       range(2600))
    text = minutes("Cabinet", 4, "Budget").replace(
        "RESOLVED that the Budget report be noted.", body + "\n\nThe zebra crossing was "
        "mentioned last.\n\nRESOLVED that the Budget report be noted.")
    (folder / "long.txt").write_text(text)
    report = run_index(IndexOptions(roots=(folder,), index_dir=tmp_path / "ix", workers=1))
    [(source, reasons)] = report.doubtful
    assert source == "long.txt"
    assert any(r.startswith("item '2. Budget update' split into 2 parts for size") for r in
               reasons)
    engine = Engine(tmp_path / "ix")
    [hit] = engine.search(SearchRequest("zebra")).hits
    assert hit.title == "Budget update (part 2)" and hit.decision == "resolved"
    assert max(len(item.text) for item in engine.items()) <= MAX_ITEM_CHARS
