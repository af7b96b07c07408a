"""Real queries over the indexed corpus find the items a clerk would expect."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.person_names import is_role
from search.engine import Engine
from search.errors import NotFoundError
from search.models import SearchRequest


def top(engine: Engine, query: str, **filters) -> list[tuple[str, str]]:
    """Return (date, title) of the first hits of a query."""
    results = engine.search(SearchRequest(query=query, **filters))
    return [(h.date.isoformat() if h.date else "", h.title) for h in results.hits]


def test_terms_of_reference_finds_2018_and_2021(engine: Engine) -> None:
    hits = top(engine, "terms of reference")
    assert ("2018-07-18", "KCSP Terms of Reference Reviews") in hits[:2]
    assert ("2021-07-13", "KCSP and Subgroups Terms of Reference review") in hits[:2]


@pytest.mark.parametrize(("query", "expected"), [
    ("gangs strategy", ("2021-07-13", "Kent and Medway Gangs Strategy Update")),
    ("who was elected vice chair", ("2015-03-19", "Election of Vice-Chairman")),
    ("licence to kill", ("2018-10-10", "KCSP Working Group Update")),
    ("section 136", ("2018-10-10", "Mental Health Update")),
    ("community wardens", ("2015-03-19", "Final Community Warden Model")),
])
def test_topic_queries(engine: Engine, query: str, expected: tuple[str, str]) -> None:
    assert top(engine, query)[0] == expected


def test_facets_count_the_matches(engine: Engine) -> None:
    results = engine.search(SearchRequest(query="update"))
    years = {v.value: v.count for v in results.facets["year"]}
    assert sum(years.values()) <= results.total
    assert years["2018"] == engine.search(SearchRequest(query="update", years=(2018,))).total


def test_filters_combine(engine: Engine) -> None:
    request = SearchRequest(query="", committees=("Kent Community Safety Partnership",),
                            years=(2015, 2021), decisions=("resolved",), limit=200)
    results = engine.search(request)
    assert results.total > 10
    assert all(h.date and h.date.year in (2015, 2021) for h in results.hits)
    assert all(h.decision == "resolved" for h in results.hits)


def test_date_range_and_sorting(engine: Engine) -> None:
    results = engine.search(SearchRequest(query="update", date_from=date(2018, 7, 18),
                                          date_to=date(2018, 7, 18), sort="oldest", limit=50))
    assert results.total and {h.date for h in results.hits} == {date(2018, 7, 18)}
    newest = engine.search(SearchRequest(query="update", sort="newest", limit=50)).hits
    days = [h.date for h in newest if h.date]
    assert days == sorted(days, reverse=True)


def test_item_and_meeting_pages(engine: Engine) -> None:
    hit = engine.search(SearchRequest(query="gangs strategy")).hits[0]
    page = engine.item(hit.id)
    assert page.item.title == "Kent and Medway Gangs Strategy Update"
    meeting = engine.meeting(page.item.meeting_id)
    assert [i.number for i in meeting.items] == [str(n) for n in range(27, 40)]
    assert page.previous_id == meeting.items[6].id and page.next_id == meeting.items[8].id
    assert "Mr P M Hill, OBE (Chairman)" in meeting.attendance["present"]
    with pytest.raises(NotFoundError):
        engine.item("no-such-item")


def test_posts_that_spoke_come_back_as_roles_and_people_as_speakers(engine: Engine) -> None:
    items = list(engine.items())
    assert any(item.roles for item in items)
    assert all(is_role(role) for item in items for role in item.roles)
    assert not any(is_role(name) for item in items for name in item.speakers)
    exported = next(item for item in items if item.roles).to_json()
    assert exported["roles"] and not any(is_role(name) for name in exported["speakers"])
