"""Committee minutes posted on a parish council's blog and saved as text (indexer/parse)."""

from __future__ import annotations

from datetime import date

from indexer.parse.meetings import parse_document
from indexer.records import Document, Meeting, SourceMeta
from tests.fixtures.minutes import html_meetings, text_meetings

POST = """Wendlemere Parish Council
Home   About   Meetings   Contact

Minutes of Open Spaces Committee meeting – Monday 14 March 2016

Posted on 25 March 2016 by Clerk

Present:-  Cllr Ambler (Chair), Cllr Budd & Cllr Crane
In Attendance:-  Mrs P Dorley (Clerk)

001/F/16 To Elect a Chairman for the committee for the coming year 16/17.

Cllr Budd proposed that Cllr Ambler be Chairman, seconded by Cllr Crane, RESOLVED all in favour.

002/OS/16 Apologies for absence.

None.

003/OS/16 Allotments

NOTED that two plots are vacant. AGREED to advertise them in the newsletter.

004/OS/16 Date of next meeting

Monday 13 June 2016.

This entry was posted in Minutes. Bookmark the permalink.
← Minutes of Parish Council meeting – Monday 7 March 2016
Minutes of Parish Council meeting – Monday 11 April 2016 →
"""


def _meetings(text: str) -> list[Meeting]:
    return parse_document(Document("c/minutes.txt", "txt", (text,), SourceMeta()))


def test_references_with_the_committees_letters_and_the_year_number_the_minutes() -> None:
    [meeting] = _meetings(POST)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("001/F/16", "To Elect a Chairman for the committee for the coming year 16/17"),
        ("002/OS/16", "Apologies for absence"), ("003/OS/16", "Allotments"),
        ("004/OS/16", "Date of next meeting")]
    assert meeting.items[0].decision == "resolved" and meeting.items[2].decision == "agreed"


def test_the_post_title_names_the_committee_and_links_to_other_posts_are_not_meetings() -> None:
    [meeting] = _meetings(POST)
    assert meeting.committee == "Wendlemere Parish Council — Open Spaces Committee"
    assert meeting.date is not None and meeting.date.isoformat() == "2016-03-14"


PAGE = """<html><head><title>Approved Minutes – Kelmsford Town Council</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/m">Meetings</a></nav></header>
<main><article><header class="entry-header">
<h1 class="entry-title">Approved Minutes for the Staffing Committee Meeting &#8211; 10th September
2024</h1><div class="entry-meta"><span class="published">21st November 2024</span></div></header>
<div class="entry-content">
<p><strong>Members present:</strong> Cllr R Ames (Chairman), Cllr C Bly &amp; Cllr M Wood.</p>
<p><strong>ST/23/24</strong><strong>Apologies</strong><br>There were none.</p>
<p><strong>ST/24/24</strong><strong>NJC pay award 2024/25</strong><br>The Committee noted the
award.</p>
<p><strong>ST/25/24</strong><strong>Groundsman vacancy</strong><br>RESOLVED: That Cllr Ames and
Cllr Wood form the interview panel.</p>
</div></article></main>
<footer class="site-footer">Copyright Kelmsford Town Council</footer></body></html>"""


def test_a_posts_own_header_gives_its_meeting_and_glued_references_part_from_titles() -> None:
    [meeting] = html_meetings(PAGE)
    assert meeting.committee == "Kelmsford Town Council — Staffing Committee"
    assert meeting.date is not None and meeting.date.isoformat() == "2024-09-10"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("ST/23/24", "Apologies"), ("ST/24/24", "NJC pay award 2024/25"),
        ("ST/25/24", "Groundsman vacancy")]


def test_a_post_titled_by_the_meeting_it_tells_of_opens_that_meeting() -> None:
    """'Glenbrae Community Council Inaugural Meeting' over a story of when it met ('… held
    its inaugural meeting on Tuesday 3 March 2020 …'): a meeting of that date, its
    headings its items, before the next post's minutes of their own; a post title with no such
    story opens nothing."""
    story = ("Glenbrae.org\n\nCommunity Council\n\nGlenbrae Community Council Inaugural Meeting"
             "\n\nThe new council held its inaugural meeting on Tuesday 3 March 2020 in the "
             "school, with an officer of the council in the chair until a convener was chosen."
             "\n\nNominations.\nAnna Bell was nominated as Convener and "
             "Tom Reid as Treasurer.\n\nModel Constitution.\nThe council adopted the model "
             "constitution.\n\nMeetings.\nSix ordinary meetings must be held each year."
             "\n\nPosted 9 March 2020\n\n")
    minutes = ("Minutes of the meeting of Glenbrae Community Council held in the Village Hall on "
               "Tuesday 7 April 2020 at 7pm\n\nPresent: Anna Bell (Convener), Tom Reid\n\n"
               "Police report.\nPC Havercroft reported one break-in. The report was noted.\n\n"
               "Planning.\nMembers raised no objection to the house at Shore Road.\n")
    meetings = text_meetings(story + minutes)
    assert [(m.committee, m.date) for m in meetings] == [
        ("Glenbrae Community Council", date(2020, 3, 3)),
        ("Glenbrae Community Council", date(2020, 4, 7))]
    assert meetings[0].items and meetings[0].items[0].title.rstrip(".") == "Nominations"
    untold = story.replace("its inaugural meeting on Tuesday 3 March 2020", "its first "
                           "meeting of the new term")
    assert [m.date for m in text_meetings(untold + minutes)] == [date(2020, 4, 7)]


NEWS_REPORT = """12/06/2019, 10:15 Bench plans move forward in Polvean | Valley Today

Wednesday, June 12, 2019 | Advertise | Contact us

Valley Today

Home News Sport What's On Business Jobs Notices

Bench plans move forward in Polvean

June 12, 2019 · Local news

Plans for new benches on the green moved a step forward at the meeting of Polvean Town
Council on Tuesday, June 4.

Cllr Ann Gorran said the working group had chosen an oak design.

Grass cutting. – It was resolved that the contract be renewed for two years.

Bus shelter. – It was agreed to ask the county council to replace the glass.

Street lights. – Cllr Tom Tregony said that two lights in Fore Street were out.

Share this: Facebook Twitter Email Print
"""


def test_a_news_report_of_a_meeting_reads_its_council_day_and_topics() -> None:
    """A local news site's report: the meeting it names ('at the meeting of Polvean Town
    Council on Tuesday, June 4', the year from the dateline), each topic closed by a full
    stop and a spaced dash, and the page's share buttons no item."""
    (meeting,) = text_meetings(NEWS_REPORT)
    assert (meeting.committee, str(meeting.date)) == ("Polvean Town Council", "2019-06-04")
    titles = [item.title for item in meeting.items]
    assert titles[-3:] == ["Grass cutting", "Bus shelter", "Street lights"]
    assert meeting.items[-3].decision == "resolved"


AGM_POST = """<html><body>
<h2 class="date-header"><span>Wednesday, 31 October 2012</span></h2>
<h3 class="post-title">Pelham Allotments Association AGM minutes</h3>
<div class="post-body">
<div><b>Pelham Allotments Association</b></div>
<div><b>AGM October 2<sup>nd</sup> 2012</b></div>
<p>Present: P. Lanyon, M. Ashdown, T. Quayle, K. Rennick (Chair)</p>
<p>1. Minutes of AGM 2011 were agreed as a true record.</p>
<p>2. Chair's report</p><p>The wet summer had been hard on most sites.</p>
<p>3. Treasurer's report</p><p>The accounts were approved.</p>
</div></body></html>"""


def test_a_post_s_agm_heading_over_who_came_dates_the_meeting_not_the_post() -> None:
    """'Wednesday, 31 October 2012' is when the post went up; 'AGM October 2nd 2012' over
    'Present: …' is the meeting's day."""
    meetings = html_meetings(AGM_POST)
    assert [m.date for m in meetings] == [date(2012, 10, 2)]


def test_a_blog_post_s_record_title_under_its_own_title_dates_the_meeting() -> None:
    """'Saturday, 4 March 2023' (posted) / 'Committee Meeting Minutes 24th February' / 'Minutes
    of Meeting 24th February 2023 at 16:30 in the Clubhouse': the record's title gives the year
    the post's title leaves out."""
    html = ("<h2>Saturday, 4 March 2023</h2><h3>Committee Meeting Minutes 24th February</h3>"
            "<h3>Loch Carradh Sailing Club</h3>"
            "<p>Minutes of Meeting 24th February 2023 at 16:30 in the Clubhouse</p>"
            "<h4>1) Present/Apologies</h4><p>Present: Calum Strachan (CS), Morag Finlay (MF)</p>"
            "<h4>2) Approval of Draft Minutes of Previous Meeting</h4>"
            "<p>The draft minutes were proposed by MF, seconded by CS and approved.</p>"
            "<h4>3) Club Boats</h4><p>Purchase of a new rudder approved.</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2023, 2, 24)


def test_a_post_s_date_over_its_meeting_s_earlier_day_and_place_is_not_the_meeting_s() -> None:
    """'Annual General Meeting minutes' / 'Tuesday 4 March 2014' (posted) / 'Monday 24th February
    2014 Wexcombe Town Hall, Market Place': the meeting was held before the post went up."""
    html = ("<h2>Annual General Meeting minutes</h2><p>Tuesday 4 March 2014</p>"
            "<p>Monday 24th February 2014 Wexcombe Town Hall, Market Place, Wexcombe</p>"
            "<p>See end of minutes for attendee list</p>"
            "<h3>Welcome / Apologies for Absence</h3><p>JH welcomed everyone.</p>"
            "<h3>Minutes of Previous Meeting</h3><p>All agreed the minutes.</p>"
            "<h3>Annual Accounts 2013</h3><p>The accounts were accepted.</p>")
    (meeting,) = html_meetings(html)
    assert meeting.date == date(2014, 2, 24)


def test_a_meeting_s_day_hours_and_place_over_its_first_numbered_minute_open_the_record() -> None:
    """A tag page: a notice of the next AGM, then 'Meeting 25 November 2024 7 - 8.20 pm
    Scarrowdale Reading Room' over '1. Welcome by the chair. …'."""
    text = ("AGM 2025 – call for nominations\n\nOur next AGM will be held on Monday 1 December "
            "2025 at 7pm in the Reading Room.\n\nDraft minutes of the 2024 AGM\n\n"
            "Meeting 25 November 2024 7 - 8.20 pm Scarrowdale Reading Room\n"
            "1. Welcome by the chair. KA welcomed members.\n"
            "2. Apologies for absence. Treasurer G Teasdale sent apologies.\n"
            "3. To receive the minutes of the 2023 AGM. Approved as a correct record.\n")
    meetings = text_meetings(text)
    assert meetings[-1].date == date(2024, 11, 25)
    assert all(m.date != date(2025, 12, 1) for m in meetings if m.items)


def test_a_post_titled_by_its_body_s_agm_minutes_and_day_in_figures_is_of_that_day() -> None:
    """'Carrowby Gardens Residents Association AGM minutes 24/11/09' over '1 Welcome by Chair':
    24 can only be the day; figures that could be read either way ('3/10/2003') are not read."""
    html = ("<h1>Carrowby Gardens Residents Association AGM minutes 24/11/09</h1>"
            "<p>1 Welcome by Chair Ruth Enderby</p>"
            "<p>2 Apologies: Councillor Jeremy Pask, Dennis Hurrell.</p>"
            "<p>3 Minutes of 2008 AGM were accepted.</p><p>4 Chair’s Report.</p>"
            "<p>The accounts were adopted, proposed by Hana Kovac, seconded by Tom Whitlow.</p>")
    (meeting,) = html_meetings(html)
    assert (meeting.committee, meeting.date) == ("Carrowby Gardens Residents Association",
                                                 date(2009, 11, 24))
    (meeting,) = html_meetings(html.replace("24/11/09", "3/10/09"))
    assert meeting.date != date(2009, 10, 3)


def test_a_record_title_saying_when_its_meeting_was_held_dates_it_not_the_post() -> None:
    page = ("<html><body><h2>Tuesday, 6 October 2015</h2>"
            "<h3>Minutes of October meeting for business</h3>"
            "<p><b>WYCHCOMBE LOCAL QUAKER MEETING</b></p>"
            "<p>Minutes of a meeting for worship for business held on 4 October 2015</p>"
            "<p>14 Friends were present.</p>"
            "<p>15.41 Minutes of our last meeting<br>The minutes of 6 September were signed.</p>"
            "<p>15.42 Matters arising<br>None.</p>"
            "<p>15.43 Correspondence<br>We note these.</p></body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2015, 10, 4)
    assert [item.number for item in meeting.items] == ["15.41", "15.42", "15.43"]


def test_a_page_headed_by_its_day_in_figures_and_minutes_is_that_day_s_record() -> None:
    page = ("<html><head><title>Committee - 22.1.26 Minutes | Kelby Tennis Club</title></head>"
            "<body><ul><li><a href='/a'>22.1.26 Minutes</a></li>"
            "<li><a href='/b'>8.10.25 Minutes</a></li></ul><h1>22.1.26 Minutes</h1>"
            "<h3>Apologies</h3><p>Ross Dunwell, Meg Hartas</p>"
            "<h3>Minutes of 8.10.25 Meeting</h3><p>The minutes were accepted.</p>"
            "<h3>Finance Report</h3><p>ST reported that the account stands at £36,905.</p>"
            "</body></html>")
    (meeting,) = html_meetings(page)
    assert meeting.date == date(2026, 1, 22)
