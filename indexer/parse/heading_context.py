"""What stands around a line that reads like a meeting's heading: an item, a number, a link list."""

from __future__ import annotations

import re

from ..records import Line
from .section_record import line_window

OPENING_LINES = 8
FOLLOWING_LIST = re.compile(r"\bfollowing\b[^:]*:\s*$", re.I)
LISTED_MEETING = re.compile(r"^[A-Z][\w,&'’ -]{2,80}?\s[–—-]\s.*\b(?:19|20)\d\d\b.{0,20}$")
"""A meeting named and dated on a line of a list ('Planning Committee – 17th June and 8th July
2026')."""
LIST_REACH = 12
NEXT_MEETING = re.compile(r"^(?=(?-i:[A-Z0-9]))(?:[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[.):]?\s+)?"
                          r"(?:the\s+)?"
                          r"(?:(?:time\s+and\s+)?dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?"
                          r"(?:next|future|forthcoming)\s+(?:\w+\s+)?meetings?|next\s+meeting)"
                          r"\s*[.:]?$", re.I)
"""A 'Date of next meeting' entry on a line of its own, or 'NEXT MEETING' ('6. NEXT MEETING'),
numbered or not (not a sentence's end wrapped onto its line, '… signed at' / 'the next
meeting', nor a page's list of 'Forthcoming meetings')."""
ATTENDANCE_START = re.compile(r"^(?:[-•*]\s+)?(?=(?-i:[A-Z])|[\w\s]{1,30}:)"
                              r"(?:present|attendance|attendees|in\s+attendance"
                              r"|(?:members|councillors)\s+present|those\s+(?:attending|present)"
                              r"|sederunt)\b\s*:?"
                              r"|^(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:members|councillors)\s+present"
                              r"\s*(?::|[–-](?=\s))",
                              re.I)
"""Who attended opens a meeting's record: an agenda never lists it. A label starts with a
capital or ends with a colon: 'present to include Mrs J Rennie.' is a sentence wrapped onto its
line, 'Presentation' another word; a body's name may open the label ('Regional Board Members
Present:', 'TBCG Group Members Present – …')."""
REFERS_BACK = re.compile(r"\b(?:were|was|be|being|been|are|is)\s+(?:\w+\s+)?"
                         r"(?:(?!(?:transacted|requested|required)\b)\w+ed|read|signed|taken|given)\b"
                         r"|\b(?:were|was|been)$"
                         r"|\b(?:were|was|are|is)\s+(?:then\s+|now\s+)?(?:before|attached|tabled)\b"
                         r"|\bheld\s+as\s+read\b"
                         r"|\bfor\s+(?:approval|confirmation|signature|signing|adoption)\b", re.I)
"""'The Minutes of the meeting of the Committee held on 9 August 2023 were confirmed …' (or a
line ending '… were', or '… were before the Council for approval', or '… was held as read', as
Scottish minutes say), or an entry putting it '… FOR APPROVAL': an item's sentence about an
earlier record, not a record's heading ('… when the following business was transacted' is the
record's own, and so is a summons' '… when the attendance of members is requested')."""
APPROVED_WITH_MOVERS = re.compile(
    r"^(?:(?:these|they|the\s+minutes|minutes|it)\s+(?:were|was)\s+(?:duly\s+)?)?"
    r"(?:approved|agreed|accepted|adopted|confirmed)\b(?=.*\b(?:proposed|seconded|moved"
    r"|(?:true|correct|accurate)\s+record)\b)", re.I)
"""A minute's approval under the heading that names it ('MINUTES OF MEETING HELD ON 14.02.2024:'
/ 'Approved with one change. Proposed by …', 'These were approved …'), never
a meeting's opening."""
HEADING_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])(?<!\d(?:st|nd|rd|th))(?<![ap]\.m)\.(?:\s|$)"
                                  r"|\b(?:PRESENT|Present)\s*:")
"""Where a heading's sentence ends: a full stop, not one closing a day's ordinal ('Thursday
12th. May 2022') or an hour's 'p.m.' ('held at 3:00 p.m. Monday 22 March 2021'), or the
attendance's label."""
NUMBER_ONLY = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)]?|[A-Z]{1,4}\s?\d{1,4}/\d{2,4})$")
"""An item's number, a part's ('4.1'), or its minute's reference ('JAC 2/09'), alone on its
line."""
ITEM_FIELD = re.compile(r"^(?:Status|Business|Decision|Purpose|Report\s+Summary)\s*:", re.I)
"""A field of an item on a committee system's page ('Status: Noted', 'Decision:'); alone on its
line (fullmatch), a label over the field's text."""
MINUTES_ITEM = re.compile(
    r"^(?:[A-Z]{0,3}\d{1,4}(?:[./]\d{1,4})*[.):]?|[IVXL]{1,6}[.)])(?:\s+\d{1,3}[.)])?\s+"
    r"(?:[\w’'-]+\s+){0,5}?"
    r"minutes\b|^(?:consideration|confirmation|approval|adoption|signing)\s+of\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?minutes\s*:?$", re.I)
"""A numbered item about the last meeting's minutes ('413 MINUTES', 'II. MINUTES', '5.
Confirmation of the Minutes', 'C113/23  2.  TO RECEIVE AND ADOPT THE MINUTES'), or one unnumbered
that names what it does with them ('CONSIDERATION OF MINUTES'): a record's title under it is the
minutes it approves."""

RECORD_OPENING = re.compile(r"^(?:the\s+)?(?:(?:draft|un-?confirmed|approved|confirmed|signed)"
                            r"\s*[:–-]?\s+)?(?:notes|minutes?|record|proceedings\s+of)\b", re.I)
"""A record's title opens so: 'Minutes of …', 'Draft Notes of …', 'Proceedings of …'."""
HELD_RECORD = re.compile(r"^(?:draft\s+)?(?:minutes|notes)\b"
                         r"(?!.*\b(?:to\s+be|will\s+be|is)\s+held\b).*\bmeeting\s+held\s+on\b",
                         re.I)
"""The record of a meeting already held ('MINUTES – RCF meeting held on Monday 3rd December
2018'): never the next meeting's details, even under an agenda's last entry."""


RUNNING_MINUTE = re.compile(r"^\d{3,4}[.)]?\s+")
"""A minute book's running number, counted on from meeting to meeting ('293')."""
ATTENDANCE_WORDS = 4


def attendance_in(window: list[tuple[int, str]]) -> bool:
    """Return True if who attended is listed under the window's first line (as its first
    numbered entry too: '1. PRESENT: Cllrs …')."""
    return any(attendance_line(t) for _, t in window[1:])


def attendance_line(text: str) -> bool:
    """Return True if text opens a list of who attended ('Present: …', '1. PRESENT: …'), or is
    a minute book's running minute of it ('293   Attendance & Apologies')."""
    if ATTENDANCE_START.match(text) is not None:
        return True
    if text[:2] in ("1.", "1 "):
        return ATTENDANCE_START.match(text[2:].lstrip()) is not None
    minute = RUNNING_MINUTE.match(text)
    return minute is not None and len(text[minute.end():].split()) <= ATTENDANCE_WORDS \
        and ATTENDANCE_START.match(text[minute.end():]) is not None


def page_head(lines: list[Line], i: int) -> bool:
    """Return True if line i is the first filled line of a page after the first."""
    if lines[i].page == lines[0].page:
        return False
    k = i - 1
    while k >= 0 and lines[k].page == lines[i].page:
        if lines[k].text:
            return False
        k -= 1
    return True


def page_foot(lines: list[Line], i: int) -> bool:
    """Return True if line i is the last filled line of a page that another page follows."""
    k = i + 1
    while k < len(lines) and lines[k].page == lines[i].page:
        if lines[k].text:
            return False
        k += 1
    return k < len(lines)


def page_top(lines: list[Line], i: int) -> bool:
    """Return True if line i is among the first lines of its page."""
    first = next(k for k in range(i, -1, -1) if k == 0 or lines[k - 1].page != lines[i].page)
    return sum(1 for k in range(first, i) if lines[k].text) < OPENING_LINES


MINUTES_ITEM_WORDS = 14


def under_minutes_item(lines: list[Line], i: int) -> bool:
    """Return True if line i sits under a numbered item on the minutes, with no attendance
    listed under it: '413 MINUTES' / 'Minutes of a Community Council Meeting held … on 3
    February 2026.' / 'RESOLVED – The minutes were approved …'."""
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    # '1. The unconfirmed minutes of the 31st meeting follow. Members are asked to …' is a
    # report's paragraph introducing the minutes that follow, not an item over them.
    return MINUTES_ITEM.match(before) is not None and len(before.split()) <= MINUTES_ITEM_WORDS \
        and not attendance_in(line_window(lines, i, 4))


SUBMITTED = re.compile(r"^there\s+(?:was|were)\s+(?:submitted|tabled|circulated)\b", re.I)
"""A Scottish minute's item putting a paper before the meeting ('There was submitted the record
of …', 'There were circulated the minutes of …')."""


RECEIVED_GOES_ON = re.compile(r"^(?:were|was|had\s+been|have\s+been)\s+(?:duly\s+)?(?:received"
                              r"|noted|approved|adopted|confirmed|accepted|circulated|signed|agreed"
                              r"|considered|presented|submitted|tabled)\b")
"""A wrapped sentence's verb on the next line: what was done with the record its line names."""


def minute_approved_after(lines: list[Line], i: int) -> bool:
    """Return True if the line after line i says that meeting's minute was approved ('POLICY
    BOARD - 3 JUNE 2021' / 'The Minute of the meeting of the Policy Board dated 3 June 2021 was
    submitted and approved.') or that its record was put before this one ('Record of Working
    Group Meeting - 5 May 2023' / 'There was submitted the record of the meeting …'): the
    heading names earlier minutes."""
    if i + 1 < len(lines) and RECEIVED_GOES_ON.match(lines[i + 1].text):
        # 'The notes of the Flood Forum meeting held on the 3rd March 2011' / 'were received and
        # noted.': a sentence wrapped, the earlier meeting's record received.
        return True
    after = next((lines[k].text for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text),
                 "")
    return (after[:12].lower().startswith(("the minute", "minute"))
            and REFERS_BACK.search(HEADING_SENTENCE_END.split(after)[0]) is not None) \
        or APPROVED_WITH_MOVERS.match(after) is not None or SUBMITTED.match(after) is not None


def item_fields_next(lines: list[Line], i: int) -> bool:
    """Return True if the line after line i (blank lines apart) is an item's field label, as a
    committee system prints each item ('MINUTES - 16th June, 2004' / 'Status:' / 'Agreed'):
    the heading titles an item about those minutes, not a meeting."""
    after = next((lines[k].text for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text),
                 "")
    return ITEM_FIELD.match(after) is not None


def under_next_meeting(lines: list[Line], i: int) -> bool:
    """Return True if the line before line i (blank lines apart) is a 'Date of next meeting'
    entry: what follows names the next meeting ('15. Date of next meeting' / 'Annual Meeting of
    the Parish Council, Monday 11th May 2026 at 7.30pm.'), never opens one. A pack's next page
    opening with a record's heading starts that record."""
    before = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), None)
    return before is not None and NEXT_MEETING.match(before.text) is not None \
        and (before.page == lines[i].page or not RECORD_OPENING.match(lines[i].text)) \
        and not HELD_RECORD.match(lines[i].text)


def listed_after(lines: list[Line], i: int) -> bool:
    """Return True if line i is an entry of a list of meetings an agenda entry introduces ('To
    formally receive the minutes of the following meetings:' / 'Licensing Committee – 8th June
    2026'): each names a meeting held before, not the one this paper is of."""
    k = next((k for k in range(i - 1, max(-1, i - LIST_REACH), -1)
              if lines[k].text and not LISTED_MEETING.match(lines[k].text)), None)
    return k is not None and FOLLOWING_LIST.search(lines[k].text) is not None


MEETING_CLOSED = re.compile(r"^(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|concluded|finished)"
                            r"\s+at\b", re.I)
"""The minutes' closing line: 'The meeting closed at 9:05 pm.'"""


def under_number(lines: list[Line], i: int) -> bool:
    """Return True if the line before line i (blank lines apart) is an item's number alone, not
    a page's number after the minutes' closing line ('The meeting closed at 9-10pm.' / '4')."""
    k = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), None)
    if k is None or NUMBER_ONLY.match(lines[k].text) is None:
        return False
    closing = next((lines[j].text for j in range(k - 1, max(-1, k - 3), -1) if lines[j].text), "")
    return MEETING_CLOSED.match(closing) is None


def attendance_next(lines: list[Line], i: int) -> bool:
    """Return True if the next line with text after line i opens an attendance list."""
    after = next((line.text for line in lines[i + 1:i + 4] if line.text), "")
    return ATTENDANCE_START.match(after) is not None
