"""How a plan's words decide which items hold enough of them and how they score (matching.py)."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq

from search.matching import match_plan
from search.query import Plan
from search.ranker import Scored, held_share

SIZE = 100


def scored(docs: range | list[int], score: float = 1.0) -> Scored:
    """Return a word held by docs, scoring score in each."""
    mask = np.zeros(SIZE, dtype=bool)
    mask[list(docs)] = True
    return Scored(mask, np.where(mask, np.float32(score), np.float32(0)))


WORDS = {"precept": scored([90, 91]), "next": scored(range(40)), "year": scored(range(20, 60))}
PLAN = Plan(wq.And([wq.Term("text", w) for w in WORDS]),
            tuple(wq.Term("text", w) for w in WORDS), (False, False, False), 2)


def evaluate(q: wq.Query | None) -> Scored:
    """Return the made-up matches of one word."""
    return WORDS[q.text]


def test_an_item_holding_the_rare_words_of_a_question_holds_enough() -> None:
    matched = match_plan(PLAN, evaluate)
    assert matched.enough[90] and matched.mask[90]
    assert matched.enough[25]  # next and year: two of the three words
    assert not matched.mask[5]  # next alone
    assert matched.score[90] > matched.score[25]


def test_a_word_half_the_items_hold_counts_next_to_nothing_in_the_share() -> None:
    parts = [scored([1, 2]), scored(range(50)), scored(range(10))]
    share = held_share(parts, np.array([1, 20, 60]))
    assert share[0] == pytest.approx(1.0)
    assert share[1] < 0.1  # the common word alone
    assert share[2] == 0.0
    assert held_share(parts[:1] + parts[2:], np.array([2]))[0] > share[1]


def test_filling_an_item_lacking_only_a_common_word_ranks_with_those_holding_enough() -> None:
    # Only item 3 holds all three words; 1 and 2 lack only 'new', which 40 items hold.
    words = {"swings": scored([1, 2, 3], 2.0), "play": scored([1, 2, 3, 4], 2.0),
             "new": scored(range(3, 43), 5.0)}
    plan = Plan(wq.And([wq.Term("text", w) for w in words]),
                tuple(wq.Term("text", w) for w in words), (False, False, False), 3)
    matched = match_plan(plan, lambda q: words[q.text])
    assert matched.filled and matched.raised > 0
    assert matched.enough[[1, 2, 3]].all() and not matched.enough[4]
    assert matched.score[1] > matched.score[4] and matched.score[1] > matched.score[10]
    assert matched.score[3] > matched.score[1]  # holding every word still comes first
