"""The council a heading names, and committees named with their council."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse.bodies import body_name, committee_with_body, institution_line
from tests.fixtures.minutes import html_meetings, text_meetings


def test_the_council_is_read_from_heading_lines_in_any_case() -> None:
    assert body_name(["BURTON-CUM-WALDEN PARISH COUNCIL", "MINUTES OF THE MEETING"]) == \
        "Burton-cum-Walden Parish Council"
    assert body_name(["1429/12/2019 MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT"]) == \
        "Wretton Parish Council"
    assert body_name(["Minutes of the meeting of Northwold and Whittington Parish Council"]) == \
        "Northwold and Whittington Parish Council"
    assert body_name(["London Borough of Merton", "Audit Committee"]) == \
        "London Borough of Merton"
    assert body_name(["KENT COMMUNITY SAFETY PARTNERSHIP"]) == ""


def test_a_committee_is_named_with_its_council_and_a_council_alone_once() -> None:
    assert committee_with_body("Cabinet", "Kent County Council") == "Kent County Council — Cabinet"
    assert committee_with_body("Burton-cum-walden Parish Council Minutes of the Parish Council "
                               "Meeting Held on", "Burton-cum-Walden Parish Council") == \
        "Burton-cum-Walden Parish Council"
    assert committee_with_body("County Council", "Kent County Council") == "Kent County Council"
    assert committee_with_body("Kent Community Safety Partnership", "") == \
        "Kent Community Safety Partnership"


def test_doubled_heading_fragments_and_record_words_do_not_make_a_committee() -> None:
    assert body_name(["AYTON AYTON AYTON COMMUNITY COUNCIL"]) == "Ayton Community Council"
    assert committee_with_body("Draft Minutes Subject to the Approval at the next Meeting "
                               "Extraordinary Parish Council", "Wereham Parish Council") == \
        "Wereham Parish Council"


def test_a_later_heading_line_gives_the_same_council_its_fuller_name() -> None:
    assert body_name(["Northwold Parish Council - minutes of October meeting", "November 2018",
                      "Northwold and Whittington Parish Council – Ordinary Meeting Tuesday"]) \
        == "Northwold and Whittington Parish Council"
    assert body_name(["Wereham Parish Council minutes",
                      "Stoke Ferry Parish Council sent its apologies"]) == "Wereham Parish Council"


def test_a_committee_line_under_its_authority_or_with_its_date_and_record_word() -> None:
    from tests.fixtures.minutes import pdf_meetings, text_meetings

    npa = """Cheviot Fells National Park Authority
Planning Committee

Public Minutes of the meeting held at The Old Mill, Bellingburn on Thursday 19 March 2026.

Present: Alison Rudd (Chair), Tom Armstrong, Brian Charlton.

18/26 Minutes
Resolved: That the minutes of the meeting held on 19 February 2026 be confirmed.

19/26 Members Interests
None were declared.

20/26 Planning applications
The Committee considered two applications.
"""
    [meeting] = pdf_meetings((npa,))
    assert meeting.committee == "Cheviot Fells National Park Authority — Planning Committee"
    page = """Portmarsh & Eastbrook Town Council
Home | Your Council | Meetings & Minutes

2nd July 2025 Burial Committee Minutes

Minutes of the meeting held on Wednesday 2nd July 2025 at 7pm in the Council Chamber

Present: Cllrs: Gail Tottle (Chair), Barry Withycombe, Sue Kingdon.

1. Apologies
None.

2. Cemetery gates
The gates will open at 8am from September.

3. Memorials
Two applications were approved.
"""
    [meeting] = text_meetings(page)
    assert meeting.committee == "Portmarsh & Eastbrook Town Council — Burial Committee"


def test_a_council_named_on_a_line_of_its_own_and_a_site_named_after_its_body() -> None:
    from tests.fixtures.minutes import html_meetings, text_meetings

    text = """OVERVIEW AND SCRUTINY COMMITTEE

MEETING   :  Monday, 4th September 2023

PRESENT   :  Cllrs. Whitcombe (Chair), Ellery (Vice-Chair), Baird and Dorey

APOLOGIES :  Cllr. Holloway

Severnbridge City Council

14.   DECLARATIONS OF INTEREST
There were none.

15.   MINUTES
The minutes were approved.

16.   HOUSING STRATEGY
The Committee noted the report.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == "Severnbridge City Council — Overview and Scrutiny Committee"
    page = """<html><head><title>Agenda for Combined Authority on Thursday, 16th October, 2025,
11.00 am | North Moorland Combined Authority</title></head><body><main>
<h1>Combined Authority - Thursday, 16th October, 2025 11.00 am</h1>
<p>41.</p><p>Apologies for Absence</p><p>Minutes:</p><p>Apologies were received.</p>
<p>42.</p><p>Declarations of Interest</p><p>Minutes:</p><p>There were none.</p>
<p>43.</p><p>Transport Plan</p><p>Minutes:</p><p>Resolved: That the plan be approved.</p>
</main></body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == "North Moorland Combined Authority"


def test_a_heading_that_names_its_council_twice_names_it_once() -> None:
    heading = ("BURTON-CUM-WALDEN PARISH COUNCIL MINUTES OF THE PARISH COUNCIL MEETING HELD ON "
               "TUESDAY, 4 NOVEMBER 2025")
    assert body_name([heading]) == "Burton-cum-Walden Parish Council"
    assert body_name(["Burton-cum-Walden Parish Council", heading]) == \
        "Burton-cum-Walden Parish Council"


def test_a_committee_line_with_its_date_after_and_a_scottish_minute_s_opening() -> None:
    from tests.fixtures.minutes import html_meetings, text_meetings

    title = "National Park Authority 04/06/25 - Dyfed Shore National Park Authority"
    page = f"""<html><head><title>{title}</title></head><body><main>
<h1>National Park Authority 04/06/25</h1>
<p>Meeting Date : 04/06/2025</p>
<p>1. Apologies for absence</p><p>Apologies were received from Cllr Rhys Owen.</p>
<p>2. Disclosures of interest</p><p>There were no disclosures of interest.</p>
<p>3. Minutes</p><p>The minutes of the meeting held on 26 March 2025 were confirmed.</p>
<p>4. Chair's Announcements</p><p>The Chair welcomed the new Chief Executive.</p>
</main></body></html>"""
    assert html_meetings(page)[0].committee == "Dyfed Shore National Park Authority"
    text = """INVERCARRON, 24 June 2025. Minute of Meeting of the OPERATIONAL DELIVERY
COMMITTEE. Present:- Councillor Fiona MacLean, Convener; and Councillors Anderson, Bain and Hay.

DETERMINATION OF URGENT BUSINESS

1. The Convener advised that there was no urgent business.

DECLARATIONS OF INTEREST

2. Councillor Bain declared an interest in item 7.

ROADS MAINTENANCE PROGRAMME

3. The Committee had before it a report by the Director. The Committee resolved to approve
the programme.
"""
    assert text_meetings(text)[0].committee == "Operational Delivery Committee"


def test_the_meetings_kind_before_the_body_that_met_is_no_part_of_its_name() -> None:
    from tests.fixtures.minutes import text_meetings

    [meeting] = text_meetings(
        "Minutes of the Annual General Meeting of the Village Hall Management Committee "
        "Monday 14 April 2025\n\nPresent: Kate Ash (Chair), Tom Lee\n\n"
        "1. Apologies\nNone.\n\n2. Accounts\nThe accounts were adopted.\n\n3. Lettings\n"
        "The lettings were noted.\n")
    assert meeting.committee == "Village Hall Management Committee"


def test_an_authority_that_is_no_council_names_its_committees() -> None:
    from tests.fixtures.minutes import html_meetings, text_meetings

    [board] = text_meetings(
        "GLENCARRA NATIONAL PARK AUTHORITY\n\nMINUTES OF THE BOARD MEETING\n\nheld at the "
        "Community Centre on 14 March 2025 at 10.00am\n\nPresent: Morag Fergus, Alan Kerr\n\n"
        "1. Apologies\nNone.\n\n2. Budget\nThe budget was approved.\n\n3. Planning\nNoted.\n")
    assert board.committee == "Glencarra National Park Authority — Board"
    [committee] = html_meetings(
        "<html><head><title>Agenda for Resources Committee on Thursday, 17th July, 2025, "
        "10.00 am - Wessex Dale Fire and Rescue Authority</title></head><body>"
        "<h1>Resources Committee</h1><p>Thursday, 17th July, 2025 10.00 am</p>"
        "<p>RC/31 Apologies</p><p>Apologies were received from Councillor Hext.</p>"
        "<p>RC/32 Minutes</p><p>RESOLVED that the minutes be signed.</p>"
        "<p>RC/33 Treasury Management</p><p>The report was noted.</p></body></html>")
    assert committee.committee == "Wessex Dale Fire and Rescue Authority — Resources Committee"


ITEMS = "\n\n1. Apologies\nNone.\n\n2. Accounts\nThe accounts were approved.\n\n3. Hall\nNoted.\n"


def test_bodies_named_by_a_page_title_a_wrapped_heading_or_a_line_ending_in_meeting() -> None:
    from tests.fixtures.minutes import html_meetings, text_meetings

    [harbour] = html_meetings(
        "<html><head><title>MINUTES of the Arnmouth Harbour Board</title></head><body><p>"
        "MINUTES of the arnmouth harbour board held at the district council offices on Monday "
        "13th October 2025 at 10am</p><p>Present: Mr R Pell, Mr A Chall</p>"
        "<p>1. Apologies</p><p>None.</p><p>2. Dredging</p><p>Noted.</p><p>3. Moorings</p>"
        "<p>The fees were approved.</p></body></html>")
    assert harbour.committee == "Arnmouth Harbour Board"
    [group] = text_meetings("Little Hadley Neighbourhood Plan - Steering Group Meeting 14th May "
                            f"2024\n\nAttendees: Clare Dunn, Robin Ash{ITEMS}")
    # 'Attendees:' under the heading is its attendance, as 'Present:' is: the heading names
    # the group as printed.
    assert group.committee == "Little Hadley Neighbourhood Plan - Steering Group"
    [trustees] = text_meetings("# Aldmoor Village Hall Managing Trustees Meeting\n\n**14th October "
                               f"2025, 7.45pm, Aldmoor Village Hall**{ITEMS}")
    assert trustees.committee == "Aldmoor Village Hall Managing Trustees"
    [council] = text_meetings("CYNGOR CYMUNED\nBRYNCOED\nCOMMUNITY COUNCIL\n\nMinutes of the "
                              f"Council Meeting, 9th September 2025{ITEMS}")
    assert council.committee == "Bryncoed Community Council"


def test_a_record_s_kind_before_its_body_is_not_part_of_the_name() -> None:
    from indexer.parse.committees import normalise_committee

    assert normalise_committee("Proceedings of the Meeting of the Airedon City Council") \
        == "Airedon City Council"
    assert normalise_committee("Decisions of the Finchbury Area Committee") \
        == "Finchbury Area Committee"
    assert normalise_committee("Ninety-Eighth Annual Meeting of the Abbots Ditton Parish "
                               "Council") == "Abbots Ditton Parish Council"
    assert normalise_committee("General Purposes Committee") == "General Purposes Committee"
    assert normalise_committee("Annual Parish Meeting") == "Annual Parish Meeting"


def test_a_borough_named_in_capitals_a_site_s_logo_and_a_closing_line_name_the_council() -> None:
    from indexer.parse.bodies import body_name
    from indexer.parse.meetings import parse_document
    from indexer.read.html import html_to_text
    from indexer.records import Document

    assert body_name(["LONDON BOROUGH OF BRIMSWORTH"]) == "London Borough of Brimsworth"
    page = ("<html><head><title>Meeting documents - Licensing Committee</title></head><body>"
            "<div><img src='logo.gif' alt='Ebbwdale County Borough Council'></div>"
            "<div id='content'><h1>Licensing Committee</h1><p>Thursday, 19th February, 2026</p>"
            "<p>1. Apologies</p><p>None.</p><p>2. Minutes</p><p>RESOLVED that they be "
            "approved.</p><p>3. Fees</p><p>RESOLVED that the fees be approved.</p>"
            "</div></body></html>")
    title, text = html_to_text(page.encode())
    assert title == "Meeting documents - Licensing Committee - Ebbwdale County Borough Council"
    (meeting,) = parse_document(Document("p.html", "html", (text,), title=title))
    assert meeting.committee == "Ebbwdale County Borough Council — Licensing Committee"
    closing = ("Decisions of the Finchbury Area Committee\n\n15 January 2026\n\n"
               "1. MINUTES (Agenda Item 1):\n\nRESOLVED – That the minutes be agreed.\n\n"
               "2. ABSENCE (Agenda Item 2):\n\nNone.\n\n3. BUDGET (Agenda Item 3):\n\nNoted.\n\n"
               "London Borough of Hendale\n")
    (meeting,) = parse_document(Document("d.txt", "txt", (closing,)))
    assert meeting.committee == "London Borough of Hendale — Finchbury Area Committee"


def test_a_meeting_page_s_bulleted_details_name_its_committee() -> None:
    from indexer.parse.meetings import parse_document
    from indexer.records import Document

    page = ("Meeting details\n\n• Howe Area Committee\n• Howe Area Committee 10/06/2025\n"
            "• 10 June 2025 - 10:00AM\n• Council Chamber, Howe House\n\n"
            "1 - Declaration of Members' Interests\n\nNone.\n\n2 - Minute of Meeting of 6 May "
            "2025\n\nApproved.\n\n3 - Car Parking Review\n\nThe Committee agreed the review.\n")
    (meeting,) = parse_document(Document("p.html", "html", (page,),
                                         title="Meeting details - Committees - Strathdene "
                                               "Council"))
    assert meeting.committee == "Strathdene Council — Howe Area Committee"


def test_committee_lines_of_scottish_and_joint_bodies_and_a_member_s_own_council() -> None:
    from indexer.parse.meeting_bodies import _committee_line

    assert _committee_line("Strathearn and Angus Transport Partnership Minute 16 September "
                           "2025") == "Strathearn and Angus Transport Partnership"
    assert _committee_line("Neighbourhoods, Housing and Public Realm City Policy Committee.") \
        == "Neighbourhoods, Housing and Public Realm City Policy Committee"
    assert _committee_line("THE INCHKEITH COUNCIL - NORTH AREA COMMITTEE – COUNTY BUILDINGS, "
                           "CUPAR") == "North Area Committee"
    assert body_name(["Present: Councillor Moira Dunbar (Angus Council); Councillors Ross "
                      "Petrie and Karen Lennie (Dundee City Council)."]) == ""


def test_principal_bodies_not_named_council_are_bodies() -> None:
    assert body_name(["Agenda for Cabinet on Thursday, 19th March, 2026 | City and County of "
                      "Porthmawr"]) == "City and County of Porthmawr"
    assert body_name(["East Pennine Combined Authority - Governance"]) \
        == "East Pennine Combined Authority"
    assert body_name(["Corporation of Kingsmere"]) == "Corporation of Kingsmere"
    assert body_name(["City of Edinburgh Council"]) == "City of Edinburgh Council"


def test_a_site_s_trail_of_links_names_the_council_whose_page_it_is() -> None:
    """'Ruskett Parish Council › Minutes › Draft Minutes – Ordinary Meeting of the Parish
    Council …' under a hosting site's menus: the record says only 'the Parish Council'."""
    from tests.fixtures.minutes import text_meetings

    menus = "\n".join(f"    Menu entry {n}" for n in range(12))
    text = (f"Skip to content\nParishnet Hosting\n\n{menus}\n\n"
            "Ruskett Parish Council  ›  Minutes  ›  Draft Minutes – Ordinary Meeting\n\n"
            "Draft Minutes – Ordinary Meeting of the Parish Council, Village Hall, 7p.m., "
            "Wednesday 8 October 2025\n\n"
            "1. Apologies for Absence: Cllr. Tom Kennow, who was away.\n"
            "2. Minutes of Previous Meeting: The September Minutes were signed by the Chairman.\n"
            "3. Date of Next Meeting: Wednesday 10 December 2025 at 7p.m.\n")
    assert text_meetings(text)[0].committee == "Ruskett Parish Council"


def test_a_record_s_words_before_council_name_no_body() -> None:
    """'Draft Council Minutes – Ordinary Meeting 14 May 2024' names no council; the heading
    'RUSKETT PARISH COUNCIL' under it does."""
    assert body_name(["Draft Council Minutes – Ordinary Meeting 14 May 2024"]) == ""
    assert body_name(["Draft Council Minutes – Ordinary Meeting 14 May 2024",
                      "RUSKETT PARISH COUNCIL"]) == "Ruskett Parish Council"


def test_a_kind_of_meeting_named_first_leaves_the_council_after_it() -> None:
    assert body_name(["Minutes of Full Council Meeting of the Trevowan Parish Council held "
                      "on Monday 3 March"]) == "Trevowan Parish Council"


def test_a_council_named_in_welsh_alone_is_its_body_and_the_english_name_comes_first() -> None:
    assert body_name(["Cyngor Sir Cwmerwyn dogfennau , 4 Mai 2011"]) == "Cyngor Sir Cwmerwyn"
    assert body_name(["Cyngor Cymuned Pentrefoel", "Pentrefoel Community Council"]) == \
        "Pentrefoel Community Council"
    assert committee_with_body("Pwyllgor Trwyddedu", "Cyngor Sir Cwmerwyn") == \
        "Cyngor Sir Cwmerwyn — Pwyllgor Trwyddedu"


MEETING_PAGE = """<html><head><title>Agenda for Resources Committee on Tuesday 4 May 2021,
2.00 pm - Fellbury and Askby Fire Authority</title></head><body><main>
<h1>Resources Committee</h1><p>Tuesday 4 May 2021, 2.00 pm</p>
<table><tr><td>1.</td><td><p>Apologies for Absence</p><p>Minutes:</p>
<p>None were received.</p></td></tr>
<tr><td>2.</td><td><p>Budget Monitoring</p><p>Minutes:</p>
<p>RESOLVED - that the report be noted.</p></td></tr></table>
<p>Tarnbeck Association of Dales Councils, Dale House, 4 Kirk Lane, Tarnbeck TB4 7QS</p>
</main></body></html>"""


def test_a_body_named_short_is_named_in_full_from_the_site_title_or_the_next_line() -> None:
    [meeting] = html_meetings(MEETING_PAGE.replace("Tarnbeck Association of Dales Councils, ", ""))
    assert meeting.committee == "Fellbury and Askby Fire Authority — Resources Committee"
    [meeting] = text_meetings("Annual Meeting of the Fire Authority 12th June 2019\n\n"
                              "Annual Meeting of Brackmoor Fire Authority\n\n1. Apologies\n\n"
                              "None.\n\n2. Election of Chair\n\nRESOLVED that Cllr Ashwin be "
                              "Chair.\n")
    assert meeting.committee == "Brackmoor Fire Authority"


def test_the_address_in_a_pages_footer_names_the_body() -> None:
    [meeting] = html_meetings(MEETING_PAGE.replace(" - Fellbury and Askby Fire Authority", ""))
    assert meeting.committee == "Tarnbeck Association of Dales Councils — Resources Committee"


def test_a_meeting_title_field_names_the_body() -> None:
    [meeting] = text_meetings("Notes\n\nMeeting Title: Penwyn & Carrack Community Network Panel"
                              "\n\nDate: 11 March 2020\n\n1. Welcome\n\nThe chair welcomed "
                              "everyone.\n\n2. Highways\n\nNoted.\n")
    assert meeting.committee == "Penwyn & Carrack Community Network Panel"


def test_a_parishs_annual_meeting_of_electors_is_named_as_the_councils_meeting() -> None:
    [meeting] = text_meetings("TIDWICK PARISH COUNCIL\n\nMINUTES OF THE ANNUAL PARISH MEETING OF "
                              "ELECTORS\nHELD ON THURSDAY 21ST APRIL 2016 AT 7.30PM\n\nPRESENT: "
                              "Parish Councillors A Gale (Chairman), B Ives\n\n1. APOLOGIES\n\n"
                              "None.\n\n2. CHAIRMAN'S REPORT\n\nThe Chairman reported on the year."
                              "\n")
    assert meeting.committee == "Tidwick Parish Council — Annual Parish Meeting of Electors"
    [meeting] = text_meetings("Minutes of the Annual Parish Meeting of the\n\nUpper Tidwick Parish"
                              "\n\nheld on the 18th May 2016 at 7.00 pm.\n\n1 Election of "
                              "Chairman: As chairman of Upper Tidwick Parish Council, Cllr Gale "
                              "took the chair.\n\n2. Minutes of the last meeting were agreed.\n")
    assert meeting.committee == "Upper Tidwick Parish Council — Annual Parish Meeting"


def test_a_conservancy_on_a_line_of_its_own_and_an_association_of_town_and_city_councils() -> None:
    [meeting] = text_meetings("Minutes of the meeting held on Monday 6 March 2023 from 2pm at the "
                              "Harbour Office, Tidwick.\n\nTIDWICK HARBOUR CONSERVANCY\n\nPresent: "
                              "Anne Gale (Chairman), Bob Ives\n\n1. Apologies\n\nNone were "
                              "received.\n\n2. Dredging\n\nThe Harbour Master reported on the "
                              "dredging of the channel.\n\n3. Moorings\n\nIt was agreed to raise "
                              "the mooring fees.\n")
    assert meeting.committee == "Tidwick Harbour Conservancy"
    assert body_name(["Minutes – Yelbury Association of Town and City Councils"]) == \
        "Yelbury Association of Town and City Councils"


def test_a_council_of_several_places_listed_with_commas_on_a_line_of_its_own() -> None:
    assert body_name(["Tidwick, Yelbury and Quarrow Community Council."]) == \
        "Tidwick, Yelbury and Quarrow Community Council"
    [meeting] = text_meetings("Home\nNews\nHarbour\nCommunity Council\nClubs\nContact\n\n"
                              "Community Council Minutes Feb.2026\n\nTidwick, Yelbury and Quarrow "
                              "Community Council.\nMinutes for the Monthly Meeting on Monday, 9th "
                              "Feb.2026\n\nPresent: Ann Gale (chair), Bob Ives\n\n1. Apologies. "
                              "None.\n2. Minutes of the last meeting. Approved.\n3. Harbour. Bob "
                              "reported on the harbour steps.\n")
    assert meeting.committee == "Tidwick, Yelbury and Quarrow Community Council"


def test_an_authority_over_its_forum_is_the_body_not_a_council_its_members_represent() -> None:
    text = "\n\n".join([
        "ITEM 6", "ELMSTONE NATIONAL PARK AUTHORITY", "CONSULTATIVE FORUM",
        "MINUTES of the meeting of the Elmstone Consultative Forum held on Thursday 9 March 2017 "
        "at 7.00pm at Ashcombe Village Hall.",
        "PRESENT", "Ruth Paddon Ashcombe Parish Council", "Walter Greep Lowmoor Town Council",
        "Ivy Stannard Elmstone National Park Authority",
        "1. Apologies for absence were received from Dora Kemp.",
        "2. Minutes. The minutes of the meeting held on 8 December 2016 were agreed.",
        "3. Planning Issues. Ruth Paddon asked about the barn conversions at Lowmoor.",
    ])
    [meeting] = text_meetings(text)
    assert meeting.committee == "Elmstone National Park Authority — Elmstone Consultative Forum"


def test_a_borough_named_as_the_borough_of_a_place_is_a_body() -> None:
    assert body_name(["Borough of Kestleigh", "Cabinet"]) == "Borough of Kestleigh"
    assert body_name(["METROPOLITAN BOROUGH OF WEXHOLT"]) == "Metropolitan Borough of Wexholt"
    assert body_name(["County Borough of Quenbury"]) == "County Borough of Quenbury"


def test_a_header_grid_s_meeting_label_is_no_part_of_the_committee() -> None:
    (meeting,) = text_meetings(
        "City of Pengarth Council\nCommittee Minutes\nMeeting Standards Committee\n"
        "Date 21 November 2023\nPresent Councillors Cawsand (Chair), Gorran and Tregony\n\n"
        "23. Apologies for Absence\nNone were received this evening.\n\n"
        "24. Code of Conduct Complaints\nThe report was noted.\n")
    assert meeting.committee == "City of Pengarth Council — Standards Committee"


def test_a_site_theme_s_printed_name_names_the_council_of_a_page_that_does_not() -> None:
    page = ("<html><head><title>Minutes 2023</title></head><body><header>"
            "<div class='navbar-brand'><a class='brand-logo' href='/'><span>Pengarth Parish "
            "Council</span></a></div><ul><li><a href='/'>Home</a></li></ul></header><main>"
            "<p>Minutes of the Annual Meeting held on Thursday 18th May 2023 in the Village "
            "Hall.</p><p>Present: Councillor A. Cawsand (Chair), Councillors J. Gorran and "
            "P. Tregony.</p><p>31/23 Election of Chair.</p><p>Councillor Cawsand was proposed "
            "by Councillor Gorran, seconded by Councillor Tregony and duly elected.</p>"
            "<p>32/23 Apologies for Absence.</p><p>None were received.</p>"
            "<p>33/23 Date of Next Meeting.</p><p>Thursday 15th June 2023.</p></main></body>"
            "</html>")
    (meeting,) = html_meetings(page)
    assert meeting.committee == "Pengarth Parish Council"
    themed = page.replace("navbar-brand", "site-branding").replace(
        "<a class='brand-logo' href='/'><span>Pengarth Parish Council</span></a>",
        "<p class='site-title'>The Pengarths</p><p class='site-description'>Pengarth Parish "
        "Council</p>")
    assert html_meetings(themed)[0].committee != "The Pengarths Pengarth Parish Council"


def test_the_record_s_words_between_a_body_and_its_committee_are_no_part_of_the_name() -> None:
    from indexer.parse.committees import normalise_committee

    assert normalise_committee("PENGARTH VILLAGE PLAN - MINUTES OF WORKING GROUP MEETING") \
        == "Pengarth Village Plan – Working Group"
    assert normalise_committee("Pengarth Town Council - Minutes of the Finance Committee") \
        == "Pengarth Town Council — Finance Committee"


def test_a_council_site_s_name_does_not_complete_a_body_its_page_title_names() -> None:
    page = ("<html><head><title>Pengarth Partnership: Safer Communities Group - Thursday, 4th "
            "March, 2010 9.30 am</title></head><body><header><p class='site-name'><a href='/'>"
            "Pengarth County Council</a></p></header><main><p>Minutes of the Pengarth "
            "Partnership: Safer Communities Group held on Thursday, 4th March, 2010.</p>"
            "<p>1. Apologies</p><p>Apologies were received from Cllr Gorran and Mr Tregony.</p>"
            "<p>2. Community Safety Plan</p><p>Mrs Cawsand presented the draft plan, which was "
            "agreed.</p></main></body></html>")
    (meeting,) = html_meetings(page)
    assert "County Council" not in meeting.committee


def test_an_ordinal_meeting_of_a_body_on_a_line_of_its_own_names_it() -> None:
    from indexer.parse.record_opening import opening_committee
    from indexer.records import Line

    opening = ["PC.2019.4", "", "205th meeting of the Pengarth Accounts Commission", "",
               "Thursday 14 March 2019, 10.30am"]
    assert opening_committee([Line(text, 1) for text in opening]) \
        == "Pengarth Accounts Commission"


def test_a_menu_word_before_a_community_council_is_no_part_of_its_name() -> None:
    assert body_name(["Home  Community  Pengarth Community Council  Events  Contact"]) \
        == "Pengarth Community Council"
    assert body_name(["Home > Parish Council > Tregony Parish Council minutes"]) \
        == "Tregony Parish Council"


def test_a_committee_run_together_with_a_page_heading_and_its_date_is_the_body_named() -> None:
    from indexer.parse.committees import normalise_committee

    assert normalise_committee("CABINET 9TH MARCH 2011 CABINET") == "Cabinet"
    assert normalise_committee("Annual Meeting 2024") == "Annual Meeting 2024"


def test_a_sites_menu_run_into_the_councils_name_is_no_part_of_it() -> None:
    from indexer.parse.bodies import body_name

    assert body_name(["Home Village News Tregony Parish Council PC Minutes"]) == (
        "Tregony Parish Council")
    assert body_name(["Town Clerk J M Trebarwith Lanreath Town Council"]) == (
        "Lanreath Town Council")
    # 'Home of …' is a sentence's word, not a menu's: nothing is cut after it.
    assert not body_name(["Home of Polvean & District Community Council and the Hall"]).startswith(
        "of ")


def test_a_parish_council_named_by_kind_alone_takes_its_place_from_the_sites_title() -> None:
    from tests.fixtures.minutes import html_meetings

    page = ("<html><head><title>Minutes 4th May 2018 – Gorran &amp; Pentewan</title></head>"
            "<body><h1>Minutes 4th May 2018</h1><p>Minutes of the Parish Council meeting held "
            "on Friday, 4th May 2018 at 7.30pm</p><h3>1. Apologies</h3><p>None.</p>"
            "<h3>2. Minutes</h3><p>The minutes were approved.</p><h3>3. Finance</h3>"
            "<p>The balance was noted.</p></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.committee == "Gorran & Pentewan Parish Council"


def test_a_council_named_with_its_county_in_brackets_and_a_meeting_kind_alone() -> None:
    from indexer.parse.bodies import body_name
    from indexer.parse.committees import normalise_committee

    assert body_name(["News & Updates | Gorran (Polvean) Parish Council"]) == (
        "Gorran (Polvean) Parish Council")
    assert normalise_committee("Annual") == ""
    assert normalise_committee("Extraordinary") == ""


def test_a_committee_the_records_title_names_after_minutes_of_or_from() -> None:
    """'POLVEAN TOWN COUNCIL' / 'Minutes of the Meeting of the Planning & Development Control
    Committee', or 'DRAFT Minutes from the Cemetery Committee Meeting' under the council: the
    council's committee, not the council."""
    from tests.fixtures.minutes import text_meetings

    body = ("\n6.00 PM 3rd July 2024 in the Corn Hall\n\nCouncillors: Cllr A Gorran (Chair), "
            "Cllr B Rosevear, Cllr C Tregony\n\n1. Apologies\nApologies were received from "
            "Cllr D Lanyon.\n\n2. Planning applications\nThe committee raised no objection to "
            "PA24/0123, a porch at Mill Cottage.\n\n3. Date of next meeting\nThe next meeting "
            "will be held on 7th August 2024.\n")
    (meeting,) = text_meetings("POLVEAN TOWN COUNCIL\nMinutes of the Meeting of the Planning & "
                               "Development Control Committee" + body)
    assert meeting.committee == "Polvean Town Council — Planning & Development Control Committee"
    (meeting,) = text_meetings("Polvean Town Council\n\nDRAFT Minutes from the Cemetery "
                               "Committee Meeting" + body)
    assert meeting.committee == "Polvean Town Council — Cemetery Committee"


def test_a_council_named_as_its_places_and_one_under_a_sites_menu() -> None:
    assert body_name(["The Meeting of the Parish Council of Barlemere and Hensford"]) == \
        "Barlemere and Hensford Parish Council"
    page = ["Wold Polvean", "The village website of Wold Polvean", "Home", "Parish Council",
            "Village Hall", "Church", "History", "Contact", "23/01/2004 OGM Minutes",
            "WOLD POLVEAN PARISH COUNCIL MINUTES", "OF AN ORDINARY GENERAL MEETING"]
    assert body_name(page, small=False) == "Wold Polvean Parish Council"


def test_a_councils_committee_named_by_its_business_in_the_records_title() -> None:
    finance = text_meetings("Wrangby Parish Council\n\nMinutes of the Parish Council Finance "
                            "Meeting held on 29th August 2018\n\nPresent: Councillors R "
                            "Quarrington (Chairman), H Dunmore\n\n1. Apologies\nNone.\n\n"
                            "2. Budget\nNoted.\n\n3. Payments\nApproved.\n")
    assert finance[0].committee == "Wrangby Parish Council — Finance Committee"
    annual = text_meetings("Wrangby Parish Council\n\nMinutes of the Parish Council Annual "
                           "Meeting held on 9th May 2018\n\nPresent: Councillors R Quarrington "
                           "(Chairman), H Dunmore\n\n1. Apologies\nNone.\n\n2. Election of Chairman"
                           "\nAgreed.\n\n3. Payments\nApproved.\n")
    assert annual[0].committee == "Wrangby Parish Council"


def test_a_record_s_name_and_its_meeting_s_kind_around_a_committee_are_no_part_of_it() -> None:
    from indexer.parse.committees import normalise_committee

    assert normalise_committee("Minutes of the Brook Meadows Estate Committee Annual General") \
        == "Brook Meadows Estate Committee"
    assert normalise_committee("MINUTES OF THE BROOK MEADOWS ESTATE COMMITTEE MONTHLY GENERAL "
                               "MEETING") == "Brook Meadows Estate Committee"
    assert normalise_committee("Finance and General Purposes Committee") == \
        "Finance and General Purposes Committee"


@pytest.mark.parametrize(("heading", "body"), [
    ("ST KEWEN PARISH COUNCIL", "St Kewen Parish Council"),
    ("MT PLEASANT AND STS PETER AND PAUL PARISH COUNCIL",
     "Mt Pleasant and Sts Peter and Paul Parish Council"),
    ("ST KEWEN AND PDW JOINT BURIAL BOARD", "St Kewen and PDW Joint Burial Board"),
])
def test_a_saint_or_mount_in_capitals_is_a_word_not_an_acronym(heading: str, body: str) -> None:
    text = f"""{heading}

Minutes of the meeting held in the Village Hall on Tuesday 9th March 2004 at 7.30 pm

Present: Cllr Ames (Chairman), Cllr Bray and Cllr Cole.

1. Apologies
None.

2. Finance
The accounts were approved for payment.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == body


@pytest.mark.parametrize(("line", "committee"), [
    ("Recreation Ground Committee of the Parish Council", "Recreation Ground Committee"),
    ("MARKETS & FAIRS SUBCOMMITTEE", "Markets & Fairs Subcommittee"),
    ("JOINT BURIAL/ALLOTMENTS COMMITTEE", "Joint Burial/Allotments Committee"),
])
def test_a_council_s_heading_over_its_committee_names_both(line: str, committee: str) -> None:
    text = f"""KELBY PARISH COUNCIL

{line}

Meeting held at the Village Hall on Wednesday 12th March 2025 at 6.00pm

PRESENT: Cllr Mrs A Yelland (Chair), Cllr R Voisey and Cllr F Lander.

1. APOLOGIES
None.

2. GRASS CUTTING
It was resolved to accept the quotation of £640.

3. DATE OF NEXT MEETING
Wednesday 11th June 2025.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == f"Kelby Parish Council — {committee}"


@pytest.mark.parametrize(("line", "body"), [
    ("FENWICK METROPOLITAN BOROUGH", "Fenwick Metropolitan Borough"),
    ("The Township of Carrow Falls", "Township of Carrow Falls"),
    ("Shire of Wendarra", "Shire of Wendarra"),
    ("Next Parish Assembly – Monday 3rd March | Parish of St. Oriel", "Parish of St. Oriel"),
    ("CITY OF NORTH HAVERLY PLANNING COMMITTEE", "City of North Haverly"),
])
def test_an_authority_named_by_its_kind_before_its_place_is_a_body(line: str, body: str) -> None:
    assert body_name([line]) == body


def test_trustees_for_a_town_are_not_the_town() -> None:
    assert body_name(["Charter Trustees for the Town of Marlow Cross"]) == ""


def test_a_committee_s_council_in_brackets_under_its_name_is_its_body() -> None:
    assert body_name(["MILL LANE ALLOTMENTS COMMITTEE",
                      "(A SITE COMMITTEE OF KELBY TOWN COUNCIL)"]) == "Kelby Town Council"
    assert body_name(["Councillor Moira Dunbar (Glenmoray Council)"]) == ""


def test_a_site_s_banner_over_its_menu_names_the_council_a_printed_page_leaves_out() -> None:
    from tests.fixtures.minutes import pdf_meetings

    page = ("15/05/2014, 11:42 Agenda and minutes - Audit Committee - Thursday, 28th June 2007\n\n"
            "Kelby Borough Council | Home | Councillors | Meetings | Decisions | Search\n\n"
            "Agenda and minutes\nAudit Committee - Thursday, 28th June 2007 2.30 pm\n\n"
            "Venue: Committee Room 2, Town Hall, Kelby\n\nItems\nNo. Item\n\n"
            "20. Apologies for absence\nMinutes:\nApologies were received from Councillor Ash.\n\n"
            "21. Annual Audit Letter\nMinutes:\nThe auditor presented the letter, which the "
            "Committee noted after a short discussion of the value for money conclusion.\n\n"
            "22. Internal Audit Plan\nMinutes:\nRESOLVED – That the internal audit plan for "
            "2007/08 be approved.\n")
    [meeting] = pdf_meetings((page,))
    assert meeting.committee == "Kelby Borough Council — Audit Committee"


@pytest.mark.parametrize(("opening", "committee"), [
    ("Minutes of the Parish Council Meeting held in Kelby Reading Room on Wednesday 12 September "
     "2001", "Kelby Parish Council"),
    ("Minutes of Community Council Meeting held 12th September 2019, Village Hall, Ashcombe",
     "Ashcombe Community Council"),
])
def test_a_council_named_by_its_kind_alone_takes_the_place_it_meets_in(
        opening: str, committee: str) -> None:
    text = f"""{opening}

Present: Cllr Ann Ash (Chair), Cllr Ben Bell, Cllr Cara Cole

1. Apologies
Apologies were received from Cllr Dev Dunn, who was working away that evening.

2. Planning
The council raised no objection to the application for a garage at the mill.

3. Date of next meeting
Wednesday 10th October at 7.30pm.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == committee


def test_a_street_after_the_hall_is_no_place_of_a_council() -> None:
    from indexer.parse.meeting_bodies import _venue_place

    assert _venue_place(["Minutes of the meeting, Village Hall, Great Ashby Road"]) == ""


def test_a_post_under_a_slash_breadcrumb_titled_by_its_council_s_kind_takes_the_site_s_place(
) -> None:
    page = """<html><head><title>Town Council Monthly meeting Minutes – Tuesday 10th June 2025 |
Kelby Village</title></head><body>
<p>Home / Meetings / Town Council Monthly meeting Minutes – Tuesday 10th June 2025</p>
<h1>Town Council Monthly meeting Minutes – Tuesday 10th June 2025</h1>
<p>Present: Cllr Ames (Chairman), Cllr Bray, Cllr Cole.</p>
<ol><li>Apologies for absence</li></ol><p>Cllr Dunn (holiday) – accepted.</p>
<ol start="2"><li>Planning</li></ol><p>No objection to the application.</p>
<ol start="3"><li>Finance</li></ol><p>RESOLVED that the payments be made.</p>
</body></html>"""
    [meeting] = html_meetings(page)
    assert meeting.committee == "Kelby Town Council"
    assert meeting.date.isoformat() == "2025-06-10"


def test_a_page_of_a_year_s_minutes_names_its_committee_without_the_year() -> None:
    text = """Town of Kelby - Finance Committee Minutes 2011 |

NINTH MEETING March 9, 2011

PRESENT: M. Ames, J. Bray, P. Cole

1. Minutes
The minutes of March 2, 2011 were approved 9-0-1.

2. Parks budget
The Committee voted 8-0-2 to recommend the Parks budget with one change.

3. Reserve Fund
The Committee voted to approve a $12,000 transfer.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == "Town of Kelby — Finance Committee"


def test_a_council_s_working_party_under_its_heading_names_both() -> None:
    text = """KELBY TOWN COUNCIL

MINUTES OF THE SUMMER FAIR WORKING PARTY
HELD AT THE GUILDHALL
ON TUESDAY 2 JUNE 2015 AT 6.00PM

PRESENT: Cllr A Ames (Chair), Cllr B Bray, Mrs C Cole (Town Clerk)

1. APOLOGIES
None.

2. STALLS
The Town Clerk reported that the stall bookings had opened.

3. DATE OF NEXT MEETING
Tuesday 16 June 2015.
"""
    [meeting] = text_meetings(text)
    assert meeting.committee == "Kelby Town Council — Summer Fair Working Party"


def test_a_page_titled_agenda_and_decisions_for_a_meeting_is_dated_by_its_title() -> None:
    """A committee system's 'Agenda and decisions for Council on <date>' page: the earlier
    meeting its minutes item names is not the page's."""
    from indexer.parse.meetings import parse_document
    from indexer.records import Document, SourceMeta
    text = ("Agenda and decisions\nVenue: Council Chamber\nNo. | Item |\n---|---|\n"
            "Minutes To approve the minutes of the meeting held on 3 March 2025. Decision: The "
            "minutes of the meeting held on 3 March 2025 were approved. |\n|\n"
            "Budget To consider the budget. Decision: RESOLVED that the budget be approved. |\n")
    title = "Agenda and decisions for Council on Tuesday, 15th April, 2025, 7.30 pm - Eastmere"
    [meeting] = parse_document(Document("c/a.txt", "txt", (text,), SourceMeta(), title=title))
    assert meeting.date == date(2025, 4, 15)


def test_a_months_council_highlights_name_the_site_s_council_not_an_items_committee() -> None:
    """'June Council highlights – Brackwater Town Council': June is the meeting's month, not a
    place; 'Allotments Committee' in bold under the opening paragraph heads an item."""
    page = (
        "<html><head><title>June Council highlights – Brackwater Town Council</title></head><body>"
        "<h2>June Council highlights</h2><p>These are the main points from the meeting of the "
        "Town Council held on Monday 5th June at the Guildhall. The full minutes will follow once "
        "they have been approved at the July meeting of the Council.</p>"
        "<p><strong>Bus shelter on Mill Road</strong></p><p>Members agreed to replace the glass "
        "panels at a cost of £640.</p><p><strong>Allotments Committee</strong></p><p>The minutes "
        "of the Allotments Committee of 22nd May were received and noted.</p>"
        "<p><strong>Next meeting</strong></p><p>The next meeting is on Monday 3rd July.</p>"
        "</body></html>")
    assert body_name(["June Council highlights"]) == ""
    [meeting] = html_meetings(page)
    assert meeting.committee == "Brackwater Town Council"


def test_a_body_that_is_no_council_is_named_by_its_sites_title() -> None:
    page = ("<html><head><title>12 May 2022 | Kelso Rivers Trust</title></head><body>"
            "<h2>12 May 2022</h2><p>Held by video conference.</p>"
            "<p><b>Present:</b> Ann Rigg (Chair), Tom Bryce, Elspeth Mair</p>"
            "<p>1. Welcome: the Chair welcomed members.</p>"
            "<p>2. Accounts: the accounts for 2021 were approved.</p>"
            "<p>3. Date of next meeting: 8 September 2022.</p></body></html>")
    [meeting] = html_meetings(page)
    assert meeting.committee == "Kelso Rivers Trust"
    for title in ("Minutes | Latest news", "October 2009 | Downshire Parish Websites"):
        assert html_meetings(page.replace("12 May 2022 | Kelso Rivers Trust", title))[0] \
            .committee == ""


def test_a_council_heading_a_rosters_line_is_a_members_not_the_bodys() -> None:
    assert body_name(["Tamsby District Council (Vice-Chair): Cllr Ann Ash (AA)"]) == ""
    assert body_name(["Wrenby Parish Council: Councillor Tom Bryce"]) == ""
    assert body_name(["Parish Council of Holt and Dene Clerk: Mrs J Ames, 4 Mill Row"]) \
        == "Holt and Dene Parish Council"


def test_a_document_sites_file_details_over_the_minutes_name_no_body() -> None:
    """'Total Page:3' / 'File Type:pdf, Size:64Kb' over an unnamed record: the site's details
    of the file are no committee for the facet."""
    meetings = text_meetings(
        "Hazelby, Crowmarsh and Pitton\nTotal Page:3\nFile Type:pdf, Size:64Kb\n\n"
        "Minutes of the council meeting held on Tuesday 15th September 2009, at Pitton at "
        "7,30pm\n\n\nCouncillor P. Ash, chairman, councillors Mrs J. Kerr, R. Toll\n\n"
        "1. Apologies\nNone.\n\n2. Minutes\nApproved.\n\n"
        "3. Footpaths\nThe stile is mended.\n")
    assert [(m.committee, str(m.date)) for m in meetings] == [("", "2009-09-15")]


def test_a_council_on_or_for_a_subject_is_a_bodys_whole_name_not_a_council() -> None:
    """'Standing Advisory Council on Religious Education (SACRE)': 'on' a subject goes on with
    the name, no council of a place ends at 'Council'; '… Parish Council on Tuesday' does."""
    assert body_name(["Standing Advisory Council on Religious Education - 12th March 2025"]) == ""
    assert body_name(["Hexley Parish Council on Tuesday 3 March"]) == "Hexley Parish Council"
    (meeting,) = html_meetings(
        "<html><head><title>Agenda for Standing Advisory Council on Religious Education (SACRE)"
        " on Wednesday, 12th March, 2025, 10.00 am</title></head><body>"
        "<h2>Standing Advisory Council on Religious Education (SACRE) - Wednesday, 12th March, "
        "2025 10.00 am</h2><p>Venue: Shire Hall</p><h3>Items</h3>"
        "<p>1.</p><p>Apologies for Absence</p><p>Minutes:</p><p>None were received.</p>"
        "<p>2.</p><p>Declarations of Interests</p><p>Minutes:</p><p>None were made.</p>"
        "<p>3.</p><p>Annual Report</p><p>Minutes:</p><p>The report was agreed.</p>"
        "</body></html>")
    assert meeting.committee == "Standing Advisory Council on Religious Education (SACRE)"


def test_a_drafts_caveat_after_the_council_s_name_does_not_hide_it() -> None:
    """'… Quorvale Parish Council held on … - DRAFT, to be confirmed at the next meeting': the
    heading names its council before the caveat; a caveat alone names none."""
    assert body_name(["MINUTES of a Meeting of Quorvale Parish Council held on 16th May 2019 in "
                      "Quorvale Village Hall at 7.30pm - DRAFT, to be confirmed at the next "
                      "meeting"]) == "Quorvale Parish Council"
    assert body_name(["DRAFT MINUTES SUBJECT TO CONFIRMATION AT THE NEXT MEETING OF HOBWICK "
                      "PARISH COUNCIL"]) == ""
    (meeting,) = text_meetings(
        "Minutes - Parish Council Meeting - 16 May 2019\n\n"
        "MINUTES of a Meeting of Quorvale Parish Council held on 16th May 2019 in Quorvale "
        "Village Hall at 7.30pm - DRAFT, to be confirmed at the next meeting\n\n"
        "PRESENT: Cllr. R. Odgers, Cllr. N. Bosustow\n\n"
        "1. APOLOGIES: None.\n\n2. MINUTES: The minutes of 18th April were approved.\n\n"
        "3. FINANCE: The payments were approved.\n")
    assert meeting.committee == "Quorvale Parish Council"


def test_a_committee_systems_dated_note_after_the_name_is_no_part_of_it() -> None:
    """'Tindleby District Council Executive Committee (Disbanded 16 May 2017)': the
    committee of its council; a parenthesis that is part of the name stays."""
    (meeting,) = text_meetings(
        "Committee structure > Executive Committee (Disbanded 16 May 2017) > Meeting\n\n"
        "Meeting documents\n\n"
        "Tindleby District Council Executive Committee (Disbanded 16 May 2017)\n\n"
        "Tuesday, 13th December, 2016 10.00 am\n\n"
        "1. Apologies for Absence\n\nNone.\n\n2. Minutes\n\nThe minutes were approved.\n\n"
        "3. Waste Contract\n\nRESOLVED that the contract be extended.\n")
    assert meeting.committee == "Tindleby District Council — Executive Committee"


def test_a_draft_s_caveat_about_being_posted_before_approval_names_no_council() -> None:
    """'"ANY MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES!!!"' over the
    municipality's own heading: the heading names the body."""
    assert body_name(['"ANY MINUTES POSTED BEFORE APPROVED BY COUNCIL ARE ONLY DRAFT MINUTES!!!"',
                      "MUNICIPALITY OF ELMVALE-CROFTON", "Minutes of the Meeting"]) \
        == "Municipality of Elmvale-Crofton"


def test_a_committee_system_s_meeting_title_names_its_committee_without_a_committee_word() -> None:
    """'Parks & Recreation - Monday, 14th September, 2015 6.30 pm' on the town council's
    committee page: the meeting is the council's Parks & Recreation's, not the council's."""
    text = ("Ashbridge Town Council\n\nAgenda and minutes\n\n"
            "Parks & Recreation - Monday, 14th September, 2015 6.30 pm\n\n"
            "Venue: Council Chamber, Ashbridge Town Hall\n\n"
            "21. Apologies for Absence\n\nApologies were received from Cllr Hale.\n\n"
            "22. Minutes\n\nRESOLVED that the minutes be approved.\n\n"
            "23. Play Area Inspection\n\nThe report was noted.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == "Ashbridge Town Council — Parks & Recreation"


def test_a_parish_council_meeting_in_a_community_centre_is_named_by_its_place() -> None:
    """'Minutes of a Meeting of the Parish Council held at 8pm on Tuesday 1st March, 2016 in
    the Birchwood Green Community Centre': the council is Birchwood Green Parish Council."""
    text = ("Minutes of a Meeting of the Parish Council held at 8pm on Tuesday 1st March, 2016 "
            "in the Birchwood Green Community Centre\n\nPresent: Cllrs Harcastle (Chairman), "
            "Moorcroft, Quayle\n\n1. Apologies for Absence\n\nNone.\n\n2. Finance\n\n"
            "RESOLVED: To approve the payments.\n\n3. Planning\n\nNo applications.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == "Birchwood Green Parish Council"


def test_a_body_that_is_no_council_on_a_line_of_its_own_names_its_minutes() -> None:
    """'Millford Allotment Association' over its AGM's minutes names their body; a name
    wrapped over lines ('VALE AND UPLAND ASSOCIATION' / 'OF' / 'LOCAL COUNCILS') is no
    association's line."""
    text = ("Millford Allotment Association\n\nPlots, produce and people on the Mill Meadow "
            "site\n\nTuesday, 9 May 2017\n\n2017 AGM Minutes\n\nBy: Carl Webb\n\n"
            "Millford Allotment Association: Minutes of AGM 6 April 2017\n\n"
            "Present: Heather Dunn (Chair), Carl Webb (Secretary)\n\n"
            "1. Apologies\n\nNone.\n\n2. Minutes of the 2016 AGM\n\nThe minutes were accepted.\n\n"
            "3. Plot rents\n\nIt was agreed to keep the rents unchanged.\n")
    assert text_meetings(text)[0].committee == "Millford Allotment Association"
    assert institution_line(["VALE AND UPLAND ASSOCIATION", "OF", "LOCAL COUNCILS"]) == ""


def test_a_group_or_a_site_s_title_names_a_body_that_is_no_council() -> None:
    """A group on a line of its own ('Coastal Authorities Special Interest Group') names its
    notes; so does the first part of a site's title ('Abermorlais Twinning Association |
    Cymdeithas Gefeillio Abermorlais'), the rest its name in another language."""
    assert institution_line(["Coastal Authorities Special Interest Group", "Note of decisions"]) \
        == "Coastal Authorities Special Interest Group"
    text = ("Abermorlais Twinning Association | Cymdeithas Gefeillio Abermorlais\n\n"
            "Minutes of meeting held on March 9th 2017 at 7.00 p.m. in the Upper Room\n\n"
            "Present: Eirlys Bowen (Chair), Gareth Price\n\n1. Apologies\n\nNone.\n\n"
            "2. Visit to Plouzel\n\nIt was agreed to book the coach.\n")
    assert text_meetings(text)[0].committee == "Abermorlais Twinning Association"


def test_a_rural_municipality_is_named_with_its_number() -> None:
    """'RURAL MUNICIPALITY OF KESTREL HILLS NO. 463', 'R.M. of Meadowford No. 352': a
    prairie municipality's name holds its kind and its number."""
    assert body_name(["MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE RURAL MUNICIPALITY "
                      "OF KESTREL HILLS NO. 463 HELD IN THE MUNICIPAL OFFICE"]) == \
        "Rural Municipality of Kestrel Hills No. 463"
    assert body_name(["R.M. of Meadowford No. 352", "Council minutes"]) == \
        "R.M. of Meadowford No. 352"
    assert body_name(["Town of Marlow Cross Regular Meeting"]) == "Town of Marlow Cross"


def test_a_letterhead_line_naming_the_council_then_its_address_names_the_body() -> None:
    """'Cwmtaran County Borough Council · Civic Centre, Heol y Farchnad' under 'Special Council
    Meeting': the council the letterhead names, its address set apart, is the meeting's body."""
    text = ("MINUTES\n\nSpecial Council Meeting\n\nThursday 9 July 2020\n\n"
            "Held remotely by Microsoft Teams\n\n"
            "Cwmtaran County Borough Council · Civic Centre, Heol y Farchnad, Cwmtaran\n\n"
            "Present: Councillors Ann Ash, Ben Bell\n\n1. Apologies\n\nNone.\n\n"
            "2. Former chapel\n\nRESOLVED that permission be granted.\n\n"
            "3. Closing remarks\n\nThe Mayor closed the meeting.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee.startswith("Cwmtaran County Borough Council")


def test_a_logo_s_name_set_a_word_a_line_names_the_council() -> None:
    """'FENMARSH' / 'DISTRICT' / 'COUNCIL' down a logo beside a PDF's heading is the council's
    name, not a site's menu; a menu's one-word entries ending in 'Council' are not."""
    assert body_name(["Agenda Item No 4", "110712 Licensing Mins 1", "FENMARSH", "DISTRICT",
                      "COUNCIL", "Minutes of the Meeting of the Licensing Committee"]) == \
        "Fenmarsh District Council"
    assert body_name(["Home", "Meetings", "Council", "Minutes of the Licensing Committee"]) == ""


def test_a_virtual_committee_s_minutes_name_the_committee() -> None:
    """'Minutes of the virtual Planning Committee held on …': the meeting held online is the
    Planning Committee's, under the council's heading."""
    text = ("Brantwick Borough Council\n\nMinutes of the virtual Planning Committee held on "
            "Wednesday 3 March 2021\n\nPresent: Councillors Cross, Edgeworth\n\nPC61 Minutes\n\n"
            "The minutes were approved and signed.\n\nPC62 Apologies\n\nNone.\n\n"
            "PC63 Land at Pillaton Road\n\nRESOLVED that permission be granted.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == "Brantwick Borough Council — Planning Committee"


def test_a_record_titled_by_its_kind_of_body_takes_the_heading_s_full_name() -> None:
    """'MINUTES OF A COMMITTEE MEETING' under 'Neighbourhood Watch and Residents Committee':
    the record's title names only the kind of body, the heading over it which one."""
    text = ("Pellingham Vale Parish Council\nNeighbourhood Watch and Residents Committee\n\n"
            "MINUTES OF A COMMITTEE MEETING\n\nheld on: Thursday 13 February 2003, 8.00pm\n\n"
            "Those Present: Ron Tilsley (Chairman), Alan Bracegirdle\n\n1. Apologies\n\nNone.\n\n"
            "2. Minutes\n\nThe minutes were agreed.\n\n3. Street lighting\n\nIt was agreed to "
            "write to the county.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == \
        "Pellingham Vale Parish Council — Neighbourhood Watch and Residents Committee"


@pytest.mark.parametrize(("heading", "committee"), [
    ("Minutes of a meeting of the Trustees of the Pellow Down Community Centre",
     "Trustees of the Pellow Down Community Centre"),
    ("Minutes of a meeting of the Governors of Haverleigh Primary School",
     "Governors of Haverleigh Primary School"),
])
def test_the_trustees_or_governors_whose_meeting_a_record_opens_with_are_its_body(
        heading: str, committee: str) -> None:
    """'Minutes of a meeting of the Trustees of …': the trustees (or governors) of a hall, a
    charity or a school meet as a body, named by the record's opening as a committee is."""
    text = (f"{heading}\n\nThursday, 9th September 2004 at 8.00 p.m.\n\n"
            "Present: K. Ashdown (Chair), R. Tolley, F. Marchetti\n\n"
            "1. Minutes of last meeting\n\nThese were approved.\n\n2. Heating\n\n"
            "It was agreed to service the boiler.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == committee


@pytest.mark.parametrize(("lines", "body"), [
    (["Kettle Prairie Township"], "Kettle Prairie Township"),
    (["Velvaer Township Regular Board Meeting 4-15-03"], "Velvaer Township"),
    (["Rooted in Community, Ready for Tomorrow The Township of Orrin Falls"],
     "Township of Orrin Falls"),
    (["Regular Township Board Meeting"], ""),
    (["Regular Council Meeting"], ""),
])
def test_a_township_named_before_its_kind_is_a_body_and_a_regular_meeting_names_none(
        lines: list[str], body: str) -> None:
    """'Kettle Prairie Township' (an American civil township) names its body as 'Township of …'
    does; 'Regular' is a meeting's kind, as 'Ordinary' is, never a place."""
    assert body_name(lines) == body


def test_a_township_site_s_name_over_its_minutes_names_the_body() -> None:
    text = ("Skip to content\nKettle Prairie Township\nKettle County, Minnesota\nHome\n"
            "Meeting Minutes\nTownship Meeting Minutes – February\nFebruary 1, 2021 7 p.m.\n"
            "Board Members Present: Dale Hovland and Sheila Brekke\n\n1. Minutes\n\n"
            "The January minutes were approved.\n\n2. Roads\n\nIt was agreed to grade 240th "
            "Avenue.\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee.startswith("Kettle Prairie Township")


def test_a_body_named_by_its_initials_takes_the_name_its_site_spells_out() -> None:
    """'MINUTES – RCF meeting held on …' under an agenda post, on a page titled '… – Ramsclough
    Community Forum': the forum, not its initials, so that its papers share one facet value."""
    html = ("<html><head><title>Meeting Agenda – Monday 4th February – Ramsclough Community "
            "Forum</title></head><body>"
            "<p>AGENDA – RCF meeting, Monday 4 February 2019, 7.45pm</p>"
            "<ol><li>Welcome and apologies</li><li>Matters arising</li><li>Car park</li></ol>"
            "<p>MINUTES – RCF meeting held on Monday 3rd December 2018 at 7.45pm, Community "
            "Centre</p><p>Present: Alan Whitworth (Chair), Bev Crossley (Secretary)</p>"
            "<p>1. Welcome and apologies. Alan Whitworth welcomed everyone.</p>"
            "<p>2. Christmas lights. It was agreed to pay £150 towards the lights.</p>"
            "</body></html>")
    record = html_meetings(html)[-1]
    assert (record.committee, record.date) == ("Ramsclough Community Forum", date(2018, 12, 3))


@pytest.mark.parametrize("above", ["14/02/2003 21:37 AGM Minutes 6th February 2003",
                                   "Agm minutes and reports"])
def test_an_association_in_capitals_under_a_print_header_or_small_letters_names_the_body(
        above: str) -> None:
    """A saved page's print header ('14/02/2003 21:37 AGM Minutes …') or a line in small letters
    over 'SCARROW WATER SAILING ASSOCIATION' wraps no part of its name."""
    text = (f"{above}\n\nSCARROW WATER SAILING ASSOCIATION\n"
            "ANNUAL GENERAL MEETING Thursday 6th February 2003\n\n"
            "Held at the SWSA Clubhouse, 20.00 hrs – 34 members present\n\n"
            "1/ Apologies – Tom Hebblethwaite, Carol Ainsworth\n\n"
            "2/ Minutes of the 2002 AGM approved and signed by the Chairman\n")
    (meeting,) = text_meetings(text)
    assert meeting.committee == "Scarrow Water Sailing Association"


@pytest.mark.parametrize(("line", "body"), [
    ("Ashcombe Road Allotments Association Ltd.", "Ashcombe Road Allotments Association Ltd"),
    ("Ashcombe Cross Village Shop Company", "Ashcombe Cross Village Shop Company"),
])
def test_a_company_or_a_limited_association_on_a_line_of_its_own_is_a_body(
        line: str, body: str) -> None:
    assert institution_line([line, "Minutes of 2009 Annual General Meeting"]) == body


CHOIR_AGM = [
    "FENNICK VALE CHOIR",
    "Annual General Meeting at Fennick Vale Village Hall on Tuesday 23rd February 1999 at",
    "7.15 pm",
    "Chairman Pauline Ormerod",
    "There were 38 members present. Apologies were received from: Brenda Aspinall.",
    "Minutes of the AGM held on 24th February 1998",
    "The previously circulated minutes were confirmed and signed.",
    "Matters Arising",
    "The Chairman reported that the Christmas concert had raised £412.",
    "Treasurer's Report",
    "The Treasurer presented the accounts for 1998, which were accepted.",
]


def test_a_choir_s_meeting_headed_by_its_kind_place_and_day_is_that_day_s() -> None:
    # Set in bold, the kind of meeting, its place and its day head the record; the last
    # AGM's minutes under it are an item, not the meeting.
    page = "".join(f"<p><b>{text}</b></p>" if k < 3 or k in (5, 7, 9) else f"<p>{text}</p>"
                   for k, text in enumerate(CHOIR_AGM))
    (meeting,) = html_meetings(f"<html><body>{page}</body></html>")
    assert meeting.date == date(1999, 2, 23)
    assert meeting.committee == "Fennick Vale Choir"
