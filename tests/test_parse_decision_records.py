"""Records of what was decided that are not laid out as numbered minutes: a minute run into its
lettered points, decision notices one to a page, tables of delegated decisions."""

from __future__ import annotations

from tests.fixtures.minutes import text_meetings

RUN_IN_POINTS = """LLANFAES COMMUNITY COUNCIL

Minutes of the meeting held on Tuesday 10th March 2026

Present: Cllr Lloyd (Chair), Cllr Bevan, Cllr Parry.

1. Apologies None.

2. Planning a) 26/0184/FUL Ty Gwyn – Agricultural building. No objections. b) 26/0211/HH Old \
Forge – Rear extension. It was agreed to object unless the wall is retained.

3. Finance a) Balance of accounts: £6,412.18. b) Payments were approved for signing.
"""


def test_a_heading_run_into_its_lettered_points_ends_before_the_first() -> None:
    items = text_meetings(RUN_IN_POINTS)[0].items
    assert [item.title for item in items][1:] == ["Planning", "Finance"]
    assert items[1].text.startswith("a) 26/0184/FUL")
    assert items[1].decision == "agreed"
