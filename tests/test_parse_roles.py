"""Who chaired, as the text says it outside the attendance list."""

from __future__ import annotations

from indexer.parse.meetings import parse_document
from indexer.parse.roles import chair_named, clerk_named
from indexer.records import Document, SourceMeta
from tests.fixtures.minutes import text_meetings


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


def test_a_post_after_its_holder_names_the_clerk_and_the_chair() -> None:
    assert clerk_named("Cllrs Ames, Bell (Chairman) and Cole\nMrs J Dunn – Clerk\n"
                       "Mrs T Eyre – Deputy Clerk\n1 Apologies") == "Mrs J Dunn"
    assert clerk_named("Present: J Okoro (Chairman)  M Fay\nMrs A Lowe [Parish Clerk]  "
                       "Mr D Birt [Cemetery Supervisor]") == "Mrs A Lowe"
    assert clerk_named("In Attendance: Ifan Rees (Clerc/Clerk), Huw Dee (Translation)") \
        == "Ifan Rees"
    assert clerk_named("Present: Cllr Pendry (Chair), Cllr Ash\nPresent: Clerk, Mrs Haddon, "
                       "District Cllr Vosper") == "Mrs Haddon"
    assert chair_named("Present: RT Fenwick (chair) JE Harlow\nand the clerk.", {}) \
        == "RT Fenwick"
    assert chair_named("Eifion Parry (Cadeirydd/Chair), Gwen Hughes", {}) == "Eifion Parry"
    assert chair_named("Present: Cllr R Hadley (Town Mayor), Cllr S Ince", {}) == "Cllr R Hadley"
    assert chair_named("PRESENT: Councillors Ann Gorran (Chair), Ben Rosevear", {}) \
        == "Ann Gorran"
    assert clerk_named("Present: Councillor Polvean (Chair)\nClerk to the Meeting Mrs Jane "
                       "Cawsand\n1. Apologies") == "Mrs Jane Cawsand"


def test_a_clerk_to_another_body_or_a_vice_chair_is_not_the_meetings() -> None:
    assert clerk_named("Present: Mr K Lowe (Clerk to the Governors)") == ""
    assert chair_named("Present: Cllr Amy Shaw (Vice Chair), Cllr Bob Tate", {}) == ""
    assert chair_named("Cllr Amy Shaw (Chair of Planning) reported.", {}) == ""
    assert chair_named("Present: Cllr Amy Shaw (Deputy Mayor), Cllr Bob Tate", {}) == ""


def test_the_clerk_named_after_a_dash_is_who_the_clerk_is_in_the_minutes() -> None:
    meetings = parse_document(Document("c/minutes.txt", "txt", (
        "Ashby Vale Parish Council\n"
        "Minutes of a meeting of the Parish Council held on 11th March 2025\n"
        "Cllrs Ames, Bell (Chairman) and Cole\nMrs J Dunn – Clerk\n\n"
        "412/25 Apologies\nNone were received.\n\n"
        "413/25 Finance\nThe Clerk reported that the bank balance was £4,210. It was RESOLVED "
        "to approve the payments.\n",), SourceMeta()))
    finance = meetings[0].items[-1]
    assert finance.title == "Finance" and finance.speakers == ("Mrs J Dunn",)


def test_a_clerk_labelled_in_a_run_of_labels_is_named() -> None:
    assert clerk_named("Present: Councillors: K Moss (Chair); J Dean. County Councillor: C Hart "
                       "Clerk: A Pryce Members of the community: 2") == "A Pryce"


def test_the_chair_and_clerk_named_in_the_opening_s_sentences() -> None:
    """'with J Torrance in the Chair', 'Meeting chaired by Councillor Lowen Trant', 'and the
    Clerk – Wenna Boase', 'Meeting minuted by Parish Clerk Jowan Skewes'."""
    assert chair_named("The meeting started at 7pm, with J Torrance in the Chair.", {}) \
        == "J Torrance"
    assert chair_named("Meeting chaired by Councillor Lowen Trant\n", {}) \
        == "Councillor Lowen Trant"
    assert clerk_named("Ann Tremayne – Chair, Tom Hocken, and the Clerk – Wenna Boase. Jago") \
        == "Wenna Boase"
    assert clerk_named("Meeting minuted by Parish Clerk Jowan Skewes\n") == "Jowan Skewes"


def test_a_chair_named_with_a_clergy_title_after_the_post() -> None:
    """'The Chair, Rev Canon Piran Menhenick, welcomed members': titles may stack."""
    assert chair_named("The Chair, Rev Canon Piran Menhenick, welcomed members.", {}) \
        == "Rev Canon Piran Menhenick"


def test_the_clerk_who_signs_the_record_off_at_its_foot_is_named() -> None:
    """'Bryn Tallis' / 'Clerk and Financial Officer' under the minutes: the Clerk's name; a
    name over a line that only mentions the Clerk further up is not a sign-off."""
    minutes = "1. APOLOGIES – none.\n2. FINANCE – The Clerk presented the accounts.\n" * 5
    assert clerk_named(minutes + "The meeting closed at 9.10 pm.\n\nBryn Tallis\n"
                       "Clerk and Financial Officer\n") == "Bryn Tallis"
    assert clerk_named(minutes + "The meeting closed at 9.10 pm.\n") == ""


def test_a_line_giving_the_clerk_s_full_name_after_a_colon_names_the_clerk() -> None:
    """'Clerk: Ione Heskin (IH)' on a line of its own, as initials already were ('Clerk: I
    Heskin'); 'Clerk: to circulate the report' names nobody."""
    assert clerk_named("Present: Cllr A Pike\nClerk: Janet Ruskett (JR)\n") == "Janet Ruskett"
    assert clerk_named("Present: Cllr A Pike\nClerk: to circulate the report\n") == ""


def test_a_chair_named_before_the_next_label_on_the_line_ends_there() -> None:
    """'Chair: Cllr. Owain Prys Clerk: Lowri Hale': the chair's name stops before 'Clerk:'."""
    text = "Chair: Cllr. Owain Prys Clerk: Lowri Hale\nPresent: Cllr. Owain Prys, Cllr. Nia Rowe"
    assert chair_named(text, {}) == "Cllr. Owain Prys"


def test_the_clerk_on_a_line_of_their_own_under_the_list_is_named() -> None:
    """'Present Cllr Ann Bell (AB) - Chairman, Cllr Tom Reid (TR)' then, after a blank line,
    'Nia Lewis (NL) - Clerk': the clerk's entry belongs to the list, so 'the Clerk reported'
    is Nia Lewis speaking."""
    text = ("Minutes of the Meeting of Full Council held on Tuesday, 9th March 2021\n\n"
            "Present Cllr Ann Bell (AB) - Chairman, Cllr Tom Reid (TR), Cllr Ruth Lowe (RL)\n\n"
            "Nia Lewis (NL) - Clerk\n\n1. Apologies\n\nApologies were received from Cllr Dee.\n\n"
            "2. Matters Arising\n\nThe Clerk reported that the lights had been taken down.\n\n"
            "3. Finance\n\nThe payments were approved. Proposed TR, seconded RL.\n")
    (meeting,) = text_meetings(text)
    assert "Nia Lewis" in meeting.items[1].speakers


def test_a_clerk_named_in_a_sentence_a_bracket_or_a_label_among_others() -> None:
    assert clerk_named("Cllrs Ames and Bell. Mrs J Quiller (Clerk) was in attendance.") == \
        "Mrs J Quiller"
    assert clerk_named("One elector present, and Mr. Idris Vane (clerk).") == "Mr. Idris Vane"
    assert clerk_named("Cllr Ames (Chair). Also Mrs R. Quiller (Town Clerk).") == "Mrs R. Quiller"
    assert clerk_named("Ms H Pentreath (Clerk to the Council).") == "Ms H Pentreath"
    assert clerk_named("Mr. Alan Tarrant Parish Clerk was also in attendance.") == \
        "Mr. Alan Tarrant"
    assert clerk_named("• Others: Bryn Morys Clerk to the Council, Mrs Ann Lee, Translator.") \
        == "Bryn Morys"
    assert clerk_named("The Parish Clerk in attendance – Miss K Quiller") == "Miss K Quiller"
    assert clerk_named("Chair: Mrs Ann Lee Cllrs: Mr K Ames Clerk: Ms Fiona Quiller In "
                       "attendance: Cllr Mr D Bell") == "Ms Fiona Quiller"
    assert clerk_named("Town Clerk, C. Pentreath") == "C. Pentreath"


def test_the_chair_named_in_brackets_after_the_post_or_between_commas() -> None:
    assert chair_named("Present:- The Mayor (Councillor Quiller) (in the Chair); Councillors "
                       "Ames, Bell", {}) == "Councillor Quiller"
    assert chair_named("Moved by the Right Honourable the Lord Mayor (Councillor Pentreath),",
                       {}) == "Councillor Pentreath"
    assert chair_named("1. The chairman, Ivor Pentreath, welcomed everyone at 7.30pm.", {}) == \
        "Ivor Pentreath"
    assert chair_named("The Chairman, Parish Council, Tidwick, wrote to the clerk.", {}) == ""


def test_the_chair_in_square_brackets_elected_as_chairman_or_labelled_without_a_colon() -> None:
    assert chair_named("Ivor Pentreath [Chair], Ann Quiller, Tom Vane.", {}) == "Ivor Pentreath"
    assert chair_named("1. Those present were Ivor Pentreath (Chairman), Ann Quiller.", {}) == \
        "Ivor Pentreath"
    assert chair_named("On a proposal by Cllr. Vane, it was RESOLVED to elect Ann Quiller as the "
                       "Chairman for the year.", {}) == "Ann Quiller"
    assert chair_named("Chairman Cllr Quiller\nPresent: Cllrs Vane, Ames", {}) == "Cllr Quiller"


def test_an_officer_acting_in_the_role_of_clerk_is_the_clerk() -> None:
    assert clerk_named("Election of Chair\nThe Head of Legal Services, Ann Gorran, acting in the "
                       "role of Clerk to the Board, called for nominations.") \
        == "Ann Gorran"


def test_a_chair_after_a_dash_in_a_list_and_a_clerk_in_a_capitals_label_grid() -> None:
    assert chair_named("Present: Gerald Treloweth - Chairman Capt. Jonah Penrose - Chairman "
                       "PHC Sally Pender - Sailing Club", {}) == "Gerald Treloweth"
    assert chair_named("Present: Mr Alan Hext - Chairman of the Hall Committee", {}) == ""
    assert clerk_named("PRESENT Cllrs Helen Bebb (Chair), Owen Pryce\n"
                       "CLERK Ms Catrin Maddox\nMEMBERS OF THE PUBLIC Four") == "Ms Catrin Maddox"


def test_a_double_barrelled_chair_is_named_whole() -> None:
    """'Chairman: Mr Owen Carr-Lacey', 'Chairman:Mrs Ann Vane-Tempest': the whole surname."""
    assert chair_named("Chairman: Mr Owen Carr-Lacey\n", {}) == "Mr Owen Carr-Lacey"
    assert chair_named("Chairman:Mrs Ann Vane-Tempest\n", {}) == "Mrs Ann Vane-Tempest"
