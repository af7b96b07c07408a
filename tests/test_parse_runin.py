"""Headings inside running text: inline numbers, run-in labels, headings run into their text."""

from __future__ import annotations

from datetime import date

from indexer.parse.inline_items import split_inline
from indexer.parse.mentions import mentions
from indexer.parse.numbered_lines import numbered_at
from indexer.parse.runin import caps_heading_run_in, opener_cut, run_in_headings, run_on_title
from indexer.parse.title_ends import opening_heading_cut, split_colon, stopped_heading
from indexer.records import Line
from tests.fixtures.minutes import text_meetings

ONE_PARAGRAPH = (
    "MINUTES OF THE MEETING Present: Cllr A Smith, Cllr B Jones. 1. Apologies for Absence: "
    "none received. 2. Declarations of Interest: none. 3. Approval of Minutes: the minutes "
    "were confirmed. 4. Reports 4.1 Chairman's Report The chairman thanked everyone. "
    "4.2 Clerk's Report Nothing to add. 5. Date of next meeting 6 January."
)


def test_a_chain_of_inline_numbers_splits_one_paragraph_into_items() -> None:
    lines = [line.text for line in split_inline([Line(ONE_PARAGRAPH, 1)]) if line.text]
    assert [line.split(" ", 1)[0] for line in lines] == [
        "MINUTES", "1.", "2.", "3.", "4.", "4.1", "4.2", "5."]


def test_numbers_that_do_not_run_in_sequence_are_left_alone() -> None:
    text = "The figure rose by 12. Costs were 3. Members noted it. " * 10
    assert split_inline([Line(text, 1)]) == [Line(text, 1)]


def test_run_in_labels_make_items_only_when_three_or_more() -> None:
    lines = [Line(t, 1) for t in ("Minutes: It was proposed that the minutes be signed.", "",
                                  "Planning: All applications were approved.", "",
                                  "Payments: The invoices were paid.")]
    assert [h.title for h in run_in_headings(lines, 0, len(lines))] == [
        "Minutes", "Planning", "Payments"]
    assert run_in_headings(lines[:3], 0, 3) == []


def test_a_heading_run_into_its_paragraph_ends_where_the_sentence_starts() -> None:
    # A heading asked as a question keeps its question mark: it is the clerk's heading.
    assert run_on_title("Weight Restriction Signage? The issue of heavy vehicles remains.") == (
        "Weight Restriction Signage?", "The issue of heavy vehicles remains.")
    assert run_on_title("Village Hall Lease The Chairman reported that the lease was signed") \
        == ("Village Hall Lease", "The Chairman reported that the lease was signed")
    assert run_on_title("The Chairman reported at length") == ("The Chairman reported at length",
                                                                "")


def test_a_sentence_case_heading_runs_on_to_where_the_sentence_starts() -> None:
    assert run_on_title("Budget needs and precept request for 2020/21 Councillors were "
                        "presented with a budget") == (
        "Budget needs and precept request for 2020/21", "Councillors were presented with a budget")
    assert run_on_title("Phone box defibrillator – all is felt to have gone well") == (
        "Phone box defibrillator", "– all is felt to have gone well")
    assert run_on_title("Accounts were presented and accepted for payment") == (
        "", "Accounts were presented and accepted for payment")
    assert run_on_title("Reports (including updates from matters raised on 06.07.20)") == (
        "Reports (including updates from matters raised on 06.07.20)", "")


def test_a_short_heading_cut_out_of_one_paragraph_loses_its_sentence() -> None:
    from indexer.parse.items import find_headers

    text = ("MINUTES OF THE MEETING Present: Cllr A Smith, Cllr B Jones. 1. Apologies for "
            "Absence: none. 2. Declarations of Interest: none. 3. Weight Restriction Signage? "
            "The issue remains a concern. 4. Tree works The contractor was thanked.")
    lines = split_inline([Line(text, 1)])
    headers = find_headers(lines, 0, len(lines))
    assert [(h.number, h.title) for h in headers][2:] == [
        ("3", "Weight Restriction Signage?"), ("4", "Tree works")]


def test_sub_items_whose_headings_a_dash_sets_off_are_items_in_one_paragraph() -> None:
    from indexer.parse.items import find_headers

    text = ("MINUTES 8. Play Area The inspection report was received. 9. Project Updates 9.1 "
            "Phone box defibrillator – all is felt to have gone well with the project. 9.2 "
            "Village pond – Cllr Williams was thanked for clearing it. 10. Budget Councillors "
            "were presented with the budget.")
    lines = split_inline([Line(text, 1)])
    headers = find_headers(lines, 0, len(lines))
    assert [(h.number, h.title) for h in headers] == [
        ("8", "Play Area"), ("9.1", "Phone box defibrillator"), ("9.2", "Village pond"),
        ("10", "Budget")]
    # Numbered sentences under a heading stay its text: '9.1 Vehicles speeding were noted'.
    text = text.replace("Phone box defibrillator – all", "Vehicles speeding were noted and all")
    lines = split_inline([Line(text, 1)])
    assert [h.number for h in find_headers(lines, 0, len(lines))] == ["8", "9", "10"]


def test_a_heading_in_capitals_ends_where_the_capitals_end() -> None:
    assert caps_heading_run_in("PUBLIC FORUM (15 MINUTES) Item 8 was brought forward.") == (
        "PUBLIC FORUM (15 MINUTES)", "Item 8 was brought forward.")
    assert caps_heading_run_in("ANNUAL RISK ASSESSMENT – this will be done.") == (
        "ANNUAL RISK ASSESSMENT", "this will be done.")
    assert caps_heading_run_in("PLANNING a. The following application") == (
        "PLANNING", "a. The following application")
    assert caps_heading_run_in("SPECIAL PRESENTATIONS") is None
    assert caps_heading_run_in("RESOLVED that the report be noted") is None
    assert caps_heading_run_in("MARAC Consultation - Verbal Update") is None


def test_capitals_going_on_in_small_letters_open_a_title_not_a_run_in_heading() -> None:
    """'INVESTITURE of the new Mayor with the badge of office': a linking word after the
    capitals carries the title on; a record's sentence ('MINUTES of the meeting … were
    approved') still ends the heading at its capitals."""
    assert caps_heading_run_in("INVESTITURE of the new Mayor with the badge of office") is None
    assert caps_heading_run_in("APPOINTMENT OF PANELS for 2012/13 and their chairs") is None
    assert caps_heading_run_in("MATTERS ARISING from the minutes were reported by the Clerk") == (
        "MATTERS ARISING", "from the minutes were reported by the Clerk")
    assert caps_heading_run_in("MINUTES of the meeting held on 13th February 2018 – approved "
                               "and signed") == (
        "MINUTES", "of the meeting held on 13th February 2018 – approved and signed")


def test_a_label_ending_in_a_small_word_before_its_colon_is_a_heading() -> None:
    from indexer.parse.items import find_headers

    text = ("MINUTES OF THE MEETING Present: Cllr A Smith, Cllr B Jones. 1. Apologies for "
            "Absence accepted from: Cllr Mack. 2. Declaration of Interest made: none. "
            "3. Approval of Minutes: the minutes were confirmed as a true record.")
    lines = split_inline([Line(text, 1)])
    headers = find_headers(lines, 0, len(lines))
    assert [(h.number, h.title) for h in headers] == [
        ("1", "Apologies for Absence accepted from"), ("2", "Declaration of Interest made"),
        ("3", "Approval of Minutes")]


def test_a_capital_a_that_opens_the_paragraph_is_not_part_of_the_heading() -> None:
    assert caps_heading_run_in("TO DISCUSS BIN HOUSING AND RESOLVE ON PURCHASE A selection of "
                               "bins was considered.") == (
        "TO DISCUSS BIN HOUSING AND RESOLVE ON PURCHASE", "A selection of bins was considered.")


def test_numbered_paragraphs_fill_the_gap_between_numbers_set_alone() -> None:
    from indexer.parse.items import find_headers

    texts = ["1.", "No apologies were received.", "", "2. No Declarations of Interest made.", "",
             "3. The minutes of the meeting held on 06/06/12 were agreed.", "", "4.",
             "Matters arising", "", "The hedge was cut.", "", "5.", "Planning", "",
             "No applications."]
    lines = [Line(t, 1) for t in texts]
    headers = find_headers(lines, 0, len(lines))
    assert [h.number for h in headers] == ["1", "2", "3", "4", "5"]
    lines = [Line(t, 1) for t in texts if not t.startswith("3.")]
    assert [h.number for h in find_headers(lines, 0, len(lines))] == ["1", "4", "5"]


def test_numbered_paragraphs_under_an_unnumbered_heading_are_items_when_they_fill_the_run() -> None:
    from indexer.parse.items import find_headers

    long = " and this was discussed at some length by everyone present at the meeting tonight."
    texts = ["Village Management Issues", "",
             "7.1 The grounds maintenance contract was discussed." + long, "",
             "7.2 The monthly play area inspections identify the need for maintenance." + long,
             "", "7.3 Tree Survey", "", "The survey is done.", "",
             "7.4 NALC has provided the following advice for the boundary." + long, "",
             "7.5 Mole Control", "", "Traps were set.", "", "7.6 Footpaths", "", "Cut."]
    lines = [Line(t, 1) for t in texts]
    headers = find_headers(lines, 0, len(lines))
    assert [(h.number, h.title) for h in headers] == [
        ("7.1", ""), ("7.2", ""), ("7.3", "Tree Survey"), ("7.4", ""), ("7.5", "Mole Control"),
        ("7.6", "Footpaths")]


def test_numbered_sentences_under_a_titled_heading_are_its_text() -> None:
    from indexer.parse.items import find_headers

    long = " and the Clerk will write to the County Council about it before the next meeting."
    texts = ["8. Planning", "", "No applications.", "", "9. Other Reports - for information only:",
             "", "9.1 Vehicles speeding through the village are still a problem" + long, "",
             "9.2 Complaints were received that a fence has been put up" + long, "",
             "10. Date of next meeting", "", "6 January."]
    lines = [Line(t, 1) for t in texts]
    assert [h.number for h in find_headers(lines, 0, len(lines))] == ["8", "9", "10"]


def test_an_outline_of_point_zero_headings_keeps_a_section_that_lost_its_heading_number() -> None:
    from indexer.parse.items import find_headers

    texts = ["Village Management Issues", "", "7.1 Grass Cutting", "", "Done.", "",
             "7.2 Play Area", "", "Painted.", "", "7.3 Trees", "", "Cut.", "", "7.4 Signs", "",
             "New.", "", "9.0 Planning", "", "9.1 Applications received", "", "None.", "",
             "10.0 Finance", "", "10.1 Payments", "", "Made.", "", "11.0 Date of next meeting",
             "", "13 January."]
    lines = [Line(t, 1) for t in texts]
    assert [h.number for h in find_headers(lines, 0, len(lines))] == [
        "7.1", "7.2", "7.3", "7.4", "9.0", "10.0", "11.0"]


def test_a_proper_name_opening_the_sentence_ends_a_run_in_heading() -> None:
    assert run_on_title("Provision of HGV signs Norfolk County Council (NCC) has agreed that "
                        "signs can be erected") == (
        "Provision of HGV signs", "Norfolk County Council (NCC) has agreed that signs can be "
        "erected")
    assert run_on_title("Tree Survey Considered under item 5.3") == (
        "Tree Survey", "Considered under item 5.3")
    assert run_on_title("Fincham Parish Council has reported that the path is blocked") == (
        "", "Fincham Parish Council has reported that the path is blocked")


def test_a_section_number_followed_by_its_first_sub_item_gives_the_sub_items() -> None:
    from indexer.parse.items import find_headers

    text = ("MINUTES Present: Cllr A Smith, Cllr B Jones. 1. No Apologies for Absence 2. No "
            "Declarations of Interest made 3. Matters Arising from previous meetings • The bin "
            "is ordered. 4. 4.1 Chairman’s Report • There has been another incident in the "
            "village. 4.2 Clerk’s Report • Enquiries are being made. 5. Church Survey Cllr "
            "Wyett declared an interest and took no part in the discussion of the survey. 6. "
            "Correspondence: none was received this month.")
    lines = split_inline([Line(text, 1)])
    headers = find_headers(lines, 0, len(lines))
    assert [(h.number, h.title) for h in headers][3:6] == [
        ("4.1", "Chairman’s Report"), ("4.2", "Clerk’s Report"), ("5", "Church Survey")]


def test_a_number_alone_over_a_sentence_is_an_untitled_item() -> None:
    from indexer.parse.items import find_headers

    texts = ["1.", "Apologies for Absence", "", "None.", "", "2.",
             "No Declarations of Interest made.", "", "3.",
             "The Minutes of the meeting held on 25/06/12 were agreed as a true record.", "",
             "4.", "Matters Arising", "", "The bus shelter was painted.", "", "5.",
             "Accounts were presented and accepted for payment.", "", "6.", "Correspondence",
             "", "None."]
    lines = [Line(t, 1, heading=t.endswith(".") and t[:-1].isdigit()) for t in texts]
    assert [(h.number, h.title) for h in find_headers(lines, 0, len(lines))] == [
        ("1", "Apologies for Absence"), ("2", "No Declarations of Interest made"), ("3", ""),
        ("4", "Matters Arising"), ("5", ""), ("6", "Correspondence")]


def test_run_in_apologies_are_an_item_and_present_is_not() -> None:
    lines = [Line(t, 1) for t in ("Present: G. Gott, P. Markwell", "", "Apologies: R. Lankfer",
                                  "", "Minutes: It was proposed that the minutes be signed.", "",
                                  "Planning: All applications were approved.", "",
                                  "Payments: The invoices were paid.")]
    assert [h.title for h in run_in_headings(lines, 0, len(lines))] == [
        "Apologies", "Minutes", "Planning", "Payments"]


def test_unnumbered_headings_written_like_the_numbered_ones_are_items() -> None:
    from indexer.parse.items import find_headers

    prose = "Comment was made that the open session should be moved before the meeting."
    texts = ["Present- Cllr M Peake, Cllr A Box.", "", "UNRESTRICTED ITEMS", "", prose, "",
             "OPEN SESSION", "", prose, "", "1. Apologies for Absence accepted from:",
             "Cllr D Llewellyn.", "", "2. Matters Arising:", prose, "", "3. Chairman's Report:",
             prose, "", "Clerk's Report:", prose, "", "4. Planning:", prose]
    lines = [Line(t, 1) for t in texts]
    assert [(h.number, h.title) for h in find_headers(lines, 0, len(lines))] == [
        ("", "OPEN SESSION"), ("1", "Apologies for Absence accepted from"),
        ("2", "Matters Arising"), ("3", "Chairman's Report"), ("", "Clerk's Report"),
        ("4", "Planning")]


def test_numbers_listed_under_one_bold_heading_are_not_the_items() -> None:
    from indexer.parse.items import find_headers

    prose = "Council discussed the matter and agreed to write to the owner about it."
    texts = ["Apologies:", "Cllr G Koopowitz", "", "Members of the public:", "9", "",
             "Minutes of last meeting", prose, "", "Declarations of interest", prose, "",
             "Planning applications", prose, "", "1. Extension at 5 The Row " + prose, "",
             "2. Garage at Pitt Farm " + prose, "", "3. Barn at Flegg Green " + prose, "",
             "Correspondence", prose, "", "Public question time", prose]
    lines = [Line(t, 1, heading=t in ("Apologies:", "Members of the public:",
                                      "Minutes of last meeting", "Declarations of interest",
                                      "Planning applications", "Correspondence",
                                      "Public question time")) for t in texts]
    titles = [h.title for h in find_headers(lines, 0, len(lines))]
    assert titles[-5:] == ["Minutes of last meeting", "Declarations of interest",
                           "Planning applications", "Correspondence", "Public question time"]
    assert "Members of the public" not in titles


def test_a_heading_minutes_open_with_ends_before_names_a_dash_or_a_speaker_sets_off() -> None:
    from tests.fixtures.minutes import text_meetings

    text = """Scarcote Parish Council
Minutes of meeting of Scarcote Parish Council held on Thursday 20 November 2025

98/25 Apologies for Absence – Rita Okafor (Parish Clerk), Councillor D Wragg

99/25 Chairman's Report – F Reid

100/25 Public Forum Joan Hebb referred to the lorries using Pit Lane as a short cut to the \
industrial estate, previously raised by Maureen Sykes. Councillor Hartshorn said that the \
County had been asked to look at a weight restriction.

101/25 Finance – The payments listed on the schedule were approved.
"""
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Apologies for Absence", "Chairman's Report – F Reid", "Public Forum", "Finance"]
    assert meeting.items[2].text.startswith("Joan Hebb referred to the lorries")


def test_a_heading_in_capitals_keeps_a_date_with_its_ordinal_day() -> None:
    assert caps_heading_run_in("MINUTES OF THE MEETING HELD ON 10th SEPTEMBER 2025. It was moved "
                               "by Cllr Greenwood") == (
        "MINUTES OF THE MEETING HELD ON 10th SEPTEMBER 2025", "It was moved by Cllr Greenwood")


def test_running_minute_numbers_with_capitals_headings_closed_by_a_dash_are_items() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    page = """Welby Council

Licensing Sub-Committee
Tuesday 3rd March 2026

AGENDA

1. Appointment of Chairman.

2. Licensing Act 2003 - Application for a premises licence - The Old Forge, Welby

MINUTES

PRESENT: - Councillors Ashworth and Kelly

2210 CHAIRMAN - Resolved - That Councillor Ashworth be appointed chairman for the meeting.

{heading} - The Licensing Manager submitted a report. Councillor Kelly asked about the hours.

Resolved - That the application be granted.

2212 EXCLUSION OF THE PUBLIC - Resolved - That the public be excluded for the next item.
""".format(heading="2211 (2) LICENSING ACT 2003 - APPLICATION FOR A PREMISES LICENCE - THE OLD "
           "FORGE, WELBY")
    meetings = parse_document(Document("welby.txt", "txt", (page,)))
    assert [m.kind for m in meetings] == ["agenda", "minutes"]
    minutes = meetings[1]
    assert [(i.number, i.agenda_ref, i.title) for i in minutes.items] == [
        ("2210", "", "CHAIRMAN"),
        ("2211", "2", "LICENSING ACT 2003 - APPLICATION FOR A PREMISES LICENCE - THE OLD FORGE, "
                      "WELBY"),
        ("2212", "", "EXCLUSION OF THE PUBLIC")]
    assert [i.decision for i in minutes.items] == ["resolved"] * 3
    assert caps_heading_run_in("CHAIRMAN - Resolved - That X be chairman.") == (
        "CHAIRMAN", "Resolved - That X be chairman.")


def test_a_heading_closed_by_an_ellipsis_runs_into_its_text() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    page = "\n\n".join([
        "Minutes of the Meeting of the Parish Council held on Monday 30th June 2025",
        "Present … Councillors: Anne Maddox (In the Chair) and Peter Gwillim.",
        "1. Declarations of interest & written requests for dispensation … There were none.",
        "2. Clerk’s hours … The Clerk left the meeting. Members RESOLVED that the hours return "
        "to six a week.",
        "3. Date of the next scheduled meeting ... Thursday 17th July."])
    items = parse_document(Document("p.html", "html", (page,)))[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Declarations of interest & written requests for dispensation"),
        ("2", "Clerk’s hours"), ("3", "Date of the next scheduled meeting")]
    assert items[1].decision == "resolved"
    assert items[0].text.startswith("There were none.")


def test_a_title_case_heading_ends_where_its_sentence_opens_on_a_capital() -> None:
    """'Village Green Lease Discussion of the lease …': a heading in title case ends at the
    capital that opens the sentence, not at the first lower-case word after it; 'At the last
    meeting' opens on its small word, and a heading in sentence case keeps its lower case."""
    assert run_on_title("Village Green Lease Discussion of the lease continued at some "
                        "length.")[0] == "Village Green Lease"
    assert run_on_title("Items for Next Agenda Village hall car park lighting and the beacon "
                        "arrangements for the summer.")[0] == "Items for Next Agenda"
    assert run_on_title("Clerk’s Report At the last meeting it was agreed to contact the "
                        "highways team about the verge.")[0] == "Clerk’s Report"
    assert run_on_title("Budget needs and precept request The Clerk presented the "
                        "figures.")[0] == "Budget needs and precept request"


def test_a_typist_s_colon_and_dash_sets_off_a_run_in_subject() -> None:
    """'Highways:- The Clerk reported …': ':-' ends a subject as a colon does."""
    lines = [Line(t, 1) for t in ("Highways:- The Clerk reported that the gully was clear.", "",
                                  "Planning:- No objection was raised to the extension.", "",
                                  "Finance:– The cheques listed were signed.")]
    assert [(h.title, h.first_body[:7]) for h in run_in_headings(lines, 0, len(lines))] == [
        ("Highways", "The Cle"), ("Planning", "No obje"), ("Finance", "The che")]


def test_a_heading_in_the_agenda_s_words_ends_only_at_a_mark() -> None:
    """'To receive a report from …' is written in sentence case: its small words do not end it;
    a full stop, a sentence opener or an outcome such as 'RESOLVED' does."""
    wording = ("To receive a report from the representatives of outside bodies at Hollins "
               "School, the Coastal Panel and the members on our duties (If Applicable)")
    assert run_on_title(wording) == (wording, "")
    assert run_on_title("To approve the schedule of payments for May 2025 RESOLVED that the "
                        "payments be approved") == (
        "To approve the schedule of payments for May 2025",
        "RESOLVED that the payments be approved")
    assert run_on_title("To note the minutes of the Allotments Committee The minutes were noted") \
        == ("To note the minutes of the Allotments Committee", "The minutes were noted")


def test_a_numbered_point_or_an_officer_s_rank_ends_a_heading_in_capitals() -> None:
    """'CONFIRMATION OF MINUTES 1. The minutes …', 'POLICE MATTERS PC Piran Tangye reported …':
    the point's number and the officer's rank open the text, not the heading."""
    assert caps_heading_run_in("CONFIRMATION OF MINUTES / COFNODION Y CYFARFOD 1. The minutes "
                               "were approved.") == (
        "CONFIRMATION OF MINUTES / COFNODION Y CYFARFOD", "1. The minutes were approved.")
    assert caps_heading_run_in("POLICE MATTERS PC Piran Tangye reported two thefts.") == (
        "POLICE MATTERS", "PC Piran Tangye reported two thefts.")
    assert caps_heading_run_in("ERECTION OF 6 NO. TWO BEDROOM FLATS at Mill Lane was noted.")[0] \
        == "ERECTION OF 6 NO. TWO BEDROOM FLATS"


def test_a_subtitle_in_capitals_after_a_colon_is_the_heading_s() -> None:
    """'COAST PATH: REPAIRS AFTER THE WINTER STORMS The report …': the capitals run
    on past the colon; 'PLANNING: Cllr Dale reported …' ends at it."""
    assert caps_heading_run_in("COAST PATH: REPAIRS AFTER THE WINTER STORMS The report was "
                               "noted.") == (
        "COAST PATH: REPAIRS AFTER THE WINTER STORMS", "The report was noted.")
    assert caps_heading_run_in("PLANNING APPLICATIONS: Cllr Dale reported on two.") == (
        "PLANNING APPLICATIONS", "Cllr Dale reported on two.")


def test_minutes_typed_all_in_capitals_end_a_heading_at_its_colon() -> None:
    """'ALLOTMENTS: THE RENEWALS HAD ALL BEEN RETURNED. IT WAS RESOLVED …': in minutes typed all
    in capitals the sentences after the colon are the text, not a subtitle."""
    assert caps_heading_run_in("ALLOTMENTS: THE TENANCY RENEWALS HAD ALL BEEN RETURNED. IT WAS "
                               "RESOLVED TO KEEP THE RENT AT £30.")[0] == "ALLOTMENTS"
    assert caps_heading_run_in("DECLARATIONS OF INTEREST: CB IN ITEM 9 AS A NEIGHBOUR OF THE "
                               "SITE OF THE NEW BARN. NONE OTHER.")[0] \
        == "DECLARATIONS OF INTEREST"
    assert caps_heading_run_in("COAST PATH: REPAIRS AFTER THE STORMS. The report was noted.")[0] \
        == "COAST PATH: REPAIRS AFTER THE STORMS"


def test_the_next_item_s_number_run_into_the_paragraph_under_a_heading_starts_it() -> None:
    """'513. Apologies for Absence' / '– Cllrs Blakesley and Marrick (approved) 514. Declaration of
    Interests To allow members to declare …' / '515. Public Participation': item 514 was
    pasted into 513's paragraph; its heading ends before the agenda's 'To allow …'."""
    from tests.fixtures.minutes import html_meetings

    page = ("<html><body><h2>Minutes of the Parish Council Meeting held on October 26th 2023"
            "</h2><p>Present: Cllrs Pike (Chairman), Lamb, Hallows</p>"
            "<p><strong>512. Chairman’s Welcome</strong></p>"
            "<p>– the Chairman welcomed everyone to the meeting.</p>"
            "<p><strong>513. Apologies for Absence</strong></p>"
            "<p>– Cllrs Blakesley and Marrick (approved) 514. Declaration of Interests To allow "
            "members to declare an interest – none were declared.</p>"
            "<p><strong>515. Public Participation</strong></p>"
            "<p>No members of the public wished to speak at this meeting.</p></body></html>")
    items = html_meetings(page)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("512", "Chairman’s Welcome"), ("513", "Apologies for Absence"),
        ("514", "Declaration of Interests"), ("515", "Public Participation")]


USER_GROUP = """PENVOSE HARBOUR - MOORING HOLDERS GROUP

Thursday 4th July 2019

Minutes of a meeting of the Penvose Harbour Mooring Holders Group held on this day in the \
Sail Loft, Penvose at 1800.

Present: Jago Penrose - Chairman, Capt. Elowen Tregear - Harbour Master, Morwenna Pascoe

MINUTES The record of the April meeting was accepted.

HARBOUR MASTER'S REPORT Captain Tregear reported on the spring dredging work.

BERTHING - SLIP PONTOON The Group looked at the new berthing rules. Members backed the rules.

ANY OTHER BUSINESS Morwenna Pascoe raised the state of the slipway railings.
"""


def test_headings_in_capitals_run_into_sentences_that_open_with_a_capital() -> None:
    """'HARBOUR MASTER'S REPORT Captain Tregear reported …': a heading in capitals run into a
    sentence opening with a name and its verb, or with a word sentences open with ('The',
    'Members'), heads an item; so does one going on in capitals after its dash; and 'Minutes
    of a meeting … held on this day' under its dated heading is the same meeting."""
    (meeting,) = text_meetings(USER_GROUP)
    assert meeting.date == date(2019, 7, 4)
    assert [i.title for i in meeting.items] == [
        "MINUTES", "HARBOUR MASTER'S REPORT", "BERTHING - SLIP PONTOON",
        "ANY OTHER BUSINESS"]


def test_a_name_with_initials_opening_the_sentence_is_no_heading() -> None:
    """'K. Dunmore declared …': the initial's full stop does not end a heading 'K'; a heading
    run into such a sentence ends before the initials."""
    assert run_on_title("K. Dunmore declared an interest in the allotment rents item") == (
        "", "K. Dunmore declared an interest in the allotment rents item")
    assert run_on_title("Bus Shelter J.P. Haddow reported that the glass was replaced") == (
        "Bus Shelter", "J.P. Haddow reported that the glass was replaced")
    assert run_on_title("T Merridew read a letter from the Ferry Trustees about the slipway.") == (
        "", "T Merridew read a letter from the Ferry Trustees about the slipway.")


def test_a_heading_in_capitals_keeps_its_reference_and_its_capitals_after_a_dash() -> None:
    """'PLANNING APPLICATION 21D044 – NEW STABLE BLOCK, …' in capitals is one heading: the
    application's reference does not end the capitals, nor the dash the opening heading."""
    assert caps_heading_run_in("PLANNING APPLICATION 21D044 – NEW STABLE BLOCK, HENDRE FACH. "
                               "Members had no objection.") == (
        "PLANNING APPLICATION 21D044 – NEW STABLE BLOCK, HENDRE FACH",
        "Members had no objection.")
    assert opening_heading_cut("PLANNING APPLICATION 21D044 – NEW STABLE BLOCK, HENDRE FACH "
                               "LANE, PENTRE") is None
    assert opening_heading_cut("APOLOGIES FOR ABSENCE – Cllr Pennant, Cllr Yorath and Mr Dee") \
        == ("APOLOGIES FOR ABSENCE", "Cllr Pennant, Cllr Yorath and Mr Dee")


def test_an_honorific_s_full_stop_closes_no_heading() -> None:
    """'The Mayor, Cllr. Mrs. Ince took the chair': 'Cllr.' and 'Mrs.' end no heading; a
    heading's own full stop still does."""
    assert stopped_heading("The Mayor, Cllr. Mrs. Ince took the chair at 7pm.") is None
    assert stopped_heading("Allotments. The waiting list stood at six.") == (
        "Allotments", "The waiting list stood at six.")


def test_a_heading_in_capitals_ends_before_an_officer_s_dotted_rank_or_an_outcome_s_colon() -> None:
    """'FOOTPATHS P.C. Grayling reported …': a rank written with full stops opens the text as
    'PC' does; 'FINANCE RESOLVED: That …': the outcome and its colon open it too."""
    assert caps_heading_run_in("FOOTPATHS AND VERGES P.C. Grayling reported two thefts from "
                               "sheds.") == ("FOOTPATHS AND VERGES",
                                             "P.C. Grayling reported two thefts from sheds.")
    assert caps_heading_run_in("FINANCE RESOLVED: That the accounts be paid.") == (
        "FINANCE", "RESOLVED: That the accounts be paid.")


def test_a_heading_s_part_after_its_dash_runs_to_the_sentence_that_opens() -> None:
    """'Bridge works - progress update There was submitted a report …': lower-case words with no
    verb after the dash, then a sentence's opener, are the heading's second part; 'Finance – the
    accounts were paid …' is a heading and its text; 'County Councillor Ince reported …' opens
    with its speaker, no heading 'County'."""
    assert split_colon("Bridge works - progress update There was submitted a report of 2 May by "
                       "the Director on the works.") == (
        "Bridge works - progress update",
        "There was submitted a report of 2 May by the Director on the works.")
    assert split_colon("Finance – the accounts were approved and paid in full by the Clerk.") \
        == ("Finance", "the accounts were approved and paid in full by the Clerk.")
    assert opener_cut("County Councillor R Ince reported that the gritting routes were set.") \
        is None


def test_a_numbered_paragraph_s_heading_runs_into_a_sentence_that_opens_visibly() -> None:
    """Among long paragraphs each numbered and run on, '3. Minute of previous meeting The minute
    of the meeting of 5 June 2020 was …' is headed 'Minute of previous meeting', and
    '1. Apologies Apologies were intimated …' 'Apologies'."""
    text = ("Minute of the meeting of the Dewsnap Transport Partnership held in Abbey House, "
            "Dewsnap, on 11 September 2020.\n\nPresent: Councillor Ann Gow, Councillor Ben Pyrah"
            "\n\n"
            "1. Apologies Apologies were intimated on behalf of Councillor Dee, Councillor Eden "
            "and Councillor Fife, who were attending a conference of transport authorities in "
            "Ayr on the same day.\n\n"
            "2. Declaration of interest Councillor Pyrah declared an interest in item 5 as a "
            "member of the board of Dewsnap Community Transport and took no part in the "
            "consideration of that item.\n\n"
            "3. Minute of previous meeting The minute of the meeting of 5 June 2020 was "
            "submitted and approved as a correct record, subject to the spelling of one "
            "member's name being corrected.\n\n"
            "4. Bus station works - award of contract There was submitted a report of 20 August "
            "2020 by the Director on the tenders received for the works. After discussion, the "
            "Partnership agreed to award the contract to the lowest tenderer.\n\n"
            "5. Community grants There was submitted a report by the Director recommending "
            "grants from the community transport fund for 2020/21. After discussion, the "
            "Partnership approved the grants as recommended.\n")
    (meeting,) = text_meetings(text)
    assert [i.title for i in meeting.items] == [
        "Apologies", "Declaration of interest", "Minute of previous meeting",
        "Bus station works - award of contract", "Community grants"]


def test_a_bracket_opened_after_a_heading_s_colon_keeps_the_title_whole() -> None:
    """'Report of the Audit Panel: 3 March 2021 (Report' / 'number: AP/21/014)':
    the words after the colon, in title case or figures, open a bracket the next line closes —
    the title wrapped, not its text; an agenda's wording after the colon is still its text."""
    assert split_colon("Report of the Audit Panel: 3 March 2021 (Report",
                       wrapped=True) == (
        "Report of the Audit Panel: 3 March 2021 (Report", "")
    assert split_colon("Forward Plan: April 2021 to March 2022 (Report number:",
                       wrapped=True)[1] == ""
    assert split_colon("Finance: to receive the statement, approve payments (papers 8a-c",
                       wrapped=True) == (
        "Finance", "to receive the statement, approve payments (papers 8a-c")


def test_a_heading_closed_by_its_stop_before_an_applications_reference_ends_there() -> None:
    assert split_colon("Planning. 4/11/21/017 – Rose Cottage – new porch. No objection.") \
        == ("Planning", "4/11/21/017 – Rose Cottage – new porch. No objection.")
    assert split_colon("Code No. 21/0456/FUL - Land at Tidwick Farm - Erection of a dwelling")[0] \
        != "Code No"


CAPS_REFERENCED = """TIDWICK TOWN COUNCIL

Minutes of the Meeting of Tidwick Town Council held on Tuesday 8 March 2016 at 7pm

PRESENT: Cllrs A Gale (Chairman), B Ives, C Orme

TO RECEIVE APOLOGIES 301/15: Apologies were accepted from Cllr D Pask.

TO APPROVE THE MINUTES OF THE MEETING HELD ON 9 FEBRUARY 2016 302/15: It was
RESOLVED that the minutes be signed as a true record.

TO CONSIDER THE REQUEST FROM THE BOWLS CLUB FOR A GRANT TOWARDS THE
CLUBHOUSE ROOF 303/15: Cllr B Ives explained the request. A grant of £400 was agreed.

TO RECEIVE REPORTS FROM THE DISTRICT AND COUNTY COUNCILLORS 304/15:
County Cllr E Quarle reported on the gritting routes. The report was noted.

DATE OF NEXT MEETING 305/15: Tuesday 12 April 2016.
"""


def test_capitals_headings_numbered_after_their_words_wrapped_or_closed_by_a_colon() -> None:
    [meeting] = text_meetings(CAPS_REFERENCED)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("301/15", "TO RECEIVE APOLOGIES"),
        ("302/15", "TO APPROVE THE MINUTES OF THE MEETING HELD ON 9 FEBRUARY 2016"),
        ("303/15", "TO CONSIDER THE REQUEST FROM THE BOWLS CLUB FOR A GRANT TOWARDS THE "
                   "CLUBHOUSE ROOF"),
        ("304/15", "TO RECEIVE REPORTS FROM THE DISTRICT AND COUNTY COUNCILLORS"),
        ("305/15", "DATE OF NEXT MEETING")]
    assert meeting.items[2].text.startswith("Cllr B Ives explained")


def test_a_heading_closed_by_its_stop_before_who_reports_ends_there() -> None:
    assert split_colon("Financial report. Tormid: £1,204 in the bank.") == \
        ("Financial report", "Tormid: £1,204 in the bank.")
    assert split_colon("Floral. Lorna Bell : the planters are done.")[0] == "Floral"


SPEAKERS_RUN_IN = """TIDWICK COMMUNITY COUNCIL

Minute of the Meeting held on Monday 2 March 2015 at 7.30pm in the Hall, Tidwick

Present: A Gale (Chairman, AG), B Ives (Treasurer, BI), C Orme (CO)

1 Minute The minute of the meeting of 2 February 2015 was approved.

2 Police Report PC Dana Quarle reported that there had been one theft in the village.

3 Treasurer's Report BI reported a balance of £1,204.50 in the account.

4 AOCB CO raised the condition of the path to the station.

5 Date of Next Meeting Monday 6 April 2015 at 7.30pm.
"""


def test_a_heading_run_into_a_sentence_that_opens_with_a_rank_or_initials_ends_there() -> None:
    [meeting] = text_meetings(SPEAKERS_RUN_IN)
    assert [i.title for i in meeting.items] == [
        "Minute", "Police Report", "Treasurer's Report", "AOCB", "Date of Next Meeting"]


def test_a_heading_in_capitals_keeps_a_word_whose_bracket_closes_in_capitals() -> None:
    assert caps_heading_run_in("ELECTION OF CHAIR(PERSON) Councillor Ives was elected.") == (
        "ELECTION OF CHAIR(PERSON)", "Councillor Ives was elected.")
    assert caps_heading_run_in("ELECTION OF VICE CHAIR(PERSON) The post was not filled.") == (
        "ELECTION OF VICE CHAIR(PERSON)", "The post was not filled.")


def test_a_number_s_no_inside_a_heading_in_capitals_ends_nothing() -> None:
    assert caps_heading_run_in("TREE PRESERVATION ORDER NO. 301 (2008) – 9 MILL COURT The "
                               "Tree Officer presented the report.") == (
        "TREE PRESERVATION ORDER NO. 301 (2008) – 9 MILL COURT",
        "The Tree Officer presented the report.")


def test_agenda_wording_with_its_verb_in_capitals_is_no_heading_in_capitals() -> None:
    (meeting,) = text_meetings(
        "PENGARTH PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Tuesday 9th "
        "November 2021\n\n1. To RECEIVE apologies for absence – Cllr Gorran (work), Cllr Rosevear "
        "(illness).\n"
        "2. To APPROVE the minutes of the meeting held on 12th October 2021 – The minutes were "
        "APPROVED as a true record. Proposed Cllr Tregony, seconded Cllr Cawsand.\n"
        "3. To CONSIDER planning applications:\nDC/21/1204/FUL Mill Barn – RESOLVED to "
        "recommend approval.\n4. Date of next meeting – Tuesday 11th January 2022.\n")
    assert [i.title for i in meeting.items] == [
        "To RECEIVE apologies for absence",
        "To APPROVE the minutes of the meeting held on 12th October 2021",
        "To CONSIDER planning applications", "Date of next meeting"]


def test_a_date_in_a_heading_in_capitals_is_the_heading_s_in_whatever_case() -> None:
    from indexer.parse.runin import caps_heading_run_in

    def heading(text: str) -> str:
        found = caps_heading_run_in(text)
        return found[0] if found else ""

    assert heading("MINUTES OF MEETING 16th March 2011: Agreed as a record.") \
        == "MINUTES OF MEETING 16th March 2011"
    assert heading("MINUTES OF THE PREVIOUS MEETING HELD June 18 2019 were approved and "
                   "signed.") == "MINUTES OF THE PREVIOUS MEETING HELD June 18 2019"
    assert heading("APOLOGIES April Gorran sent her apologies.") == "APOLOGIES"


def test_a_run_in_heading_ends_before_a_lettered_list_or_an_applications_reference() -> None:
    assert run_on_title("Clerk's Report (a) Cornwall Council confirms the stile will be "
                        "replaced. (b) The register update has arrived.")[0] == "Clerk's Report"
    assert run_on_title("Planning 24/01122/FUL Rear extension, 4 Mill Lane. No objection.")[0] \
        == "Planning"
    assert run_on_title("Planning application 24/01122/FUL Rear extension")[0] \
        == "Planning application 24/01122/FUL Rear extension"


def test_a_post_and_its_holder_under_the_attendance_are_no_run_in_heading() -> None:
    """'Clerk: Mrs E Tregony' among 'Present:' and 'Public:' lines names who held the post."""
    (meeting,) = text_meetings(
        "Minutes of Pengarth Parish Council meeting held on Tuesday 12 January 1999 at the "
        "School at 7.30pm.\n\nPresent: Cllrs Gorran (Chairman), Cawsand, Rosevear\n\n"
        "Public: 3\n\nClerk: Mrs E Tregony\n\n"
        "Matters Arising: The Clerk reported that the signs had been replaced.\n\n"
        "Planning: 3/1502/98/F Extension at Higher Barton - no objection.\n\n"
        "Accounts: The cheques were signed. Proposed Cllr Cawsand, seconded Cllr Rosevear.\n")
    assert [item.title for item in meeting.items] == ["Matters Arising", "Planning", "Accounts"]


def test_bulleted_points_take_longer_subjects_and_dates_in_figures() -> None:
    """A bullet marks where each point starts, so its subject before the colon may run to a
    dozen words or carry a date in figures ('31.03.10' is no clock time)."""
    (meeting,) = text_meetings(
        "Minutes of the Annual Parish Meeting held on\n22nd April 2010\n\n"
        "Present: Chairman R. Gorran, Clerk J. Tregony and nineteen residents.\n\n"
        "• Apologies for absence: S. Cawsand.\n\n"
        "• Minutes of the meeting held on 16th April 2009: The minutes were signed as a correct "
        "record.\n\n"
        "• Financial report for the year to 31.03.10: The clerk read out the report.\n\n"
        "• Election of Chairman of the Parish Meeting: H. Rosevear was elected.\n\n"
        "• Date of next meeting: Thursday 23rd September 2010.\n")
    assert [i.title for i in meeting.items] == [
        "Apologies for absence", "Minutes of the meeting held on 16th April 2009",
        "Financial report for the year to 31.03.10",
        "Election of Chairman of the Parish Meeting", "Date of next meeting"]


def test_a_numbered_heading_run_into_a_participle_or_a_members_suggestion_is_cut_there() -> None:
    assert opener_cut("Harvest Supper Saturday 5th October 2019 Having declared an "
                      "interest, RT did not vote.") == (
        "Harvest Supper Saturday 5th October 2019",
        "Having declared an interest, RT did not vote.")
    assert opener_cut("Village Fete 2020 KT suggested a jubilee theme.")[0] \
        == "Village Fete 2020"


def test_a_matter_arisings_note_of_its_earlier_minute_closes_its_heading() -> None:
    """A Markdown export's escaped numbers ('511\\.') and headings closed by their note of the
    earlier minute ('Lych gate (min.212 refers) Cllr.Gorran still to …')."""
    (meeting,) = text_meetings(
        "**PENGARTH TOWN COUNCIL MINUTES OF MEETING HELD TUESDAY 8TH JUNE 2010**\n\n"
        "Present: Cllr.Tregony in the chair, Cllrs. Cawsand, Rosevear.\n\n"
        "511\\. Bus shelter (min.207 refers) The glass has been replaced. Resolved\n"
        "that the Clerk thank the contractor.\n\n"
        "512\\. Lych gate (min.212 refers) Cllr.Gorran still to contact Mr.Pascoe about the\n"
        "loose hinge.\n\n"
        "513\\. Dog bins (Minute 214 refers) Two new bins have been fitted.\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("511", "Bus shelter"), ("512", "Lych gate"), ("513", "Dog bins")]


def test_a_bulleted_sentence_closed_by_a_colon_is_no_subject() -> None:
    """'• The Clerk reported the following:' opens a list; it is no item's subject."""
    (meeting,) = text_meetings(
        "Minutes of the Annual Parish Meeting held on\n22nd April 2010\n\n"
        "Present: Chairman R. Gorran, Clerk J. Tregony and nineteen residents.\n\n"
        "• Apologies for absence: S. Cawsand.\n\n"
        "• Minutes of the meeting held on 16th April 2009: The minutes were signed as a "
        "correct record.\n\n"
        "• Correspondence: letters from the county council about the verges were read.\n\n"
        "• The Clerk reported the following: the bench for the green is ordered.\n\n"
        "• Financial report for the year to 31.03.10: The clerk read out the report.\n\n"
        "• Date of next meeting: Thursday 23rd September 2010.\n")
    assert "The Clerk reported the following" not in [i.title for i in meeting.items]


def test_a_planning_heading_in_capitals_run_into_its_first_applications_reference() -> None:
    assert caps_heading_run_in("PLANNING 2012/188/PP - Erection of garage, 5 Heogarth. No "
                               "objection.") == (
        "PLANNING", "2012/188/PP - Erection of garage, 5 Heogarth. No objection.")
    assert caps_heading_run_in("ORLESTONE - PL/16/0288 - Erection of two dwellings") is None


def test_a_long_application_title_keeps_its_reference_dash_and_the_address_after_a_comma() -> None:
    """'C/09/0042 – Change of use …, The Granary, …': the dash after an application's
    reference goes on to what is applied for, and 'The' after a comma opens no sentence."""
    assert run_on_title("C/09/0042 – Change of use of agricultural building to office (Class "
                        "B1), The Granary, Low Road, Sudmere Green, for Mr K Sillett") == (
        "C/09/0042 – Change of use of agricultural building to office (Class B1), The Granary, "
        "Low Road, Sudmere Green, for Mr K Sillett", "")
    assert run_on_title("DC/26/0155/FUL - The Old Maltings, Quay Street, Saxbridge")[0] == \
        "DC/26/0155/FUL - The Old Maltings, Quay Street, Saxbridge"
    assert run_on_title("Finance – the accounts were paid by the clerk who reported")[0] == \
        "Finance"


def test_a_run_in_heading_ends_before_a_speaker_s_first_name_and_a_lettered_point() -> None:
    assert run_on_title("Apologies for absence Jean Rudd had sent apologies (holiday).") == (
        "Apologies for absence", "Jean Rudd had sent apologies (holiday).")
    assert run_on_title("Declarations of members' interests in items on tonight's agenda Brian "
                        "Fell declared a personal") == (
        "Declarations of members' interests in items on tonight's agenda",
        "Brian Fell declared a personal")
    assert run_on_title("Matters arising not dealt with elsewhere a. The Clerk agreed to chase") \
        == ("Matters arising not dealt with elsewhere", "a. The Clerk agreed to chase")
    # A heading in capitals keeps its words: the surname alone opens the text.
    assert run_on_title("Village Hall Smith reported that the roof leaks.") == (
        "Village Hall", "Smith reported that the roof leaks.")



def test_subjects_set_off_by_a_spaced_dash_from_their_sentences_are_the_items() -> None:
    text = """Holtby Village Online

Parish Council

Minutes for October 1999 meeting.

At the October meeting 6 members of the council were present, also Mrs Ruth Kellow District
Councillor and 9 members of the public. Items discussed at the meeting included:

Chairman's Welcome - Mr Ken Pellow welcomed the members of the public.

Highways - Gravel on the Stourley road from the quarry lorries was reported by Mrs Tarrant. It was
agreed that the Clerk write to the haulier.

Bus Shelter - The broken pane has been replaced and the seat repainted.

Notice Board - Mr Verrall had spoken to the joiner who can make a new board by summer. It was
agreed to ask for a quotation.

Correspondence received - County News – May issue; Rural Action – Hall Surveys.

Next meeting - Tuesday 9th November at 7.30pm in the Reading Room.
"""
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Chairman's Welcome", "Highways", "Bus Shelter", "Notice Board", "Next meeting"]


def test_a_timed_programme_s_sessions_are_its_items() -> None:
    lines = [Line(text, 1) for text in [
        "Farnley Forum – Annual General Meeting", "", "Saturday 9th May 2015, 10am – 12.05pm",
        "",
        "10.00 – 10.20 Arrival and coffee", "", "Coffee in the foyer.", "",
        "10.20 – 10.30 Opening remarks", "", "Housekeeping.", "",
        "10.30 – 11.00 Review of the year", "", "Chair to look back on the year.", "",
        "11.45 – 12.00 Plans for next year", "",
        "12.00 - 12.05 The Chair thanked the speakers"]]
    assert [h.title for h in run_in_headings(lines, 0, len(lines))] == [
        "Arrival and coffee", "Opening remarks", "Review of the year",
        "Plans for next year"]


TRANSCRIPT = """MINUTES
HALDON COUNTY DRAINAGE BOARD
APRIL 12, 2007

The Haldon County Drainage Board met with President Irene Vogt in the chair. Board members
Paul Renner and Joel Ashby attended, with Dean Kramer, Surveyor.

BENTLEY DITCH:

Dean Kramer: The bids for the Bentley Ditch came in under the estimate this time.

Paul Renner: Was the low bid within the engineer's figure?

Dean Kramer: It was, by about four thousand dollars.

Moved and seconded to accept the low bid. Carried 3-0.

PINE ROAD CULVERT:

Joel Ashby: The culvert under Pine Road is half full of silt again this spring.

Irene Vogt: Dean, get with the Highway Department and report back.

CLAIMS:

Paul Renner: I move we pay the claims as presented. Carried 3-0.
"""


def test_a_transcript_s_speakers_named_above_are_not_run_in_subjects() -> None:
    (meeting,) = text_meetings(TRANSCRIPT)
    assert [item.title for item in meeting.items][-3:] == [
        "BENTLEY DITCH", "PINE ROAD CULVERT", "CLAIMS"]



def test_a_motion_s_fields_and_its_vote_are_neither_subjects_nor_people() -> None:
    texts = ["Amendment: (Pask/Quill) moved that consideration be deferred.", "",
             "For Amendment: Crs Pask and Quill voted for it.", "",
             "Against Amendment: Crs Lee and Dunne voted against it.", "",
             "Grass cutting: the contractor will start in April.", "",
             "Bus shelter: the glass has been replaced by the county.", "",
             "Village sign: repainting is booked for the summer."]
    lines = [Line(text, 1) for text in texts]
    assert [h.title for h in run_in_headings(lines, 0, len(lines))] == [
        "Grass cutting", "Bus shelter", "Village sign"]
    assert mentions("Motion Lost") == []


def test_a_heading_s_re_colon_means_about_and_keeps_what_follows() -> None:
    """'Parks Director re: Pavilion roof …': the colon after 're' is inside the title; a colon after
    the whole heading still opens its text."""
    assert split_colon("Parks Director re: Pavilion roof repairs at Mill Park") == (
        "Parks Director re: Pavilion roof repairs at Mill Park", "")
    assert split_colon("Letter re: Dog fouling: The Clerk read a letter from a resident.") == (
        "Letter re: Dog fouling", "The Clerk read a letter from a resident.")


def test_subjects_closed_by_a_full_stop_open_an_unnumbered_records_items() -> None:
    lines = [Line(t, 1) for t in (
        "Bus shelter. The broken pane has been replaced by the county.", "",
        "Mr Hollins. He asked about the hedge on Mill Lane.", "",
        "Duck pond. After discussion it was AGREED to keep £200 for a bench.", "",
        "Agreed. The Clerk will write to the landowner.", "",
        "Churchyard. The PCC has asked for help with mowing.", "",
        "Ashby Rd. The verge has been cut.")]
    assert [h.title for h in run_in_headings(lines, 0, len(lines))] == [
        "Bus shelter", "Duck pond", "Churchyard"]


def test_a_heading_stopped_before_who_it_names_or_none_ends_at_its_stop() -> None:
    """'Apologies. Cllr P. Hale', 'Order of Business. None': the text after the stop names
    people or nothing; it is no heading given again in another language."""
    assert stopped_heading("Apologies. Cllr P. Hale") == ("Apologies", "Cllr P. Hale")
    assert stopped_heading("Order of Business. None") == ("Order of Business", "None")
    assert stopped_heading("Ymddiheuriadau. Apologies.") is None


def test_a_heading_in_capitals_goes_on_in_capitals_after_its_colon() -> None:
    assert split_colon("PETITION: 30 MPH LIMIT, HOLLY LANE, NEAR THE SCHOOL") == (
        "PETITION: 30 MPH LIMIT, HOLLY LANE, NEAR THE SCHOOL", "")
    assert split_colon("WESTLEA RELIEF ROAD: LAND PURCHASE (EXEMPT)") == (
        "WESTLEA RELIEF ROAD: LAND PURCHASE (EXEMPT)", "")
    # Who was absent or a sentence typed in capitals, set apart by commas, is its text.
    assert split_colon("APOLOGIES: CLLR GRAY, MRS HOLT") == ("APOLOGIES", "CLLR GRAY, MRS HOLT")
    assert split_colon("CORRESPONDENCE: THE LIST, CIRCULATED, WAS NOTED") == (
        "CORRESPONDENCE", "THE LIST, CIRCULATED, WAS NOTED")


def test_an_honorific_s_stop_is_no_heading_s_stop() -> None:
    title, _ = split_colon("Motion from Cllr. Hebden: bus shelter roof")
    assert title == "Motion from Cllr. Hebden"
    assert split_colon("Financial report. Tormid: £1,204 in the bank") == (
        "Financial report", "Tormid: £1,204 in the bank")


def test_a_place_after_a_heading_s_comma_is_no_sentence() -> None:
    assert opener_cut("Salt Bin, The Green.") is None
    assert opener_cut("Finance, The balance was £300.") == ("Finance", "The balance was £300.")


def test_an_agenda_task_after_a_dash_stays_in_the_title() -> None:
    # 'Subject – to consider …': the agenda's entry whole, as the labels of most agendas have it.
    entry = "Church Road verge works – to consider the three tenders and award the contract"
    assert split_colon(entry) == (entry, "")
    # Words in lower case that explain a heading, or a sentence, are still its text.
    assert split_colon("Public participation – a period of 15 minutes for residents to speak "
                       "on any matter")[0] == "Public participation"
    assert split_colon("Finance – the accounts were approved and paid in full by the Clerk.")[0] \
        == "Finance"


def test_a_typed_heading_closed_by_dot_dash_or_its_first_point() -> None:
    # 'Highways .1 Mr Trewin reported …': the minute's points numbered '.1', '.2' run into it.
    assert split_colon("Highways and Rights of Way .1 Mr Trewin reported that the potholes") \
        == ("Highways and Rights of Way", ".1 Mr Trewin reported that the potholes")
    assert split_colon("Public Participation .- no member of the public was present.") \
        == ("Public Participation", "no member of the public was present.")


def test_stopped_subjects_of_five_words_or_a_year_open_paragraphs() -> None:
    # Unnumbered minutes whose paragraphs open with their subject closed by a stop.
    text = ("Present: Mr A Gethin, Mrs R Parfitt.\n\n"
            "Matters arising. There had been no progress on the verge.\n\n"
            "Speed on the Chapel Road. Mr Stainer reported that the survey had not been done.\n\n"
            "Planning. P12/W0871 Rose Cottage: rear extension. No objection was raised.\n\n"
            "Annual Return 2011/12. The Clerk presented the return, which was approved.\n\n"
            "Risk Assessment. Deferred to the July meeting.\n")
    lines = [Line(t, 1) for t in text.split("\n")]
    titles = [h.title for h in run_in_headings(lines, 0, len(lines))]
    assert titles == ["Matters arising", "Speed on the Chapel Road", "Planning",
                      "Annual Return 2011/12", "Risk Assessment"]


def test_an_agenda_entry_with_its_task_is_a_sub_item() -> None:
    lines = [Line(t, 1) for t in ("9.1 Payments – to approve the schedule of payments for March.",
                                  "", "9.2 Audit – to appoint the internal auditor.", "")]
    assert numbered_at(lines, 0, len(lines)).title \
        == "Payments – to approve the schedule of payments for March"


def test_an_outcome_alone_after_a_heading_s_colon_is_its_text() -> None:
    assert split_colon("Minutes of 18.1.2024: Agreed") == ("Minutes of 18.1.2024", "Agreed")
    assert split_colon("Finance: Noted") == ("Finance", "Noted")
    assert split_colon("Vision Zero: The Road Safety Strategy")[1] == ""


def test_a_few_names_after_an_apologies_heading_and_its_dash_are_its_text() -> None:
    """'1. Apologies - Joan Oakes, Alan Clegg': who sent apologies, however few, is
    the minute's text (a report's presenter after its dash stays in its title)."""
    (meeting,) = text_meetings(
        "Holmbrook Parish Council\n\nMinutes of Meeting of 7 November 2011\n\n"
        "Present: Oliver Kemp (chair), Mary Stott\n\n"
        "1. Apologies - Joan Oakes, Alan Clegg\n"
        "2. Matters Arising: none not covered below.\n"
        "3. Accounts – the half-year figures were reported as being in line with budget.\n"
        "4. Parish Map – MS has drafted an updated parish map. This was approved.\n")
    assert [item.title for item in meeting.items] == [
        "Apologies", "Matters Arising", "Accounts", "Parish Map"]
    assert meeting.items[0].text.startswith("Joan Oakes")


def test_a_resolution_number_before_a_motion_in_capitals_ends_a_capitals_heading() -> None:
    """'AGENDA APPROVAL 01-05B-11: IT WAS REGULARLY MOVED AND SECONDED THAT …': a Nova Scotia
    town's resolution number opens the minute; 'RFD 020-2011: APPOINTMENTS …' is one title."""
    assert caps_heading_run_in(
        "AGENDA APPROVAL 01-05B-11: IT WAS REGULARLY MOVED AND SECONDED THAT THE AGENDA BE "
        "APPROVED AS CIRCULATED. CARRIED.") == (
        "AGENDA APPROVAL", "01-05B-11: IT WAS REGULARLY MOVED AND SECONDED THAT THE AGENDA BE "
        "APPROVED AS CIRCULATED. CARRIED.")
    assert caps_heading_run_in(
        "RFD 020-2011: APPOINTMENTS TO THE PLANNING ADVISORY COMMITTEE 06-05B-11: IT WAS "
        "REGULARLY MOVED AND SECONDED THAT COUNCIL APPOINT TWO MEMBERS. CARRIED.")[0] \
        == "RFD 020-2011: APPOINTMENTS TO THE PLANNING ADVISORY COMMITTEE"
