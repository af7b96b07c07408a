"""A council's record of decision: one item, numbered and titled by the form, its maker named."""

from __future__ import annotations

from datetime import date

from indexer.parse.meetings import parse_document
from indexer.records import Document

TAKEN = """SNORING COUNTY COUNCIL – RECORD OF DECISION

DECISION TAKEN BY:
DECISION NO:
Cabinet Member for Highways
24/00123

For publication
Key decision: YES

Subject Matter / Title of Decision: Winter gritting routes
2025-26

Decision:
As Cabinet Member for Highways, I agree to adopt the revised winter gritting routes.

Reason(s) for decision:
The routes were last reviewed in 2015 and two new estates need gritting.

Any alternatives considered and rejected:
None

signed date
17/1/2025
"""


def _parse(text: str):
    return parse_document(Document("r.pdf", "pdf", (text,)))


def test_a_record_of_decision_is_one_item_numbered_and_titled_by_the_form() -> None:
    [meeting] = _parse(TAKEN)
    [item] = meeting.items
    assert (item.number, item.title) == ("24/00123", "Winter gritting routes 2025-26")
    assert meeting.committee == "Snoring County Council — Cabinet Member for Highways"
    assert meeting.date == date(2025, 1, 17)
    assert item.decision == "agreed"
    assert "two new estates" in item.text


def test_a_proposed_record_keeps_the_decision_it_proposes() -> None:
    proposed = TAKEN.replace("RECORD OF DECISION", "PROPOSED RECORD OF DECISION").replace(
        "As Cabinet Member for Highways, I agree", "The Cabinet agree")
    [meeting] = _parse(proposed)
    [item] = meeting.items
    assert item.number == "24/00123"
    assert item.decision == "agreed"
    assert item.resolutions[0].startswith("The Cabinet agree to adopt the revised winter")


def test_minutes_that_mention_a_record_of_decision_are_read_as_minutes() -> None:
    text = ("Little Snoring Parish Council\n\nMinutes of the meeting held on 5 March 2024\n\n"
            "1. Apologies\n\nNone.\n\n2. Highways\n\nThe Clerk read the county's record of "
            "decision on gritting.\n\n3. Planning\n\nNo applications were received.")
    [meeting] = _parse(text)
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
