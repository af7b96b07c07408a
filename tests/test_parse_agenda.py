"""indexer/parse/agenda.py: an agenda's numbered entries, and matching a report to one."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.agenda import AgendaEntry, agenda_entries, match_entry
from indexer.parse.runin import run_on_title
from indexer.records import Line
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

AGENDA = ["1. Apologies for Absence", "2. Minutes of the last meeting",
          "3. Gangs Strategy Update (Pages 5 - 10)"]


def test_agenda_entries_drop_page_references() -> None:
    assert agenda_entries([Line(text, 1) for text in AGENDA]) == [
        AgendaEntry("1", "Apologies for Absence"),
        AgendaEntry("2", "Minutes of the last meeting"),
        AgendaEntry("3", "Gangs Strategy Update")]


def test_a_report_takes_the_number_of_the_entry_its_title_matches() -> None:
    entries = agenda_entries([Line(text, 1) for text in AGENDA])
    assert match_entry("Gangs strategy update", entries) == "3"
    assert match_entry("Budget", entries) == ""


AGENDA_AND_MINUTES = """Ashby Parish Council. Meeting
3rd May 2013. Councillors are summoned to a meeting for the purposes of transacting the
following business.

Apologies

• Minutes
\u2022 Matters Arising
• Chairman’s Report – F. Reid
• Report from Councillors

i. Highways F. Reid

ii. Drainage G. Proctor

4. Parishioner Comments

5. Correspondence

Open Questions

The Public are welcome to this meeting

Date held: 3rd May 2013

Present: Dave Horkan (DHO) Clerk, Frank Reid (FRE) Chairman

1. Apologies
None received.

2. Minutes of the Meeting
– 15th February 2013 FRE
The minutes were agreed and signed by FRE as a true record of the meeting held.

3. Matters Arising
None.

4. Chairman’s Report
FRE reported on the year and thanked councillors for their support over the year.
"""


def test_an_agenda_of_bullets_numbers_and_bare_lines_lists_every_entry() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document, SourceMeta

    agenda, minutes = parse_document(Document("a/2013-05-03.txt", "txt", (AGENDA_AND_MINUTES,),
                                              SourceMeta()))
    assert [(i.number, i.title) for i in agenda.items] == [
        ("", "Apologies"), ("", "Minutes"), ("", "Matters Arising"),
        ("", "Chairman’s Report – F. Reid"), ("", "Report from Councillors"),
        ("4", "Parishioner Comments"), ("5", "Correspondence"), ("", "Open Questions")]
    # A heading carried on after a dash, without the action column's initials.
    assert [i.title for i in minutes.items][:2] == [
        "Apologies", "Minutes of the Meeting – 15th February 2013"]


AGENDA_STYLES = {"dot": "{n}. {t}", "paren": "{n}) {t}", "bracket": "({n}) {t}",
                 "item dash": "Item {n} – {t}", "item colon": "Item {n}: {t}",
                 "agenda item": "Agenda Item {n} {t}", "decimal": "{n}.0 {t}", "tab": "{n}\t{t}",
                 "reference": "25/{r} {t}", "letter": "{letter}. {t}", "bare capitals": "{n} {T}"}
AGENDA_TITLES = ["Apologies for absence", "Declarations of interest",
                 "Minutes of the last meeting", "Planning applications", "Finance and payments",
                 "Date of next meeting"]


@pytest.mark.parametrize("style", AGENDA_STYLES)
def test_an_agenda_under_its_title_and_meeting_line_lists_each_entry(style: str) -> None:
    # 'AGENDA' / 'Meeting of … to be held on …' over entries that only say what the meeting
    # will do: the whole agenda was dropped as a page without prose.
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    entries = "\n\n".join(
        AGENDA_STYLES[style].format(n=k + 1, r=100 + k, letter="ABCDEF"[k], t=title,
                                    T=title.upper()) + "\nTo consider the report of the Clerk."
        for k, title in enumerate(AGENDA_TITLES))
    page = ("GLENBRAE PARISH COUNCIL\n\nAGENDA\n\nMeeting of Glenbrae Parish Council to be held "
            "on Monday 13th January 2025 at 7.30pm\n\n" + entries)
    (meeting,) = parse_document(Document("agenda.txt", "txt", (page,)))
    assert (meeting.kind, meeting.date) == ("agenda", date(2025, 1, 13))
    assert [i.title.lower() for i in meeting.items] == [t.lower() for t in AGENDA_TITLES]
    assert {i.decision for i in meeting.items} == {"none"}


AGENDA_HEADS = [
    "GLENBRAE PARISH COUNCIL\n\nAGENDA\n\nDate: Monday 13 January 2025\n\nTime: 7.30pm\n\n"
    "Venue: Village Hall",
    "GLENBRAE PARISH COUNCIL\n\nMeeting of the Parish Council to be held on Monday 13th January "
    "2025 at 7.30pm in the Village Hall",
    "GLENBRAE PARISH COUNCIL\n\nAGENDA FOR MONDAY 13TH JANUARY 2025",
    "GLENBRAE PARISH COUNCIL\n\nPARISH COUNCIL MEETING\n\n13th January 2025 at 7.30pm\n\nAGENDA",
]


@pytest.mark.parametrize("head", AGENDA_HEADS)
def test_an_agenda_dated_by_its_heading_however_the_heading_is_set(head: str) -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    entries = "\n\n".join(f"{k + 1}. {title}\nTo consider the report of the Clerk."
                          for k, title in enumerate(AGENDA_TITLES))
    (meeting,) = parse_document(Document("agenda.txt", "txt", (f"{head}\n\n{entries}",)))
    assert (meeting.kind, meeting.date, len(meeting.items)) == ("agenda", date(2025, 1, 13), 6)


def test_an_agenda_whose_heading_is_not_recognised_keeps_its_entries() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    entries = "\n\n".join(f"{k + 1}. {title}\nTo consider the report of the Clerk."
                          for k, title in enumerate(AGENDA_TITLES))
    (meeting,) = parse_document(Document("agenda.txt", "txt", (
        f"Glenbrae Parish Council\n\nPlease find below the agenda for Monday's meeting\n\n"
        f"{entries}",)))
    assert meeting.kind == "agenda" and len(meeting.items) == 6
    # A page of links with no prose and no agenda is still not a meeting.
    links = "\n\n".join(f"{k + 1}. Minutes of {month} 2025 (PDF)"
                        for k, month in enumerate(["January", "February", "March"]))
    assert parse_document(Document("links.txt", "txt", (f"Glenbrae Parish Council\n\n{links}",))
                          ) == []


def test_a_notice_with_the_last_meetings_draft_minutes_attached_lists_its_entries() -> None:
    from tests.fixtures.minutes import text_meetings

    meetings = text_meetings(
        "ELLMOUTH PARISH COUNCIL\n\nNOTICE OF MEETING OF PARISH COUNCIL\n\nI HEREBY GIVE YOU "
        "NOTICE that a meeting of the above Parish Council will be held at The Reading\nRoom, "
        "Ellmouth at 7.30pm on Thursday 6 March 2025.\n\nAll members of the Council are hereby "
        "summoned to attend for the purpose of considering and resolving upon the business to "
        "be transacted at the meeting as set out hereunder.\n\n1. To receive apologies for "
        "absence\n\n2. To approve the minutes of the meeting held on 6 February 2025\n\n"
        "3. Planning\n\n4. Finances\n\n5. Date of next meeting\n\nDRAFT MINUTES\n\nMinutes of the "
        "meeting of Ellmouth Parish Council held at The Reading Room, Ellmouth on Thursday 6 "
        "February 2025 at 7.30pm\n\nPresent: Cllr A Brown (Chair), Cllr B Green\n\n25/13 "
        "Apologies\n\nCllr C White sent apologies, which were accepted by the council.\n\n25/14 "
        "Planning\n\nThe council resolved to support the application for a garden store.\n")
    assert [(m.kind, m.date, len(m.items)) for m in meetings] == [
        ("agenda", date(2025, 3, 6), 5), ("minutes", date(2025, 2, 6), 2)]


def test_numbers_glued_to_headings_in_capitals_number_an_agendas_entries() -> None:
    from tests.fixtures.minutes import text_meetings

    meetings = text_meetings(
        "Ellmouth Parish Council\n\nYou are hereby summoned to attend the meeting of Ellmouth "
        "Parish Council on Wednesday 9th October 2024 at 7.30pm in the Village Hall.\n\nAGENDA\n\n"
        "1APOLOGIES To receive apologies for absence\nMembers unable to attend should give "
        "their reasons to the Clerk.\n2DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To "
        "receive declarations of interest in items on the agenda\nMembers must declare any "
        "interest not already entered in their register.\n3MINUTES\nTo approve the minutes of "
        "the meeting held on 11th September 2024.\n4PLANNING\na) 24/03311/HOUSE – Lower Hayne "
        "Farm – erection of a garden room\n5DATE OF NEXT MEETING\nWednesday 13th November 2024.\n")
    assert [(item.number, item.title) for item in meetings[0].items] == [
        ("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)"),
        ("3", "MINUTES"), ("4", "PLANNING"), ("5", "DATE OF NEXT MEETING")]


def test_a_webcast_sites_spaced_numbers_and_a_tables_rows_saved_as_text_are_entries() -> None:
    from tests.fixtures.minutes import text_meetings

    spaced = text_meetings(
        "Council\n\nWednesday 19 November 2025, 7:30pm\n\nMeeting Documents\n\n1 . Prayers\n\n"
        "• Prayers\n\nMinutes: none\n\n2 . Apologies for Absence\n\n• To receive apologies for "
        "absence\n\nMinutes: none\n\n3 . Minutes\n\n• To sign as a true record the minutes of the "
        "meeting held on 24 September 2025.\n\nMinutes: none\n\n3a . Pay Policy Statement\n\n"
        "• To approve the Pay Policy Statement for 2026/27.\n\nMinutes: none\n")
    assert [(i.number, i.title) for i in spaced[0].items] == [
        ("1", "Prayers"), ("2", "Apologies for Absence"), ("3", "Minutes"),
        ("3a", "Pay Policy Statement")]
    from indexer.parse.items import find_headers

    rows = [Line(text, 1) for text in (
        "No. | Item |", "---|---|", "1. | Apologies for Absence |", "|",
        "2. | Declarations of Interest Members are reminded of their personal responsibility to "
        "declare any personal and prejudicial interest in respect of matters contained in this "
        "agenda in accordance with the Code of Conduct |", "|",
        "3. | Council Tax Reduction Scheme 2020/21 PDF 201 KB To receive "
        "the report of the Chief Finance Officer |", "|", "4. | Exclusion of the Press and "
        "Public |", "")]
    assert [(h.number, h.title) for h in find_headers(rows, 0, len(rows))] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Council Tax Reduction Scheme 2020/21"), ("4", "Exclusion of the Press and Public")]


def test_a_letters_invitation_under_its_letterhead_dates_the_agenda() -> None:
    from tests.fixtures.minutes import text_meetings

    letterhead = "\n".join(["ELLMOUTH COMMUNITY COUNCIL", "www.ellmouthcc.org", "CLERK",
                            "Mrs Freya Colvin", "4 Ness Road", "Ellmouth", "Tel. 01806 577210",
                            "Email: clerk@ellmouthcc.org", "2 October 2023", "Dear Sir/Madam,",
                            "CHAIRMAN", "Mr Magnus Wethers", "The Old Manse"])
    meetings = text_meetings(
        f"{letterhead}\n\nYou are requested to attend a meeting of Ellmouth Community Council to "
        "be held in the\nCommittee Room, Ellmouth Public Hall at 7pm on Monday 9 October 2023.\n\n"
        "Yours faithfully,\n\nFreya Colvin\nClerk to the Council\n\nBUSINESS\n\n1. Hold the "
        "circular calling the meeting as read\n\n2. Apologies for absence\n\n3. Approve minutes "
        "of the meeting held 4 September 2023\n\n4. Police Report\n")
    assert [(m.kind, m.date) for m in meetings] == [("agenda", date(2023, 10, 9))]


SUMMONS_ENTRIES = """Wexcombe District Council

To: Every Member of the Council

Members are summoned to attend a meeting of the Council to be held at the Guildhall, Wexcombe,
on Tuesday 12 March 2013 at 7.00pm, for the business below:

1     Apologies for absence / Members attending other meetings.

2     To hear any Petitions received under Standing Order No. 14.

3     To receive the report of the Director of Housing on the Allocation of Garage Sites
      in the Northern Wards (copy herewith).

4     To consider the nomination of a Member to the Wexcombe Bridge Charity in succession
      to Councillor Quell, who has retired.

5     Exclusion of the Public and Press

Chief Executive
"""


def test_a_summons_numbered_without_stops_titles_each_entry_in_its_own_words() -> None:
    """A summons's agenda, its entries numbered without a full stop and worded as sentences
    ('To receive the report of … on the' / 'Allocation of …'): each entry is an item titled with
    its whole wording, wrapped lines and all, less its note of where the paper is."""
    (meeting,) = text_meetings(SUMMONS_ENTRIES)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence / Members attending other meetings"),
        ("2", "To hear any Petitions received under Standing Order No. 14"),
        ("3", "To receive the report of the Director of Housing on the Allocation of Garage "
              "Sites in the Northern Wards"),
        ("4", "To consider the nomination of a Member to the Wexcombe Bridge Charity in "
              "succession to Councillor Quell, who has retired"),
        ("5", "Exclusion of the Public and Press")]


SUMMONS_WITH_A_BARE_NUMBER = """\
Holmby Fold Parish Council

You are hereby summoned to attend the Ordinary Meeting of Holmby Fold Parish Council to be held
in the Old School Room on Monday 14th March 2022 at 7.30pm.

AGENDA

1. To receive apologies for absence.

2. To receive declarations of interest.

3. To approve the Minutes of the meeting held on 14th February 2022.

4. To hear questions raised by Members of the Public on items on this agenda.

5 To welcome Sergeant Ellis Marrow, Rural Policing Team, who will report on speeding checks.

6. To consider the Clerk's report on the bus shelter repairs.

7. To confirm the date of the next meeting as Monday 11th April 2022.
"""


def test_an_entry_whose_number_lost_its_stop_between_two_others_is_an_entry() -> None:
    """'5 To welcome …' between '4.' and '6.' is entry 5, its whole wording its title, though it
    reads as a sentence ('… who will report …')."""
    (agenda,) = text_meetings(SUMMONS_WITH_A_BARE_NUMBER)
    assert [i.number for i in agenda.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert agenda.items[4].title == ("To welcome Sergeant Ellis Marrow, Rural Policing Team, who "
                                     "will report on speeding checks")


def test_an_agenda_entry_runs_on_past_a_capitalised_word_after_a_small_word() -> None:
    """'… raised by Members of the Public …': 'Members' after 'by' opens no sentence."""
    assert run_on_title("To hear matters raised by Members of the Public for future "
                        "consideration. Note: Members may not decide them.") == (
        "To hear matters raised by Members of the Public for future consideration",
        "Note: Members may not decide them.")


def test_an_entry_naming_whose_it_is_is_a_heading_not_a_speaker() -> None:
    """'6. Chairman’s comments' on an agenda is the entry's title: a possessive and a noun say
    whose the item is, not that anyone spoke ('In response to the Mayor’s comments' still
    reads as speech in a minute's text)."""
    from indexer.parse.title_ends import reads_as_speech

    text = ("Agenda September 2019\n\nOrdinary Meeting of Polwenna Parish Council\n\nto be held "
            "at the Village Hall\n\nTuesday 10th September 2019, at 7pm\n\nDear Councillor,\n\n"
            "Your attendance is requested at the meeting set out above.\n\n"
            "1. Apologies\n\n2. Acceptance of Minutes\n\n"
            "3. Declarations of Interest\n\n4. Public Participation\n\n5. Police Report\n\n"
            "6. Chairman’s comments\n\n7. Planning\n\n8. Finance\n\n9. Date of Next Meeting\n")
    (meeting,) = text_meetings(text)
    assert [i.title for i in meeting.items][4:7] == ["Police Report", "Chairman’s comments",
                                                    "Planning"]
    assert reads_as_speech("Mr Adams explained the budget")
    assert not reads_as_speech("Mayor's announcements")


SUMMONS_WITH_FORUM = """Tidwick Parish Council
Parish Council Agenda – March 2024

To: All Members of Tidwick Parish Council

You are hereby summoned to attend a meeting of the Parish Council to be held on Tuesday 12th
March 2024 commencing at 7.30 pm in the Pavilion, for the transaction of the business below.

A Gale – Parish Clerk
5th March 2024

Open Forum

The Chair will invite members of the public to put their questions at the start of the meeting.

2024/31 Apologies for Absence

To receive apologies for absence.

2024/32 Minutes

To approve the minutes of the meeting held on 13th February 2024.

2024/33 Finance

To approve the schedule of payments.
"""


def test_the_public_forum_under_a_summons_is_its_first_entry_not_the_body() -> None:
    [meeting] = text_meetings(SUMMONS_WITH_FORUM)
    assert meeting.committee == "Tidwick Parish Council"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("", "Open Forum"), ("2024/31", "Apologies for Absence"), ("2024/32", "Minutes"),
        ("2024/33", "Finance")]


def test_an_agendas_report_entry_names_no_speaker_though_the_clerk_is_named() -> None:
    [meeting] = text_meetings(SUMMONS_WITH_FORUM.replace("A Gale – Parish Clerk",
                                                         "Clerk: Mrs A Gale")
                              + "\n2024/34 Clerk's Report\n\nTo receive the Clerk's report.\n")
    assert meeting.items[-1].title == "Clerk's Report"
    assert all(not item.speakers for item in meeting.items)


def test_an_agenda_s_lettered_entries_under_a_heading_naming_their_group_are_its_items() -> None:
    text = "\n\n".join([
        "Public Document Pack", "Fewsham Fire and Rescue Panel", "Monday, 2 March 2026 at 10.00 am",
        "AGENDA", "1. Apologies for absence", "2. Declarations of Interest",
        "3. Minutes (Pages 1 - 6)", "To approve the minutes of the previous meeting.",
        "4. Standing Items", "a) Update on actions from the previous meeting",
        "b) Questions to the Chief Fire Officer (Pages 7 - 9)",
        "5. To consider reports by the Treasurer:", "a) Budget Monitoring 2025/26 (Pages 10 - 14)",
        "b) Treasury Management Strategy (Pages 15 - 20)", "6. Date of the next meeting",
    ])
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Apologies for absence", "Declarations of Interest", "Minutes",
        "Update on actions from the previous meeting", "Questions to the Chief Fire Officer",
        "Budget Monitoring 2025/26", "Treasury Management Strategy", "Date of the next meeting"]


def test_agenda_wording_without_to_titles_its_minute_when_it_ends_in_a_stop() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Pengarth Parish Council\n\nMinutes from the Extraordinary Parish Council Meeting held "
        "on 11th December 2018\n\nPresent: Cllrs A Cawsand (Chair), R Gorran and P Tregony\n\n"
        "1. Welcome\nThe Chair welcomed everyone.\n\n"
        "2. Discuss and approve the draft budget for next year for the precept.\n"
        "Budget information had been circulated. Cllr Gorran proposed a precept of £9,400.\n\n"
        "3. Receive the Clerk's report on the lease of the playing field.\n"
        "The report was noted.\n")
    assert [i.title for i in meeting.items] == [
        "Welcome", "Discuss and approve the draft budget for next year for the precept",
        "Receive the Clerk's report on the lease of the playing field"]


def test_an_agendas_tasks_lettered_under_a_subject_are_its_entries() -> None:
    from tests.fixtures.minutes import text_meetings

    (agenda,) = text_meetings(
        "Pengarth Parish Council\nMembers of the Council are hereby summoned to attend the "
        "Annual Meeting of the Parish Council on Tuesday 9th May 2023 at 7.30pm.\n\n"
        "1. Election of Chairman\n2. Apologies for absence\n"
        "3. Appointment of councillors to outside bodies\n   a. Village Hall Committee\n"
        "   b. Tree Warden\n4. Planning\n   a. 23/01248/APP Rose Cottage – rear extension\n"
        "   b. To note decisions received from the District Council\n5. Finance\n"
        "   a. To approve payments for April and May 2023\n"
        "   b. To approve the Annual Governance Statement 2022/23\n6. Correspondence\n"
        "7. Date of next meeting\n")
    # The bodies under 3 are a list of its own; the tasks under 5 are entries.
    assert [i.number for i in agenda.items] == ["1", "2", "3", "4", "5(a)", "5(b)", "6", "7"]


def test_business_to_be_transacted_in_bold_over_the_numbers_labels_an_agendas_entries() -> None:
    from indexer.records import HEADING_MARK as BOLD
    from tests.fixtures.minutes import pdf_meetings

    page = (f"{BOLD}PENGARTH TOWN COUNCIL\n\nMarket Hall, Pengarth | clerk@pengarth.example\n\n"
            f"{BOLD}ENVIRONMENT COMMITTEE\n\nMembers of the Environment Committee are summoned "
            "to attend a meeting of the\nCommittee to be held in the Council Chamber on Monday "
            f"17th June 2024 at\n{BOLD}7.00pm.\n\nCommittee members: Cllrs A. Cawsand, R. Gorran, "
            "P. Tregony\n\nSigned: Jo Penrose, Town Clerk Date: 11th June 2024\n\n"
            f"{BOLD}Business to be transacted\n\n1. To receive apologies for absence.\n\n"
            "2. To receive declarations of Members’ Interests.\n\n3. Public Participation.\n\n"
            "A period not exceeding 15 minutes for members of the public to ask questions.\n\n"
            "4. Matters arising not covered elsewhere (updates only):\n\na. Allotment fencing."
            "\n\nb. Telephone kiosk.\n\n5. To review the Terms of Reference for the Committee "
            "and to agree any changes\n\nfor recommendation to Full Council.\n\n"
            "6. To receive a budget update for the committee.\n\n"
            "7. To note the date of the next meeting: Monday 16th September 2024.\n\n"
            f"{BOLD}Appendix 1 – Terms of Reference (adopted May 2023)\n\n"
            "The Committee shall meet quarterly and report to Full Council.\n")
    (agenda,) = pdf_meetings((page,))
    assert [i.number for i in agenda.items] == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_bodys_agenda_titled_by_its_day_is_that_days_agenda() -> None:
    from tests.fixtures.minutes import text_meetings

    (meeting,) = text_meetings(
        "Parish Council Agenda for Tuesday 9 March 2021\n\n7.30pm Institute\n\n"
        "1. Apologies\n\n2. Declarations of interest\n\n3. Finance report\n\n"
        "4. To agree the budget and set the precept\n\n5. Date of next meeting\n")
    assert (meeting.kind, meeting.date) == ("agenda", date(2021, 3, 9))
    assert [i.decision for i in meeting.items] == ["none"] * 5


def test_items_numbered_again_under_each_sections_heading_are_all_items() -> None:
    (agenda,) = text_meetings(
        "TREWIN TOWN COUNCIL\n\nYou are hereby summoned to attend the Meeting of the Town "
        "Council to be held on Thursday 22nd February 2018 at 7.00pm.\n\nAGENDA\n\n"
        "1.  Apologies for absence.\n\n2.  Declarations of Interest.\n\n3.  To approve the "
        "Minutes of 25th January 2018.\n\nOLD SCHOOL\nItem 1   To discuss the letter from the "
        "playgroup.\nItem 2   To note the boiler replacement.\n\nRECREATION GROUND\nItem 1   To "
        "note the play area inspection.\nItem 2   To consider the carnival request.\n\n"
        "FINANCE\nItem 1   To approve the Schedule of Payments.\nItem 2   To note the Bank "
        "Reconciliation.\n")
    assert [i.number for i in agenda.items] == ["1", "2", "3", "1", "2", "1", "2", "1", "2"]
    assert agenda.items[3].title == "To discuss the letter from the playgroup"


def test_a_resolutions_clauses_under_its_label_are_neither_sections_nor_sub_items() -> None:
    """'RESOLVED:' over '1. To note …' / '2. To approve …' is the item's decision, never the
    label of sub-items (which left a terse record with no decision, and so no record at all)."""
    (meeting,) = text_meetings(
        "POLVEAN COUNCIL\n\nMinutes of the meeting of the Cabinet held on Monday 24 November "
        "2025\n\nPresent: Mayor Ann Gale\n\n1. Apologies\n\nNone.\n\n"
        "2. Budget Report\n\nRESOLVED:\n1. To note the position.\n2. To approve the decisions."
        "\n\n3. Capital Update\n\nRESOLVED:\n1. To approve the schemes.\n2. To approve the "
        "re-profiling.\n\n4. Local Plan\n\nRESOLVED:\n1. To approve the consultation.\n")
    assert [(i.number, i.decision) for i in meeting.items] == [
        ("1", "none"), ("2", "resolved"), ("3", "resolved"), ("4", "resolved")]


def test_a_bulleted_agenda_without_its_points_its_signature_or_the_next_meetings_date() -> None:
    """A parish's agenda post: entries as bullets, points under some of them as a nested list,
    the stub with its date, then the clerk's name, post and the date she signed it."""
    from tests.fixtures.minutes import html_meetings

    (agenda,) = html_meetings(
        "<html><body><main><h1>Agenda – Parish Council meeting 9th February 2026</h1><p>"
        "Councillors are hereby summoned to attend a meeting of Trewin Parish Council to be "
        "held on Monday 9th February 2026 at 7.30pm.</p><h2>Agenda</h2><ul><li>Apologies for "
        "absence</li><li>Matters raised by members<ul><li>Flooding at the ford (Cllr Hale)</li>"
        "<li>Litter picking equipment (Cllr Pell)</li></ul></li><li>Planning</li><li>Approval "
        "of payments</li><li>Date of next meeting – Monday 9th March 2026</li></ul><p>Nicola Ash"
        "</p><p>Parish Clerk</p><p>3rd February 2026</p></main></body></html>")
    assert [i.title for i in agenda.items] == [
        "Apologies for absence", "Matters raised by members", "Planning", "Approval of payments",
        "Date of next meeting"]


def test_the_next_meetings_stub_keeps_its_date_in_its_text_however_its_heading_was_found() -> None:
    """'<strong>15. Date of next meeting</strong> – Tuesday 6th August 2024': a bold heading run
    into its date is read whole by the heading's path; the stub is its title all the same."""
    from tests.fixtures.minutes import html_meetings

    (agenda,) = html_meetings(
        "<html><body><main><h1>Agenda – Full Council, 2nd July 2024</h1><p>Councillors are "
        "summoned to attend a meeting of Trewin Parish Council on Tuesday 2nd July 2024.</p>"
        "<p><strong>1.&nbsp; Apologies</strong></p><p><strong>2.&nbsp; Minutes</strong> – to "
        "approve the minutes of 4th June 2024</p><p><strong>3.&nbsp; Cemetery</strong> – to note "
        "the lych gate repair</p><p><strong>4.&nbsp; Date of next meeting</strong> &ndash; "
        "Tuesday 6th August 2024</p><p>Fran Lyd, Clerk to the Council, 26th June 2024</p>"
        "</main></body></html>")
    last = agenda.items[-1]
    assert last.title == "Date of next meeting" and "Tuesday 6th August 2024" in last.text


def test_an_agenda_entry_written_as_a_sentence_is_titled_by_the_whole_sentence() -> None:
    text = """PENWERN TOWN COUNCIL

You are hereby summoned to attend the ANNUAL MEETING of PENWERN TOWN COUNCIL to be held on
Tuesday 11th May 1999 at the Welfare Hall, commencing at 7.00 p.m. when the business set out
below will be transacted :-

1. Members newly elected in May to make their Declarations of
Acceptance of Office before the Clerk.

2. Chairman's Announcements

3.Members to declare any interest in the items below.
(Note: Members should give the item's number.)

4.The outgoing Chairman will ask for nominations for the Office of Chairman
for the year 1999/2000.

5. Councillor B Hale to reply.
"""
    [meeting] = text_meetings(text)
    assert meeting.kind == "agenda"
    assert [item.title for item in meeting.items] == [
        "Members newly elected in May to make their Declarations of Acceptance of Office "
        "before the Clerk", "Chairman's Announcements",
        "Members to declare any interest in the items below",
        "The outgoing Chairman will ask for nominations for the Office of Chairman for the "
        "year 1999/2000", "Councillor B Hale to reply"]


def test_a_letter_asking_members_to_attend_is_an_agenda_of_the_committee_it_names() -> None:
    page = """<html><head><title>Planning Committee – 14/06/2016 | Selbury Town Council</title>
    </head><body><main><h1>Planning Committee – 14/06/2016</h1>
    <p>To: Members of the Planning Committee</p>
    <p>Dear Councillor</p>
    <p>Please attend a meeting of the Planning Committee on Tuesday 14 June 2016 at 6pm in the
    Council Chamber for the business listed below.</p>
    <h2>Agenda Items</h2>
    <ul><li>1 Apologies for Absence</li><li>2 Declarations of Interest</li>
    <li>3 Minutes<div><p>Minutes of 24 May 2016 for approval.</p></div></li>
    <li>4 Planning Applications</li><li>5 Date of Next Meeting</li></ul></main></body></html>"""
    [meeting] = html_meetings(page)
    assert (meeting.kind, meeting.committee, meeting.date) == (
        "agenda", "Selbury Town Council — Planning Committee", date(2016, 6, 14))
    assert [item.title for item in meeting.items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes", "Planning Applications",
        "Date of Next Meeting"]


def test_an_agenda_entry_on_a_line_of_its_own_is_titled_whole_though_no_stop_closes_it() -> None:
    """'3 Public Discussion – an opportunity for members of the public to comment on items on
    the agenda': the entry, note and all, its line's whole text."""
    text = "\n\n".join([
        "KELBY PARISH COUNCIL",
        "Parish Councillors are summoned to attend a meeting of Kelby Parish Council to be held "
        "at Kelby Village Hall on Monday 6th June 2016 at 7.30pm.", "AGENDA", "1 Apologies",
        "2 Public Discussion – an opportunity for members of the public to comment on items on "
        "the agenda", "3 Allotments", "4 Date of Next Meeting – Monday 4th July"])
    [agenda] = text_meetings(text)
    assert agenda.items[1].title == "Public Discussion – an opportunity for members of the " \
        "public to comment on items on the agenda"


ADDENDUM = """Notice is given that an ordinary meeting of the Kaiwaka Local Board will be held on:

Date: Thursday, 7 December 2017

Kaiwaka Local Board

ADDENDUM AGENDA

CONTENTS

6.2 Deputation - Kaiwaka Rowing Club 4

11 Notice of Motion - Pool Name 8

14 Sports Grants - first round 12

19.1 Member Tia Rewa - October report 20

6.2 Deputation - Kaiwaka Rowing Club

1. The club's captain will show plans for a boat shed.

2. The club asks the board for help with its costs.

11 Notice of Motion - Pool Name

1. The Deputy Chair proposes a name for the pool.

2. The name honours the town's first swimming coach.

3. Member Rewa supports the motion.

14 Sports Grants - first round

1. Nine clubs have applied.

2. The board has $35,000 for grants this year.

19.1 Member Tia Rewa - October report

1. The report is attached.
"""


def test_a_packs_contents_name_its_entries_over_the_numbered_paragraphs_of_its_reports() -> None:
    (meeting,) = text_meetings(ADDENDUM)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("6.2", "Deputation - Kaiwaka Rowing Club"),
        ("11", "Notice of Motion - Pool Name"),
        ("14", "Sports Grants - first round"),
        ("19.1", "Member Tia Rewa - October report")]


def test_an_order_paper_is_an_agenda_whose_entries_are_its_items() -> None:
    """'ORDER PAPER' heads an agenda as New Zealand and Australian councils name it: its bare
    entries are its items, as under 'AGENDA'."""
    meetings = text_meetings(
        "HARTON VALE CITY COUNCIL\n\nORDER PAPER\n\nSPECIAL MEETING OF THE COUNCIL\n\n"
        "to be held in the Council Chamber, Civic Centre, 12 Quay Street,\n"
        "Harton Vale, on Tuesday 9 November 1999 commencing at 7.00 pm\n\n"
        "1. APOLOGIES\n\n2. DECLARATIONS OF INTEREST\n\n3. RATES FOR 2000/2001\n")
    assert [(str(m.date), [i.title for i in m.items]) for m in meetings] == [
        ("1999-11-09", ["APOLOGIES", "DECLARATIONS OF INTEREST", "RATES FOR 2000/2001"])]


def test_a_numbered_heading_with_no_text_over_its_sub_items_is_no_item() -> None:
    """'3' / 'Reports' / '3.1' / 'Fund Applications' under a pack's contents: the heading
    groups its sub-items."""
    entries = ["1", "Opening Prayer", "Members will stand for the prayer.", "2", "Apologies",
               "None so far.", "3", "Reports", "3.1", "Fund Applications",
               "Two grant requests are attached.", "3.2", "Footpath Priorities",
               "The list of footpaths for next year is attached.", "4", "Meeting Close",
               "The Chair will close the meeting."]
    contents = ["1 Opening Prayer 5", "2 Apologies 5", "3 Reports 6", "3.1 Fund Applications 6",
                "3.2 Footpath Priorities 9", "4 Meeting Close 12"]
    text = "Harbourside District Council\n\nAGENDA\n\nEastern Bays Community Board Meeting\n\n" \
        "Thursday, 5 March 2026\n\nORDER OF BUSINESS\n\n" + "\n\n".join(contents) \
        + "\n\n" + "\n\n".join(entries) + "\n"
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Opening Prayer"), ("2", "Apologies"), ("3.1", "Fund Applications"),
        ("3.2", "Footpath Priorities"), ("4", "Meeting Close")]


def test_a_summons_to_two_meetings_gives_each_part_an_agenda_of_its_own() -> None:
    """'PART ONE – PLANNING COMMITTEE 6.45pm' / … / 'PART TWO – PARISH COUNCIL 7.15pm': one
    notice calls a committee and the council after it; each part is its meeting's agenda, of
    the notice's day, the committee's named with its council."""
    meetings = text_meetings(
        "HOLLINGSEA PARISH COUNCIL\n\nCouncillors are summoned to the meetings of the Council "
        "and its Planning Committee to be held in the Village Hall on Tuesday 7th "
        "March 2017.\n\nPART ONE – PLANNING COMMITTEE 6.45pm\n\n1. Apologies\n"
        "2. Applications received\n3. Appeals\n\nPART TWO – PARISH COUNCIL 7.15pm\n\n1. Apologies\n"
        "2. Minutes of the last meeting\n3. Allotments\n")
    assert [(m.kind, m.committee, str(m.date), [i.title for i in m.items])
            for m in meetings] == [
        ("agenda", "Hollingsea Parish Council — Planning Committee", "2017-03-07",
         ["Apologies", "Applications received", "Appeals"]),
        ("agenda", "Hollingsea Parish Council", "2017-03-07",
         ["Apologies", "Minutes of the last meeting", "Allotments"])]


def test_an_annual_meeting_and_the_ordinary_meeting_after_it_are_two_agendas() -> None:
    """'PART A – ANNUAL MEETING' with its roman entries, then 'PART B – ORDINARY MEETING' with
    its numbered ones: both chains are items, each of its own meeting; a part naming no body
    is the notice's council's."""
    meetings = text_meetings(
        "ELMSTOW TOWN COUNCIL\n\nNOTICE IS HEREBY GIVEN that the ANNUAL MEETING of Elmstow "
        "Town Council will be held on MONDAY 14th MAY 2012 at 7.00 pm, followed by an ORDINARY "
        "MEETING.\n\nPART A – ANNUAL MEETING (CIVIC)\n\n"
        "I. ELECTION OF TOWN MAYOR for the municipal year 2012/13\n"
        "II. APPOINTMENT OF COMMITTEES\nIII. REVIEW of the Asset Register\n\n"
        "PART B – ORDINARY MEETING\n\n"
        "1. Apologies for absence.\n2. Planning\n3. Correspondence.\n")
    assert [(m.committee, str(m.date), [(i.number, i.title) for i in m.items])
            for m in meetings] == [
        ("Elmstow Town Council", "2012-05-14",
         [("I", "ELECTION OF TOWN MAYOR for the municipal year 2012/13"),
          ("II", "APPOINTMENT OF COMMITTEES"), ("III", "REVIEW of the Asset Register")]),
        ("Elmstow Town Council", "2012-05-14",
         [("1", "Apologies for absence"), ("2", "Planning"), ("3", "Correspondence")])]


def test_parts_of_one_agenda_in_public_and_in_private_are_one_meeting() -> None:
    """'PART 1 – ITEMS OPEN TO PRESS AND PUBLIC' / 'PART 2 – EXEMPT ITEMS' name no meeting:
    one agenda."""
    meetings = text_meetings(
        "ELMSTOW TOWN COUNCIL\n\nNOTICE IS HEREBY GIVEN that a meeting of Elmstow Town Council "
        "will be held on Monday 11th June 2012 at 7.00 pm.\n\n"
        "PART 1 – ITEMS OPEN TO PRESS AND PUBLIC\n\n1. Apologies for absence.\n2. Planning\n\n"
        "PART 2 – EXEMPT ITEMS\n\n3. Staffing\n")
    assert [[i.title for i in m.items] for m in meetings] == [
        ["Apologies for absence", "Planning", "Staffing"]]


def test_a_summons_letter_under_its_meetings_heading_and_a_pages_title_is_one_agenda() -> None:
    """A council site's meeting page: its title and a line of when and where, then the summons
    ('PARISH COUNCIL' / 'MEETING OF THE COUNCIL' / 'ON TUESDAY …' / venue / '7.30PM' / the
    letter's date / 'Dear Councillor,' / 'A meeting … will be held …') over the numbered
    agenda: one agenda, its entries the items."""
    entries = "".join(f"<h3>{n}. {title}</h3><p>{note}</p>" for n, title, note in (
        (1, "APOLOGIES", "To receive apologies for absence."),
        (2, "MINUTES", "To approve the minutes of the last meeting."),
        (3, "FINANCE", "To approve the schedule of payments.")))
    page = ("<html><head><title>Council Meeting – 7 March 2023 | Oxcombe Parish Council</title>"
            "</head><body><h1>Council Meeting – 7 March 2023</h1>"
            "<p>Oxcombe Council Meeting on 7 March 2023 at the Village Hall, at 7:30pm</p>"
            "<p>OXCOMBE PARISH COUNCIL</p><p>MEETING OF THE COUNCIL</p>"
            "<p>ON TUESDAY 7 MARCH 2023</p><p>AT THE VILLAGE HALL, OXCOMBE</p><p>7.30PM</p>"
            "<p>1 March 2023</p><p>Dear Councillor,</p><p>A meeting of Oxcombe Parish Council "
            "will be held on Tuesday 7 March 2023. You are summoned to attend.</p>"
            f"<p>AGENDA</p>{entries}</body></html>")
    assert [(m.kind, str(m.date), [i.title for i in m.items]) for m in html_meetings(page)] == [
        ("agenda", "2023-03-07", ["APOLOGIES", "MINUTES", "FINANCE"])]


def test_a_later_page_s_running_heading_names_the_agenda_s_body_without_parting_it() -> None:
    """'Agenda' / 'Wednesday, 4 October 2017' over a board's first page names no body; the next
    page's running heading 'Transport for Sedgewold Shadow Partnership Board - 4 October 2017'
    is the same meeting's, so the agenda's entries stay one list under one meeting."""
    first = ("Sub-National Transport Body\nTransport for Sedgewold\nShadow Partnership Board\n"
             "Agenda\nWednesday, 4 October 2017, 10:00 – 13:00\nMarlstone Court Hotel, "
             "Pellingford\nBoard Members\nCllr Rosamund Teague, Leader, Sedgewold County Council "
             "(Chair)\nItem Who\n1 Welcome and Apologies\n2 Minutes of the last meeting and "
             "matters arising\n3 Transport Strategy\n4 Major Road Network\n")
    second = ("Transport for Sedgewold Shadow Partnership Board - 4 October 2017\nItem Who\n"
              "5 Rail Studies\n6 Transport Forum Update\n7 Any Other Business\n")
    (meeting,) = pdf_meetings((first, second))
    assert meeting.committee == "Transport for Sedgewold Shadow Partnership Board"
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_summons_to_a_meeting_held_via_a_call_on_its_day_dates_the_agenda() -> None:
    page = ("<html><body><p><b>KELBY TOWN COUNCIL</b></p><p>6th October 2020</p>"
            "<p>Dear Councillor,</p><p>This is to inform you that the meeting of the Resources "
            "Committee will be held via Zoom 7.30pm on Tuesday 13th October 2020, to which you "
            "are summoned, for the transaction of the following business.</p>"
            "<p>Yours sincerely, R. J. Pengelly, Town Clerk</p><p>AGENDA</p>"
            "<p>1. APOLOGIES FOR ABSENCE</p><p>To receive apologies.</p>"
            "<p>2. QUESTION TIME</p><p>Questions from the public.</p>"
            "<p>3. MINUTES</p><p>To approve the minutes of 15th September 2020.</p>"
            "</body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2020, 10, 13)


def test_an_agm_that_will_commence_at_an_hour_on_its_day_is_that_day_s_agenda() -> None:
    text = ("Pennigar u3a\n\nAGM 2023\n\nAnnual General Meeting\n\nThe 2023 AGM will commence "
            "at 14:00 on Wednesday 19th April 2023 in the Drill Hall, Quarry Street.\n\n"
            "Agenda\n\n1. Apologies for absence\n2. Adoption of Minutes of 2022 AGM\n"
            "3. Chair's Report\n4. Treasurer's Report\n5. Election of Committee\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2023, 4, 19)


def test_a_club_s_notice_of_agm_whose_members_attendance_is_requested_is_its_agenda() -> None:
    text = ("RAVENSFLEET YACHT CLUB\nThe Hard, Lower Ravensfleet\n\nNotice of AGM\n\n"
            "Notice is hereby given that the Annual General Meeting of this Club will be held in "
            "the Clubhouse, Lower Ravensfleet on Saturday 4th December 1999 at 12:00 hours when "
            "the attendance of members is requested for the following purpose:\n\nAgenda\n"
            "1 To receive apologies for absence\n2 To confirm the minutes of the 1998 Annual "
            "General Meeting\n3 Commodore’s Report\n4 Elect Officers 2000\n5 AOB\n")
    meeting = text_meetings(text)[0]
    assert meeting.date == date(1999, 12, 4)


SUMMONS_LETTER = (
    "CWM DYFRIG COMMUNITY COUNCIL\nMr. E. R. Gethin Clerk to the Council\n"
    "7 Heol y Felin Uchaf, Blaen Dyfrig, NP99 4QX\nTuesday 5th January 2016\nDear Member,\n"
    "Your attendance is requested at the next meeting of the above Community Council which "
    "will be held\nat the Reading Room, Pen-y-Dyfrig, on Thursday 14th January 2016 at 6.30pm.\n"
    "Yours sincerely,\nEmrys Gethin\nAgenda\n1. Apologies for absence.\n"
    "2. Declarations of interest.\n3. To approve and confirm the minutes of the meeting held on "
    "Thursday 12th November 2015.\n4. Planning Applications.\n5. Correspondence.\n",
    "Minutes of the last meeting held at the Reading Room, Pen-y-Dyfrig, of the above Community\n"
    "Council on Thursday 12th November 2015 at 6.30pm.\nPresent Cllr. H. Prothero (In the Chair)\n"
    "Cllr. G. Maddocks\nCllr. S. Bevington\n48 Minutes / Apologies The minutes of the meeting "
    "held on Thursday 10th September 2015 were accepted.\n49 Declarations of Interest\n"
    "49.01 Cllr. S. Bevington declared an interest in planning.\n50 Matters Arising\n"
    "50.01 The Clerk reported that the finger post had been replaced.\n51 Correspondence\n"
    "51.01 A letter from the county council was noted.\n")


def test_a_summons_letter_is_dated_by_its_meeting_and_the_last_minutes_sent_with_it_by_theirs(
) -> None:
    # The letterhead's address is no numbered entry; the agenda's entry naming an earlier
    # meeting does not undate the summons; the last meeting's minutes opening page two are a
    # meeting of their own.
    agenda, minutes = pdf_meetings(SUMMONS_LETTER)
    assert agenda.date == date(2016, 1, 14)
    assert minutes.date == date(2015, 11, 12)


def test_a_body_s_name_and_day_over_its_agenda_date_the_agenda() -> None:
    page = ("<html><body><h1>Annual General Meeting 2011</h1><p>Posted on October 18, 2011</p>"
            "<p>Minster Close Residents Association, Thursday 10 November 2011 at Wesleyan Chapel "
            "schoolroom, Tannery Lane, 7.30 pm</p><p>(Please bring a neighbour!)</p><p>Agenda</p>"
            "<p>1. Welcome and Introduction</p><p>2. Report on the year’s activities</p>"
            "<p>3. Membership and Accounts</p><p>4. Subscription for 2012</p></body></html>")
    meeting = html_meetings(page)[0]
    assert meeting.date == date(2011, 11, 10)
    assert meeting.committee == "Minster Close Residents Association"
