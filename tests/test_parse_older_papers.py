"""Papers from older council websites and the first years of PDF minutes: how those pages
badged a linked file, numbered items and headed their minutes."""

from __future__ import annotations

from tests.fixtures.minutes import html_meetings, text_meetings

OLD_BADGES = """<html><body><h1>Cabinet</h1>
<p>Thursday, 8th March, 2007 10.00 a.m.</p>
<h2>Items</h2>
<table>
<tr><td>No.</td><td>Item</td></tr>
<tr><td>21.</td><td><p>MINUTES <a href="m.pdf">pdf icon PDF 64 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the Minutes of the meeting held on 8th February 2007 be
confirmed.</p></td></tr>
<tr><td>22.</td><td><p>PLAY AREAS STRATEGY (KEY DECISION) <a href="r.pdf">pdf icon PDF 118 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the strategy be adopted.</p></td></tr>
<tr><td>23.</td><td><p>CAR PARKING CHARGES <a href="c.pdf">pdf icon PDF 47 K</a></p>
<p>Minutes:</p><p>RESOLVED : That the charges be frozen for 2007/08.</p></td></tr>
</table></body></html>"""


def test_an_older_file_badge_in_kilobytes_as_k_is_furniture() -> None:
    """'pdf icon PDF 64 K', as an older committee system printed a linked file's size, is the
    link's badge: 'MINUTES' is an item of its own and a title keeps none of the badge."""
    (meeting,) = html_meetings(OLD_BADGES)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("21", "MINUTES"), ("22", "PLAY AREAS STRATEGY (KEY DECISION)"),
        ("23", "CAR PARKING CHARGES")]


ARCHIVED_PAGE = """<html><head><title>Meeting documents - Planning Board (HDC) - Monday 3 March
2008</title></head><body>
<div>You are here: <a href="/">Home</a> &gt; <a href="m">Meetings</a> &gt;
<a href="a">Old district council records</a> &gt; Meeting documents</div>
<h1>Meeting documents</h1>
<h2>Planning Board (HDC)</h2>
<p>Monday 3 March 2008</p>
<h2>This site is now an archive of Harrowdale District Council.</h2>
<p>Harrowdale District Council was abolished on 31 March 2009. Its papers are kept here.</p>
<h2>Agenda and Minutes</h2>
<p>Planning Board</p>
<p>Monday, 3rd March, 2008 2.00 p.m.</p>
<p>Venue: Council Chamber, Harrowdale</p>
<h2>Items</h2>
<p>31.</p><p>APOLOGIES</p><p>Minutes:</p><p>Apologies were received from Councillor Penk.</p>
<p>32.</p><p>MINUTES</p><p>Minutes:</p><p>RESOLVED : That the Minutes be confirmed.</p>
<p>33.</p><p>LAND AT TOLL BAR FARM</p><p>Minutes:</p><p>RESOLVED : That permission be granted.</p>
</body></html>"""


def test_an_archived_committee_page_is_one_meeting_no_small_lettered_council_names() -> None:
    """A committee system's page keeping an abolished council's papers: its heading 'Planning
    Board (HDC)' and the record's own 'Agenda and Minutes' / 'Planning Board' of the same day
    are one meeting; 'Agenda and Minutes' names no committee; and the trail's 'Old district
    council records', in small letters, names no council."""
    (meeting,) = html_meetings(ARCHIVED_PAGE)
    assert meeting.committee == "Planning Board (HDC)"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("31", "APOLOGIES"), ("32", "MINUTES"), ("33", "LAND AT TOLL BAR FARM")]


def test_a_council_in_small_letters_names_the_body_when_no_heading_gives_a_capital() -> None:
    """'Fernbrae community council', a heading set all in small letters but its first word,
    still names its body when nothing else in the heading does."""
    from indexer.parse.bodies import body_name

    assert body_name(["Fernbrae community council", "minutes of meeting"]).casefold() \
        == "fernbrae community council"
    assert body_name(["Home > Old district council records",
                      "This site is an archive of Harrowdale District Council."]) \
        == "Harrowdale District Council"


COLON_DASH = """PARISH COUNCIL MINUTES
Meeting held on 10th March 2008

(1) Apologies:- Apologies were received from Mr Orford.

(2) Minutes:- The minutes of the last meeting were read and signed.

(3) Footpaths:- Mr Gunnell reported that the stile at Cross Lane had been repaired.

(4) Finance:- The clerk presented the accounts, which were approved.
"""


def test_a_typed_heading_closed_by_colon_and_dash_runs_into_its_text() -> None:
    """'(3) Footpaths:- Mr Gunnell reported …': a typewriter's ':-' after a heading closes it as a
    colon does."""
    (meeting,) = text_meetings(COLON_DASH)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"), ("2", "Minutes"), ("3", "Footpaths"), ("4", "Finance")]


CAPITALS_PRESENT = """FENWICK STAITHE PARISH COUNCIL
MINUTES OF PARISH COUNCIL MEETING HELD ON Monday, 6th March 2006, at 7.30pm

PRESENT: MRS A QUINTON, CHAIRMAN MR B ROWELL MR C D SELBY MRS E TULLY MR F UPCHER

1. APOLOGIES were received from Mr G Vosburgh.

2. MINUTES OF LAST MEETING
These were approved as circulated and signed by the Chairman.

3. FOOTPATHS
Mr Rowell reported that the stile at Cross Lane had been repaired. Mrs Tully asked for the
footpath sign at Church Row to be replaced.

4. FINANCE
Mr Selby proposed that the accounts be approved. Agreed.
"""


def test_a_list_typed_in_capitals_with_no_commas_names_each_member() -> None:
    """'PRESENT: MRS A QUINTON, CHAIRMAN MR B ROWELL MR C D SELBY …': a typed list in capitals,
    each entry opened by its honorific ('MR' too), names each member, so 'Mr Rowell' in the
    minutes is Mr B Rowell."""
    (meeting,) = text_meetings(CAPITALS_PRESENT)
    assert len(meeting.attendance.present) == 5
    items = {item.title: item for item in meeting.items}
    assert items["FOOTPATHS"].speakers == ("Mr B Rowell", "Mrs E Tully")
    assert items["FINANCE"].speakers == ("Mr C D Selby",)


CLERK_IN_FOOTER = """Minutes of the meeting of Thornby Parish Council held on 12th March 2008
Present: Mrs A Bolt, R Crake, J Dunnet and the Clerk

1 Apologies: none.

2 Footpaths
The Clerk reported that the stile at Cross Lane had been repaired.

3 Finance
The Clerk presented the accounts, which were approved.
""" + "".join(f"""
{n} Village matters
Members discussed the verges, the bus shelter, the notice board and the hedges along the lanes
to the church and the school, and asked that each be looked at again before the spring.
""" for n in range(4, 30)) + """
Posted in Minutes 2008

Parish Clerk: Mrs G Hazeley, 2 Chapel Row, Thornby
"""


def test_the_clerk_named_in_a_pages_contact_footer_is_the_clerk_who_speaks() -> None:
    """'Parish Clerk: Mrs G Hazeley, 2 Chapel Row' in a web page's footer, below a long
    record, names the clerk the minutes call 'the Clerk'."""
    (meeting,) = text_meetings(CLERK_IN_FOOTER)
    items = {item.title: item for item in meeting.items}
    assert items["Footpaths"].speakers == ("Mrs G Hazeley",)


SAME_DAY_SITTINGS = """Tregony Village - Parish Council Minutes May 2008

††††††††††††††††††††† TREGONY PARISH COUNCIL

††††††††† Minutes of the Annual Meeting of the Parish Council held on

††††††††† Thursday 15th May 2008 in the Reading Room at 7.00p.m

Present: Mr A Gorran, Mrs B Cawsand, Mr C Rosevear, Mrs D Pentewan (Clerk).

1.Election of Chairman: Mrs Cawsand proposed Mr A Gorran, seconded by Mr Rosevear and agreed.

2.Election of Vice-Chairman: Mr Gorran proposed Mrs B Cawsand, seconded by Mr Rosevear and agreed.

3.Date of Annual Meeting 2009:Thursday 14th May 2009.

††††††††††††††††††††† TREGONY PARISH COUNCIL

††††††††† Minutes of a meeting of the Parish Council held on

††††††††† Thursday 15th May 2008 in the Reading Room following the Annual Meeting

Present: As above.

1.Minutes: The minutes of the April meeting were agreed as a true record.

2.Planning: Application 08/00412/FUL, Mill Lane. It was agreed to raise no objection.

3.Date of Next Meeting:Thursday 12th June 2008.
"""


def test_a_page_read_in_the_wrong_code_page_keeps_its_two_sittings_of_one_day() -> None:
    """Daggers where a Windows page's no-break spaces centred its headings (read as Mac
    Roman), and numbers run into their headings ('1.Minutes:'): two meetings of that day, the
    annual meeting and the ordinary one after it, each dated and with its own items."""
    first, second = text_meetings(SAME_DAY_SITTINGS)
    assert str(first.date) == str(second.date) == "2008-05-15"
    assert [i.title for i in first.items] == [
        "Election of Chairman", "Election of Vice-Chairman", "Date of Annual Meeting 2009"]
    assert [i.title for i in second.items] == ["Minutes", "Planning", "Date of Next Meeting"]


def test_a_parish_meetings_annual_assembly_is_dated_by_its_own_sentence() -> None:
    """A parish meeting's record opened by one sentence in capitals ('THE ANNUAL ASSEMBLY OF …
    PARISH MEETING WAS HELD … ON THURSDAY 20th APRIL 2006'), its item approving the last
    meeting's minutes in bold with that meeting's date: the record's own date, and the body
    without the assembly's words."""
    (meeting,) = html_meetings(
        "<html><head><title>THE ANNUAL ASSEMBLY OF GORRAN WOLD PARISH MEETING WAS HELD IN THE "
        "READING ROOM AT 7</title></head><body>"
        "<p><b>THE ANNUAL ASSEMBLY OF GORRAN WOLD PARISH MEETING WAS HELD IN THE READING ROOM AT "
        "7.30PM ON THURSDAY 20<sup>th</sup> APRIL 2006</b></p><p><u>MINUTES</u></p>"
        "<p>The meeting was attended by Mr G Tregony (Chairman of the Parish Meeting), Mrs A "
        "Cawsand (Clerk) and 9 electors of the parish.</p>"
        "<p><b>1. Apologies for absence</b></p><p>Apologies from Mr Rosevear.</p>"
        "<p><b>2. To approve the minutes of the last meeting held on 21st April 2005</b></p>"
        "<p>The minutes were approved as a true record on a proposal by Mr Pentewan.</p>"
        "<p><b>3. To receive the accounts</b></p><p>The Clerk presented the accounts.</p>"
        "</body></html>")
    assert str(meeting.date) == "2006-04-20"
    assert meeting.committee == "Gorran Wold Parish Meeting"


def test_typed_minutes_headed_in_capitals_with_full_stops_under_a_label_block() -> None:
    """A typed record: its attendance in a block of labels ('PRESIDING:', 'STAFF OFFICER:'),
    then headings in capitals each closed by a full stop; a vote's tally typed in capitals
    under one of them is part of its minute."""
    (meeting,) = text_meetings(
        "PENGARTH COUNTY COUNCIL\n\n"
        "Minutes of Monthly Meeting of Pengarth County Council held on\n"
        "Monday, 23rd March 1998 at 3.00 p.m.\n\n"
        "PRESIDING:            Councillor Ann Cawsand, Cathaoirleach.\n\n"
        "MEMBERS PRESENT:      Councillors - Ben Tregony, Carys Polvean,\n"
        "                      Dai Rosevear, Eve Lanyon.\n\n"
        "APOLOGIES:            An apology was received from Councillor Jago Pellow.\n\n"
        "STAFF OFFICER:        Ms. Fay Gorran.\n\n\n"
        "VOTES OF SYMPATHY.\n\n"
        "Councillor B. Tregony proposed and Councillor C. Polvean seconded that the\n"
        "Council's sympathy be conveyed to the family of the late Mr. Tom Hale.\n\n\n"
        "CONFIRMATION OF MINUTES.\n\n"
        "On the proposition of Councillor D. Rosevear, seconded by Councillor E. Lanyon,\n"
        "the minutes of the meeting held on 23rd February, 1998 were confirmed.\n\n\n"
        "SECTION 4 MOTION - PLANNING APPLICATION REF. 97/412.\n\n"
        "Councillor D. Rosevear proposed the motion and Councillor B. Tregony seconded it.\n"
        "A vote was taken by show of hands with the following result:-\n\n"
        "FOR: 12\n\nAGAINST: 3\n\n"
        "The Cathaoirleach declared the motion carried.\n\n\n"
        "CORRESPONDENCE.\n\n"
        "The correspondence listed on the agenda was read and noted.\n")
    assert [item.title for item in meeting.items] == [
        "VOTES OF SYMPATHY", "CONFIRMATION OF MINUTES",
        "SECTION 4 MOTION - PLANNING APPLICATION REF. 97/412", "CORRESPONDENCE"]
    assert meeting.items[2].decision == "carried"


def test_headings_in_capitals_closed_by_a_colon_over_a_motion_and_a_blank_signing_off() -> None:
    """'CONFIRMATION OF MINUTES:' over 'Proposed by Cllr. …' / 'Seconded by …' / 'Resolved:-'
    on lines of their own is an item, though no running text follows it; the record's
    'SIGNED: ______' and 'DATE: ______' are fields left blank, not items."""
    (meeting,) = text_meetings(
        "MINUTES OF PENGARTH COUNTY COUNCIL MEETING HELD ON MONDAY, 16th JULY, 2001.\n\n"
        "The Cathaoirleach, Cllr. A. Cawsand, was in the Chair.\n\n\n"
        "CONFIRMATION OF MINUTES:\n\nProposed by Cllr. B. Tregony\n\n"
        "Seconded by Cllr. C. Polvean\n\nResolved:-\n\n"
        "\"That the Minutes of the Meeting held on 18th June, 2001, be adopted.\"\n\n\n"
        "HOUSING PROGRAMME 2001 - 2004:\n\n"
        "Ms. D. Rosevear, Dir. of Services, presented the Housing Programme for the period, "
        "copy of which had been circulated to each Member.\n\n"
        "Proposed by Cllr. E. Lanyon\n\nSeconded by Cllr. B. Tregony\n\nResolved:-\n\n"
        "\"That the Housing Programme 2001 - 2004, as presented, be adopted.\"\n\n\n"
        "DISPOSAL OF PROPERTY - SECTION 83 OF LOCAL GOVERNMENT ACT, 1946:\n\n"
        "Proposed by Cllr. C. Polvean\n\nSeconded by Cllr. E. Lanyon\n\nResolved:-\n\n"
        "\"That the Council approve the disposal of the former cottage at Trewint.\"\n\n\n"
        "CORRESPONDENCE:\n\nThe correspondence listed on the agenda was read and noted.\n\n\n"
        "SIGNED: ______________ CATHAOIRLEACH\n\nDATE: ______________\n")
    assert [item.title for item in meeting.items] == [
        "CONFIRMATION OF MINUTES", "HOUSING PROGRAMME 2001 - 2004",
        "DISPOSAL OF PROPERTY - SECTION 83 OF LOCAL GOVERNMENT ACT, 1946", "CORRESPONDENCE"]
    assert [item.decision for item in meeting.items] == ["resolved"] * 3 + ["noted"]


def test_a_motion_proposed_seconded_and_agreed_on_lines_of_its_own_decides_its_item() -> None:
    """'Proposed by …' / 'Seconded by …' / 'AND AGREED' / '“That …”' on a council's web page,
    its breadcrumb running through 'Your Council': the item is agreed, 'AND AGREED' heads no
    item, and the body is the council the minutes name, not the site's menu."""
    (meeting,) = html_meetings(
        "<html><head><title>Minutes 2003 - Pengarth County Council</title></head><body>"
        "<p>You are here: <a href='/'>Home</a> &gt; <a href='/c/'>Your Council</a> &gt; "
        "<a href='/m/'>Minutes</a></p><h1>Minutes 2003</h1>"
        "<p>Minutes of Ordinary Meeting of Pengarth County Council held on Monday 2nd June 2003 "
        "at 2.00pm in the Council Chamber.</p>"
        "<p>COUNCILLORS PRESENT: Tregony, Polvean, Rosevear, Lanyon.</p>"
        "<p><strong>VOTE OF SYMPATHY:</strong></p>"
        "<p>Proposed by Councillor B. Tregony</p><p>Seconded by Councillor E. Lanyon</p>"
        "<p>AND AGREED</p><p>“That the Council’s sympathy be conveyed to the Hale family on the "
        "death of Michael Hale, a county roads overseer for forty years.”</p>"
        "<p><strong>1. MINUTES OF ORDINARY MEETING HELD ON 6TH MAY 2003:</strong></p>"
        "<p>Proposed by Councillor B. Tregony</p><p>Seconded by Councillor C. Polvean</p>"
        "<p>AND AGREED</p><p>“That the Minutes of the Ordinary Meeting held on 6th May 2003 be "
        "and are hereby confirmed”</p>"
        "<p><strong>2. CONFERENCES:</strong></p>"
        "<p>Proposed by Councillor D. Rosevear</p><p>Seconded by Councillor E. Lanyon</p>"
        "<p>AND AGREED</p><p>"
        "“That Councillor Lanyon attend the Planning Conference in Galway”</p>"
        "</body></html>")
    assert "AND AGREED" not in [item.title for item in meeting.items]
    assert [item.title for item in meeting.items][-2:] == [
        "MINUTES OF ORDINARY MEETING HELD ON 6TH MAY 2003", "CONFERENCES"]
    assert [item.decision for item in meeting.items][-2:] == ["agreed", "agreed"]
    assert meeting.committee == "Pengarth County Council"
