"""indexer/parse/people.py: attendance lists, names and roles."""

from __future__ import annotations

from indexer.parse.mentions import mentions
from indexer.parse.names import parse_name
from indexer.parse.people import entry_person, entry_role, parse_attendance, split_names
from indexer.parse.person_names import PersonName
from indexer.records import Attendance
from tests.fixtures.minutes import text_meetings


def test_split_names_on_commas_and_and() -> None:
    assert split_names("Mr A Harper (Chair), Mrs B Jones and Cllr C Smith") == [
        "Mr A Harper (Chair)", "Mrs B Jones", "Cllr C Smith"]


def test_parse_attendance_files_each_list_under_its_label() -> None:
    blocks = {"PRESENT": "Mr A Harper (Chair), Mrs B Jones", "Apologies": "Cllr C Smith"}
    assert parse_attendance(blocks) == Attendance(
        present=("Mr A Harper (Chair)", "Mrs B Jones"), apologies=("Cllr C Smith",))


def test_an_entry_gives_its_person_and_role() -> None:
    assert entry_person("Mr A Harper (Chair)") == PersonName("Mr", "A", "", "Harper")
    assert entry_role("Mr A Harper (Chair)") == "chair"
    assert entry_role("Mrs B Jones (Vice-Chairman)") == "vice-chair"
    assert entry_role("Mrs B Jones") == ""
    assert entry_role("Cllr Jo Bruce JB Chair") == "chair"
    assert entry_role("Cllr Dave Deighton DD Vice Chair") == "vice-chair"
    assert entry_role("Nicola Cooper NC Parish Clerk (Minutes)") == "clerk"
    assert entry_role("Cllr Karin Newell KN") == ""
    from indexer.parse.people import ATTENDANCE_LABEL

    assert ATTENDANCE_LABEL.match("Others Present: Judith Taylor, Clerk").group("rest") == (
        "Judith Taylor, Clerk")


def test_officers_titles_are_not_people() -> None:
    from indexer.parse.mentions import mentions

    text = ("The General Counsel advised that the Register was available. Standing Orders "
            "were suspended. Jane Meade said she had an interest.")
    assert [m.person.display for m in mentions(text)] == ["Jane Meade"]


def test_places_works_and_projects_are_not_people() -> None:
    from indexer.parse.name_book import NameBook
    from indexer.parse.speakers import item_speakers

    text = ["Ayton Castle has agreed to paint the railings. Lomond Land proposed six houses. "
            "Transport Scotland said the junction is safe. Solar Panels were discussed. "
            "Mrs West agreed to write. Cllr Close reported on the hall."]
    assert item_speakers(text, NameBook()) == ["Mrs West", "Cllr Close"]


def test_a_place_before_the_kind_of_body_it_names_is_no_person() -> None:
    from indexer.parse.name_book import NameBook
    from indexer.parse.speakers import item_speakers

    # No county's name is known to the parser: the word after the place says it is a body.
    text = ["Tregony Police reported three thefts. Rosevear Constabulary asked for reports. "
            "Gorran Water said the main was sound. Lanreath Leisure commented on fees. "
            "Cawsand Energy will replace the lamps. Pentewan Surfacing quoted £900. "
            "Gorran Roofing Contractors inspected the roof. Polvean Advisory reported a gain. "
            "Tregony End residents asked for a grit bin. Mrs Power agreed to write."]
    assert item_speakers(text, NameBook()) == ["Mrs Power"]


def test_an_initial_or_honorific_with_a_full_stop_does_not_end_an_entry() -> None:
    assert split_names("Cllr J. Smith (Chair), Cllr. P. Green. Mrs. K. Jones (Town Clerk)") == [
        "Cllr J. Smith (Chair)", "Cllr. P. Green", "Mrs. K. Jones (Town Clerk)"]


def test_after_an_honorific_a_word_that_is_a_thing_elsewhere_is_a_name() -> None:
    from indexer.parse.name_book import NameBook
    from indexer.parse.speakers import item_speakers

    assert item_speakers(["Cllr Field raised concerns. Mrs June Hall agreed."], NameBook()) == [
        "Cllr Field", "June Hall"]
    assert item_speakers(["Mr Chairman, the Village Hall said nothing."], NameBook()) == []


def test_a_role_is_found_in_brackets_or_after_a_dash_with_initials_after_it() -> None:
    from indexer.parse.people import entry_role

    assert entry_role("Cllr. R. Crisp – Chair (RC)") == "chair"
    assert entry_role("Councillor Helen Ward (Leader, in the Chair)") == "chair"
    assert entry_role("Mr A Brown (Mayor)") == "chair"
    assert entry_role("Cllr X Young (Deputy Mayor)") == "vice-chair"
    assert entry_role("Vicky Bright – Clerk") == "clerk"
    assert entry_role("Cllr. Martin Storey - NCC") == ""
    attendance = parse_attendance({"Councillors present": ": Cllr. R. Crisp – Chair (RC), "
                                                          "Cllr. F. Eglington (FE)"})
    assert attendance.present == ("Cllr. R. Crisp – Chair (RC)", "Cllr. F. Eglington (FE)")


def test_one_reading_of_a_role_for_attendance_text_and_titles() -> None:
    from indexer.parse.people import role_key

    assert [role_key(r) for r in ("Deputy-Mayor", "Vice-Chairman", "Mayor", "Town Clerk",
                                  "Leader, in the Chair", "NCC")] == [
        "vice-chair", "vice-chair", "chair", "clerk", "chair", ""]


def test_an_attendance_entry_may_give_the_post_before_the_person() -> None:
    from indexer.parse.people import entry_role, split_names

    entries = split_names("Councillors Adams (Chair), Baker and Dyson; the Clerk (Ms Evans).")
    assert entries[-1] == "Ms Evans (Clerk)" and entry_role(entries[-1]) == "clerk"
    entries = split_names("Cllrs R Hall (Chairman), S Fox. Clerk: Mrs P Lane.")
    assert entries == ["Cllr R Hall (Chairman)", "Cllr S Fox", "Mrs P Lane (Clerk)"]


def test_a_post_then_a_dash_then_its_holder() -> None:
    names = split_names("Town Clerk – Nadia Haworth; Deputy Town Clerk – Owen Priestley")
    assert names == ["Nadia Haworth (Town Clerk)", "Owen Priestley (Deputy Town Clerk)"]
    assert split_names("John Smith – Parish Clerk") == ["John Smith – Parish Clerk"]


def test_a_clerk_to_a_board_and_a_captain_are_named_by_their_posts() -> None:
    from indexer.parse.people import role_key

    assert role_key("Clerk to the Board") == "clerk"
    assert role_key("Clerk to the Authority") == "clerk"
    assert entry_person("Captain J Slaughter (Harbour Master)") == PersonName(
        "Captain", "J", "", "Slaughter")


def test_who_is_in_the_chair_is_the_chair() -> None:
    blocks = {"In the Chair": "The Mayor, Councillor A Mulholland",
              "Members Present": "Aldermen S Boyd and R Kerr, Councillors P Archibald and C Devlin"}
    attendance = parse_attendance(blocks)
    assert attendance.present[0] == "Councillor A Mulholland (in the Chair)"
    assert entry_role(attendance.present[0]) == "chair"
    assert parse_attendance({"In the Chair": "Councillor B Hunter"}).present == (
        "Councillor B Hunter (in the Chair)",)


def test_a_longer_form_opened_by_another_person_s_surname_is_two_people_run_together() -> None:
    from indexer.parse.name_book import NameBook
    from indexer.parse.person_names import PersonName

    # A table row 'Secretary Fiona Mackintosh Isla Grant Morag Dingwall' reads as one name.
    book = NameBook([PersonName("", "", "Isla", "Grant"), PersonName("", "", "Morag", "Dingwall"),
                     PersonName("", "", "Grant Morag", "Dingwall"),
                     PersonName("", "", "Allen", "Fisk"),
                     PersonName("", "", "Robert Allen", "Fisk")])
    assert book.resolve(PersonName("", "", "Morag", "Dingwall")) == "Morag Dingwall"
    assert book.resolve(PersonName("", "", "Allen", "Fisk")) == "Robert Allen Fisk"


def test_aldermen_and_councillors_run_together_without_commas_are_split() -> None:
    assert split_names("Ald T Boyd Ald Mrs E Quinn Cllr S Nolan Cllr D Rooney") == [
        "Ald T Boyd", "Ald Mrs E Quinn", "Cllr S Nolan", "Cllr D Rooney"]


def test_entries_set_apart_by_semicolons_keep_the_post_after_their_comma() -> None:
    assert split_names("Mr D Hale, Director of Environment; Mr P Vane, Parks and Open Spaces "
                       "Manager; Mrs L Pike, Committee Administrator") == [
        "Mr D Hale (Director of Environment)", "Mr P Vane (Parks and Open Spaces Manager)",
        "Mrs L Pike (Committee Administrator)"]


def test_a_clerk_and_a_district_member_set_apart_by_a_semicolon() -> None:
    assert split_names("Mr Colin Wray, Clerk to the Parish Council; District Cllr Mrs H Ames") \
        == ["Mr Colin Wray (Clerk to the Parish Council)", "District Cllr Mrs H Ames"]


def test_labels_with_a_councils_letters_or_how_members_attended() -> None:
    (meeting,) = text_meetings(
        "Minutes of Glenlair Community Council Meeting\n\nTuesday 21st March 2023 7.00pm\n\n"
        "CC Members Present: - Morag Innes (Chair), Callum Reid\n\n"
        "Attending (by Zoom): Cllrs Owen Pascoe, Tessa Vine\n\nWelcome\n\nMorag welcomed "
        "everyone to the meeting in the hall.\n\nMinutes of February 2023\n\nOwen asked "
        "that the minutes show the hall bookings. Minutes approved.\n\nPolice Report\n\n"
        "There were no crimes to report in the area.\n\nPlanning\n\nCallum reported two "
        "applications for extensions. Tessa said she had no comment on either.\n\nAOCB\n\n"
        "There was none.\n")
    assert meeting.attendance.present == (
        "Morag Innes (Chair)", "Callum Reid", "Cllr Owen Pascoe", "Cllr Tessa Vine")
    assert [set(i.speakers) for i in meeting.items] == [
        {"Morag Innes"}, {"Owen Pascoe"}, set(), {"Callum Reid", "Tessa Vine"}, set()]


def test_members_listed_by_first_name_alone_speak_by_it() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF GLANLLYN COMMUNITY COUNCIL MEETING 7:30PM 21ST NOVEMBER 2018\n\n"
        "Present: Gethin, Eluned, Iolo, Mererid (Chair), Secretary\n\n1. Apologies: Bryn\n\n"
        "2. Solar farm\n\nMererid explained the route of the cable. Eluned said the community "
        "should have a say. The Secretary reported a letter.\n\n3. Finance\n\nIolo presented the "
        "accounts for payment.\n")
    assert [set(i.speakers) for i in meeting.items] == [set(), {"Mererid", "Eluned"}, {"Iolo"}]


def test_a_councils_members_listed_with_the_meeting_of_electors_after_them() -> None:
    assert split_names("Parish Councillors M Penrose (Chairman), A Brook and T Quay together "
                       "with some 35 electors and Mrs K Lowry (Clerk to the Council)") == [
        "Councillor M Penrose (Chairman)", "Councillor A Brook", "Councillor T Quay",
        "Mrs K Lowry (Clerk to the Council)"]


def test_a_list_one_entry_a_line_with_places_group_labels_and_a_glued_officer_label() -> None:
    (meeting,) = text_meetings(
        "Ellmouth Town Council\n\nMinutes of the Allotments Committee held on 7 December 2016"
        "\n\nPresent:\nCouncillor K Platt – Chairman\nCouncillor D Green\n"
        "Site Representatives:\nMaureen Sutton – Mill Close\nIan Shaw – Top Field 1\n"
        "Gary Pike – Top Field 2\nTrevor Crane – Low Fold\n"
        "Officer:Mrs S Wade – Town Clerk\n\n1. Welcome\nThe Chairman opened the meeting.\n\n"
        "2. Water supply\nMrs Wade reported the new meters.\n\n3. Waiting list\n"
        "Ian Shaw reported two new tenants.\n")
    assert meeting.attendance.present == (
        "Councillor K Platt – Chairman", "Councillor D Green", "Maureen Sutton – Mill Close",
        "Ian Shaw – Top Field 1", "Gary Pike – Top Field 2", "Trevor Crane – Low Fold")
    assert meeting.attendance.in_attendance == ("Mrs S Wade – Town Clerk",)


def test_a_first_name_with_a_middle_initial_keeps_it_and_the_surname() -> None:
    (meeting,) = text_meetings(
        "Ellmouth Islands Council\n\nMinute of the General Meeting of the Council held on "
        "Tuesday, 15 December 2020\n\nPresent: Councillors Ewan R Sclater, Morag A Flett "
        "and Ross D Lennie.\n\n1. Minute of Previous Meeting\nOn the motion of Councillor "
        "Ross D Lennie, seconded by Councillor Morag A Flett, the Council approved the "
        "minute.\n\n2. Ferry Services\nCouncillor Ewan R Sclater reported on the charter.\n\n"
        "3. Conclusion of Meeting\nThe meeting closed at 12:40.\n")
    assert [item.speakers for item in meeting.items] == [
        ("Ross D Lennie", "Morag A Flett"), ("Ewan R Sclater",), ()]


def test_community_councillors_listed_and_named_by_their_own_title() -> None:
    (meeting,) = text_meetings(
        "Ellmouth Community Council\n\nMonthly meeting held on 9 August 2018\n\n"
        "In attendance:- CCllr Gordon Hale (chairman); CCllrs Duncan Rae and Morag Lind\n\n"
        "Apologies\n\nApologies were received from CCllr Fiona Reid, who was away this month.\n\n"
        "Planning\n\n18/00555/FLL, 14 dwellings, Station Road: CCllr Rae summarised the "
        "application and CCllr Lind asked about access.\n\n"
        "Treasurer's report\n\nCCllr Hale reported a balance of £1,204.\n\n"
        "Police report\n\nNo report had been received this month from the police.\n\n"
        "Date of next meeting\n\nThursday 13 September 2018 at 7.30pm in the Town Hall.\n")
    assert meeting.attendance.in_attendance == (
        "CCllr Gordon Hale (chairman)", "CCllr Duncan Rae", "CCllr Morag Lind")
    assert meeting.items[1].speakers == ("Duncan Rae", "Morag Lind")


def test_a_grids_names_side_by_side_are_each_an_entry() -> None:
    """'Aldermen K. L. Orrin T. V. Cathcart (Mrs.)': a two-column grid of members read as a
    line, each name by initials with its notes; the group's title goes to each."""
    assert split_names("Aldermen K. L. Orrin T. V. Cathcart (Mrs.)") == [
        "Alderman K. L. Orrin", "Alderman T. V. Cathcart (Mrs.)"]
    assert split_names("D J Pattenden S Ruck") == ["D J Pattenden", "S Ruck"]
    assert split_names("Councillor A. B. Smith (Chair)") == ["Councillor A. B. Smith (Chair)"]


def test_a_grids_members_label_needs_no_colon_before_a_name() -> None:
    """'Members Mr T Gray Mrs P Voe': a community council's table of members, its label in
    the first column; 'Members of the public' is no such label."""
    from indexer.parse.people import ATTENDANCE_LABEL
    match = ATTENDANCE_LABEL.match("Members Mr T Gray Mrs P Voe")
    assert match is not None and match.group("rest") == "Mr T Gray Mrs P Voe"
    assert ATTENDANCE_LABEL.match("Members agreed to write to the council") is None


def test_also_attending_labels_an_attendance_list() -> None:
    from indexer.parse.people import ATTENDANCE_LABEL

    assert ATTENDANCE_LABEL.match("ALSO ATTENDING: Cllr A Pryce (Leader)")
    assert ATTENDANCE_LABEL.match("Also attending: Jo Treen, Clerk")
    assert not ATTENDANCE_LABEL.match("Also discussed: the bus shelter")


def test_the_clerk_to_the_council_is_the_clerk_before_or_after_the_name() -> None:
    """'Kerensa Uren, Clerk to the Council', 'Clerk to the Council Wenna Boase', 'Jowan
    Skewes Clerk to the Council': each names who clerked."""
    assert split_names("Kerensa Uren, Clerk to the Council") == [
        "Kerensa Uren (Clerk to the Council)"]
    assert split_names("Clerk to the Council Wenna Boase") == [
        "Wenna Boase (Clerk to the Council)"]
    assert entry_role("Jowan Skewes Clerk to the Council") == "clerk"
    assert entry_person("Jowan Skewes Clerk to the Council") == PersonName(
        "", "", "Jowan", "Skewes")


def test_an_initial_that_is_also_a_word_names_someone_who_speaks_or_seconds() -> None:
    """'A Kelso raised …', '… seconded by A Kelso': 'A' is an initial there; 'A Report was
    tabled' and 'A Working Group' name nobody."""
    from indexer.parse.mentions import mentions

    def names(text: str) -> list[str]:
        return [m.person.surname for m in mentions(text)]
    assert names("A Kelso raised the state of the pier steps.") == ["Kelso"]
    assert names("It was proposed by D Munro and seconded by A Kelso.") == ["Munro", "Kelso"]
    assert names("A Report was tabled on the ferry timetable.") == []
    assert names("A Working Group will meet in May.") == []


def test_an_office_in_capitals_is_not_a_person() -> None:
    """'Councillor Ann Tiller, Portfolio Holder for Operations, said …', 'The Harbour Master
    reported …', 'Building Control advised …': an office or a service is not a person named
    'Portfolio Holder', 'Harbour Master' or 'Building Control'."""
    from indexer.parse.mentions import mentions

    text = ("Councillor Ann Tiller, Portfolio Holder for Operations, said that the depot would "
            "reopen. The Harbour Master reported that the dredging was complete. Building "
            "Control advised that the wall was safe, and Adult Social Care reported no change.")
    assert [text[m.start:m.end] for m in mentions(text)] == ["Councillor Ann Tiller"]


def test_a_member_s_two_honorifics_stopped_alike_still_name_her() -> None:
    assert parse_name("Cllr. Mrs. S. Ystradley") == parse_name("Cllr. Mrs S Ystradley")
    person = parse_name("Cllr. Mrs. S. Ystradley")
    assert person is not None and (person.initials, person.surname) == ("S", "Ystradley")
    assert parse_name("Councillor Mrs. Jane Ystradley").first == "Jane"


def test_a_list_without_commas_splits_at_stopped_honorifics_too() -> None:
    assert split_names("Mr. A. J. Quarrendon (Chairman) Mr. R. D. Wexby (Vice Chairman) "
                       "Mr. S. Tolpuddle Cllr. M. Lynford") == [
        "Mr. A. J. Quarrendon (Chairman)", "Mr. R. D. Wexby (Vice Chairman)", "Mr. S. Tolpuddle",
        "Cllr. M. Lynford"]


def test_a_ditto_list_under_a_label_glued_to_its_first_name_names_every_member() -> None:
    (meeting,) = text_meetings(
        "MINUTES OF A MEETING OF PENGARTH TOWN COUNCIL HELD ON MONDAY 14th MAY 2007 AT 7.00 PM\n\n"
        "PRESENTCllr Mrs J. Tredinnick (Mayor)\n“ A.B. Cawsand\n“ Mrs R. Gorran\n“ P. Tregony\n"
        "Town Clerk\n\n1. FOOTPATHS\nCllr Cawsand reported the stile at Higher Mill was broken. "
        "Cllr Mrs Gorran agreed to inspect it.\n\n2. FINANCE\nCllr Tregony presented the accounts."
        "\n")
    assert meeting.attendance.present == (
        "Cllr Mrs J. Tredinnick (Mayor)", "A.B. Cawsand", "Mrs R. Gorran", "P. Tregony")
    assert [i.speakers for i in meeting.items] == [("A B Cawsand", "Mrs R Gorran"),
                                                   ("P Tregony",)]


def test_the_words_of_a_minute_confirmed_are_no_persons_name() -> None:
    (meeting,) = text_meetings(
        "Pengarth Town Council\n\nMinutes of the meeting held on 11 June 2007\n\n"
        "Present: Cllr P. Tregony (Mayor), Cllr A.B. Cawsand\n\n1. MINUTES\n"
        "Minutes of the Finance Panel held on 04.06.07True Record Unanimously agreed upon\n\n"
        "2. FINANCE\nCllr Tregony presented the accounts.\n")
    assert [i.speakers for i in meeting.items] == [(), ("Cllr P Tregony",)]


def test_a_list_of_initials_and_surnames_without_commas_keeps_its_roles_apart() -> None:
    assert split_names("K Cawsand Chair B Gorran S Tregony V Penrose R Tredinnick Clerk") == [
        "K Cawsand Chair", "B Gorran", "S Tregony", "V Penrose", "R Tredinnick Clerk"]


def test_a_post_and_its_holder_on_the_line_after_a_list_are_an_entry_of_their_own() -> None:
    for post in ("Clerk to the Council: Jo Penrose", "In the Chair: Cllr Ann Cawsand"):
        (meeting,) = text_meetings(
            "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017\n\n"
            f"Present: Cllrs Ann Cawsand, Rose Gorran, Peter Tregony\n{post}\n"
            "Clerk: Jo Penrose\n\n1. Apologies\nApologies were received from Cllr Polkinghorne, "
            "who was away.\n\n2. Footpaths\nThe Chairman reported that the stile was broken. "
            "The Clerk said she would write to the landowner.\n\n3. Date of next meeting\n"
            "Tuesday 14th November 2017.\n")
        assert "Cllr Peter Tregony" in meeting.attendance.present, post
        assert meeting.items[1].speakers[-1] == "Jo Penrose", post


def test_the_member_who_presided_is_the_chair() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the meeting held on 10th October 2017\n\n"
        "Cllr Ann Cawsand presided.\nPresent: Cllrs Rose Gorran, Peter Tregony\n"
        "Clerk: Jo Penrose\n\n1. Apologies\nApologies were received from Cllr Polkinghorne, "
        "who was away.\n\n2. Footpaths\nThe Chairman reported that the stile was broken.\n\n"
        "3. Date of next meeting\nTuesday 14th November 2017.\n")
    assert meeting.items[1].speakers == ("Ann Cawsand",)


def test_a_grid_of_first_names_and_surnames_in_columns_is_read_in_pairs() -> None:
    from indexer.parse.attendance import read_attendance
    from indexer.records import Line

    grid = ["Attendance: Amy Cawsand Ben Gorran Cara Tregony", "",
            "Dan Rosevear Eve Pentewan Finn Polkinghorne", ""]
    assert read_attendance([Line(text, 1) for text in grid]).present == (
        "Amy Cawsand", "Ben Gorran", "Cara Tregony", "Dan Rosevear", "Eve Pentewan",
        "Finn Polkinghorne")
    surnames = ["Present", "Councillors", "Cawsand Gorran Tregony Rosevear", "",
                "Pentewan Polkinghorne"]
    assert "Cawsand Gorran" not in read_attendance([Line(text, 1) for text in surnames]).present
    posts = ["PRESENT Cllrs S Cawsand, J Gorran & Town Clerk Jenna Tregony"]
    assert "Town Clerk" not in read_attendance([Line(text, 1) for text in posts]).present


def test_a_misspelt_attendance_label_still_labels_the_list() -> None:
    from indexer.parse.attendance import read_attendance
    from indexer.records import Line

    listed = read_attendance([Line("In Attendence: Mrs J Gorran (Clerk)", 1)])
    assert listed.in_attendance == ("Mrs J Gorran (Clerk)",)


def test_a_post_in_brackets_that_wraps_onto_the_next_line_stays_its_holder_s() -> None:
    from indexer.parse.attendance import read_attendance
    from indexer.records import Line

    listed = read_attendance([Line(text, 1) for text in (
        "Present: Cllr A Cawsand (Chairman), Cllr R Gorran",
        "Also in attendance: Ms R Tregony (Deputy Chief", "", "Executive)",
        "Miss J Rosevear (Leisure Centre", "Manager)")])
    assert listed.also_present == ("Ms R Tregony (Deputy Chief Executive)",
                                   "Miss J Rosevear (Leisure Centre Manager)")


def test_office_bearers_listed_post_first_go_by_their_names() -> None:
    """'Sec Alan Tregony', 'Treasurer Rhona Gorran': a community council's office-bearers, the
    post before the name, as 'Chair Tom Parry' is."""
    listed = parse_attendance({"present": "Chair Ewan Cawsand, Sec Alan Tregony, "
                                          "Treasurer Rhona Gorran, Iain Pentewan"})
    assert listed.present == ("Ewan Cawsand (Chair)", "Alan Tregony (Sec)",
                              "Rhona Gorran (Treasurer)", "Iain Pentewan")


def test_a_list_after_a_blank_line_may_break_a_name_at_its_line_end() -> None:
    (meeting,) = text_meetings(
        "PENGARTH COMMUNITY COUNCIL MEETING\n\nMINUTES\n\n7.00pm Thursday 9th March 2017\n\n"
        "In Attendance: Community\nCouncil\n\n"
        "Chair Ailsa Gorran, Vice Chair Moira Tregony, Secretary Fiona\n"
        "Cawsand, Treasurer Elaine Rosevear, Callum Pentewan\n\n"
        "1. Welcome\n\nChair Ailsa Gorran opened the meeting.\n\n"
        "2. Minutes\n\nFiona reported that the February minutes had been posted.\n\n"
        "3. Date of next meeting\n\nThursday 13th April 2017.\n")
    listed = " ".join(meeting.attendance.in_attendance + meeting.attendance.present)
    assert "Fiona Cawsand" in listed and "Callum Pentewan" in listed


def test_a_table_of_members_with_a_post_and_a_status_column_is_the_attendance() -> None:
    """'Ann Gorran, Councillor In Attendance', 'Ben Rosevear, Councillor Apology Accepted':
    a Word table's rows, the name, its post after a comma, then the status."""
    from indexer.parse.attendance import read_attendance
    from indexer.records import Line

    rows = ["Carys Polvean, Councillor Chair of Council In Attendance",
            "Ann Gorran, Councillor In Attendance", "Ben Rosevear, Councillor Apology Accepted",
            "Dai Tregony, Councillor Absent", "Eve Lanyon, Councillor In Attendance",
            "Jago Pellow, Councillor Cornwall Council, Polventon In Attendance",
            "2 vacancies noted"]
    attendance = read_attendance([Line(text, 1) for text in rows])
    assert attendance.present == ("Carys Polvean", "Ann Gorran", "Eve Lanyon", "Jago Pellow")
    assert attendance.apologies == ("Ben Rosevear",)


def test_an_unlabelled_cllrs_list_missing_a_comma_after_a_post_is_the_attendance() -> None:
    """'Cllrs. H. Gotts (chairman) B. Larter, …': the plural rank labels the list, its full
    stop and all; the bracket closing a post ends an entry as a comma would."""
    (meeting,) = text_meetings(
        "Minutes of Parish Council meeting 10th March 2011\n\n"
        "Cllrs. H. Gotts (chairman) B. Larter,  A. Mutimer,  S. Bullimore, P. Thaxter,\n\n"
        "1.   Apologies\n\nNone.\n\n"
        "2.   Village Sign\n\nCllr. Bullimore reported that the sign was finished. The chairman "
        "proposed that the council pay the balance, Cllr. Thaxter seconded.\n\n"
        "3.   Date of next meeting\n\nThursday 12th May 2011.\n")
    assert meeting.attendance.present == ("H. Gotts (chairman)", "B. Larter", "A. Mutimer",
                                          "S. Bullimore", "P. Thaxter")
    assert meeting.items[1].speakers == ("S Bullimore", "H Gotts", "P Thaxter")


def test_a_list_of_full_names_one_to_a_paragraph_goes_on_past_each_blank_line() -> None:
    from indexer.parse.attendance import read_attendance
    from indexer.records import Line

    lines = ["Present", "", "Peter Lockyer, Chairman", "", "Amanda Venn", "", "Graham Tull", "",
             "Robin Ashby", "", "Sally Dunning (secretary)", "", "Village Hall Lease", "",
             "Matters Arising"]
    attendance = read_attendance([Line(text, 1) for text in lines])
    assert attendance.present == ("Peter Lockyer (Chairman)", "Amanda Venn", "Graham Tull",
                                  "Robin Ashby", "Sally Dunning (secretary)")


def test_a_staff_label_lists_who_attended_and_vote_lines_in_capitals_head_nothing() -> None:
    """US minutes: 'STAFF: HARBOR DIRECTOR LUND' is the officers present; 'VOTE. YES.
    ASH, COLE' and 'ASH/BELL – MOVED TO ADOPT …' record a motion, not items."""
    from indexer.parse.people import ATTENDANCE_LABEL
    from indexer.parse.plain_headings import caps_heading
    staff = ATTENDANCE_LABEL.match("STAFF: HARBOR DIRECTOR LUND, CITY CLERK MOSS")
    assert staff is not None and staff.group("rest") == "HARBOR DIRECTOR LUND, CITY CLERK MOSS"
    assert ATTENDANCE_LABEL.match("Staff housing: the report was noted") is None
    assert not caps_heading("VOTE. YES. ASH, BELL, COLE")
    assert not caps_heading("ASH/BELL – MOVED TO ADOPT THE AGENDA AS PRINTED")
    assert caps_heading("PENDING BUSINESS")


def test_american_members_titles_name_the_attendee() -> None:
    """'Boardmember Ruiz', 'Councilmember Okafor', 'Selectman Hale': a US board's titles,
    each the member the roll names in full."""
    (meeting,) = text_meetings(
        "TOWN OF WESTBURY ZONING BOARD OF APPEALS\nMinutes of the meeting held on March 4, 2021"
        "\n\nPresent: Tomas Ruiz (Chair), Elena Park and Dale Hume.\n\n1. Approval of "
        "Minutes\n\nBoardmember Ruiz moved to approve the minutes, seconded by Boardmember "
        "Park. Carried 3-0.\n\n2. Case 21-04, 12 Elm Street\n\nBoardmember Hume asked about "
        "the setback. The variance was granted.\n\n3. Adjournment\n\nThe meeting adjourned at "
        "8:10 p.m.\n")
    assert meeting.items[0].speakers[0] == "Tomas Ruiz"
    assert meeting.items[1].speakers == ("Dale Hume",)


def test_a_motions_outcome_after_a_name_is_no_part_of_it() -> None:
    """'Seconded: Cllr Fennick Approved.': the outcome closes the motion; 'Approved' is no
    surname, nor 'Moved' after a first name."""
    assert [m.person for m in mentions("Proposed: Cllr Ashby Seconded: Cllr Fennick Approved.")
            ] == [PersonName("Cllr", "", "", "Ashby"), PersonName("Cllr", "", "", "Fennick")]
    assert mentions("Okoro Moved to approve the minutes.") == []


def test_a_us_town_s_councilor_is_an_honorific_and_resolves_to_the_roll_s_full_name() -> None:
    # The roll runs into the opening sentence, wrapped at its semicolons, each name with its
    # post after a comma ('President Pro Tem' reads like a name, the other posts do not).
    text = ("QUENWICK TOWN COUNCIL\n\nREGULAR MEETING\n\nMARCH 3, 2020\n\nMINUTES\n\n"
            "A Regular Meeting of the Town Council was held on Tuesday, March 3, 2020 at 7:00 PM\n"
            "in the Town Hall. Present: Ruth E. Coelho, President; Daniel P. Medeiros,\n"
            "President Pro Tem; Anna T. Barros, Member; Gail Winslow, Town Manager\n\n"
            "APPROVAL OF MINUTES:\n\n"
            "Motion by Councilor Medeiros, seconded by Councilor Barros to approve the minutes\n"
            "as printed. So voted.\n\n"
            "HARBOR FEES:\n\nMotion By: Councilor Barros--to adopt the fee schedule.\n"
            "Seconded: Councilor Medeiros. Councilors Coelho and Barros in favor.\n")
    # One meeting: the opening sentence's 'was held on Tuesday, March 3, 2020' names no body.
    (meeting,) = text_meetings(text)
    assert [list(item.speakers) for item in meeting.items] == [
        ["Daniel P Medeiros", "Anna T Barros"], ["Anna T Barros", "Daniel P Medeiros"]]
    assert split_names("Ruth E. Coelho, President; Daniel P. Medeiros, President Pro Tem; "
                       "Gail Winslow, Town Manager") == [
        "Ruth E. Coelho (President)", "Daniel P. Medeiros (President Pro Tem)",
        "Gail Winslow (Town Manager)"]
