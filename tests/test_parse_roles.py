"""Who chaired, as the text says it outside the attendance list."""

from __future__ import annotations

from indexer.parse.roles import chair_named


def test_the_chair_is_read_from_a_signature_or_a_sentence() -> None:
    assert chair_named("There being no further business…\nChairman: Jane O Ritchie\nDate: 13 "
                       "February 2024", {}) == "Jane Ritchie"
    assert chair_named("11 members of the public attended.\nRW chaired the meeting.",
                       {"RW": "Rob Weatherston"}) == "Rob Weatherston"
    assert chair_named("Cllr Smith was in the chair.", {}) == "Cllr Smith"


def test_an_empty_signature_line_names_nobody() -> None:
    assert chair_named("Chairman: __________ Date: ________", {}) == ""
    assert chair_named("The Chairman thanked everyone.", {}) == ""


def test_a_chair_appointed_for_the_meeting_is_its_chair() -> None:
    assert chair_named("RESOLVED:\n\nThat Councillor Pryce Chair the Sub-Committee.", {}) \
        == "Councillor Pryce"
    assert chair_named("1401 CHAIRMAN - Resolved - That Councillor Birtwhistle be and he is "
                       "hereby appointed chairman for the meeting.", {}) \
        == "Councillor Birtwhistle"
    assert chair_named("RESOLVED that Councillor Olusanya be appointed Chair of the Joint Waste "
                       "Committee for the year.", {}) == ""
