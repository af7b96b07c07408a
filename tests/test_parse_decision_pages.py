"""A committee system's decision pages saved one after another: one item per page, the meeting
from each page's 'Decided at meeting:' line."""

from __future__ import annotations

from datetime import date

from indexer.parse.decision_pages import decision_pages
from indexer.parse.meetings import parse_document
from indexer.records import Document, Line, SourceMeta
from tests.fixtures.minutes import text_meetings

PAGE = """Skip to content
Fenmarsh District Council

Home > Your council > Decisions > Decision details

Decision details

{title}

Decision Maker: {maker}

Decision status: Recommendations Approved

Is Key decision?: No

Is subject to call in?: Yes

{label}:

{text}

Reasons for the decision:

To keep the district's depots in use.

Publication date: 19/03/2025

Date of decision: {day}

Decided at meeting: {day} - {maker}

Effective from: 27/03/2025

Accessibility | Contact us
"""


def _pages(*pages: tuple[str, str, str, str, str]) -> list:
    text = "\n-----\n".join(PAGE.format(title=t, maker=m, label=lab, text=x, day=d)
                           for t, m, lab, x, d in pages)
    return parse_document(Document("decisions.txt", "txt", (text,)))


def test_each_decision_page_is_an_item_of_the_meeting_it_was_decided_at() -> None:
    meetings = _pages(
        ("Depot Leases - Minute No. 41/25(a)", "Cabinet", "Decision",
         "RESOLVED that the leases of the Hollow Lane depot be renewed for ten years.",
         "18/03/2025"),
        ("Garden Waste Charges", "Cabinet", "Decisions",
         "Councillor P Ashdown moved an amendment to hold the charge at £45. Upon being put to "
         "the vote, the amendment was declared LOST.", "18/03/2025"),
    )
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.date == date(2025, 3, 18)
    assert "Cabinet" in meeting.committee
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41/25(a)", "Depot Leases"), ("", "Garden Waste Charges")]
    assert [item.decision for item in meeting.items] == ["resolved", "lost"]
    assert "Hollow Lane depot" in meeting.items[0].text
    assert "Publication date" not in meeting.items[0].text
    assert "Decision status" not in meeting.items[0].text
    assert meeting.items[1].speakers == ("Councillor P Ashdown",)


def test_pages_decided_at_two_meetings_give_two_meetings() -> None:
    meetings = _pages(
        ("Depot Leases", "Cabinet", "Decision", "RESOLVED that the leases be renewed.",
         "18/03/2025"),
        ("Tree Preservation Order 4/2025", "Planning Committee", "Decisions",
         "RESOLVED that the order be confirmed without modification.", "02/04/2025"),
    )
    assert [(m.date, len(m.items)) for m in meetings] == [
        (date(2025, 3, 18), 1), (date(2025, 4, 2), 1)]
    assert "Planning Committee" in meetings[1].committee


def test_a_forward_plan_entry_is_no_decision_page() -> None:
    plan = ("Forward Plan\n\nDepot Leases\n\nDecision Maker: Cabinet\n\n"
            "Decision due: 18/03/2025\n\nDate of decision: 18/03/2025\n\nLead officer: J Moss\n")
    page = plan.replace("Decision due: 18/03/2025",
                        "Decision:\n\nRESOLVED that the leases be renewed.")
    assert decision_pages(_lines(plan)) == []
    assert [p.title for p in decision_pages(_lines(page))] == ["Depot Leases"]


def _lines(text: str) -> list[Line]:
    return [Line(line.strip(), 1) for line in text.splitlines()]


def test_a_register_of_officer_decisions_gives_each_decision_on_its_date() -> None:
    entries = []
    for k, (day, subject) in enumerate([("3 March 2025", "Award of grounds maintenance contract"),
                                        ("10 March 2025", "Purchase of two electric vans")]):
        entries.append(f"Decision Reference: OD/2025/0{k + 1}\n\nDecision Maker: Director of "
                       f"Place\n\nDate of Decision: {day}\n\nSubject: {subject}\n\nDecision: To "
                       f"approve the {subject.lower()}.\n\nReasons for Decision: The work is "
                       "needed before the summer.")
    page = "GLENBRAE DISTRICT COUNCIL\n\nRegister of Officer Decisions\n\n" + "\n\n".join(entries)
    meetings = parse_document(Document("register.txt", "txt", (page,)))
    assert [(m.date, [(i.number, i.title, i.decision) for i in m.items]) for m in meetings] == [
        (date(2025, 3, 3), [("OD/2025/01", "Award of grounds maintenance contract", "agreed")]),
        (date(2025, 3, 10), [("OD/2025/02", "Purchase of two electric vans", "agreed")])]


def test_a_register_page_of_officer_decisions_titled_by_their_kind() -> None:
    entries = []
    for day, subject in [("14 January 2026", "Grounds maintenance of closed churchyards"),
                         ("22 January 2026", "Whitecross Lido – seasonal fees and charges")]:
        entries.append(f"Officer decision: {subject}\n\nDecision maker: Head of Property "
                       f"Services\nDate of decision: {day}\nDate published: {day}\n\nDecision "
                       "taken:\nTo award the contract for three years.\n\nReason(s) for the "
                       "decision:\nThe tender was the most economically advantageous.")
    page = "Frome Vale District Council\n\nOfficer decisions\n\n" + "\n\n—\n\n".join(entries)
    meetings = parse_document(Document("register.txt", "txt", (page,)))
    assert [(m.date, [(i.title, i.decision) for i in m.items]) for m in meetings] == [
        (date(2026, 1, 14), [("Grounds maintenance of closed churchyards", "agreed")]),
        (date(2026, 1, 22), [("Whitecross Lido – seasonal fees and charges", "agreed")])]
    # Each decision's text ends before the next one's title.
    assert "Whitecross" not in meetings[0].items[0].text


PUBLISHED = """Decisions published

13/02/2026 - Mayoral Capacity Fund 2026/27 ref: 829    Recommendations Approved (subject to call-in)

Decision Maker: EPCA Board

Made at meeting: 13/02/2026 - EPCA Board

Decision published: 23/02/2026

Effective from: 03/03/2026

Decision:

Resolved: The allocation of the Mayoral Capacity Fund for 2026/27 be approved.

13/02/2026 - Minutes - 16 January 2026 ref: 824    Recommendations Approved

Decision Maker: EPCA Board

Made at meeting: 13/02/2026 - EPCA Board

Decision published: 23/02/2026

Decision:

The minutes of the meeting held on 16 January 2026 were agreed as a correct record.

06/02/2026 - Award of Contract - Bus Real Time Displays ref: 819    Recommendations Approved

Decision Maker: Director of Transport

Decision published: 11/02/2026

Effective from: 06/02/2026

Decision:

AGREED: that the contract be awarded to the supplier identified in Appendix 1.

Search options

Start date:  01/02/2026
Decision maker:  All decision makers
"""


def test_a_decisions_published_list_gives_each_decision_its_meeting_or_its_own_date() -> None:
    meetings = parse_document(Document("decisions.txt", "txt", (PUBLISHED,)))
    assert [(m.committee, m.date, [(i.number, i.title, i.decision) for i in m.items])
            for m in meetings] == [
        ("EPCA Board", date(2026, 2, 13),
         [("829", "Mayoral Capacity Fund 2026/27", "resolved"),
          ("824", "Minutes - 16 January 2026", "agreed")]),
        ("Director of Transport", date(2026, 2, 6),
         [("819", "Award of Contract - Bus Real Time Displays", "agreed")])]


def test_a_republished_decision_list_with_outcome_and_content_fields() -> None:
    entry = ("Decision\n{title}\nDecision Maker: Business Committee\nOutcome: Agreed\n"
             "Is Key Decision?: No\nDate of Decision: November 13, 2025\nPurpose:\n"
             "Content: {text}\nRelated Meeting\nBusiness Committee - Thursday, 13th November, "
             "2025 10.15 am on November 13, 2025\n\n")
    text = ("Civic Papers Archive\nCouncils   Meetings   Decisions   Search   About\n\n"
            "Decisions: Business Committee - Thursday, 13th November, 2025 10.15 am\n\n" + "".join(
                entry.format(title=title, text=body) for title, body in (
                    ("Exempt Information", "The Committee resolved to exclude the public."),
                    ("Minute of Meeting of 25 September 2025",
                     "The Committee agreed to approve the minute as a correct record."),
                    ("Roads Programme", "The Committee agreed the roads programme."))))
    (meeting,) = parse_document(Document("c/decisions.txt", "txt", (text,), SourceMeta()))
    assert meeting.date == date(2025, 11, 13)
    assert [(i.title, i.decision) for i in meeting.items] == [
        ("Exempt Information", "resolved"),
        ("Minute of Meeting of 25 September 2025", "agreed"), ("Roads Programme", "agreed")]


def test_business_taken_before_item_one_on_a_decisions_page_keeps_its_heading() -> None:
    """'Deputations from the Public' / 'Decision:' / 'Deputations were made by Mr Treloggan …' above
    '1.' / 'Apologies for Absence' on an 'Agenda and decisions' page: an item of its own,
    titled by its heading."""
    entry = "{0}.\n\n{1}\n\nDecision:\n\n{2}\n\n"
    text = ("Agenda and decisions\n\nExecutive Member for Highways - Tuesday, 9th June, 2020 "
            "2.00 pm\n\nVenue: The Guildhall, Kelport.\n\nItems\nNo. Item\n\n"
            "Deputations from the Public\n\nDecision:\n\nDeputations were made by Mr Tom Treloggan "
            "in respect of item 3 and by Ms Ann Dee in respect of item 4.\n\n"
            + entry.format(1, "Apologies for Absence", "Councillor Ross had sent apologies.")
            + entry.format(2, "Declarations of Members' Interests", "There were none.")
            + entry.format(3, "Bus Lane Order", "The Cabinet Member approved the order.")
            + entry.format(4, "Parking Zone HX", "The Cabinet Member noted the report."))
    (meeting,) = text_meetings(text)
    assert [i.title for i in meeting.items] == [
        "Deputations from the Public", "Apologies for Absence",
        "Declarations of Members' Interests", "Bus Lane Order", "Parking Zone HX"]


def _register_block(number: int, subject: str, text: str) -> str:
    return (f"Reference Number :-{number}\nDate :-2009/09/16\nDecision Maker :-Cabinet\n"
            f"Subject to Call-in :-Yes\nSubject of Decision :-{subject}\n{text}\n"
            "Reason for Decision :-To keep the matter under review.\n"
            "Alternative Options Considered :-None.\n"
            "Contact Officer :-Head of Finance - Ann Tregony\n"
            "Decision to Take Effect at end of :-2009/09/25\nAttachments :-None\n\n")


def test_a_register_typed_with_dashed_labels_and_no_decision_label_gives_one_item_each() -> None:
    page = ("Pengarth District Council\nCabinet\nRecord of Decisions\nWed Sep 16 2009\n\n"
            + _register_block(1472, "Minutes of the Last Meeting",
                              "RESOLVED that the minutes be approved as a correct record.")
            + _register_block(1473, "Allotment Rents - Review of Charges 2010/11",
                              "RESOLVED that the site fee be increased by 3% from 1 April 2010.")
            + _register_block(1474, "Disposal of Land at Mill Lane, Pengarth",
                              "RESOLVED that the land at Mill Lane be declared "
                              "surplus to requirements."))
    (meeting,) = parse_document(Document("register.txt", "txt", (page,)))
    assert meeting.date == date(2009, 9, 16)
    assert [(i.number, i.title, i.decision, i.speakers) for i in meeting.items] == [
        ("1472", "Minutes of the Last Meeting", "resolved", ()),
        ("1473", "Allotment Rents - Review of Charges 2010/11", "resolved", ()),
        ("1474", "Disposal of Land at Mill Lane, Pengarth", "resolved", ())]


PUBLISHED_LIST = """Pengarth Council
Your Council > Councillors and committees > Decisions

Decisions published

14/03/2019 - Declarations of Interest, if any ref: 2208    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 14/03/2019 - Cabinet

Decision:

There were no declarations made at the meeting.


14/03/2019 - Quarter 3 Budget Monitoring Report ref: 2207    Recommendations Approved

Cabinet to note the forecast outturn at the end of quarter 3.

Decision Maker: Cabinet

Made at meeting: 14/03/2019 - Cabinet

Decision:

RESOLVED that Cabinet noted the quarter 3 budget position.

Lead officer: Jo Gorran


14/03/2019 - Lease of the Old Library, Fore Street ref: 2210    For Determination

Decision Maker: Cabinet

Made at meeting: 14/03/2019 - Cabinet

Lead officer: Sam Tregony


28/02/2019 - Library Opening Hours Review ref: 2199    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 28/02/2019 - Cabinet

Decision:

Cabinet approved the revised opening hours.
"""


def test_a_published_list_reads_entries_with_summaries_and_entries_not_yet_decided() -> None:
    """A 'Decisions published' list: an entry's summary between its title and 'Decision
    Maker:' leaves the title the entry's line, and an entry 'For Determination' with no
    'Decision:' field is still an item of its meeting."""
    first, second = text_meetings(PUBLISHED_LIST)
    assert [(i.number, i.title) for i in first.items] == [
        ("2208", "Declarations of Interest, if any"),
        ("2207", "Quarter 3 Budget Monitoring Report"),
        ("2210", "Lease of the Old Library, Fore Street")]
    assert first.items[1].decision == "resolved"
    assert (str(second.date), [i.number for i in second.items]) == ("2019-02-28", ["2199"])
