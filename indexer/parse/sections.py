"""Split a document's lines into meetings, agendas and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..records import Line
from .blocks import file_badge, is_upper_heading
from .committees import DISCLAIMER, committee_key, normalise_committee
from .dates import WEEKDAY, find_dates, first_date, is_date_line, yearless_date

BODY_WORDS = re.compile(
    r"\b(?:committee|council|partnership|board|group|commission(?:ers)?|panel|cabinet|forum|authority"
    r"|assembly|executive|trust|trustees|association|sub-committee|meeting|agm)\b", re.I)
NOTES = re.compile(
    r"^(?:the\s+)?(?:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?(?:notes|minutes?|record)"
    r"\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?meeting"
    r"\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+(?:which\s+was\s+|that\s+was\s+)?held\b"
    r"(?P<rest>.*)$", re.I)
BARE_NOTES = re.compile(
    r"^(?:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?(?:notes|minutes?)\s+of\s+"
    r"(?:(?:statutory|ordinary|special|extraordinary|annual|inaugural|adjourned|full)\s+)?meeting"
    r"\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+(?:held\b|(?=on\s+(?:[A-Za-z]+day\s+)?\d))"
    r"(?P<rest>.*)$", re.I)
"""'MINUTES OF MEETING OF HINTON ABBAS PARISH COUNCIL HELD ON 11th JUNE 2025' ('… COUNCIL ON
Wednesday 14 March 2012'): without 'the', a record's opening only among a paper's first
lines."""
NAMED = re.compile(
    r"^(?:the\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?(?i:notes|minutes?)"
    r"\s+(?i:of)\s+(?:(?i:the\s+)?(?i:proceedings\s+of)\s+)?(?:(?i:an?|the)\s+)?"
    r"(?:(?i:annual|ordinary|extraordinary|special|full)\s+)?"
    r"(?P<committee>[A-Z](?:(?!(?i:minutes|meeting)\b)[\w&,'’ -]){0,80}?(?i:committee|council"
    r"|board|panel|cabinet|forum|group|partnership|commission(?:ers)?|parish\s+meeting))"
    r"\s+(?:(?i:meeting)\s+)?"
    r"(?:which\s+was\s+|that\s+was\s+)?"
    r"(?i:held)\b(?P<rest>.*)$")
"""'Minutes of the Planning Committee held on …', 'Minutes of Hallow Parish Council Meeting
held on …', 'Minutes of proceedings of Ellmouth Borough Council held …': a body named without
'meeting of'."""
TITLED = re.compile(
    r"^(?:the\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?(?i:notes|minutes)"
    r"\s+(?i:of)\s+(?:(?i:a|the)\s+)?"
    r"(?P<committee>[A-Z][\w&,'’ -]{0,80}?(?i:committee|council|board|panel|cabinet|forum|group"
    r"|partnership|commission|meeting))$")
"""'Minutes of Thornbury Village Meeting Committee' alone on its line, its date on the next."""
TITLED_DATED = re.compile(
    r"^(?:the\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?(?i:notes|minutes)"
    r"\s+(?i:of)\s+(?:(?i:a|the)\s+)?"
    r"(?:(?i:meeting\s+of)\s+(?:(?i:the)\s+)?)?(?P<committee>[A-Z][\w&'’ -]{0,80}?(?i:committee"
    r"|council|board|panel|cabinet|forum|group|partnership|commission|parish\s+meeting))"
    r"(?:\s+(?i:meeting)(?=\s*[,–-]\s))?"
    rf"(?:\s*[,–-]\s+|\s+(?=(?i:{WEEKDAY})\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z]))(?P<rest>.*)$")
"""'Minutes of the meeting of Eastwick Town Council Planning Committee, Tuesday 7 February',
'Minutes of Parish Council 14 February 2024', 'Minutes of Annual Parish Meeting Monday 8th May
2023 at 7.30pm', 'Minutes of Allotments Committee meeting – Monday 3 April 2017'."""
HELD = re.compile(
    r"^(?:the\s+)?(?:draft\s+|un-?confirmed\s+)?(?:notes|minutes?)\s+of\s+(?P<article>(?:a|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|AGM|EGM)\s+(?:which\s+was\s+|that\s+was\s+)?held\b(?P<rest>.*)$",
    re.I)
"""'Minutes of the meeting held on …' (or 'of the AGM held on …') under a heading that names the
council: the record's opening, only among a document's first lines (later, such words are an
item's title)."""
OPENING_LINES = 8
WELSH_RECORD = re.compile(
    r"^(?i:cofnodion)\s+(?:(?i:o|y)\s+)?(?i:g?yfarfod|cyfarfod)\s+(?:(?i:blynyddol|arbennig|misol"
    r"|cyffredin)\s+)?(?:(?i:o|y)\s+)?(?P<committee>(?:Cyngor|Pwyllgor|CYNGOR|PWYLLGOR)\b[^–]{3,80}?)"
    r"(?:\s+[-–]\s+.*)?$")
"""A Welsh record's title: 'Cofnodion o gyfarfod Cyngor Cymuned Nant Eithinog - 06/03/23'
(Minutes of a meeting of …)."""
WELSH_HELD = re.compile(r"^(?:(?i:cyfarfod)\s+)?(?i:a\s+gynhaliwyd)\b")
"""'Cyfarfod a gynhaliwyd yn … nos Lun 6ed Mawrth 2023' (A meeting held at … on …)."""
DANGLING_WORDS = frozenset("of the and for to on at held dated".split())
"""Words a name never ends with: a heading line ending in one runs on to the next."""
SHORT_DATED = re.compile(
    r"^(?P<committee>[A-Z][A-Za-z&,' -]{3,80}?(?i:committee|council|board|panel|cabinet|authority"
    r"|forum|partnership|commission|executive))\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)"
    r"(?:\s+\d{1,3})?$")
"""'PLANNING COMMITTEE 09.03.26', perhaps with the page's number: a body's name and its
meeting's date, the year in two figures (not a paper's link, 'Cemetery Committee Minutes
19.06.25')."""
LINKS_LABEL = re.compile(r"^(?:(?:related|similar|recent|more)\s+(?:documents|papers|links|meetings"
                         r"|posts|minutes)|background\s+papers|(?:other\s+)?downloads?|attachments?"
                         r"|see\s+also|you\s+may\s+also\s+like)\s*:?$", re.I)
"""A label over a list of links to other papers, whose titles name other meetings."""
LINKS_REACH = 6
DATED_HEADING_WORDS = 16
DATE_LABEL_ALONE = re.compile(r"^(?:date(?:\s+held)?|meeting\s+date|date\s+of\s+meeting)\s*:$",
                              re.I)
SUMMONS = re.compile(
    r"\b(?:are|is)\s+(?:hereby\s+)?summoned\s+(?:to|and)\b"
    r"|\bfor\s+the\s+purposes?\s+of\s+transacting\s+the\s+following\s+business\b"
    r"|\brequested\s+to\s+attend\b[^.]{0,40}\bto\s+transact\s+the\s+following\s+business\b",
    re.I)
"""An English parish agenda's summons: 'Members are summoned to attend … for the purpose of
transacting the following business' (Local Government Act 1972, Schedule 12), 'Councillors are
hereby summoned and Members of the Public invited to attend …'."""
INVITED = re.compile(
    r"^(?:(?:parish|town|community|all)\s+)?(?:you|members|councillors|all\s+members)\b[^.]{0,30}?"
    r"\b(?:are|is)\s+(?:(?:hereby|duly|kindly)\s+)?(?:invited|requested|required)\s+to\s+"
    r"(?:attend\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?meeting\b", re.I)
"""A paper that opens by inviting its members to the meeting ('You are hereby invited to attend
the meeting of … to be held …', 'Parish Councillors are duly required to attend the next
meeting of …'): an agenda's summons at the head of a page."""
PAGE_FIRST = re.compile(r"^page\s+\d{1,4}\s+(?=[A-Z])", re.I)
DECISION_DATE_LABEL = re.compile(r"^(?:decisions?\s+(?:made|taken)|date\s+of\s+decisions?)\s*:$",
                                 re.I)
POSTED = re.compile(r"^(?:posted|published|(?:last\s+)?updated)(?:\s+on)?\s*:?$", re.I)
FOLLOWING_LIST = re.compile(r"\bfollowing\b[^:]*:\s*$", re.I)
LISTED_MEETING = re.compile(r"^[A-Z][\w,&'’ -]{2,80}?\s[–—-]\s.*\b(?:19|20)\d\d\b.{0,20}$")
"""A meeting named and dated on a line of a list ('Planning Committee – 17th June and 8th July
2026')."""
LIST_REACH = 12
NEXT_MEETING = re.compile(r"^(?:[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[.):]?\s+)?(?:the\s+)?"
                          r"(?:time\s+and\s+)?dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?"
                          r"(?:next|future|forthcoming)\s+(?:\w+\s+)?meetings?\s*[.:]?$", re.I)
"""A 'Date of next meeting' entry on a line of its own, numbered or not."""
ATTENDANCE_START = re.compile(r"^(?:[-•*]\s+)?(?=(?-i:[A-Z])|[\w\s]{1,30}:)"
                              r"(?:present|attendance|in\s+attendance"
                              r"|(?:members|councillors)\s+present|those\s+(?:attending|present)"
                              r"|sederunt)\b\s*:?", re.I)
"""Who attended opens a meeting's record: an agenda never lists it. A label starts with a
capital or ends with a colon: 'present to include Mrs J Rennie.' is a sentence wrapped onto its
line, 'Presentation' another word."""
CLLRS_LIST = re.compile(r"^(?i:cllrs\.?)\s+[A-Z][\w'’-]+(?:\s+\([^)]*\))?\s*,\s+[A-Z]")
"""Who attended, listed without a label by the members' plural title ('Cllrs Hale
(Chairman), Ward, …')."""
WEB_HEADING = re.compile(
    rf"^(?P<committee>[A-Z][^|]{{2,150}}?)\s+[-–]\s+(?P<rest>{WEEKDAY},?\s+.*\d{{4}}.*)$", re.I)
WILL_BE_HELD = re.compile(
    r"^(?:an?\s+(?:[\w-]+\s+)?|the\s+(?!next\b|following\b|future\b|forthcoming\b|last\b)"
    r"(?:(?:annual|ordinary|extraordinary|special|monthly)\s+)?(?:[\w-]+\s+){0,2})"
    r"meeting\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+will\s+be\s+held"
    r"(?P<rest>.*)$", re.I)
TO_BE_HELD = re.compile(
    r"^meeting\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+to\s+be\s+held(?P<rest>.*)$", re.I)
"""'Meeting of the Parish Council to be held on …' heading a paper: its agenda."""
REFERS_BACK = re.compile(r"\b(?:were|was|be|being|been|are|is)\s+(?:\w+\s+)?(?:\w+ed|read|signed"
                         r"|taken|given)\b|\b(?:were|was|been)$"
                         r"|\b(?:were|was|are|is)\s+(?:then\s+|now\s+)?(?:before|attached|tabled)\b"
                         r"|\bheld\s+as\s+read\b", re.I)
"""'The Minutes of the meeting of the Committee held on 9 August 2023 were confirmed …' (or a
line ending '… were', or '… were before the Council for approval', or '… was held as read', as
Scottish minutes say): an item's sentence about an earlier record, not a record's heading."""
MEETING_HELD = re.compile(
    r"^(?:at\s+)?(?:the\s+|an?\s+)?(?:(?:annual|ordinary|extraordinary|special|monthly|full)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?P<committee>[A-Z][\w&'’ ,-]{2,80}?)\s+(?:which\s+was\s+)?held\b"
    r"(?P<rest>.*)$", re.I)
"""A record opened by its sentence, not a title: 'The Annual Meeting of the Parish Council held
in the Church Room on Wednesday March 11th 1953', 'At a meeting of the Governance, Audit and
Finance Board held on 14 January 2026'."""
LABELLED_MEETING = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?meeting\s+of\s*:\s*"
                              r"(?P<committee>\S.{2,80})$", re.I)
DATE_FIELD = re.compile(r"^date(?:\s+and\s+time)?\s*:", re.I)
KIND_MEETING_HELD = re.compile(
    r"^(?:(?i:the|an?)\s+)?(?:[A-Z][\w'’&-]+\s+){0,4}(?i:meeting\s+held)\b(?P<rest>.*)$")
"""'Trustee Meeting held at …, March 9th, 1871.': a meeting named by its body's kind alone."""
TO_BE = re.compile(r"\b(?:to|will)\s+be$", re.I)
"""'Meeting of the Parish Council to be held on …': an agenda's meeting, not a record's."""
DATE_NOTE_WORDS = 10
AGENDA_TITLE = re.compile(r"^(?:supplementary\s+|revised\s+|draft\s+)?agenda(?!\s+items?\b)"
                          r"(?!.*\bnext\b)(?:$|\s*[-–—:]\s|\s+(?:for|of)\s+\S"
                          r"|\s+(?:[\w&'’-]+\s+){1,6}?meeting\b)", re.I)
"""An agenda's title: 'AGENDA', 'Agenda – Planning Committee – …', 'Agenda for the meeting of
…', a web post's 'Agenda Parish Council Meeting Wednesday 24th June 2026' (not an 'Agenda Item
3' stamp nor 'Agenda items for the next meeting')."""
AGENDA_DATE_LINE = re.compile(r"^(?:(?:meeting\s+of|for\s+the\s+meeting|date\s*:)\s*.*"
                              r"|to\s+be\s+held\b.*|.*\bto\s+be\s+held\s+(?:on|at|in)\b.*)$", re.I)
AGENDA_OF = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?(?P<committee>[A-Z][\w&'’ -]{2,80}?)\s+"
                       r"(?i:to\s+be\s+held|will\s+be\s+held|on|held|in\s+the|at\s+the)\b", re.I)
AGENDA_DATE_WORDS = 24
NOTICE_GIVEN = re.compile(r"^(?:notice\s+is\s+(?:hereby\s+)?given|I\s+(?:hereby\s+)?give\s+you"
                          r"(?:\s+hereby)?\s+notice)\s+that\s+", re.I)
"""'Notice is hereby given that a meeting of … will be held on …' ('I HEREBY GIVE YOU NOTICE that
…'): the agenda's notice."""
NUMBERED_ENTRY = re.compile(r"^\(?\d{1,3}[.)]?\s")
WEEKDAY_FIRST = re.compile(rf"^(?:{WEEKDAY})\b,?\s*$", re.I)
POST_KIND = re.compile(r"\s[-–—|:]\s*(?:(?i:draft|approved|unconfirmed)\s+)?(?P<kind>(?i:agenda"
                       r"|minutes))\s*$")
"""A web post's title ending in what it holds: '… - Agenda', '… – Draft Minutes'."""
MEETING_NAME = re.compile(r"\b(?i:meeting|council|committee)\s*$")
"""A meeting's name before its date in a post's title ('Annual Parish Meeting')."""
DATED_TITLE = re.compile(
    r"^(?:(?P<committee>(?!(?i:minutes|notes)\b)[A-Z](?:(?!(?i:minutes|notes)\b)[\w&'’ -]){2,80}?)"
    r"\s+)?"
    r"(?:(?i:minutes|notes)(?:\s+(?i:of)\s+(?:(?i:the|an?)\s+)?(?:[A-Z][\w&'’ -]{2,60}?\s+)?"
    r"(?i:meeting)|\s*[-–—:]\s*(?i:(?:annual\s+general|annual|extraordinary|special|ordinary"
    r"|general|monthly)\s+)?(?i:meeting))?"
    r"|(?i:(?:annual\s+general|annual|extraordinary|special|ordinary|general|monthly)\s+)?"
    r"(?i:meeting)(?:\s+\([A-Z]{2,4}\))?)\s*[-–—:,]?\s+(?:(?i:held)\s+(?:(?i:on)\s+)?)?"
    r"(?P<date>\S.*?)[\s,]*$")
"""A record's title and its date on one line: 'Minutes – 13 January 2025', 'GLENBRAE PARISH
COUNCIL MINUTES 13 JANUARY 2025', 'Minutes of Council Meeting 13 January 2025', 'AUCHENLEITH
COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 25 JUNE 2026', 'MINUTES – ANNUAL MEETING,
Tuesday, 2 June 2026 at 6.30 pm.', or the body and its kind of meeting: 'AUCHENLEITH COMMUNITY
COUNCIL ANNUAL GENERAL MEETING (AGM) 25th June 2026,'."""
ATTENDEES = re.compile(r"^(?:attendees|councillors\s+present)\s*:", re.I)
"""Who attended, under a title and its date line."""
PLACE_COMMAS = 2
"""Commas in a line that make it an address ('The Jubilee Room, Harcombe Institute, Priory
Walk'), not a committee's name."""
RECORD_SUFFIX_WORD = re.compile(r"\s(?i:minutes|notes)$")
"""A title that ends with the record's name ('… Village Hall AGM Minutes')."""
SHEET_LINES = 12
"""Lines of a front sheet above its summons that may hold the meeting's 'Date:'."""
REPORT_HEAD_LINES = 3
PACK_LETTER = re.compile(r"^Dear\s+(?:Member|Councillor)s?\b|\bplease\s+find\s+enclosed\b"
                         r"|\(Pages?\s+\d+\s*[-–]\s*\d+\)", re.I)
"""A letter sending a meeting's papers ('Dear Member', 'Please find enclosed …'), or its list of
them ('3 English Devolution White Paper (Pages 1 - 18)')."""
FIELD_LINE = re.compile(r"^[A-Z][\w ]{1,20}:\s")
"""A front sheet's field ('Venue: Fire and Rescue Service Headquarters'), not a heading."""
YEAR_THEN_NOTE = re.compile(r"\b(?:19|20)\d\d\b(?P<note>.*)$")
"""A date's year and what follows it: a note with no time or number ('…, following the AGM')."""
RECORD_WORDS = re.compile(
    r"^(?:(?:un-?confirmed|confirmed|draft|approved|signed)\s+)?(?:notes|minutes|agenda)"
    r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?:annual|ordinary|extraordinary|special|full|"
    r"parish|town|council|general|public)\s+){0,3}meeting)?$", re.I)
RECORD_NAME_WORDS = re.compile(r"\b(?:draft\s+)?(?:minutes|notes|agenda)\b")
UNNAMED_RECORD = re.compile(r"^(?:(?:approved|un-?confirmed|confirmed|signed|draft|of|the|an?"
                            r"|meeting)\b\s*)*$")
"""What is left of a record's title that names no body ('Approved Minutes of Meeting')."""
DECISION_WORD = re.compile(r"^(?:resolved|noted|agreed|carried|approved)\b", re.I)
AGENDA_LINE = re.compile(r"^(?:draft\s+|supplementary\s+|revised\s+)?agenda$", re.I)
MINUTES_LINE = re.compile(r"^(?:draft\s+|un-?confirmed\s+|confirmed\s+)?minutes$", re.I)
DATED_RECORD = re.compile(r"^(?:draft\s+)?(?P<kind>minutes|notes|agenda|meeting(?=\s+[A-Z]))"
                          r"(?:\s+(?:of|for)\s+"
                          r"(?:the\s+)?meeting)?\s*[-–—:,]?\s+(?:of\s+|(?:to\s+be\s+)?held\s+on\s+"
                          r"|on\s+)?(?P<date>.+)$", re.I)
"""'Minutes – 14th November 2022', 'Agenda for the meeting on Monday 13 March 2023 at 6pm in
the Council Chamber', 'Meeting Tuesday 2nd December 2025 at 10.00am' under the body's name: the
record's title and its date (and place)."""
GENERIC_HEADING = re.compile(
    r"^(?:(?:regular|special|ordinary|extraordinary|annual|public)\s+)*(?:meeting\s+)?"
    r"(?:minutes|notes|agenda|meeting)$", re.I)
REPORT_LABEL = re.compile(
    r"(?:^|(?<=[\s.a-z]))(?P<label>From|By|To|Subject|Classification|Date|Report\s+(?:of|by|to|title)"
    r"|Title|Agenda\s+item)\s*:")
REPORT_TITLE = re.compile(r"^(?i:report)\s+(?:(?i:of)\s+[^:]{3,60}?\s+)?(?i:to)\s+(?:(?i:the)\s+)?"
                          r"(?P<to>(?:[A-Z][\w&,' -]{2,80}\s)?(?i:Committee|Cabinet|Council|Board"
                          r"|Panel|Executive|Sub-Committee))$")
"""A report's title line naming the body it goes to ('Report to Governance Committee')."""
REPORT_TO = re.compile(r"^report\s+to\b", re.I)
HEADING_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.(?:\s|$)|\b(?:PRESENT|Present)\s*:")
REPORT_WINDOW = 8
SIGNATURE_ROLE = re.compile(r"^(?:(?:Parish|Town|Proper|Deputy|Assistant)\s+)?Clerk\b"
                            r"|^(?:Chair(?:man|woman|person)?|Responsible\s+Financial\s+Officer"
                            r"|Chief\s+Executive|Secretary)$", re.I)
"""A signature's role line under the signer's name: the paper's signature, not its heading."""
PAIR_WINDOW = 5
RUNNING_PARTS = re.compile(r"\s+[-–~]\s+|(?<=[A-Za-z])–\s+|,\s+(?=\D)")
"""What parts a running heading: 'Kent CSP – 13 July 2021 – Unconfirmed minutes'."""
RUNNING_MARKS = "-–~,"
"""The marks one of which RUNNING_PARTS needs."""
HEADING_WORDS = 40
ENTRY_LINE = re.compile(r"^\d{1,3}[.)]?\s+[A-Z]")
ENTRY_NUMBER = re.compile(r"^(\d{1,4})[.)]\s+[A-Z]")
"""An item's numbered line ('1 APOLOGIES', '2. Planning'): a summons after one opens another
agenda, and a record's lines hold items, not only lists, when one is among them."""
"""Lines a heading may take before its date: 'Westvale Council' / 'Minutes' / 'of the Meeting
of the' / 'Planning & Regulatory Committee' / 'Wednesday, 7th June 2023'."""
BILINGUAL = " / "
ISSUE_MEETING = re.compile(r"^Meeting:\s*(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s*[-–]\s*"
                           r"(?P<committee>[A-Z].{2,100}?)\s*\((?:Agenda\s+)?Item\s+[\w.]+\)\s*$")
"""An issue page's meeting line: 'Meeting: 21/09/2026 - Governance Committee (Item 14)'."""
BODY_PREFIX = re.compile(r"^(?:[\w'’-]+\s+){1,4}?(?:city|county|borough|district|town|parish)?\s*"
                         r"council\s+(?=\S)")
NOTICE_WORDS = re.compile(r"\b(?:no|the\s+committee|full(?:\s+review)?\s+decisions?)\b")
"""What a decision notice adds to its committee's name: the council before it, 'No.', '("The
Committee")', 'Full Decision'."""
NUMBER_ONLY = re.compile(r"^\d{1,3}[.)]?$")
ATTENDED_REACH = 5
"""Filled lines read under a heading below a page's number ('12' / 'PORTH GWYDDEN HARBOUR
AUTHORITY' / 'WEDNESDAY 6th MARCH 2019' / chairman / 'PRESENT:') for its attendance list: a
meeting's heading, not an item's title under its number."""
VENUE_LINES = 3
"""Lines a venue takes between a meeting's heading and its summons."""
ITEM_FIELD = re.compile(r"^(?:Status|Business|Decision|Purpose|Report\s+Summary)\s*:", re.I)
"""A field of an item on a committee system's page ('Status: Noted', 'Decision:'); alone on its
line (fullmatch), a label over the field's text."""
MINUTES_ITEM = re.compile(
    r"^[A-Z]{0,3}\d{1,4}(?:[./]\d{1,4})*[.):]?(?:\s+\d{1,3}[.)])?\s+(?:[\w’'-]+\s+){0,5}?"
    r"minutes\b", re.I)
"""A numbered item about the last meeting's minutes ('413 MINUTES', '5. Confirmation of the
Minutes', 'C113/23  2.  TO RECEIVE AND ADOPT THE MINUTES'): a record's title under it is the
minutes it approves."""
RECORD_OPENING = re.compile(r"^(?:the\s+)?(?:(?:draft|un-?confirmed|approved|confirmed|signed)\s+)?"
                            r"(?:notes|minutes?|record)\b", re.I)
DATE_OPENING = re.compile(
    rf"^(?:meeting\s+(?:of|held)\s+)?(?:(?:held\s+)?on\s+)?(?:{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s+[A-Z])", re.I)
"""A line that opens with its date ('Monday 16th October 2023, 7pm, …', '16 October 2023',
'Meeting of Wed 15 November 2023 at')."""


@dataclass(frozen=True)
class Section:
    """A run of lines belonging to one meeting record, agenda or report."""

    kind: str
    start: int
    end: int
    committee: str = ""
    date: date | None = None
    heading: str = ""
    subject: str = ""
    body_start: int = 0
    weak: bool = False
    ref: str = ""
    """A report's own 'Agenda item:' reference."""


def find_sections(lines: list[Line]) -> tuple[list[Section], list[Line]]:
    """Return the document's sections in order, and its lines without repeated headings.

    The text before the first heading joins the first section; a heading that repeats the
    current meeting's (a running page heading) is removed, not taken for a new meeting.
    """
    lines = _split_glued_labels(lines)
    starts, repeats = _starts(lines)
    opened = None
    if starts and lines[starts[0].start].page > lines[0].page \
            and (starts[0].weak or _numbering_runs_across(lines, starts[0])):
        # The first heading found is a running page heading after the first page (the first
        # page's copy misread): the meeting began before it, so the first page is its body.
        opened = starts[0]
        repeats.update(range(opened.start, opened.body_start))
    if repeats:
        lines = [line for i, line in enumerate(lines) if i not in repeats]
        starts, _ = _starts(lines)
    if opened is not None:
        starts = [replace(opened, start=0, body_start=0),
                  *(s for s in starts if not _same_meeting(opened, s))]
    if not starts:
        return [Section("minutes", 0, len(lines), body_start=0)], lines
    sections = []
    first = replace(starts[0], start=0)
    starts[0] = first
    starts = _summonses_under_headings(starts, lines)
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        end = after.start if after else len(lines)
        if here.kind == "minutes" and after is not None and after.kind == "report" \
                and _covering_letter(lines[here.start:end]):
            # 'Dear Member' / 'Please find enclosed the documents for Item 3 …' over the
            # reports: a supplementary pack's letter, an agenda of its own meeting.
            here = replace(here, kind="agenda")
        if _names_no_body(here.committee):
            # 'Approved Minutes of Meeting – 16th September 2025' names no committee.
            here = replace(here, committee="")
        sections.append(replace(here, end=end))
    return sections, lines


SUMMONS_NOTICE_DAYS = 31
SALUTATION = re.compile(r"^Dear\b", re.I)


def _summonses_under_headings(starts: list[Section], lines: list[Line]) -> list[Section]:
    """Join a dated meeting heading to the summons under it: 'CEMETERY COMMITTEE' / '13th
    FEBRUARY 2012 at 7pm' / 'in the Council Chamber' / 'Members of the Committee are summoned
    to attend:' is one agenda, of that committee on that date, with nothing of its own between
    the heading and the summons but the venue."""
    out: list[Section] = []
    for start in starts:
        if out and start.kind == "agenda" and out[-1].kind == "minutes" and out[-1].date \
                and start.date in (None, out[-1].date) \
                and _venue_only(lines[out[-1].body_start:start.start]):
            out[-1] = replace(out[-1], kind="agenda")
            continue
        if out and start.kind == "agenda" and out[-1].kind == "minutes" and out[-1].weak \
                and out[-1].date and start.date \
                and 0 < (start.date - out[-1].date).days <= SUMMONS_NOTICE_DAYS \
                and all(SALUTATION.match(line.text) for line in
                        lines[out[-1].body_start:start.start] if line.text):
            # 'BOROUGH COUNCIL' / '19 February 2020' / 'Dear Sir/Madam' / 'You are hereby invited
            # to attend a meeting … on Wednesday 26 February 2020': the letter's head and date
            # over its summons, one agenda of the meeting's date.
            out[-1] = replace(out[-1], kind="agenda", date=start.date)
            continue
        out.append(start)
    return out


def _venue_only(lines: list[Line]) -> bool:
    """Return True for the few lines between a meeting's heading and its summons: its venue,
    with no numbered item and no list of who attended."""
    filled = [line.text for line in lines if line.text]
    return len(filled) <= VENUE_LINES and not any(
        NUMBERED_ENTRY.match(text) or ATTENDANCE_START.match(text) for text in filled)


def _starts(lines: list[Line]) -> tuple[list[Section], set[int]]:
    """Find where each meeting, agenda or report begins, and the lines of repeated headings."""
    starts: list[Section] = []
    repeats: set[int] = set()
    filled = [i for i, line in enumerate(lines) if line.text]
    top = filled[min(OPENING_LINES, len(filled)) - 1] if filled else 0
    i = 0
    while i < len(lines):
        after_agenda = _record_after_agenda(lines, i, starts[-1] if starts else None)
        opening = not starts and i <= top
        found = (after_agenda or _meeting_at(lines, i, opening=opening)
                 or _bilingual_meeting_at(lines, i, opening) or _report_at(lines, i))
        if found and _under_links_label(lines, i):
            # 'Related documents' / 'Minutes of the Combined Fire Authority 25 September 2025':
            # a link to another meeting's papers, not a meeting.
            found = None
        if found and found.weak and starts and found.kind == starts[-1].kind == "minutes" \
                and found.date != starts[-1].date \
                and (lines[i].page == lines[starts[-1].start].page or not _page_top(lines, i)) \
                and not _attended(_window(lines, i, ATTENDED_REACH)):
            # 'COUNCIL ELECTIONS – 5 MAY 2022' among a record's items, no one listed under it:
            # an item's heading that names a date, not another meeting.
            found = None
        running = bool(found) and _page_head(lines, i)
        if found and starts and _same_meeting(starts[-1], found, running) and not after_agenda \
                and not _another_sitting(lines, starts[-1], i):
            if _names_no_body(starts[-1].committee):
                # The record's own heading names the body its page's title did not: kept.
                starts[-1] = replace(starts[-1], committee=found.committee)
            elif found.weak or running:
                repeats.update(range(i, found.body_start))
        elif found and starts and found.kind == starts[-1].kind == "agenda" \
                and not any(ENTRY_LINE.match(lines[n].text) for n in range(starts[-1].start, i)):
            # 'Parish Councillors are summoned to' / 'A MEETING …' / 'DATE: …', then the summons
            # sentence again before the first entry (with last year's date left in it): one
            # agenda, dated by its first statement.
            pass
        elif found:
            if after_agenda and starts[-1].kind == "minutes":
                # The page's heading named the meeting; what it held before 'MINUTES' was the
                # agenda.
                starts[-1] = replace(starts[-1], kind="agenda")
            if found.kind != "report":
                found = replace(found, start=_back_over_heading(lines, i))
            starts.append(found)
        i = max(found.body_start, i + 1) if found else i + 1
    return starts, repeats


def _report_heading(window: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Return the line under a report's 'REPORT TO …' line that titles it, past its date."""
    for j, text in window[:REPORT_HEAD_LINES]:
        if is_date_line(text):
            continue
        return (j, text) if is_upper_heading(text) and _heading_line(text) else None
    return None


def _covering_letter(lines: list[Line]) -> bool:
    """Return True if lines read as a letter sending a meeting's papers, not as its record."""
    return any(PACK_LETTER.search(line.text) for line in lines) \
        and not any(ATTENDANCE_START.match(line.text) for line in lines)


def _under_links_label(lines: list[Line], i: int) -> bool:
    """Return True if line i is in a list of links under a 'Related documents' label."""
    return any(LINKS_LABEL.match(lines[k].text)
               for k in range(i - 1, max(-1, i - LINKS_REACH), -1))


def _split_glued_labels(lines: list[Line]) -> list[Line]:
    """Start a new line where report labels are glued to the end of a line ('… To:Kent …')."""
    out = []
    for line in lines:
        found = list(REPORT_LABEL.finditer(line.text)) if ":" in line.text else []
        if len(found) >= 2 and found[0].start() > 0:
            out.append(Line(line.text[:found[0].start()].rstrip(), line.page))
            out.append(Line(line.text[found[0].start():], line.page))
        else:
            out.append(line)
    return out


def _numbering_runs_across(lines: list[Line], found: Section) -> bool:
    """Return True when the items' numbers run on across a heading ('115. METRO MAYOR'S …' above
    a page's running heading, '116. GROWTH STRATEGY …' under it): the heading repeats the
    meeting's, and the record began before it."""
    before = [m for i in range(found.start) if (m := ENTRY_NUMBER.match(lines[i].text))]
    after = next((m for i in range(found.body_start, len(lines))
                  if (m := ENTRY_NUMBER.match(lines[i].text))), None)
    return bool(before) and after is not None \
        and int(after.group(1)) == int(before[-1].group(1)) + 1


def _another_sitting(lines: list[Line], previous: Section, i: int) -> bool:
    """Return True when a heading like the last meeting's, at line i, opens another meeting of
    the same body that day: each lists who attended, and numbered items stood between (an
    annual general meeting, then the ordinary meeting that follows it)."""
    between = range(previous.start, i)
    return _attended(_window(lines, i, 4)) \
        and any(ATTENDANCE_START.match(lines[n].text) for n in between) \
        and any(ENTRY_LINE.match(lines[n].text) for n in between)


def _same_meeting(previous: Section, found: Section, running: bool = False) -> bool:
    """Return True when a heading repeats the current meeting's (a running page heading), in
    full or by its last words ('Minutes of Cabinet - 17 March 2026' on the pages of 'SPENHOLME
    COUNCIL' / 'CABINET' / 'Tuesday 17 March 2026')."""
    if found.kind == "report" or previous.kind == "report" or previous.date != found.date:
        return False
    before, now = _record_key(previous.committee), _record_key(found.committee)
    if found.date and UNNAMED_RECORD.match(now):
        # A line that dates the meeting again and names no body ('Tuesday, 10 March 2026 at
        # 19:00, under the presidency of …' over its attendance): the same meeting.
        return True
    if previous.weak and previous.date and UNNAMED_RECORD.match(before):
        # A page's title 'Approved Minutes of Meeting – 16th September 2025', then the record's
        # own heading naming its council for the same day: one meeting.
        return True
    if running and bool(before) and f" {now}".endswith(f" {before}"):
        # A later page's running heading naming the body in full ('RIBBLE AND WYRE COMBINED
        # AUTHORITY - FRIDAY, 13TH MARCH, 2026') where the record's opening sentence named it
        # short ('At a meeting of the Combined Authority held … on Friday, 13th March, 2026').
        return True
    return before == now or (found.weak and bool(now) and f" {before}".endswith(f" {now}")) \
        or (bool(before) and _decision_notice_key(now) == _decision_notice_key(before))


def _decision_notice_key(key: str) -> str:
    """Return a committee's key as a decision notice inside its minutes names it: 'westholm
    city council licensing sub committee no 3 the committee full decision' is the 'licensing
    sub committee 3' whose page holds it."""
    return " ".join(NOTICE_WORDS.sub(" ", BODY_PREFIX.sub("", key)).split())


def _names_no_body(committee: str) -> bool:
    """Return True if a heading's committee is only a record's words ('Approved Minutes of')."""
    return UNNAMED_RECORD.match(_record_key(committee)) is not None


def _record_key(committee: str) -> str:
    """Return a committee's key without the record's own words ('… Council Minutes', 'Minutes
    of …')."""
    key = RECORD_NAME_WORDS.sub(" ", committee_key(committee)).strip()
    return re.sub(r"^(?:of\s+)?(?:the\s+)?", "", key)


def _window(lines: list[Line], i: int, size: int) -> list[tuple[int, str]]:
    """Return up to size non-blank lines from i on, with their indexes."""
    out = []
    for j in range(i, min(len(lines), i + size * 3)):
        if lines[j].text:
            out.append((j, lines[j].text))
            if len(out) == size:
                break
    return out


def _bilingual_meeting_at(lines: list[Line], i: int, opening: bool) -> Section | None:
    """Return the meeting heading of a bilingual line by its last language's words.

    Welsh councils write 'Cofnodion cyfarfod a gynhaliwyd … / Minutes of the meeting held on
    Monday 6 March 2023'; the part after the last ' / ' is read as a heading of its own.
    """
    text = lines[i].text
    if BILINGUAL not in text:
        return None
    last = text.rsplit(BILINGUAL, 1)[1].strip()
    return _meeting_at(lines, i, opening=opening, text=last) if last else None


def _meeting_at(lines: list[Line], i: int, *, opening: bool = False,
                text: str = "") -> Section | None:
    """Return the meeting heading that begins at line i, if one does.

    opening: line i is among the document's first lines and no meeting has begun before it,
    so an unnamed 'Minutes of the meeting held on …' opens the record, named by the heading
    above it. text: line i's words, when only part of the line is read.
    """
    text = text or lines[i].text
    if not text or text[0].islower():
        # '… RESOLVED that the' / 'minutes of the Planning Committee held on 21 October 2024
        # be received': a sentence wrapped onto this line, not a heading.
        return None
    if file_badge(text) \
            or (_under_number(lines, i) and not _attended(_window(lines, i, ATTENDED_REACH))) \
            or _under_minutes_item(lines, i) or (not opening and _item_fields_next(lines, i)) \
            or _under_next_meeting(lines, i) or _listed_after(lines, i) \
            or _minute_approved_after(lines, i):
        # '44.' / 'Minutes of the Meeting of the Combined Authority held on 4 September 2025
        # PDF 231 KB': an item of a meeting's page, titled by the earlier minutes it links to.
        return None
    welsh = WELSH_RECORD.match(text)
    if welsh and (held := next(((j, day) for j, t in _window(lines, i, 3)[1:]
                                if WELSH_HELD.match(t) and (day := first_date(t))), None)):
        # 'Cofnodion o gyfarfod Cyngor Cymuned … - 06/03/23' / 'Cyfarfod a gynhaliwyd yn … nos
        # Lun 6ed Mawrth 2023': a Welsh record's title and its sentence of when it met.
        return Section("minutes", i, 0, normalise_committee(welsh.group("committee")), held[1],
                       text, body_start=held[0] + 1)
    issue = ISSUE_MEETING.match(text)
    if issue and (day := first_date(issue.group("date"))):
        # 'Meeting: 21/09/2026 - Governance Committee (Item 14)': a modern.gov issue page lists
        # each meeting that took the issue, and its minute under it.
        return Section("minutes", i, 0, normalise_committee(issue.group("committee")), day,
                       text, body_start=i + 1)
    window = _window(lines, i, 4)
    window[0] = (i, text)
    joined = " ".join(t for _, t in window)
    # 'Notice is hereby given that a meeting of … will be held on …': read after the notice.
    shift = notice.end() if (notice := NOTICE_GIVEN.match(joined)) else 0
    joined, said = joined[shift:], text[shift:]
    # A record's title opens with 'Minutes' or 'Notes' (after 'The', 'Draft' …): other lines
    # skip the patterns that need it.
    # A whole record pasted as one paragraph ('MINUTES OF WESTON PARISH COUNCIL MEETING HELD …
    # Present: … 1. Apologies …') is read by its inline lists and numbers, not as a heading.
    titled = RECORD_OPENING.match(text) is not None and len(text.split()) <= HEADING_WORDS
    # Who attended, listed under a heading, marks a record's opening anywhere in a paper (a
    # year's minutes in one file), where its words alone might be an item's title.
    attended = titled and _attended(window)
    patterns = ((NOTES, "minutes"), *(((BARE_NOTES, "minutes"),) if opening or attended else ()),
                (NAMED, "minutes"), (WILL_BE_HELD, "agenda"),
                *(((TO_BE_HELD, "agenda"),) if opening else ()))
    for pattern, kind in patterns:
        if pattern not in (WILL_BE_HELD, TO_BE_HELD) and not titled:
            continue
        match = pattern.match(joined)
        if match and (_plausible_committee(match.group("committee"))
                      or re.match(r"^above\b", match.group("committee"), re.I)) \
                and not REFERS_BACK.search(HEADING_SENTENCE_END.split(said)[0]):
            rest = HEADING_SENTENCE_END.split(match.group("rest"), maxsplit=1)[0]
            day = first_date(rest) or _labelled_date(window)
            end = _heading_end(window, shift + match.start("rest") + len(rest) if day else 0)
            dated = _dated_line(window) if first_date(rest) else None
            # The heading ends with the line that completes its date, not at the first full
            # stop, which may be in the item under it ('… at 7.30pm' / 'Action 1.0 Welcome').
            end = min(end, dated[0]) if dated else end
            committee = match.group("committee")
            if re.match(r"^above\b", committee, re.I):
                committee = _heading_before(lines, i)
            return Section(kind, i, 0, normalise_committee(committee), day, text, body_start=end)
    match = HELD.match(joined) if titled \
        and not REFERS_BACK.search(HEADING_SENTENCE_END.split(text)[0]) else None
    committee = _heading_before(lines, i) if match else ""
    listed = any(CLLRS_LIST.match(t) for _, t in window[1:3])
    if match and len(window) > 1 and ENTRY_LINE.match(window[1][1]) \
            and not ATTENDANCE_START.match(window[1][1]):
        # 'Minutes of the Meeting held on 28th June 2022' / '142 The Minutes having been
        # circulated …': an item's heading, the minute numbered under it.
        match = None
    if match and not opening and not attended and not listed \
            and not (committee and lines[i].text[:7].isupper()):
        # Later in a paper, 'Minutes of the meeting held on …' is an item's title, unless it
        # opens in capitals under the body's heading: a pack's earlier minutes ('TRENTVALE
        # FIRE AND RESCUE AUTHORITY – POLICY AND STRATEGY' / 'MINUTES of the meeting held at
        # … on 18 July 2025').
        match = None
    # 'Minutes of Meeting held on …' without an article opens a record only under its
    # heading; alone it is more likely an item's title ('Notes of meeting held on 18 July').
    if match and (match.group("article") or committee) and (found := _dated_line(window)):
        end, day = found
        return Section("minutes", i, 0, normalise_committee(committee) if committee else "",
                       day, text, body_start=end)
    match = TITLED.match(text) if titled else None
    # Its date on the next line, perhaps labelled, or under the place on the line after ('The
    # Pavilion, King George's Field, Mill Road' / 'Wednesday 11th March 2026 20.00 hrs.').
    filled = [(j, t) for j, t in window[1:] if t][:2]
    if match and _plausible_committee(match.group("committee")) and (
            nxt := next(((j, t) for j, t in filled
                         if DATE_OPENING.match(DATE_FIELD.sub("", t).lstrip())
                         and not ATTENDANCE_START.match(t)), None)) \
            and (day := first_date(nxt[1])):
        return Section("minutes", i, 0, normalise_committee(match.group("committee")), day,
                       text, body_start=nxt[0] + 1)
    match = TITLED_DATED.match(joined) if titled else None
    if match and _plausible_committee(match.group("committee")) \
            and first_date(match.group("rest")) and (found := _dated_line(window)):
        # 'Minutes of the meeting of Eastwick Town Council Planning Committee, Tuesday' / '7
        # February 2023': the body, then its date after a comma, wrapped or not.
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       found[1], text, body_start=found[0])
    if _summons(text) or (INVITED.search(text) and (opening or _page_top(lines, i)
                                                     or _to_be_held_on(joined))) \
            or ("summoned" in text.lower() and _summons(HEADING_SENTENCE_END.split(joined)[0])):
        # 'You are hereby invited to attend the meeting of … to be held …' opens a paper; in a
        # record's text, members invited to a meeting are not summoned to this one.
        committee = _heading_before(lines, i)
        # '… summoned to attend the meeting … to be held in the Village Hall on' / 'Wednesday
        # 14th June 2023': the summons sentence runs on to its date.
        summons = HEADING_SENTENCE_END.split(joined, maxsplit=1)[0]
        day = first_date(text) or first_date(summons)
        if day is None:
            # '… will be held via remote contact on Monday 18 January at 7pm': the year is the
            # one the notice's other dates give that month, if the weekday falls right in it
            # (the notice's own 'Date: 11 January 2021' is when it was sent, not the meeting).
            day = yearless_date(summons, " ".join(
                lines[j].text for j in range(max(0, i - SHEET_LINES), i + 1)))
        if day is None:
            # A pack's front sheet: 'Date: Friday, 24 October 2025' / 'Time: …' / 'Venue: …'
            # above 'Members are requested to attend the above meeting …'.
            day = _labelled_date([(j, lines[j].text) for j in range(max(0, i - SHEET_LINES), i)])
        return Section("agenda", i, 0, normalise_committee(committee) if committee else "",
                       day, text, body_start=i + 1)
    match = LABELLED_MEETING.match(text)
    dated = next(((j, day) for j, t in window[1:] if DATE_FIELD.match(t)
                  and (day := first_date(t))), None) if match else None
    if match and dated and _plausible_committee(match.group("committee")):
        # 'Minutes of Meeting of: Environmental Services Committee' / 'Date and Time: Monday 4
        # March 2024 at 7.00 pm': a record's heading as a form's labelled fields.
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       dated[1], text, body_start=dated[0] + 1)
    match = MEETING_HELD.match(text)
    if match and _plausible_committee(match.group("committee")) \
            and (day := first_date(HEADING_SENTENCE_END.split(match.group("rest"))[0])) \
            and not TO_BE.search(match.group("committee")) \
            and (opening or any(ATTENDANCE_START.match(t) for _, t in window[1:])):
        # 'The Annual Meeting of the Parish Council held in the Church Room on Wednesday
        # March 11th 1953 at 7.30 pm.' / 'Present Mr H.W. Pell (Chairman), …': a minute book's
        # opening sentence, with who was there under it, or among a paper's first lines under
        # its heading ('Hazelford Primary School' / 'Meeting of the Full Governing Body held
        # on 9th July 2025 at 4.00pm', its register of attendance below).
        return Section("minutes", i, 0, normalise_committee(match.group("committee")), day,
                       text, body_start=i + 1)
    match = KIND_MEETING_HELD.match(text) if " held" in text.lower() else None
    if match and (day := first_date(HEADING_SENTENCE_END.split(match.group("rest"))[0])) \
            and not REFERS_BACK.search(text) \
            and any(ATTENDANCE_START.match(t) for _, t in window[1:]):
        # 'Trustee Meeting held at Mr John Pascoe's, Trewint, March 9th, 1871.' / 'Mr Richard
        # Hocking in the Chair.' / 'Present: …': a minute book's entry, its body's meeting.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    nxt = next((t for _, t in window[1:] if t), "")
    if ATTENDANCE_START.match(nxt) and len(text.split()) <= DATED_HEADING_WORDS \
            and (dated := next(find_dates(text), None)) \
            and (dated[1] == 0 or WEEKDAY_FIRST.match(text[:dated[1]])):
        # '9th May 2024 at 7pm Pentre Llwyd Hall - Annual Meeting' / 'Present : …': a year's
        # volume of minutes heads each meeting by its date, time and place alone.
        return Section("minutes", i, 0, "", dated[0], text, body_start=i + 1)
    match = DATED_TITLE.match(text)
    body_start = i + 1
    dated = next(((j, t) for j, t in window[1:] if t), None)
    if match is None and dated and RECORD_SUFFIX_WORD.search(text) and is_date_line(dated[1]):
        # 'Holbrook Magna Village Hall AGM Minutes' / 'Monday 9th May 2011.': the title's date
        # on the line under it.
        match, body_start = DATED_TITLE.match(f"{text} {dated[1]}"), dated[0] + 1
        attended = attended or any(ATTENDEES.match(t) for _, t in window[2:])
    match = match if match and (attended or _attended(window)) else None
    if match and is_date_line(match.group("date")) and (
            not match.group("committee") or (_plausible_committee(match.group("committee"))
                                            and BODY_WORDS.search(match.group("committee")))):
        # 'Minutes – 13 January 2025', 'GLENBRAE PARISH COUNCIL MINUTES 13 JANUARY 2025',
        # 'Minutes of Council Meeting 13 January 2025', with who attended under it.
        return Section("minutes", i, 0, normalise_committee(match.group("committee") or ""),
                       first_date(match.group("date")), text, body_start=body_start)
    match = WEB_HEADING.match(text)
    if match and _plausible_committee(match.group("committee")):
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       first_date(match.group("rest")), text, body_start=i + 1)
    return _running_heading(text, i) or _heading_pair(lines, i, _window(lines, i, PAIR_WINDOW)) \
        or _agenda_title(window, i) or _post_title(text, i)


def _post_title(text: str, i: int) -> Section | None:
    """Return the record a web post's title names by its meeting, date and kind at the end
    ('Annual Parish Meeting March 9th 2026 - Agenda', 'Parish Council Meeting June 2nd 2026 -
    Draft Minutes'), or None."""
    # Most lines end otherwise: the pattern, read from every position, is tried only on those
    # that end with what a post holds.
    kind = POST_KIND.search(text) if text.rstrip().lower().endswith(("agenda", "minutes")) \
        else None
    if kind is None:
        return None
    head = text[:kind.start()]
    found = list(find_dates(head))
    if len(found) != 1 or head[found[0][2]:].strip() or not MEETING_NAME.search(head[:found[0][1]]):
        return None
    committee = head[:found[0][1]].strip(" ,-–")
    if not _plausible_committee(committee):
        return None
    record = "agenda" if kind.group("kind").lower() == "agenda" else "minutes"
    return Section(record, i, 0, normalise_committee(committee), found[0][0], text,
                   body_start=i + 1)


def _to_be_held_on(joined: str) -> bool:
    """Return True if an invitation's sentence names the meeting's day ('You are requested to
    attend a meeting of … to be held in the' / '… at 7pm on Monday 6 March 2023.'): a letter's
    summons under its letterhead, however far down the page."""
    sentence = HEADING_SENTENCE_END.split(joined, maxsplit=1)[0]
    return "to be held" in sentence.lower() and first_date(sentence) is not None


def _summons(text: str) -> bool:
    """Return True if text summons members to a meeting (SUMMONS), read only where it says
    'summoned' or 'transact'."""
    lower = text.lower()
    return ("summoned" in lower or "transact" in lower) and SUMMONS.search(text) is not None


def _agenda_title(window: list[tuple[int, str]], i: int) -> Section | None:
    """Return the agenda a title opens after another record (a meeting's minutes, then the
    next meeting's agenda): 'AGENDA' / 'Meeting of … to be held on Monday 13th January 2025',
    'Agenda – Planning Committee – 13 January 2025', 'AGENDA FOR THE MEETING OF … COUNCIL' /
    'TO BE HELD ON …', 'SUPPLEMENTARY AGENDA' / 'PLANNING COMMITTEE' / its date."""
    if not AGENDA_TITLE.match(window[0][1]):
        return None
    for k, (j, text) in enumerate(window):
        if k and (NUMBERED_ENTRY.match(text) or AGENDA_TITLE.match(text)):
            return None
        if k and len(text.split()) > AGENDA_DATE_WORDS:
            return None
        day = first_date(text)
        if day is None:
            continue
        joined = " ".join(t for _, t in window[:k + 1])
        if k and not (DATE_OPENING.match(text) or AGENDA_DATE_LINE.match(text)) \
                and not (k == 1 and AGENDA_OF.search(joined)):
            # 'AGENDA for a meeting of the … COMMITTEE in the Council Chamber,' / 'Shire Hall,
            # Melbury on WEDNESDAY 4 MARCH 2015 AT 2.00 P.M.': one sentence wrapped.
            return None
        named = AGENDA_OF.search(joined)
        committee = named.group("committee") if named else next(
            (t for _, t in window[1:k] if _heading_line(t) and BODY_WORDS.search(t)), "")
        if not committee:
            dashed = [p for p in re.split(r"\s+[-–—]\s+", window[0][1])[1:]
                      if BODY_WORDS.search(p) and not first_date(p)]
            committee = dashed[0] if dashed else ""
        return Section("agenda", i, 0, normalise_committee(committee), day, joined,
                       body_start=j + 1)
    return None


def _attended(window: list[tuple[int, str]]) -> bool:
    """Return True if who attended is listed under the window's first line."""
    return any(ATTENDANCE_START.match(t) for _, t in window[1:])


def _page_head(lines: list[Line], i: int) -> bool:
    """Return True if line i is the first filled line of a page after the first."""
    if lines[i].page == lines[0].page:
        return False
    k = i - 1
    while k >= 0 and lines[k].page == lines[i].page:
        if lines[k].text:
            return False
        k -= 1
    return True


def _page_top(lines: list[Line], i: int) -> bool:
    """Return True if line i is among the first lines of its page."""
    first = next(k for k in range(i, -1, -1) if k == 0 or lines[k - 1].page != lines[i].page)
    return sum(1 for k in range(first, i) if lines[k].text) < OPENING_LINES


def _under_minutes_item(lines: list[Line], i: int) -> bool:
    """Return True if line i sits under a numbered item on the minutes, with no attendance
    listed under it: '413 MINUTES' / 'Minutes of a Community Council Meeting held … on 3
    February 2026.' / 'RESOLVED – The minutes were approved …'."""
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    return MINUTES_ITEM.match(before) is not None and not _attended(_window(lines, i, 4))


def _minute_approved_after(lines: list[Line], i: int) -> bool:
    """Return True if the line after line i says that meeting's minute was approved ('POLICY
    BOARD - 3 JUNE 2021' / 'The Minute of the meeting of the Policy Board dated 3 June 2021 was
    submitted and approved.'): the heading names earlier minutes."""
    after = next((lines[k].text for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text),
                 "")
    return after[:12].lower().startswith(("the minute", "minute")) \
        and REFERS_BACK.search(HEADING_SENTENCE_END.split(after)[0]) is not None


def _item_fields_next(lines: list[Line], i: int) -> bool:
    """Return True if the line after line i (blank lines apart) is an item's field label, as a
    committee system prints each item ('MINUTES - 16th June, 2004' / 'Status:' / 'Agreed'):
    the heading titles an item about those minutes, not a meeting."""
    after = next((lines[k].text for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text),
                 "")
    return ITEM_FIELD.match(after) is not None


def _under_next_meeting(lines: list[Line], i: int) -> bool:
    """Return True if the line before line i (blank lines apart) is a 'Date of next meeting'
    entry: what follows names the next meeting ('15. Date of next meeting' / 'Annual Meeting of
    the Parish Council, Monday 11th May 2026 at 7.30pm.'), never opens one."""
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    return NEXT_MEETING.match(before) is not None


def _listed_after(lines: list[Line], i: int) -> bool:
    """Return True if line i is an entry of a list of meetings an agenda entry introduces ('To
    formally receive the minutes of the following meetings:' / 'Licensing Committee – 8th June
    2026'): each names a meeting held before, not the one this paper is of."""
    k = next((k for k in range(i - 1, max(-1, i - LIST_REACH), -1)
              if lines[k].text and not LISTED_MEETING.match(lines[k].text)), None)
    return k is not None and FOLLOWING_LIST.search(lines[k].text) is not None


def _under_number(lines: list[Line], i: int) -> bool:
    """Return True if the line before line i (blank lines apart) is an item's number alone."""
    before = next((lines[k].text for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), "")
    return NUMBER_ONLY.match(before) is not None


def _record_after_agenda(lines: list[Line], i: int, agenda: Section | None) -> Section | None:
    """Return the minutes that follow an agenda on one page, from their attendance list.

    'Date held: 1st November' just above the list belongs to the minutes' heading.
    """
    if agenda is not None and agenda.kind == "minutes" and MINUTES_LINE.match(lines[i].text) \
            and _attendance_next(lines, i) \
            and any(AGENDA_LINE.match(lines[j].text) for j in range(agenda.start, i)):
        # A meeting's page with its 'AGENDA' and then its 'MINUTES' over the attendance list.
        return Section("minutes", i, 0, agenda.committee, agenda.date, lines[i].text,
                       body_start=i + 1)
    if agenda is None or agenda.kind != "agenda" or not ATTENDANCE_START.match(lines[i].text):
        return None
    start = i
    k = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].text), None)
    if k is not None and k >= agenda.body_start and re.match(r"^date\b", lines[k].text, re.I):
        start = k
    return Section("minutes", start, 0, agenda.committee,
                   first_date(lines[start].text) or agenda.date, lines[start].text,
                   body_start=i)


def _attendance_next(lines: list[Line], i: int) -> bool:
    """Return True if the next line with text after line i opens an attendance list."""
    after = next((line.text for line in lines[i + 1:i + 4] if line.text), "")
    return ATTENDANCE_START.match(after) is not None


def _dated_line(window: list[tuple[int, str]]) -> tuple[int, date] | None:
    """Return the line after an opening sentence's date, and the date: 'Minutes of the meeting
    held on' / 'Tuesday 2 March 2021' / 'at 7.30pm in the Village Hall' ends after the third.
    """
    read = ""
    for k, (j, text) in enumerate(window):
        read = f"{read} {text}"
        day = first_date(read)
        if day:
            after = window[k + 1] if k + 1 < len(window) else None
            if after and re.match(r"^(?:at|in)\s", after[1]):
                return after[0] + 1, day
            return j + 1, day
    return None


def _running_heading(text: str, i: int) -> Section | None:
    """Match a page heading such as 'Kent CSP – 13 July 2021 – Unconfirmed minutes', or
    'PLANNING COMMITTEE 09.03.26' (a body and its meeting's date in figures, the year in two)."""
    short = SHORT_DATED.match(text)
    if short and _plausible_committee(short.group("committee")):
        try:
            day = date(2000 + int(short.group("y")), int(short.group("m")), int(short.group("d")))
        except ValueError:
            return None
        return Section("minutes", i, 0, normalise_committee(short.group("committee")), day,
                       text, body_start=i + 1, weak=True)
    # OCR reads a dash now and then as '~'. A page's number may open its running heading ('Page 1
    # Cabinet - 10 March 2026').
    text = PAGE_FIRST.sub("", text)
    if not any(mark in text for mark in RUNNING_MARKS):
        return None
    parts = [p.strip(" ,") for p in RUNNING_PARTS.split(text)]
    if len(parts) < 2 or len(parts) > 3 or not _plausible_committee(parts[0]) \
            or not BODY_WORDS.search(parts[0]) or REPORT_TO.match(parts[0]):
        # 'REPORT TO COUNCIL – 7th MARCH 2024': a report's title, not the council's minutes.
        return None
    dates = [p for p in parts[1:] if is_date_line(p)]
    if len(dates) != 1 or not all(p in dates or RECORD_WORDS.match(p) for p in parts[1:]):
        return None
    return Section("minutes", i, 0, normalise_committee(parts[0]), first_date(dates[0]), text,
                   body_start=i + 1, weak=True)


def _date_with_note(text: str) -> bool:
    """Return True for a heading's date line with a short note after it ('MONDAY 23 JUNE 2025,
    following the AGM')."""
    year = YEAR_THEN_NOTE.search(text)
    return DATE_OPENING.match(text) is not None and len(text.split()) <= DATE_NOTE_WORDS \
        and year is not None and not re.search(r"\d", year.group("note")) \
        and first_date(text) is not None


def _heading_pair(lines: list[Line], i: int, window: list[tuple[int, str]]) -> Section | None:
    """Match 'AGENDA' / committee name lines followed by a date line."""
    names: list[str] = []
    kind = "minutes"
    for j, text in window:
        dated = None
        if lines[j].page != lines[i].page:
            return None
        if AGENDA_LINE.match(text):
            if names:
                return None
            kind = "agenda"
        elif is_date_line(text) or _date_with_note(text) or (
                (dated := DATED_RECORD.match(text)) and (
                is_date_line(dated.group("date")) or (DATE_OPENING.match(dated.group("date"))
                                                      and first_date(dated.group("date"))))):
            if dated and dated.group("kind").lower() == "agenda":
                kind = "agenda"
            committee = " ".join(n for n in names if not GENERIC_HEADING.match(n))
            following = [t for _, t in _window(lines, j + 1, 2)]
            if any(AGENDA_LINE.match(after) or AGENDA_LINE.match(after.split(":")[0])
                   for after in following):
                # 'PARISH COUNCIL MEETING' / '13th January 2025 at 7.30pm' / (its place) /
                # 'AGENDA'.
                kind = "agenda"
            if names and BODY_WORDS.search(committee) and len(committee.split()) <= 14 \
                    and committee.split()[-1].lower() not in DANGLING_WORDS:
                # Not 'Minute of Meeting of' / '4 May 2021': a margin's heading over a minute
                # that approves an earlier meeting's record, its words running on to the date.
                return Section(kind, i, 0, normalise_committee(committee), first_date(text),
                               " ".join([*names, text]), body_start=j + 1, weak=True)
            return None
        elif DECISION_DATE_LABEL.match(text) and names:
            # 'RECORD OF DECISION OF THE Cabinet' / 'Decision Made:' / '11 February 2026': the
            # date's label on a line of its own.
            continue
        elif SIGNATURE_ROLE.match(text) or POSTED.match(text):
            # 'Rhian Harries' / 'Clerk to the Council' / '10th November 2023': who signed the
            # paper and when, not a meeting's heading; 'Posted on' / '18th June 2026': when a
            # web post went up.
            return None
        elif _heading_line(text) and not REPORT_TO.match(text):
            # 'REPORT TO CABINET' / '14 JANUARY 2025': a report's cover, not a meeting's heading.
            names.append(text)
        else:
            return None
    return None


def _heading_line(text: str) -> bool:
    """Return True for a short line that could name a committee in a heading.

    Not an item's numbered heading ('FC/23/009 DATE OF NEXT MEETING') nor the next meeting's.
    """
    words = text.split()
    return (0 < len(words) <= 10 and not re.search(r"[.;:,]$|^\S*\d", text)
            and text.count(",") < PLACE_COMMAS
            and not re.search(r"\bnext\b", text, re.I)
            and not DECISION_WORD.match(text) and not DISCLAIMER.search(text)
            and not REPORT_TITLE.match(text)
            and (is_upper_heading(text) or all(w[0].isupper() or (w.islower() and len(w) <= 4)
                                               or w == "&" or w.startswith("(")
                                               or w in ("meeting", "minutes", "agenda")
                                               for w in words)))


def _plausible_committee(name: str) -> bool:
    """Reject 'committee' captures that are not names ('meeting', a sentence, 'DATE OF NEXT
    MEETING')."""
    name = name.strip()
    return (bool(name) and name[0].isupper() and len(name.split()) <= 14
            and not DISCLAIMER.search(name)
            and not re.match(r"^(?:the\s+)?(?:last|previous|this)?\s*meeting\b", name, re.I)
            and not re.search(r"\bnext\b", name, re.I))


def _labelled_date(window: list[tuple[int, str]]) -> date | None:
    """Return the date of a 'Date: …' line in the window."""
    for _, text in window:
        if re.match(r"^date\s*:", text, re.I):
            return first_date(text)
    return None


def _heading_end(window: list[tuple[int, str]], chars: int) -> int:
    """Return the index of the first line after the heading's text (its first chars)."""
    used = 0
    for j, text in window:
        used += len(text) + 1
        if used >= chars:
            return j + 1
    return window[-1][0] + 1


def _heading_before(lines: list[Line], i: int) -> str:
    """Return the capitalised heading just above line i ('TINTERN COMMUNITY COUNCIL'), with
    the line it wraps from ('… FIRE AND RESCUE AUTHORITY – POLICY AND STRATEGY' / 'COMMITTEE')."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if lines[j].text and _heading_line(lines[j].text) and not FIELD_LINE.match(lines[j].text):
            above = lines[j - 1].text if j > 0 else ""
            if above and _heading_line(above) and is_upper_heading(above) \
                    and is_upper_heading(lines[j].text):
                return f"{above} {lines[j].text}"
            return lines[j].text
    return ""


def _back_over_heading(lines: list[Line], i: int) -> int:
    """Move a meeting's start back over a capitalised committee line just above it, or over
    the label of its date line ('Date held:' / '4th May 2012 Venue: …')."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j >= 0 and ((is_upper_heading(lines[j].text) and _heading_line(lines[j].text))
                   or DATE_LABEL_ALONE.match(lines[j].text)):
        return j
    return i


def _report_at(lines: list[Line], i: int) -> Section | None:
    """Return a report that begins at line i: a cluster of From/To/Subject labels, or a title
    'Report to Governance Committee' with its 'Subject:' under it."""
    titled = REPORT_TITLE.match(lines[i].text)
    if not REPORT_LABEL.match(lines[i].text) and not titled:
        return None
    window = _window(lines, i, REPORT_WINDOW)
    labels: dict[str, str] = {"to": titled.group("to")} if titled else {}
    last = i
    for j, text in window:
        found = list(REPORT_LABEL.finditer(text))
        if not found:
            continue
        if j > i and any(re.sub(r"\s+", " ", match.group("label").lower()) in labels
                         for match in found):
            # 'Appendix B' / 'Agenda item: 0325/03': a label already given opens the next
            # report.
            break
        last = j
        for k, match in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(text)
            labels.setdefault(re.sub(r"\s+", " ", match.group("label").lower()),
                              text[match.end():end].strip())
    if "report to" in labels:
        # 'Report to: Policy and Strategy Committee' names the body the report goes to.
        labels.setdefault("to", labels["report to"])
    for label in ("report title", "title"):
        if label in labels:
            labels.setdefault("subject", labels[label])
    if titled and "subject" not in labels and (named := _report_heading(window[1:])):
        # 'REPORT TO CABINET' / '14 JANUARY 2025' / 'BUDGET 2025/26': the cover's title,
        # set as a heading under the body it goes to and the date.
        labels["subject"], last = named[1], named[0]
        labels.setdefault("date", next((t for _, t in window[1:] if is_date_line(t)), ""))
    if len(labels.keys() & {"from", "by", "to", "subject", "classification", "report by",
                            "report of", "report title", "agenda item"}) + ("report title" in labels
                                                             and "date" in labels) < 2 \
            or (titled and "subject" not in labels):
        return None
    subject = labels.get("subject", "")
    day = next((d for d, _, _ in find_dates(labels.get("to", "") + " " + labels.get("date", ""))),
               None) or _labelled_date(window)
    ref = labels.get("agenda item", "").split(" ")[0].rstrip(".:")
    return Section("report", i, 0, "", day, subject, subject=subject, body_start=last + 1,
                   ref=ref)
