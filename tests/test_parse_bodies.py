"""The council a heading names, and committees named with their council."""

from __future__ import annotations

from indexer.parse.bodies import body_name, committee_with_body


def test_the_council_is_read_from_heading_lines_in_any_case() -> None:
    assert body_name(["BURTON-CUM-WALDEN PARISH COUNCIL", "MINUTES OF THE MEETING"]) == \
        "Burton-cum-Walden Parish Council"
    assert body_name(["1429/12/2019 MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT"]) == \
        "Wretton Parish Council"
    assert body_name(["Minutes of the meeting of Northwold and Whittington Parish Council"]) == \
        "Northwold and Whittington Parish Council"
    assert body_name(["London Borough of Merton", "Audit Committee"]) == \
        "London Borough of Merton"
    assert body_name(["KENT COMMUNITY SAFETY PARTNERSHIP"]) == ""


def test_a_committee_is_named_with_its_council_and_a_council_alone_once() -> None:
    assert committee_with_body("Cabinet", "Kent County Council") == "Kent County Council — Cabinet"
    assert committee_with_body("Burton-cum-walden Parish Council Minutes of the Parish Council "
                               "Meeting Held on", "Burton-cum-Walden Parish Council") == \
        "Burton-cum-Walden Parish Council"
    assert committee_with_body("County Council", "Kent County Council") == "Kent County Council"
    assert committee_with_body("Kent Community Safety Partnership", "") == \
        "Kent Community Safety Partnership"


def test_doubled_heading_fragments_and_record_words_do_not_make_a_committee() -> None:
    assert body_name(["AYTON AYTON AYTON COMMUNITY COUNCIL"]) == "Ayton Community Council"
    assert committee_with_body("Draft Minutes Subject to the Approval at the next Meeting "
                               "Extraordinary Parish Council", "Wereham Parish Council") == \
        "Wereham Parish Council"


def test_a_later_heading_line_gives_the_same_council_its_fuller_name() -> None:
    assert body_name(["Northwold Parish Council - minutes of October meeting", "November 2018",
                      "Northwold and Whittington Parish Council – Ordinary Meeting Tuesday"]) \
        == "Northwold and Whittington Parish Council"
    assert body_name(["Wereham Parish Council minutes",
                      "Stoke Ferry Parish Council sent its apologies"]) == "Wereham Parish Council"
