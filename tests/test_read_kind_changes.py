"""A page's kind changes, found at once for the page, are where BOUNDARY matches in each line."""

from __future__ import annotations

import random

from indexer.read.kind_changes import BOUNDARY, KindChanges

ALPHABET = "aZq9 _.-(\t\u00a0\x1c\x02\ufffeé½²٣ßŁ\ud800\u2019\u00b7"


def by_line(text: str) -> list[list[int]]:
    """Return, per line, the offsets BOUNDARY finds in it."""
    return [[m.end() for m in BOUNDARY.finditer(line)] for line in text.split("\r\n")]


def from_page(text: str) -> list[list[int]]:
    """Return, per line, the offsets KindChanges finds in it."""
    changes, found, at = KindChanges(text), [], 0
    for line in text.split("\r\n"):
        found.append(changes.within(at, line))
        at += len(line) + 2
    return found


def test_changes_found_for_a_page_are_those_found_line_by_line() -> None:
    rnd = random.Random(17)
    for _ in range(300):
        text = "\r\n".join("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 30)))
                           for _ in range(rnd.randint(1, 8)))
        assert from_page(text) == by_line(text), repr(text)


def test_known_changes_and_a_page_beyond_the_basic_plane() -> None:
    text = "1.1On item 2b\r\nMcDonald's (a)\r\nx\U0001d400 9Ab"
    assert from_page(text) == [[2, 3, 12], [2, 9, 12], [4]]
    assert from_page(text) == by_line(text)
