"""Decision text and kind from an item's paragraphs."""

from __future__ import annotations

from indexer.parse.decisions import decisions


def test_a_motion_and_its_carried_line_are_one_decision() -> None:
    kind, texts = decisions(["Peter Gilroy proposed and Robin Hales seconded, that Mr Hendry be "
                             "appointed Chairman.", "Carried unanimously"])
    assert kind == "carried"
    assert texts == ("Peter Gilroy proposed and Robin Hales seconded, that Mr Hendry be "
                     "appointed Chairman. Carried unanimously",)


def test_separate_resolutions_are_all_kept_and_repeats_once() -> None:
    assert decisions(["RESOLVED that A be noted.", "Discussion.", "RESOLVED that B be agreed."]
                     ) == ("resolved", ("RESOLVED that A be noted.", "RESOLVED that B be agreed."))
    assert decisions(["RESOLVED that the update be noted."] * 2) == (
        "resolved", ("RESOLVED that the update be noted.",))


def test_the_strongest_kind_is_the_decision() -> None:
    kind, texts = decisions(["It was noted that the figures were late.",
                             "RESOLVED that the report be endorsed."])
    assert kind == "resolved" and texts == ("RESOLVED that the report be endorsed.",)
    assert decisions(["Members discussed the report."]) == ("none", ())
