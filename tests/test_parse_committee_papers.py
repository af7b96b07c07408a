"""A principal council committee's printed minutes as other councils print them (session 10)."""

from __future__ import annotations

from indexer.parse.people import split_names
from indexer.parse.speakers import mentions, speaking
from tests.fixtures.minutes import pdf_meetings

SCRUTINY = """ELMSTEAD CITY COUNCIL

HOUSING SCRUTINY COMMITTEE

16 January 2025
5.30 - 8.05 pm

Present: Councillors Pryor (Chair), Okafor (Vice-Chair), Ashdown and Bell

Tenant Representatives: Joan Tebbit and Darren Mistral

Executive Councillor for Housing: Councillor Sian Drew

Officers: Director of Housing: Neil Carver; Asset Manager: Fiona Parr

FOR THE INFORMATION OF THE COUNCIL

25/1/HSC Apologies

Apologies were received from Councillor Wells.

25/2/HSC Minutes

The minutes of the meeting held on 26 September 2024 were approved as a correct record.

25/3/HSC Rent Setting 2025/26

The Committee received a report from the Director of Housing. In response to the report Joan
Tebbit asked how the increase compared with neighbouring councils. The Director of Housing
said that most councils had applied the maximum increase.

The Committee resolved by 5 votes to 0 to endorse the recommendations.

25/4/HSC Repairs Programme

Fiona Parr presented the report. Councillor Bell asked about damp.

The report was noted.
"""


def test_minute_references_of_year_number_and_committee_code() -> None:
    [meeting] = pdf_meetings((SCRUTINY,))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("25/1/HSC", "Apologies"), ("25/2/HSC", "Minutes"), ("25/3/HSC", "Rent Setting 2025/26"),
        ("25/4/HSC", "Repairs Programme")]


def test_groups_named_by_their_label_attend_and_posts_name_their_holders() -> None:
    [meeting] = pdf_meetings((SCRUTINY,))
    assert meeting.attendance.also_present == (
        "Joan Tebbit", "Darren Mistral", "Councillor Sian Drew (Executive Councillor for Housing)")
    assert meeting.attendance.in_attendance == ("Neil Carver (Director of Housing)",
                                                "Fiona Parr (Asset Manager)")
    assert meeting.items[2].speakers == ("Joan Tebbit", "Neil Carver")


def test_a_post_before_its_holder_with_its_field() -> None:
    assert split_names("Director of Housing: Neil Carver; Head of Legal Services: Amy Lowe") == [
        "Neil Carver (Director of Housing)", "Amy Lowe (Head of Legal Services)"]


def test_a_name_after_a_noun_speaks_but_a_capitalised_thing_does_not() -> None:
    def speakers(text: str) -> list[str]:
        return [m.person.surname for m in speaking(text, mentions(text))]

    assert speakers("In response to the report Joan Tebbit asked how it compared.") == ["Tebbit"]
    assert speakers("The new Devolution Framework was adopted.") == []
    assert speakers("Members toured the new Village Hall and said it was fine.") == []
