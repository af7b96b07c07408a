"""Items holding some of a query's words: two words that few items hold together are followed
by items holding one, and words standing together still count when no item holds them all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.models import SearchRequest

SEPTEMBER = """MINUTES of the meeting of West Burton Parish Council held in the Village Hall on
Tuesday, 2 September 2025.

1. Anti-social Behaviour at the Waterfall

Residents reported anti-social behaviour at the waterfall over the summer, with broken glass
left on the rocks. The Clerk will write to the police.

2. Parking on the Green

Cars parked on the village green overnight have damaged the grass beside the bus shelter.
Signs will be put up asking drivers not to park there.

3. Village Hall

The green bins at the village hall were emptied late. Parked cars blocked the refuse lorry
and the Clerk will ask the hall committee to remind hirers that cars are not to be left in
the yard.
"""

NOTICE = """AGENDA of the meeting of West Burton Parish Council to be held in the Village Hall
on Tuesday, 7 October 2025.

1. To consider complaints about noise and litter at and above the Waterfall

2. To consider the footpath to the Waterfall, repaired by the National Park
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Return an Engine over a parish's minutes and the agenda of its next meeting."""
    root = tmp_path_factory.mktemp("partial")
    (root / "archive").mkdir()
    (root / "archive" / "2025-09-02_minutes.txt").write_text(SEPTEMBER)
    (root / "archive" / "2025-10-07_agenda.txt").write_text(NOTICE)
    run_index(IndexOptions(roots=(root / "archive",), index_dir=root / "ix", workers=1))
    engine = Engine(root / "ix")
    yield engine
    engine.close()


def test_two_words_few_items_hold_together_are_followed_by_items_holding_one(
        parish: Engine) -> None:
    results = parish.search(SearchRequest("ASB waterfall"))
    assert results.hits[0].title == "Anti-social Behaviour at the Waterfall"
    # The agenda names the waterfall, not anti-social behaviour: it follows.
    assert [h.source.endswith("agenda.txt") for h in results.hits] == [False, True]
    assert results.filled and not results.relaxed


def test_a_word_with_a_field_term_is_not_filled_by_the_field_term_alone(
        parish: Engine) -> None:
    results = parish.search(SearchRequest("title:waterfall glass"))
    assert [h.title for h in results.hits] == ["Anti-social Behaviour at the Waterfall"]


def test_words_standing_together_count_when_no_item_holds_every_word(parish: Engine) -> None:
    # No item holds 'night'; two hold cars, parked, village and green, one of them together.
    results = parish.search(SearchRequest("cars parked on the village green at night",
                                          explain=True))
    first = results.hits[0]
    assert first.title == "Parking on the Green"
    assert first.why.together > 0 and "bonus:" in results.explain
    assert not any(h.why.held == len(h.why.words) for h in results.hits)
