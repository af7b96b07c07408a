"""Decision text and kind from an item's paragraphs."""

from __future__ import annotations

import pytest

from indexer.parse.decisions import decisions
from tests.fixtures.minutes import text_meetings


def test_a_motion_and_its_carried_line_are_one_decision() -> None:
    kind, texts = decisions(["Peter Gilroy proposed and Robin Hales seconded, that Mr Hendry be "
                             "appointed Chairman.", "Carried unanimously"])
    assert kind == "carried"
    assert texts == ("Peter Gilroy proposed and Robin Hales seconded, that Mr Hendry be "
                     "appointed Chairman. Carried unanimously",)


def test_separate_resolutions_are_all_kept_and_repeats_once() -> None:
    assert decisions(["RESOLVED that A be noted.", "Discussion.", "RESOLVED that B be agreed."]
                     ) == ("resolved", ("RESOLVED that A be noted.", "RESOLVED that B be agreed."))
    assert decisions(["RESOLVED that the update be noted."] * 2) == (
        "resolved", ("RESOLVED that the update be noted.",))


def test_the_strongest_kind_is_the_decision() -> None:
    kind, texts = decisions(["It was noted that the figures were late.",
                             "RESOLVED that the report be endorsed."])
    assert kind == "resolved" and texts == ("RESOLVED that the report be endorsed.",)
    assert decisions(["Members discussed the report."]) == ("none", ())


def test_a_resolution_labelled_at_a_line_end_takes_the_lines_under_it() -> None:
    kind, texts = decisions(["Following a vote it was", "RESOLVED Reason for decision",
                             "That the application be refused.", "The access is unsafe."])
    assert kind == "resolved"
    assert "That the application be refused." in texts[0]
    kind, texts = decisions(["Following a vote it was RESOLVED",
                             "That the fares come into effect on 1 April."])
    assert "That the fares come into effect on 1 April." in texts[0]


def test_a_section_heading_of_deferred_applications_defers_nothing() -> None:
    assert decisions(["The Committee noted the information items.",
                      "APPLICATIONS DEFERRED FROM A PREVIOUS MEETING"])[0] == "noted"
    assert _kind("RESULT: DEFERRED") == "deferred"


def test_a_decision_after_a_bullet_or_a_paragraph_number_is_found() -> None:
    assert decisions(["· Resolved that Cllr. Hart is elected Chairman."])[0] == "resolved"
    kind, texts = decisions(["7.2 Agreed that –", "1. the draft assessment be published; and",
                             "2. the final assessment be brought to the Board."])
    assert kind == "agreed" and "the draft assessment be published" in texts[0]


def test_a_motion_put_to_the_vote_and_declared_lost_in_capitals_is_lost() -> None:
    assert _kind("The motion was put to the vote and declared LOST.") == "lost"


def test_a_resolution_labelled_with_its_vote_and_a_recommendation_voted_through() -> None:
    kind, texts = decisions(["RESOLVED: (By majority)", "That the agreement be recommended."])
    assert kind == "resolved" and "That the agreement be recommended." in texts[0]
    assert _kind("The recommendation was put to the vote and agreed unanimously.") == "agreed"


def test_a_joint_body_s_decisions_by_its_acronym_or_in_capitals_are_agreed() -> None:
    assert _kind("The IJB approved the Strategic Plan.") == "agreed"
    assert _kind("The Authority APPROVED the Statement of Accounts.") == "agreed"
    assert _kind("The Board ratified the decision.") == "agreed"
    assert _kind("The amendment was accordingly carried.") == "carried"
    assert _kind("The NHS approved the bid.") == "none"


def test_a_scottish_decided_label_and_a_committee_writing_as_we() -> None:
    assert _kind("DECIDED: That the report be noted.") == "agreed"
    kind, texts = decisions(["DECIDED:", "That the Head of Legal be authorised."])
    assert kind == "agreed" and "Head of Legal be authorised" in texts[0]
    assert _kind("We noted the appeal decision.") == "noted"
    assert _kind("We agreed to defer the application.") == "agreed"


def test_a_resolved_label_with_a_slash_dash_takes_the_lines_under_it() -> None:
    kind, texts = decisions(["RESOLVED /-", "That the minutes be approved as a correct record."])
    assert kind == "resolved" and "minutes be approved" in texts[0]


def test_minutes_confirmed_and_signed_by_the_chairman_as_a_correct_record_are_agreed() -> None:
    assert _kind("January 2026 were confirmed and signed by the Chairman as a correct record.") \
        == "agreed"


def _kind(text: str) -> str:
    return decisions([text])[0]


def test_decision_forms_councils_write_each_give_their_kind() -> None:
    assert _kind("Proposed by Cllr Smith, seconded by Cllr Jones and unanimously agreed that "
                 "the grant be paid.") == "agreed"
    assert _kind("It was agreed to write to the landowner.") == "agreed"
    assert _kind("it was decided to cancel the event.") == "agreed"
    assert _kind("Approved – AB Seconded – CD") == "agreed"
    assert _kind("Approval – proposed by RB, seconded by KP.") == "agreed"
    assert _kind("Prop JB 2nd GK All agreed.") == "agreed"
    assert _kind("Proposed by G. Clere and seconded by D. Pickston pass for payment.") == "agreed"
    assert _kind("The minutes of the last meeting were confirmed as a true record.") == "agreed"
    assert _kind("The minutes were approved and signed as a correct record.") == "agreed"
    assert _kind("A donation of £50 was approved.") == "agreed"
    assert _kind("This was agreed by the CC.") == "agreed"
    assert _kind("Erection of a greenhouse, The Glebe. Supported.") == "agreed"
    assert _kind("Nursing Home, Peelwalls - Internal Alterations. Support") == "agreed"
    assert _kind("Carried.") == "carried"
    assert _kind("Proposed, seconded and passed that two chains be bought.") == "carried"
    assert _kind("For 5, Against 2, Abstained 1.") == "carried"
    assert _kind("RESOLVED: That the policy be adopted.") == "resolved"
    assert _kind("The Councillors resolved to pay the invoices.") == "resolved"
    assert _kind("The report was noted.") == "noted"
    assert _kind("The matter was deferred to the next meeting.") == "deferred"
    assert _kind("The motion died for lack of a second.") == "lost"
    assert _kind("Received for information.") == "noted"
    assert _kind("A letter from the county on the bus review, noted.") == "noted"
    assert _kind("Motion to approve the minutes. Seconded: Councilor Ames, Vote 5-0-2 in favor.") \
        == "carried"
    assert _kind("The petitions on the parking scheme were received and filed.") == "noted"


def test_acceptances_adoptions_elections_and_votes_are_decisions() -> None:
    assert _kind("AGREED") == "agreed"
    assert _kind("The quote from ABC Ltd for the hedge was accepted.") == "agreed"
    assert _kind("The Standing Orders were adopted.") == "agreed"
    assert _kind("The Council adopted the new Code of Conduct.") == "agreed"
    assert _kind("Cllr Smith was duly elected as Chairman for the coming year.") == "agreed"
    assert _kind("Councillors voted unanimously to accept the quote.") == "carried"


def test_resolution_and_decision_labels_and_capitalised_agreement_are_decisions() -> None:
    assert _kind("Resolution: that the council approves the budget.") == "resolved"
    assert _kind("Resolution 23/45: That the grant be paid.") == "resolved"
    assert _kind("Decision: That the report be noted.") == "agreed"
    assert _kind("It was AGREED that the clerk writes to the landowner.") == "agreed"
    assert _kind("Councillors AGREED to fund the repair.") == "agreed"
    assert _kind("Unanimously approved.") == "agreed"
    assert _kind("Recommendation approved.") == "agreed"
    assert _kind("The resolution passed last year was discussed.") == "none"
    assert _kind("The decision of the planning authority was discussed.") == "none"
    assert _kind("Cllr Smith was elected to the district council in May.") == "none"


def test_abbreviated_councils_bullets_nominations_and_proposals_across_sentences() -> None:
    assert _kind("The CC agreed to support this application.") == "agreed"
    assert _kind("The PC agreed to buy a bench.") == "agreed"
    assert _kind("MC agreed to find out the cost.") == "none"
    assert _kind("∑ Agreed that a wreath would be purchased.") == "agreed"
    assert _kind("• Agreed that the hedge be cut.") == "agreed"
    assert _kind("Support") == "agreed"
    assert _kind("Extension to dwelling, 6 The Crofts – supported.") == "agreed"
    assert _kind("Council made no objections. Proposer: Cllr G Key, 2nd: Cllr D Deighton.") \
        == "agreed"
    assert _kind("Mrs R Crisp was nominated and seconded and re-elected as Chairman.") == "agreed"
    assert _kind("The Chairman proposed that the lowest quote be accepted. This was seconded by "
                 "Dave Cooper.") == "agreed"
    assert _kind("A memorial as requested was reviewed and approved.") == "agreed"
    assert _kind("Minutes of previous meeting, 22nd June, agreed, signed and initialled.") \
        == "agreed"
    assert _kind("The proposed windows were a departure from the existing style.") == "none"
    assert _kind("Residents were supportive of the scheme.") == "none"


def test_a_lost_motion_is_lost_and_never_carried() -> None:
    assert _kind("The motion was LOST. RESULT: FAILED") == "lost"
    assert _kind("The amendment was defeated.") == "lost"
    assert _kind("RESULT: FAILED 2-5") == "lost"
    assert _kind("Upon being put to the vote, the motion was declared LOST.") == "lost"
    assert _kind("An increase of 10% was put to the meeting and lost, 6 for and 9 against."
                 ) == "lost"


def test_short_notes_votes_and_responses_clerks_write_each_give_their_kind() -> None:
    assert _kind("Noted, with thanks to Mr Rowe.") == "noted"
    assert _kind("The work was done. Noted by all.") == "noted"
    assert _kind("Noted - the external auditor's report has been received") == "noted"
    assert _kind("All correspondence noted") == "noted"
    assert _kind("Items clarified and noted") == "noted"
    assert _kind("Nodwyd yr adroddiad.") == "noted"
    assert _kind("This was carried unanimously.") == "carried"
    assert _kind("The work was carried out by the contractor.") == "none"
    assert _kind("The motion was put to the vote and was not carried.") == "lost"
    assert _kind("Council supports the application.") == "agreed"
    assert _kind("The Council objects to this application on the grounds of its scale.") == "agreed"
    assert _kind("The Panel supports the draft Police and Crime Plan") == "agreed"
    assert _kind("The CRCC agreed to object to the application") == "agreed"
    assert _kind("JS agreed to attend the forum.") == "none"
    assert _kind("The invoices were tabled and authorised for online payment:") == "agreed"


def test_governors_and_directors_note_and_resolve_as_a_body() -> None:
    assert _kind("Governors noted the report.") == "noted"
    assert _kind("The Directors resolved to renew the lease.") == "resolved"


def test_a_narrative_resolved_is_not_a_decision() -> None:
    assert _kind("The clerk said the matter had been resolved by the contractor.") == "none"
    assert _kind("Members hoped the problem would be resolved soon.") == "none"


def test_a_resolution_introducing_a_list_keeps_every_numbered_part() -> None:
    kind, texts = decisions(["RESOLVED that the County Council:", "(1) Endorses the joint work.",
                             "(2) Expects there to be transparency.", "Members then left."])
    assert kind == "resolved"
    assert texts == ("RESOLVED that the County Council:\n(1) Endorses the joint work.\n"
                     "(2) Expects there to be transparency.",)
    assert _kind("Accounts were presented and accepted for payment.") == "agreed"
    assert _kind("The booking was agreed and a charge of £10 made.") == "agreed"


def test_a_listed_part_that_runs_on_to_a_second_paragraph_stays_in_the_decision() -> None:
    _, texts = decisions(["RESOLVED that the County Council:", "(1) Endorses the decision by the",
                          "[Cabinet] to submit a request.", "(2) Expects transparency."])
    assert texts[0].endswith("[Cabinet] to submit a request.\n(2) Expects transparency.")


def test_a_resolved_label_with_a_reference_takes_the_words_below_it() -> None:
    kind, texts = decisions(["Resolved 14/06/5.01",
                             "The minutes of the last meeting were adopted as a true record.",
                             "Cllr Peake thanked the Clerk."])
    assert kind == "resolved"
    assert texts == ("Resolved 14/06/5.01\nThe minutes of the last meeting were adopted as a "
                     "true record.",)


def test_a_resolved_sentence_does_not_take_the_next_paragraph() -> None:
    _, texts = decisions(["RESOLVED that the budget be approved.", "Cllr Peake left."])
    assert texts == ("RESOLVED that the budget be approved.",)


def test_a_resolution_reference_closing_a_motion_takes_the_motion() -> None:
    kind, texts = decisions(["ii. Railings. It was proposed that the quote from Bonnett be "
                             "accepted. Proposed: Cllr Eglington; seconded: Cllr Leet. All in "
                             "favour. Resolved 16/09/6/9.1", "Next paragraph about trees."])
    assert kind == "resolved"
    assert texts == ("It was proposed that the quote from Bonnett be accepted. Proposed: Cllr "
                     "Eglington; seconded: Cllr Leet. All in favour. Resolved 16/09/6/9.1",)


def test_a_planning_response_of_no_objection_and_a_co_option_are_agreements() -> None:
    assert _kind("Extension at Pitt Farm - Council had no objections.") == "agreed"
    assert _kind("Comments returned: No objections.") == "agreed"
    assert _kind("John Slater and Paul Priestman were co-opted on to the CC.") == "agreed"
    assert _kind("Residents said there was no objection in principle to a bench.") == "none"


def test_a_closing_reference_ends_its_motion_before_the_next_sub_item() -> None:
    kind, texts = decisions(["i. Allowance. In recognition of extra work it was proposed that a "
                             "further £75 be paid. Proposed: Cllr Pointeer; seconded: Cllr Muir. "
                             "Resolved 16/09/6/12.2\nii. Insurance. Cover depends on references."])
    assert kind == "resolved"
    assert texts == ("proposed that a further £75 be paid. Proposed: Cllr Pointeer; seconded: "
                     "Cllr Muir. Resolved 16/09/6/12.2",)


def test_agreement_and_consensus_are_agreed() -> None:
    assert _kind("All were agreeable that if the grant is paid the gates be bought.") == "agreed"
    assert _kind("Councillors were all in agreement that the hedge be cut.") == "agreed"
    assert _kind("It was decided by consensus to hold the fair in June.") == "agreed"
    assert _kind("The resident said he was in agreement with the neighbours.") == "none"


def test_a_body_in_lower_case_a_vote_carried_and_all_agreed_are_decisions() -> None:
    assert _kind("Following discussion, members agreed unanimously to buy the bench.") == "agreed"
    assert _kind("The committee unanimously voted in favour of the proposal.") == "carried"
    assert _kind("The motion was put to the vote and was carried.") == "carried"
    assert _kind("The Chair moved that the meeting be closed, all agreed.") == "agreed"
    assert _kind("Work was carried out on the hedge.") == "none"
    assert _kind("The item was carried forward to the next meeting.") == "deferred"


def test_proposed_seconded_and_resolved_in_lower_case_is_resolved() -> None:
    assert _kind("It was proposed by Cllr Ross, seconded by Cllr Hill and resolved to accept the "
                 "quotation.") == "resolved"
    assert _kind("The leak was found and resolved to everyone's satisfaction.") == "none"


def test_correspondence_noted_after_a_dash_or_all_together_is_noted() -> None:
    assert _kind("Boiler Juice - noted.") == "noted"
    assert _kind("Signpost and Norfolk Link both noted.") == "noted"
    assert _kind("Funding Opportunities - all noted.") == "noted"
    assert _kind("Councillors' concerns – none noted.") == "none"


def test_a_parish_council_s_planning_response_is_its_decision() -> None:
    assert _kind("Members recommend refusal of the application.") == "agreed"
    assert _kind("The Parish Council has no objection to this application.") == "agreed"
    assert _kind("Approval recommended.") == "agreed"
    assert _kind("No comments or objections were made.") == "agreed"
    assert _kind("Norfolk County Council has no objection to the signs.") == "none"
    assert _kind("The County Council supports the scheme.") == "none"


def test_votes_counted_put_or_by_show_of_hands_are_carried() -> None:
    assert _kind("Councillors voted 5 to 2 in favour of the proposal.") == "carried"
    assert _kind("On a show of hands the proposal was carried.") == "carried"
    assert _kind("All in favour.") == "carried"
    assert _kind("Majority in favour.") == "carried"


def test_decisions_in_the_present_tense_the_precept_and_minutes_read_and_signed() -> None:
    # A motion's own words ('This Council resolves to: …') are not yet a decision.
    assert _kind("“This Council resolves to ask the Leader to write.”") == "none"
    assert _kind("The Council approves the grant of £200 to the village hall.") == "agreed"
    assert _kind("Councillors accepted the quote from ABC Ltd.") == "agreed"
    assert _kind("The precept for 2015/16 was set at £12,000.") == "agreed"
    assert _kind("The minutes of the last meeting were read and signed.") == "agreed"
    assert _kind("Minutes of the previous meeting were accepted.") == "agreed"
    assert _kind("The report was received.") == "noted"
    assert _kind("A letter was received from the school.") == "none"


def test_put_on_the_next_agenda_is_deferred_and_glued_movers_are_agreed() -> None:
    assert _kind("Co-option would be an Agenda item for the next meeting.") == "deferred"
    assert _kind("The agenda for the next meeting was circulated.") == "none"
    assert _kind("Support was given.") == "agreed"
    assert _kind("ProposedFRE, seconded byTMA") == "agreed"


def test_a_decision_cut_after_a_word_that_needs_another_goes_on() -> None:
    kind, texts = decisions(["RESOLVED – to note the report, the proposed Protocol for",
                             "Care Leavers, and that the arrangements come back.",
                             "Next item."])
    assert kind == "resolved" and "Care Leavers" in texts[0] and "Next item" not in texts[0]


def test_a_body_that_acted_and_approved_a_short_noting_and_prop_abbreviated() -> None:
    assert _kind("The Council extended their thanks and approved the plans for the hall.") == \
        "agreed"
    assert _kind("Decisions noted") == "noted"
    assert _kind("Councillors' concerns – none noted.") == "none"
    _, texts = decisions(["Prop. RS, 2nd CP, All agreed (with abstention from Cllr Peake)."])
    assert texts[0].startswith("Prop. RS")


def test_an_item_keeps_its_other_formal_decisions_beside_the_strongest() -> None:
    kind, texts = decisions(["Amendment lost.", "Substantive Motion Carried.",
                             "RESOLVED that the budget be approved.",
                             "It was noted that the hall is booked."])
    assert kind == "resolved"
    # The strongest first; a short 'Carried.' is taken with the paragraph before it.
    assert texts == ("RESOLVED that the budget be approved.",
                     "Amendment lost. Substantive Motion Carried.")


def test_a_resolution_cut_by_the_page_takes_its_short_end_and_a_motion_its_quote() -> None:
    _, texts = decisions(["RESOLVED that the County Council notes the report and associated",
                          "Member responsibilities as corporate parents.",
                          "The Chairman thanked the Panel for its work over the year."])
    assert texts == ("RESOLVED that the County Council notes the report and associated\n"
                     "Member responsibilities as corporate parents.",)
    _, texts = decisions(["Mrs Chandler proposed, and Mrs Hill seconded the motion that",
                          "“The County Council notes the report”", "Motion carried."])
    assert "notes the report" in texts[0]


def test_votes_by_all_the_meeting_pleased_to_support_a_unanimous_decision_and_i_agree() -> None:
    assert _kind("all 5 voted to formally object the application.") == "carried"
    assert _kind("The Meeting was pleased to wholeheartedly support this solution.") == "agreed"
    assert _kind("Unanimous decision agreed that sign and plaques would remain.") == "agreed"
    assert _kind("As Cabinet Member for Children's Services I agree to:") == "agreed"
    assert _kind("The resident was pleased to see the hedge cut.") == "none"


def test_nothing_noted_or_no_report_received_decides_nothing() -> None:
    assert _kind("None noted.") == "none"
    assert _kind("No police report was received.") == "none"
    assert _kind("The police report was received.") == "noted"


def test_determined_and_a_body_in_lower_case_noting() -> None:
    assert _kind("It was determined that this was not the forum for the matter.") == "agreed"
    assert _kind("The council noted the proposals with interest.") == "noted"
    assert _kind("It was accepted that improvements had to be made to the voting.") == "none"


def test_a_resolution_inside_a_sentence_is_its_whole_sentence() -> None:
    text = "These points were agreed to and all resolved to continue the objection."
    _, texts = decisions([text])
    assert texts == (text,)
    # A RESOLVED in capitals keeps the few words of its subject before it.
    _, texts = decisions(["The Committee RESOLVED that the report be noted."])
    assert texts == ("The Committee RESOLVED that the report be noted.",)
    _, texts = decisions(["After a long discussion of the options before them the Committee "
                          "RESOLVED that the report be noted."])
    assert texts == ("RESOLVED that the report be noted.",)
    assert _kind("The Parishioners and the Parish Council fully support this site.") == "agreed"


def test_a_decision_whose_sentence_began_on_the_line_before_takes_its_start() -> None:
    _, texts = decisions(["Mr Sole proposed to extend the meeting beyond",
                          "4.30pm and it was agreed unanimously."])
    assert texts == ("Mr Sole proposed to extend the meeting beyond 4.30pm and it was agreed "
                     "unanimously.",)


def test_a_decision_is_its_own_sentence_not_the_one_before() -> None:
    decided = "It was agreed to repaint the doors in the spring and to ask for three quotes."
    assert decisions([f"The clerk reported on the hall. {decided}"]) == ("agreed", (decided,))


def test_a_bare_outcome_takes_the_sentence_that_says_what_it_decided() -> None:
    assert decisions(["I now table these terms of reference for Council acceptance.",
                      "Agreed and signed."]) == (
        "agreed", ("I now table these terms of reference for Council acceptance. Agreed and "
                   "signed.",))
    assert decisions(["It was suggested that the subject be included in the newsletter. All "
                      "agreed to this."])[1] == (
        "It was suggested that the subject be included in the newsletter. All agreed to this.",)
    # A sentence that decides something of its own stays apart from it.
    assert decisions(["The minutes were approved. It was noted that the date was wrong.",
                      "Approval – proposed NR, seconded DN."])[1] == (
        "The minutes were approved. It was noted that the date was wrong.",
        "Approval – proposed NR, seconded DN.")


def test_shorthand_agreements_votes_and_planning_recommendations() -> None:
    assert _kind("No apologies, FRE requested a closed session to agree standing orders, "
                 "agreed.") == "agreed"
    assert _kind("Following debate, a show of hands confirmed that the council should not "
                 "proceed with co-option.") == "carried"
    assert _kind("The minutes of the meeting held on 5 March 2024 were amended and then "
                 "confirmed as a true copy, and duly signed by the Chairman.") == "agreed"
    assert _kind("Barn conversion, Row Farm -~ recommend all three for approval.") == "agreed"
    assert _kind("Change of use, the Manor - recommend refusal.") == "agreed"
    assert _kind("Discussion concluded with partners on the Group agreeing to take the report "
                 "to their organisations.") == "agreed"
    assert _kind("As agreed at the last meeting, the clerk wrote to the landowner.") == "none"


def test_a_vote_counted_in_words_is_carried_or_lost_by_its_numbers() -> None:
    kind, texts = decisions(["A vote was taken for those in favour of the part night lighting "
                             "policy. Four Councillors were in favour of the proposal and three "
                             "against."])
    assert kind == "carried" and texts[0].startswith("A vote was taken")
    assert _kind("Two councillors voted for the motion and five against.") == "lost"
    assert _kind("For 3, Against 4.") == "lost"
    assert _kind("For 5, against 2, abstained 1.") == "carried"
    # Residents' votes received are not the council's.
    assert _kind("Two votes for renumbering and two votes against were received.") == "none"


def test_a_decision_taken_before_and_reported_is_not_this_meetings() -> None:
    assert _kind("7.5 In January 2010 Norfolk County Council agreed a policy for part night "
                 "lighting.") == "none"
    assert _kind("In December only two incidents were noted by the police.") == "none"
    assert decisions(["In March the council agreed to buy a bench. It was agreed tonight that "
                      "the bench be painted green by the volunteers."]) == (
        "agreed", ("It was agreed tonight that the bench be painted green by the volunteers.",))


def test_a_resolution_keeps_its_list_after_the_result_said_first() -> None:
    kind, (text,) = decisions(["8) RESOLVED that Council:", "Substantive Motion carried.",
                               "1. Notes with thanks the work of the Members of the",
                               "Governance Working Party.",
                               "2. Agrees that the Chair of the Scrutiny Committee should be "
                               "an opposition Member.", "The meeting closed at 5pm."])
    assert kind == "resolved"
    assert text.endswith("2. Agrees that the Chair of the Scrutiny Committee should be an "
                         "opposition Member.")


def test_an_outcome_after_a_list_takes_the_paragraph_that_put_the_list() -> None:
    kind, (text,) = decisions(["13.1 Accept accounts and agree cheques be signed and payments "
                               "approved:", "Internal auditor £20.00", "Cheques total £40.00",
                               "Prop JB 2nd GK All agreed."])
    assert kind == "agreed"
    assert text.startswith("13.1 Accept accounts") and text.endswith("All agreed.")


def test_votes_by_hands_counts_and_rejections_have_their_kinds() -> None:
    assert _kind("Proposed by Cllr Smith, seconded by Cllr Jones. All in favour.") == "carried"
    assert _kind("Prop. JB, 2nd DD, majority in favour.") == "carried"
    assert _kind("A vote was taken: 4 for, 2 against, 1 abstention.") == "carried"
    assert _kind("The vote was 2 in favour, 5 against.") == "lost"
    assert _kind("The motion was put to the vote and fell.") == "lost"
    assert _kind("Following a vote, the proposal was rejected.") == "lost"
    assert _kind("The Council voted against the proposal.") == "lost"
    assert _kind("Members were unanimous in supporting the application.") == "agreed"
    assert _kind("Council gave approval for the work to proceed.") == "agreed"
    # Not the council's own votes or decisions.
    assert _kind("3 members voted against.") == "none"
    assert _kind("The application was refused by the Borough Council.") == "none"


def test_forms_of_councils_not_seen_before() -> None:
    assert _kind("On a division, 2 votes were cast for the Motion and 6 against.") == "lost"
    assert _kind("On a division, 7 votes were cast for the Motion and 1 against.") == "carried"
    assert _kind("Letters from the county and the police. All noted.") == "noted"
    assert _kind("A letter was received from the Health Board. Noted.") == "noted"
    assert _kind("The minutes of the Planning Committee were received and noted.") == "noted"
    assert _kind("The report of the working group, the terms of which were APPROVED.") == "agreed"
    assert _kind("It was then resolved to contribute £250.") == "resolved"
    assert _kind("It was therefore agreed to write again.") == "agreed"
    assert _kind("04/01263/FUL Land rear of Rose Cottage Two dwellings Recommend refusal – "
                 "overdevelopment.") == "agreed"
    assert _kind("The amendment was therefore lost.") == "lost"
    # The vote that led to a resolution stays with it.
    kind, texts = decisions(["Cllr Ames proposed the full cost. On being put to the vote the "
                             "proposal was defeated by 4 votes to 2. It was RESOLVED that the "
                             "Clerk ask for half the cost."])
    assert kind == "resolved"
    assert texts == ("On being put to the vote the proposal was defeated by 4 votes to 2. It was "
                     "RESOLVED that the Clerk ask for half the cost.",)


def test_a_closing_word_and_bodies_that_are_not_councils() -> None:
    """Session 10: forms read in other bodies' minutes."""
    assert _kind("Notes agreed and signed by the Chairman Resolved") == "resolved"
    assert _kind("The steering group had 61 returns. Update noted") == "noted"
    assert _kind("The matter had been resolved.") == "none"
    assert _kind("The Authority noted the report.") == "noted"
    assert _kind("The Trust resolved to renew the lease.") == "resolved"


def test_a_motion_without_a_seconder_falls_and_an_amendment_s_fall_does_not_decide() -> None:
    assert _kind("A proposal to write in support was not seconded and fell.") == "lost"
    assert _kind("The motion lapsed for want of a seconder.") == "lost"
    assert _kind("RS proposed an amendment that the rate be held at 61p; the amendment was not "
                 "seconded and fell. The original proposal was carried by 3 votes to 1.") \
        == "carried"
    assert _kind("The amendment was lost. The motion was lost.") == "lost"


def test_a_body_s_decisions_listed_under_it_and_a_minute_opened_by_noted_the() -> None:
    """Session 11: a Scottish council's 'Decision' paragraphs."""
    assert _kind("The Committee—\n1. noted the contents of the report; and\n2. agreed to write "
                 "to Transport Scotland seeking a date.") == "agreed"
    assert _kind("The Committee—\n(a) noted the contents of the report.") == "noted"
    assert _kind("Noted the contents of the report.") == "noted"
    assert _kind("He noted that the Chair and Clerk had agreed repairs. To confirm the action.") \
        == "none"
    assert _kind("The list of members:\n1. approximately twenty residents attended.") == "none"


def test_how_a_resolution_was_passed_is_part_of_its_words() -> None:
    kind, texts = decisions(["Tenders had been received from three firms. It was moved by Cllr "
                             "Haworth Seconded by Cllr Eastwood and UNANIMOUSLY RESOLVED: to "
                             "accept the tender of Pennine Access Ltd."])
    assert kind == "resolved"
    assert texts == ("It was moved by Cllr Haworth Seconded by Cllr Eastwood and UNANIMOUSLY "
                     "RESOLVED: to accept the tender of Pennine Access Ltd.",)


def test_a_council_by_its_acronym_agrees_and_a_proposal_carried_in_capitals() -> None:
    assert _kind("After discussion GACC agreed to submit an objection on road safety grounds.") \
        == "agreed"
    # A member's initials (two or three letters) agreeing to do something decide nothing.
    assert _kind("After discussion KK agreed to write to the harbour trust.") == "none"
    assert _kind("Councillor Ames proposed the motion. The proposal was CARRIED.") == "carried"


def test_note_style_clauses_after_a_semicolon_decide() -> None:
    assert decisions(["SL reported no concerns; agreed no CC objection to be raised"])[0] \
        == "agreed"
    assert decisions(["current balance £2,843.17; report noted"])[0] == "noted"
    assert decisions(["The drain is on their list; nothing noted by the roads team yet"])[0] \
        == "none"


def test_a_clerks_noted_that_records_a_noted_outcome() -> None:
    assert decisions(["The chairman had reconciled the accounts. Noted that the balances agreed "
                      "with the cash book."])[0] == "noted"
    assert decisions(["He noted that the balances agreed with the cash book."])[0] == "none"


def test_a_motion_carried_after_its_words_and_minutes_approved_nem_con() -> None:
    assert decisions(["A motion that RBCC support the extension was carried by 7 votes to 2."]
                     )[0] == "carried"
    assert decisions(["Minutes of 19 January approved nem con, with the correction."])[0] \
        == "agreed"


def test_a_decision_label_over_the_recommendations_words_decides() -> None:
    assert decisions(["Decision", "To approve the minute of the Council of 19 March 2026."])[0] \
        == "agreed"
    assert decisions(["Decision", "To appoint Councillor Tennant to the Education Committee."]
                     )[0] == "agreed"
    assert decisions(["Decision", "To note the report by the Finance Committee."])[0] == "noted"
    assert decisions(["Agenda", "To approve the minutes of the last meeting."])[0] == "none"


def test_a_body_confirming_minutes_a_proposal_not_adopted_and_a_body_that_resolved_later() -> None:
    assert decisions(["The Committee confirmed the minutes of the meeting held on 6th January "
                      "2026."])[0] == "agreed"
    assert decisions(["The proposal was not adopted, two members voting in favour."])[0] == "lost"
    assert decisions(["The Committee received a schedule of by-roads proposed for resurfacing, "
                      "and resolved to approve the programme for 2026."])[0] == "resolved"
    assert decisions(["The Committee heard that the matter had been resolved."])[0] == "none"


def test_a_recommendation_in_capitals_is_agreed_and_a_motion_put_and_declared_lost_is_lost(
        ) -> None:
    assert decisions(["Members considered the report. RECOMMENDED to Council that the "
                      "Prudential Indicators be approved."])[0] == "agreed"
    assert decisions(["It was RECOMMENDED to Full Council that £800 be allocated."])[0] \
        == "agreed"
    assert decisions(["The officer recommended that the application be refused."])[0] == "none"
    assert decisions(["The motion was put and declared lost."]) == (
        "lost", ("The motion was put and declared lost.",))


def test_minutes_accepted_in_a_clerks_shorthand_are_agreed() -> None:
    assert decisions(["Minutes accepted and duly signed by the chair."])[0] == "agreed"
    assert decisions(["Minutes approved as a true record."])[0] == "agreed"
    assert decisions(["The minutes accepted that the council had erred."])[0] == "none"


@pytest.mark.parametrize("text", [
    "It was proposed by Cllr Amis that the draft minutes were an accurate record. This was "
    "seconded by Cllr Bown and agreed by all present.",
    "The Clerk presented the accounts, which were seconded by Cllr Cray and agreed by all.",
    "Cllr Dove proposed that the Clerk obtain two further quotes and that the Chair and the "
    "Vice-Chair be given delegated authority to accept the lowest, seconded by Cllr Eade and "
    "agreed by majority, Cllr Foy abstaining.",
])
def test_a_proposal_by_a_named_member_seconded_and_agreed_by_all(text: str) -> None:
    assert decisions([text])[0] == "agreed"


@pytest.mark.parametrize("text", ["The Portfolio Holder AGREED the tree planting strategy.",
                                  "The Executive Member approved the revised parking charges."])
def test_a_decision_makers_own_decision(text: str) -> None:
    assert decisions([text])[0] == "agreed"


def test_a_resolutions_numbered_clauses_are_all_of_it() -> None:
    kind, (resolution,) = decisions([
        "The Manager presented a report.", "RESOLVED –",
        "(1) That the bus shelter replacement programme be approved.",
        "(2) That the Manager be authorised to begin the procurement process.",
        "REASON FOR DECISION –", "To keep the shelters in good repair."])
    assert kind == "resolved"
    assert resolution.endswith("(2) That the Manager be authorised to begin the procurement "
                               "process.")


def test_a_resolutions_clauses_numbered_after_its_word_are_all_of_it() -> None:
    """'RESOLVED – 1. That …' / '2. That …': the clauses go on in order, numbered the same way;
    a numbered point that is no clause of it ('2. Insurance renewal') is not."""
    kind, (resolution,) = decisions([
        "RESOLVED – 1. That the Statement of Accounts 2006/07 be approved.",
        "2. That the Chair sign the Statement of Accounts on behalf of the Committee.",
        "3. Insurance renewal was discussed."])
    assert kind == "resolved"
    assert resolution.endswith("2. That the Chair sign the Statement of Accounts on behalf of "
                               "the Committee.")
    kind, (resolution,) = decisions([
        "RESOLVED: (1) That the report be noted.",
        "2. That the Clerk write to the county council."])
    assert resolution == "RESOLVED: (1) That the report be noted."


def test_a_minutes_reference_before_its_decision_does_not_hide_it() -> None:
    assert decisions(["GP 4412 Resolved to approve the apologies given by Councillor Royle."]) \
        == ("resolved", ("Resolved to approve the apologies given by Councillor Royle.",))
    assert decisions(["25) RESOLVED that the Leader's report be noted."]) \
        == ("resolved", ("RESOLVED that the Leader's report be noted.",))


def test_a_resolved_that_closes_its_sentence_decides_the_whole_sentence() -> None:
    assert decisions(["The schedule of payments for April was proposed by Cllr Abbot, seconded "
                      "by Cllr Birch and RESOLVED."]) == (
        "resolved", ("The schedule of payments for April was proposed by Cllr Abbot, seconded by "
                     "Cllr Birch and RESOLVED.",))


def test_a_minute_held_as_read_or_minutes_received_as_accurate_are_agreed() -> None:
    assert decisions(["The minute of the meeting of the Board held on 5th October 2010 was held "
                      "as read and approved."])[0] == "agreed"
    assert decisions(["Minutes of the meeting held on October 11th, 2023 were received as "
                      "accurate, on the proposal of Iolo Rhydderch."])[0] == "agreed"


def test_a_resolution_whose_word_a_page_lost_is_resolved_after_its_lead() -> None:
    """A committee system's page in text mode drops the RESOLVED set between 'it was' and the
    resolution: 'By affirmation of the meeting, it was' / 'The report be received and noted.'."""
    kind, texts = decisions(["By affirmation of the meeting, it was",
                             "The report be received and noted."])
    assert kind == "resolved" and texts[0].endswith("The report be received and noted.")
    assert decisions(["It was moved by Councillor Abel, seconded by Councillor Rook and",
                      "The budget of £1,200 be approved."])[0] == "resolved"
    assert decisions(["It was moved by Councillor Abel, seconded by Councillor Rook and",
                      "AGREED: that the minutes be confirmed."])[0] == "agreed"
    assert decisions(["The Clerk said it was", "The usual practice to be closed."])[0] == "none"


def test_an_authority_orders_and_a_scrutiny_committee_concludes() -> None:
    """'ORDERED that …' is an older authority's resolution; a scrutiny committee's 'CONCLUDED
    that …' is what it agreed. A story of how something was concluded or ordered is neither."""
    assert decisions(["ORDERED that the report be received and noted."])[0] == "resolved"
    assert decisions(["Ordered: That the estimates be approved."])[0] == "resolved"
    assert decisions(["CONCLUDED that the draft final report be approved."])[0] == "agreed"
    assert decisions(["It was concluded that the site visit take place in March."])[0] == "agreed"
    assert decisions(["The review concluded in March and new signs were ordered."])[0] == "none"


def test_what_could_not_be_decided_is_no_decision() -> None:
    """'The minutes … could not be confirmed as too few members were present.' decides nothing; a
    decision after it in the same paragraph still does."""
    assert _kind("The minutes of the meeting held on 12 March could not be confirmed as too few "
                 "members were present.") == "none"
    assert _kind("The minutes could not be signed. RESOLVED that they be signed at the next "
                 "meeting.") == "resolved"


def test_a_council_s_objection_to_an_application_is_its_decision_as_support_is() -> None:
    """'Object.', 'Observation: Object – outside the village envelope', 'OBJECT on the grounds of
    access': the council's response, as 'Support.' is; an objection someone lodged, or none
    received, is not."""
    for text in ("Object.", "Objection – overdevelopment of the site.",
                 "Observation: Object – outside the village envelope.",
                 "OBJECT on the grounds of access."):
        assert decisions([text])[0] == "agreed", text
    for text in ("Objections: none received.", "Objection to the scheme was raised by a resident.",
                 "An objection had been lodged."):
        assert decisions([text])[0] == "none", text


def test_those_present_unanimously_resolved_and_noted_before_a_semicolon() -> None:
    """'Those present Unanimously Resolved that …', 'Those voting (KT abstaining) Unanimously
    Resolved to …' are resolutions; 'Noted; the request to be an item next time.' is noted; a
    matter 'unanimously resolved to everyone's satisfaction' is a story."""
    assert decisions(["Those present Unanimously Resolved that the invoices be paid."])[0] \
        == "resolved"
    assert decisions(["Those voting (KT abstaining) Unanimously Resolved to support the "
                      "scheme."])[0] == "resolved"
    assert decisions(["Noted; the youth club's letter to be an item at the next meeting."])[0] \
        == "noted"
    assert decisions(["The issue was unanimously resolved to everyone's satisfaction."])[0] \
        == "none"


def test_minutes_read_then_approved_after_a_comma_are_agreed() -> None:
    """'The minutes … were read, approved as accurate and signed.' as '… read and approved';
    minutes read and then discussed decide nothing."""
    assert decisions(["The minutes of 2nd June 2021 were read, approved as accurate and "
                      "signed."])[0] == "agreed"
    assert decisions(["The minutes were read, accepted as a correct record and signed by the "
                      "Mayor."])[0] == "agreed"
    assert decisions(["The minutes were read, then discussed at length."])[0] == "none"


def test_a_decision_label_over_a_that_clause_is_a_resolution() -> None:
    """'DECISION:' set apart over 'That the fees be increased by 3 per cent.': a committee
    system's label over a resolution's own words is a resolution, where nothing else in the
    item says how it was decided."""
    from indexer.parse.decisions import decisions

    kind, texts = decisions(["The Head of Licensing presented the report.", "DECISION:",
                             "That the fees be increased by 3 per cent."])
    assert kind == "resolved" and texts == ("That the fees be increased by 3 per cent.",)
    kind, _ = decisions(["Decision", "That the policy be approved.",
                         "The policy was agreed by the Cabinet, as set out above."])
    assert kind == "agreed"


def test_resolved_closing_a_proposal_at_its_line_end_takes_the_sentence_before() -> None:
    """'… seconded by Cllr Bryn, that the Council has no objection. RESOLVED.' ending its line,
    the next application's line after it: the decision is the proposal's sentence."""
    from indexer.parse.decisions import decisions

    kind, texts = decisions([
        "P/24/118/FUL – Porch, 3 Heol Fach. It was proposed by Cllr Ama, seconded by Cllr Bryn, "
        "that the Council has no objection. RESOLVED.\nP/24/131/OUT – Two dwellings, Cae Bach. "
        "Members raised concerns over access."])
    assert kind == "resolved"
    assert texts == ("It was proposed by Cllr Ama, seconded by Cllr Bryn, that the Council has no "
                     "objection. RESOLVED.",)


VERDERERS_COURT = """THE CONSERVATORS OF OSTLEY COMMON

MINUTES of the Court held on Friday 7th June 2019 at 10.00 a.m. in the Pound House.

PRESENT:         Mr H Tallack      Official Verderer
                 Mrs J Quarme      Elected Verderer

2019/411  MINUTES OF THE LAST MEETING                                      CLOSED

          The record of the Court of 3rd May 2019 was approved and signed.

2019/412  DRIFT DATES                                                      CLOSED

          The Verderers have decided that the autumn drift will be held on 14th October.

2019/413  STRAYING DONKEYS                                                 OPEN

          The Verderers have resolved to write to the owners about their fencing.

2019/414  GATE AT HOLLOW LANE                                              CLOSED

          The Court agreed that the gate be rehung. Every payment the Court has resolved
          to make is listed in the accounts.
"""


def test_a_court_s_decisions_and_its_minutes_status_column() -> None:
    """A court of verderers' minutes: 'CLOSED' far to the right of each heading is a status
    column, no part of the title; 'The Verderers have decided that …', 'The Verderers have
    resolved to …' and 'The Court agreed that …' are decisions of the body."""
    (meeting,) = text_meetings(VERDERERS_COURT)
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("2019/411", "MINUTES OF THE LAST MEETING", "agreed"),
        ("2019/412", "DRIFT DATES", "agreed"),
        ("2019/413", "STRAYING DONKEYS", "resolved"),
        ("2019/414", "GATE AT HOLLOW LANE", "agreed")]


def test_a_body_having_resolved_inside_a_sentence_is_narrative() -> None:
    """'Every payment the Council has resolved to make must be listed': what the council did
    before, told in passing, decides nothing."""
    (meeting,) = text_meetings(
        "Ellmouth Community Council\n\nMinutes of the meeting held on 3 March 2025\n\n"
        "1. Apologies\nNone.\n\n2. Members' costs\nThe Clerk reported that every payment the "
        "Council has resolved to make must be listed.\n\n3. Date of next meeting\n7 April 2025.\n")
    assert meeting.items[1].decision == "none"


def test_a_motion_the_chair_declared_carried_or_lost_is_so() -> None:
    """'… and the Chairman declared it carried', '… declared the amendment carried': the
    chair's declaration is the outcome; 'declared it lost' is lost, never carried."""
    assert decisions(["The motion on verge cutting was put and the Chairman declared it "
                      "carried."])[0] == "carried"
    assert decisions(["After debate the Chair declared the amendment carried."])[0] == "carried"
    assert decisions(["On the vote being taken the Chairman declared it lost."])[0] == "lost"
    assert decisions(["Councillor Pask declared an interest in the item."])[0] == "none"


def test_a_decision_label_s_text_is_the_decision_not_the_recommendation_above_it() -> None:
    """A decision page's item: the report's 'RECOMMENDED that the Executive Member:' and its list
    are what officers asked; under 'Decision:' the decision-maker's own verbs say what was
    decided and its kind, the strongest of its list; a vote above the label stays."""
    item = ["Purpose", "To report the objections received to the order.",
            "RECOMMENDED that the Executive Member for Highways:",
            "(1) Approves the bus lane as advertised; and",
            "(2) Instructs officers to inform the objectors.", "Decision:",
            "The Executive Member for Highways:",
            "(1) Noted the objections; and",
            "(2) Approved the bus lane as advertised, except the loading ban at No 212."]
    kind, texts = decisions(item)
    assert kind == "agreed"
    assert "Approved the bus lane as advertised, except" in "\n".join(texts)
    assert not any("Approves" in text for text in texts)
    assert decisions(["Purpose", "To decide whether the order is made permanent.", "Decision:",
                      "The Executive Member deferred the item for a site visit by "
                      "officers."])[0] == "deferred"
    kind, texts = decisions(["The amendment was carried by 7 votes to 4.", "Decision",
                             "AGREED to fund the footpath survey."])
    assert any("carried by 7 votes to 4" in text for text in texts)


def test_a_body_named_with_its_area_in_brackets_agreed_and_a_council_confirmed() -> None:
    assert decisions(["The Local Committee (Ashby Ferry) AGREED to:", "(i) note the progress of "
                      "the highway works programme;"])[0] == "agreed"
    assert decisions(["Council CONFIRMED the minutes of the meeting held on 24th September 2019 "
                      "as a correct record."])[0] == "agreed"
    assert decisions(["The Committee (as at 1 April) was chaired by Cllr Ash."])[0] == "none"


@pytest.mark.parametrize(("text", "kind"), [
    ("Cheques AGREED by all and signed off.", "agreed"),
    ("The grant list was read out and approved by all present.", "agreed"),
    ("Proposed by Mr K Tregony, seconded by Mrs R Gorran and carried by 31 votes to 4.",
     "carried"),
    ("Cllr Cawsand proposed, seconded by Cllr Gorran – carried 7-2 with 1 abstention.", "carried"),
    ("Cllr Tregony seconded the proposal. There were no other nominations and Cllr Gorran was "
     "elected.", "agreed"),
])
def test_agreed_by_all_carried_by_a_count_and_elected_unopposed(text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_an_apology_accepted_stays_no_decision() -> None:
    assert decisions(["Apologies were received and accepted from Cllr Gorran."])[0] == "none"


@pytest.mark.parametrize(("text", "kind"), [
    ("Minutes accepted.", "agreed"),
    ("Minutes approved.", "agreed"),
    ("Received and noted.", "noted"),
    ("Carried forward to the next meeting.", "deferred"),
    ("To be brought back to the next meeting.", "deferred"),
    ("Carried unanimously.", "carried"),
    ("The vote was 5 for and 2 against; carried.", "carried"),
    ("Cllrs voted unanimously to accept the quotation.", "carried"),
    ("No objection, but the Parish Council asks that working hours be restricted.", "agreed"),
])
def test_short_outcomes_minutes_accepted_received_and_noted_carried_forward(
        text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize("text", [
    "The accounts were accepted.",
    "The lowest quotation was accepted.",
    "£150 towards the fete – approved.",
    "Outcome: Agreed",
    "Cheques approved as follows: £20 to the village hall.",
    "The balance was £2,310.40. Report approved: prop. A Ames, sec. B Bray.",
    "Agenda approved; the bus shelter added under other business.",
    "Budget adopted.",
])
def test_short_forms_of_approval_are_agreed(text: str) -> None:
    assert decisions([text])[0] == "agreed"


@pytest.mark.parametrize("text", [
    "Apologies were accepted from Cllr Gorran.",
    "The Clerk said the report was accepted by the auditor last year.",
    "The report approved by the district council in May was circulated.",
])
def test_accepting_apologies_or_a_report_elsewhere_is_no_agreement(text: str) -> None:
    assert decisions([text])[0] != "agreed"


@pytest.mark.parametrize("text", [
    "Approved Minutes 12 Pengarth Community Council June 2015",
    "APPROVED MINUTES OF THE PARISH COUNCIL MEETING",
    "Agreed minutes of the Gorran Hall Committee",
])
def test_a_record_titled_approved_minutes_decides_nothing(text: str) -> None:
    """'Approved Minutes' over a record is its status, not a decision of the meeting."""
    assert decisions([text]) == ("none", ())


def test_approved_opening_a_sentence_still_decides() -> None:
    assert decisions(["Approved. The Clerk to order the bench."])[0] == "agreed"


def test_a_resolution_set_apart_from_its_label_is_resolved_when_nothing_else_decides() -> None:
    """A meeting page that lost its 'RESOLVED:' label: 'That … be agreed.' alone, or a
    numbered list of such, is the resolution; a label over it keeps its own form."""
    assert decisions(["The Board considered its plan.",
                      "That the plan for 2016/17, as amended, be agreed."]) == (
        "resolved", ("That the plan for 2016/17, as amended, be agreed.",))
    assert decisions(["1. That the refresh be approved for publication.",
                      "2. That the Director be asked to report in September."])[0] == "resolved"
    assert decisions(["That is the view of the council, which should be noted."]) == ("none", ())
    _, texts = decisions(["DECIDED:", "That the update be noted."])
    assert texts[0].startswith("DECIDED")


@pytest.mark.parametrize("text", [
    "THE MINUTES of the meeting of 4th June were read, approved and signed.",
    "The minutes of the April meeting were considered, approved and signed by the Chairman.",
    "MINUTES OF THE MEETING HELD ON 12 MARCH 2014 agreed and signed as a true record.",
])
def test_minutes_confirmed_in_capitals_or_after_another_verb_are_agreed(text: str) -> None:
    assert decisions([text]) == ("agreed", (text,))


def test_a_typed_heading_that_runs_into_its_sentence_is_what_the_sentence_decides() -> None:
    (meeting,) = text_meetings(
        "MINUTES of the meeting of Tregony Parish Council held on 3rd May 2011\n\n"
        "Present were Mr A Rosevear (Chairman), Mrs B Gorran and Mr C Polvean.\n\n"
        "APOLOGIES FOR ABSENCE were received from Mrs D Cawsand.\n\n"
        "THE MINUTES of the meeting of 5th April were read, approved and signed.\n\n"
        "FOOTPATHS. Mr Polvean reported that the stile at Pentewan Lane had been mended.\n\n"
        "FINANCE. It was agreed to pay the hall hire of £24.\n")
    minutes = next(i for i in meeting.items if i.title == "THE MINUTES")
    assert minutes.decision == "agreed"
    assert minutes.resolutions == (
        "THE MINUTES of the meeting of 5th April were read, approved and signed.",)


@pytest.mark.parametrize(("text", "kind"), [
    ("Decision Approved the award of the mowing contract to Polvean Grounds Ltd.", "agreed"),
    ("Decision To approve the revised charges for the Rosevear car park.", "agreed"),
    ("Decision Noted the second quarter's complaints report.", "noted"),
])
def test_a_decision_forms_label_row_read_as_one_line_labels_what_was_decided(
        text: str, kind: str) -> None:
    assert decisions(["Decision Record Number 2019/DR/0044", text,
                      "Reasons for Decision The tender scored highest."]) == (kind, (text,))


@pytest.mark.parametrize(("paragraphs", "said"), [
    (["• The written report for May had been circulated.", "• Noted."], "• Noted."),
    (["· Noted."], "· Noted."),
    (["(a) Rosevear Trust - a new grants round. Noted. (b) A letter about parking."],
     "(a) Rosevear Trust - a new grants round. Noted. (b) A letter about parking."),
])
def test_noted_after_a_bullet_or_before_the_next_sentence_notes(
        paragraphs: list[str], said: str) -> None:
    assert decisions(paragraphs) == ("noted", (said,))


@pytest.mark.parametrize(("text", "kind"), [
    ("Received.", "noted"),
    ("All Noted.", "noted"),
    ("List of letters received noted", "noted"),
    ("Bowls club accounts for 2011/12 Received and Noted.", "noted"),
    ("Accepted.", "agreed"),
    ("Grant of £75 to the Rosevear playgroup approved", "agreed"),
    ("Quotation from Polvean Fencing (£1,120) approved.", "agreed"),
    ("The Tree Policy was re-adopted.", "agreed"),
    ("The carol service rota was confirmed.", "agreed"),
    ("KT signed as a correct record.", "agreed"),
    ("The Chairman signed as a true record the notes of the May meeting.", "agreed"),
    ("The motion was seconded by Councillor Gorran and agreed unanimously.", "agreed"),
    ("Cllr Pentewan withdrew her motion.", "lost"),
    ("The hire of the Rosevear hall for the fete was confirmed, subject to insurance.",
     "agreed"),
    ("The Treasurer's report was accepted.", "agreed"),
])
def test_a_clerks_short_notes_of_an_outcome_say_its_kind(text: str, kind: str) -> None:
    assert decisions([text]) == (kind, (text,))


@pytest.mark.parametrize("text", [
    "The grant for the playgroup was not approved.",
    "It was confirmed that the bins had been emptied.",
    "That the plan for 2019/20 be agreed.",
])
def test_short_notes_that_refuse_report_or_propose_are_not_agreements(text: str) -> None:
    assert decisions([text])[0] != "agreed"


@pytest.mark.parametrize(("text", "kind"), [
    ("* Resolved that the verbal update on the library be noted.", "resolved"),
    ("The Committee deferred the bench request until quotes are in.", "deferred"),
    ("Cllr Gorran seconded the mower purchase, a proposal which was carried.", "carried"),
    ("• That the gift of the clock be placed in the foyer.", "resolved"),
    ("The two Councils noted the auditor's letter.", "noted"),
    ("Cllr Rosevear approved the Minutes as a true record; Cllr Gorran seconded.", "agreed"),
    ("Panel places AGREED as listed below:", "agreed"),
])
def test_marked_resolutions_a_body_deferring_and_a_proposal_which_was_carried(
        text: str, kind: str) -> None:
    assert decisions([text]) == (kind, (text,))


@pytest.mark.parametrize(("text", "kind"), [
    ("The minutes of the meeting held on 3rd May were found to be correct.", "agreed"),
    ("approved as a true record.", "agreed"),
    ("Members discussed the path. QCC agreed to ask the county for a survey.", "agreed"),
    ("The Town Team agreed that the spring trail should run again.", "agreed"),
    ("The Conservancy noted the dredging report.", "noted"),
    ("Letters from the rural forum and a resident were circulated Noted", "noted"),
])
def test_minutes_found_correct_an_initialled_body_and_a_trailing_noted(text: str,
                                                                       kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize("text", [
    "The Clerk found it to be correct that the hall was booked.",
    "Matters to be Noted",
    "Reports to be Noted",
])
def test_findings_and_headings_are_not_decisions(text: str) -> None:
    assert decisions([text])[0] in ("", "none")


def test_a_sentence_cut_after_a_word_that_needs_another_goes_on_in_the_next_paragraph() -> None:
    assert decisions(["The minutes of the", "9th May 2019 approved and signed."]) == (
        "agreed", ("The minutes of the 9th May 2019 approved and signed.",))
    _, (text,) = decisions(["RESOLVED: That the Committee:", "1. Noted the report; and",
                            "2. Recommended the report to Council."])
    assert text.split("\n")[1:] == ["Noted the report; and",
                                    "2. Recommended the report to Council."]


@pytest.mark.parametrize("text", ["Minutes for May 17th and June 21st: agreed.",
                                  "Payments as per schedule: approved",
                                  "The recommendations of the Committee were received and "
                                  "adopted."])
def test_a_note_closed_by_agreed_and_recommendations_received_and_adopted(text: str) -> None:
    assert decisions([text])[0] == "agreed"


@pytest.mark.parametrize(("text", "kind"), [
    ("The motion was proposed by Mr Tom Kell and carried unanimously.", "carried"),
    ("The proposal to set up a new trust was carried by 4 votes to 1.", "carried"),
    ("The risk assessment was reviewed and adopted without amendment.", "agreed"),
    ("This was read out by the Chairman, agreed and signed.", "agreed"),
    ("The minutes were accepted as an accurate record.", "agreed"),
    ("The poster was tabled and agreed to be posted on the notice board.", "agreed"),
    ("The item was carried forward to May.", "none"),
])
def test_carried_by_votes_or_unanimously_and_agreements_after_another_verb(text: str,
                                                                          kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Councillor Brent was appointed Vice Chairman of the Council.", "agreed"),
    ("The meeting elected Cllr. Gwynne by unanimity.", "agreed"),
    ("Agreement to provide a £300 grant.", "agreed"),
    ("Noted as 17-7-25.", "noted"),
    ("noted as circulated.", "noted"),
    ("The correspondence was received.", "noted"),
    ("No objections (5 for and 1 against).", "agreed"),
    ("An officer was appointed to the post.", "none"),
    ("Noted as a concern by residents was the parking on the green.", "none"),
])
def test_appointments_an_agreement_noted_as_and_objections_counted(text: str,
                                                                   kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Cllr Pettit seconded the proposal and Cllr Wenden was elected.", "agreed"),
    ("DECIDED- That the comments of the Working Group be sent.", "agreed"),
    ("Outcome: agreed that the Clerk write to the Borough Council first.", "agreed"),
    ("The hearing was adjourned to 6 June 2023 at the request of the applicant.", "deferred"),
    ("To adjourn the hearing to a date to be fixed.", "deferred"),
    ("agreed the key messages for the Spending Review submission.", "agreed"),
    ("The plan was discussed and everybody agreed to this.", "agreed"),
    ("The minute was approved by Alan Ironside, seconded by Jean Forbes.", "agreed"),
    ("The accounts were received by the meeting and approved as a correct account.", "agreed"),
    ("The minutes were signed by the Chairman as a correct record.", "agreed"),
    ("The Committee have decided by a majority that the licence be refused.", "agreed"),
    ("resolved unanimously to increase them from 6 to 8 hours per week.", "resolved"),
    ("The meeting was adjourned at 8.15pm for a short break.", "none"),
    ("Mr Hale was elected to the District Council in May.", "none"),
    ("Mr Vass asked whether the community council would support the campaign.", "none"),
])
def test_elections_adjourned_hearings_outcomes_and_clauses_without_a_subject(text: str,
                                                                           kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The minutes of the last meeting were read out and agreed as a correct record.", "agreed"),
    ("Mrs Pellow was voted unanimously to act as Internal Auditor for 2004/05.", "carried"),
    ("The officers were re-elected en bloc on the proposal of Mr Tregony.", "agreed"),
    ("The Standing Orders were reviewed and re-adopted without change.", "agreed"),
    ("The minutes were read out by the Clerk.", "none"),
    ("The item was voted on at the last meeting.", "none"),
])
def test_minutes_read_out_a_unanimous_vote_for_a_post_and_rules_re_adopted(text: str,
                                                                           kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The remaining officers were elected unopposed.", "agreed"),
    ("Dana Arsenault and Helene Ruel elected by acclamation.", "agreed"),
    ("Two trustees retired by rotation and were re-elected unopposed.", "agreed"),
    ("Motion to approve by Woody, 2nd by Pat; approval unanimous.", "agreed"),
    ("Motion to adjourn by Gary, seconded by Teresa; all in favour.", "carried"),
    ("He stood unopposed at the election in May.", "none"),
    ("A motion to adjourn by the chair was not taken up.", "none"),
])
def test_elections_without_a_contest_and_a_motion_made_and_seconded_by_name(text: str,
                                                                            kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The MOTION on being put to the meeting was CARRIED.", "carried"),
    ("On being put to the vote the recommendation was carried.", "carried"),
    ("The Chairman declared the motion adopted.", "carried"),
    ("The proposal was then carried 4 votes to 0 with one abstention.", "carried"),
    ("It was carried with 6 votes for and 1 abstention.", "carried"),
    ("The motion to table carried by the following roll call vote:", "carried"),
    ("Offered by Cllr Toomey, 2nd by Cllr Pargeter and adopted unanimously.", "carried"),
    ("The Chair exercised her casting vote in favour of the motion.", "carried"),
    ("Vote: 4 in favour, 1 abstention.", "carried"),
    ("The amendment was put first and fell by five votes to six.", "lost"),
    ("There being no seconder, the nomination fell.", "lost"),
    ("Agenda adopted by unanimous consent.", "agreed"),
    ("This item will be carried over to the next meeting.", "deferred"),
    ("The hedge work was carried out 3 to 4 times last year.", "none"),
    ("The motion to refer it to the committee was put.", "none"),
    ("The work was carried over the winter.", "none"),
    ("By paper ballot: 38 yes, 12 no. Article 02 passes.", "carried"),
    ("Motion to table passes by hand count, 33 yes, 20 no.", "carried"),
    ("On amendment by hand count: 19 yes, 31 no. Amendment fails.", "lost"),
    ("The Moderator declares Article 05 failed on voice vote.", "lost"),
    ("Tabled until the May meeting.", "deferred"),
    ("Both letters were read and placed on file.", "noted"),
    ("Article 4 fails to mention the cost.", "none"),
])
def test_outcomes_declared_counted_seconded_cast_or_carried_over(text: str, kind: str) -> None:
    """How clerks record an outcome after a motion: put to the meeting and CARRIED, declared
    adopted, carried by a count, adopted after its seconder, a chair's casting vote, a town
    meeting's article that passes; an amendment or nomination that fell or fails; business
    carried over or tabled; letters placed on file; work carried out is none."""
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Following discussion the PC resolved to support the application.", "resolved"),
    ("The TC resolved that the grant be paid.", "resolved"),
    ("After debate the amendment was declared carried.", "carried"),
    ("The PC resolved nothing further on the matter last year", "none"),
])
def test_an_initialled_council_resolving_and_an_amendment_declared_carried(text: str,
                                                                           kind: str) -> None:
    assert decisions([text])[0] == kind


def test_papers_noted_and_items_put_off_stay_beside_a_resolution() -> None:
    kind, texts = decisions(["RESOLVED to approve the payments listed in the schedule.",
                             "The bank reconciliation to 31st March was noted.",
                             "The hall repairs were deferred to the next meeting."])
    assert kind == "resolved"
    assert texts == ("RESOLVED to approve the payments listed in the schedule.",
                     "The bank reconciliation to 31st March was noted.",
                     "The hall repairs were deferred to the next meeting.")
    _, texts = decisions(["RESOLVED that the grant be paid.",
                          "It was noted that the cheque had been delayed."])
    assert texts == ("RESOLVED that the grant be paid.",)


@pytest.mark.parametrize(("paragraphs", "text"), [
    (["Following discussion it was proposed by Cllr Ede, seconded by Cllr Frome and RESOLVED "
      "to support the application."],
     "it was proposed by Cllr Ede, seconded by Cllr Frome and RESOLVED to support the "
     "application."),
    (["The quotations were compared. Proposed Cllr Ash, seconded Cllr Birch. Resolved to "
      "approve."],
     "Proposed Cllr Ash, seconded Cllr Birch. Resolved to approve."),
    (["Cllr Ash proposed that the quotation be accepted, seconded by Cllr Birch.",
      "Resolved unanimously."],
     "Cllr Ash proposed that the quotation be accepted, seconded by Cllr Birch. Resolved "
     "unanimously."),
    (["An amendment to halve the grant was put to the vote and was defeated. The original "
      "proposal was then agreed unanimously."],
     "An amendment to halve the grant was put to the vote and was defeated. The original "
     "proposal was then agreed unanimously."),
])
def test_a_resolution_keeps_the_motion_it_passed_and_the_amendment_lost_before_it(
        paragraphs: list[str], text: str) -> None:
    kind, texts = decisions(paragraphs)
    assert kind in ("resolved", "agreed") and texts[0].endswith(text)
    assert decisions(["The report was discussed at length.", "Resolved."]) \
        == ("resolved", ("Resolved.",))


@pytest.mark.parametrize(("text", "kind"), [
    ("Noted –", "noted"),
    ("Donation of £150 approved Unanimous", "agreed"),
    ("The grant was not approved Unanimous", "none"),
])
def test_a_decision_tables_row_with_its_vote_or_an_empty_vote_cell(text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_a_decision_opening_its_own_line_after_an_unstopped_line_is_found() -> None:
    meetings = text_meetings(
        "Westby Parish Council\nMinutes of the meeting held on 9 November 2022\n\n"
        "1. Apologies:\nNone.\n\n2. Minutes:\nApproved.\n\n3. Highways:\n"
        "i. the gully outside the chapel has been cleared\n"
        "ii. Cllr T Harness reported that the verge at the bus stop is badly churned\n"
        "Agreed that the Clerk ask Highways for marker posts at the bus stop.\n\n"
        "4. Finance:\nPayments approved.\n")
    item = meetings[0].items[2]
    assert item.decision == "agreed"
    assert "Agreed that the Clerk ask Highways for marker posts" in item.resolutions[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("Accepted as a correct record; the Chairman signed them.", "agreed"),
    ("Carried forward to the May meeting.", "deferred"),
    ("The item was held over to the February meeting pending a second quotation.", "deferred"),
    ("The PCC noted the report.", "noted"),
    ("The hall was held over a barrel by the contractor", "none"),
])
def test_minutes_accepted_items_held_over_and_a_body_by_its_initials_noting(
        text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_a_motion_seconded_in_a_sentence_of_its_own_is_part_of_its_resolution() -> None:
    assert decisions(["Mrs Karran proposed that these be paid. Seconded, Mr Kissack. Resolved."]) \
        == ("resolved", ("Mrs Karran proposed that these be paid. Seconded, Mr Kissack. "
                         "Resolved.",))
    assert decisions(["Mr Quine moved their adoption as a true record. Seconded, Mrs Karran. "
                      "Resolved."])[1][0].startswith("Mr Quine moved")


@pytest.mark.parametrize(("text", "kind"), [
    ("The States of Sarnac resolved to approve the Budget for 2023.", "resolved"),
    ("The States noted the schedule of meetings.", "noted"),
    ("Not approved 4 votes to 6", "lost"),
    ("The grant was approved, not carried forward.", "agreed"),
])
def test_an_island_parliament_resolving_and_a_result_not_approved(text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_items_labelled_with_roman_figures_and_no_stop_are_the_items() -> None:
    text = ("STATES OF SARNAC\nDELIBERATIONS OF THE STATES MEETING ON WEDNESDAY 14TH DECEMBER "
            "2022\n\nPresent: Mr Gerald Le Cocq, President\n\n"
            "Item I The Land Use Plan (Amendment) Ordinance, 2022\n\nThe States resolved to "
            "approve the draft Ordinance.\n\nItem II Budget for 2023\n\nThe States resolved to "
            "approve the Budget.\n\nItem III Harbour Board – Non-States Member\n\nThe States "
            "resolved that Mr Edward Queripel serve on the Board.\n")
    items = text_meetings(text)[0].items
    assert [(item.number, item.title) for item in items] == [
        ("I", "The Land Use Plan (Amendment) Ordinance, 2022"), ("II", "Budget for 2023"),
        ("III", "Harbour Board – Non-States Member")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Recommended to Full Council that the staffing budget for 2026/27 be set at £148,600.",
     "agreed"),
    ("Following discussion it was RECOMMENDED to Full Council that the regulations be amended.",
     "agreed"),
    ("Recommended that the officers review the policy.", "none"),
    ("To be considered at the January meeting.", "deferred"),
    ("To be placed on the July agenda.", "deferred"),
    ("The matter considered at the last meeting was closed.", "none"),
])
def test_a_committees_recommendation_to_council_and_business_put_to_a_later_meeting(
        text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_a_resolution_set_under_its_proposer_and_seconder_with_and_is_resolved() -> None:
    """'Proposed by: Cllr. A' / 'Seconded by: Cllr. B' / 'And unanimously Resolved “That …”':
    the resolution keeps its motion."""
    kind, texts = decisions(["Proposed by: Cllr. Ann Cawsand\nSeconded by: Cllr. Ben Tregony\n"
                             "And unanimously Resolved “That Cllr. Carys Polvean be Mayor of the "
                             "Municipal District for the year 2019/2020.”"])
    assert kind == "resolved"
    assert "Proposed by: Cllr. Ann Cawsand" in texts[0] and "be Mayor" in texts[0]
    assert decisions(["And Resolved “That Cllrs. Dai Rosevear and Eve Lanyon be appointed to "
                      "the Tourism Board.”"])[0] == "resolved"


def test_an_irish_municipal_district_is_named_as_its_heading_names_it() -> None:
    from indexer.parse.bodies import body_name

    heading = ["CEANTAR BARDASACH NA CARRAIGE MÓIRE", "Municipal District of Pengarth",
               "MINUTES OF PROCEEDINGS OF ANNUAL MEETING"]
    assert body_name(heading) == "Municipal District of Pengarth"


def test_a_recorded_vote_whose_counts_are_parted_by_semicolons_stays_with_its_result() -> None:
    kind, texts = decisions(["Following debate the motion was put to a vote. For 10; Against 5; "
                             "Abstain 1. The motion was CARRIED."])
    assert kind == "carried"
    assert texts[0].startswith("For 10; Against 5; Abstain 1.")


def test_minutes_confirmed_in_the_words_small_councils_use_are_agreed() -> None:
    for text in ("Minutes of 11th June 2018 agreed as a correct record and signed by the Chairman.",
                 "The Lead Member confirmed as a correct record the minutes of 21 August 2017.",
                 "The Chairman signed the Minutes of the meeting held on 14 March 2012 as a "
                 "correct record.",
                 "Members confirmed that the minutes of 26th June 2023 were correct.",
                 "These had been circulated and were read, approved and signed by the Chairman.",
                 "The minutes were taken as correct on the proposal of Mr Kerr, seconded by "
                 "Mr Quine, and the Chairman signed them."):
        assert _kind(text) == "agreed", text


def test_every_councillor_in_favour_after_a_seconder_is_a_vote_carried() -> None:
    assert _kind("Cllr Pargeter proposed the quotation at £845, Cllr Ludlam 2nd, All Cllrs were "
                 "in favour.") == "carried"
    assert _kind("Cllr Oakes voted against, All other Cllrs were in favour.") == "carried"
    assert _kind("All councillors present were in favour.") == "carried"


def test_papers_received_or_noted_after_another_verb_are_noted() -> None:
    for text in ("Correspondence since the January meeting was listed on the circulation sheet "
                 "and noted.",
                 "The Cabinet reviewed the Forward Plan and noted the items of business to come.",
                 "The Minutes of the meetings of Cabinet held on 19th June and 3rd July were "
                 "received.",
                 "The Income and Expenditure noted. Cllr. Gatfield asked for the mower's cost."):
        assert _kind(text) == "noted", text


def test_a_body_resolving_in_lower_case_after_another_verb_and_a_vote_carrying_a_motion() -> None:
    assert _kind("Councillors discussed the clerk's hours and resolved unanimously to increase "
                 "them to 8 hours a week.") == "resolved"
    assert _kind("The Council considered the budget and unanimously resolved, having regard to "
                 "the reserves, to accept the precept.") == "resolved"
    assert _kind("A vote of 5 for and 2 against carried the motion to object.") == "carried"


def test_a_vote_or_resolution_keeps_the_motion_before_its_proposer_and_seconder() -> None:
    assert decisions(["Cllr Garth proposed that the contract be renewed for one year. Seconded "
                      "Cllr Hale. Carried."]) == (
        "carried", ("Cllr Garth proposed that the contract be renewed for one year. Seconded "
                    "Cllr Hale. Carried.",))
    assert decisions(["The list was approved for payment. Proposed Cllr Moss, seconded Cllr "
                      "Teale. RESOLVED"]) == (
        "resolved", ("The list was approved for payment. Proposed Cllr Moss, seconded Cllr "
                     "Teale. RESOLVED",))
    assert decisions(["Proposed; Keith Pryor, Seconded; Gary Banks, lost (4 for, 7 against)."]
                     ) == ("lost", ("Proposed; Keith Pryor, Seconded; Gary Banks, lost (4 "
                                    "for, 7 against).",))


def test_a_body_deciding_after_a_colon_or_in_capitals_and_papers_ratified_or_noted_by_it() -> None:
    for text, kind in (("The Governing Body: approved option B, a competitive procurement.",
                        "agreed"),
                       ("The Governing Body: noted the register.", "noted"),
                       ("The Executive Committee ADOPTED the revised Standing Orders.", "agreed"),
                       ("The Executive Committee RECEIVED the reports.", "noted"),
                       ("The governing body received the report with thanks.", "noted"),
                       ("The following policies, circulated previously, were ratified: "
                        "Charging.", "agreed"),
                       ("Letter noted by the council.", "noted"),
                       ("The Parish Council RECOMMENDED APPROVAL.", "agreed"),
                       ("Mr Hale proposed that music be kept indoors; this was seconded by "
                        "Mrs Yarde and agreed.", "agreed")):
        assert _kind(text) == kind, text


@pytest.mark.parametrize(("text", "kind"), [
    ("COUNCIL MEMBER KEARNEY MOVED, SECONDED BY COUNCIL MEMBER PRUITT, TO ADJOURN. THE MOTION WAS "
     "ADOPTED UNANIMOUSLY (9-0).", "carried"),
    ("The Council appointed Dora Kemp to the Arts Commission by a vote of 6-3.", "carried"),
    ("Minutes of 3rd May 2011 confirmed and signed.", "agreed"),
    ("The motion was adopted on the proposition of Councillor Sheehy.", "agreed"),
])
def test_a_motion_adopted_by_its_count_and_minutes_confirmed_by_their_date(
        text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


def test_a_paragraph_typed_in_capitals_is_read_as_in_sentence_case() -> None:
    assert decisions(["MRS. PARFITT REPORTED THAT THE GATE LATCH HAS BROKEN. IT WAS AGREED THAT "
                      "THE CLERK ORDER A NEW ONE AT A COST OF ABOUT £40."])[0] == "agreed"
    assert decisions(["THE MINUTES OF THE MEETING HELD ON 9th MARCH 2002 WERE CONFIRMED AND "
                      "SIGNED BY THE CHAIRMAN AS A CORRECT RECORD."])[0] == "agreed"
    assert decisions(["MR DENNY ASKED THAT THE SCHOOL SHOW ITS MAP IN THE HALL."])[0] == "none"


def test_an_association_s_decision_is_its_body_s() -> None:
    assert decisions(["Mrs Kerr offered to write the letter. The Association noted the report and "
                      "agreed to the joint leaflet drop."])[0] == "agreed"


@pytest.mark.parametrize(("text", "kind"), [
    ("A vote was taken: 3 were in favour and 5 were against, so the fence stays as it is.",
     "lost"),
    ("A vote was taken: 5 were in favour and 3 were against.", "carried")])
def test_a_vote_counted_as_so_many_in_favour_and_against(text: str, kind: str) -> None:
    assert decisions([text])[0] == kind


@pytest.mark.parametrize("text", [
    'Councillor Tierney proposed, Seconded by Councillor Keown and resolved, "That the minutes of '
    'the meeting held on 11th June 2007 be adopted."',
    "The minutes were approved as a true record. Proposed: Cllr Pascoe Seconded: Cllr Oduro "
    "Resolved (unanimously)",
    "The Committee, having considered the schedule, resolved to approve the programme for 2026.",
])
def test_resolved_after_a_seconder_s_comma_in_brackets_or_after_an_aside(text: str) -> None:
    assert decisions([text])[0] == "resolved"


@pytest.mark.parametrize("said", ["Endorsed.", "Refused.", "Authorised.", "Instructed the Clerk."])
def test_a_bare_verb_under_a_decision_label_is_read_with_the_sentence_before(said: str) -> None:
    """'Decision' / 'The trustees heard the request.' / 'Endorsed.': the decision-maker's verb
    alone decides what the sentence before it says."""
    kind, texts = decisions(["Decision", "The trustees heard the request from the band.", said])
    assert kind == "agreed"
    assert texts == (f"The trustees heard the request from the band. {said}",)


@pytest.mark.parametrize("text", [
    "Cllr Ash proposed that the council object. Seconded by Cllr Bell and agreed.",
    "Those of 4th June 2014, sent out beforehand, were confirmed and signed by the Chair.",
    "Councillors accepted the October minutes as a true account of what was said.",
    "The Chair was unanimously authorised to sign the minutes of the meeting held on Monday "
    "2nd May 2022 as a true record.",
])
def test_minutes_confirmed_and_motions_seconded_in_other_words_are_agreed(text: str) -> None:
    assert decisions([text])[0] == "agreed"


@pytest.mark.parametrize("text", [
    "Plot behind the Forge. Two holiday lets. The parish council supported this application.",
    "24/0441 – The Old Forge, Mill Lane – replacement garage. Support. Cllr Venn took no part.",
    "Members talked it over. IT WAS agreed: The Clerk to write to the school.",
    "b. Minutes confirmed with one amendment – the date in minute 3 to read 4th May.",
])
def test_support_for_an_application_and_minutes_amended_are_agreed(
        text: str) -> None:
    assert decisions([text])[0] == "agreed"


def test_a_committee_s_numbered_decisions_after_its_name_and_colon_are_agreed() -> None:
    kind, _ = decisions(["Joint Board: (i) agreed the new terms of reference in the appendix; (ii) "
                         "agreed to meet quarterly."])
    assert kind == "agreed"


@pytest.mark.parametrize("text", [
    "After discussion KCC agreed to object to the application on the grounds of road safety.",
    "The council looked at the plans for a stable block and decided to object on access.",
])
def test_a_council_s_initials_agreeing_and_a_council_deciding_in_lower_case_are_agreed(
        text: str) -> None:
    assert decisions([text])[0] == "agreed"


def test_a_decision_word_with_its_letters_spaced_out_is_that_word() -> None:
    """'R E S O L V E D – that …': a committee system's emphasis; other spaced capitals (a
    list of initials) decide nothing."""
    kind, texts = decisions(["R E S O L V E D – that the revised fees be adopted from April."])
    assert kind == "resolved" and texts[0].startswith("RESOLVED – that the revised fees")
    assert decisions(["Present: A B C D E and the Clerk."])[0] == "none"


def test_minutes_accepted_by_their_date_and_a_proposer_with_initials_are_agreed() -> None:
    """'accepted the Minutes of 3rd May 2001 as accurate'; 'on the proposal of Cllr T. Vane
    seconded by …' (an initial's stop inside the proposer's name)."""
    assert _kind("The meeting accepted the Minutes of 3rd May 2001 as accurate and the Chairman "
                 "signed them.") == "agreed"
    assert _kind("The Chairman signed the record on the proposal of Cllr T. Vane seconded by "
                 "Cllr Amos.") == "agreed"


def test_papers_circulated_or_taken_as_read_and_noted_are_noted() -> None:
    assert _kind("The tree survey had been circulated to members and noted.") == "noted"
    assert _kind("The three reports were taken as read and noted.") == "noted"


def test_an_outcome_after_an_agenda_headings_dash_is_its_decision() -> None:
    """'3. To approve the minutes of 8 May – confirmed as correct and signed.', '6. To receive
    the Clerk's report – noted. The Clerk said …': the text after the heading's dash opens with
    the outcome in small letters."""
    assert _kind("confirmed as correct and signed.") == "agreed"
    assert _kind("noted. The Clerk said the insurance had been renewed.") == "noted"
    assert _kind("noted that the bus shelter is to be repainted") == "none"


QUOTED_OUTCOMES = """TOWNSHIP OF MAPLE BEND

Council Minutes                                              May 11, 1999

Minutes of a regular meeting of Council held on Tuesday, May 11, 1999.

MINUTES OF PREVIOUS MEETING

Moved by Councillor Hart, seconded by Councillor Birch

THAT the minutes of April 27, 1999 be confirmed.

                                                              "CARRIED"

OTHER BUSINESS

Moved by Councillor Birch, seconded by Councillor Hart

THAT Council ask the County to reduce the speed limit on Concession Road 4.

                                                              "MOTION LOST"

ADJOURNMENT

Moved by Councillor Hart, seconded by Councillor Birch

THAT Council now adjourn.

                                                              "CARRIED"
"""


def test_outcomes_in_quotes_close_their_motions_and_head_nothing() -> None:
    (meeting,) = text_meetings(QUOTED_OUTCOMES)
    assert [(item.title, item.decision) for item in meeting.items] == [
        ("MINUTES OF PREVIOUS MEETING", "carried"), ("OTHER BUSINESS", "lost"),
        ("ADJOURNMENT", "carried")]


def test_acceptance_a_proposer_and_seconder_named_as_such_and_a_duly_agreed_are_agreed() -> None:
    assert decisions(["Minutes of 5th May accepted: proposer Innes, seconder Moira."])[0] \
        == "agreed"
    assert decisions(["The meeting accepted the treasurer's report."])[0] == "agreed"
    assert decisions(["It was duly agreed that the hall be let to the club."])[0] == "agreed"
    assert decisions(["The proposer of the motion, Mr Bell, spoke to it."])[0] == "none"


def test_an_outcome_with_how_the_vote_went_still_carries_the_motion_above_it() -> None:
    # A meeting platform's motion block: mover, seconder, the motion, then its result.
    kind, texts = decisions(["Moved by: Councillor T. Ashdown", "Seconded by: Councillor W. Pell",
                             "THAT the tender for the salt dome be awarded to Grey Ridge Ltd.",
                             "Motion Carried Unanimously, By All Members Present"])
    assert kind == "carried"
    assert texts[0].startswith("THAT the tender for the salt dome be awarded")
    kind, texts = decisions(["THAT the library hours be extended.", "Motion Lost (2 to 5)"])
    assert kind == "lost" and texts[0].startswith("THAT the library hours")


def test_a_resolution_label_with_its_mover_and_seconder_in_brackets_has_its_words_below() -> None:
    kind, texts = decisions(["0207/14 RESOLVED: (Hollis/Rudd)",
                             "That the apology from Cr Venn be accepted."])
    assert kind == "resolved"
    assert texts[0].endswith("That the apology from Cr Venn be accepted.")


def test_a_vote_carries_the_motion_before_a_sentence_that_only_seconds_it() -> None:
    kind, texts = decisions(["Commissioner Hale moved to approve the harbour dues. Commissioner "
                             "Birch seconded the motion. The motion carried unanimously."])
    assert kind == "carried" and texts[0].startswith("Commissioner Hale moved to approve")
    kind, texts = decisions(["COMMISSIONER HALE MOVED TO APPROVE THE AGENDA. COMMISSIONER BIRCH "
                             "SECONDED THE MOTION. THE MOTION CARRIED UNANIMOUSLY."])
    assert texts[0].startswith("COMMISSIONER HALE MOVED TO APPROVE THE AGENDA")


def test_agreed_opening_a_lettered_or_numbered_point_is_a_decision() -> None:
    kind, texts = decisions(["a) Cllr Pyne reported standing water below Higher Farm.",
                             "b) AGREED to ask the Highways team for a SLOW road marking."])
    assert kind == "agreed" and texts[0].startswith("b) AGREED to ask")
    assert decisions(["(ii) Agreed that the hedge be cut back."])[0] == "agreed"


def test_a_motion_that_passed_is_carried() -> None:
    kind, texts = decisions(["Mr. Oakes moved to adopt the revised fee schedule. Mrs. Pell "
                             "seconded the motion and it passed unanimously."])
    assert kind == "carried" and texts[0].startswith("Mr. Oakes moved to adopt")
    assert decisions(["To accept the mowing quote of $2,150.", "Passed unanimously."])[0] \
        == "carried"
    assert decisions(["The footpath passed to the county's care in 1974."])[0] == "none"


def test_papers_approved_as_circulated_or_approved_and_signed_are_agreed() -> None:
    assert decisions(["Report approved as presented."])[0] == "agreed"
    assert decisions(["Read, approved and signed by the Mayor."])[0] == "agreed"
    assert decisions(["approved and signed."])[0] == "agreed"


def test_a_decision_or_item_deferred_until_later_is_deferred() -> None:
    assert decisions(["Decision deferred until the survey is back."])[0] == "deferred"
    assert decisions(["To be discussed at the October meeting."])[0] == "deferred"
    assert decisions(["PLANNING MATTERS DEFERRED FROM THE LAST MEETING"])[0] == "none"


def test_minutes_adopted_and_signed_and_cheques_per_list_approved_are_agreed() -> None:
    assert decisions(["Adopted unanimously and signed by the Mayor."])[0] == "agreed"
    assert decisions(["Cheques as per list approved."])[0] == "agreed"
    assert decisions(["Cheques as per list to follow."])[0] == "none"


def test_a_decision_makers_line_over_what_they_decide_in_the_present() -> None:
    """A mayor's or a cabinet member's decision record: 'That the Mayor:' over 'Approves …'
    agrees, over 'Notes …' notes; 'Notes … and approves …' agrees."""
    assert decisions(["That the Mayor:", "Approves spending of up to £40,000 on the survey"])[0] \
        == "agreed"
    assert decisions(["The Cabinet Member for Highways:", "Notes the results of the trial"]
                     )[0] == "noted"
    assert decisions(["That the Mayor:", "Notes the review and approves a consultation on it"]
                     )[0] == "agreed"
    assert decisions(["That the Leader approves:", "A grant of £5,000 to the food bank"])[0] \
        == "agreed"
    assert decisions(["The Mayor thanked the volunteers:", "Notes were taken by the Clerk"])[0] \
        == "none"


def test_a_register_listing_its_decisions_out_of_order_gives_each_one() -> None:
    """A page of decision records sorted by its search, not by reference: every entry set as a
    heading with its own reference is an item, whatever order the references run in."""
    from indexer.records import HEADING_MARK as B
    entries = [("DR0412", "Library opening hours"), ("DR0407", "Bus shelter repairs"),
               ("DR0415", "Allotment rents"), ("DR0402", "Park lighting"),
               ("DR0410", "Grit bins"), ("DR0398", "Village sign"), ("DR0405", "Dog bins")]
    text = "Decisions of the Leader of Westmere Council\n\n" + "".join(
        f"{B}{ref} {title}\n\nDate signed: 3 March 2024\n\nThat the Leader:\n\nApproves the "
        f"proposals for {title.lower()}.\n\n" for ref, title in entries)
    items = [item for meeting in text_meetings(text) for item in meeting.items]
    assert [(item.number, item.title) for item in items] == entries
    assert all(item.decision == "agreed" for item in items)


def test_a_decisions_index_by_subject_with_committee_prefixed_references_gives_each_one() -> None:
    """An index of decisions grouped by subject: bold 'ref title' lines, some references with a
    committee's letters ('PL22/031'), each over its meeting's date alone and its body."""
    from indexer.records import HEADING_MARK as B
    entries = [("21/102", "Allotment rents"), ("PL22/031", "Village design code"),
               ("22/119", "Allotment tenancy"), ("21/118", "Burial ground extension"),
               ("22/006", "Burial fees"), ("PL22/044", "Parking review"), ("22/009", "Precept")]
    text = "Decisions of the Council and its Committees\n\nAllotments\n\n" + "".join(
        f"{B}{ref} {title}\n\n14/09/2021\n\nFull Council\n\nResolved that the "
        f"{title.lower()} be agreed.\n\n" for ref, title in entries)
    items = [item for meeting in text_meetings(text) for item in meeting.items]
    assert [(item.number, item.title) for item in items] == entries


@pytest.mark.parametrize("text, kind", [
    ("Approved and signed by the Chair.", "agreed"),
    ("The proposal to give £600 to the hall was carried.", "carried"),
    ("Councillors went through the model standing orders and resolved to adopt them.",
     "resolved"),
    ("The proposal that the hall be closed was not carried.", "lost"),
])
def test_decisions_written_without_their_usual_subject_or_next_to_their_verb(
        text: str, kind: str) -> None:
    """A minute confirmed with no subject under its heading, a proposal carried some words after
    it, and a body that went through a paper and resolved: each a decision of its kind."""
    assert decisions([text])[0] == kind


def test_a_case_continued_to_a_later_meeting_is_deferred() -> None:
    """Scottish boards 'continue' what they put off: 'Consideration of the application was
    continued to the Board's meeting on …' defers it; a meeting that continued does not."""
    assert decisions(["Consideration of the review was continued to the Board's meeting in "
                      "June."])[0] == "deferred"
    assert decisions(["The hearing was continued until 3 June 2019."])[0] == "deferred"
    assert decisions(["The meeting continued to discuss the car park."])[0] == "none"


def test_approval_granted_is_agreed_unless_another_body_granted_it() -> None:
    assert decisions(["The trust asked to fence the pond.", "Approval granted."])[0] == "agreed"
    assert decisions(["Approval was given for both events in the park."])[0] == "agreed"
    assert decisions(["Approval was given by the county in May."])[0] == "none"


def test_a_quoted_motion_then_carried_or_lost_is_that_outcome() -> None:
    """'Moved Cr. A, Seconded Cr. B “That … .” Carried': the outcome after the motion's closing
    quote."""
    assert decisions(["Moved Cr. Hale, Seconded Cr. Amos “That the works program be "
                      "adopted.” Carried"])[0] == "carried"
    assert decisions(["Moved Cr. Hale, Seconded Cr. Amos \"That Council buy a new mower.\" "
                      "Lost"])[0] == "lost"


def test_a_decision_label_set_apart_by_a_dash_before_that_decides() -> None:
    """'Decision – That, the report be received.': a parish clerk's label with a dash, as
    'Decision: That …' with a colon; a dash before other words labels nothing."""
    assert decisions(["Decision – That, no objections be raised to the application."])[0] \
        == "agreed"
    assert decisions(["Decision - the council will look at it again later."])[0] == "none"


@pytest.mark.parametrize(("text", "kind"), [
    # Held over, held to a month, tabled to a date or carried over: put off to a later meeting.
    ("Held to October.", "deferred"),
    ("Item held over to November for the surveyor's drawings.", "deferred"),
    ("Recommendation held until May 4 pending a second quote.", "deferred"),
    ("Held for further consideration.", "deferred"),
    ("The site plan was tabled to the March 2, 2012 meeting.", "deferred"),
    ("Carried over to the next meeting.", "deferred"),
    ("The meeting was held at the school.", "none"),
    # A US town's 'So voted' and a motion that 'passed 4-0' carry.
    ("Motion by Councilor Reis to accept the report; so voted.", "carried"),
    ("Motion by Ann to buy the mower, second by Joe; passed 4-0.", "carried"),
    # A motion made and seconded, no outcome written: agreed, as 'Proposed … seconded …'.
    ("Motion by Ruth Haskell to close the hearing, Second by Amos Pike.", "agreed"),
    ("Motion By: Councilor Lima--to adopt the fee list. Seconded: Councilor Reis.", "agreed"),
    # A report or list received is noted; none received decides nothing.
    ("Reports received.", "noted"),
    ("The letters list (see file) was received.", "noted"),
    ("Cllr Poole had sent a written report, which was received.", "noted"),
    ("No report was received.", "none"),
    ("PCSO Lang sent apologies; no report was received.", "none"),
])
def test_postponements_us_votes_and_reports_received(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # The meeting's consent to members' absence is agreed.
    ("Apologies accepted.", "agreed"),
    ("Apologies received and accepted.", "agreed"),
    ("The apologies were accepted.", "agreed"),
    ("Apologies were received from Cllr Mole (work) and accepted.", "agreed"),
    ("The Council accepted the apologies.", "agreed"),
    ("Cllr Nance (work) – accepted.", "agreed"),
    ("Cllr Dane (illness) and Cllr Ash (work). Both accepted.", "agreed"),
    ("The reasons given by Councillors Bray and Oates were accepted.", "agreed"),
    ("The reason was not accepted.", "none"),
    # Who sent apologies is no decision, nor apologies refused.
    ("Apologies were received and accepted from Cllr Penrose and Cllr Gill.", "none"),
    ("Apologies were not accepted.", "none"),
])
def test_apologies_accepted(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # Minutes confirmed on a proposal, a motion made and approved, support without dissent.
    ("Minute approved by R. Jory, seconded by L. Hocking.", "agreed"),
    ("Motion made and approved to put the landing on the list.", "agreed"),
    ("Motion to accept the minutes of June 13. Unanimously supported.", "agreed"),
    ("All present agreed with this.", "agreed"),
    # A body's consensus, without a vote, is what it agreed.
    ("After discussion the consensus of the board was to keep the limit.", "agreed"),
    ("Board consensus was for staff to post a temporary sign.", "agreed"),
    # A contract let is agreed; a grant awarded to the council is news.
    ("The grass cutting contract for 2002 was awarded to Smith Ltd.", "agreed"),
    ("The county council was awarded a grant.", "none"),
])
def test_consensus_contracts_and_minutes_on_a_proposal(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # Minutes confirmed in a clerk's shorthand, and a body's acronym noting.
    ("October minutes approved by Mrs B Pascoe and Mr J Rowe.", "agreed"),
    ("November 18 minutes approved as corrected.", "agreed"),
    ("The Chairman signed the minutes of 9 January 2013 as correct.", "agreed"),
    ("The draft budget was then approved for submission.", "agreed"),
    ("SACRE noted the feedback.", "noted"),
    ("Report circulated by e-mail; noted.", "noted"),
    # Not another body's minutes, nor minutes approved elsewhere, nor a form to sign.
    ("The minutes approved by the Planning Committee were circulated.", "none"),
    ("The Chairman signed the minutes of 24 April, which had been approved at Council.", "none"),
    ("Minutes approved: ........................", "none"),
])
def test_minutes_confirmed_in_shorthand(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "The motion was put to the meeting and declared carried unanimously.",
    "The Motion was put and declared CARRIED BY AN ABSOLUTE MAJORITY (10/1).",
    "The motion was therefore carried.",
    "The substantive motion, as amended, was declared CARRIED.",
    "The amendment was put to the vote and carried."])
def test_a_motion_put_and_declared_carried_is_carried(text: str) -> None:
    assert decisions([text]) == ("carried", (text,))


@pytest.mark.parametrize("text", ["The proposal was carried out by the contractor in May.",
                                  "The amendment was put and declared LOST (4/7)."])
def test_work_carried_out_or_a_motion_lost_is_not_carried(text: str) -> None:
    assert decisions([text])[0] != "carried"


@pytest.mark.parametrize("text", ["The Council objects on the grounds of the size of the building.",
                                  "The Town Council OBJECTS on the grounds of the access.",
                                  "The Commissioner approved grants totalling £412,000."])
def test_a_council_objecting_on_grounds_and_a_commissioner_approving_agree(text: str) -> None:
    assert decisions([text])[0] == "agreed"


def test_mover_and_seconder_by_surname_with_a_slash_then_the_outcome() -> None:
    """'Skewes/Trengove Carried', 'Quintrell/Odgers Lost': a board's movers before the result;
    a road's name with a slash before other words is none."""
    assert decisions(["7.1 That the Board meets on the first Wednesday of every second month.",
                      "Skewes/Trengove Carried"])[0] == "carried"
    assert decisions(["That a grant of $300 be made to the hall committee.",
                      "Quintrell/Odgers Lost"])[0] == "lost"
    assert decisions(["The A/B road was resurfaced in May."])[0] == "none"


def test_a_vote_under_a_labelled_proposal_and_its_mover_carries_the_proposal() -> None:
    """'Proposal: to approve the October payments' / 'Proposed: Councillor Bosustow' / 'Vote:
    All councillors in favour': what the vote carried is the labelled proposal."""
    kind, (text,) = decisions(["Payments for October: Clerk's salary £210.00.",
                               "Proposal: to approve the October payments",
                               "Proposed: Councillor Bosustow", "Seconded: Councillor Carwinnen",
                               "Vote: All councillors in favour"])
    assert kind == "carried"
    assert text.startswith("Proposal: to approve the October payments")
    assert text.endswith("Vote: All councillors in favour")


@pytest.mark.parametrize(("text", "kind"), [
    ("The following accounts were passed for payment: Clerk's salary £312.40.", "agreed"),
    ("The report was considered by the Committee and fully endorsed by them.", "agreed"),
    ("The revised play area plan was endorsed.", "agreed"),
    ("A letter about the churchyard wall was read out and noted.", "noted"),
    ("Ministers noted an update on corporate governance from the Chair.", "noted"),
])
def test_accounts_passed_for_payment_endorsements_and_papers_read_and_noted(text: str,
                                                                             kind: str) -> None:
    """Clerks' words for accounts paid ('passed for payment'), a paper endorsed, a letter read
    out and noted, and a ministerial council's 'Ministers noted'."""
    assert decisions([text]) == (kind, (text,))


def test_accounts_presented_for_payment_are_no_decision() -> None:
    assert decisions(["The following accounts were presented for payment."]) == ("none", ())


@pytest.mark.parametrize(("text", "kind"), [
    ("Disposition Carried", "carried"), ("Result: Carried", "carried"),
    ("Outcome: Passed", "carried"), ("Disposition Defeated", "lost"), ("Result: Lost", "lost"),
    ("Status: Carried forward to the next meeting", "deferred"),
])
def test_a_motion_s_outcome_under_its_label_is_its_kind(text: str, kind: str) -> None:
    """'Motion: 214-2009 Moved by … Seconded by …' / '"That Council …"' / 'Disposition
    Carried': a motion system's outcome under its label, as 'RESULT: CARRIED' is."""
    assert decisions([text])[0] == kind


def test_a_labelled_motion_keeps_its_words_with_its_outcome() -> None:
    kind, texts = decisions(["Motion: 214-2009 Moved by Helen Dyck Seconded by Roy Klein",
                             '"That Council authorize the purchase of 400 tonnes of sand."',
                             "Disposition Carried"])
    assert kind == "carried"
    assert any("purchase of 400 tonnes of sand" in text for text in texts)


@pytest.mark.parametrize("text", [
    "These were read and signed as correct.",
    "They were read and agreed as a true and accurate record.",
    "The minutes were taken as read and the Chairman signed them as a correct record.",
    "The minutes were proposed as a correct record by Cllr Gwynne.",
    "The report was accepted as presented.",
    "COUNCIL CONCURRED.",
])
def test_minutes_read_and_signed_a_report_accepted_as_presented_and_concurrence_are_agreed(
        text: str) -> None:
    assert decisions([text])[0] == "agreed"


@pytest.mark.parametrize("text", ["The report was not accepted as presented.",
                                  "A letter was read and signed by the chair."])
def test_a_paper_not_accepted_or_a_letter_signed_is_no_decision(text: str) -> None:
    assert decisions([text]) == ("none", ())


def test_accounts_and_bills_approved_or_passed_for_payment_are_agreed() -> None:
    """'Accounts approved for payment.', 'Accounts passed for payment.', 'Bills approved for
    payment: £120': the meeting agreed the payments; accounts approved at another time are
    not this meeting's decision."""
    for text in ("Accounts approved for payment.", "Accounts passed for payment.",
                 "Bills approved for payment: £120"):
        assert decisions([text])[0] == "agreed", text
    assert decisions(["The Accounts approved last month were paid."])[0] == "none"


@pytest.mark.parametrize("paragraphs", [
    ["COUNCIL RESOLUTION", "That Council accept the apology from Cr Arkins for this meeting.",
     "MOVED Cr Esler SECONDED Cr Battersby CARRIED"],
    ["MOTION:", "That Council accept the apology from Cr Arkins for this meeting.",
     "MOVED: CR GAVIN ESLER SECONDED: CR JODIE BATTERSBY CARRIED. (R214/13)"],
    ["COUNCIL RESOLUTION", "That Council accept the apology from Cr Arkins for this meeting.",
     "MOVED Cr Esler", "SECONDED Cr Battersby", "CARRIED"],
])
def test_a_motion_above_its_movers_and_carried_is_what_was_carried(paragraphs: list[str]) -> None:
    """An Australian shire's 'That Council …' / 'MOVED Cr Esler SECONDED Cr Battersby' /
    'CARRIED': the vote carried the motion above the lines naming its movers."""
    kind, texts = decisions(paragraphs)
    assert kind == "carried"
    assert "That Council accept the apology from Cr Arkins" in texts[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("ACTION: ADOPTED UNANIMOUSLY.", "carried"),
    ("ACTION: MAIN MOTION ADOPTED BY MAJORITY VOTE.", "carried"),
    ("ACTION: DEFEATED. Standing vote: 121 in favor, 104 opposed.", "lost"),
    ("Action: Clerk to write to the highways team.", "none"),
])
def test_a_town_meeting_s_action_line_gives_the_article_s_outcome(text: str, kind: str) -> None:
    """A New England town meeting's report: 'MOTION: I move that …' / 'ACTION: ADOPTED …'."""
    assert decisions(["MOTION: I move that the Town vote to transfer $48,000 from Free Cash.",
                      text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The constitution was put to the vote and adopted unanimously.", "carried"),
    ("Consensus of the Council to hold the clean-up day on May 7.", "agreed"),
    ("The motion was seconded by Cllr. Ó Ceallaigh and adopted.", "carried"),
    ("Mr Dunn proposed that the February meeting be held at the Secretary's house. After "
     "discussion this was carried.", "carried"),
    ("The hedge work was carried out in May.", "none"),
])
def test_votes_and_consensus_worded_in_a_sentence(text: str, kind: str) -> None:
    """A motion put to the vote and adopted, the body's consensus, a seconder with his
    title's stop, and 'this was carried' after the discussion; work carried out is no vote."""
    assert decisions([text])[0] == kind


def test_a_motion_above_its_vote_tally_is_what_was_carried() -> None:
    """A US town board: 'Moved by G Hale second by M Braun to approve the minutes …' /
    'Voting AYE: …' / 'Voting Nay: none' / 'Absent: none' / 'Motion carried'."""
    kind, texts = decisions([
        "Moved by G Hale second by M Braun to approve the minutes of the February 26 meeting.",
        "Voting AYE: Kowal, Hale and Braun", "Voting Nay: none", "Absent: none",
        "Motion carried"])
    assert kind == "carried"
    assert texts[0].startswith("Moved by G Hale second by M Braun to approve the minutes")


@pytest.mark.parametrize(("text", "kind"), [
    ("Following scrutiny, members note the update.", "noted"),
    ("Election of officers was postponed to the June meeting.", "deferred"),
    ("The item was held over.", "deferred"),
    ("Members were asked to note the date of the next meeting.", "none"),
])
def test_members_note_in_the_present_and_business_postponed(text: str, kind: str) -> None:
    """A Welsh scrutiny sub-committee's 'members note the update' is its decision; business
    postponed to a meeting is put off; asking members to note a date decides nothing."""
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("After discussion the PCC voted 10 in favour with 1 abstention to pay the share.", "carried"),
    ("Dale made the motion for an October clean-up, Gordon seconded, unanimous.", "carried"),
    ("Proposed as a true record of the meeting CC Morven Renton", "agreed"),
    ("Summer social: agreed a BBQ on 15th or 16th July, the day to be chosen later.", "agreed"),
    ("Summer social: a BBQ agreed by the committee last year was well attended.", "none"),
    ("Gordon seconded the idea of a newsletter but nobody else spoke.", "none"),
])
def test_a_body_s_letters_voting_and_a_seconder_s_unanimous_vote(text: str, kind: str) -> None:
    """'the PCC voted 10 in favour', 'Gordon seconded, unanimous.', minutes 'Proposed as a true
    record' and a bullet's label over 'agreed a BBQ on …' are decisions."""
    assert decisions([text])[0] == kind


@pytest.mark.parametrize(("cells", "kind"), [
    (["That Bylaw 15801 be read a third time.", "In Favour: Carried", "S. Lavoie, D. Haines"],
     "carried"),
    (["That the words be replaced.", "In Favour: Lost", "S. Lavoie, J. Okoro"], "lost"),
    (["In Favour: S. Lavoie, D. Haines", "Opposed: P. Marchand"], "none"),
])
def test_a_vote_table_s_in_favour_cell_gives_the_outcome(cells: list[str], kind: str) -> None:
    """A city council's vote table: 'In Favour: Carried' (or 'Lost') under the motion, then the
    names; a cell that only lists names decides nothing."""
    assert decisions(cells)[0] == kind


def test_a_motion_s_number_then_carried_on_a_line_of_its_own_carries_the_motion_above() -> None:
    """A regional district's minutes: 'E. Grieve/D. Arbour: THAT the agenda … be approved as
    circulated.' / '301 Carried' (the motion's number, then its outcome)."""
    kind, texts = decisions(["E. Grieve/D. Arbour: THAT the agenda for the special meeting of "
                             "May 16, 2022 be approved as circulated.", "301 Carried"])
    assert kind == "carried"
    assert "be approved as circulated" in texts[0]


def test_a_motion_carried_after_its_mover_s_and_seconder_s_initialled_names() -> None:
    """'Motion: To adopt the agenda as presented. A. Rasmussen, J. Pelletier. Carried.': what was
    carried is the motion, not the names of who moved and seconded it."""
    kind, texts = decisions(["Motion: To adopt the agenda as presented. A. Rasmussen, "
                             "J. Pelletier. Carried."])
    assert kind == "carried"
    assert texts[0].startswith("Motion: To adopt the agenda")


def test_a_resolution_s_code_then_its_movers_fields_then_what_was_resolved() -> None:
    """An infocouncil record: 'Resolved WDC 2025/041' / 'Moved: Cr Fiona Tremlett' / 'Seconded:
    Cr Jared Kingi' / 'That the apology received from Cr Hemi Castleton be accepted.'."""
    kind, texts = decisions(["Resolved WDC 2025/041", "Moved: Cr Fiona Tremlett",
                             "Seconded: Cr Jared Kingi",
                             "That the apology received from Cr Hemi Castleton be accepted."])
    assert kind == "resolved"
    assert texts[0].startswith("Resolved WDC 2025/041")
    assert texts[0].endswith("Cr Hemi Castleton be accepted.")


def test_a_motion_that_prevailed_on_a_voice_vote_is_carried() -> None:
    """A Wisconsin village board: 'Motion by Schlagel to approve the operator licenses as listed;
    seconded by Gottschalk. Motion prevailed by a voice vote of 6-0.'."""
    kind, texts = decisions(["Motion by Schlagel to approve the operator licenses as listed; "
                             "seconded by Gottschalk. Motion prevailed by a voice vote of 6-0."])
    assert kind == "carried"
    assert texts[0].startswith("Motion by Schlagel to approve")


@pytest.mark.parametrize(("text", "kind"), [
    ("Mrs Patricia Oyler was appointed as Independent Examiner for the year.", "agreed"),
    ("Jo Blake was unanimously confirmed as the Society's independent examiner.", "agreed"),
    ("Mr Francis Augustin and Mrs Philippa Noel were returned to the Board.", "agreed"),
    ("The returning officer declared Kelvin Mahabir and Yvette Carrington elected to the Board.",
     "agreed"),
    ("The following were ELECTED unopposed: Chair, Ann Lee; Treasurer, Bob Roe.", "agreed"),
    ("The minutes of the last meeting were ACCEPTED as a true record.", "agreed"),
    ("These were accepted without amendment.", "agreed"),
    ("The report had been circulated previously and was accepted.", "agreed"),
    ("Decision made that the club will provide balls for club sessions.", "agreed"),
    ("Member Fairbairn seconded the motion, which carried by a unanimous vote.", "carried"),
    ("Mr Dow moved to renew the contract at the same monthly rate. The vote was 3-0.", "carried"),
    ("Voted 5 – 2 (Leighton and Pennell opposed).", "carried"),
    ("Passed with 1 abstention.", "carried"),
    ("The resolution was declared adopted on this 4th day of March, 2024.", "carried"),
    ("For Against Abstain Result 12 1 1 Passed", "carried"),
    ("For Against Abstain Result 4 8 2 Fell", "lost"),
])
def test_elections_acceptances_and_tallies_as_clubs_and_boards_write_them(text: str,
                                                                          kind: str) -> None:
    assert _kind(text) == kind
