"""Where minutes put their attendance and say who chaired: labels, the end of the paper,
the sentence that names the chair in passing."""

from __future__ import annotations

from indexer.parse.attendance import read_attendance
from indexer.parse.blocks import is_title_like
from indexer.parse.bodies import body_name
from indexer.parse.committees import normalise_committee
from indexer.parse.decisions import decisions
from indexer.parse.people import entry_person, entry_role, split_names
from indexer.parse.roles import chair_named
from indexer.records import Line
from tests.fixtures.minutes import html_meetings, pdf_meetings, text_meetings

AUTHORITY = """Approved Minute - 22 January 2026

Report Summary

Approved Minute from the Meeting of the Vale Police Authority held on 22 January 2026. The Minute
was approved at the meeting on 26 February 2026.

Meeting of the Vale Police Authority - 22 January 2026

PRESENT

Authority Members: Morag Bell (Chair), Rhona Bain (Deputy Chair), Fergus Anstruther, Colin Purves

In attendance: Chief Constable Ailsa Brodie; Jamie Flett, Chief Financial Officer

CHAIR'S OPENING REMARKS

The Chair opened the meeting and welcomed members of the public.

APOLOGIES

There were no apologies.
"""


def test_a_list_labelled_by_the_bodys_members_is_the_attendance_and_names_the_chair() -> None:
    meeting = text_meetings(AUTHORITY)[-1]
    assert meeting.attendance.present[:2] == ("Morag Bell (Chair)", "Rhona Bain (Deputy Chair)")
    remarks = next(item for item in meeting.items if item.title == "CHAIR'S OPENING REMARKS")
    assert remarks.speakers == ("Morag Bell",)


HEARING = (
    """Standards Hearing Sub Committee 12 March 2026 1
Otterdown District Council
Minutes of the meeting of Standards Hearing Sub Committee held at Council Chamber on 12 March 2026
Attendance list at end of document
1 Election of Chair
RESOLVED that Councillor Quennell be elected Chair of the Sub Committee for the hearing.
2 Declarations of interest
None.
3 Procedure for the hearing
The Chair outlined the procedure. The Sub Committee agreed to follow it.
""",
    """Standards Hearing Sub Committee 12 March 2026 2
4 Decision notices
The Legal Adviser said that decision notices would be sent within ten working days.
Attendance List
Councillors present (for some or all the meeting)
J Aldous
B Quennell (Chair)
P Rowe
Officers in attendance:
Anita Ferreira, Deputy Monitoring Officer
""")


def test_an_attendance_list_after_the_last_item_is_the_meetings_not_the_items() -> None:
    [meeting] = pdf_meetings(HEARING)
    assert meeting.attendance.present == ("J Aldous", "B Quennell (Chair)", "P Rowe")
    assert meeting.items[2].speakers == ("B Quennell",)
    assert "Aldous" not in meeting.items[-1].text


def test_the_chair_named_in_passing_or_elected_for_the_hearing() -> None:
    assert chair_named("Mr Malcolm Dickson, Chair, confirmed the meeting was quorate.", {}) \
        == "Mr Malcolm Dickson"
    assert chair_named("RESOLVED that Councillor Quennell be elected Chair of the Sub Committee "
                       "for the hearing.", {}) == "Councillor Quennell"
    assert chair_named("RESOLVED that Councillor Olusanya be elected Chair of the Sub Committee "
                       "for the year.", {}) == ""
    assert chair_named("The report of Rhona Bain, Vice Chair, was noted.", {}) == ""


UNION = """Ribble Fire Authority - Planning Committee

Minutes of the meeting held on Monday, 2 February 2026

Present: County Councillors G Baker, S Clarke and J Hugo (Chair)
In attendance: K Whitley, Fire Brigades Union

1. Inspection Programme
County Councillor Baker proposed that the programme be approved. K Whitley, Fire Brigades Union,
asked that the posts be filled first.
Resolved: That the programme be approved.

2. Date of next meeting
The next meeting will be held on 2 March 2026.
"""


def test_a_union_after_its_member_is_no_person() -> None:
    [meeting] = text_meetings(UNION)
    assert "Brigades Union" not in meeting.items[0].speakers
    assert "K Whitley" in meeting.items[0].speakers


TYPED = """                 MINUTES OF THE MEETING OF
             ASHBY PARVA PARISH COUNCIL
         HELD ON 18 NOVEMBER 1996 IN THE SCHOOL.

Councillors  present were: J Pryor, R Dunning, S Hawkes, M  Lovell,
D  Tranter and P Gedge (Chairman).

THE MINUTES of the meeting held on 21 October 1996 were  accepted
as a true record and signed.

REC  FIELD - DT reported that two quotes had been obtained for  the
pitch.  It was agreed that the PC would meet half the cost.    (DT)

PLANNING - 96/1432 Rose Cottage, two storey extension.  No  objection.

BUS  SHELTER - ML proposed a contribution of £200, JP seconded.  The
proposal was lost, 2 for and 4 against.

DATE OF NEXT MEETING - Monday 16 December 1996 at 7.30pm in the
School.
"""


def test_typed_minutes_open_each_minute_with_its_subject_in_capitals() -> None:
    [meeting] = text_meetings(TYPED)
    assert [item.title for item in meeting.items] == [
        "THE MINUTES", "REC FIELD", "PLANNING", "BUS SHELTER", "DATE OF NEXT MEETING"]
    assert (meeting.items[1].decision, meeting.items[3].decision) == ("agreed", "lost")


PRESENT_TENSE = "\n".join((
    "Glenmuir Community Council", "",
    "Minutes of the meeting of Glenmuir Community Council held in the Public Hall on Wednesday "
    "11th November 2009 at 7.30pm .", "",
    "Present ; Alan Broad , Mora Cochran , Hugh Dalry , Fiona Kerr , Iain McCaig",
    "Apologies ; Kenny Agnew", "",
    "Co-option of non voting members",
    "Fiona Kerr explains that the scheme allows up to 2 non voting members aged 16 to 18 . It is "
    "agreed that a notice is placed in the shop window .", "",
    "Shore path",
    "Hugh Dalry raises the state of the shore path beyond the slipway which has been washed out "
    "in two places . Iain McCaig will write to the roads department .", "",
    "Planning",
    "There are no planning applications this month . Alan Broad will register the community "
    "council with the planning department .", "",
    "Bank account",
    "Iain McCaig explains that a new account is needed with three signatories . It is agreed "
    "that the Chair and Treasurer be signatories .", "",
    "Date of next meeting",
    "Wednesday 9th December 2009 at 7.30pm in the Public Hall .", ""))


def test_headings_that_open_their_paragraphs_and_minutes_in_the_present_tense() -> None:
    [meeting] = text_meetings(PRESENT_TENSE)
    assert [item.title for item in meeting.items] == [
        "Co-option of non voting members", "Shore path", "Planning", "Bank account",
        "Date of next meeting"]
    assert meeting.items[0].decision == "agreed"
    assert meeting.items[1].speakers == ("Hugh Dalry",)


def test_minute_references_typed_with_a_space_after_the_bodys_letter() -> None:
    lines = ["WEALDBRIDGE BOROUGH COUNCIL", "MINUTES OF THE ANNUAL MEETING OF THE COUNCIL",
             "Tuesday, 12th May, 1998 at 7.30 pm, Council Chamber", "PRESENT: Councillors Allcorn,"
             " Baverstock and Cripps.", "C 98/031 Election of Mayor",
             "RESOLVED: That Councillor Cripps be elected Mayor.", "C 98/032 Minutes",
             "RESOLVED: That the Minutes be approved as a correct record.",
             "C 98/033 Calendar of Meetings 1998/99", "RESOLVED: That the calendar be approved.",
             "C 98/034 Planning applications", "98/00412/FUL Land at Mill Lane: approved."]
    [meeting] = pdf_meetings(("\n".join(lines),))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("C 98/031", "Election of Mayor"), ("C 98/032", "Minutes"),
        ("C 98/033", "Calendar of Meetings 1998/99"), ("C 98/034", "Planning applications")]


HALL = """Holbury Village Hall AGM Minutes

Monday 9th May 2011.

Attendees: Graham Pettit (Chair), Susan Blowers, Derek Catchpole and Paul Wrinch.

Apologies for Absence: Clive Boon.

Chairman's Report: Graham Pettit thanked the committee for its work. The report was received.

Treasurer's Report: Susan Blowers presented the accounts, which were adopted unanimously.

Any Other Business: Paul Wrinch asked whether the gate could be locked at night.

Date of next AGM

Monday 14th May 2012 at 7.30 pm.
"""


def test_a_title_ending_in_minutes_over_its_date_and_a_next_agm_that_opens_nothing() -> None:
    [meeting] = text_meetings(HALL)
    assert meeting.committee.startswith("Holbury Village Hall")
    assert meeting.attendance.present[0] == "Graham Pettit (Chair)"
    assert [item.title for item in meeting.items][-1] == "Date of next AGM"


def test_names_typed_in_capitals_and_posts_after_their_holders() -> None:
    assert entry_person("Councillor Ewan BALLANTYNE").display == "Ewan Ballantyne"
    assert entry_person("Councillor Brian McEWAN").surname == "McEwan"
    assert entry_person("MARY SOUTAR").display == "Mary Soutar"
    assert entry_person("Mr P M Hill, OBE (Chairman)").surname == "Hill"
    assert split_names("Gordon Anstruther, Director of Finance; Neil Torrance, Chief "
                       "Executive.") == ["Gordon Anstruther (Director of Finance)",
                                         "Neil Torrance (Chief Executive)"]


def test_run_together_initials_community_councillors_and_who_is_in_the_chair() -> None:
    assert entry_person("Mrs SJ Wardle").display == "Mrs SJ Wardle"
    assert entry_role("Mr GR Lathom in the chair") == "chair"
    assert entry_role("Mr K Dorrell (Chairman and District Councillor)") == "chair"
    assert entry_person("CC Drummond").surname == "Drummond"
    assert is_title_like('"Cranage Moss in Bloom"')


SCOTTISH = """Home

Council Meetings

Policy and Resources Committee

MINUTE of MEETING of the POLICY AND RESOURCES COMMITTEE held in the Town and County Hall,
Kirriebank on Tuesday 28 November 2000 at 4.00 pm.

Present: Councillors ROBERT FAIRLIE, MOIRA ANDERSON and DAVID BRUCE.

1. CAPITAL MONITORING

Councillor Bruce expressed concern at the level of slippage on the roads programme.

The Committee, for its interest, agreed:-

• to note the position as at 31 October 2000.

2. FLOODING AT EDZELL ROAD

The Committee homologated the action taken by the Chief Executive.

© Esk Valley Council 2000 | Disclaimer
"""


def test_a_scottish_committees_verbs_and_the_council_its_copyright_names() -> None:
    [meeting] = text_meetings(SCOTTISH)
    assert meeting.committee == "Esk Valley Council — Policy and Resources Committee"
    assert [item.decision for item in meeting.items] == ["agreed", "agreed"]
    assert meeting.items[0].speakers == ("David Bruce",)


HARBOUR = """STOURMOUTH HARBOUR IMPROVEMENT COMMISSIONERS

MINUTES – ANNUAL MEETING, Tuesday, 2 June 2026 at 6.30 pm.
PRESENT
:
P Hurrell (Chairperson)
K Braddock
T Cheyne

1          ELECTION OF CHAIRPERSON

T Cheyne proposed and K Braddock seconded P Hurrell. It was AGREED that P Hurrell be elected.

2          APPOINTMENT OF COMMITTEES

It was AGREED that the appointments be confirmed.

3          ACCOUNTS FOR THE YEAR ENDED 31 MARCH 2026

It was AGREED that the accounts be approved and signed by the Chairperson.

MINUTES – ORDINARY MEETING, Tuesday, 2 June 2026 at 7.00 pm.
PRESENT
:
As for the Annual Meeting.

1          APOLOGIES FOR ABSENCE

None.

2          DECLARATIONS OF INTEREST

There were none.

3          MINUTES – ORDINARY MEETING 7 April 2026

It was AGREED that the Minutes be confirmed as a correct record.

3 a)     MINUTES – SPECIAL MEETING 28 April 2026

It was AGREED that the Minutes of the Special Meeting be confirmed as a correct record.

4          DATE OF NEXT MEETING

Tuesday 7 July 2026.
"""


def test_a_bodys_annual_then_ordinary_meeting_on_one_page() -> None:
    annual, ordinary = text_meetings(HARBOUR)
    assert annual.attendance.present == ("P Hurrell (Chairperson)", "K Braddock", "T Cheyne")
    assert ordinary.attendance == annual.attendance
    assert ordinary.committee == annual.committee == "Stourmouth Harbour Improvement Commissioners"
    assert [(item.number, item.title) for item in ordinary.items][2:4] == [
        ("3", "MINUTES – ORDINARY MEETING 7 April 2026"),
        ("3 a)", "MINUTES – SPECIAL MEETING 28 April 2026")]


def test_an_amendment_lost_then_the_original_proposal_put_and_carried() -> None:
    assert decisions(["L Everitt proposed an amendment that the fee be held. The amendment was "
                      "put to the vote and was lost, 3 votes for and 6 against. The original "
                      "proposal was then put and CARRIED, 7 votes for and 2 against."])[0] \
        == "carried"


BOARD_PACK = (
    """Harrowdale Pension Fund Local Pension Board meeting
18th March 2026
Committee Room 3, Town Hall, Harrowdale at 10am
Agenda
1. Welcome, apologies and declarations of interest
2. Minutes of meeting held on 2nd December 2025
3. Breaches Register (report circulated)
4. Any Other Business
""",
    """Harrowdale Pension Fund Local Pension Board
Meeting Tuesday 2nd December 2025 at 10.00am
Town Hall, Harrowdale
MINUTES
Attending Members of the Board:
Keith Ambrose (Chair) Independent Chair
Lorraine Hebden Employer Representative
1. Welcome and apologies
The Chair welcomed members. No interests were declared.
2. Minutes of the meeting held on 9th September 2025
The minutes were agreed as a true record and signed by the Chair.
3. Breaches Register
Lorraine Hebden presented the register. The Board agreed that neither breach was significant.
4. Any Other Business
None.
""")


def test_a_boards_agenda_then_its_last_minutes_each_under_name_and_date() -> None:
    agenda, minutes = pdf_meetings(BOARD_PACK)
    assert (agenda.kind, agenda.date.isoformat()) == ("agenda", "2026-03-18")
    assert (minutes.kind, minutes.date.isoformat()) == ("minutes", "2025-12-02")
    assert minutes.attendance.present[0].startswith("Keith Ambrose (Chair)")
    assert minutes.items[0].speakers == ("Keith Ambrose",)


BOARD_PAGE = """<html><body>
<h1>Health and Wellbeing Board - Thursday, 12th February, 2026 2.30 pm</h1>
<p>No. Item</p>
<p>Minutes of last meeting and matters arising PDF 231 KB</p>
<p>1.1 The minutes of the last meeting were agreed as a true record.</p>
<p>1.2 Matters arising: Grace Obi reported that the actions had been completed.</p>
<p>Declarations of Interest PDF 201 KB</p>
<p>2.1 There were no declarations of interest.</p>
<p>Better Care Fund Quarter 3 Return PDF 412 KB</p>
<p>3.1 Martin Achebe introduced the report on the return submitted in January.</p>
<p>3.2 Resolved: That the Board approve the quarter 3 return.</p>
<p>Pharmaceutical Needs Assessment PDF 988 KB</p>
<p>4.1 Grace Obi presented the final assessment following consultation.</p>
<p>4.2 Resolved: That the assessment be approved for publication.</p>
</body></html>"""


def test_paragraphs_numbered_by_their_unnumbered_items_place_are_not_items() -> None:
    [meeting] = html_meetings(BOARD_PAGE)
    assert [item.title for item in meeting.items] == [
        "Minutes of last meeting and matters arising", "Declarations of Interest",
        "Better Care Fund Quarter 3 Return", "Pharmaceutical Needs Assessment"]
    assert meeting.items[2].decision == "resolved"


WELSH_PAGE = """Rhaglen a chofnodion
Cyd-bwyllgor Tirwedd Genedlaethol - Dydd Mawrth, 10fed Mawrth, 2026 2.00 pm

Eitemau
1.

Ymddiheuriadau am absenoldeb

Cofnodion:

Apologies were received from Trefor Allsopp.
2.

Cofnodion y cyfarfod a gynhaliwyd ar 18 Tachwedd 2025 (Atodedig). pdf eicon PDF 141 KB

Dogfennau ychwanegol:

    Cofnodion 18.11.25 - Saesneg , eitem 2. pdf eicon PDF 139 KB

Cofnodion:

The minutes of the meeting of 18th November 2025 were agreed as a true record.
3.

Adroddiad y Rheolwr

Cofnodion:

The Manager presented her report, which was noted.
"""


def test_a_welsh_meeting_pages_labels_badges_and_attachments() -> None:
    [meeting] = text_meetings(WELSH_PAGE)
    assert [item.title for item in meeting.items] == [
        "Ymddiheuriadau am absenoldeb",
        "Cofnodion y cyfarfod a gynhaliwyd ar 18 Tachwedd 2025 (Atodedig)",
        "Adroddiad y Rheolwr"]
    assert meeting.items[1].decision == "agreed"


CONSERVATORS = """HARCOMBE HILLS CONSERVATORS
MEETING OF THE BOARD
The Jubilee Room, Harcombe Institute, Priory Walk, Harcombe
Thursday 12 March 2026, 7.00 pm
Present:- Mrs A Bellamy, Mr D Carver (Chairman), Dr H Fenwick.

Item No Item Notes Action

1. APOLOGIES
None were received.

2. MINUTES
The minutes of the meeting held on 8 January were approved as a correct record.

3. BRACKEN CONTROL
The Conservation Officer reported that the contractor would return in July.
"""


def test_conservators_board_named_under_its_body_and_a_tables_header_is_no_item() -> None:
    [meeting] = text_meetings(CONSERVATORS)
    assert meeting.committee == "Harcombe Hills Conservators — Board"
    assert [item.title for item in meeting.items] == ["APOLOGIES", "MINUTES", "BRACKEN CONTROL"]
    assert normalise_committee("Annual Meeting, Cwm Tawel Crematorium Joint Committee") \
        == "Cwm Tawel Crematorium Joint Committee"
    assert body_name(["Cllr Mark Feltham Wessex Vale Council"]) == ""


BURIAL = """Minutes of the Ordinary Meeting of the Hatchmere & Oxley Green Joint Burial Committee
The Pavilion, King George's Field, Mill Road, Hatchmere
Wednesday 11th March 2026 20.00 hrs.
Present: Cllrs Mr Darnell (Chairman), Mrs Pocock and Mr Ashby
1. APOLOGIES FOR ABSENCE
Cllr Mr Ferrand, work commitments.
2. DECLARATIONS OF INTEREST
None received.
3. INTERMENTS
Members noted the interments since the last meeting.
"""


def test_a_title_over_its_place_then_its_date() -> None:
    [meeting] = text_meetings(BURIAL)
    assert meeting.committee == "Hatchmere & Oxley Green Joint Burial Committee"
    assert meeting.date.isoformat() == "2026-03-11"


UNLABELLED = """Wychcombe Town Council

Minutes of the Meeting of Wychcombe Town Council held on 9 September 2025 at 6:30pm.


Cllrs R Allard, J Baylis (Deputy Mayor), F Dancey, M Hales (Town Mayor) and N Kemble


P Hartnell, Town Clerk
A Marchetti, Planning and Projects Officer

1 Apologies for Absence

Apologies were received from Cllr Okoro.

2 Declarations of Interest

Cllr Dancey declared an interest in Item 3. The Town Clerk advised that this was not a \
pecuniary interest.

3 Skate Park

The Planning and Projects Officer reported on the tenders. It was resolved to accept the lowest.
"""


def test_a_list_opened_by_cllrs_and_officers_one_to_a_line_are_the_attendance() -> None:
    meeting = text_meetings(UNLABELLED)[0]
    assert "F Dancey" in meeting.attendance.present
    assert any("Hartnell" in entry for entry in meeting.attendance.present)
    assert any("Marchetti" in entry for entry in meeting.attendance.present)
    assert not any("Projects Officer A" in entry for entry in meeting.attendance.present)
    speakers = meeting.items[1].speakers
    assert "F Dancey" in speakers and "P Hartnell" in speakers


def test_initials_written_with_stops_name_who_spoke() -> None:
    text = ("Hinton Marsh Parish Council\n\nMinutes of the Parish Council Meeting held on Thursday "
            "14th March 2024 at 7.15 p.m.\n\n1) Present:\n\nIn the Chair R.Maddox, P.Kettle, "
            "S.Ainsworth, J.Darby and M.Feeney (clerk).\n\n2) Declarations of Interest\n\nP.K. "
            "declared an interest in item 3 as a near neighbour of the applicant.\n\n3) Planning"
            "\n\nS.A. reported on the application. It was resolved to object.\n")
    items = text_meetings(text)[0].items
    assert any("Kettle" in name for name in items[-2].speakers)
    assert any("Ainsworth" in name for name in items[-1].speakers)


def test_an_attendance_grouped_under_aldermen_and_councillors_with_no_commas() -> None:
    text = ("BANNMORE BOROUGH COUNCIL\n\nMINUTES OF COUNCIL MEETING HELD IN THE CIVIC CENTRE ON "
            "MONDAY 6 MARCH 2017 AT 7.00PM\n\nPRESENT: The Worshipful the Mayor, Councillor R "
            "Haddock\n\nThe Deputy Mayor, Councillor Ms A Toner\n\nAldermen\n\nAlderman S J Gilpin "
            "Alderman Mrs E Mulligan Alderman T R Kerr\n\nCouncillors\n\nCouncillor J G Buckley "
            "Councillor C Devlin\n\nAPOLOGIES: Alderman J Magowan\n\nC201/2017 CONDOLENCES\n\n"
            "Alderman Kerr conveyed condolences to the family. It was AGREED that a letter be "
            "sent.\n")
    meeting = text_meetings(text)[0]
    present = " | ".join(meeting.attendance.present)
    assert "Alderman T R Kerr" in present and "Councillor C Devlin" in present
    assert "Aldermen" not in present and "Councillors" not in present


def test_a_plan_of_key_decisions_names_no_one() -> None:
    text = ("Cabinet - Monday, 9th March, 2026\n\nPresent: Councillor Tod (Leader), Councillor "
            "Learney\n\n9. Forward Plan of Key Decisions - April 2026\n\nresolved:\n\nThat the "
            "Forward Plan of Key Decisions for April 2026 be noted.\n")
    speakers = [name for item in text_meetings(text)[0].items for name in item.speakers]
    assert "Key Decisions" not in speakers


def test_welsh_first_bilingual_minutes_name_the_chair_and_clerk_and_keep_both_titles() -> None:
    meetings = text_meetings(
        "Cyngor Tref Llanfyrn :: Llanfyrn Town Council\n\n"
        "Minutes of the Council Meeting held on Tuesday, 12 March 2019 at 6.30pm.\n\n"
        "Presennol /Present — Y Cynghorwyr /Councillors Eirian Hopkin (yn y gadair /in the "
        "chair), Rhodri Bowen, Gwenno Dafis\n\n"
        "Yn bresennol /In attendance — Huw Meredith (Clerc y Dref /Town Clerk)\n\n"
        "1. Ymddiheuriadau. Apologies.\n\nNone were received.\n\n"
        "2. Adroddiad y Clerc. Clerk’s Report.\n\nThe Clerk reported on the new lease.\n\n"
        "3. Cyllid. Finance.\n\nThe Chair presented the accounts. They were agreed.\n")
    items = meetings[0].items
    assert [i.title for i in items] == ["Ymddiheuriadau. Apologies", "Adroddiad y Clerc. Clerk’s "
                                        "Report", "Cyllid. Finance"]
    assert items[1].speakers == ("Huw Meredith",) and items[2].speakers == ("Eirian Hopkin",)


def test_a_list_without_commas_broken_after_a_member_s_initial_goes_on_after_the_break() -> None:
    attendance = read_attendance([Line(t, 1) for t in (
        "Present: Ald R Quarrendon Ald Mrs E Tolpuddle Cllr S Wexby Cllr C", "",
        "Gribbenhall Cllr D Hamblyn Cllr B Lynford", "Cllr J Rankworth", "",
        "In Attendance: Mr D Kellowby, Director of Environment")])
    assert "Cllr C Gribbenhall" in attendance.present
    assert "Cllr J Rankworth" in attendance.present


def test_a_chair_or_clerk_whose_surname_is_mc_mac_or_o_apostrophe_is_named_whole() -> None:
    from indexer.parse.roles import clerk_named

    assert chair_named("Chairman: Councillor Fergus McAlinden\nVice-Chairman: …", {}) == \
        "Councillor Fergus McAlinden"
    assert chair_named("Present: Cllr Ann O'Rourke (Chairman), Cllr B Gorran", {}) == \
        "Cllr Ann O'Rourke"
    assert clerk_named("The Clerk, Mrs S MacKinnon, reported on the accounts.") == \
        "Mrs S MacKinnon"


def test_a_list_typed_in_capitals_under_the_label_closing_the_opening_sentence_is_read() -> None:
    """'… AT THE SCHOOL. PRESENT: -' / 'COUNCILLOR R. ASHBY (CHAIRMAN) COUNCILLORS K.
    BELL, P. COLE AND MR. G. DUNN (CLERK).': the names, cased, name the speakers in full."""
    text = ("ALLERBY PARISH COUNCIL\n\nMINUTES OF THE ORDINARY MEETING OF ALLERBY COUNCIL HELD "
            "ON TUESDAY 9TH MARCH 2010 AT THE SCHOOL. PRESENT: -\n\nCOUNCILLOR R. ASHBY "
            "(CHAIRMAN), COUNCILLORS K. BELL, P. COLE AND MR. G. DUNN (CLERK).\n\n"
            "201. DECLARATIONS: The Clerk reminded Members to declare interests. Councillor "
            "Cole declared an interest in item 203.\n\n202. MINUTES: The Minutes were confirmed "
            "and signed.\n\n203. PRECEPT: Councillor Bell proposed that the precept be set at "
            "£7,250. This was carried.\n")
    [meeting] = text_meetings(text)
    assert meeting.attendance.present == (
        "Councillor R. Ashby (Chairman)", "Councillor K. Bell", "Councillor P. Cole",
        "Mr. G. Dunn (Clerk)")
    assert [item.speakers for item in meeting.items][2] == ("Councillor K Bell",)
