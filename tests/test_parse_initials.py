"""People named by initials, resolved through a list that gives names and initials."""

from __future__ import annotations

from indexer.parse.initials import initial_speakers, initials_map
from tests.fixtures.minutes import text_meetings

PRESENT = ("PRESENT Rob Boyd (Chair) RB Norman Robertson NR\nKenny Combe KC Paul Wheelhouse PWh\n"
           "Kent and Medway Violence Reduction Unit (VRU)")


def test_initials_are_read_from_a_list_when_they_fit_the_name() -> None:
    assert initials_map(PRESENT) == {"RB": "Rob Boyd", "NR": "Norman Robertson",
                                     "KC": "Kenny Combe", "PWh": "Paul Wheelhouse"}


def test_proposers_seconders_and_reporters_by_initials_are_speakers() -> None:
    known = initials_map(PRESENT)
    paragraphs = ["The minutes were approved. Approval – proposed by RB, seconded by KC.",
                  "PWh reported on the footpath. Action: NR"]
    assert initial_speakers(paragraphs, known) == ["Rob Boyd", "Kenny Combe", "Paul Wheelhouse"]


def test_proposers_written_with_initials_and_a_surname_are_named_so() -> None:
    from indexer.parse.initials import mover_names

    assert mover_names(["It was proposed by G. Clere and seconded by Mrs. D. Willis that the "
                        "minutes be signed.", "Proposed by Cllr Smith."]) == [
        "G. Clere", "Mrs. D. Willis"]


def test_initials_speak_with_any_verb_of_speech_but_not_when_only_named() -> None:
    known = initials_map(PRESENT)
    paragraphs = ["RB pointed out that the banking is dangerous. KC had commented on it.",
                  "The grass near NR is long; PWh to contact the contractor."]
    assert initial_speakers(paragraphs, known) == ["Rob Boyd", "Kenny Combe"]


def test_initials_may_take_more_than_one_letter_of_a_name() -> None:
    known = initials_map("Frank Reid(FRE) Councillor/Chair\nDave Horkan (DHO) Clerk\n"
                         "Mark Pogmore (MPO)\nKenny Combe (KE)")
    assert known == {"FRE": "Frank Reid", "DHO": "Dave Horkan", "MPO": "Mark Pogmore"}


def test_initials_glued_to_their_verb_by_a_joined_table_cell_still_speak() -> None:
    known = {"FRE": "Frank Reid", "TMA": "Tim Madjwick"}
    assert initial_speakers(["No apologies presented,FRErequested a closed session.",
                             "TMArequested a policy.", "FREDA came."], known) == [
        "Frank Reid", "Tim Madjwick"]


def test_initials_joined_to_another_or_set_apart_by_an_aside_still_speak() -> None:
    known = {"GD": "Graham Dolan", "RW": "Rob Weatherston", "JF": "Jim Fullarton",
             "IL": "Ian Logan", "KC": "Kenny Combe"}
    paragraphs = ["• Tree Guard GD and RW agreed to organise a stake and guard for the tree.",
                  "Potholes JF (who is Convener of the Roads Committee at SBC) explained the "
                  "priority system.", "• Skips IL had no further information on the cost.",
                  "KC and the school were thanked by the Chair."]
    assert initial_speakers(paragraphs, known) == [
        "Graham Dolan", "Rob Weatherston", "Jim Fullarton", "Ian Logan"]


def test_initials_after_names_given_by_an_initial_and_a_stray_letter_before_a_name() -> None:
    listed = ("In Attendance\nCouncillors E Pritchard (EP) Chair, D Morgan-Owen (DMO) vice-chair, "
              "R Llewelyn (RL), Ffion Roberts (FR), the clerk.\nO Richard Toward (RT)\n"
              "R Toward (RT) sent a report.")
    assert initials_map(listed) == {"EP": "E Pritchard", "DMO": "D Morgan-Owen",
                                    "RL": "R Llewelyn", "FR": "Ffion Roberts",
                                    "RT": "Richard Toward"}


def test_initials_opening_a_paragraph_or_sentence_as_a_label_speak() -> None:
    known = initials_map("Present: Kenny Kerr (KK), Donna Shand (DS), Brian Gault (BG), "
                         "Lorna Watt (LW).")
    said = ["DS – proposed that the minutes be approved as a true record.",
            "LW – asked about the litter bin. KK – stated that it had been ordered.",
            "BG: Balance at 31st August £1,742.18.",
            "The report from BG – the treasurer – was received."]
    assert initial_speakers(said[:1], known) == ["Donna Shand"]
    assert initial_speakers(said[1:2], known) == ["Lorna Watt", "Kenny Kerr"]
    assert initial_speakers(said[2:3], known) == ["Brian Gault"]
    assert initial_speakers(said[3:], known) == []


def test_initials_spell_a_surname_with_an_inner_capital() -> None:
    assert initials_map("Present: Donald MacPhee (DMP), Catriona Fyfe (CF)") == {
        "DMP": "Donald MacPhee", "CF": "Catriona Fyfe"}


def test_a_table_row_gives_the_name_first_and_the_initials_last() -> None:
    """'Morwen Chegwin CC Tregyn County Councillor (Polvean East) (MC)': a row of who was present,
    what the person represents between the name and the initials."""
    text = ("Present Title/ Representing\n"
            "Morwen Chegwin CC Tregyn County Councillor (Polvean East) (MC)\n"
            "Cllr Jan Udy Polvean Parish Council (JU)\n")
    assert initials_map(text) == {"MC": "Morwen Chegwin", "JU": "Jan Udy"}


BILINGUAL_PANEL = """Cyngor Cymuned Nantlleu Community Council

Minutes of the Amenities Panel held Tuesday, 4th of February 2020 at Nantlleu Institute

Yn bresennol - Present
Aelodau / Members - Cynghorwyr Gwenllian Haf Morus; Caio Wyn Bebb; Rhodri Tomos
Clerc / Clerk\tMererid Puw

1\tCofnodion / Minutes
The minutes of the last meeting were approved. Proposed GHM, seconded CWB.

2\tY Neuadd / The Hall
GHM said that the hall roof needed repair. RT reported that quotations had been sought.

3\tUnrhyw Fater Arall / Any Other Business
None.
"""


def test_members_listed_under_a_bilingual_label_go_by_the_letters_of_all_three_names() -> None:
    """'Yn bresennol - Present' over 'Aelodau / Members - Cynghorwyr …': the
    bilingual labels introduce the members, and 'GHM', 'CWB' are the members whose three
    names those letters spell."""
    (meeting,) = text_meetings(BILINGUAL_PANEL)
    assert meeting.items[0].speakers == ("Gwenllian Haf Morus", "Caio Wyn Bebb")
    assert meeting.items[1].speakers[0] == "Gwenllian Haf Morus"


def test_initials_with_a_stop_between_them_only_name_their_member() -> None:
    (meeting,) = text_meetings(
        "Pengarth Community Council Meeting\n\nTuesday 9th May 2023, 7pm, Village Hall\n\n"
        "Present:\nNeil Cawsand (Chair), Shona Gorran, Rory Tregony\n\n"
        "Matters Arising\n\nN.C reported that the notice board had been repaired.\n\n"
        "R.T asked whether the grit bin at the school had been refilled.\n\n"
        "Hall Committee\n\nS.G reported that there were 14 bookings in April.\n\n"
        "Date of next meeting\n\nTuesday 13th June 2023.\n")
    assert {name for i in meeting.items for name in i.speakers} == {
        "Neil Cawsand", "Rory Tregony", "Shona Gorran"}


def test_initials_after_proposer_and_seconder_labels_name_their_members() -> None:
    known = {"AK": "Moira Cawsand", "BL": "Sandra Gorran"}
    assert initial_speakers(["Agreed as a true record (Proposer – AK, Seconder – BL)"],
                            known) == ["Moira Cawsand", "Sandra Gorran"]


HOSTED_NOTES = """Glenmoray Council
Home > Your community > Community council minutes > Lanreath > 2014 minutes

Approved Minutes 52 Lanreath Community Council March 2014
Meeting held in Lanreath Church Hall at 7pm
Members and office bearers
Ailsa McTavish, Chair (AMcT) Rory Pentewan, Vice Chair, (RP)*
Fiona Gorran, Secretary (FG) Hamish Tregony (HT)
Isla Cawsand, Treasurer (IC) Euan Rosevear (ER)
Cllr Kirsty Trewithen, Glenmoray Council (KT) PC Calum Penrose, police (CP)
-
Welcome (AMcT)
-
The Chair welcomed everyone and thanked the hall committee for the new heaters.
-
-
Minutes of previous meeting
-
The minutes of the February meeting were approved. Proposed HT, Seconded ER.
-
Police report [CP]
-
PC Penrose reported two thefts of diesel from farms on the hill road.
-
Treasurer's report [IC]
-
Balance £1,204.50. The report was noted.
-
Date of next meeting
Tuesday 8 April 2014 at 7pm.
"""


def test_a_flattened_community_council_page_reads_its_dash_lines_grid_and_lead_initials() -> None:
    """A council's site publishing a community council's notes: the list's bullets left alone
    as '-' lines part the headings from their text, 'Members and office bearers' lists who
    attended two to a line with their initials, and the initials after a heading name who led
    the item (taken off its title). The record's own title names the body, not the site."""
    (meeting,) = text_meetings(HOSTED_NOTES)
    assert meeting.committee == "Lanreath Community Council"
    assert [i.title for i in meeting.items] == [
        "Welcome", "Minutes of previous meeting", "Police report", "Treasurer's report",
        "Date of next meeting"]
    assert meeting.items[0].speakers == ("Ailsa McTavish",)
    assert set(meeting.items[1].speakers) == {"Hamish Tregony", "Euan Rosevear"}
    assert meeting.items[1].decision == "agreed"
    assert "Calum Penrose" in " ".join(meeting.items[2].speakers)
    assert meeting.items[3].speakers == ("Isla Cawsand",)


def test_initials_after_a_heading_that_spell_its_own_words_stay_in_the_title() -> None:
    (meeting,) = text_meetings(
        "Pengarth Parish Council\n\nMinutes of the meeting held on 4th June 2019\n\n"
        "Present: Cllr Sam Ives (Chair), Cllr Ruth Gorran (RG)\n\n"
        "1. Speed Indicator Device (SID)\n\nThe Speed Indicator Device (SID) has been moved to "
        "Church Road. RG reported that it logged 4,000 vehicles.\n\n"
        "2. Footpaths (RG)\n\nRG reported that the stile at Higher Barton had been mended.\n\n"
        "3. Date of next meeting\n\nTuesday 2nd July 2019.\n")
    assert [i.title for i in meeting.items] == ["Speed Indicator Device (SID)", "Footpaths",
                                                "Date of next meeting"]
    assert meeting.items[1].speakers == ("Ruth Gorran",)


def test_initials_labelling_lines_joined_into_one_paragraph_name_who_declared() -> None:
    known = {"DR": "Delyth Rowe", "RJ": "Rhian Jamison", "SJ": "Sara Jenk", "TA": "Tom Ash",
             "HM": "Helen Marr"}
    assert initial_speakers(["DR: St. Piran's Churchyard, Playing Fields RJ: Village Hall Trust, "
                             "Allotments SJ: 8 Planning – “Rose Cottage”"], known) == [
        "Delyth Rowe", "Rhian Jamison", "Sara Jenk"]
    assert initial_speakers(["Owen Lacey to continue. TA & HM: Village Hall Representatives."],
                            known) == []


def test_surnames_alone_in_the_attendance_carry_their_initials() -> None:
    """'Chair: Cllr Mossop (KM)' / 'Present: Councillors: Garside (PG), Lund (HL)': each
    surname the initials end with; a body's letters after a word elsewhere are no one's."""
    text = ("Chair: Cllr Mossop (KM)\nPresent: Councillors: Garside (PG), Lund (HL)\n"
            "The Parish Plan (PP) was discussed.")
    assert initials_map(text) == {"KM": "Cllr Mossop", "PG": "Garside", "HL": "Lund"}


def test_a_table_saved_a_cell_to_a_line_gives_each_name_its_initials() -> None:
    """'Cllr Thomas Hebden' / 'TH' / 'Chairman': an attendance table's row, a cell to a line."""
    text = ("Present\n\nCllr Ruth Ambler\n\nRA\n\nChairman\n\nCllr Owen Pask\n\nOP\n\n"
            "Councillor\n\nOfficers\n\nJane Tull\n\nJT\n\nClerk\n")
    assert initials_map(text) == {"RA": "Ruth Ambler", "OP": "Owen Pask", "JT": "Jane Tull"}


def test_initials_in_brackets_after_a_resolution_are_its_proposer_and_seconder() -> None:
    """'RESOLVED: That the minutes be signed (RA/OP)': both spoke; '(see 12/03)' names no one."""
    known = {"RA": "Ruth Ambler", "OP": "Owen Pask", "JT": "Jane Tull"}
    assert initial_speakers(["RESOLVED: That the minutes be signed as a correct record (RA/OP)."],
                            known) == ["Ruth Ambler", "Owen Pask"]
    assert initial_speakers(["The hedge was cut (see 12/03)."], known) == []
