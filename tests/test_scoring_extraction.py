"""The extraction scorer's comparison of names."""

from __future__ import annotations

from bench.scoring.extraction import person_key


def test_an_honorific_before_a_first_name_or_initials_is_the_same_person() -> None:
    assert person_key("Mrs Susan Ryding") == person_key("Susan Ryding")
    assert person_key("Councillor D M Quarrie") == person_key("D. M. Quarrie")
    assert person_key("Cllr Mrs A Fisk") == person_key("A Fisk")


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
