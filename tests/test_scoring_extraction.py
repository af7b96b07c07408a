"""The extraction scorer's comparison of names and its matching of items."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.scoring.extraction import Case, norm, person_key, score
from indexer.records import AgendaItem, Meeting


def test_an_honorific_before_a_first_name_or_initials_is_the_same_person() -> None:
    assert person_key("Mrs Susan Ryding") == person_key("Susan Ryding")
    assert person_key("Councillor D M Quarrie") == person_key("D. M. Quarrie")
    assert person_key("Cllr Mrs A Fisk") == person_key("A Fisk")
    # An Australian councillor's rank, short: 'Cr Jo Pascoe' is 'Jo Pascoe'.
    assert person_key("Cr Jo Pascoe") == person_key("Jo Pascoe")


def test_initials_are_one_however_they_are_spaced() -> None:
    assert person_key("Mr G.T. Beckley") == person_key("G T Beckley") == person_key("GT Beckley")
    assert person_key("G T Beckley") != person_key("G Beckley")


def test_a_rank_with_its_council_or_office_goes_with_the_honorific() -> None:
    assert person_key("District Councillor Peter Brabham") == person_key("Peter Brabham")
    assert person_key("East Suffolk Cllr Mr G Rivett") == person_key("G Rivett")
    assert person_key("Chief Superintendent Alison Maitland") == person_key("Alison Maitland")
    assert person_key("District Councillor Keal") != person_key("Keal")


def test_a_surname_alone_keeps_its_honorific() -> None:
    assert person_key("Mr Hill") != person_key("Hill")
    assert person_key("Cllr Hill") != person_key("Cllr J Hill")


def _meeting(day: date, titles: list[str]) -> Meeting:
    items = tuple(AgendaItem(f"i{k}", k, str(k), title, "") for k, title in enumerate(titles, 1))
    return Meeting(str(day), "book.pdf", "Trustees", day, "", items)


def test_an_untitled_item_never_matches_a_later_meetings_item_of_its_number() -> None:
    labelled = [{"date": str(day), "committee": "Trustees", "items": [
        {"number": str(k), "title": "", "agenda_ref": "", "speakers": [], "decision": "none",
         "decision_phrases": []} for k in (1, 2, 3)]}
        for day in (date(1871, 3, 9), date(1871, 4, 13))]
    case = Case("book", Path("book.pdf"), {"meetings": labelled})
    counts = score(case, [_meeting(date(1871, 3, 9), ["", "The Secretary laid", ""]),
                          _meeting(date(1871, 4, 13), ["", "", ""])])
    assert counts.dates_wrong == 0
    assert (counts.title_fn, counts.title_fp) == (1, 1)


def _numbered(day: date, entries: list[tuple[str, str]]) -> Meeting:
    items = tuple(AgendaItem(f"i{k}", k, number, title, "")
                  for k, (number, title) in enumerate(entries, 1))
    return Meeting(str(day), "pack.pdf", "Council", day, "", items)


def test_a_title_cut_short_under_its_own_number_matches_before_a_later_namesake() -> None:
    title = "Members' reports and items for the next agenda"
    labelled = [{"date": str(day), "committee": "Council", "items": [
        {"number": number, "title": title, "agenda_ref": "", "speakers": [],
         "decision": "none", "decision_phrases": []}]}
        for day, number in ((date(2024, 3, 12), "24/9"), (date(2024, 2, 13), "24/3"))]
    case = Case("pack", Path("pack.pdf"), {"meetings": labelled})
    counts = score(case, [_numbered(date(2024, 3, 12), [("24/9", "Members' reports and items")]),
                          _numbered(date(2024, 2, 13), [("24/3", title)])])
    assert counts.dates_wrong == 0
    assert (counts.title_tp, counts.title_fn, counts.title_fp) == (1, 1, 1)


def test_a_space_a_tokenised_text_sets_before_its_marks_is_no_difference() -> None:
    assert norm("the Mayor , Deputy and Clerk ; all") == norm(
        "the Mayor, Deputy and Clerk; all")
    assert norm("the Mayor Deputy") != norm("the Mayor, Deputy")


def test_an_entry_missed_in_a_pack_leaves_the_minutes_after_it_paired() -> None:
    # A pack's agenda, then the last meeting's minutes it carries: the agenda's 'Bus shelter'
    # is not parsed, and pairing it with the minutes' namesake would leave every labelled item
    # between the two unpaired and date it by the minutes.
    agenda = (date(2015, 9, 9), ["Apologies", "Bus shelter, Chapel Road", "Date of next meeting"])
    minutes = (date(2015, 8, 12), ["Apologies", "Bus shelter, Chapel Road", "Finance"])
    labelled = [{"date": str(day), "committee": "Council", "items": [
        {"number": "", "title": title, "agenda_ref": "", "speakers": [], "decision": "none",
         "decision_phrases": []} for title in titles]} for day, titles in (agenda, minutes)]
    case = Case("pack", Path("pack.pdf"), {"meetings": labelled})
    counts = score(case, [_meeting(agenda[0], ["Apologies", "Date of next meeting"]),
                          _meeting(*minutes)])
    assert counts.dates_wrong == 0
    assert (counts.title_tp, counts.title_fn, counts.title_fp) == (5, 1, 0)
