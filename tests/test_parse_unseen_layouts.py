"""Layouts found on minutes written for the purpose in other councils' layouts (session 9)."""

from __future__ import annotations

from datetime import date

from indexer.parse.blocks import paragraphs
from indexer.parse.dates import first_date
from indexer.parse.decisions import decisions
from indexer.parse.items import find_headers
from indexer.parse.people import entry_role, split_names
from indexer.records import Line
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

MINUTE_NO = """PENMAEN COMMUNITY COUNCIL

Minutes of the Meeting of the Penmaen Community Council held on Tuesday 14th May 2024 at the Hall

Minute no. 1 – Members Present
Councillors: R Jenkins T Vaughan-Lloyd M Bevan A Price
Chairman Councillor R Jenkins presided over the meeting.
Also present the Clerk Huw Davies.

Minute no. 2 - Apologies
Apologies were received from Councillor S Owen.

Minute no. 3 – Approval of the Minutes of the Annual Meeting of the Council.
Resolved that the minutes be signed as a true record.

Minute no. 4 – Matters Arising
Minute no. 7 - Play Area Fence
The Clerk reported that the contractor had been asked to return in June.

Minute no. 5 – Village Hall Boiler
Cllr T Vaughan-Lloyd proposed that the quotation be accepted, seconded by Cllr A Price.
For: 2 Against: 2
The Chairman used his casting vote against the proposal, which therefore fell.

Minute no. 6 – Any Other Business
Cllr M Bevan reported a blocked drain on Heol Fach.
"""


def test_minute_no_numbers_and_a_numbered_members_present_item() -> None:
    (meeting,) = text_meetings(MINUTE_NO)
    assert meeting.date == date(2024, 5, 14)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Members Present"), ("2", "Apologies"),
        ("3", "Approval of the Minutes of the Annual Meeting of the Council"),
        ("4", "Matters Arising"), ("5", "Village Hall Boiler"), ("6", "Any Other Business")]
    # The list is written without commas, a hyphenated surname among its names.
    assert meeting.attendance.present == ("R Jenkins", "T Vaughan-Lloyd", "M Bevan", "A Price")
    assert "Huw Davies (Clerk)" in meeting.attendance.also_present


def test_speakers_go_by_the_lists_form_and_the_chair_who_presided() -> None:
    (meeting,) = text_meetings(MINUTE_NO.replace("Matters Arising\n", "Matters Arising\nThe "
                                             "Chairman thanked the Clerk.\n"))
    items = {i.number: i for i in meeting.items}
    assert items["4"].speakers[0] == "R Jenkins"
    # 'Play Area Fence' above 'The Clerk reported …' is a heading, not a person.
    assert "Huw Davies" in items["4"].speakers and len(items["4"].speakers) == 2
    assert items["5"].speakers == ("T Vaughan-Lloyd", "A Price")
    assert items["6"].speakers == ("M Bevan",)


def test_a_motion_lost_on_the_casting_vote_is_lost_not_agreed() -> None:
    items = {i.number: i for i in text_meetings(MINUTE_NO)[0].items}
    assert items["5"].decision == "lost"
    # A motion agreed in words stays agreed beside an amendment lost.
    kind, _ = decisions(["An amendment to defer the bid was lost.", "Cllr A proposed that the "
                         "bid be made, seconded by Cllr B, and this was agreed unanimously."])
    assert kind == "agreed"


def test_a_line_ended_short_before_a_longer_one_ends_its_paragraph() -> None:
    lines = [Line("Bus Shelter, Heol y Parc", 1),
             Line("The Clerk reported that only one quotation had been received for it.", 1),
             Line("A line of a paragraph wrapped at the width of the page, as its next line", 1),
             Line("shows, goes on.", 1)]
    assert [p.text for p in paragraphs(lines)] == [
        "Bus Shelter, Heol y Parc",
        "The Clerk reported that only one quotation had been received for it.",
        "A line of a paragraph wrapped at the width of the page, as its next line shows, goes on."]


def test_minute_references_of_other_shapes_number_a_chain() -> None:
    def numbers(refs: list[str]) -> list[str]:
        text = "Minutes of the Meeting of Ashby Parva Parish Council held on 4 June 2024\n\n" + \
            "".join(f"{ref} {title}\nThe Clerk reported on the matter and the Council "
                    "considered it at length.\n\n" for ref, title in zip(
                refs, ("Apologies for Absence", "Declarations of Interest", "Finance",
                       "Date of Next Meeting"), strict=True))
        return [i.number for i in text_meetings(text)[0].items]

    # The body's code and the minute after a colon; a code, a dot and the minute; the
    # meeting's year and month, then the minute.
    assert numbers(["F01:06/24", "F02:06/24", "F03:06/24", "F04:06/24"]) == [
        "F01:06/24", "F02:06/24", "F03:06/24", "F04:06/24"]
    assert numbers(["AGC.31", "AGC.32", "AGC.33", "AGC.34"]) == ["AGC.31", "AGC.32", "AGC.33",
                                                                "AGC.34"]
    assert numbers(["2024-06_1.", "2024-06_2.", "2024-06_3.", "2024-06_4."]) == [
        "2024-06_1", "2024-06_2", "2024-06_3", "2024-06_4"]


def test_a_running_minute_reference_after_the_title_numbers_the_minute() -> None:
    text = ("Minutes of the Parish Council Meeting held on Monday, 11 October 2021\n\n"
            "1.  Apologies (21/42)\nNone.\n\n2.  Highways and Verges (21/43)\n"
            "The Clerk reported on the verges.\n\n3.  Finance (21/44)\nThe Chairman proposed "
            "that the payments be made. The proposal was passed by resolution of the Council.\n")
    items = text_meetings(text)[0].items
    assert [(i.number, i.agenda_ref, i.title) for i in items] == [
        ("21/42", "1", "Apologies"), ("21/43", "2", "Highways and Verges"),
        ("21/44", "3", "Finance")]
    assert items[2].decision == "resolved"


RUN_IN = """DRAFT MINUTES SUBJECT TO CONFIRMATION AT NEXT COUNCIL MEETING

LOWER HADDON PARISH COUNCIL

Minutes of a Meeting of Lower Haddon Parish Council held on Thursday, 5 March 2020

1 Apologies for absence. None were received.

2 Minutes. The minutes of the meeting held on 6 February 2020 were confirmed and signed.

3 Matters arising.

3.1 [5.2] Bench, Church Green. The Clerk said that it had been repaired.

3.2 [7] Village sign. The Chairman, Councillor Pell reported that the sign was back.

4 Planning.



PAGE_BREAK

4.1 20/0113/F, Mill House, Low Road. Rear extension. The Council supports this application.

4.2 20/0131/H, 2 Church Close. New porch. The Council has no objection.

5 Correspondence. Letters from the Police were circulated and noted.
"""


def test_bare_numbers_whose_headings_a_full_stop_closes_and_their_sub_items() -> None:
    # '4 Planning.' at the foot of a page, its first sub-item at the head of the next.
    pages = tuple(RUN_IN.split("PAGE_BREAK\n"))
    (meeting,) = pdf_meetings(pages)
    assert meeting.committee == "Lower Haddon Parish Council"
    items = meeting.items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for absence"), ("2", "Minutes"), ("3.1", "Bench, Church Green"),
        ("3.2", "Village sign"), ("4.1", "20/0113/F, Mill House, Low Road"),
        ("4.2", "20/0131/H, 2 Church Close"), ("5", "Correspondence")]
    assert [i.decision for i in items[4:]] == ["agreed", "agreed", "noted"]
    assert items[3].speakers == ("Councillor Pell",)


MINUTE_BOOK = """<html><body><p>Transcribed from the parish minute book.</p>
<p><b>1961 May 3rd</b></p>
<p>The Annual Meeting of the Parish Council held in the School on Wednesday May 3rd 1961 at 7 pm.
</p>
<p>Present Mr J.R. Allsop (Chairman), Messrs K.L. Dyson, T. Frisby and Mr P.A. Wragg (Clerk).</p>
<p><b>Election of Chairman.</b><br>On the proposal of Mr Dyson seconded by Mr Frisby Mr Allsop
was re-elected Chairman.</p>
<p><b>Lighting.</b><br>Mr Frisby reported that the lamp at the Cross was out. The Clerk was
asked to write to the Board.</p>
<p><b>1961 June 7th</b></p>
<p>Meeting of the Parish Council held in the School on Wednesday June 7th 1961 at 7 pm.</p>
<p>Present Mr J.R. Allsop (Chairman), Messrs K.L. Dyson, T. Frisby and the Clerk.</p>
<p><b>Lighting.</b><br>The Clerk reported that the lamp had been mended. Noted.</p>
</body></html>
"""


def test_a_minute_books_meetings_opened_by_their_sentence_and_the_present_list() -> None:
    first, second = html_meetings(MINUTE_BOOK)
    assert (first.date, second.date) == (date(1961, 5, 3), date(1961, 6, 7))
    assert [i.title for i in first.items] == ["Election of Chairman", "Lighting"]
    assert first.items[0].speakers[0] == "Mr K L Dyson"
    # The clerk the first meeting named is the second's 'the Clerk'.
    assert second.items[0].speakers == ("Mr P A Wragg",)


COMMITTEE = """MINUTES OF A MEETING OF THE LICENSING COMMITTEE HELD ON 4 OCTOBER 2023

Committee Members Present

Councillors: Ann Brindley (Chairman), Paul Caddick, Hugh Dorsey

Other Councillors Present

Councillors: Ruth Ellery

Officers Present

Nadia Foyle, Borough Solicitor, Legal and Democratic Services Management
Owen Garside, Licensing Manager

LC/21 MINUTES

The Minutes of the meeting of the Committee held on 6 September 2023 were confirmed as a correct
record and signed by the Chairman.

LC/22 TAXI FARES REVIEW

Owen Garside presented the report. Hugh Dorsey asked about the consultation period.

RESOLVED that the revised table of fares be advertised.

LC/23 DATE OF NEXT MEETING

1 November 2023.
"""


def test_an_earlier_meetings_minutes_confirmed_open_no_record_of_their_own() -> None:
    (meeting,) = text_meetings(COMMITTEE)
    assert meeting.date == date(2023, 10, 4)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("LC/21", "MINUTES"), ("LC/22", "TAXI FARES REVIEW"), ("LC/23", "DATE OF NEXT MEETING")]
    # Two lists under 'Councillors:', one officer a line.
    assert meeting.attendance.present[-1] == "Ruth Ellery"
    assert "Owen Garside (Licensing Manager)" in meeting.attendance.in_attendance
    assert meeting.items[1].speakers == ("Owen Garside", "Hugh Dorsey")


PACK = """To the Members of the Audit Committee:

EASTMERE DISTRICT COUNCIL

You are summoned to the meeting to be held on Wednesday, 15th November, 2023 at 5.30 pm.

1. Apologies for absence

2. Internal Audit Progress (Page 2)

To receive a report from the Head of Finance

PAGE_BREAK
Report to Audit Committee

15 November 2023
By the Head of Finance

Subject: Internal Audit Progress

Summary

Nine of the twelve audits planned for the year are complete.
"""


def test_a_report_titled_for_its_committee_with_its_subject_is_a_packs_item() -> None:
    pages = tuple(PACK.split("PAGE_BREAK\n"))
    (meeting,) = pdf_meetings(pages)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("", "Agenda"), ("2", "Internal Audit Progress")]


def test_a_date_whose_weekday_contradicts_it_is_not_trusted() -> None:
    # 4 January 2015 was a Sunday: the clerk kept last year's number.
    assert first_date("MONDAY JANUARY 4th 2015") is None
    assert first_date("Monday 4 January 2016") == date(2016, 1, 4)
    assert first_date("Thursday the 5th of March 2020") == date(2020, 3, 5)


def test_headings_in_capitals_approved_records_and_a_heading_over_five_lines() -> None:
    capitals = ("OUSEFORD TOWN COUNCIL\n\nMINUTES OF THE PLANNING & TRANSPORT COMMITTEE\n"
                "held on Monday 2 October 2023 at 7.00pm in the Council Chamber\n\n"
                "412/PT APOLOGIES FOR ABSENCE\nNone.\n\n413/PT DECLARATIONS OF INTEREST\nNone."
                "\n\n414/PT PLANNING APPLICATIONS\nRESOLVED to submit the comments shown.\n")
    (meeting,) = text_meetings(capitals)
    assert (meeting.committee, meeting.date) == (
        "Ouseford Town Council — Planning & Transport Committee", date(2023, 10, 2))
    assert [i.number for i in meeting.items] == ["412/PT", "413/PT", "414/PT"]
    approved = ("APPROVED Minutes of the Meeting of Harford Parish Council held on Monday 12 June "
                "2023 at 7:30 p.m.\n\n71/23 Apologies\nNone.\n\n72/23 Planning\nNo objection.\n")
    assert [(m.committee, m.date) for m in text_meetings(approved)] == [
        ("Harford Parish Council", date(2023, 6, 12))]
    lines = ("Westvale Council\n\nMinutes\n\nof the Meeting of the\n\nPlanning & Licensing "
             "Committee\n\nWednesday, 7th June 2023\n\n1. Apologies\nNone.\n\n2. Planning\n"
             "The Committee considered the applications in the schedule and agreed the "
             "responses set out in it.\n")
    (meeting,) = text_meetings(lines)
    assert (meeting.committee, meeting.date) == (
        "Westvale Council — Planning & Licensing Committee", date(2023, 6, 7))


def test_a_number_with_only_a_colon_after_it_is_read_without_failing() -> None:
    text = ("Minutes of the Meeting of Oakley Parish Council held on 4 June 2024\n\n1. :\n"
            "APOLOGIES\n\n2. Planning\nThe Council considered the applications and raised no "
            "objection to any of them.\n")
    (meeting,) = text_meetings(text)
    assert "raised no objection" in " ".join(i.text for i in meeting.items)


def test_a_wrapped_sentence_naming_a_committees_minutes_opens_no_record() -> None:
    text = ("Minutes of a Meeting of Harwell Vale Parish Council held on Monday 4 November 2024\n\n"
            "Cou/118/24-25 Apologies\nNone.\n\n"
            "Cou/119/24-25 Planning Committee 21 October 2024\nIt was RESOLVED that the\n"
            "minutes of the Planning Committee held on 21 October 2024 be received.\n\n"
            "Cou/120/24-25 Accounts for Payment\nThe accounts were approved for payment.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2024, 11, 4)
    assert [i.number for i in meeting.items] == ["Cou/118/24-25", "Cou/119/24-25",
                                                "Cou/120/24-25"]


def test_a_numbered_present_minute_labelling_its_own_lists() -> None:
    text = ("Minutes of a Meeting of Harwell Vale Parish Council held on Monday 4 November 2024\n\n"
            "Cou/112/24-25 Present\nMembers: Cllr R Ashby (Chairman), Cllr M Dane, Cllr Farrant,\n"
            "Cllr Gedling, Cllr Lowe and Cllr Pym.\nIn attendance: Mrs S Orme (Clerk to the "
            "Council) and four members of the\npublic.\n\nCou/113/24-25 Public Participation\n"
            "The Chairman welcomed the residents. The Clerk reported on the footpath.\n\n"
            "Cou/114/24-25 Bridleway\nAfter discussion the Council then RESOLVED to accept the "
            "quotation.\n")
    (meeting,) = text_meetings(text)
    assert meeting.attendance.present[0] == "Cllr R Ashby (Chairman)"
    items = {i.number: i for i in meeting.items}
    assert items["Cou/113/24-25"].speakers == ("Cllr R Ashby", "Mrs S Orme")
    assert decisions(["The Council then RESOLVED to accept the quotation."]) == (
        "resolved", ("The Council then RESOLVED to accept the quotation.",))


def test_numbers_in_square_brackets_and_initials_glued_to_surnames() -> None:
    text = ("Minutes of the ordinary meeting of Sotton Parish Council held on the 17th of "
            "September 2024 at the Village Hall.\n\nPresent:- Cllr. R.T.Osby [RO] chairman, "
            "Cllrs. M.Vine [MV], P.Dunn [PD], Mrs. J.Fenby (clerk).\n\n[1]     Apologies.\n\n"
            "                 None.\n\n[2]     Planning.\n\n                 MV reported on the "
            "application at Glebe Farm.\n\n[3]     Correspondence.\n\n                 PD "
            "proposed that the letters be noted, seconded by MV and agreed.\n")
    (meeting,) = text_meetings(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("2", "Planning"), ("3", "Correspondence")]
    assert meeting.items[1].speakers == ("Cllr M Vine",)


def test_a_bold_heading_cut_on_a_small_word_in_a_narrow_cell_goes_on() -> None:
    lines = [Line("41.24/25 Apologies for", 1, heading=True), Line("", 1),
             Line("absence", 1, heading=True), Line("", 1),
             Line("Apologies were received from Cllr Hobbs.", 1), Line("", 1),
             Line("42.24/25 Minutes of the", 1, heading=True), Line("", 1),
             Line("meeting on", 1, heading=True), Line("September 11th 2024", 1, heading=True),
             Line("", 1), Line("The minutes were agreed as a true record.", 1), Line("", 1),
             Line("43.24/25 Planning", 1, heading=True), Line("", 1),
             Line("No applications had been received.", 1)]
    assert [(h.number, h.title) for h in find_headers(lines, 0, len(lines))] == [
        ("41.24/25", "Apologies for absence"),
        ("42.24/25", "Minutes of the meeting on September 11th 2024"),
        ("43.24/25", "Planning")]


def test_an_outcome_or_names_after_a_headings_dash_are_its_text() -> None:
    text = ("Minutes of the Meeting of Fenby Parish Council held on Tuesday 15th October 2024\n\n"
            "1. Apologies for Absence – Cllr Jessop\n\n2. Declarations of Interest – Cllr Halse, "
            "item 4\n\n3. Confirmation of the minutes of the meeting on 17th September 2024 – "
            "Agreed\n\n4. Correspondence - all previously circulated\n\n5. Planning\n\nCouncil "
            "resolved to object on the grounds of overdevelopment.\n")
    items = text_meetings(text)[0].items
    assert [i.title for i in items] == [
        "Apologies for Absence", "Declarations of Interest",
        "Confirmation of the minutes of the meeting on 17th September 2024",
        "Correspondence - all previously circulated", "Planning"]
    assert items[2].decision == "agreed"


RESOLUTION_TABLE = """<html><body><h2>Executive (2003-2015)</h2>
<table><tr><td>Thursday, 9th November, 2006 7.30 pm</td></tr></table>
<p>Councillor J.L. Hobbs (Leader, in the Chair); Councillors R.A. Coppard and K.P. Farrant.</p>
<table><tr><th>Min No</th><th>Description</th><th>Resolution</th></tr>
<tr><td>41</td><td>Minutes</td><td>RESOLVED that the Minutes be approved.</td></tr>
<tr><td>42</td><td>Declarations of Interest</td><td></td></tr>
<tr><td>43</td><td>Fees and Charges 2007/08</td><td>RESOLVED that the fees be approved.</td></tr>
</table></body></html>"""


def test_a_table_of_minute_numbers_descriptions_and_resolutions() -> None:
    (meeting,) = html_meetings(RESOLUTION_TABLE)
    assert (meeting.committee, meeting.date) == ("Executive", date(2006, 11, 9))
    assert [(i.number, i.title, i.decision) for i in meeting.items] == [
        ("41", "Minutes", "resolved"), ("42", "Declarations of Interest", "none"),
        ("43", "Fees and Charges 2007/08", "resolved")]


AGENDA_NOTES = (
    "LLANFAIR ISAF COMMUNITY COUNCIL\n\nA meeting of Llanfair Isaf Community Council will be "
    "held at the Village Hall on Thursday\n16th November 2023 at 6:30p.m. To transact the "
    "following agenda:\n\n1. Welcome and Apologies for Absence – To receive and agree.\n\n"
    "2. District and County Councillors Reports – To note written reports and to clarify any "
    "points from the said Reports. (3 minutes per report).\n\n3. Minutes of the last Council "
    "Meeting held on the 19th October 2023 – To receive, consider and approve the Minutes.\n\n"
    "4. Date of next meeting.\n\nRhian Morgan\nClerk to the Council\n10th November 2023\n")


def test_an_agendas_entries_with_their_notes_and_the_clerks_signature() -> None:
    (meeting,) = text_meetings(AGENDA_NOTES)
    assert (meeting.kind, meeting.date) == ("agenda", date(2023, 11, 16))
    assert [i.title for i in meeting.items] == [
        "Welcome and Apologies for Absence", "District and County Councillors Reports",
        "Minutes of the last Council Meeting held on the 19th October 2023",
        "Date of next meeting"]


AGM_TABLES = """<html><body><h2>Morningside Community Council</h2>
<p>Minutes of the meeting on Tuesday, 12th March 2024, 7:00pm incorporating the AGM</p>
<p><b>Present:</b></p><p>Fiona Mack (FM, Chair), Robert Hume (RH), Ewa Nowak (EN, Treasurer)</p>
<p><b>ANNUAL GENERAL MEETING</b></p>
<table><tr><th>Agenda item</th><th>Discussion</th><th>Action</th></tr>
<tr><td>1. Welcome</td><td>Chair welcomed all to the Annual General Meeting.</td><td></td></tr>
<tr><td>2. Accounts</td><td>EN presented the accounts, which were adopted.</td><td></td></tr>
<tr><td>3. Office bearers</td><td>All were re-elected unopposed.</td><td></td></tr>
</table>
<p><b>REGULAR BUSINESS MEETING</b></p>
<table><tr><th>Agenda item</th><th>Discussion</th><th>Action</th></tr>
<tr><td>1. Minutes</td><td>Minutes of the February meeting were agreed.</td><td></td></tr>
<tr><td>2. Planning</td><td>RH reported on two applications. No objection.</td><td>RH</td></tr>
<tr><td>3. Date of next meeting</td><td>Tuesday 9th April 2024.</td><td></td></tr>
</table></body></html>"""


def test_an_agm_and_a_business_meeting_in_one_page_of_item_tables() -> None:
    agm, business = html_meetings(AGM_TABLES)
    assert agm.date == business.date == date(2024, 3, 12)
    assert [(i.number, i.title) for i in agm.items] == [
        ("1", "Welcome"), ("2", "Accounts"), ("3", "Office bearers")]
    assert [(i.number, i.title) for i in business.items] == [
        ("1", "Minutes"), ("2", "Planning"), ("3", "Date of next meeting")]
    assert agm.items[0].speakers == ("Fiona Mack",)


def test_an_annual_parish_meeting_then_the_councils_annual_meeting() -> None:
    text = ("Kilby Parish Council\n\nMinutes of Annual Parish Meeting Monday 8th May 2023 at "
            "7.30pm\n\nPresent: Cllrs Gwen Price (Chairman), Julian Evans\n\n1. Apologies\nNone."
            "\n\n2. Chairman's report\nThe Chairman reported on the year.\n\n3. Questions\nNone."
            "\n\nMinutes of the Annual Meeting of Kilby Parish Council Monday 8th May 2023 at "
            "8.05pm\n\n1. Election of Chairman\nCllr Price was elected.\n\n2. Apologies\nNone.\n"
            "\n3. Planning\nNo objection.\n")
    apm, annual = text_meetings(text)
    assert (apm.committee, apm.date) == ("Kilby Parish Council — Annual Parish Meeting",
                                         date(2023, 5, 8))
    assert (annual.committee, annual.date) == ("Kilby Parish Council", date(2023, 5, 8))


def test_attendance_lists_written_as_clerks_write_them() -> None:
    assert split_names("Councillors Rake (Chair), Lethbridge and Thomas were present, as was "
                       "A Thom (Clerk), District Councillor Jo Hannaford") == [
        "Councillor Rake (Chair)", "Councillor Lethbridge", "Councillor Thomas",
        "A Thom (Clerk)", "District Councillor Jo Hannaford"]
    assert split_names("Councillor Mrs Wragg (Chair), Councillor Bellamy and the clerk Mrs D "
                       "Haxby.") == ["Councillor Mrs Wragg (Chair)", "Councillor Bellamy",
                                     "Mrs D Haxby (clerk)"]
    names = split_names("The Right Worshipful the Mayor Councillor P R Kinnear, Aldermen J "
                        "Baxter, C Boyd")
    assert names == ["Councillor P R Kinnear (Mayor)", "Alderman J Baxter", "Alderman C Boyd"]
    assert [entry_role(n) for n in names] == ["chair", "", ""]
    assert entry_role("Mrs S Bevan (Clerk to Council)") == "clerk"
    text = ("Minutes of the Meeting of Fenbridge Town Council held on 7th October 2002\n\n"
            "Present:\nCllr A R Coote (Chairman), Cllr E V Ashby. Also Present: Mrs Diane Pryke "
            "(Town Clerk); PC Lee Marsh (Police).\n\n1. Apologies\nNone.\n\n2. Planning\nThe "
            "Town Clerk reported on the applications.\n\n3. Finance\nNoted.\n")
    (meeting,) = text_meetings(text)
    assert meeting.attendance.also_present == ("Mrs Diane Pryke (Town Clerk)",
                                               "PC Lee Marsh (Police)")
    assert meeting.items[1].speakers == ("Diane Pryke",)


def test_sections_whose_numbered_paragraphs_are_sentences_and_committee_letter_numbers() -> None:
    text = ("MINUTES OF THE POLICY COMMITTEE held on Thursday 1 July 2021\n\n"
            "2. MINUTES\n\n2.1 RESOLVED – That the minutes of the meeting be approved.\n\n"
            "3. CHAIR'S COMMUNICATIONS\n\n3.1 The Chair gave the following communications:\n\n"
            "4. CALL OVER\n\n4.1 The following items on the agenda were reserved for discussion."
            "\n\n4.2 The Democratic Services Manager confirmed the recommendations.\n")
    assert [(i.number, i.title) for i in text_meetings(text)[0].items] == [
        ("2", "MINUTES"), ("3", "CHAIR'S COMMUNICATIONS"), ("4", "CALL OVER")]
    letters = ("Minutes of the Planning Committee of Ashwell Parish Council held on 4 December "
               "2024\n\nPL 41. Apologies\nNone.\n\nPL 42. Declarations of interest\nNone.\n\n"
               "PL 43. Planning applications\nThe committee considered the two applications and "
               "raised no objection to either of them.\n")
    assert [i.number for i in text_meetings(letters)[0].items] == ["PL 41", "PL 42", "PL 43"]


def test_a_printed_committees_headings_over_its_numbered_minutes() -> None:
    lines = [Line("PLANNING COMMITTEE", 1, heading=True), Line("", 1),
             Line("APOLOGIES", 1, heading=True), Line("", 1),
             Line("PLA98/24 Apologies for absence were recorded from Councillor Matfield.", 1),
             Line("", 1), Line("DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL", 1,
                               heading=True),
             Line("FOR MEMBERS IN THE PLANNING PROCESS)", 1, heading=True), Line("", 1),
             Line("PLA99/24 Councillors Ashdown and Tapsell advised that they had been lobbied.",
                  1), Line("", 1), Line("SITE INSPECTIONS", 1, heading=True), Line("", 1),
             Line("PLA100/24 The Chairman advised that a site visit had been held.", 1)]
    assert [(h.number, h.title) for h in find_headers(lines, 0, len(lines))] == [
        ("PLA98/24", "APOLOGIES"),
        ("PLA99/24", "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR MEMBERS IN "
                     "THE PLANNING PROCESS)"),
        ("PLA100/24", "SITE INSPECTIONS")]


def test_two_hearings_each_numbered_from_apologies_under_a_committee_heading() -> None:
    hearing = ("1 APOLOGIES\n\nNone received.\n\n2 DECLARATIONS OF INTEREST\n\nNone.\n\n"
               "3 APPLICATION FOR A PREMISES LICENCE – {place}\n\nThe Licensing Manager "
               "outlined the application. RESOLVED that the licence be granted.\n\n")
    text = ("COASTLEY DISTRICT COUNCIL\n\nLICENSING AND APPEALS SUB-COMMITTEE\n\n"
            "Sub-Committee Mr B Hewitt (Chairman)\n\n" + hearing.format(place="THE NET LOFT")
            + "Sub-Committee Mrs J Aldiss (Chairman)\n\n" + hearing.format(place="THE FERRY INN"))
    first, second = text_meetings(text)
    assert first.committee == second.committee == (
        "Coastley District Council — Licensing and Appeals Sub-Committee")
    assert [i.number for i in first.items] == [i.number for i in second.items] == ["1", "2", "3"]
    assert second.items[2].title.endswith("THE FERRY INN")


def test_a_summons_restated_with_a_stale_date_and_minutes_confirmed_over_two_lines() -> None:
    agenda = ("BRINDLEY PARISH COUNCIL\n\nParish Councillors are summoned to\n\nA MEETING OF THE "
              "PARISH COUNCIL\n\nDATE: TUESDAY, 14 OCTOBER 2025\n\nParish Councillors are "
              "summoned to a meeting to be held at the Pavilion on 3 June 2024 7.30 PM\n\n"
              "AGENDA\n\n1 APOLOGIES FOR ABSENCE\n\n2 DECLARATIONS OF INTEREST\n\n3 PLANNING\n")
    assert [m.date for m in text_meetings(agenda)] == [date(2025, 10, 14)]
    minutes = ("Minutes of Hemsby Parish Council Meeting held on Monday 23rd June 2025\n\n"
               "2506/3 Minutes of Previous meeting\n\nMinutes of the Ordinary Parish Council "
               "Meeting held on Monday 19th May 2025 were\napproved and signed as a true record.\n"
               "\n2506/4 Clerk’s Report\n\nThe Clerk reported on the footpaths.\n\n2506/5 "
               "Planning\n\nNo objection was raised to the application.\n")
    assert [m.date for m in text_meetings(minutes)] == [date(2025, 6, 23)]


BULLETED_CAPS = """<html><body>
<p><a href="may.html">The Minutes of the previous meeting (May 2025)</a></p>
<p>MINUTES OF MEETING OF LOWER ASHTON PARISH COUNCIL HELD ON 11th JUNE 2025 AT 7.00pm</p>
<p><b>PRESENT</b></p>
<p>Gerald Hook (Chairman), Pat Swain, Ian Cudd and Simon Prior.</p>
<p><b>IN ATTENDANCE</b></p>
<p>Margaret Dale (Parish Clerk) and 3 members of the public.</p>
<ul>
<li><b>APOLOGIES FOR ABSENCE .</b></li></ul>
<p>Apologies were received from Wendy Gill.</p>
<ul><li><b>PROPOSED RESOLUTION</b></li></ul>
<p>Simon Prior proposed the resolution and Pat Swain seconded it. The resolution was carried.</p>
<ul><li><b>PLANNING .</b></li></ul>
<p>The Council agreed to support the application for Rose Cottage.</p>
<ul><li><b>FINANCE .</b></li></ul>
<p>The Clerk presented the accounts. It was resolved to pay the salary.</p>
</body></html>"""


def test_bulleted_headings_in_capitals_are_the_items_and_their_heading_dates_them() -> None:
    meetings = html_meetings(BULLETED_CAPS)
    assert [(m.date, m.committee) for m in meetings] == [
        (date(2025, 6, 11), "Lower Ashton Parish Council")]
    assert [item.title for item in meetings[0].items] == [
        "APOLOGIES FOR ABSENCE", "PROPOSED RESOLUTION", "PLANNING", "FINANCE"]


def test_numbered_paragraphs_opened_by_their_sentence_before_headed_ones_have_no_title() -> None:
    meetings = text_meetings(
        "Westerby Neighbourhood Plan - Steering Group Meeting 14th May 2024\n\n"
        "Attendees: Clare Dunn, Robin Ash, Peter Keal\n\n"
        "1. It was agreed that Peter Keal should chair the group and Robin Ash be Vice Chair, the "
        "roles to be looked at again after the summer.\n\n"
        "2. The Parish Council has accepted the consultant's quotation. Clare Dunn explained the "
        "stages ahead.\n\n"
        "3. Grant funding: Robin Ash explained that the basic grant would cover the fees.\n\n"
        "4. Website: a page will go on the parish website.\n\n"
        "5. Date of next meeting: Tuesday 11th June 2024, 7.30pm.\n")
    assert [(item.number, item.title) for item in meetings[0].items] == [
        ("1", ""), ("2", ""), ("3", "Grant funding"), ("4", "Website"),
        ("5", "Date of next meeting")]
    assert meetings[0].items[0].text.startswith("It was agreed that Peter Keal should chair")


def test_an_attendance_list_broken_after_an_initial_and_its_officers_after_a_gap() -> None:
    meetings = pdf_meetings((
        "PENWARTH TOWN COUNCIL\n\nMINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON "
        "TUESDAY 11TH FEBRUARY 2025\n\nPRESENT: Councillors: A Trelow (Chairman), J Hext, S "
        "Dingle, R\n\nKessell, L Vosper and T Whetton.\n\nMrs D Penn (Town Clerk) and Mr K Soady "
        "(Deputy Town Clerk).\n\nAPOLOGIES: Councillor Rowe.\n\n1. DECLARATIONS OF INTEREST\n\n"
        "Councillor Vosper declared an interest in item 3.\n\n2. ACCOUNTS\n\nThe Town Clerk "
        "presented the accounts. Councillor Kessell asked about the heating.\n\n3. GRANTS\n\n"
        "The Deputy Town Clerk explained the scheme.\n",))
    attendance = meetings[0].attendance
    assert "R Kessell" in attendance.present and "L Vosper" in attendance.present
    assert [list(item.speakers) for item in meetings[0].items] == [
        ["L Vosper"], ["Mrs D Penn", "R Kessell"], ["Mr K Soady"]]


def test_an_attendance_list_broken_after_a_given_name_goes_on_after_the_gap() -> None:
    meetings = pdf_meetings((
        "CABINET\n\n10.00 A.M. 12TH MARCH 2013\n\nPRESENT:- Councillor Ann Trelow (Chairman), "
        "Helen\n\nPolgarth, Karen Aldous, Peter Sand,\n\nDerek Moyle and Colin Brame\n\n"
        "Officers in attendance:- Mark Penn - Chief Executive; Nadia\n\nKerrow - Head of "
        "Resources\n\n56 MINUTES\n\nThe minutes were approved as a correct record.\n\n"
        "57 LIBRARY GRANT\n\nCouncillor Polgarth proposed, seconded by Councillor Sand, that the "
        "grant be made. Ms Kerrow explained the budget.\n\nResolved unanimously: that the grant "
        "be made.\n\n58 URGENT BUSINESS\n\nThere was no urgent business.\n",))
    attendance = meetings[0].attendance
    assert "Helen Polgarth" in attendance.present and "Karen Aldous" in attendance.present
    assert any(entry.startswith("Nadia Kerrow") for entry in attendance.in_attendance)
    assert list(meetings[0].items[1].speakers) == ["Helen Polgarth", "Peter Sand", "Nadia Kerrow"]


def test_a_list_closed_by_and_or_of_surnames_alone_is_not_cut() -> None:
    meetings = text_meetings(
        "SCRUTINY COMMITTEE\n\nMEETING : Monday, 4th September 2023\n\nPRESENT : Cllrs. "
        "Whitlow (Chair), Ellery, Baird and Tobin\n\nOthers in Attendance\nCllr. Anita Baines, "
        "Cabinet Member for Housing\n\n14. MINUTES\n\nRESOLVED – That the minutes be approved."
        "\n")
    assert "Tobin" in " ".join(meetings[0].attendance.present)
    assert not any("Others" in entry for entry in meetings[0].attendance.present)


def test_a_register_of_attendance_names_the_people_its_initials_stand_for() -> None:
    meetings = text_meetings(
        "Elmbrook Primary School\nMinutes of the meeting of the Full Governing Body held on 9th "
        "July 2025\n\nMeeting Register:\n2 Oct 2024 4 Dec 2024 9 Jul 2025\n"
        "Rachel Ashby (Chair) a a a\nLewis Brand a Apols a\nMartin Cole a a Apols\n"
        "Diana Hale Apols a a\nGlen Orme a r absent\n\n"
        "1. Welcome and apologies\nRA welcomed governors. Apologies were received from Martin "
        "Cole.\n\n2. Budget\nDH asked about the deficit and LB replied that it would close."
        "\n\n3. Policies\n"
        "The policies were approved.\n")
    attendance = meetings[0].attendance
    assert set(attendance.apologies) == {"Martin Cole"}
    assert {"Rachel Ashby (Chair)", "Lewis Brand", "Diana Hale"} <= set(attendance.present)
    assert "Glen Orme" not in attendance.everyone()
    assert [list(item.speakers) for item in meetings[0].items][:2] == [
        ["Rachel Ashby"], ["Diana Hale", "Lewis Brand"]]


def test_bilingual_attendance_labels_are_read_by_their_english() -> None:
    meetings = text_meetings(
        "CWMDERI COMMUNITY COUNCIL\nCYNGOR CYMUNED CWMDERI\n\nThe Monthly Meeting of the "
        "Council was held on Thursday 6th February 2025 at 6.30pm\n\nPresent/ Presennol\n"
        "Mrs. E. Bowen - Chairman/Cadeirydd\nCouncillors/Cynghorwyr\n"
        "Mr. G. Prichard, Mrs. S. Lewis\nClerk/Clerc\nMr. O. Rhys.\n\n"
        "14/25 Apologies for Absence/Ymddiheuriadau\nNone.\n\n"
        "15/25 Clerk's report/Adroddiad y Clerc\nThe Clerk presented his report. Noted.\n\n"
        "16/25 Chairman's Report\nThe Chairman thanked members for their help.\n")
    present = meetings[0].attendance.present
    assert {"Mr. G. Prichard", "Mrs. S. Lewis", "Mr. O. Rhys (Clerk)"} <= set(present)
    assert [list(item.speakers) for item in meetings[0].items] == [
        [], ["Mr O Rhys"], ["Mrs E Bowen"]]


TYPED_MINUTE_BOOK = """Polwenna Burial Ground - Trustees' Minute Book (typed transcript)

Trustee Meeting held at Mr John Pask's, Trewen, March 9th, 1871.

Mr Richard Hoskin in the Chair.

Present: Mr John Pask, Mr William Brae, Mr Henry Speare (Secretary).

1. Resolved, That the minutes of the last meeting, having been read, be confirmed.

2. Mr Brae called attention to the state of the path. Resolved, That the Secretary see to it.

3. Agreed, That the grave digger be allowed one shilling extra for any grave dug in frost.

4. A letter was read from the Rev. W. Trewin asking leave to put a railing round a grave.

Signed, Richard Hoskin, Chairman.

Annual Meeting of the Trustees held at the Chapel Schoolroom, April 13th, 1871.

Mr Richard Hoskin in the Chair.

Present: Mr John Pask, Mr William Brae and several subscribers.

1. The Secretary read the minutes of the meeting of March 9th. Resolved, That the same be
confirmed.

2. The Treasurer presented his statement of accounts. Resolved, That it be adopted.

3. Mr Pask reported that the path had been made good. Noted.
"""


def test_a_typed_minute_book_of_numbered_resolutions() -> None:
    meetings = text_meetings(TYPED_MINUTE_BOOK)
    assert [m.date for m in meetings] == [date(1871, 3, 9), date(1871, 4, 13)]
    assert [[(item.number, item.title) for item in m.items] for m in meetings] == [
        [("1", ""), ("2", ""), ("3", ""), ("4", "")], [("1", ""), ("2", ""), ("3", "")]]
    assert meetings[0].items[2].decision == "agreed"


def test_the_date_of_the_next_agm_closes_the_minutes_as_the_next_meetings_does() -> None:
    meetings = html_meetings(
        "<p><b>Minutes of the Annual General Meeting of the Village Hall Management Committee "
        "Monday 14 April 2025</b></p><p>Present: Kate Ash (Chair), Tom Lee</p>"
        "<p><b>Chairman's Report</b></p><p>Kate Ash reported a busy year for the hall.</p>"
        "<p><b>Treasurer's Report</b></p><p>Tom Lee presented the accounts.</p>"
        "<p><b>Date of next AGM</b></p><p>Monday 13 April 2026 at 7.30pm.</p>")
    assert [item.title for item in meetings[0].items] == [
        "Chairman's Report", "Treasurer's Report", "Date of next AGM"]


NOTE_COLUMN_PAGE = """<html><head><title>Agenda for Audit Committee on Thursday, 17th July, 2025
- Severn Vale Fire Authority</title></head><body><h1>Agenda and minutes</h1>
<h2>Audit Committee</h2><p>Thursday, 17th July, 2025 10.00 am</p>
<h3>Venue:</h3><p>Committee Room A, Service Headquarters</p>
<h3>Contact:</h3><p>Tamsin Carr Email: tcarr@svfire.example.uk</p>
<h2>Items</h2><p>Note No. Item</p>
<p>AC/31</p><p>Apologies</p><p>Minutes:</p><p>Apologies were received from Councillor Hext.</p>
<p>* AC/32</p><p>Minutes PDF 141 KB</p><p>Minutes:</p><p>RESOLVED that the Minutes be signed.</p>
<p>AC/33</p><p>Urgent Items</p><p>Minutes:</p><p>There were no urgent items.</p>
<p>* AC/34</p><p>Financial Performance Report PDF 388 KB</p><p>Minutes:</p>
<p>The Committee considered the report.</p><p>RESOLVED</p>
<p>(a) that the forecast underspend be noted;</p><p>(b) that the transfer be approved.</p>
<p>AC/35</p><p>Commercial Services Update</p><p>Minutes:</p><p>The update was noted.</p>
</body></html>"""


def test_a_meeting_pages_references_with_a_note_columns_marks_number_its_items() -> None:
    [meeting] = html_meetings(NOTE_COLUMN_PAGE)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("AC/31", "Apologies"), ("AC/32", "Minutes"), ("AC/33", "Urgent Items"),
        ("AC/34", "Financial Performance Report"), ("AC/35", "Commercial Services Update")]
    assert meeting.items[3].decision == "resolved"


UNNUMBERED_PAGE = """<html><body><h1>Area Committee 3 - Wednesday, 28th January, 2026 6.00 pm</h1>
<p>Venue: Eastfield Library, Stapleford Road. View directions</p>
<p>Contact: Democratic Services Email: democratic.services@example.gov.uk</p>
<p>No. Item</p>
<p>Apologies</p><p>To note apologies for absence.</p><p>Minutes:</p>
<p>Apologies were received from Councillor Ade Mensa.</p>
<p>Declarations of interest</p><p>To note any declarations of interest.</p><p>Minutes:</p>
<p>Councillor Liam Costa declared an interest as a trustee of the Pantry.</p>
<p>Minutes of Previous Meeting PDF 188 KB</p><p>To agree the minutes.</p><p>Minutes:</p>
<p>Resolved: The minutes of the meeting held on 5 November 2025 were agreed.</p>
<p>Highways Update</p><p>To note the update.</p><p>Minutes:</p>
<p>The officer presented the update.</p><p>Action: Rob to circulate the plan.</p>
<p>Resolved: The committee noted the update.</p>
</body></html>"""


def test_a_meeting_pages_unnumbered_items_over_their_descriptions_and_minutes() -> None:
    [meeting] = html_meetings(UNNUMBERED_PAGE)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Declarations of interest", "Minutes of Previous Meeting", "Highways Update"]
    assert [item.decision for item in meeting.items][2:] == ["resolved", "resolved"]


def test_bold_minute_numbers_without_a_stop_outweigh_an_applications_agenda_codes() -> None:
    lines = [Line("109 MINUTES", 1, heading=True), Line("", 1),
             Line("The minutes of the last meeting were agreed as a correct record.", 1),
             Line("", 1), Line("110 DECLARATIONS OF INTEREST", 1, heading=True), Line("", 1),
             Line("There were none.", 1), Line("", 1)]
    for number, site in ((111, "LAND EAST OF MILL LANE"), (112, "FORMER CROWN INN"),
                         (113, "BOWLING GREEN")):
        lines += [Line(f"{number} {site}", 1, heading=True), Line("", 1),
                  Line(f"A{number - 106} 25/0{number}/FUL Erection of a dwelling", 1),
                  Line("", 1), Line("Resolved: That permission be granted.", 1), Line("", 1)]
    assert [(h.number, h.title) for h in find_headers(lines, 0, len(lines))] == [
        ("109", "MINUTES"), ("110", "DECLARATIONS OF INTEREST"),
        ("111", "LAND EAST OF MILL LANE"), ("112", "FORMER CROWN INN"), ("113", "BOWLING GREEN")]


def test_headings_a_typist_closed_with_a_full_stop_are_items_of_unnumbered_minutes() -> None:
    """'Finance.' / 'Playing Field.' set apart over their minutes are headings; a short sentence
    set apart ('He left the meeting.') is not."""
    text = """Minutes of Lowbury Parish Council Meeting held on Monday 14th October 2024.

Present: R. Tuck (Chair), S. Varcoe and H. Lock.

Minutes of the last meeting were approved and signed.

Finance.

The bank balance was reported as £9,862.37 and the grass cutting invoice was paid.

Police Report.

PC Dray reported two thefts from sheds on the allotments and a damaged gate.

He left the meeting.

Playing Field.

The annual inspection found the swing seat chains worn and two new chains were ordered.

Date of Next Meeting.

The next meeting will be held on Monday 11th November 2024 in the hall.
"""
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items][-4:] == [
        "Finance", "Police Report", "Playing Field", "Date of Next Meeting"]


def test_labelled_minutes_around_a_short_numbered_list_are_items() -> None:
    """'Minutes of Previous Meeting: …', 'Matters Arising' over three numbered points, then
    'Police Report: …', 'Planning: …': the labels head the minutes, the numbers a list."""
    text = """Minute of Ordinary Meeting of Lowbury Community Council on 26 March 2018.

Attendance: K Ball; D Strach; L Mack.

Minutes of Previous Meeting: The draft minutes were moved for approval by LM. Approved.

Matters Arising

1. Broken Kerb: The Chair reported that the kerb had still not been repaired.

2. Dog Bins: DS reported that the two bins promised in January had been installed.

3. Walkabout: The spring walkabout will take place on Saturday 21 April.

Police Report: PC Dray reported 23 crimes in the area in February, mostly thefts.

Planning: LM reported on the application for a takeaway at the former bank.

Treasurer's Report: The balance of £642.18 was reported and noted by members.

Date of Next Meeting: Monday 23 April 2018 at 7pm in the Community Rooms.
"""
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("", "Minutes of Previous Meeting"), ("", "Matters Arising"), ("1", "Broken Kerb"),
        ("2", "Dog Bins"), ("3", "Walkabout"), ("", "Police Report"), ("", "Planning"),
        ("", "Treasurer's Report"), ("", "Date of Next Meeting")]


def test_parts_numbered_by_the_earlier_minutes_they_follow_up_are_items() -> None:
    """'4. Matters arising from the minutes:' in bold with no text of its own, over bold parts
    numbered by the last meeting's minutes ('6 (b) Bus Shelter', '9 (iii) …'): each is an item."""
    page = """<html><body><h1>Minutes October 2023</h1>
<p>Minutes of the meeting of Lowbury Community Council held on Wednesday 18th October, 2023.</p>
<p><strong>1. Apologies</strong></p><p>Councillor S. Bowen.</p>
<p><strong>2. Minutes</strong></p><p>The minutes were accepted as correct.</p>
<p><strong>3. Matters arising from the minutes:</strong></p>
<p><strong>6 (b) Bus Shelter</strong></p><p>The Clerk had arranged for the annual inspection.</p>
<p><strong>6 (d) Village Sign</strong></p><p>This was ongoing.</p>
<p><strong>9 (iii) Hedge Cutting</strong></p><p>No reply had been received.</p>
<p><strong>4. Correspondence</strong></p><p>The letters were noted.</p>
<p><strong>5. Date of next meeting</strong></p><p>Wednesday 15th November, 2023.</p>
</body></html>"""
    (meeting,) = html_meetings(page)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"), ("2", "Minutes"), ("6 (b)", "Bus Shelter"),
        ("6 (d)", "Village Sign"), ("9 (iii)", "Hedge Cutting"), ("4", "Correspondence"),
        ("5", "Date of next meeting")]


def test_a_video_time_after_a_heading_and_an_outcome_after_its_dash_are_not_its_title() -> None:
    """Minutes of a recorded meeting give each item's place in the video: '– (video time:
    00:41:12) –'; the heading ends at the dash before the minute's text, a sentence with its
    verb or its outcome ('approved as a correct record')."""
    text = """Minutes of Lowbury Parish Council Meeting held on 27th January 2020.

Councillors present: Cllr A Pryce, Cllr B Moss

1. Minutes of the last meeting – (video time: 00:22:10) – approved as a correct record.

2. Reports – (video time: 00:41:12) – the following reports were received:
a. Police – Cllr Moss reported two crimes in the parish in December.

3. Finance – (video time: 00:55:40) – the Clerk presented the accounts, which were approved.
"""
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Minutes of the last meeting", "Reports", "Finance"]
    assert "video time" not in " ".join(item.text for item in meeting.items)


def test_sections_in_capital_roman_figures_under_an_empty_heading_are_items() -> None:
    """'6. Reports:' over 'I. Police: …' and 'II. Finance: …': each section is an item, as
    parts under a heading with no text of its own are; 'i.', 'ii.' are a minute's points."""
    text = """Minutes of Lowbury Parish Meeting held on Monday 6th March 2023.

1. In Attendance: Loveday Ash (Chair), Jowan Ash and 6 parishioners.

2. Minutes of the last meeting: These were agreed as a true record.

3. Reports:

I. Police: The sergeant wrote that two bicycles had been stolen from sheds.

II. Finance: The treasurer reported no expenditure in February.

III. Highways: The drainage works on Middle Street would begin on 20th March.

4. Date of next meeting: Monday 3rd April 2023.
"""
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "In Attendance"), ("2", "Minutes of the last meeting"), ("I", "Police"),
        ("II", "Finance"), ("III", "Highways"), ("4", "Date of next meeting")]
    points = text
    for numeral in ("I", "II", "III"):
        points = points.replace(f"\n{numeral}. ", f"\n{numeral.lower()}. ")
    (meeting,) = text_meetings(points)
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4"]


def test_minutes_whose_headings_a_saved_page_lost_are_parted_by_their_wide_gaps() -> None:
    """A page saved as text lost its headings: five blank lines stand where each was, two
    between a minute's paragraphs. Each minute is an item, untitled."""
    minutes = [
        "An apology for absence was received from Councillor C. Vaughan of the ward.\n\n\n"
        "Councillor M. Rees sent word that she would be late owing to the roadworks.",
        "Councillor R. Lewis declared a personal interest in the leisure trust item.\n\n\n"
        "He remained in the meeting and took part in the discussion of the item.",
        "The report set out the revenue position to 31st August for the services.\n\n\n"
        "Councillor Bevan asked whether the roof repairs would be met by insurers.\n\n\n"
        "RESOLVED - T H A T the revenue monitoring position be noted by the Committee.",
        "The Committee was advised of the progress on the Capital Programme this year.\n\n\n"
        "Councillor Crad asked about the delay to the works at the depot in the town.\n\n\n"
        "RESOLVED - T H A T the progress on the Capital Programme be noted by members.",
    ]
    text = ("Minutes of a meeting of the Lowbury Scrutiny Committee held on 8th October, 2013."
            "\n\n\nPresent: Councillor T. Gethin (Chairman), Councillors L. Bevan and D. Crad."
            "\n\n\n\n\n\n" + "\n\n\n\n\n\n".join(minutes) + "\n")
    (meeting,) = text_meetings(text)
    assert [item.title for item in meeting.items] == ["", "", "", ""]
    assert [item.decision for item in meeting.items] == ["none", "none", "resolved", "resolved"]


def test_headings_in_capitals_whose_numbers_became_dashes_are_items() -> None:
    """'- BURIAL GROUND FEES' between '5. MINUTES …' and '7. PLANNING': a word
    processor's list turned the number into a dash; the heading is an item all the same."""
    text = """Minutes of the Annual Meeting of Lowbury Parish Council held on Monday 19th May 2008.
Present: Councillors H Cobb, N Glasson and R Odd (Chairman).
4. APOLOGIES
Apologies were received and accepted from Cllr Spry, who was on holiday.
5. MINUTES OF THE LAST MEETING
The minutes were agreed as a correct record and the Chairman signed them.
- BURIAL GROUND FEES
Cllr Glasson was proposed by Cllr Odd and elected treasurer unopposed by the members.
- REVIEW OF RISK ASSESSMENTS
The risk assessment for the playing field was reviewed and the fence is to be mended.
7. PLANNING
No objection was raised to the rear extension at 4 Low Street by the members present.
"""
    (meeting,) = text_meetings(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("4", "APOLOGIES"), ("5", "MINUTES OF THE LAST MEETING"), ("", "BURIAL GROUND FEES"),
        ("", "REVIEW OF RISK ASSESSMENTS"), ("7", "PLANNING")]


def test_a_saved_page_of_capitals_headings_with_a_group_s_subjects_under_one_of_them() -> None:
    text = "\n\n".join([
        "Tregarn Community Council",
        "MINUTES OF TREGARN COMMUNITY COUNCIL MEETING HELD AT THE READING ROOM, TREGARN AT "
        "7.30 P.M. ON 09.03.25 – DRAFT MINUTES",
        "PRESENT", "Cllrs. Owain Prydderch (Chairman), Lowri Bevan, Hefin Tudor, Nia Wenlock.",
        "There were 2 members of the public present at the meeting", "MINUTES",
        "The minutes of the meeting held on February 9th 2025 were found to be correct.",
        "DECLARATION OF INTEREST", "Cllr. Hefin Tudor declared an interest in the hall lease.",
        "MATTERS ARISING", "Bus Shelter",
        "The Clerk reported that the glazing had been replaced at a cost of £310.",
        "Footpath Signs",
        "Cllr. Lowri Bevan said that two signs near the chapel had been knocked down.",
        "CORRESPONDENCE", "A letter about the summer show was read and noted by members.",
        "FINANCE", "The following payments were approved: Clerk's salary £640.00; hall hire £40.",
    ])
    [meeting] = text_meetings(text)
    assert meeting.date == date(2025, 3, 9)
    assert [item.title for item in meeting.items] == [
        "MINUTES", "DECLARATION OF INTEREST", "Bus Shelter", "Footpath Signs", "CORRESPONDENCE",
        "FINANCE"]


def test_a_page_s_numbers_glued_to_their_titles_and_an_advisory_council_of_a_borough() -> None:
    text = "\n".join([
        "Royal Borough of Kestleigh", "Home > Council and democracy > Meeting documents", "",
        "Standing Advisory Council on Religious Education", "Tuesday 6 March 2007 6.30 pm", "",
        "PRESENT: Councillor Ada Tresize (Chairman), Councillor Tom Ilsley and Grace Odum.", "",
        "1Apologies for Absence", "Apologies were received from Councillor Jude Farrant.",
        "2Minutes", "The minutes of the meeting held on 7 November 2006 were approved.",
        "3Agreed Syllabus Review", "Grace Odum introduced a report setting out the timetable for "
        "the review of the Agreed Syllabus, which was due for renewal in 2008.",
        "    RESOLVED: That a conference be convened in May 2007.",
        "4Dates of Future Meetings", "The next meeting will be held on 12 June 2007.",
    ])
    [meeting] = text_meetings(text)
    assert meeting.committee == \
        "Royal Borough of Kestleigh — Standing Advisory Council on Religious Education"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Agreed Syllabus Review"),
        ("4", "Dates of Future Meetings")]


def test_a_text_saved_one_paragraph_to_a_line_with_no_blank_lines_has_its_headings_apart() -> None:
    text = "\n".join([
        "Harrowby Parish Council ~ Minutes of the Meeting held on Monday 8th July 2013", "",
        "Present: Cllr Ada Quint (in the Chair); Cllr Rob Vane; Cllr Lee Harte; Mrs Jo Pell",
        "Apologies for Absence",
        "Cllr Pat Fewins; Cllr John Umney; Cllr Jim Tarbuck (County); Cllr Les Quillet (Borough).",
        "Declarations of Interest",
        "Cllr Vane declared an interest in the allotment lease as a tenant of one of the plots and "
        "did not enter into the discussion or vote when the lease was considered (minute 241).",
        "[Action: none]",
        "Minutes of the Last Meeting",
        "The minutes of the meeting held on 10th June 2013 were agreed as a true record.",
        "Allotment Lease",
        "Cllr Harte said the lease would run for ten years. It was RESOLVED that the Clerk sign it "
        "on behalf of the Council once the solicitor had approved the final wording of the lease.",
        "[Action: Clerk]",
        "Finance",
        "The payments listed on the schedule were approved, including the grass cutting invoice "
        "of £1,240.00 and the Clerk's salary for June. Proposed Cllr Vane, seconded Cllr Quint.",
        "Date of Next Meeting",
        "Monday 9th September 2013 at 7.30pm in the Village Hall.",
    ])
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items][-5:] == [
        "Declarations of Interest", "Minutes of the Last Meeting", "Allotment Lease", "Finance",
        "Date of Next Meeting"]


DOCUMENT_SITE_PAGE = "\n".join([
    "docshare", "Home  |  Categories  |  Upload  |  Sign in", "Search ...", "",
    "Kelby Village Hall Committee", "", "Kelby Village Hall Committee",
    "Download    Report this document", "",
    "Minutes of ameetingheld at 8.00 pm on Wednesday April 15th 2009",
    "Present; Mrs Ann Ash (Chairman), Mr Ben Bell (Treasurer), Mrs Cara Dunn, Mr Dev Ellis.",
    "Apologies; Mrs Fay Gunn.",
    "Minutes; Those of the February meeting were read out and signed by the Chairman.",
    "Matters arising; The stage curtains are back from the cleaners.",
    "Chairman; The boiler has had its annual service.",
    "Treasurer; The account holds £4,870 now that the electricity and the cleaner have been "
    "paid, and £250 raised by the quiz night is kept aside for new chairs this year.",
    "Bookings; The yoga class has booked every Friday evening until July and a wedding party "
    "has taken the whole hall for a Saturday in June. The hire charges stay as they are.",
    "Kitchen; The fridge has failed and cannot be repaired. It was agreed that Mrs Dunn would "
    "find prices for a new one before the June meeting of the committee.",
    "Car park; The white lines have faded and the bays cannot be seen. Mr Ellis will ask a "
    "firm for a price. The matter was put off until the price is known at the next meeting.",
    "Any other business; Mr Bell asked whether a bike rack could go by the side door of the "
    "hall. This was noted and will be looked at when the path is relaid in the autumn.",
    "Date of next meeting; Wednesday June 10th 2009 at 8.00pm.",
    "The meeting closed at 9.40pm.", "", "Related documents",
    "Kelby Village Hall Committee Minutes January 2009", "Kelby Village Hall Hire Charges",
    "Conditions of Hire - Kelby Village Hall", "", "About  |  Contact  |  Privacy Policy", ""])


def test_a_document_site_s_record_one_paragraph_to_a_line_with_semicolon_subjects() -> None:
    """A document site's furniture set apart by blank lines, then the record one paragraph to
    a line with none between them (its heading glued by the site), each opening with its
    subject and a semicolon."""
    [meeting] = text_meetings(DOCUMENT_SITE_PAGE)
    assert [item.title for item in meeting.items] == [
        "Apologies", "Minutes", "Matters arising", "Chairman", "Treasurer", "Bookings", "Kitchen",
        "Car park",
        "Any other business", "Date of next meeting"]


def test_a_sentence_s_clauses_parted_by_semicolons_are_no_subjects() -> None:
    text = DOCUMENT_SITE_PAGE.replace(
        "Kitchen; The fridge", "Chair to thank the volunteers; Treasurer to pay the cleaner.\n"
        "Kitchen; The fridge")
    assert "Chair to thank the volunteers" not in [
        item.title for item in text_meetings(text)[0].items]


def test_a_table_saved_as_text_keeps_its_rows_under_a_site_s_furniture() -> None:
    rows = [f"{title.upper()} Minutes: {body} |" for title, body in [
        ("Welcome", "The Mayor welcomed members and the public to the meeting of the Council "
         "and reminded everyone that the meeting was being recorded for the website."),
        ("Apologies for absence", "Apologies were received from Councillors Ash and Bell."),
        ("Minutes", "RESOLVED that the minutes of the meeting held on 21 July 2022 be signed as "
         "a correct record, subject to the spelling of Councillor Dunn's name being corrected."),
        ("Urgent business", "None."),
        ("Petitions", "A petition of 212 signatures asking for a crossing on Mill Lane was "
         "received and referred to the Cabinet Member for Highways for a report in November."),
        ("Notices of motion", "The motion on river water quality was moved by Councillor Ash, "
         "seconded by Councillor Bell and, on being put to the vote, was CARRIED."),
    ]]
    text = "\n".join([
        "Agenda for Council on Thursday, 29th September, 2022, 6.30 pm - Kelby Borough Council",
        "", "Skip to content", "Home > Council > Meeting", "", "Agenda and minutes",
        "Council - Thursday, 29th September, 2022 6.30 pm", "", "Venue: Town Hall, Kelby", "",
        "Media", "Items", "No. | Item | ||||", "---|---|---|", *rows, *rows[:4], "",
        "Kelby Borough Council, Town Hall, Kelby", ""])
    titles = [item.title for item in text_meetings(text)[0].items]
    assert titles[:3] == ["WELCOME", "APOLOGIES FOR ABSENCE", "MINUTES"]


def test_apologies_set_apart_like_the_headings_after_them_are_an_item() -> None:
    text = "\n\n".join([
        "Glenmarra Community Council", "Minutes of the meeting held on Tuesday 3 March 2026",
        "Present: Ann Ash (Chair), Ben Bell, Cara Dunn", "APOLOGIES",
        "Cllr Dev Ellis; Cllr Fay Gunn (County).",
        "POLICE REPORT", "PC Hart reported two thefts from vehicles in the village.",
        "PLANNING", "No new applications had been received since the last meeting.",
        "FINANCE", "The balance at the end of February was £2,310.40.",
        "CORRESPONDENCE", "A letter from the school about the summer fair was read.",
    ])
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "APOLOGIES", "POLICE REPORT", "PLANNING", "FINANCE", "CORRESPONDENCE"]


def test_minute_references_of_year_body_code_and_number_are_the_items() -> None:
    """'06.MA.21 Apologies for Absence': the year, the committee's code, the running minute."""
    (meeting,) = text_meetings(
        "Monitoring and Audit Committee minutes 2006\n\n19 September 2006\n\n"
        "Present: Councillor Ann Cawsand (Chair), Councillors Ben Tregony and Carys Polvean.\n\n"
        "06.MA.21 Apologies for Absence\n\nApologies were received from Cllr Dai Rosevear.\n\n"
        "06.MA.22 Declarations of Interest\n\nNone were made.\n\n"
        "06.MA.23 Internal Audit Progress Report\n\nSally Pell presented the report.\n\n"
        "RESOLVED\n\nthat the report be received.\n\n"
        "06.MA.24 Date of Next Meeting\n\nTuesday 14th November 2006 at 7.00 pm.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("06.MA.21", "Apologies for Absence"), ("06.MA.22", "Declarations of Interest"),
        ("06.MA.23", "Internal Audit Progress Report"), ("06.MA.24", "Date of Next Meeting")]


def test_a_heading_in_capitals_keeps_a_number_abbreviated_in_small_letters() -> None:
    """'2217 TREE PRESERVATION ORDER No 14/1999, LAND AT GARTH END -': 'No' and the order's
    number are the heading's, not the opening of its text."""
    (meeting,) = text_meetings(
        "PLANNING COMMITTEE\n\nMinutes of the meeting held on 4 March 1999\n\n"
        "2215 FORMER TILEWORKS, STAITHE ROAD, KIRKBY -\n\nThe Director reported on the "
        "application for twelve houses on the former tileworks site.\n\n"
        "Resolved - That the application be approved.\n\n"
        "2216 TREE PRESERVATION ORDER No 14/1999, LAND AT GARTH END, BRANTHOLME -\n\n"
        "The Director submitted a report on two objections to the Order.\n\n"
        "Resolved - That the Order be confirmed without modification.\n\n"
        "2217 PLANNING APPEALS -\n\nThe Director reported the result of two appeals.\n\n"
        "Resolved - That the report be noted.\n")
    assert [item.title for item in meeting.items] == [
        "FORMER TILEWORKS, STAITHE ROAD, KIRKBY",
        "TREE PRESERVATION ORDER No 14/1999, LAND AT GARTH END, BRANTHOLME", "PLANNING APPEALS"]


def test_an_item_numbered_the_same_as_the_next_is_an_item_too() -> None:
    """'3. Minutes:' then '3. Declarations of interest:' between 2 and 4: the clerk numbered two
    items alike; a heading repeated on the next page ('… (CONTINUED)') is still one item."""
    (meeting,) = text_meetings(
        "Glenpengarth Community Council Minutes\n\n14th November 2005\n\n"
        "1. Welcome and apologies\nMP opened the meeting. Apologies: Cllr Campbell.\n"
        "2. Presentation:\nFiona Ward explained what the energy advice project offers.\n"
        "3. Minutes:\nThe Minutes of 10th October were agreed, proposed by MP and seconded by "
        "LB.\n"
        "3. Declarations of interest:\nZS for the Glenpengarth Hall grant application.\n"
        "4. Matters Arising:\nDG reported that the roads engineer wants photographs.\n"
        "5. Police Report\nNo report received and nobody attended.\n"
        "5. Police Report (continued)\nThe clerk will write to the sergeant.\n"
        "6. Date of next meeting\n12th December 2005 at the Hall, 7.30pm.\n")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Welcome and apologies"), ("2", "Presentation"), ("3", "Minutes"),
        ("3", "Declarations of interest"), ("4", "Matters Arising"), ("5", "Police Report"),
        ("6", "Date of next meeting")]


def test_headings_after_a_list_that_lost_its_numbers_are_items_too() -> None:
    """'Matters arising' / '1. Beach litter bins' / '1. Speed signs' / '1. Christmas lights',
    then 'Police Matters', 'Finance', 'Date of next meeting' set over their minutes: the list
    of ones is part of the record; the headings after it are items."""
    (meeting,) = text_meetings(
        "Minutes of meeting held by Pengarth Community Council on Thursday 8th December 2016.\n\n"
        "Councillors present: A Morse; D Rowlands; J Edwards (Chair)\n\n"
        "Matters arising from previous minutes;\n\n"
        "  1. Beach litter bins\nLynne reported that she had met the County Council's cleansing "
        "team, who will now empty the bins every week.\n\n"
        "  1. Speed signs on the coast road\nThe Clerk reported that she had written again to "
        "the County Council's traffic section.\n\n"
        "  1. Christmas tree lights\nGareth confirmed that the lights on the tree will be "
        "switched on at 6pm on Saturday.\n\n"
        "Police Matters\nPCSO Mathias reported two thefts of tools from vans parked in the village "
        "overnight and asked residents to remove tools from vehicles.\n\n"
        "Finance\nThe following payments were approved: Clerk's salary £198.00; hall hire "
        "£15.00, on the proposal of Tom Skone, seconded by Elwyn Brickell.\n\n"
        "Date of next meeting\nThursday 12th January 2017 at 7.00pm in the Hall.\n")
    titles = [item.title for item in meeting.items]
    assert titles[-3:] == ["Police Matters", "Finance", "Date of next meeting"]
    assert "Beach litter bins" in titles


def test_a_page_s_agenda_list_then_its_minutes_under_the_same_headings_is_one_meeting() -> None:
    """'Agenda' / '1. Minutes of the last meeting …' / … / 'Next meeting: …' / 'Status:
    APPROVED', then each entry again over its minute: one meeting, its items the minutes'."""
    entries = ["Minutes of the meeting held on Monday 15th May 2017",
               "Annual Return 2016/17", "Auditor's Report", "Donations"]
    minutes = ["– approved as a true record.",
               "The Clerk took members through the return, which was approved by all members.",
               "The auditor's report was received and noted by the council.",
               "A donation of £150 to the village show was agreed unanimously."]
    page = ("<h1>Meeting Minutes – June 2017</h1><p>Minutes of the Parish Council Meeting held "
            "on: Tuesday 20th June 2017 in Kelby Village Hall</p><p><strong>Present:</strong>"
            "</p><p>Cllr Ann Ash (Chair)</p><p>Cllr Ben Bell</p><p><strong>Agenda</strong></p>"
            "<p>" + "<br>".join(f"{n}. {e}" for n, e in enumerate(entries, 1)) + "</p>"
            "<p><strong>Next meeting:</strong><br>Tuesday 18th July 2017, 19:30</p>"
            "<p><strong>Status: APPROVED</strong></p><p>Chair: Cllr Ann Ash</p>"
            + "".join(f"<h3>{n}. {e}</h3><p>{m}</p>"
                      for n, (e, m) in enumerate(zip(entries, minutes, strict=True), 1)))
    [meeting] = html_meetings(page)
    assert [item.decision for item in meeting.items] == ["agreed", "agreed", "noted", "agreed"]


def test_minutes_pasted_into_one_cell_are_parted_at_their_capitals_labels() -> None:
    """An old hand-made page: the whole record in one table cell, one run of text, each
    business opened by a label in capitals and a colon."""
    record = (
        "MINUTES of the ANNUAL MEETING of the PARISH COUNCIL held on Tuesday 27th April 1999 in "
        "the School Room, Kelby. PRESENT: Chairman – Mr. Adam Ash, 7 Councillors and about 40 "
        "parishioners. APOLOGIES: Mrs. Joan Bell, Mr. Philip Cole. MINUTES: The Minutes of the "
        "Annual Assembly held on 27th April 1998 were signed by the Chairman as a true record. "
        "ACCOUNTS: Mrs. Dunn presented the accounts for the year to 31st March 1999. The "
        "accounts were adopted on the proposal of Mr. Cole. POLICE: PC Dale Eyre reported "
        "six thefts from garden sheds since the spring. OPEN FORUM: Mrs. Hilda Ford asked "
        "about the footpath to the school; the Chairman undertook to raise it. The Assembly "
        "closed at 9.20 pm.")
    page = (f"<table><tr><td><p>Minutes of the Annual Assembly, April 1999</p></td></tr><tr><td>"
            f"<p>{record}</p></td></tr></table><p>Page last updated 14/05/99</p>")
    [meeting] = html_meetings(page)
    assert meeting.date == date(1999, 4, 27)
    assert [item.title for item in meeting.items] == [
        "APOLOGIES", "MINUTES", "ACCOUNTS", "POLICE", "OPEN FORUM"]


def test_a_meeting_page_s_item_list_over_the_minutes_of_that_meeting_is_no_meeting() -> None:
    """A council site's meeting page: date, venue, its items as a bulleted list, then the
    minutes of that meeting under the same titles, the council's name over them."""
    titles = ["Welcome and Apologies", "Declarations of Interest",
              "Confirmation of the Last Minutes", "To Discuss Relining the Car Park"]
    texts = ["The Chairman opened the meeting at 7.30 pm and accepted the apologies of Cllr Dunn.",
             "Cllr Bell declared a non-pecuniary interest in item 4 as a hall trustee.",
             "The Minutes of the meeting of 11 February 2025 were accepted as a true record.",
             "Resolved to accept the lower quotation of £980 for relining the car park."]
    page = ("<h1>Council Meeting – 8 April 2025</h1><p>Date</p><p>Tuesday 8 April "
            "2025</p><p>Venue</p><p>Kelby Village Hall</p><ul>"
            + "".join(f"<li>{n} {t}</li>" for n, t in enumerate(titles, 1)) + "</ul>"
            "<h2>Kelby Parish Council</h2><p>Minutes of the Ordinary Meeting held on Tuesday 8 "
            "April 2025 at 7.30 pm in Kelby Village Hall</p><p>Present: Cllr A Ash (Chairman), "
            "Cllr B Bell, Cllr C Cole</p>"
            + "".join(f"<h3>{n} {t}</h3><p>{x}</p>"
                      for n, (t, x) in enumerate(zip(titles, texts, strict=True), 1)))
    [meeting] = html_meetings(page)
    assert [item.title for item in meeting.items] == titles
    assert meeting.items[-1].decision == "resolved"


def test_a_meeting_page_s_agenda_signed_by_the_clerk_over_its_minutes_is_no_meeting() -> None:
    """A meeting page: the notice and agenda, the clerk's signed and dated sign-off and a note
    on recording after its last entry, then the minutes of that meeting under the same
    numbers and titles."""
    from indexer.records import HEADING_MARK as b

    titles = ["Apologies for absence", "Declarations of interest", "To elect a Chair",
              "Police report", "Close"]
    texts = ["Cllr Ives sent apologies.", "None.",
             "Cllr Ash was proposed by Cllr Bell and seconded by Cllr Cole and elected.",
             "PCSO Dale reported two thefts from sheds.", "The meeting closed at 8.40pm."]
    text = "\n".join([
        f"{b}Kelby Parish Council – Annual Meeting, 12 May 2025", "",
        f"{b}SUMMONS", "",
        "Councillors are summoned to the Annual Meeting of Kelby Parish Council on", "",
        "Monday 12th May 2025 at 7.30pm in Kelby Village Hall", "", f"{b}AGENDA", "",
        *(f"25/{k} {title}.\n" for k, title in enumerate(titles, 31)),
        "J Ames, Clerk, 2nd May 2025", "",
        "The meeting may be filmed or recorded by anyone present.", "",
        f"{b}Minutes", "", "Minutes of the Annual Meeting of Kelby Parish Council held on", "",
        "Monday 12th May 2025 at 7.30pm in Kelby Village Hall", "",
        "Present: Cllr A Ash (Chair), Cllr B Bell, Cllr C Cole", "",
        *(f"{b}25/{k} {title}.\n\n{body}\n" for k, (title, body)
          in enumerate(zip(titles, texts, strict=True), 31))])
    meetings = text_meetings(text)
    assert [(m.kind, len(m.items)) for m in meetings] == [("minutes", 5)]


def test_a_minute_book_s_date_over_the_sentence_of_the_body_meeting_opens_a_record() -> None:
    """'April 2, 1968' / 'The City Council of the City of Allerby met in regular session …':
    each record in a minute book opens with its date and the sentence of the body meeting."""
    record = ("{day}\nThe City Council of the City of Allerby met in {kind} session at 8:00 "
              "p.m.\nROLL CALL\nPresent: Councilmembers Ash, Bell, Cole\n"
              "STREET LIGHTING\nAsh moved, second by Bell, to approve the lighting contract.\n"
              "Motion carried\nPARK FEES\nThe fees report was received and filed.\n"
              "ADJOURNMENT\nCouncil adjourned at 10:40 p.m.\n\n")
    text = "Allerby\n" + record.format(day="March 19, 1968", kind="adjourned") + "Allerby\n" \
        + record.format(day="April 2, 1968", kind="regular")
    assert [m.date for m in text_meetings(text)] == [date(1968, 3, 19), date(1968, 4, 2)]


def test_a_record_title_set_apart_by_a_dash_and_commas_opens_each_meeting_of_a_year() -> None:
    """'DRAFT MINUTES – TOWN COUNCIL MEETING, Tuesday 1st June 2021, 7 pm, …' over who
    attended opens that meeting; 'Minutes - Parish Council - 4 May 2021' as an item's
    heading, with no attendance under it, names the earlier meeting."""
    record = ("Allerby Parish Council\n\nDRAFT MINUTES – {kind}, {day}, 7 pm, the Institute, "
              "Allerby\n\nPRESENT: Cllrs A Ash, B Bell\n\n1. Apologies\nNone received.\n\n"
              "2. Minutes - Parish Council - 13 April 2021\nThe minutes were approved.\n\n"
              "3. Grass\nThe report was noted.\n\n4. Planning\nNo objection was raised.\n\n")
    text = record.format(kind="ANNUAL MEETING OF THE PARISH COUNCIL", day="Tuesday 4th May 2021") \
        + record.format(kind="PARISH COUNCIL MEETING", day="Tuesday 1st June 2021")
    assert [(m.date, len(m.items)) for m in text_meetings(text)] == [
        (date(2021, 5, 4), 4), (date(2021, 6, 1), 4)]


def test_a_heading_of_a_meeting_s_number_and_day_opens_each_record_of_a_minute_book() -> None:
    """'Meeting 57 - 9 June 1923' set as a heading over each record of a transcribed book."""
    page = "<h1>Town Board Minute Book 1923</h1><p>Transcribed by volunteers.</p>" + "".join(
        f"<h3>Meeting {n} - {day}</h3><p>The Council met in the Chambers.</p>"
        "<p><b>Minutes.</b> The minutes were read and confirmed.</p>"
        "<p><b>Roads.</b> The Surveyor's report was received.</p>"
        "<p><b>Accounts.</b> Accounts were passed for payment.</p>"
        for n, day in ((56, "9 June 1923"), (57, "23 June 1923")))
    assert [m.date for m in html_meetings(page)] == [date(1923, 6, 9), date(1923, 6, 23)]


def test_a_record_title_naming_its_body_as_the_meeting_s_owner_opens_the_record() -> None:
    """'Minutes of the Council's Annual Meeting, held on …': its items are the record's, not a
    heading's lines before a later 'Minutes of the Ordinary Meeting of the Council, held …'."""
    text = ("Allerby Parish Council\n\nMinutes of the Council’s Annual Meeting, held on 9th May "
            "2023 at 7pm in Allerby Village Hall.\n\n1. Election of Chairman.\nRESOLVED that "
            "Cllr Ash be Chairman.\n\n2. Apologies.\nNone.\n\n3. Meeting Dates.\nRESOLVED to meet "
            "monthly.\n\nMinutes of the Ordinary Meeting of the Council, held on 9th May 2023 at "
            "7:40pm in Allerby Village Hall.\n\n4. Public Session.\nNo one spoke.\n\n5. Planning."
            "\nNo objection.\n\n6. Finance.\nRESOLVED to pay the invoices.\n")
    titles = [item.title for m in text_meetings(text) for item in m.items]
    assert titles[:3] == ["Election of Chairman", "Apologies", "Meeting Dates"]


def test_the_next_meeting_s_agenda_under_a_record_gives_its_entries_as_items() -> None:
    """Minutes, then the next meeting's agenda on the same page: the agenda's entries are its
    items, not one item titled by its summons."""
    text = ("Allerby Parish Council\n\nMinutes of the Parish Council meeting held on Thursday "
            "11th September 2025 at 7pm in the Old School\n\nPresent: Cllr A Ash (Chair), "
            "Cllr B Bell\n\n1. Apologies\nNone.\n\n2. Highways\nThe verge was reported.\n\n"
            "3. Finance\nRESOLVED to pay the Clerk's salary.\n\n"
            "Agenda - Council Meeting 9 October 2025\n\nMembers are summoned to "
            "attend the meeting of Allerby Parish Council to be held on Thursday 9th October "
            "2025 at 7pm in the Old School.\n\n1. Apologies\n2. Minutes of 11th September 2025\n"
            "3. Playing Field\n4. Finance\n5. Date of Next Meeting\n")
    meetings = text_meetings(text)
    assert [(m.kind, m.date) for m in meetings] == [
        ("minutes", date(2025, 9, 11)), ("agenda", date(2025, 10, 9))]
    assert [item.title for item in meetings[1].items] == [
        "Apologies", "Minutes of 11th September 2025", "Playing Field", "Finance",
        "Date of Next Meeting"]


ROMAN_RECORD = """ELMWOOD CITY COUNCIL
MONDAY, MARCH 6, 1989    7:00 PM    COUNCIL ROOM
PRESENT : Mayor Quill and all Councilmembers.
I . OLD BUSINESS
MOTION: Ames moved, seconded by Rook, to take up the old business. Motion carried.
II . MINUTES
A. Special Council meeting held Monday, February 20, 1989.
MOTION: Vance moved, seconded by Orr, to accept the minutes as written. Motion carried.
III . CONSENT ITEMS
MOTION: Orr moved, seconded by Vance, to approve the items. Motion carried.
IV . HEARINGS
MOTION: Rook moved, seconded by Ames, to close the hearing. Motion carried 3-2.
"""


def test_roman_headings_typed_with_a_space_before_their_stop_are_items() -> None:
    """'II . MINUTES' / 'A. Special Council meeting held Monday, February 20, 1989.': a
    typed record's roman headings, the minutes item naming the last meeting, which does not
    date this one."""
    [meeting] = text_meetings(ROMAN_RECORD)
    assert meeting.date == date(1989, 3, 6)
    titles = [item.title for item in meeting.items]
    assert titles[0] == "OLD BUSINESS" and titles[-2:] == ["CONSENT ITEMS", "HEARINGS"]


def test_minutes_pasted_as_one_paragraph_with_running_numbers_give_their_items() -> None:
    """'MINUTES OF THE MEETING of … Present: … 211. PUBLIC FORUM … 212. APOLOGIES …': a post's
    one paragraph, numbered on from the year's earlier minutes, is read by that chain."""
    text = ("Minutes – 10th April 2018\n\nMINUTES OF THE MEETING of Allerby Parish Council, "
            "Tuesday 10th April 2018, 7.30pm, Allerby Village Hall. Present: Councillors Ann Ash "
            "(AA)(Chair), Ben Bell (BB), Cora Cole (CC); Dora Dunn, Clerk. 211. PUBLIC FORUM "
            "– a resident asked when the lane would be swept, which had not been done since "
            "the autumn. 212. APOLOGIES FOR ABSENCE – Cllr Eve Ede. 213. "
            "DECLARATIONS OF INTEREST – none were made at this meeting. 214. MINUTES of the "
            "meeting held on 13th March 2018 – signed as a correct record. 215. "
            "HEDGE TRIMMING – it was RESOLVED to accept the quotation from Harrow Grounds.\n")
    [meeting] = text_meetings(text)
    assert meeting.date == date(2018, 4, 10)
    assert [item.number for item in meeting.items] == ["211", "212", "213", "214", "215"]


def test_a_typist_s_dash_touching_the_title_before_it_ends_the_title() -> None:
    """'Min 88- Bus Shelter- The Clerk had written …': the dash typed against the word before
    it sets the title apart from the minute's text, as a spaced dash does."""
    text = ("Minutes of the Allerby Parish Council meeting, held in the Old School, on Tuesday "
            "12th November 2019\n\nPresent: Parish Councillors A Ash (Chairman), B Bell, "
            "C Cole.\n\n"
            "Min 88- Bus Shelter- The Clerk had written to the county about the glass.\n\n"
            "Min 89- Village Green- Parish Councillor C Cole said the bench was now safe.\n\n"
            "Min 90- Planning- Parish Councillor B Bell proposed no objection. This was agreed."
            "\n\nMin 91- Finance- Members approved the following payments: salary "
            "£204.10.\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Bus Shelter", "Village Green", "Planning", "Finance"]


def test_headings_over_indented_paragraphs_of_a_page_saved_as_text_are_items() -> None:
    """'Trail Work' / '    Ann Ash said …': a page saved as text keeps its layout,
    each unnumbered heading at the margin over its paragraph indented under it."""
    text = ("Trails Committee Minutes\n\nMinutes of Meeting – May 14, 2008\n\n"
            "ATTENDEES: Ann Ash, Ben Bell, Cora Cole.\n\nTrail Work\n    Ann Ash said that the "
            "river path had been cleared of fallen branches.\n\nBridge Repair\n    Ben Bell said "
            "that two of the planks on the footbridge need replacing.\n\nSignposts\n    Cora Cole "
            "will order four new signs for the ridge loop.\n\nVolunteer Day\n    Ben "
            "asked for helpers on the first Saturday in June.\n")
    [meeting] = text_meetings(text)
    assert [item.title for item in meeting.items] == [
        "Trail Work", "Bridge Repair", "Signposts", "Volunteer Day"]


def test_a_document_site_s_menu_glued_to_the_title_does_not_name_the_body() -> None:
    """'HomeMy Records PortalAboutCity Council - 03/06/1989 …': the site's links run together before
    the page's title are no part of the body's name."""
    text = ("Loading...\nHomeMy Records PortalAboutCity Council - 03/06/1989 MINUTES\n"
            "MINUTES\nALLERBY CITY COUNCIL\nMONDAY, MARCH 6, 1989 7:00 PM COUNCIL ROOM\n"
            "PRESENT: Mayor Ash and all Councilmembers present.\n\n1. Minutes\nMOTION: Bell "
            "moved, seconded by Cole, to approve. Motion carried.\n\n2. Streets\nThe report was "
            "received.\n\n3. Parks\nMOTION: Cole moved, seconded by Bell, to approve the fees. "
            "Motion carried.\n")
    assert "Portal" not in text_meetings(text)[0].committee


def test_an_extra_ordinary_meeting_then_the_ordinary_one_that_day_are_two_records() -> None:
    """'Minutes of the Extra Ordinary Meeting …' then 'Minutes of the Ordinary Meeting …' the
    same evening, each over who attended: two meetings, however the clerk spells the first."""
    record = ("DRAFT: Minutes of the {kind} Meeting of the Parish Council held on\n"
              "14th January 2020 at {time} in the Village Hall, Allerby\n\n"
              "Present: Cllrs. Ann Ash (Chair), Ben Bell and Cora Cole\n\n"
              "19/20-{a} Apologies:\nNone\n\n19/20-{b} Roof\nRESOLVED to accept the quotation.\n\n"
              "19/20-{c} Hall\nThe hall report was noted.\n\n")
    text = record.format(kind="Extra Ordinary", time="6.30pm", a=90, b=91, c=92) \
        + record.format(kind="Ordinary", time="7.15pm", a=93, b=94, c=95)
    assert [len(m.items) for m in text_meetings(text)] == [3, 3]


def test_a_record_title_naming_its_kind_between_body_and_meeting_opens_the_record() -> None:
    """'MINUTES OF THE LIBRARY COMMITTEE SPECIAL MEETING' / 'HELD ON APRIL 3, 1990', then the
    committee's regular meeting a week later: two records, each of its day."""
    record = ("MINUTES OF THE LIBRARY COMMITTEE {kind}MEETING\nHELD ON APRIL {day}, 1990\n\n"
              "PRESENT: Chairman Ann Ash, Ben Bell and Cora Cole.\n\n1. The minutes were approved."
              "\n\n2. Mrs. Bell moved to accept the low bid, seconded by Mr. Cole. Motion carried."
              "\n\n3. The meeting adjourned at 9:05 P.M.\n\n")
    text = record.format(kind="SPECIAL ", day=3) + record.format(kind="", day=10)
    assert [m.date for m in text_meetings(text)] == [date(1990, 4, 3), date(1990, 4, 10)]


def test_a_record_before_the_first_heading_found_is_a_meeting_of_its_own() -> None:
    """Who attended and the minutes of a meeting whose heading is not read, then a record's
    heading: the first record is a meeting, not lines of the second's heading."""
    text = ("ALLERBY PARISH ASSEMBLY\n\nPresent: Cllr Ann Ash (Chair), Cllr Ben Bell and nine "
            "electors of the parish.\n\nThe Chairman welcomed the electors and reported on the "
            "year's work on the playing field and the footpaths.\n\nThe Clerk presented the "
            "accounts for the year, which showed a balance of £4,210 at the end of March.\n\n"
            "Several electors asked that the bus shelter on Mill Lane be repaired before the "
            "winter, and the Council agreed to seek quotations.\n\n"
            "Minutes of the Meeting of Allerby Parish Council held on Tuesday 12th May 2020\n\n"
            "Present: Cllr Ann Ash (Chair), Cllr Ben Bell, Cllr Cora Cole\n\n1. Apologies\nNone."
            "\n\n2. Minutes\nThe minutes were signed.\n\n3. Finance\nRESOLVED to pay the invoices."
            "\n")
    meetings = text_meetings(text)
    assert len(meetings) == 2
    assert "bus shelter" in " ".join(item.text for item in meetings[0].items)
    assert [item.title for item in meetings[1].items] == ["Apologies", "Minutes", "Finance"]


def test_a_notice_that_a_council_will_hold_its_meeting_over_entries_is_its_agenda() -> None:
    """'Allerby Parish Council will hold its Ordinary meeting on Tuesday 4th June 2024 at 7pm
    …' over numbered entries: the meeting's agenda, its entries its items (not the next
    meeting a record names at its end)."""
    text = ("June 2024\n\nAllerby Parish Council will hold its Ordinary meeting on Tuesday 4th "
            "June 2024 at 7pm in the Old School. All are welcome.\n\n1. Welcome.\n\n"
            "2. To receive apologies\n\n3. Declarations of interest.\n\n4. Play area fencing\n\n"
            "5. Date of the next meeting.\n")
    [agenda] = text_meetings(text)
    assert (agenda.kind, agenda.date) == ("agenda", date(2024, 6, 4))
    assert [item.title for item in agenda.items] == [
        "Welcome", "To receive apologies", "Declarations of interest", "Play area fencing",
        "Date of the next meeting"]


def test_an_agenda_s_time_for_an_entry_is_no_part_of_its_title() -> None:
    """'Finance (8.15)', 'Finance (19:30)': the time an agenda gives an entry is cut from its
    title; a year or a minute's reference in brackets stays."""
    from indexer.parse.blocks import clean_title

    assert clean_title("Finance (8.15)")[0] == "Finance"
    assert clean_title("Planning (19:30)")[0] == "Planning"
    assert clean_title("Accounts (2019)")[0] == "Accounts (2019)"
    assert clean_title("Matters arising (minute 4.12)")[0] == "Matters arising (minute 4.12)"


def test_a_post_titled_by_its_minutes_and_a_month_first_date_is_dated_by_it() -> None:
    """A blog's post dated 'Friday, 17 September 2021' titled 'Minutes of Residents'
    Association Committee September 14th 2021': the meeting is the title's day."""
    text = ("Amberford Village News\n\nFriday, 17 September 2021\n\n"
            "Minutes of Residents' Association Committee September 14th 2021\n\n"
            "Pauline Ash; Dennis Fair; Gillian Hope\n\n1. Apologies\n\nNone.\n\n"
            "2. Greenway path\n\nIt was agreed to write to the Parish Council.\n")
    (meeting,) = text_meetings(text)
    assert meeting.date == date(2021, 9, 14)
