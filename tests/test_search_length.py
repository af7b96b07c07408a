"""A long unsplit item (a councillors' report, a whole page of minutes) does not outrank a short
item about the very thing asked, even when the long one holds every word of the question.

Real documents of ../shared/archives (skipped when it is absent), indexed on their own.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from indexer.build.pipeline import IndexOptions, run_index
from search.engine import Engine
from search.models import SearchRequest
from tests.conftest import shared_path

FILES = ("norfolk-parishes/wretton-parish-council/2014-01-06_minutes.html",
         "norfolk-parishes/boughton-parish-council/2013-05-03_agenda-and-minutes.html",
         "norfolk-parishes/boughton-parish-council/2013-11-01_agenda-and-minutes.html",
         "norfolk-parishes/northwold-parish-council/2016-09-06_minutes.html")
LONG = 4000  # characters: the councillors' reports run to 4,600 and 10,300


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Index four real documents: one with a short item on adopting the village phone box,
    three whose long items mention it among much else."""
    root = tmp_path_factory.mktemp("length") / "archive"
    for name in FILES:
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shared_path("archives", name), target)
    run_index(IndexOptions(roots=(root,), index_dir=root.parent / "ix", workers=1))
    engine = Engine(root.parent / "ix")
    yield engine
    engine.close()


@pytest.mark.parametrize("query", [
    "adoption of the phone box",
    "when did the parish council agree to adopt the phone box from BT",
])
def test_a_short_focused_item_outranks_a_long_one_holding_every_word(
        engine: Engine, query: str) -> None:
    length = {item.id: len(item.text) for item in engine.items()}
    hits = engine.search(SearchRequest(query, explain=True, limit=20)).hits
    assert (hits[0].title, length[hits[0].id] < 1000) == ("Adoption of the phone box", True)
    long = [h for h in hits if length[h.id] > LONG]
    assert long and all(h.score < hits[0].score for h in long)
    # The long items hold every word the short one holds: length, not the words, decides.
    assert max(h.why.held for h in long) >= hits[0].why.held
