"""Records of what was decided that are not laid out as numbered minutes: a minute run into its
lettered points, decision notices one to a page, tables of delegated decisions."""

from __future__ import annotations

from tests.fixtures.minutes import html_meetings, text_meetings

RUN_IN_POINTS = """LLANFAES COMMUNITY COUNCIL

Minutes of the meeting held on Tuesday 10th March 2026

Present: Cllr Lloyd (Chair), Cllr Bevan, Cllr Parry.

1. Apologies None.

2. Planning a) 26/0184/FUL Ty Gwyn – Agricultural building. No objections. b) 26/0211/HH Old \
Forge – Rear extension. It was agreed to object unless the wall is retained.

3. Finance a) Balance of accounts: £6,412.18. b) Payments were approved for signing.
"""


def test_a_heading_run_into_its_lettered_points_ends_before_the_first() -> None:
    items = text_meetings(RUN_IN_POINTS)[0].items
    assert [item.title for item in items][1:] == ["Planning", "Finance"]
    assert items[1].text.startswith("a) 26/0184/FUL")
    assert items[1].decision == "agreed"


RUNNING_STOPS = """WESTERBY PARISH COUNCIL
Minutes of the meeting held on Tuesday 14th November 2006 at 7.30pm

Present: Mr H Pettifer (Chairman), Mrs D Ormiston, Mr K Vallance

Matters Arising
541. Mrs Ormiston reported that two sheds on the allotments had been broken
into during October.
542. The Clerk reported that the new bench had been delivered but not yet fixed.
Correspondence
543. A letter from the Rural Community Council was read. It was agreed to enter
the Best Kept Village competition again.
Finance
544. The Clerk presented the statement of accounts to 31st October.
545. Precept 2007/08. It was resolved that a precept of £4,850 be requested.
"""


def test_running_minutes_numbered_with_a_stop_and_no_heading_are_items() -> None:
    """'541. Mrs Ormiston reported …': a minute book's running number (three figures or more)
    before a sentence, under the section headings, is a minute of its own, as the same number
    without its stop is."""
    items = [item for item in text_meetings(RUNNING_STOPS)[0].items if item.number]
    assert [(item.number, item.title) for item in items] == [
        ("541", ""), ("542", ""), ("543", ""), ("544", ""), ("545", "Precept 2007/08")]
    assert items[2].decision == "agreed"


def _form(title: str, decision: str, information: str) -> str:
    return (f"<h3>{title}</h3><table><tr><td><b>Decision Taker</b></td><td>Cabinet on 14 April "
            f"2026</td></tr><tr><td><b>Decision</b></td><td>{decision}</td></tr><tr><td><b>Reason "
            "for the Decision</b></td><td>To let residents comment before the plan is final."
            f"</td></tr><tr><td><b>Information</b></td><td>{information}</td></tr><tr><td><b>"
            "Alternative Options considered and rejected</b></td><td>The Cabinet could have waited "
            "for the flood study.</td></tr><tr><td><b>Published</b></td><td>17 April 2026</td>"
            "</tr></table>")


FORMS = "<html><body><h1>Porthcollow Council</h1><h2>Record of Decisions</h2>" + "".join((
    _form("Harbour Masterplan – Consultation Draft",
          "That the Cabinet approves the masterplan for consultation.",
          "Councillor Pellowe proposed and Councillor Trewin seconded a motion, which was "
          "RESOLVED unanimously by the Cabinet."),
    _form("Council Tax Support – Hardship Fund Policy",
          "That the Cabinet adopts the policy.",
          "The motion was agreed unanimously by the Cabinet."),
    _form("Budget Monitoring 2025/26 – Period 11",
          "That the forecast position be noted.",
          "The Cabinet noted the report."))) + "</body></html>"


def test_forms_repeated_one_after_another_are_one_item_each_titled_above_their_labels() -> None:
    (meeting,) = html_meetings(FORMS)
    assert [item.title for item in meeting.items] == [
        "Harbour Masterplan – Consultation Draft", "Council Tax Support – Hardship Fund Policy",
        "Budget Monitoring 2025/26 – Period 11"]
    assert [item.decision for item in meeting.items] == ["resolved", "agreed", "noted"]
    assert meeting.committee == "Porthcollow Council — Cabinet"
    assert str(meeting.date) == "2026-04-14"
    assert "Alternative Options" not in meeting.items[0].speakers


REGISTER = """Cheriton Parish Council

Delegated Decisions

The Parish Council RESOLVED that the Clerk shall have delegated authority to make decisions.

Date\tDecision Maker\tAdvice taken from\tDecision
Tue 20th Jan, 2026\tClerk\tCouncillors\tLicensing policy consultation. No response was sent.
Fri 30th Jan, 2026\tClerk\tChairman\tSubscription to the county association. Payment approved to \
avoid late charges.
Mon 9th Feb, 2026\tClerk\tCouncillors\tInsurance renewal. Renewal agreed as the best value.
Wed 4th Mar, 2026\tClerk\tRFO\tBank reconciliation. The reconciliation was noted.

Page last updated: 28th April 2026
"""


def test_a_registers_dated_rows_are_its_decisions() -> None:
    (meeting,) = text_meetings(REGISTER)
    assert len(meeting.items) == 4
    assert all(item.title == "" for item in meeting.items)
    assert [item.decision for item in meeting.items] == ["none", "agreed", "agreed", "noted"]


def test_a_decisions_date_under_its_label_is_no_decision() -> None:
    from indexer.parse.decisions import decisions

    assert decisions(["Decision Made:", "11 February 2026"]) == ("none", ())
    kind, texts = decisions(["Decision Made:", "11 February 2026", "Issue for Decision",
                             "To agree the charges.", "Decision Made",
                             "1. That the charges in Appendix 1 be agreed."])
    assert kind == "agreed" and "Appendix 1" in texts[0]


RUNNING = """Minutes of The Meeting held on the 10th March 2025

Present: Cllrs D. Hebblewhite (in the Chair), S. Kirkby, M. Stamp

1512 Public Participation. A resident asked about the footpath signs.
1513 The minutes of the Meeting on the 13th January 2025 were approved and signed by the Chair.
1514 Matters Arising. The Clerk has chased the district council about the bench.
1515 Finance: The following payments were approved: Clerk's salary £310.00.
"""


def test_a_running_minute_with_no_heading_keeps_its_place_in_the_chain() -> None:
    items = text_meetings(RUNNING)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1512", "Public Participation"), ("1513", ""), ("1514", "Matters Arising"),
        ("1515", "Finance")]
    assert items[1].decision == "agreed"
