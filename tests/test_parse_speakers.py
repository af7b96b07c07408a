"""indexer/parse/speakers.py: people named in a paragraph, and which of them spoke."""

from __future__ import annotations

from indexer.parse.meetings import parse_document
from indexer.parse.mentions import mentions
from indexer.parse.name_book import NameBook
from indexer.parse.person_names import PersonName
from indexer.parse.speakers import first_names_speaking, item_speakers
from indexer.parse.speech import speaking, starts_with_speech
from indexer.records import Document, Meeting, SourceMeta
from tests.fixtures.minutes import text_meetings

TEXT = ("Shirley Brinson (Community Safety Team Leader) explained that the plan was agreed. "
        "Mr A Harper asked about funding.")



def _meetings(text: str) -> list[Meeting]:
    return parse_document(Document("c/minutes.txt", "txt", (text,), SourceMeta()))

def test_mentions_find_full_and_honorific_names() -> None:
    assert [(m.start, m.end, m.person) for m in mentions(TEXT)] == [
        (0, 15, PersonName("", "", "Shirley", "Brinson")),
        (83, 94, PersonName("Mr", "A", "", "Harper"))]


def test_a_title_that_starts_with_speech_is_not_a_title() -> None:
    assert starts_with_speech("Mr Smith said that")
    assert not starts_with_speech("Budget update")


def test_item_speakers_are_named_as_fully_as_the_document_allows() -> None:
    book = NameBook([PersonName("Mr", "", "Adrian", "Harper")])
    assert item_speakers([TEXT], book) == ["Shirley Brinson", "Adrian Harper"]


def test_shorthand_movers_and_seconders_speak_but_a_nominee_does_not() -> None:
    book = NameBook()
    assert item_speakers(["Proposed Cllr Brown, seconded Cllr White; carried."], book) == [
        "Cllr Brown", "Cllr White"]
    assert item_speakers(["Proposer: Cllr A Brown. Seconder: Cllr R White."], book) == [
        "Cllr A Brown", "Cllr R White"]
    assert item_speakers(["Mr Hill proposed John Rivers as Vice-Chair."], book) == ["Mr Hill"]


def test_a_report_received_from_someone_is_theirs_but_one_requested_is_not() -> None:
    book = NameBook(roles={"clerk": "Mrs Susan Ryding"})
    assert item_speakers(["Councillors considered a report from the Clerk on the cables."],
                         book) == ["Mrs Susan Ryding"]
    assert item_speakers(["The Council received a verbal update from Cllr Dent."], book) == [
        "Cllr Dent"]
    assert item_speakers(["RESOLVED that the Committee request a report from Nick Wilkinson."],
                         book) == []
    assert item_speakers(["The Council considered a paper from the Clerk about the mower."],
                         book) == ["Mrs Susan Ryding"]


def test_a_long_apposition_closed_by_its_comma_still_leads_to_the_verb() -> None:
    text = ("The Leader proposed and Mr Oakford, Deputy Leader and Cabinet Member for Finance, "
            "Corporate and Traded Services, seconded the motion. The Chairman put it to the vote.")
    book = NameBook(roles={"chair": "Mr G Cooke"})
    assert item_speakers([text], book) == ["Mr Oakford", "Mr G Cooke"]


def test_a_plural_honorific_names_each_person_and_a_declarations_list_names_declarers() -> None:
    from indexer.parse.speakers import declarers

    found = [m.person.display for m in mentions("Cllrs Hayward, Hillard & Shewell re 2588.")]
    assert found == ["Cllr Hayward", "Cllr Hillard", "Cllr Shewell"]
    book = NameBook()
    title = "Declarations of interest"
    assert declarers(title, ["Cllrs Hayward, Hillard & Shewell re 2588."], book) == [
        "Cllr Hayward", "Cllr Hillard", "Cllr Shewell"]
    assert declarers(title, ["No declarations from Cllr Hayward."], book) == []
    assert declarers("Declarations of Significant Interests in items", [
        "Significant Interests in items on the agenda"], book) == []
    assert declarers("Finance", ["Cllrs Hayward and Hillard."], book) == []


def test_a_capitalised_phrase_after_the_names_a_thing_not_a_person() -> None:
    text = ("The revised Devolution Framework set out the powers. Alison Gilmour presented an "
            "update on the Multi-Agency Risk Assessment Conference process, outlining it.")
    assert item_speakers([text], NameBook()) == ["Alison Gilmour"]


def test_a_capitalised_no_opens_no_name() -> None:
    assert item_speakers(["No Declarations of Interest made."], NameBook()) == []
    assert item_speakers(["Noel Edmonds made a statement."], NameBook()) == ["Noel Edmonds"]


def test_who_attended_to_give_a_report_gives_it_but_not_one_at_another_meeting() -> None:
    from indexer.parse.speakers import visitors

    book = NameBook([])
    police = ["CPO Kirsty Nash attended the meeting. There had been 5 calls for service."]
    assert visitors("Police Report", police, book) == ["Kirsty Nash"]
    assert visitors("Planning", police, book) == []
    elsewhere = ["Mr George attended a meeting on January 27th regarding affordable housing."]
    assert visitors("Clerk's Report", elsewhere, book) == []


def test_an_attendance_note_of_the_item_a_guest_came_for_makes_them_its_speaker() -> None:
    text = ("Ashby Community Council\nMinutes of a Meeting held on Tuesday 1 May 2018\n\n"
            "Present: Margaret Carey, Kenny Combe, John Slater\n\n"
            "In Attendance: PCSO Suzanne Jacobs (Item 1), Annette McGraith (for items 2 and 3)\n\n"
            "1. Police Report\nThe police report for April was presented.\n\n"
            "2. Community Hall\nThe roof is to be repaired.\n\n"
            "3. Footpaths\nNo news.\n\n4. Correspondence\nNone.\n")
    (meeting,) = _meetings(text)
    assert [list(i.speakers) for i in meeting.items] == [
        ["Suzanne Jacobs"], ["Annette McGraith"], ["Annette McGraith"], []]


def test_people_heard_from_asking_or_presenting_are_speakers() -> None:
    for text, name in (
            ("Members heard from Ms Patel, a resident, who objected to the plans.", "Patel"),
            ("Following a presentation by Sarah Lee of the Environment Agency, members asked "
             "questions.", "Lee"),
            ("A question from Mr J Bloggs regarding parking was answered by the Clerk.", "Bloggs")):
        assert name in [m.person.surname for m in speaking(text, mentions(text))], text
    text = "A letter from Mr Smith was read."
    assert speaking(text, mentions(text)) == []


def test_initials_and_a_surname_without_an_honorific_name_a_speaker() -> None:
    for text, person in (("M Pogmore explained that the fen committee had been approached.",
                          PersonName("", "M", "", "Pogmore")),
                         ("Following discussion P. Agate proposed the motion.",
                          PersonName("", "P.", "", "Agate"))):
        assert [m.person for m in speaking(text, mentions(text))] == [person], text
    for text in ("A Parish Council meeting was held at the hall.",
                 "Item B Finance was discussed at length."):
        assert mentions(text) == [], text


def test_a_guest_invited_to_address_the_meeting_or_attending_to_report_speaks() -> None:
    book = NameBook()
    said = ["Helaine Wyett had been invited to address the meeting on the church survey.",
            "PC John Richardson attended the meeting and reported 3 calls for service.",
            "Mrs Jane Smith addressed the meeting. Mr Tom Brown wanted to know the cost."]
    assert item_speakers(said, book) == [
        "Helaine Wyett", "John Richardson", "Jane Smith", "Tom Brown"]
    unsaid = ["Mr Tom Brown was invited to the next meeting.",
              "PC John Richardson attended the meeting and left at 8pm."]
    assert item_speakers(unsaid, book) == []


def test_the_organisation_a_speaker_comes_from_is_not_a_speaker() -> None:
    text = "Mr Tom Brown of Anglian Water gave a presentation on the new sewer scheme."
    assert [m.person.display for m in speaking(text, mentions(text))] == ["Tom Brown"]


def test_speaking_in_a_capacity_thanked_for_a_report_or_confirmed_by() -> None:
    book = NameBook()
    said = ["Mr Neil Smeeton and Councillor David Dent, in their capacity as members of the "
            "Emergency Group reported on the power cut.",
            "Mrs Ann Hill was thanked for her report on the fete.",
            "It was noted, and confirmed by Councillor Yvonne Peacock, that the boundaries stay."]
    assert item_speakers(said, book) == [
        "Neil Smeeton", "David Dent", "Ann Hill", "Yvonne Peacock"]
    unsaid = ["Mr Tom Brown was thanked for clearing the ditch.",
              "A company recommended by Councillor Jo Bruce will lay the surface."]
    assert item_speakers(unsaid, book) == []


def test_two_officers_each_with_a_title_introduce_together() -> None:
    text = ("Christy Holden, Head of Children's Commissioning and Robin Cahill, Senior "
            "Commissioner (Children's) introduced the Sufficiency Strategy.")
    assert [m.person.display for m in speaking(text, mentions(text))] == [
        "Christy Holden", "Robin Cahill"]
    text = "The Chair and Members shared their congratulations with the winners."
    assert [m.person.display for m in speaking(text, mentions(text))] == ["The Chair"]


def test_a_report_s_by_line_names_who_gives_it() -> None:
    from indexer.parse.speakers import bylines

    book = NameBook([PersonName("Cllr", "T", "", "Roberts"),
                     PersonName("Cllr", "", "Peter", "Agate")])
    assert bylines("Financial Report – Peter Agate", ["Income £236."], book) == ["Peter Agate"]
    reports = ["i. Highways T. Roberts", "• Substance Misuse", "ii. Wall at Morpeth Gate"]
    assert bylines("Councillors Reports", reports, book) == ["Cllr T Roberts"]
    assert bylines("Planning – Village Green", [], book) == []


def test_officers_listed_under_their_plural_rank_present_as_the_rank() -> None:
    text = ("Ashby Community Council\nMinutes of a Meeting held on Tuesday 4 June 2019\n\n"
            "Present: Kenny Combe, Isabel Kellie, Rob Weatherston\n\n"
            "In Attendance: Five members of the public\n\n"
            "CPOs Suzanne Jacobs and Drew Young\n\n"
            "1. Police Report\nThe CPOs presented the May Police Report.\n\n"
            "2. Open Forum\nBill Stewart, Session Clerk, spoke about the church.\n\n"
            "3. Apologies\nNone.\n")
    (meeting,) = _meetings(text)
    assert [i.speakers for i in meeting.items][:2] == [
        ("Suzanne Jacobs", "Drew Young"), ("Bill Stewart",)]


def test_movers_by_the_initials_of_attendance_names_are_named() -> None:
    text = ("Northwold Parish Council\nMinutes of the meeting held on 2nd April 2019\n\n"
            "Present: Cllr C Pointeer, Cllr R Crisp, Cllr R Silvester, Cllr P Clarke\n\n"
            "1. Finances\nThe accounts were approved. Prop. CP, 2nd RC, All agreed.\n\n"
            "2. Planning\nThe PC had no objection. Prop. RS, 2nd PC, All agreed.\n\n"
            "3. Date of next meeting\n7th May 2019.\n")
    (meeting,) = _meetings(text)
    assert [i.speakers for i in meeting.items][:2] == [
        ("Cllr C Pointeer", "Cllr R Crisp"), ("Cllr R Silvester",)]


def test_members_of_the_council_present_were_names_the_chairman() -> None:
    text = ("Lyng Parish Council\nMinutes of the Annual Parish Meeting 23 April 2024\n\n"
            "Members of the Council present were: Councillors Jane Ritchie, Chairman, "
            "Councillors David Dent and Sally Sahin, and Mrs Sue Ryding, Clerk\n\n"
            "1. Minutes of the last meeting\nThe Chairman read the minutes.\n\n"
            "2. Annual report\nThe Clerk presented the accounts.\n\n"
            "3. Any other business\nNone.\n")
    (meeting,) = _meetings(text)
    assert [i.speakers for i in meeting.items][:2] == [("Jane Ritchie",), ("Sue Ryding",)]


def test_a_sentence_cut_at_a_page_s_end_is_read_whole_but_not_a_vote_list() -> None:
    book = NameBook()
    cut = ["1. Christy Holden, Head of Commissioning and Robin Cahill, Senior",
           "Commissioner (Children's) introduced the Sufficiency Strategy."]
    assert item_speakers(cut, book) == ["Christy Holden", "Robin Cahill"]
    votes = ["For (14) Mr Baldock, Mr Brady, Mr Streatfeild",
             "Against (45) Mr Baker, Mr Bond", "Amendment lost"]
    assert item_speakers(votes, book) == []


def test_a_list_of_members_who_paid_tribute_or_by_whom_tributes_were_made() -> None:
    book = NameBook()
    paid = ["Mr Brady, Mr Rayner, Mr Streatfeild and Mr Holden paid tribute to him."]
    assert item_speakers(paid, book) == ["Mr Brady", "Mr Rayner", "Mr Streatfeild", "Mr Holden"]
    made = ["Tributes were made by Mr Gough, Mr Rayner, and Mr Lehmann."]
    assert item_speakers(made, book) == ["Mr Gough", "Mr Rayner", "Mr Lehmann"]
    absent = ["Apologies were received from Mr Gough, Mr Rayner and Mr Holden.",
              "Mr Brady, Mr Rayner and Mr Holden attended."]
    assert item_speakers(absent, book) == []


def test_a_post_after_a_possessive_is_not_a_person_and_listed_initials_win() -> None:
    text = "A letter from SBC's Access Ranger, Mike Marsh, advised that the grant was paid."
    assert [m.person.display for m in speaking(text, mentions(text))] == ["Mike Marsh"]
    minutes = ("Ayton Community Council\nMinutes of a Meeting held on Tuesday 5 July 2016\n\n"
               "Present Margaret Carey MCa, Michael Cook MC, Rob Boyd\n\n"
               "1. Minutes\nThe minutes were approved. Proposed by MC, seconded by RB.\n\n"
               "2. Planning\nNone.\n\n3. Next Meeting\n6 September 2016.\n")
    (meeting,) = _meetings(minutes)
    assert meeting.items[0].speakers == ("Michael Cook", "Rob Boyd")


def test_a_list_label_before_the_first_name_and_a_body_s_letters_after_the() -> None:
    from indexer.parse.initials import initial_speakers, initials_map

    known = initials_map("Present Rob Boyd RB Catherine Chisholm CC\nKenny Combe KC")
    assert known == {"RB": "Rob Boyd", "CC": "Catherine Chisholm", "KC": "Kenny Combe"}
    assert initial_speakers(["In essence, the CC supported the houses. Proposed by RB."],
                            known) == ["Rob Boyd"]


def test_a_signed_chair_a_clerk_acting_in_a_role_and_a_shortened_first_name_are_resolved(
        ) -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    text = ("SNORING PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON\n"
            "TUESDAY, 2 APRIL 2024\n\nPresent: Miss Jane Ritchie, Mr Andrew Landau and "
            "Mr David Dent, Councillors, and Mrs Susan Ryding, Clerk\n\n"
            "1. Winter gritting\nThe Chairman reported that she had spoken to the farmer.\n\n"
            "2. Budget\nThe Clerk acting as the Responsible Financial Officer tabled the end of "
            "year budget summary.\n\n3. School\nCouncillors heard a brief report on the "
            "suspension of teaching at the school from Mrs Sue Ryding, the Chair of Governors."
            "\n\n4. Hall\nMr Landau reported on the roof.\n\nChairman: J Other Ritchie\n")
    (meeting,) = parse_document(Document("m.txt", "txt", (text,)))
    assert [list(i.speakers) for i in meeting.items] == [
        ["Jane Ritchie"], ["Susan Ryding"], ["Susan Ryding"], ["Andrew Landau"]]


def test_a_reports_item_names_each_report_by_its_listed_by_line_wherever_it_is_set() -> None:
    from indexer.parse.name_book import NameBook
    from indexer.parse.person_names import PersonName
    from indexer.parse.speakers import bylines

    book = NameBook([PersonName("", "", "Peter", "Agate"), PersonName("", "", "Geoff", "Proctor")])
    paragraphs = ["i. Signs & Street Furniture – P. Agate The seat was painted.",
                  "| | | iii. Drainage – G Proctor | | | The drains were cleared.",
                  "ii. Wall at Morpeth Gate – the wall is down."]
    assert bylines("Councillors Reports", paragraphs, book) == ["Peter Agate", "Geoff Proctor"]
    # Outside a reports item a listed heading is a topic.
    assert bylines("Matters Arising", paragraphs, book) == []


def test_an_officer_speaks_by_the_post_the_attendance_list_gives_them() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    text = ("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the County Council held on Thursday, "
            "13 March 2025.\n\nPRESENT: Mr B J Sweetland (Chairman), Mr N Baker and Mr M Baldock"
            "\n\nIN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Mr B Watts\n"
            "(General Counsel)\n\n292. Apologies for Absence\n\nThe Democratic Services Manager "
            "reported apologies from Mr Bond.\n\n293. Motions\n\nThe General Counsel advised "
            "Members on the law. The role of the General Counsel was discussed.\n\n294. Budget\n\n"
            "A report on the General Counsel's budget was noted.\n")
    (meeting,) = parse_document(Document("m.txt", "txt", (text,)))
    assert [list(i.speakers) for i in meeting.items] == [["Mr J Cook"], ["Mr B Watts"], []]


def test_movers_after_a_stray_full_stop_still_move() -> None:
    [meeting] = _meetings("""Minutes of the Community Council meeting held on 17 November 2025

Members: Morag Lennie (Chair), Euan Baillie, Fiona Cattanach, Kirsty Dalgleish

1. Minutes of Previous Meeting
The Minutes were approved; Proposed by. E. Baillie; Seconded. K. Dalgleish.

2. Planning
Two applications were considered. The Community Council agreed to object.

3. Date of next meeting
15 December 2025.
""")
    assert set(meeting.items[0].speakers) == {"Euan Baillie", "Kirsty Dalgleish"}


def test_the_lord_mayor_in_the_chair_is_who_the_attendance_names() -> None:
    (meeting,) = _meetings(
        "Proceedings of the Meeting of the Airedon City Council held at the Civic Hall on "
        "Wednesday, 21st January, 2026\n\n"
        "PRESENT: The Lord Mayor Councillor Bernadette Quigley in the Chair\n\n"
        "and Councillors Hanlon, Fearnley and Threlfall\n\n"
        "58 Announcements\n\nThe Lord Mayor reported the death of a former Councillor.\n\n"
        "59 Minutes\n\nIt was moved by Councillor Hanlon seconded by Councillor Fearnley and "
        "RESOLVED - That the minutes be approved.\n\n"
        "60 Deputations\n\nThe Lord Mayor welcomed the deputation.\n")
    assert [name.removeprefix("Councillor ") for name in meeting.items[0].speakers] == [
        "Bernadette Quigley"]
    assert all("Mayor" not in name for item in meeting.items for name in item.speakers)


def test_a_body_named_in_brackets_after_a_post_is_no_person() -> None:
    (meeting,) = _meetings(
        "LICENSING SUB-COMMITTEE\n\nMinutes of a meeting held on 22nd May, 2025.\n\n"
        "Present: Councillors D.R. Pritchard and T.J. Morgan.\n\n"
        "Also present: Licensing Officer (Bro Tawe Council); Mr. G. Watkins (Legal Adviser).\n\n"
        "1. Application for a Premises Licence\n\nThe Licensing Officer presented the report. "
        "Mr. G. Watkins advised on the law.\n\n2. Appeals\n\nThe Licensing Officer reported "
        "two appeals.\n\n3. Date of next meeting\n\n12 June 2025.\n")
    names = [name for item in meeting.items for name in item.speakers]
    assert not any("Tawe" in name for name in names)
    assert [m.person.surname for m in mentions("the Licensing Officer (Bro Tawe Council) said")
            ] == []


def test_a_planning_committee_s_noted_list_names_who_spoke() -> None:
    text = ("1. The introduction by Hannah Duff, Principal Planning Officer, clarifying the "
            "proposals. 2. The deputation of Ms Lorraine Ibe, objecting to the height. 3. The "
            "response of Mr Gavin Pryor, agent for the applicant. 4. Members' debate, including "
            "Councillor Llewellyn's question about the health centre.")
    assert [m.person.display for m in speaking(text, mentions(text))] == [
        "Hannah Duff", "Lorraine Ibe", "Gavin Pryor", "Councillor Llewellyn"]
    unsaid = ("JB highlighted an article regarding the introduction of Grayling Law. The Clerk "
              "will try to get a response from George Henry on signage.")
    assert [m.person.display for m in speaking(unsaid, mentions(unsaid))] == []


def test_an_officer_whose_post_carries_its_statute_speaks_by_the_post() -> None:
    (meeting,) = _meetings(
        "AUDIT COMMITTEE\n\nMinutes of the meeting held on 27 January 2026.\n\n"
        "Present: Councillors J Pannell and D Quick\n\n"
        "Officers Present: Andrew Jarrett (Deputy Chief Executive (S151)), Tracey Luscombe "
        "(Audit Team Leader)\n\n"
        "1. Internal Audit\n\nCllr D Quick asked about the contract. The Deputy Chief Executive "
        "(S151) replied that it would begin in April.\n\n2. Work Plan\n\nNoted.\n\n"
        "3. Date of next meeting\n\n24 March 2026.\n")
    assert "Andrew Jarrett" in meeting.items[0].speakers


def test_two_initials_without_stops_and_a_surname_name_someone() -> None:
    said = [m.person for m in speaking(
        "JE Harlow asked that the contractor be reminded; HM Pybus proposed £3000.",
        mentions("JE Harlow asked that the contractor be reminded; HM Pybus proposed £3000."))]
    assert [(p.initials, p.surname) for p in said] == [("JE", "Harlow"), ("HM", "Pybus")]
    assert not any(m.person.surname == "All" for m in mentions("Prop DD 2nd GK All agreed."))


def test_a_welsh_verb_before_a_name_is_its_speaker_not_part_of_the_name() -> None:
    text = "Gofynnodd Sian Owen am fainc newydd. Gadawodd Gwenda Hughes yr ystafell."
    found = mentions(text)
    assert [(m.person.first, m.person.surname) for m in found] == [
        ("Sian", "Owen"), ("Gwenda", "Hughes")]
    assert [m.person.surname for m in speaking(text, found)] == ["Owen"]


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(m.person.honorific, m.person.initials, m.person.surname)
            for m in speaking(text, mentions(text))]


def test_an_honorifics_full_stop_may_be_glued_to_the_name() -> None:
    assert _said("Mr.G.Parry-Jones presented three options for the garden.") == [
        ("Mr", "G", "Parry-Jones")]


def test_a_mover_and_seconder_labelled_with_semicolons_speak() -> None:
    assert _said("Proposed; Dora Ames, Seconded; Lionel Tate, carried.") == [
        ("", "", "Ames"), ("", "", "Tate")]


def test_a_member_concerned_about_something_voiced_it() -> None:
    assert _said("Cllr Brightwell was very concerned that the wall had been left unsafe. "
                 "Cllr Oakes was not present when it fell.") == [("Cllr", "", "Brightwell")]


def test_a_mover_named_by_moved_by_or_on_the_motion_of_speaks() -> None:
    assert _said("Moved by Councillor Laidlaw and seconded by Councillor Brydon.") == [
        ("Councillor", "", "Laidlaw"), ("Councillor", "", "Brydon")]
    assert _said("The minutes were approved on the motion of Mr R Gaddie and seconded by Ms L "
                 "Omand.") == [("Mr", "R", "Gaddie"), ("Ms", "L", "Omand")]


def test_a_first_name_alone_is_the_person_the_text_named_in_full_when_no_list_is_given() -> None:
    """No attendance list: 'introduced Tressa Quiller, the new RE Adviser', then 'Tressa
    presented …' is Tressa Quiller."""
    text = """Minutes of the Lowbury Advisory Council held on Tuesday 2 July 2024.

1. Welcome

The Chair welcomed members and introduced Tressa Quiller, the new RE Adviser.

2. Syllabus Review

Tressa presented the proposed timetable for the review of the agreed syllabus.

3. Date of next meeting

The next meeting will be held on Tuesday 5 November 2024.
"""
    (meeting,) = text_meetings(text)
    assert "Tressa Quiller" in meeting.items[1].speakers


def test_surnames_the_attendance_writes_in_capitals_are_found_so_in_the_text() -> None:
    """'Members present: Kerensa PENDARVES (Chairperson); Jowan McWEARNE; …', then 'Wenna
    CHEGWIN reported …': the minutes name people as the list does, surnames in capitals."""
    text = """Minutes of Lowbury Community Council meeting held on 9 March 2011.

Members present: Kerensa PENDARVES (Chairperson); Jowan McWEARNE; Wenna CHEGWIN; Piran HOCKEN.

1. MINUTES OF PREVIOUS MEETING
The minutes were proposed by Jowan McWEARNE, seconded by Piran HOCKEN and approved.

2. TREASURER'S REPORT
Wenna CHEGWIN reported a balance of £1,204.16 in the current account at the end of February.
"""
    (meeting,) = text_meetings(text)
    assert [{name.lower() for name in item.speakers} for item in meeting.items] == [
        {"jowan mcwearne", "piran hocken"}, {"wenna chegwin"}]


def test_a_member_on_whose_proposal_a_resolution_passed_speaks() -> None:
    """'On a proposal by Cllr. Yeabsley, it was RESOLVED …', 'Upon a proposal from Cllr.
    Ravensholt'."""
    from tests.fixtures.minutes import text_meetings

    text = ("Minutes of Ruskett Parish Council Annual Meeting held on the 17th May 2022 in the "
            "Village Hall.\n\n"
            "PRESENT: Cllrs. Margaret Tarvin, Dennis Yeabsley, Colin Whitlaw and Judith "
            "Ravensholt.\n\n"
            "12.22 ELECTION OF CHAIRMAN On a proposal by Cllr. Yeabsley, it was RESOLVED to elect "
            "Margaret Tarvin as the Chairman for the year.\n\n"
            "13.22 FINANCE Upon a proposal from Cllr. Ravensholt, it was RESOLVED to pay the "
            "accounts as listed.\n\n"
            "14.22 PLANNING No applications had been received since the last meeting.\n")
    items = text_meetings(text)[0].items
    assert [item.speakers for item in items[:2]] == [("Dennis Yeabsley",), ("Judith Ravensholt",)]


def test_a_first_name_with_the_surname_s_initials_names_that_member() -> None:
    """'Morag F reported …', 'Kirsty C-H reported …': the member whose first name and surname's
    initials they are; 'Morag B' is not Morag Farthingale."""
    from tests.fixtures.minutes import text_meetings

    text = ("GLENROSS COMMUNITY COUNCIL\n\nMINUTES OF MEETING HELD Tuesday 1ST APRIL 2025\n\n"
            "1. PRESENT: Hamish Duddle (Convener), Kirsty Cresswick-Holdforth, Morag "
            "Farthingale\n\n"
            "2. BOOKINGS\nMorag F reported that the hall was booked for most of June.\n\n"
            "3. TREASURER\nKirsty C-H reported that the accounts would go to the examiner.\n\n"
            "4. HALL\nMorag B reported that the hall had been cleaned for the spring.\n")
    items = text_meetings(text)[0].items
    assert [item.speakers for item in items[1:]] == [("Morag Farthingale",),
                                                    ("Kirsty Cresswick-Holdforth",), ()]


SURNAME_GRID = """MINUTES OF THE MEETING OF ELLMOUTH CITY COUNCIL held on WEDNESDAY, 5TH MARCH, 2025

Present:-

Councillors

Arnsby Brume Corve Dorning

Elsey Fawdry Gethen Hobley

1. Minutes

The minutes were moved by Councillor Corve, seconded by Councillor Brume, and agreed.

2. Parking Charges

Councillor Dorning asked about the charges at the quay. Councillor Gethen replied.

3. Date of next meeting

The next meeting will be held on 2nd April 2025.
"""


def test_a_row_of_an_attendance_grid_of_surnames_is_nobody_s_full_name() -> None:
    """'Arnsby Brume Corve Dorning', a row of a printed grid of members' surnames, is not a
    person whose name ends 'Corve': the minutes name two of its words as members ('Councillor
    Corve', 'Councillor Brume'), so 'Councillor Corve' stays himself."""
    meeting = text_meetings(SURNAME_GRID)[0]
    assert meeting.items[0].speakers == ("Councillor Corve", "Councillor Brume")
    assert meeting.items[1].speakers[0] == "Councillor Dorning"


def test_a_first_name_labelling_a_report_speaks() -> None:
    firsts = {"Eithne": "Eithne Quiller", "Tormid": "Tormid Pentreath"}
    assert first_names_speaking(["Eithne: new pages for the lights are up.",
                                 "Bus shelter: Tormid to ask the council."], firsts) == \
        ["Eithne Quiller"]


def test_a_councillor_by_surname_is_not_the_clerk_who_shares_it() -> None:
    text = "\n\n".join([
        "Ashby Holt Town Council", "Minutes of meeting held on Tuesday 13th January 2026",
        "Present: Councillors; J. Quenneth, D. Culvey, S. Brimley, G. Quenneth (Clerk).",
        "1. Chairman's Welcome", "Cllr Quenneth welcomed all present to the meeting.",
        "2. Footpaths", "Cllr Brimley reported that the stile at Fewster Farm had collapsed.",
        "3. Community Bus", "Cllr Quenneth explained the request for a grant of £500.",
    ])
    [meeting] = text_meetings(text)
    assert [item.speakers for item in meeting.items] == [
        ("J Quenneth",), ("S Brimley",), ("J Quenneth",)]


def test_a_table_of_attendance_with_a_status_column_names_the_speakers() -> None:
    text = "\n\n".join([
        "BRYNDERW COMMUNITY COUNCIL", "MINUTES OF MEETING",
        "Quarry Hall on Monday 18 September 2023 at 7 pm", "Councillor Village Attendance",
        "Hywel Marchwyn Caerwyddno Present", "Lowri Penvale (Chair) Caerwyddno Present",
        "Dafydd Orrelby Pentre Isaf Not present", "Sian Tregorran Bryn Eithin Apologies",
        "Clerk: Nia Ruscombe",
        "23131 DECLARATIONS OF INTEREST Cllr Marchwyn declared an interest in the grant.",
        "23132 FINANCE Cllr Penvale presented the accounts to 31 August 2023.",
        "23133 PLANNING Cllr Tregorran had sent comments on the barn conversion.",
    ])
    [meeting] = text_meetings(text)
    assert "Hywel Marchwyn" in meeting.attendance.present
    assert "Sian Tregorran" in meeting.attendance.apologies
    assert all("Dafydd Orrelby" not in names for names in meeting.attendance.everyone())
    assert [item.speakers for item in meeting.items][:2] == [
        ("Hywel Marchwyn",), ("Lowri Penvale",)]


def test_a_seconder_written_2nd_after_the_name_speaks() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes Parish Council Ordinary Meeting Tuesday 2nd March 2021\n"
        "Present: Cllr A Cawsand (Chair), Cllr R Gorran, Cllr P Tregony\n\n"
        "1. Apologies\nNone.\n\n"
        "2. To approve the payments for March 2021\nCllr Tregony proposed that the payments "
        "be approved, Cllr Gorran 2nd, all in favour.\n\n"
        "3. Date of next meeting\nTuesday 6th April 2021.\n")
    assert [i.speakers for i in meeting.items] == [(), ("Cllr P Tregony", "Cllr R Gorran"), ()]


def test_members_called_by_first_name_propose_and_second_by_it() -> None:
    (meeting,) = text_meetings(
        "TREGONY COMMUNITY COUNCIL\nMinutes of the meeting held on 3rd October 2019\n\n"
        "Present: Duncan Cawsand (Chair), Morven Gorran, Eilidh Tredinnick\n\n"
        "1. Apologies\nNone.\n\n2. Minutes of the September meeting\n"
        "Accepted, proposed by Duncan and seconded by Morven.\n\n"
        "3. Play park\nEilidh reported that the swings had been repaired.\n")
    assert [i.speakers for i in meeting.items] == [
        (), ("Duncan Cawsand", "Morven Gorran"), ("Eilidh Tredinnick",)]


def test_a_proposal_and_its_seconder_in_capitals_name_their_speakers() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMINUTES of the Pengarth Parish Council meeting held on 10th "
        "October 2017 7.30pm at the Pavilion.\n\nPresent: Cllrs A Cawsand (Chair), R Gorran, "
        "P Tregony and T Penrose\n\n2741 Apologies for Absence\nOn a PROPOSAL by Cllr Gorran "
        "SECONDED by Cllr Tregony it was AGREED to accept apologies from Cllr Polkinghorne.\n\n"
        "2742 Minutes\nPROPOSED by Cllr Penrose, SECONDED by Cllr Cawsand, the minutes were "
        "approved.\n\n2743 Date of next meeting\n14th November 2017.\n")
    assert [i.speakers for i in meeting.items] == [
        ("Cllr R Gorran", "Cllr P Tregony"), ("Cllr T Penrose", "Cllr A Cawsand"), ()]


def test_a_proposer_and_seconder_after_short_labels_are_speakers() -> None:
    def speakers(line: str) -> tuple[str, ...]:
        (meeting,) = text_meetings(
            "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
            "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nNone.\n\n"
            f"2. Minutes\n{line}\n\n3. Date of next meeting\n14th November 2017.\n")
        return meeting.items[1].speakers

    for line in ("Prop. Cllr Gorran, Sec. Cllr Tregony. Agreed.",
                 "Prop Cllr Gorran 2nd Cllr Tregony",
                 "Proposer: Cllr Gorran Seconder: Cllr Tregony",
                 "Proposed Cllr Gorran Seconded Cllr Tregony"):
        assert speakers(line) == ("Cllr R Gorran", "Cllr P Tregony"), line


def test_a_clause_about_the_speaker_between_name_and_verb_keeps_the_speaker() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nApologies were "
        "received from Cllr Polkinghorne, who was away on holiday for the whole of this month.\n\n"
        "2. Footpaths\nCllr Gorran, who walks the path daily, reported that the stile was "
        "broken.\n\n3. Date of next meeting\n14th November 2017.\n")
    assert [i.speakers for i in meeting.items] == [(), ("Cllr R Gorran",), ()]


def test_a_speakers_name_run_in_as_a_label_before_what_they_said() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nApologies were "
        "received from Cllr Polkinghorne, who was away on holiday for the whole of this month.\n\n"
        "2. Footpaths\nCllr Gorran: the stile has been repaired and the path is open again.\n"
        "Highways: the verge will be cut in October.\n\n"
        "3. Date of next meeting\n14th November 2017.\n")
    assert [i.speakers for i in meeting.items] == [(), ("Cllr R Gorran",), ()]


def test_a_listed_officers_name_is_not_lengthened_by_the_words_of_the_line_above() -> None:
    (meeting,) = text_meetings(
        "PENGARTH TOWN COUNCIL\nAudit Committee\nMinutes of the meeting held on 15 November "
        "2023.\n\nPresent: Councillors Cawsand (Chair), Gorran and Tregony\n"
        "Officers in Attendance Jenna Polkinghorne, Head of Legal Services\n"
        "Derek Tredinnick, Senior Accountant\nJoanna Pentewan, Audit Manager, Auditco\n"
        "Martin Rosevear, Audit Partner\n\n1. Apologies\nNone were received this evening.\n\n"
        "2. Internal Audit Progress\nJoanna Pentewan and Martin Rosevear presented the report. "
        "Derek Tredinnick answered questions on the payroll audit.\n\n"
        "3. Date of next meeting\n14 March 2024.\n")
    assert set(meeting.items[1].speakers) == {"Joanna Pentewan", "Martin Rosevear",
                                              "Derek Tredinnick"}


def test_a_youth_councillor_proposing_and_seconding_speaks() -> None:
    (meeting,) = text_meetings(
        "PENGARTH YOUTH COUNCIL\nMinutes of the meeting held on 10th October 2017.\n\n"
        "Present: Youth Cllrs A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nNone.\n\n"
        "2. Minutes\nIt was proposed by Youth Cllr Gorran, seconded by Youth Cllr Tregony and "
        "RESOLVED that the minutes be approved.\n\n3. Date of next meeting\n14th November 2017.\n")
    assert len(meeting.items[1].speakers) == 2
    assert all(s.endswith(("Gorran", "Tregony")) for s in meeting.items[1].speakers)


def test_a_post_after_the_is_nobody_s_name() -> None:
    (meeting,) = text_meetings(
        "PENGARTH COUNCIL\nMinutes of the Board held on 10th October 2017.\n\n"
        "Present: Councillors A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nNone.\n\n"
        "2. Polling Places\nThe Electoral Registration Officer confirmed that the polling "
        "station would move. Councillor Gorran asked about parking.\n\n"
        "3. Date of next meeting\n14th November 2017.\n")
    assert meeting.items[1].speakers == ("Councillor R Gorran",)


def test_a_member_who_intimated_something_speaks() -> None:
    (meeting,) = text_meetings(
        "PENGARTH COMMUNITY COUNCIL\nMinute of the meeting held on 10th October 2017.\n\n"
        "Sederunt: A Cawsand (Chair), R Gorran, P Tregony\n\n1. Apologies\nNone.\n\n"
        "2. Hall\nR Gorran intimated that the hall would be closed in July.\n\n"
        "3. Date of next meeting\n14th November 2017.\n")
    assert meeting.items[1].speakers == ("R Gorran",)


def test_first_names_after_a_point_s_label_and_two_joined_by_and_speak() -> None:
    (meeting,) = text_meetings(
        "PENGARTH VILLAGE PLAN - MINUTES OF WORKING GROUP MEETING\n\nDATE: 22nd March 2011\n\n"
        "MEMBERS ATTENDING: Alan Cawsand, Beth Gorran, Carl Tregony\n\n"
        "1. APOLOGIES: None were received this month.\n\n"
        "2. MATTERS ARISING: (a) NOTICE BOARD: Alan reported that the board had been "
        "repaired. Beth and Carl agreed to repaint it in the spring.\n\n"
        "3. DATE OF NEXT MEETING: Tuesday 26th April 2011.\n")
    assert set(meeting.items[1].speakers) == {"Alan Cawsand", "Beth Gorran", "Carl Tregony"}


def test_a_seconder_named_straight_after_seconded_speaks() -> None:
    """'Proposed by Alan Gorran and seconded Tom Tregony': one seconds a motion, never a person,
    so the name after 'seconded' is the seconder's."""
    (meeting,) = text_meetings(
        "Pengarth Community Council\n\nMinutes of meeting held Monday 11th March 2013\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Minutes\n\nApproval of February minutes: Proposed by Alan Gorran and seconded Tom "
        "Tregony. Approval of AGM minutes: Proposed Ruth Cawsand seconded Iain Rosevear.\n\n"
        "3. Date of next meeting\n\nMonday 8th April 2013.\n")
    assert set(meeting.items[1].speakers) == {
        "Alan Gorran", "Tom Tregony", "Ruth Cawsand", "Iain Rosevear"}


def test_a_post_no_list_names_the_holder_of_is_a_role_of_the_item_not_a_speaker() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Minutes of the meeting of Lanreath Parish Council held on 9 March 2017\n\n"
        "Present: Cllr A Polvean (Chairman), Cllr B Gorran, Cllr C Rosevear\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Footpaths\nThe Clerk reported that the stile had been mended. Cllr Gorran asked "
        "for a new sign.\n\n3. Finance\nThe Chairman reported a balance of £812.\n\n"
        "4. Date of next meeting\n13 April 2017.\n")
    footpaths, finance = meeting.items[1:3]
    assert footpaths.speakers == ("Cllr B Gorran",) and footpaths.roles == ("The Clerk",)
    assert finance.speakers == ("Cllr A Polvean",) and finance.roles == ()


def test_a_table_of_who_declared_gives_surnames_the_document_names_in_full() -> None:
    from indexer.parse.speakers import declarers

    book = NameBook([PersonName("Councillor", "A B", "", "Gorran"),
                     PersonName("Councillor", "C", "", "Rosevear")])
    paragraphs = ["Members declared interests as follows:",
                  "Gorran Agenda Item 4 – Personal Interest as a governor of the school.",
                  "Rosevear Agenda Item 9 – Personal Interest as a member of the bowls club.",
                  "Budget Agenda Item 8 – no interest recorded."]
    assert declarers("Disclosure of Interests", paragraphs, book) == [
        "Councillor A B Gorran", "Councillor C Rosevear"]


def test_a_street_named_beside_a_speaker_is_no_person_but_a_surname_after_a_title_is() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Minutes of the meeting of Lanreath Parish Council held on 9 March 2017\n\n"
        "Present: Cllr A Polvean (Chairman), Cllr B Gorran, Mr P Mews\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Highways\nMr Mews reported the pothole at Holme Drove and Quayside Way. Mrs Way "
        "asked about the bus shelter on Chyreen View.\n\n"
        "3. Date of next meeting\n13 April 2017.\n")
    assert meeting.items[1].speakers == ("Mr P Mews", "Mrs Way")


def test_mesdames_in_a_list_are_each_mrs_and_a_mowing_firm_is_no_person() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Minutes of the meeting of Lanreath Parish Council held on 9 March 2017\n\n"
        "Present: Mesdames Ashby, Corran and Lusk and Messrs Dowling (Chairman), Frean and "
        "Pellow\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Finance\nThe following payments were approved:\nPellow Mowing – first cut £90.00\n"
        "Mr Pellow declared an interest in the payment.\n\n"
        "3. Any other business\nMrs Ashby asked about the bin at the bus stop.\n\n"
        "4. Date of next meeting\n13 April 2017.\n")
    assert meeting.attendance.present[:3] == ("Mrs Ashby", "Mrs Corran", "Mrs Lusk")
    assert meeting.items[1].speakers == ("Mr Pellow",)
    assert meeting.items[2].speakers == ("Mrs Ashby",)


def test_an_officer_an_agenda_note_names_as_presenter_speaks_by_post() -> None:
    """'(Ann Tregony, Head of Finance / Polvean Audit LLP)' under an item's title: 'The Head of
    Finance gave members an update' is Ann Tregony speaking, in that item and the next."""
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Audit Committee - Tuesday, 23rd September, 2025 7.00 pm\n\n"
        "Present: Councillors Gorran (Chairman), Moyle and Rosevear\n\n"
        "1. External Audit Update\n\n"
        "To receive an update on the audit of the accounts.\n\n"
        "(Ann Tregony, Head of Finance / Polvean Audit LLP)\n\n"
        "The Head of Finance gave members an update on the audit. Councillor Moyle asked "
        "about the backstop date.\n\n"
        "RESOLVED: That the update be noted.\n\n"
        "2. Treasury Management\n\n"
        "The Head of Finance presented the mid-year review. Its houses on Beck Side and "
        "Carr Row were let.\n\n"
        "RESOLVED: That the review be noted.\n\n"
        "3. Date of next meeting\n\n"
        "The next meeting will be held on 25 November 2025.\n")
    assert set(meeting.items[0].speakers) == {"Ann Tregony", "Councillor Moyle"}
    assert meeting.items[1].speakers == ("Ann Tregony",)


def test_members_heard_asked_or_answered_and_presenters_an_agenda_names_speak() -> None:
    book = NameBook()
    for text, names in [
        ("The Committee heard Councillor Allardyce, who spoke in support of the residents.",
         ["Councillor Allardyce"]),
        ("Having heard Mr Bryce in answer to questions, the Panel noted the report.",
         ["Mr Bryce"]),
        ("In response to questions from Councillor Maris, it was noted that reserves were used.",
         ["Councillor Maris"]),
        ("Deputations were made by Mr Terry Lockyer in respect of item 4.", ["Terry Lockyer"]),
        ("Councillor Cook had nothing to report.", ["Councillor Cook"]),
        ("Delyth Arwel (Chief Finance Officer) to present the report.", ["Delyth Arwel"]),
        ("The appeal by Mr Bryce was heard last year.", []),
        ("Councillor Cook had nothing to do with the sale.", []),
    ]:
        assert item_speakers([text], book) == names, text


def test_initials_before_a_motion_word_and_a_proposer_after_a_dash_speak() -> None:
    for text, names in [
        ("Proposed: K Mitchell Seconded: S Anderson", ["K Mitchell", "S Anderson"]),
        ("The minutes were agreed as a true record Proposed – D Matheson, Seconded – S Beaton",
         ["D Matheson", "S Beaton"]),
    ]:
        assert [m.person.display for m in speaking(text, mentions(text))] == names, text
    assert [m.person.display for m in mentions("Item B Finance Plan A Smith")] == []


def test_a_seconder_named_by_initials_keeps_a_surname_in_mc_or_o() -> None:
    from indexer.parse.initials import mover_names

    assert mover_names(["Proposed by Cllr. S. Gavin, seconded by Cllr. R. McHale and agreed.",
                        "Moved by G. O’Brien."]) == ["Cllr. S. Gavin", "Cllr. R. McHale",
                                                     "G. O’Brien"]


def test_initialled_names_under_a_plural_honorific_each_keep_it() -> None:
    assert _said("Because they also sit on the Metropolitan Council, Cllrs M Barlow, R Tindall "
                 "and A Greaves declared personal interests in item 9.") == [
        ("Cllr", "M", "Barlow"), ("Cllr", "R", "Tindall"), ("Cllr", "A", "Greaves")]
    assert _said("Cllrs D A Parry and R Owen declared an interest in Item 10.") == [
        ("Cllr", "D A", "Parry"), ("Cllr", "R", "Owen")]


def test_a_word_that_is_a_thing_elsewhere_is_a_surname_after_an_honorific_and_initials() -> None:
    assert _said("Cllr P Senior moved an amendment, seconded by Cllr L Lister, that the contract "
                 "be for one year only.") == [("Cllr", "P", "Senior"), ("Cllr", "L", "Lister")]


def test_a_mover_and_seconder_labelled_with_a_colon_and_dash() -> None:
    assert _said("Mover:- Councillor Ogden Seconder:- Councillor Crowther") == [
        ("Councillor", "", "Ogden"), ("Councillor", "", "Crowther")]


def test_members_sending_apologies_in_an_item_of_apologies_and_declarations_declared_nothing(
) -> None:
    (meeting,) = text_meetings(
        "MINUTES of the Council held on 3 March 2026\n\n"
        "Present: Councillors A Barraclough (Chair), C Penn and D Lowe.\n\n"
        "C45 MINUTES\nThe minutes of the last meeting were approved.\n\n"
        "C46 APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST\n"
        "Apologies for absence were received from Councillors B Perch and K Brampton.\n"
        "Councillor Barraclough declared a non-pecuniary interest in Agenda Item 10.\n\n"
        "C47 BUDGET\nThe budget was approved.\n")
    item = next(i for i in meeting.items if i.number == "C46")
    assert [s for s in item.speakers if "Perch" in s or "Brampton" in s] == []
    assert any("Barraclough" in s for s in item.speakers)


def test_every_name_of_a_list_that_each_declared_and_names_under_a_plural_honorific_asking(
) -> None:
    assert [s for _, _, s in _said("Mr Penrose, Mr Treloar, Mr Jory and Mr Vosper each "
                                   "declared a disclosable pecuniary interest.")] == [
        "Penrose", "Treloar", "Jory", "Vosper"]
    assert [s for _, _, s in _said("Mr Cowie explained the priorities and answered questions "
                                   "from Councillors Baird and Lennox on retained crewing.")] \
        == ["Cowie", "Baird", "Lennox"]


def test_movers_named_by_surname_alone_are_the_listed_members_of_that_surname() -> None:
    text = """HOLTBY PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 3 March 2025 at 7pm in the Hall.

Present: Councillor Owen Tolland, Councillor Jess Breck, Councillor Rhys Vinnicombe

1. Apologies
None.

2. Recreation ground
The strimmer quotation was discussed.
Moved by Tolland, Seconded by Breck
It is recommended that the quotation be accepted.
Carried.

3. Footpaths
Proposed by Vinnicombe, seconded by Breck, it was resolved to write to the County.

4. Verges
Proposed by Hall, seconded by Breck, it was resolved to cut the verges in May.
"""
    [meeting] = text_meetings(text)
    assert [item.speakers for item in meeting.items] == [
        (), ("Owen Tolland", "Jess Breck"), ("Rhys Vinnicombe", "Jess Breck"), ("Jess Breck",)]


def test_a_listed_surname_opening_a_sentence_before_its_verb_is_who_spoke() -> None:
    text = """HOLTBY PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Monday 3 March 2025 at 7pm in the Hall.

Present: Councillors Owen Tolland, Jess Breck and Rhys Vinnicombe; Mrs A Tarrant (Clerk).

1. Apologies
None.

2. Recreation ground
Breck reported that the swings had been inspected. Vinnicombe proposed a new fence.

3. Footpaths
Mr. Tarrant reported that he had cleared the stile. Tolland asked for a new sign.
"""
    [meeting] = text_meetings(text)
    assert [item.speakers for item in meeting.items] == [
        (), ("Jess Breck", "Rhys Vinnicombe"), ("Mr Tarrant", "Owen Tolland")]


def test_movers_after_a_label_s_proposed_and_seconded_without_honorifics() -> None:
    """'Proposed E Bryce, seconded R Tolmie.', 'Proposed A Lorimer, …': who moved, named
    by initial and surname after the label; 'seconded A Penrose' in a sentence is the nominee."""
    names = [f"{m.person.initials} {m.person.surname}" for m in mentions(
        "The roof quotation was accepted. Proposed E Bryce, seconded R Tolmie.")]
    assert names == ["E Bryce", "R Tolmie"]
    names = [f"{m.person.initials} {m.person.surname}" for m in mentions(
        "The roof quotation was accepted. Proposed A Lorimer, seconded J Baird.")]
    assert names == ["A Lorimer", "J Baird"]
    names = [f"{m.person.initials} {m.person.surname}" for m in mentions(
        "L Dacre proposed and S Harker seconded A Penrose as Vice Chairperson.")]
    assert "A Penrose" not in names


def test_a_member_who_moves_or_motions_in_the_present_tense_speaks() -> None:
    text = ("Parks Committee Minutes\nMay 12, 2016\n\nPresent: Ann Gorran, Tom Pell, "
            "Eve Tregony\n\n1. Call to Order\nCalled to order at 6pm.\n\n2. Previous Minutes\n"
            "Ann Gorran moves to accept the minutes as written. Tom Pell seconds the motion. "
            "Motion approved 3-0.\n\n3. Bandstand\nEve Tregony motioned to accept the lower "
            "quote. Tom Pell seconded.\n\n4. Adjourn\nAdjourned at 7pm.\n")
    [meeting] = text_meetings(text)
    assert set(meeting.items[1].speakers) == {"Ann Gorran", "Tom Pell"}
    assert set(meeting.items[2].speakers) == {"Eve Tregony", "Tom Pell"}


def test_a_chairman_abbreviated_before_his_surname_is_the_member_listed() -> None:
    text = ("Events Committee Minutes\nJune 7, 2007\n\nPresent: Alan Gorran (Chmn), "
            "Eve Tregony, Tom Pell\n\n1. Correspondence\nChmn Gorran read a letter from the "
            "Selectmen about the fair.\n\n2. Bonfire\nEve Tregony moved that the "
            "bonfire go ahead. Tom Pell seconded.\n\n3. Adjourn\nAdjourned at 9pm.\n")
    [meeting] = text_meetings(text)
    assert meeting.items[0].speakers == ("Alan Gorran",)


def test_a_place_after_of_or_at_is_where_not_who_speaks() -> None:
    text = ("Minutes of Kelby Parish Council held on 4th May 2021\n\nPresent: Cllr Ann Gorran, "
            "Cllr Tom Pell\n\n1. Public Participation\nTwo residents of Fenby Row asked about the "
            "drains on Kiln Lane.\n\n2. Highways\nCllr Pell proposed that the Clerk ask for a "
            "traffic count at Pont Ddu, seconded by Cllr Gorran; agreed.\n\n"
            "3. Finance\nThe accounts were approved.\n")
    [meeting] = text_meetings(text)
    assert meeting.items[0].speakers == ()
    assert set(meeting.items[1].speakers) == {"Tom Pell", "Ann Gorran"}


CR_MINUTES = """BANKSIA SHIRE COUNCIL
Minutes of the Ordinary Meeting held on Tuesday 14 March 2017

Present: Cr Lee Parrish (President), Cr Tom Ashe, Cr Dana Hume

1. Confirmation of Minutes

12/17 RESOLVED on the motion of Crs Ashe and Hume
That the minutes of the meeting of 14 February 2017 be confirmed.

2. Boat Ramp

Cr Hume reported that the ramp had been resurfaced.

3. Jetty Repairs

Senator Hal Quayle asked when the jetty would reopen; Cr Parrish advised that the repairs would
finish in May.
"""


def test_crs_and_senators_are_ranks_resolved_through_the_attendance() -> None:
    (meeting,) = text_meetings(CR_MINUTES)
    assert [item.speakers for item in meeting.items] == [
        ("Tom Ashe", "Dana Hume"), ("Dana Hume",), ("Hal Quayle", "Lee Parrish")]


WELSH_MINUTES = """CYNGOR CYMUNED LLANFAES

Cofnodion y cyfarfod a gynhaliwyd nos Fercher 3 Mawrth 2010 yn Neuadd y Pentref.

Presennol: Cyng. Rhodri Evans (Cadeirydd), Cyng. Mair Jones, Cyng. Iwan Price.

1. Datgan buddiant

Datganodd y Cyng. Mair Jones fuddiant personol yn eitem 3.

2. Cofnodion

Cadarnhawyd cofnodion y cyfarfod diwethaf. Cynigiwyd gan y Cyng. Mair Jones ac
eiliwyd gan y Cyng. Iwan Price.

3. Praesept

Awgrymodd y Cyng. Evans y dylid prynu mainc newydd i'r parc.
"""


def test_welsh_councillors_who_propose_and_second_are_speakers() -> None:
    (meeting,) = text_meetings(WELSH_MINUTES)
    assert meeting.items[1].speakers == ("Mair Jones", "Iwan Price")
    assert not any("Cyng" in name for item in meeting.items for name in item.speakers)


MOVERS_IN_BRACKETS = """WATTLEBROOK SHIRE COUNCIL

Minutes of the Ordinary Meeting of Council held on 9 May 2013

PRESENT

Cr Joan Ruddock (Mayor)
Cr Peter Lusk
Cr Ann Farrow

1. CONFIRMATION OF MINUTES

0311/13 RESOLVED: (Lusk/Farrow)

That the minutes of the Ordinary Council Meeting of 11 April 2013 be confirmed.

2. FOOTPATH PROGRAM

0312/13 RESOLVED: (Farrow/Hale)

That the footpath program be adopted.
"""


def test_a_mover_and_seconder_by_surname_in_brackets_are_speakers_when_both_are_listed() -> None:
    (meeting,) = text_meetings(MOVERS_IN_BRACKETS)
    assert meeting.items[0].speakers == ("Peter Lusk", "Ann Farrow")
    # 'Hale' is no one on the list: the pair is not read as names at all.
    assert "Ann Farrow" not in meeting.items[1].speakers


def test_a_verbatim_reports_labels_name_the_members_and_the_chair_in_brackets() -> None:
    text = """Westmark Council
Official Report of the Resources Committee, 6 March 2007

Present: Marion Tate (Convener), Owen Pryde, Lesley Crane.

1. Depot Lease

The Convener (Marion Tate): We turn to the depot lease. Does anyone wish to speak to the
paper?

Owen Pryde (Eastfield) (Lab): The rent review clause worries me, and I want that noted before
we agree anything.

Lesley Crane (Kirkgate North) (Ind): The officers should bring back a second valuation.

2. Allotment Charges

The committee agreed the charges for the coming year without discussion.

3. Date of next meeting

The committee will next meet on 3 April 2007.
"""
    item = text_meetings(text)[0].items[0]
    assert list(item.speakers) == ["Marion Tate", "Owen Pryde", "Lesley Crane"]


def test_a_transcripts_speakers_on_lines_of_their_own_speak() -> None:
    text = """Carrowmore County Council
Roads Committee, 14 May 2016

Present: Councillor Grainne Foley, Councillor Eamon Tracey. Officials: Mr. Liam Corcoran.

1. Resurfacing Programme

Mr. Liam Corcoran

I thank the members. Some 38 kilometres of regional road are due to be resurfaced this year.

Councillor Grainne Foley

I welcome the figure, but the road to the pier was promised last year and is still not done.

Councillor Eamon Tracey

Could the engineer say when the drainage works at the crossroads will start?

2. Lead officer

Mr. Liam Corcoran

The committee noted the engineer's report on the winter maintenance plan and its costs.

3. Date of next meeting

The committee will meet again on 11 June 2016.
"""
    first, second = text_meetings(text)[0].items[:2]
    assert set(first.speakers) == {"Liam Corcoran", "Grainne Foley", "Eamon Tracey"}
    # One name over one paragraph is a heading's or a table's, not a transcript's.
    assert "Liam Corcoran" not in second.speakers


def test_a_chairperson_named_by_initial_is_the_member_of_that_name() -> None:
    """'MOVED by Chairperson L Vellanoweth, seconded by Member G Skewes': the board's chair by her
    post and initial is the Lesley Vellanoweth the attendance names, not a person called
    'Chairperson L Vellanoweth'."""
    (meeting,) = text_meetings(
        "Ossick Local Board\n\nMinutes of a meeting of the Ossick Local Board held on "
        "Wednesday, 20 February 2019 at 6.00pm.\n\n"
        "Present: Lesley Vellanoweth (Chairperson), Grant Skewes (Deputy Chairperson), Dianne "
        "Trengove\n\n"
        "1. Welcome\n\nChairperson L Vellanoweth opened the meeting and welcomed those present.\n\n"
        "2. Apologies\n\nResolution number WR/2019/1\nMOVED by Chairperson L Vellanoweth, "
        "seconded by Deputy Chairperson G Skewes:\nThat the Ossick Local Board accept the "
        "apology from Member H Quintrell.\nCARRIED\n\n"
        "3. Closing\n\nThe meeting closed at 7.10pm.\n")
    welcome, apologies, _ = meeting.items
    assert "Lesley Vellanoweth" in welcome.speakers
    assert not any(name.startswith("Chairperson") for item in meeting.items
                   for name in item.speakers)
    assert {"Lesley Vellanoweth", "Grant Skewes"} <= set(apologies.speakers)



def test_a_resident_named_by_role_and_supervisors_listed_together() -> None:
    """'Resident Dale Vierling asked …': the speaker is the name, not 'Resident Dale'; a US
    town board's 'Supervisors G Hale and M Braun' are two supervisors."""
    (meeting,) = text_meetings(
        "Town Board Minutes for March 12, 2007\n\n"
        "Present: Chairperson R Kowal, Supervisors G Hale and M Braun.\n\n"
        "1. Call to Order\nThe meeting was called to order at 7:00 p.m.\n\n"
        "2. Public Comment\nResident Dale Vierling asked when the ditch would be cleaned.\n\n"
        "3. Road Report\nThe patrolman reported on the sand supply.\n")
    assert meeting.items[1].speakers == ("Dale Vierling",)
    assert meeting.attendance.present[1:] == ("Supervisor G Hale", "Supervisor M Braun")
