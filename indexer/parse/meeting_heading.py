"""A meeting's heading at a line: its committee, its date, and where the record under it starts."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from ..records import Line
from .blocks import file_badge, is_upper_heading
from .committees import normalise_committee
from .dates import (
    OPENING_WEEKDAY,
    WEEKDAY,
    find_dates,
    first_date,
    is_date_and_hours,
    is_date_line,
    meeting_day,
    short_date,
    yearless_date,
)
from .heading_context import (
    ATTENDANCE_START,
    HEADING_SENTENCE_END,
    RECORD_OPENING,
    REFERS_BACK,
    attendance_in,
    attendance_line,
    attendance_next,
    item_fields_next,
    listed_after,
    minute_approved_after,
    page_top,
    under_minutes_item,
    under_next_meeting,
    under_number,
)
from .item_header import NUMBERED
from .running_headings import (
    AGENDA_LINE,
    BODY_WORDS,
    DATE_OPENING,
    heading_line,
    heading_pair,
    labelled_date,
    running_heading,
)
from .section_record import Section, line_window, plausible_committee

HELD_VERB = r"(?:(?:which\s+was\s+|that\s+was\s+)?held|(?:which\s+|that\s+)?took\s+place)"
"""How a record's opening says its meeting sat: 'held', 'which was held', 'which took place'."""
NOTES = re.compile(
    r"^(?:the\s+)?(?:(?:draft|un-?confirmed|approved|confirmed|signed)\s*[:–-]?\s+)?"
    r"(?:notes|minutes?|record|proceedings)\s+(?:no\.?\s*\d{1,5}\s+)?(?:of|for|from)\s+"
    r"(?:(?:an?|the)\s+(?P<kind>(?:[\w-]+\s+){0,3}?)"
    r"|(?P<bare_kind>(?:[\w-]+\s+){1,2}?))"
    r"meeting"
    rf"\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+(?:{HELD_VERB}|on(?=\s+{WEEKDAY}\b))\b"
    r"(?P<rest>.*)$", re.I)
"""'Minutes of a meeting of the Parish Council held on …', or 'which took place on …', or 'on
Thursday …' with no verb; its kind in up to three words ('… the Annual Parochial Church Meeting
of …')."""
PARISH_MEETING = re.compile(r"\b(?:parish|town)\s+$", re.I)
"""The kind of a parish's or town's meeting of its electors: 'Annual Parish '."""
BARE_NOTES = re.compile(
    r"^(?:(?:draft|un-?confirmed|approved|confirmed|signed)\s*[:–-]?\s+)?(?:notes|minutes?)\s+of\s+"
    r"(?:(?:statutory|ordinary|special|extraordinary|annual|inaugural|adjourned|full|monthly)"
    r"\s+)?meeting"
    r"\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+(?:held\b|(?=on\s+(?:[A-Za-z]+day\s+)?\d))"
    r"(?P<rest>.*)$", re.I)
"""'MINUTES OF MEETING OF HINTON ABBAS PARISH COUNCIL HELD ON 11th JUNE 2025' ('… COUNCIL ON
Wednesday 14 March 2012'): without 'the', a record's opening only among a paper's first
lines."""
CLUB_WORDS = r"(?i:club|association|society|trust|choir|union|institute|u3a)"
"""A body that is no council, named before its 'AGM' in a record's title ('Minutes of Thornsey
Cricket Club AGM, 26th Feb 2012')."""
NAMED = re.compile(
    r"^(?:(?i:the)\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s*[:–-]?\s+)?(?i:notes|minutes?)"
    r"(?:\s+(?i:no\.?)\s*\d{1,5})?\s+(?i:of|from)\s+(?:(?i:the\s+)?(?i:proceedings\s+of)\s+)?(?:(?i:an?|the)\s+)?"
    r"(?:(?i:annual|ordinary|extraordinary|special|full|reconvened|adjourned)\s+)?"
    r"(?:(?i:virtual|remote|online|hybrid)\s+)?"
    r"(?:(?i:meeting\s+no\.?)\s*[A-Z]{0,3}\d{1,4}\s+(?i:of)\s+(?:(?i:the)\s+)?)?"
    r"(?P<committee>[A-Z](?:(?!(?i:minutes\b|meeting\s+(?:of|held)\b))[\w&,'’ -]){0,80}?"
    r"(?i:committee|council"
    r"|board|panel|cabinet|forum|group|partnership|commission(?:ers)?|parish\s+meeting"
    rf"|{CLUB_WORDS}(?=\s+(?:AGM|EGM)\b))"
    r"(?:\s+(?:[A-Z]|(?i:no\.?\s*)?\d{1,2})(?=\s+(?i:held|meeting)\b))?)"
    r"\s+(?:(?:(?i:(?:special|annual|ordinary|extraordinary|regular|monthly)\s+)?(?i:meeting)"
    r"|AGM|EGM)\s+(?:(?i:of\s+the\s+(?:council|authority))\s+)?)?"
    r"(?:\((?i:adjourned|reconvened|continued)\s[^()]{0,60}\)\s+)?"
    rf"(?i:{HELD_VERB})\b"
    r"(?P<rest>.*)$")
"""'Minutes of the Planning Committee held on …' (or of its 'Committee A', 'Sub-Committee No.
2'; 'Minutes of Meeting No. RB3 of the … Board held on …', a board's meetings counted; 'of the
virtual Planning Committee', a meeting held online; 'Minutes No. 3052 of …', a minute book
counting its meetings),
'Minutes of Tregony Parish Council Meeting held on …', 'Minutes of proceedings of Ellmouth
Borough Council held …', 'Minutes of proceedings of a PLANNING COMMITTEE MEETING of the Council
held …': a body named without 'meeting of'. An adjourned meeting's sitting again says where it
came from in brackets: 'Minutes of the Reconvened Parish Council Meeting (adjourned from 3rd
February 2020) held at … on Monday 10th February 2020'."""
TITLED = re.compile(
    r"^(?:the\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s*[:–-]?\s+)?(?i:notes|minutes)"
    r"\s+(?i:of)\s+(?:(?i:a|the)\s+)?"
    r"(?P<committee>[A-Z][\w&,'’ -]{0,80}?(?i:committee|council|board|panel|cabinet|forum|group"
    r"|partnership|commission|meeting))$")
"""'Minutes of Thornbury Village Meeting Committee' alone on its line, its date on the next."""
OWNED = re.compile(
    r"^(?:the\s+)?(?:(?:draft|un-?confirmed|approved|confirmed)\s+)?(?:notes|minutes)\s+of\s+"
    r"(?:the\s+)?(?P<committee>[A-Z][\w&'’ -]{0,60}?)['’]s\s+(?P<kind>(?:annual|ordinary"
    r"|extraordinary|special|monthly|full)\s+)?meeting,?\s+held\b(?P<rest>.*)$", re.I)
"""A record's title naming its body as the meeting's owner: 'Minutes of the Council's Annual
Meeting, held on 9th May 2023 in …'."""
DASHED_TITLE = re.compile(
    r"^(?:(?i:draft|un-?confirmed|approved|confirmed)\s+)?(?i:notes|minutes)\s*[–:-]\s*"
    r"(?:(?i:(?:annual|ordinary|extraordinary|special|monthly|full)\s+)?(?i:meeting\s+of\s+"
    r"(?:the\s+)?))?(?P<committee>[A-Z][\w&'’ -]{0,80}?(?i:committee|council|board|panel|cabinet"
    r"|forum|group|partnership|commission|trust)|[A-Z][\w&'’ -]{0,80}?(?=\s+(?:AGM|EGM\b"
    r"|(?i:meeting\s+held)\b)))"
    r"(?:\s+(?i:meeting)|\s+AGM|\s+EGM)?(?:\s*[,–-]\s*|\s+(?i:held\s+(?:on\s+)?))(?P<rest>.+)$")
"""A record's title with its body and day set apart by a dash and commas, not 'of … held on':
'DRAFT MINUTES – ANNUAL MEETING OF THE TOWN COUNCIL, Tuesday 4th May 2021, 7 pm, …'; a body
of any name before its 'AGM' or 'meeting held on' ('Minutes – Spokes Karewhiti AGM, Wednesday 18
March 2026', 'MINUTES – RCF meeting held on Monday 3rd December 2018 at 7.45pm, …')."""
POST_TITLE = re.compile(
    r"^(?P<committee>[A-Z][\w&,'’ -]{0,80}?(?:Council|Committee|Board|Forum|Association|Trust))"
    r"\s+(?:(?:Inaugural|Annual(?:\s+General)?|Ordinary|Extraordinary|Special|Monthly|Public)\s+)?"
    r"Meeting$")
"""A web page's post titled by the meeting it reports ('Glenmoray Vale Community Council Inaugural
Meeting'), its story telling when it met."""
MET_ON = re.compile(r"\bmeeting\b[^.]{0,60}?\bon\s+(?:[A-Z][a-z]+day,?\s+)?\d", re.I)
MONTH_FIRST = (r"(?i:january|february|march|april|may|june|july|august|september|october"
               r"|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")
"""A date written month first ('September 14th 2021', 'March 3, 2019')."""
TITLED_DATED = re.compile(
    r"^(?:the\s+)?(?i:(?:draft|un-?confirmed|approved|confirmed|signed)\s*[:–-]?\s+)?(?i:notes|minutes)"
    r"\s+(?i:of|for)\s+(?:(?i:an?|the)\s+)?"
    r"(?:(?i:(?:annual|ordinary|extraordinary|special|monthly)\s+)?(?i:meeting\s+of)\s+"
    r"(?:(?i:the)\s+)?)?(?P<committee>[A-Z][\w&'’ -]{0,80}?(?i:committee"
    r"|council|board|panel|cabinet|forum|group|partnership|commission(?:ers)?"
    rf"|parish\s+meeting|{CLUB_WORDS}(?=\s+(?:AGM|EGM)\b)))"
    r"(?:\s+(?i:meeting)(?=\s*[,–-]\s)|\s+(?:AGM|EGM)(?=\s*[,–-]?\s))?"
    rf"(?:\s*[,–-]\s+|\s+(?=(?i:{WEEKDAY})\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z]|{MONTH_FIRST}))"
    r"(?P<rest>.*)$")
"""'Minutes of the meeting of Eastwick Town Council Planning Committee, Tuesday 7 February',
'Minutes of Parish Council 14 February 2024', 'Minutes of Annual Parish Meeting Monday 8th May
2023 at 7.30pm', 'Minutes of Allotments Committee meeting – Monday 3 April 2017', 'Minutes of
Residents' Association Committee September 14th 2021'."""
HELD = re.compile(
    r"^(?:the\s+)?(?:(?:draft|un-?confirmed)\s*[:–-]?\s+)?(?:notes|minutes?)\s+(?:of|from)\s+(?P<article>(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|AGM|EGM|site\s+visit)(?:\s+\((?:AGM|EGM)\))?"
    r"(?:\s+(?:followed\s+by|and)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|AGM|EGM),?)?"
    rf"\s+{HELD_VERB}\b"
    r"(?P<rest>.*)$", re.I)
"""'Minutes of the meeting held on …' (or 'of the AGM held on …', 'of the Annual General Meeting
(AGM) followed by the quarterly meeting, held in …', 'Notes of the Site Visit held …') under a
heading that names the council:
the record's opening, only among a document's first lines (later, such words are an item's
title)."""
WELSH_RECORD = re.compile(
    r"^(?i:cofnodion)\s+(?:(?i:o|y)\s+)?(?i:g?yfarfod|cyfarfod)\s+(?:(?i:blynyddol|arbennig|misol"
    r"|cyffredin)\s+)?(?:(?i:o|y)\s+)?(?P<committee>(?:Cyngor|Pwyllgor|CYNGOR|PWYLLGOR)\b[^–]{3,80}?)"
    r"(?:\s+[-–]\s+.*)?$")
"""A Welsh record's title: 'Cofnodion o gyfarfod Cyngor Cymuned Nant Eithinog - 06/03/23'
(Minutes of a meeting of …)."""
WELSH_HELD = re.compile(r"^(?:(?i:cyfarfod)\s+)?(?i:a\s+gynhaliwyd)\b")
WELSH_UNNAMED = re.compile(r"^(?i:cofnodion)\s+(?:(?i:o|y)\s+)?(?i:g?yfarfod|cyfarfod)"
                           r"(?:\s+(?!(?i:o|o[’']r|y|yr)\s)[\w’'-]+){0,2}\s+(?i:a\s+gynhaliwyd)\s")
"""A Welsh record's title naming no body: 'Cofnodion y Cyfarfod Arbennig a gynhaliwyd nos Fawrth 4
Mai 2021' (Minutes of the Special Meeting held on Tuesday …), under the council's heading
(not '… cyfarfod o'r Panel … a gynhaliwyd', of the council's panel)."""
"""'Cyfarfod a gynhaliwyd yn … nos Lun 6ed Mawrth 2023' (A meeting held at … on …)."""
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
    r"(?:attend\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?meeting\b"
    r"|^(?:please|kindly)\s+attend\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?meeting\b", re.I)
"""A paper that opens by inviting its members to the meeting ('You are hereby invited to attend
the meeting of … to be held …', 'Parish Councillors are duly required to attend the next
meeting of …', 'Please attend a meeting of the Planning Committee on …'): an agenda's summons at
the head of a page."""
CLLRS_LIST = re.compile(r"^(?i:cllrs\.?|councillors)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                        r"(?:\s+\([^)]*\))?\s*,\s+[A-Z]")
"""Who attended, listed without a label by the members' plural title ('Cllrs Hale
(Chairman), Ward, …', 'Councillors Ann Gorran, Tom Pell, …')."""
WEB_HEADING = re.compile(
    rf"^(?P<committee>[A-Z][^|]{{2,150}}?)\s+[-–]\s+(?P<rest>{WEEKDAY},?\s+.*\d{{4}}.*)$", re.I)
WILL_BE_HELD = re.compile(
    r"^(?:an?\s+(?:[\w-]+\s+)?|the\s+(?!next\b|following\b|future\b|forthcoming\b|last\b)"
    r"(?:(?:annual|ordinary|extraordinary|special|monthly)\s+)?(?:[\w-]+\s+){0,2})"
    r"meeting\s+of\s+(?:the\s+)?(?P<committee>.+?)\s+will\s+(?:be\s+held|take\s+place)"
    r"(?P<rest>.*)$", re.I)
HEADING_REFERENCE = re.compile(r"^(?:above|this\s+(?:club|association|society|council|committee"
                               r"|board|group|trust|company|branch))\b", re.I)
"""A notice naming its body as the heading over it does ('… the above Council', '… of this
Club')."""
WILL_HOLD = re.compile(r"^(?:The\s+)?(?P<committee>[A-Z][\w&,'’ -]{2,80}?(?:Council|Committee|Board"
                       r"|Panel|Group|Trust|Forum))\s+will\s+hold\s+its\s+(?:(?:annual|ordinary"
                       r"|extraordinary|special|monthly)\s+){0,2}meeting\s+(?P<rest>on\b.*)$",
                       re.I)
"""A notice that a body 'will hold its Ordinary meeting on …' (not its next one, which minutes
name at their end)."""
TO_BE_HELD = re.compile(
    r"^(?:an?\s+(?:(?:annual|ordinary|extraordinary|special|monthly)\s+)?)?meeting\s+of\s+"
    r"(?:the\s+)?(?P<committee>.+?)\s+to\s+(?:be\s+held|take\s+place)(?P<rest>.*)$", re.I)
"""'Meeting of the Parish Council to be held on …' heading a paper ('A meeting of …' after a
notice given 'of' it): its agenda."""
ITEM_LABEL = re.compile(r"^(?i:item)\s+\d{1,4}[A-Za-z]?\b")
"""An item's label ('ITEM 276 APPLICATION FOR TEMPORARY ROAD CLOSURE – … – SUNDAY 12 AUGUST
2018'): the item's title, whatever day it names."""
LAST_MEETING = re.compile(r"^(?:the\s+)?minutes\s+of\s+(?:the\s+)?(?:last|previous|preceding)\s+"
                          r"meeting\b", re.I)
"""'Minutes of the last meeting of the Committee held on 5th February': an item's title, once a
record has begun, however it names the committee and the day."""
PRESENT_FOLLOWS = re.compile(r"\bthe\s+following\s+(?:members|councillors)\s+(?:were|being)\s+"
                             r"present\b|\bthere\s+were\s+present\b", re.I)
"""A record's opening sentence going on to list who attended."""
MEETING_HELD = re.compile(
    r"^(?:at\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:annual|ordinary|extraordinary|special|monthly|full)\s+)?"
    r"(?:meeting|assembly)\s+of\s+(?:the\s+|this\s+)?(?P<committee>[A-Z][\w&'’ ,-]{2,80}?)"
    rf"\s+(?:was\s+)?{HELD_VERB}\b"
    r"(?P<rest>.*)$", re.I)
"""A record opened by its sentence, not a title: 'The Annual Meeting of the Parish Council held
in the Church Room on Wednesday March 11th 1953', 'At a meeting of the Governance, Audit and
Finance Board held on 14 January 2026', 'The Annual Assembly of Tregony Parish Meeting was held
…' (a parish meeting's yearly meeting of its electors), 'An ORDINARY MEETING of this Parish
Council was held …' (a minute book's own council)."""
HELD_LINE = re.compile(r"^held\b(?:\s+(?:at|in|on)\b)?", re.I)
"""A line going on with a meeting's sentence at its 'held'."""
LABELLED_MEETING = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?meeting\s+of\s*:\s*"
                              r"(?P<committee>\S.{2,80})$", re.I)
DATE_FIELD = re.compile(r"^date(?:\s+and\s+time)?\s*:", re.I)
PRESENT_IN_PROSE = re.compile(r"\b(?:present\s+were|were\s+present|Present\s*:?\s+(?:Messrs|Mr|Mrs"
                              r"|Cllrs?|Councillors?)\b)", re.I)
"""Who attended, told in the record's first sentence ('The meeting was held in the Schoolroom
… The parish councillors present were Messrs …', '… called by the Chairman. Present Messrs …')."""
KIND_MEETING_HELD = re.compile(
    r"^(?:(?i:the|an?)\s+)?(?:[A-Z][\w'’&-]+\s+){0,4}(?i:meeting\s+held)\b(?P<rest>.*)$")
"""'Trustee Meeting held at …, March 9th, 1871.': a meeting named by its body's kind alone."""
TO_BE = re.compile(r"\b(?:to|will)\s+be$", re.I)
"""'Meeting of the Parish Council to be held on …': an agenda's meeting, not a record's."""
AGENDA_TITLE = re.compile(r"^(?:supplementary\s+|revised\s+|draft\s+)?(?:agenda|order\s+paper"
                          r"|business\s+paper)(?!\s+items?\b)"
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
CONVENED = re.compile(r"^(?:the\s+)?(?:(?!(?:to|will|would|shall|should|may|must|agreed|offered)"
                      r"\s)[\w'’-]+\s+){1,5}(?:call|calls|convene|convenes)\s+"
                      r"(?=an?\s+(?:[\w-]+\s+)?meeting\s+of\b)", re.I)
"""Those who convene a meeting, then the meeting: 'The Procureurs convene a meeting of the
Parishioners … to be held …' (not 'The Clerk will call a meeting …')."""
NOTICE_GIVEN = re.compile(r"^(?:notice\s+is\s+(?:hereby\s+)?given|I\s+(?:hereby\s+)?give\s+you"
                          r"(?:\s+hereby)?\s+notice|this\s+is\s+to\s+(?:notify\s+you|give"
                          r"(?:\s+you)?\s+notice)|you\s+are\s+(?:hereby\s+)?notified)\s+that\s+"
                          r"|^notice\s+is\s+(?:hereby\s+)?given\s+of\s+"
                          r"(?=an?\s+(?:[\w-]+\s+)?meeting\b)"
                          rf"|{CONVENED.pattern}", re.I)
"""'Notice is hereby given that a meeting of … will be held on …' ('I HEREBY GIVE YOU NOTICE that
…', 'This is to notify you that …', 'Notice is hereby given of a meeting of … to be held …', or
its conveners': CONVENED): the agenda's notice."""
NEXT_AFTER_NOTICE = re.compile(r"the\s+(?P<next>next\s+)(?=(?:[\w-]+\s+){0,2}?meeting\s+of\b)",
                               re.I)
AGENDA_ALONE = re.compile(r"^(?:agenda|order\s+paper|business\s+paper)"
                          r"(?:\s+page(?:\s+no\.?|\s+number)?)?$", re.I)
"""'AGENDA' alone, or over an agenda's column of page numbers ('AGENDA Page No'); an order paper
or business paper, as councils in New Zealand and Australia name their agendas."""
MEETING_DATED = re.compile(r"\bmeeting\b", re.I)
"""A line naming a meeting, read for the date it gives."""
RECORD_NAME = re.compile(r"\b(?:minutes|notes)\b", re.I)
"""A record's own name: a line with it heads minutes, not an agenda."""
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
    r"(?i:meeting)(?:\s+\([A-Z]{2,4}\))?(?:\s+(?:#|(?i:no)\.?\s*)\d{1,3})?"
    r"|(?:AGM|EGM)(?:\s+(?i:minutes|notes))?)"
    r"\s*[-–—:,]?\s+(?:(?i:held)\s+(?:(?i:on)\s+)?"
    r"|(?i:for|of)\s+(?=\d|[A-Z]))?(?P<date>\S.*?)(?:\s+(?:MINUTES|Minutes))?[\s,]*$")
"""A record's title and its date on one line: 'Minutes – 13 January 2025', 'GLENBRAE PARISH
COUNCIL MINUTES 13 JANUARY 2025', 'Minutes of Council Meeting 13 January 2025', 'AUCHENLEITH
COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 25 JUNE 2026', 'MINUTES – ANNUAL MEETING,
Tuesday, 2 June 2026 at 6.30 pm.', or the body and its kind of meeting: 'AUCHENLEITH COMMUNITY
COUNCIL ANNUAL GENERAL MEETING (AGM) 25th June 2026,', 'Town Board Minutes for March 12,
2007'."""
HELD_SENTENCE = re.compile(r"^(?:The|A|An|This)\s+(?:[\w()-]+\s+){0,6}(?:meeting|AGM)"
                           r"(?:\s+of\s+(?:the\s+)?[\w' ]{2,40}?)?(?:,[^,]{2,60},)?"
                           r"\s+was\s+(?:held|attended\s+by)\b", re.I)
"""A record's opening sentence saying its meeting was held ('A meeting of the council was held
on the 14th June …') or who attended it ('This Planning Committee meeting was attended by …')."""
COMMITTEE_DATED = re.compile(
    r"^(?P<committee>(?:[A-Z][\w&'’ -]{0,60}?\s)?(?i:cabinet|committee|sub-committee|board|panel"
    rf"|executive|forum|council)(?:\s+\([A-Z][^()]{{1,40}}\))?)\s*[-–—:,]?\s+"
    rf"(?P<date>(?:\d|(?i:{WEEKDAY})\b).*?)[\s,]*$")
"""A committee or council and its date, with who attended right under it ('CABINET 4 MARCH 2003
(7.00pm – 9.10pm)' / 'PRESENT: …', 'Polvean Parish Council 7th June 2021' / 'Present - …'): a
volume's next record."""
ATTENDEES = re.compile(r"^(?:attendees|councillors\s+present)\s*:", re.I)
"""Who attended, under a title and its date line."""
MONTHS_IN_YEAR = 12
TWO_DIGIT_YEAR = re.compile(r"[/.]\d\d$")
RECORD_TITLED = re.compile(r"\b(?i:minutes|notes)\s+\S+$")
"""A title whose last word, its day in figures, follows the record's name."""
RECORD_SUFFIX_WORD = re.compile(r"\s(?i:minutes|notes)$")
"""A title that ends with the record's name ('… Village Hall AGM Minutes')."""
SHEET_LINES = 12
"""Lines of a front sheet above its summons that may hold the meeting's 'Date:'."""
FIELD_LINE = re.compile(r"^[A-Z][\w ]{1,20}:\s")
"""A front sheet's field ('Venue: Fire and Rescue Service Headquarters'), not a heading."""
MINUTES_LINE = re.compile(r"^(?:draft\s+|un-?confirmed\s+|confirmed\s+)?minutes$", re.I)
PAIR_WINDOW = 5
HEADING_WORDS = 40
COMMITTEE_HEADING = re.compile(r"^(?:[A-Z][\w&'’,-]*\s+|(?:and|of|for|&)\s+){0,6}"
                               r"(?:COMMITTEE|Committee|SUB-COMMITTEE|Sub-Committee|BOARD|Board"
                               r"|PANEL|Panel)$")
BARE_HELD = re.compile(r"^(?:The\s+|A\s+)?(?:meeting|Meeting|MEETING)\s+(?:held|HELD)\b")
"""'Meeting held at … on Wednesday 6th May 2020' under a committee's heading."""
BODY_MEETING = re.compile(
    r"^(?P<committee>[A-Z][\w&'’, -]{0,80}?(?i:council|committee|board|panel|forum|trust"
    r"|commission))\s+(?:(?i:annual|ordinary|extraordinary|special|monthly|full|reconvened"
    r"|adjourned)\s+)?(?i:meeting)$")
"""A heading naming the body and its meeting, its kind perhaps ('HALBURN PARISH COUNCIL
EXTRAORDINARY MEETING'), over the line of when it was held."""
RECORD_WORD = re.compile(r"^(?:(?:draft|un-?confirmed|approved)\s+)?(?:minutes|m i n u t e s)$",
                         re.I)
"""The record's word alone under its meeting's heading ('DRAFT M I N U T E S'): no item."""
MEETING_HELD_OPENS = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){0,6}(?i:meeting)\s+(?i:held)\b")
"""A line naming a meeting held, whose record's word stands on the line above ('Ordinary Council
Meeting held in …')."""
HELD_WHEN = re.compile(r"^(?i:held)\s+(?i:on|at|in)\b")
"""'Held on 19th October 2016 at 1900hrs in the Church Room': when and where, under the
meeting's heading."""
PRESENT_LABEL = re.compile(r"\s(?:Present|PRESENT)\s*:")
INLINE_FIRST_ITEM = re.compile(r"\s1[.)]?\s+[A-Z]")
ENTRY_LINE = re.compile(r"^\d{1,3}(?:[.)]\s*|\s+)[A-Z]")
BILINGUAL = " / "
ISSUE_MEETING = re.compile(r"^Meeting:\s*(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s*[-–]\s*"
                           r"(?P<committee>[A-Z].{2,100}?)\s*\((?:Agenda\s+)?Item\s+[\w.]+\)\s*$")
"""An issue page's meeting line: 'Meeting: 21/09/2026 - Governance Committee (Item 14)'."""
COUNCIL_ALONE = re.compile(r"^[A-Z][A-Z'’ -]{2,60}\s(?:PARISH|TOWN|COMMUNITY)\s+COUNCIL$")
"""A small council's name alone in capitals, a magazine's heading over its report."""
MEETING_COUNTED = re.compile(r"^(?:(?:Annual|Ordinary|Special|Extraordinary|Council|General)\s+)*"
                             r"Meeting\s+(?:No\.?\s*)?\d{1,4}(?:/\d{2,4})?\s*[-–:,]\s*(?P<date>\S.*)$",
                             re.I)
"""A meeting's number and day as its heading: 'Meeting 57 - 9 June 1923', 'Meeting No. 42: 4
March 2019'."""
SITTING_MET = re.compile(r"^The\s+(?:[A-Z][\w'’&-]*\s+|of\s+|and\s+|the\s+){0,10}?(?:Council|Board"
                      r"|Committee|Commission|Authority|Trustees|Panel)\b[^.]{0,80}?\bmet\s+"
                      r"(?:in|on|at)\b")
"""A record's opening sentence of its body sitting ('The City Council of the City of … met in
regular session', 'The Parish Council met at the Village Hall'), dated by the line above it;
COUNCIL_MET and meetings.BODY_MET read sentences that give the day themselves."""
COUNCIL_MET = re.compile(r"^(?:The\s+)?(?:(?:Parish|Town|Community)\s+)?[Cc]ouncil\s+met\s+on\s"
                         r"|^(?:Report|Notes)\s+(?:of|from)\s+the\s+(?:\w+\s+)?meeting\s+held\s+on\s")
"""A report's opening saying when the council met ('The council met on Thursday …', 'Report
of the meeting held on Tuesday 11 February 2020 at …')."""
NOTES_FROM = re.compile(r"^(?:Summary\s+)?(?:Notes|Minutes)\s+from\s+(?:the\s+)?(?:a\s+)?"
                        r"(?P<committee>[A-Z][\w&'’ -]{0,60}?(?:Committee|Group|Board|Panel|Forum"
                        r"|Council|Trustees|Working\s+Party))\s+[Mm]eeting\s+(?:held\s+)?(?:on\s+)?"
                        r"(?P<date>\S.{3,40})$")
"""A summary's heading naming its body and the meeting's date ('Summary Notes from Staffing
Committee meeting 03/03/26')."""
BODY_MEETING_DAY = re.compile(r"^(?P<committee>[A-Z][\w&'’() -]{0,80}?(?:Committee|Group|Board"
                              r"|Panel|Forum|Council|Trustees|Working\s+Party))\s*[Mm]eeting\s+"
                              r"(?:(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?,?\s+)?(?:held\s+)?"
                              r"(?:on\s+)?(?P<date>[0-3]?\d/[01]?\d/\d\d(?:\d\d)?)"
                              r"(?:\s*\([^()]{1,60}\))?$")
"""A body's meeting, its hour and its day in figures ('… Allotments Committee Meeting 7pm
16/5/23 (Church Room)'): the record's heading."""
BODY_COMMA_MEETING = re.compile(
    r"^(?:[–-]\s*)?(?P<committee>[A-Z][\w&'’ -]{2,80}?(?:Committee|Group|Board|Panel|Forum|Council"
    r"|Trustees))\s*(?:,|:|\s[–-])\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:meeting\s+(?:of|held\s+on|on)"
    r"|(?:AGM\s+|EGM\s+)?(?:minutes|notes)\s+(?:from|of)(?:\s+(?:the\s+)?meeting(?:\s+held)?"
    r"(?:\s+on)?)?)\s+"
    r"(?P<date>\S.{5,59})", re.I)
"""A record's opening naming its body, then the meeting and its day after a comma or a dash
('– St Ives Parish Council, meeting of 3rd September 2020 held @ Zoom …, Present …', 'Tamar
Catchment Group – AGM Minutes from Tuesday 29th November 2022 6pm …')."""
MINUTES_OF_FIGURES = re.compile(r"^(?:(?:draft|unapproved|approved)\s+)?minutes\s+(?:of|for)\s+"
                                r"(?:the\s+)?(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s+(?P<committee>(?:[\w-]+\s+)?)"
                                r"meeting$", re.I)
"""A record titled by its day in figures ('Unapproved Minutes of 9/17/13 Meeting')."""
MEETING_OF_FIGURES = re.compile(r"^(?:\S+\s+){0,3}?(?:[-–]\s+)?"
                                r"(?i:minutes\s+of\s+(?:the\s+)?meeting)"
                                r"\s+(?P<date>\d{1,2}-\d{1,2}-\d{2})\b")
"""A record's title ending in its day in figures set with dashes ('AGM 2003 - Minutes of meeting
13-03-03')."""
ISSUE_DECISION = re.compile(r"^(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+[-–]\s+"
                            r"(?P<title>[A-Z].{2,150})$")
"""A decision's heading on an issue's page: '12/12/2011 - Car Parking Strategy and Charges'."""
ISSUE_PAGE = re.compile(r"^Issue\s*[-–]\s*(?:decisions|history)$", re.I)
ISSUE_REACH = 200
"""How far above a decision's heading its issue page's label may stand."""
ATTENDED_REACH = 5
"""Filled lines read under a heading below a page's number ('12' / 'PORTH GWYDDEN HARBOUR
AUTHORITY' / 'WEDNESDAY 6th MARCH 2019' / chairman / 'PRESENT:') for its attendance list: a
meeting's heading, not an item's title under its number."""
HELD_ATTENDED_REACH = 6
"""Lines from a record's sentence to its attendance: the sentence may take three ('… was held in
St Barnabas' Church Room' / 'on Tuesday … to consider planning application' / '1/2008/0087.'),
an action column's heading two ('Action' / 'by')."""
POST_REACH = 6
"""Lines of a blog post read from its date to its attendance list."""
POST_MEETING = re.compile(r"\b(?:meeting|AGM|EGM|minutes)\b", re.I)
"""A blog post's title naming a meeting ('Committee meeting 24 November', 'Pelling Gardens AGM
2010')."""
HELD_WORD = re.compile(r"\bheld\b", re.I)


INLINE_NUMBER = re.compile(r"\s(?P<n>\d{1,4})[.)]?\s+[A-Z]")
INLINE_LOOK = 3
"""Numbers after the attendance label tried as the first of a run of items."""


def _inline_items(text: str, start: int) -> bool:
    """Return True if items run on in text after start: '1. Apologies', or a number followed
    later by the next ('211. PUBLIC FORUM – … 212. APOLOGIES …')."""
    if INLINE_FIRST_ITEM.search(text, start):
        return True
    for found in itertools.islice(INLINE_NUMBER.finditer(text, start), INLINE_LOOK):
        after = int(found.group("n")) + 1
        if any(int(later.group("n")) == after
               for later in INLINE_NUMBER.finditer(text, found.end())):
            return True
    return False


def bilingual_meeting_at(lines: list[Line], i: int, opening: bool) -> Section | None:
    """Return the meeting heading of a bilingual line by its last language's words.

    Welsh councils write 'Cofnodion cyfarfod a gynhaliwyd … / Minutes of the meeting held on
    Monday 6 March 2023'; the part after the last ' / ' is read as a heading of its own.
    """
    text = lines[i].text
    if BILINGUAL not in text:
        return None
    last = text.rsplit(BILINGUAL, 1)[1].strip()
    return meeting_at(lines, i, opening=opening, text=last) if last else None


BODY_BEFORE_RECORD = re.compile(r"^(?:1\s+(?=[A-Z]{2}))?(?:(?i:draft|unapproved|unconfirmed)"
                                r"(?:\s*/\s*(?i:draft|unapproved|unconfirmed))?\s+)?"
                                r"(?:(?:[A-Z][\w'’-]+|and|&)\s+){1,6}(?i:(?:(?:Parish|Town|Community"
                                r"|City|County|Borough|District)\s+)?Council|(?:Joint\s+)?"
                                r"(?:Committee|Board|Panel|Forum|Partnership))"
                                r"(?P<dash>\s*[-–—:])?\s+"
                                r"(?=(?i:(?:Draft\s+)?(?:Minutes|Notes)\s+of)\s)")
"""A council's name run into the record's title on one line, or set apart from it by a dash
('PENHOLT PARISH COUNCIL - MINUTES OF MEETING', in capitals: 'Penholt Parish Council – Minutes
of the Full Council Meeting – 3rd July 2023' is a title the body's other headings read), both
in capitals or neither (a document site's list of other councils' papers: 'PENHOLT PARISH
COUNCIL Minutes of …, 12 June 2009'). Its status may stand first ('DRAFT/UNAPPROVED PENHOLT
PARISH COUNCIL MINUTES OF …'), after a transcription's first page number ('1 '). A committee's
name set as a heading with a dash before its record of a meeting held ('Harnage and Wistow Local
Joint Committee – Notes of the Meeting held on 11th October 2012') under a paper's cover."""


KIND_TITLE = re.compile(r"^(?:the\s+)?(?:annual\s+general|annual|extra[\s-]?ordinary(?:\s+general)?"
                        r"|special(?:\s+general)?)\s+meeting$", re.I)
"""A heading that names only the kind of meeting ('Annual General Meeting')."""
VENUE_WORDS = 10
KIND_AT_PLACE = re.compile(
    r"^(?:the\s+)?(?:annual\s+general|annual|extra[\s-]?ordinary(?:\s+general)?|special"
    r"(?:\s+general)?|general|ordinary|monthly)\s+meeting\s+(?:held\s+)?(?:at|in)\s+"
    r"(?:the\s+)?[A-Z][^.;:]{2,80}?\s+on\s+(?P<date>(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?\d.+)$",
    re.I)
"""A meeting's kind, its place and its day ('Annual General Meeting at Fennick Vale Village Hall
on Tuesday 23rd February 1999 at')."""
BODY_COMMA_DAY = re.compile(
    r"^(?P<committee>[A-Z][\w&'’ -]{2,80}?\b(?:Association|Society|Club|Trust|Group|Forum"
    r"|Institute|Union|Council|Committee))\s*,\s+(?P<date>(?:[A-Z][a-z]+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\b")
"""A body's name, a comma and its meeting's day ('Minster Close Residents Association, Thursday
10 November 2011 at …')."""
BODY_DAY_REACH = 90
AGENDA_REACH = 4
AGENDA_WORD = re.compile(r"^(?:AGENDA|Agenda)\s*:?$")
FIGURES_MINUTES = re.compile(r"^(?P<date>\d{1,2}([./-])\d{1,2}\2\d{2})\s+(?:(?i:meeting)\s+)?"
                             r"(?i:minutes)$")
"""A record titled by its day in figures alone ('22.1.26 Minutes')."""
KIND_DAY = re.compile(r"^(?:AGM|EGM|(?:annual\s+general|extra[\s-]?ordinary\s+general|general"
                      r"|committee|monthly)\s+meeting)\s+(?:on\s+)?(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\b",
                      re.I)
"""A meeting's kind and its day in figures opening the record ('AGM 24/2/16 at 8pm – …')."""


def _venue_then_day(lines: list[Line], i: int) -> tuple[int, date] | None:
    """Return the line and day of a date line under line i, at most one short line (its
    venue, no sentence) between them; or None."""
    window = line_window(lines, i, 3)[1:]
    for n, (j, text) in enumerate(window):
        if is_date_line(text) and (day := first_date(text)):
            return j, day
        if n or len(text.split()) > VENUE_WORDS or text.endswith((".", ":")):
            return None
    return None


def meeting_at(lines: list[Line], i: int, *, opening: bool = False,
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
    found = _heading_at(lines, i, opening, text)
    return None if found is None or _item_line(lines, i, opening, text) else found


def _item_line(lines: list[Line], i: int, opening: bool, text: str) -> bool:
    """Return True if line i, whatever its words, is an item's or a list's line: a file's
    badge, a line under an item's number or under an earlier minutes' item, over an item's
    fields, and the like.

    '44.' / 'Minutes of the Meeting of the Combined Authority held on 4 September 2025 PDF 231
    KB': an item of a meeting's page, titled by the earlier minutes it links to. Asked only of
    a line that reads as a meeting's heading, these are looked at once per heading found.
    """
    return bool(file_badge(text)
                or (under_number(lines, i)
                    and not attendance_in(line_window(lines, i, ATTENDED_REACH)))
                or under_minutes_item(lines, i) or (not opening and item_fields_next(lines, i))
                or under_next_meeting(lines, i) or listed_after(lines, i)
                or (not opening and LAST_MEETING.match(text) and not _attached_record(lines, i))
                or ITEM_LABEL.match(text)
                or minute_approved_after(lines, i))


WRAPPED_REACH = 8
"""The most lines a record's title in capitals is read over ('UNCONFIRMED MINUTES' / 'OF THE
ORDINARY MEETING' / 'OF COUNCIL' / 'HELD IN' / 'THE COUNCIL CHAMBERS, WARRIMBA' / 'ON FRIDAY,
31 JANUARY 2025')."""
WRAPPED_LINE_WORDS = 6


def _wrapped_window(lines: list[Line], i: int, window: list[tuple[int, str]]
                    ) -> list[tuple[int, str]]:
    """Return the window over a record's title in capitals set a few words a line, read on to
    the line that gives its day; other windows as they are."""
    if not RECORD_OPENING.match(window[0][1]) or any(
            not t.isupper() or len(t.split()) > WRAPPED_LINE_WORDS or first_date(t)
            for _, t in window):
        return window
    longer = line_window(lines, i, WRAPPED_REACH)
    for k in range(len(window), len(longer)):
        text = longer[k][1]
        if not text.isupper():
            break
        if first_date(text):
            return longer[:k + 1]
    return window


def _attached_record(lines: list[Line], i: int) -> bool:
    """Return True if line i opens a page over who attended: the last meeting's minutes sent
    with a summons ('Minutes of the last meeting held at the Reading Room … on Thursday 12th
    November 2015' / 'Present …'), not an item approving them."""
    return _opens_page(lines, i) and attendance_in(line_window(lines, i, ATTENDED_REACH))


def _heading_at(lines: list[Line], i: int, opening: bool, text: str) -> Section | None:
    """Return the meeting heading line i's words make, before asking whether the line is an
    item's (meeting_at)."""
    lead = BODY_BEFORE_RECORD.match(text)
    set_apart = lead is not None and lines[i].heading and HELD_WORD.search(text) is not None
    if lead and text[:lead.end()].isupper() == text[lead.end():lead.end() + 7].isupper() \
            and (not lead.group("dash") or text.isupper() or set_apart):
        # 'Pengarth Council Minutes of the meeting of the Council held on Thursday 14 June
        # 2007': the council's name, then the record's title, on one line. A committee's
        # heading dashed from its record of a meeting held ('… Local Joint Committee – Notes of
        # the Meeting held on 11th October 2012') names the body that met wherever in a paper
        # it stands (under a cover for the meeting the record goes to), its minutes numbered
        # under it.
        rest = text[lead.end():]
        found = meeting_at(lines, i, opening=opening, text=rest)
        if found is None and set_apart and lead.group("dash") and HELD.match(rest) \
                and (day := first_date(rest)):
            found = Section("minutes", i, 0, "", day, text, body_start=i + 1)
        if found is not None:
            return found if found.committee else replace(
                found, committee=normalise_committee(text[:lead.end()]))
    if MEETING_HELD_OPENS.match(text) and not text.startswith(("Minutes", "MINUTES")) \
            and (above := next((t for t in (lines[k].text for k in range(i - 1, max(-1, i - 3), -1))
                                if t), None)) is not None and RECORD_WORD.match(above) \
            and (found := meeting_at(lines, i, opening=opening, text=f"Minutes of the {text}")):
        # 'MINUTES' / 'Ordinary Council Meeting held in the Council Chambers … on Wednesday 18
        # October 2017': the record's word set over the rest of its title.
        return replace(found, heading=text)
    welsh = WELSH_RECORD.match(text)
    if welsh and (held := next(((j, day) for j, t in line_window(lines, i, 3)[1:]
                                if WELSH_HELD.match(t) and (day := first_date(t))), None)):
        # 'Cofnodion o gyfarfod Cyngor Cymuned … - 06/03/23' / 'Cyfarfod a gynhaliwyd yn … nos
        # Lun 6ed Mawrth 2023': a Welsh record's title and its sentence of when it met.
        return Section("minutes", i, 0, normalise_committee(welsh.group("committee")), held[1],
                       text, body_start=held[0] + 1)
    if opening and WELSH_UNNAMED.match(text) and (day := first_date(text)):
        # Its English line under it, of the same day, is the same title.
        window = line_window(lines, i, 2)
        after = window[1][0] + 1 if len(window) > 1 and first_date(window[1][1]) == day \
            else i + 1
        return Section("minutes", i, 0, normalise_committee(_heading_before(lines, i)), day,
                       text, body_start=after)
    decided = ISSUE_DECISION.match(text) if text[:1].isdigit() else None
    if decided and (day := first_date(decided.group("date"))) \
            and any(ISSUE_PAGE.match(lines[j].text) for j in range(max(0, i - ISSUE_REACH), i)):
        # 'Issue - decisions' / … / '12/12/2011 - Car Parking Strategy': a modern.gov issue's
        # page of decisions, each dated block one meeting's decision on it.
        return Section("minutes", i, 0, "", day, text, body_start=i)
    council = COUNCIL_ALONE.match(text) if text[:1].isupper() and text.isupper() else None
    if council and (met := next(((j, day) for j, t in line_window(lines, i, 4)[1:]
                                 if COUNCIL_MET.match(t) and (day := first_date(t))), None)):
        # 'BETTWS HOPLEY PARISH COUNCIL' / 'Notes from the February meeting' / 'The council met
        # on Thursday 13 February 2020 at …': a magazine's report of that council's meeting.
        return Section("minutes", i, 0, normalise_committee(council.group(0).title()), met[1],
                       text, body_start=met[0] + 1)
    noted = (NOTES_FROM.match(text) or BODY_MEETING_DAY.match(text)
             or MINUTES_OF_FIGURES.match(text)) if "eeting" in text else None
    if noted and (day := first_date(noted.group("date")) or short_date(noted.group("date"))):
        # 'Summary Notes from Staffing Committee meeting 03/03/26': each of a page's summaries
        # a meeting of its own.
        return Section("minutes", i, 0, normalise_committee(noted.group("committee")), day,
                       text, body_start=i + 1)
    figured = MEETING_OF_FIGURES.search(text) if "eeting" in text else None
    if figured and (day := _day_first_only(figured.group("date"))) \
            and attendance_in(line_window(lines, i, ATTENDED_REACH)):
        # 'AGM 2003 - Minutes of meeting 13-03-03 Last updated 02-11-04' over 'Attendees : …':
        # the record's day in figures that can only be read day first.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    named = BODY_COMMA_MEETING.match(text) if "eeting" in text or "inutes" in text else None
    if named and named.group("committee")[:1].isupper() \
            and (day := first_date(named.group("date"))) \
            and (PRESENT_IN_PROSE.search(text)
                 or attendance_in(line_window(lines, i, ATTENDED_REACH))):
        # '– St Ives Parish Council, meeting of 3rd September 2020 …' over who was present, or
        # saying who was: a page's extract of that meeting's minutes ('Tamar Catchment Group –
        # AGM Minutes from Tuesday 29th November 2022' under a post titled by another day).
        return Section("minutes", i, 0, normalise_committee(named.group("committee")), day,
                       text, body_start=i + 1)
    issue = ISSUE_MEETING.match(text)
    if issue and (day := first_date(issue.group("date"))):
        # 'Meeting: 21/09/2026 - Governance Committee (Item 14)': a modern.gov issue page lists
        # each meeting that took the issue, and its minute under it.
        return Section("minutes", i, 0, normalise_committee(issue.group("committee")), day,
                       text, body_start=i + 1)
    kind_dated = KIND_DAY.match(text) if text[:1] in "AEGMCagmce" else None
    if kind_dated and (day := short_date(kind_dated.group("date"))) \
            and attendance_in(line_window(lines, i, ATTENDED_REACH)):
        # 'AGM 24/2/16 at 8pm – Old School House –' over 'Attendance – …': the meeting's kind
        # and its day in figures, the body named elsewhere.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    kind_only = KIND_TITLE.match(text) if lines[i].heading or text.isupper() else None
    if kind_only and (dated := _venue_then_day(lines, i)) is not None:
        # 'Annual General Meeting' / 'St Barnabas Church Hall - Hollin Lane' / '10 May 2007': a
        # kind of meeting set as a heading over its place and day, the body named elsewhere.
        return Section("minutes", i, 0, "", dated[1], text, body_start=dated[0] + 1)
    body_day = BODY_COMMA_DAY.match(text) if "," in text[:BODY_DAY_REACH] else None
    if body_day and (day := first_date(body_day.group("date"))) and (agenda := next(
            (j for j, t in line_window(lines, i, AGENDA_REACH)[1:] if AGENDA_WORD.match(t)),
            None)) is not None:
        # 'Minster Close Residents Association, Thursday 10 November 2011 at Wesleyan Chapel
        # schoolroom, …' over 'Agenda': the body's meeting on that day, and its business.
        return Section("agenda", i, 0, normalise_committee(body_day.group("committee")), day,
                       text, body_start=agenda + 1)
    figured_title = FIGURES_MINUTES.match(text) if lines[i].heading else None
    if figured_title and (day := _day_first_only(figured_title.group("date"))):
        # '22.1.26 Minutes' set as a page's heading: the record's day in figures that can only
        # be read day first.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    kind_placed = KIND_AT_PLACE.match(text) if lines[i].heading else None
    if kind_placed and (day := first_date(kind_placed.group("date"))):
        # 'Annual General Meeting at Fennick Vale Village Hall on Tuesday 23rd February 1999
        # at' / '7.15 pm' set as a heading: the meeting's kind, place and day, the body named
        # above it.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    dated_heading = lines[i].heading and is_date_line(text)
    if dated_heading and attendance_in(line_window(lines, i, 2)) and (day := first_date(text)):
        # 'June 3rd 2025' set as a heading straight over 'Attendees': a library of a group's
        # notes, each card headed by its meeting's date alone (a minute book's date over the
        # sentence of the meeting held, then who was present, is that sentence's).
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    posted = line_window(lines, i, POST_REACH) if dated_heading else []
    if len(posted) > 1 and lines[posted[1][0]].heading and POST_MEETING.search(posted[1][1]) \
            and attendance_in(posted[1:]) and (day := first_date(text)) \
            and not any(RECORD_OPENING.match(t) and HELD_WORD.search(t) for _, t in posted[2:]):
        # 'Wednesday, 11 November 2009' / 'Quillan Gardens AGM 2009' / 'Minutes' / 'Tuesday 10
        # November' / 'In attendance: …': a blog's post, its date and title in bold over the
        # minutes, each post a record of its own (unless its record has a heading of its own,
        # 'Minutes of the meeting … held …'), dated by its title's day ('Minutes of
        # Residents' Association Committee September 14th 2021') or else by the post until
        # its text says otherwise; or by the record's own title under the post's ('Committee
        # Meeting Minutes 24th February' / 'Minutes of Meeting 24th February 2023 at 16:30').
        titled = next((found for _, t in posted[2:] if RECORD_OPENING.match(t)
                       and (found := meeting_day(t))), None)
        return Section("minutes", i, 0, "", meeting_day(posted[1][1]) or titled or day, text,
                       body_start=posted[1][0] + 1)
    counted = MEETING_COUNTED.match(text) if text[-1:].isdigit() else None
    if counted and is_date_line(counted.group("date")) \
            and (day := first_date(counted.group("date"))) \
            and (lines[i].heading or attendance_in(line_window(lines, i, ATTENDED_REACH))):
        # 'Meeting 57 - 9 June 1923' set as a heading: a minute book's meetings counted on
        # through the years, each headed by its number and day.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    if text[-1:].isdigit() and is_date_line(text) \
            and len(under := line_window(lines, i, 2)) > 1 and SITTING_MET.match(under[1][1]) \
            and (day := first_date(text)):
        # 'April 2, 1968' / 'The City Council of the City of Elmwood met in regular
        # session at 7:30 p.m. …': a minute book's date over its record's sentence of
        # the body meeting.
        return Section("minutes", i, 0, "", day, text, body_start=i + 1)
    window = _wrapped_window(lines, i, line_window(lines, i, 4))
    window[0] = (i, text)
    post = POST_TITLE.match(text) if opening else None
    story = next((t for _, t in window[1:] if t), "") if post else ""
    said = HEADING_SENTENCE_END.split(story, maxsplit=1)[0]
    if post and plausible_committee(post.group("committee")) and (met := MET_ON.search(said)) \
            and (day := first_date(said[met.start():])):
        # 'Glenmoray Vale Community Council Inaugural Meeting' / 'The new council held its
        # inaugural meeting on Tuesday 3 March 2020 in the school …': a post telling of it.
        return Section("minutes", i, 0, normalise_committee(post.group("committee")), day,
                       text, body_start=i + 1)
    joined = " ".join(t for _, t in window)
    # 'Notice is hereby given that a meeting of … will be held on …': read after the notice.
    shift = notice.end() if (notice := NOTICE_GIVEN.match(joined)) else 0
    # 'The Procureurs convene a meeting of the Parishioners … to be held … on …': those
    # who convene it, then the meeting, wherever the notice stands on a page of notices.
    convened = bool(shift) and CONVENED.match(joined) is not None
    joined, said = joined[shift:], text[shift:]
    if shift and (upcoming := NEXT_AFTER_NOTICE.match(joined)):
        # 'Notice is hereby given that the next meeting of the Parish Council will be held …':
        # the next meeting is the one the notice calls (its word blanked, the places kept).
        blank = " " * len(upcoming.group("next"))
        joined = f"{joined[:upcoming.start('next')]}{blank}{joined[upcoming.end('next'):]}"
        said = f"{said[:upcoming.start('next')]}{blank}{said[upcoming.end('next'):]}"
    # A record's title opens with 'Minutes' or 'Notes' (after 'The', 'Draft' …): other lines
    # skip the patterns that need it.
    # A whole record pasted as one paragraph ('MINUTES OF WESTON PARISH COUNCIL MEETING HELD …
    # Present: … 1. Apologies …') is read by its inline lists and numbers, not as a heading.
    # A long opening that runs on into its attendance ('… ON TUESDAY, 3rd MARCH 2020 AT 7.00
    # p.m. Present: Councillors …', the list wrapped nowhere) is a heading up to that label.
    head = text[:cut.start()] if (cut := PRESENT_LABEL.search(text)) \
        and not _inline_items(text, cut.end()) else text
    titled = RECORD_OPENING.match(text) is not None and len(head.split()) <= HEADING_WORDS
    # Who attended, listed under a heading, marks a record's opening anywhere in a paper (a
    # year's minutes in one file), where its words alone might be an item's title.
    attended = titled and attendance_in(window)
    patterns = ((NOTES, "minutes"), *(((BARE_NOTES, "minutes"),) if opening or attended else ()),
                (NAMED, "minutes"), (OWNED, "minutes"), (WILL_BE_HELD, "agenda"),
                *(((TO_BE_HELD, "agenda"),) if opening or convened else ()))
    for pattern, kind in patterns:
        if pattern not in (WILL_BE_HELD, TO_BE_HELD) and not titled:
            continue
        if pattern is NAMED and text.startswith("The ") and text.rstrip().endswith("."):
            # 'The draft minutes of the Staffing Committee meeting held on 3rd June 2015 (open
            # part only).': an item's sentence, closed by its stop, not a title.
            continue
        match = pattern.match(joined)
        if match and (plausible_committee(match.group("committee"))
                      or HEADING_REFERENCE.match(match.group("committee"))) \
                and not REFERS_BACK.search(HEADING_SENTENCE_END.split(
                    f"{said} {window[1][1]}" if len(window) > 1 and not first_date(said)
                    else said)[0]):
            rest = HEADING_SENTENCE_END.split(match.group("rest"), maxsplit=1)[0]
            day = first_date(rest) or labelled_date(window)
            end = _heading_end(window, shift + match.start("rest") + len(rest) if day else 0)
            dated = _dated_line(window) if first_date(rest) else None
            # The heading ends with the line that completes its date, not at the first full
            # stop, which may be in the item under it ('… at 7.30pm' / 'Action 1.0 Welcome').
            end = min(end, dated[0]) if dated else end
            committee = match.group("committee")
            if PARISH_MEETING.search(match.groupdict().get("kind") or ""):
                # 'Minutes of the Annual Parish Meeting of Electors held …': the parish's
                # meeting of its electors met, not the electors.
                committee = joined[match.start("kind"):match.end("committee")]
            if HEADING_REFERENCE.match(committee):
                committee = _heading_before(lines, i)
            return Section(kind, i, 0, normalise_committee(committee), day, text, body_start=end)
    if len(window) > 2 and COMMITTEE_HEADING.match(text) and BARE_HELD.match(window[1][1]) \
            and attendance_in(window[1:]) and (found := _dated_line(window[1:3])):
        # 'EXECUTIVE COMMITTEE' / 'Meeting held at the Guildhall at the close of the Annual
        # Meeting on Wednesday 6th' / 'May 2020' / 'Present: …': a committee's heading over the
        # sentence of when it met.
        return Section("minutes", i, 0, normalise_committee(text), found[1], text,
                       body_start=found[0])
    body = BODY_MEETING.match(text) if lines[i].heading or text.isupper() else None
    if body and len(window) > 1 and HELD_WHEN.match(window[1][1]) \
            and (day := first_date(window[1][1])):
        # 'HALBURN PARISH COUNCIL EXTRAORDINARY MEETING' / 'Held on 19th October 2016 at
        # 1900hrs in …': the body's meeting and its day, wherever in a paper it stands.
        start = window[1][0] + 1
        titled_under = next((j for j, t in window[2:] if t), None)
        if titled_under is not None and RECORD_WORD.match(lines[titled_under].text):
            start = titled_under + 1
        return Section("minutes", i, 0, normalise_committee(body.group("committee")), day,
                       text, body_start=start)
    match = HELD.match(joined) if titled \
        and not REFERS_BACK.search(HEADING_SENTENCE_END.split(text)[0]) else None
    committee = _heading_before(lines, i) if match else ""
    listed = any(CLLRS_LIST.match(t) for _, t in window[1:3])
    if match and len(window) > 1 and ENTRY_LINE.match(window[1][1]) \
            and not attendance_line(window[1][1]):
        # 'Minutes of the Meeting held on 28th June 2022' / '142 The Minutes having been
        # circulated …': an item's heading, the minute numbered under it ('1. PRESENT: …'
        # under it is the record's attendance, numbered).
        match = None
    topped = bool(committee) and (lines[i].text[:7].isupper() or any(
        lines[j].text and _opens_page(lines, j) and is_upper_heading(lines[j].text)
        for j in range(max(0, i - 2), i)))
    if match and not opening and not attended and not listed and not topped:
        # Later in a paper, 'Minutes of the meeting held on …' is an item's title, unless it
        # opens in capitals under the body's heading: a pack's earlier minutes ('TRENTVALE
        # FIRE AND RESCUE AUTHORITY – POLICY AND STRATEGY' / 'MINUTES of the meeting held at
        # … on 18 July 2025'), or the body's name in capitals tops the page ('GORRAN PENSION
        # FUND COMMITTEE' / 'Minutes of the Meeting held' / 'Friday, 19th June, 2015').
        match = None
    # 'Minutes of Meeting held on …' without an article opens a record only under its
    # heading or over its attendance; alone it is more likely an item's title ('Notes of
    # meeting held on 18 July').
    if match and (match.group("article") or committee or attended) \
            and (found := _dated_line(window)):
        end, day = found
        return Section("minutes", i, 0, normalise_committee(committee) if committee else "",
                       day, text, body_start=end)
    dashed = DASHED_TITLE.match(text) if titled else None
    found = next(find_dates(dashed.group("rest")), None) if dashed else None
    if found and (found[1] == 0 or OPENING_WEEKDAY.fullmatch(dashed.group("rest")[:found[1]])) \
            and (opening or attendance_in(line_window(lines, i, ATTENDED_REACH))):
        # 'DRAFT MINUTES – TOWN COUNCIL MEETING, Tuesday 1st June 2021, 7 pm, …' over who
        # attended: the record, its body and its day set apart by a dash and commas ('Minutes -
        # Audit Panel - 2 March 2021' with no attendance under it is an item's title).
        return Section("minutes", i, 0, normalise_committee(dashed.group("committee")), found[0],
                       text, body_start=i + 1)
    match = TITLED.match(text) if titled else None
    # Its date on the next line, perhaps labelled, or under the place on the line after ('The
    # Pavilion, King George's Field, Mill Road' / 'Wednesday 11th March 2026 20.00 hrs.').
    filled = [(j, t) for j, t in window[1:] if t][:2]
    if match and plausible_committee(match.group("committee")) and (
            nxt := next(((j, t) for j, t in filled
                         if DATE_OPENING.match(DATE_FIELD.sub("", t).lstrip())
                         and not ATTENDANCE_START.match(t)), None)) \
            and (day := first_date(nxt[1])):
        return Section("minutes", i, 0, normalise_committee(match.group("committee")), day,
                       text, body_start=nxt[0] + 1)
    match = TITLED_DATED.match(joined) if titled else None
    if match and plausible_committee(match.group("committee")) \
            and first_date(match.group("rest")) and (found := _dated_line(window)):
        # 'Minutes of the meeting of Eastwick Town Council Planning Committee, Tuesday' / '7
        # February 2023': the body, then its date after a comma, wrapped or not.
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       found[1], text, body_start=found[0])
    if _summons(text) or (INVITED.search(text) and (opening or page_top(lines, i)
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
            day = labelled_date([(j, lines[j].text) for j in range(max(0, i - SHEET_LINES), i)])
        return Section("agenda", i, 0, normalise_committee(committee) if committee else "",
                       day, text, body_start=i + 1)
    under = next((t for _, t in window[1:] if t), "")
    above = [(j, lines[j].text) for j in range(max(0, i - SHEET_LINES), i)]
    held = WILL_HOLD.match(text) if "will hold" in text else None
    if held and NUMBERED_ENTRY.match(under) and (day := first_date(held.group("rest"))):
        # 'Allerby Parish Council will hold its Ordinary meeting on Tuesday 4th June 2024
        # at 7pm in …' over '1. Welcome …': a notice of the meeting over its agenda.
        return Section("agenda", i, 0, normalise_committee(held.group("committee")), day, text,
                       body_start=i + 1)
    if AGENDA_ALONE.match(text) and NUMBERED_ENTRY.match(under) \
            and (day := labelled_date(above) or (opening and next(
                (found for _, t in above if MEETING_DATED.search(t)
                 and not RECORD_NAME.search(t) and (found := first_date(t))), None))):
        # 'GORRAN PENSION PANEL' / 'Date: Wednesday 16 March' / '2011' / 'Time: …' / 'Venue:
        # …' / 'AGENDA' / '1. Apologies for Absence': a front page's fields over its agenda;
        # or a pack's first lines, 'Board Meeting 10.00 a.m. 12th June 2012' / its venue /
        # 'Agenda' / '1. Apologies 10.00'.
        committee = next((t for _, t in above if t and heading_line(t) and BODY_WORDS.search(t)),
                         "")
        return Section("agenda", i, 0, normalise_committee(committee) if committee else "",
                       day, text, body_start=i + 1)
    match = LABELLED_MEETING.match(text)
    dated = next(((j, day) for j, t in window[1:] if DATE_FIELD.match(t)
                  and (day := first_date(t))), None) if match else None
    if match and dated and plausible_committee(match.group("committee")):
        # 'Minutes of Meeting of: Environmental Services Committee' / 'Date and Time: Monday 4
        # March 2024 at 7.00 pm': a record's heading as a form's labelled fields.
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       dated[1], text, body_start=dated[0] + 1)
    match = MEETING_HELD.match(text)
    following, broken = window[1:], False
    if match is None and len(window) > 2 and HELD_LINE.match(window[1][1]):
        # 'The Annual Meeting of Ashlowe Parish Council' / 'held at' / '… Hall on Monday 16th
        # May 2016, 7.00pm': the sentence broken before its 'held'.
        match, following = MEETING_HELD.match(f"{text} {window[1][1]}"), window[2:]
        broken = match is not None
    rest = match.group("rest") if match else ""
    body = window[1][0] + 1 if broken else i + 1
    # 'At the meeting of the … Committee held, pursuant to notice, on Wednesday, 1st June' /
    # '2011 at 6.30 p.m. …, the following members were present:': a later meeting of a year's
    # volume says so in its own sentence.
    listing = match is not None and bool(following) and PRESENT_FOLLOWS.search(
        f"{rest} {following[0][1]}") is not None
    # So does a pack's copy of earlier minutes, its attendance under the sentence ('… was held
    # on Wednesday 10 March' / '2010.' / 'PRESENT: …').
    # Or '293   Attendance & Apologies' a few lines under it, past an action column's heading:
    # who attended, as a minute book's first minute of the meeting.
    attended_under = match is not None and any(
        attendance_line(t) for _, t in line_window(lines, i, HELD_ATTENDED_REACH)[2:])
    if match and (opening or listing or broken or attended_under) and not first_date(rest) \
            and following and not HEADING_SENTENCE_END.search(rest) \
            and not ATTENDANCE_START.match(following[0][1]):
        # 'At a meeting of the LICENSING COMMITTEE held in COMMITTEE ROOM 1' / 'of the
        # GUILDHALL on MONDAY 4TH MARCH, 2024 at 6.00 p.m.': a record's opening sentence wraps
        # to its date (later, under the record's title, it only repeats it).
        rest, body = f"{rest} {following[0][1]}", following[0][0] + 1
    if match and plausible_committee(match.group("committee")) \
            and (day := first_date(HEADING_SENTENCE_END.split(rest)[0])) \
            and not TO_BE.search(match.group("committee")) \
            and (opening or listing or attended_under
                 or any(ATTENDANCE_START.match(t) for _, t in window[1:])
                 or (broken and any(CLLRS_LIST.match(t) for _, t in following[:2]))):
        # 'The Annual Meeting of the Parish Council held in the Church Room on Wednesday
        # March 11th 1953 at 7.30 pm.' / 'Present Mr H.W. Pell (Chairman), …': a minute book's
        # opening sentence, with who was there under it, or among a paper's first lines under
        # its heading ('Hazelford Primary School' / 'Meeting of the Full Governing Body held
        # on 9th July 2025 at 4.00pm', its register of attendance below).
        return Section("minutes", i, 0, normalise_committee(match.group("committee")), day,
                       text, body_start=body)
    held_under = len(window) > 2 and HELD_LINE.match(window[1][1]) is not None
    match = KIND_MEETING_HELD.match(text) if " held" in text.lower() else \
        KIND_MEETING_HELD.match(f"{text} {window[1][1]}") if held_under else None
    wraps = match is not None and not held_under and len(window) > 2 \
        and not HEADING_SENTENCE_END.search(match.group("rest")) \
        and not first_date(match.group("rest"))
    if wraps:
        # 'KELBURN COMMUNITY COUNCIL MEETING HELD IN THE VILLAGE HALL, KELBURN,' / 'On:
        # Tuesday, 3rd June, 2014 at 7.30pm.': the sentence wraps to its date.
        match = KIND_MEETING_HELD.match(f"{text} {window[1][1]}")
    if match and (day := first_date(HEADING_SENTENCE_END.split(match.group("rest"))[0])) \
            and not REFERS_BACK.search(text) \
            and (any(ATTENDANCE_START.match(t) for _, t in window[1 + wraps:])
                 or (held_under and any(CLLRS_LIST.match(t) for _, t in window[2:4]))
                 or (lines[i].heading and not wraps and not held_under
                     and PRESENT_IN_PROSE.search(next((t for _, t in window[1:] if t), "")))):
        # 'Trustee Meeting held at Mr John Pascoe's, Trewint, March 9th, 1871.' / 'Mr Richard
        # Hocking in the Chair.' / 'Present: …': a minute book's entry, its body's meeting;
        # 'Parish Council Meeting' / 'held - Tuesday March 18th 2003 …' / 'Councillors …' too.
        return Section("minutes", i, 0, "", day, text,
                       body_start=window[1][0] + 1 if wraps or (held_under and " held" not in
                                                                text.lower()) else i + 1)
    nxt = next((t for _, t in window[1:] if t), "")
    # 'Extraordinary Meeting' on the line under the date: the meeting's kind, then who came.
    listed = next((t for _, t in window[2:] if t), "") if KIND_LINE.match(nxt) else nxt
    if ATTENDANCE_START.match(listed) and len(text.split()) <= DATED_HEADING_WORDS \
            and (dated := next(find_dates(text), None)) \
            and (dated[1] == 0 or WEEKDAY_FIRST.match(text[:dated[1]])):
        # '9th May 2024 at 7pm Pentre Llwyd Hall - Annual Meeting' / 'Present : …': a year's
        # volume of minutes heads each meeting by its date, time and place alone.
        return Section("minutes", i, 0, "", dated[0], text, body_start=i + 1)
    match = DATED_TITLE.match(text) or (COMMITTEE_DATED.match(text)
                                         if ATTENDANCE_START.match(nxt)
                                         or HELD_SENTENCE.match(nxt) else None)
    body_start = i + 1
    dated = next(((j, t) for j, t in window[1:] if t), None)
    if match is None and dated and RECORD_SUFFIX_WORD.search(text) and is_date_line(dated[1]):
        # 'Holbrook Magna Village Hall AGM Minutes' / 'Monday 9th May 2011.': the title's date
        # on the line under it.
        match, body_start = DATED_TITLE.match(f"{text} {dated[1]}"), dated[0] + 1
        attended = attended or any(ATTENDEES.match(t) for _, t in window[2:])
    # 'Cawsand Parish Council Meeting 9th August 2001' / 'The meeting was held in the
    # Institute. Councillors … were present.': a volume's narrative record opens by saying so.
    # 'Council Minutes at the Church Room Tuesday May 12 2011 at 7:30pm.' set as a heading:
    # where and when the body met, a meeting's title with no attendance listed under it.
    placed = match is not None and bool(match.group("committee")) and lines[i].heading \
        and _venue_then_date(match.group("date"))
    # 'Meeting 25 November 2024 7 - 8.20 pm Scarrowdale Reading Room' / '1. Welcome by the chair.
    # 30+ Attendees …', 'BRJO Board Meeting #3: 16 September 2022 MINUTES' / '1 Welcome and
    # Introductions': the record's first numbered minute straight under its day.
    # 'Carrowby Gardens Residents Association AGM minutes 24/11/09': the record's title says
    # the figures are its day, read so only where day and month cannot change places
    # ('3/10/2003' may be an American 10 March).
    figures = _day_first_only(match.group("date")) \
        if match and match.group("committee") and RECORD_TITLED.search(text) \
        and TWO_DIGIT_YEAR.search(match.group("date")) else None
    match = match if match and (attended or attendance_in(window) or HELD_SENTENCE.search(nxt)
                                or placed or any(PRESENT_IN_PROSE.search(t)
                                                 for _, t in window[1:])
                                or (FIRST_MINUTE.match(nxt) is not None
                                    and (is_date_line(match.group("date")) or figures
                                         or _dated_at_venue(match.group("date"))))) else None
    if match and (is_date_line(match.group("date")) or _dated_at_venue(match.group("date"))
                  or placed or figures) and (
            not match.group("committee") or (plausible_committee(match.group("committee"))
                                            and BODY_WORDS.search(match.group("committee")))):
        # 'Minutes – 13 January 2025', 'GLENBRAE PARISH COUNCIL MINUTES 13 JANUARY 2025',
        # 'Minutes of Council Meeting 13 January 2025', with who attended under it.
        return Section("minutes", i, 0, normalise_committee(match.group("committee") or ""),
                       first_date(match.group("date")) or figures, text, body_start=body_start)
    match = WEB_HEADING.match(text)
    if match and plausible_committee(match.group("committee")):
        return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                       first_date(match.group("rest")), text, body_start=i + 1)
    return running_heading(text, i) or heading_pair(lines, i, line_window(lines, i, PAIR_WINDOW)) \
        or _agenda_title(window, i) or _post_title(text, i) or _agenda_for(text, i) \
        or _breadcrumb_meeting(text, i)


def _day_first_only(figures: str) -> date | None:
    """Return the day of figures that can only be read day first ('24/11/09', '13-03-03'; not
    '3/10/2003', which may be an American 10 March), or None."""
    day = short_date(figures.replace("-", "/"))
    return day if day is not None and day.day > MONTHS_IN_YEAR else None


FIRST_MINUTE = re.compile(r"^1[.)]?\s+[A-Z]")
"""A record's first numbered minute ('1. Welcome by the chair.', '1 Welcome and Introductions')."""
KIND_LINE = re.compile(r"^(?:(?:Annual|Extraordinary|Special|Ordinary|Monthly|Full|Parish|Town"
                       r"|Council|General|Emergency|Reconvened|Adjourned)\s+){1,3}(?:Meeting|AGM|EGM)$",
                       re.I)
"""A meeting's kind on a line of its own ('Extraordinary Meeting', 'Annual Parish Meeting')."""


VENUE_AFTER = re.compile(r"^[\s,]*(?:\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs)?)?"
                         r"\s+[–—-]\s+\S", re.I)
"""A date's time and the dash before its place: '…, 11.00AM – REMOTE MEETING VIA …'."""


VENUE_FIRST = re.compile(r"^(?i:at|in)\s+(?:the\s+)?[A-Z]")


def _venue_then_date(text: str) -> bool:
    """Return True for a place, then a date that ends the text but for its time ('at the Church
    Room Tuesday May 12 2011 at 7:30pm.')."""
    found = next(find_dates(text), None) if VENUE_FIRST.match(text) else None
    return found is not None and is_date_line(text[found[1]:].rstrip("."))


VENUE_AT = re.compile(r"^,?\s+(?:at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s*,?\s+)?"
                      r"(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
"""A date's place after 'at' ('… 9th May 2018 at Holtby Community Centre', '… at 7pm in the
Village Hall')."""


def _dated_at_venue(text: str) -> bool:
    """Return True for a date opening text, then its time and its place after a dash ('10 MARCH
    2023, 11.00AM – REMOTE MEETING VIA MICROSOFT TEAMS') or after 'at' ('9th May 2018 at Holtby
    Community Centre')."""
    found = next(find_dates(text), None)
    return found is not None and (found[1] == 0 or WEEKDAY_FIRST.match(text[:found[1]])) and (
        VENUE_AFTER.match(text[found[2]:]) is not None
        or VENUE_AT.match(text[found[2]:]) is not None)


AGENDA_FOR = re.compile(r"^(?P<committee>[A-Z][\w&'’ -]{2,80}?)\s+(?i:agenda)\s+(?i:for)\s+"
                        r"(?:(?i:the\s+meeting\s+(?:on|of)\s+))?(?P<date>.+)$")
"""A body's agenda titled by its day: 'Parish Council Agenda for Tuesday 9 March 2021'."""


def _agenda_for(text: str, i: int) -> Section | None:
    """Return the agenda a line names by its body and day, or None."""
    match = AGENDA_FOR.match(text) if "genda" in text else None
    if match is None or not BODY_WORDS.search(match.group("committee")) \
            or not plausible_committee(match.group("committee")) \
            or not (is_date_line(match.group("date")) or is_date_and_hours(match.group("date"))):
        return None
    return Section("agenda", i, 0, normalise_committee(match.group("committee")),
                   first_date(match.group("date")), text, body_start=i + 1)


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
    if not plausible_committee(committee):
        return None
    record = "agenda" if kind.group("kind").lower() == "agenda" else "minutes"
    return Section(record, i, 0, normalise_committee(committee), found[0][0], text,
                   body_start=i + 1)


BREADCRUMB_MEETING = re.compile(
    r"^(?:You\s+are\s+here\s*:\s*)?(?i:home)\s*[>»›].*?[>»›]\s*"
    r"(?P<committee>[A-Z][\w&'’ ()-]{2,80}?),\s*(?P<date>[0-3]?\d/[01]?\d/(?:19|20)\d\d)"
    r"\s*(?:[>»›]\s*[A-Z][\w ]{2,30})?$")
"""A committee system's page, its meeting in its breadcrumb: 'You are here: Home > … > Meetings >
Planning Committee, 04/03/2015 > Agenda item'."""


def _breadcrumb_meeting(text: str, i: int) -> Section | None:
    """Return the meeting a page's breadcrumb names by its body and date, or None."""
    match = BREADCRUMB_MEETING.match(text) if ">" in text or "»" in text or "›" in text else None
    if match is None or not plausible_committee(match.group("committee")):
        return None
    return Section("minutes", i, 0, normalise_committee(match.group("committee")),
                   first_date(match.group("date")), text, body_start=i + 1)


def _to_be_held_on(joined: str) -> bool:
    """Return True if an invitation's sentence names the meeting's day ('You are requested to
    attend a meeting of … to be held in the' / '… at 7pm on Monday 6 March 2023.', 'You are
    requested to attend a meeting of the … Committee on Wednesday …'): a letter's summons under
    its letterhead, however far down the page."""
    sentence = HEADING_SENTENCE_END.split(joined, maxsplit=1)[0]
    lower = sentence.lower()
    # 'You are requested to attend a meeting of …' is a letter to its members; 'Councillors
    # are invited to attend a meeting of the police panel on …' in minutes reports another.
    return ("to be held" in lower or (lower.startswith("you ") and " meeting of " in lower)) \
        and first_date(sentence) is not None


def _summons(text: str) -> bool:
    """Return True if text summons members to a meeting (SUMMONS), read only where it says
    'summoned' or 'transact'."""
    lower = text.lower()
    return ("summoned" in lower or "transact" in lower) and SUMMONS.search(text) is not None


AGENDA_AND_MINUTES = re.compile(r"^agenda(?:,\s+decisions)?\s+and\s+minutes$", re.I)


def _agenda_title(window: list[tuple[int, str]], i: int) -> Section | None:
    """Return the agenda a title opens after another record (a meeting's minutes, then the
    next meeting's agenda): 'AGENDA' / 'Meeting of … to be held on Monday 13th January 2025',
    'Agenda – Planning Committee – 13 January 2025', 'AGENDA FOR THE MEETING OF … COUNCIL' /
    'TO BE HELD ON …', 'SUPPLEMENTARY AGENDA' / 'PLANNING COMMITTEE' / its date."""
    if not AGENDA_TITLE.match(window[0][1]) \
            or any(AGENDA_AND_MINUTES.match(text) for _, text in window[1:]):
        # 'Agenda for Council on Tuesday, 14th May, 2024' / … / 'Agenda and minutes':
        # a committee system's page title over the meeting's page, which holds its minutes.
        return None
    for k, (_, text) in enumerate(window):
        if k and (NUMBERED_ENTRY.match(text) or AGENDA_TITLE.match(text)):
            return None
        held = HELD_AHEAD.search(text) if k == 1 else None
        if held and (day := first_date(text[held.end():])):
            # 'Agenda - Cemetery Committee' / 'Issued on 2 May 2016 for a meeting of the
            # Cemetery Committee to be held at 6.30 pm on 9 May 2016 in …': the notice's
            # sentence, however long, dates the meeting after its 'to be held'.
            return _agenda_section(window, i, k, day)
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
        return _agenda_section(window, i, k, day)
    return None


HELD_AHEAD = re.compile(r"\bto\s+be\s+held\b", re.I)


def _agenda_section(window: list[tuple[int, str]], i: int, k: int, day: date) -> Section:
    """Return the agenda a title opens at line i, dated on the window's kth line: its committee
    as the notice names it ('a meeting of the … Committee to be held'), a heading line naming a
    body, or the title's part after its dash."""
    joined = " ".join(t for _, t in window[:k + 1])
    named = AGENDA_OF.search(joined)
    committee = named.group("committee") if named else next(
        (t for _, t in window[1:k] if heading_line(t) and BODY_WORDS.search(t)), "")
    if not committee:
        dashed = [p for p in re.split(r"\s+[-–—]\s+", window[0][1])[1:]
                  if BODY_WORDS.search(p) and not first_date(p)]
        committee = dashed[0] if dashed else ""
    return Section("agenda", i, 0, normalise_committee(committee), day, joined,
                   body_start=window[k][0] + 1)


def record_after_agenda(lines: list[Line], i: int, agenda: Section | None) -> Section | None:
    """Return the minutes that follow an agenda on one page, from their attendance list.

    'Date held: 1st November' just above the list belongs to the minutes' heading.
    """
    if agenda is not None and agenda.kind == "minutes" and MINUTES_LINE.match(lines[i].text) \
            and attendance_next(lines, i) \
            and any(AGENDA_LINE.match(lines[j].text) for j in range(agenda.start, i)):
        # A meeting's page with its 'AGENDA' and then its 'MINUTES' over the attendance list.
        return Section("minutes", i, 0, agenda.committee, agenda.date, lines[i].text,
                       body_start=i + 1)
    if agenda is None or agenda.kind != "agenda" or not ATTENDANCE_START.match(lines[i].text):
        return None
    if not any(lines[j].text and not AGENDA_ALONE.match(lines[j].text)
               for j in range(agenda.body_start, i)) \
            and any(NUMBERED.match(lines[j].text) for j in range(i + 1, min(len(lines),
                                                                         i + AGENDA_REACH))):
        # 'Agenda' / 'Present: Mr T. Quayle (TQ), … Apologies:' / '104/21 Planning Matters …':
        # the clerk's form of who will attend heads the agenda's entries, before any of them.
        return None
    start = i
    k = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].text), None)
    if k is not None and k >= agenda.body_start and re.match(r"^date\b", lines[k].text, re.I):
        start = k
    return Section("minutes", start, 0, agenda.committee,
                   first_date(lines[start].text) or _heading_date_above(lines, i, agenda)
                   or agenda.date, lines[start].text, body_start=i)


AGENDA_REACH = 12
"""Lines under an attendance form within which an agenda's first entry follows it."""
HEADING_DATE_LINES = 3
HEADING_DATE_WORDS = 12


def _heading_date_above(lines: list[Line], i: int, agenda: Section) -> date | None:
    """Return the date a short heading line just above an attendance list names, in the
    agenda's body: a pack's earlier minutes headed 'PLANNING COMMITTEE 13 February 2014' /
    'Held at …' / 'Present: …' are that earlier meeting's, not the pack's (a numbered entry
    naming a date is the agenda's)."""
    above = [j for j in range(i - 1, agenda.body_start - 1, -1) if lines[j].text]
    for j in above[:HEADING_DATE_LINES]:
        text = lines[j].text
        if NUMBERED.match(text) or (len(text.split()) > HEADING_DATE_WORDS
                                    and not HELD_LINE.match(text)):
            # 'HELD AT 7.30PM ON WEDNESDAY 15th OCTOBER 2008 IN THE MUNICIPAL OFFICES, …': the
            # heading's line saying where and when, however long.
            continue
        if (day := first_date(text)) and agenda.date and day < agenda.date:
            return day
    return None


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


def _heading_end(window: list[tuple[int, str]], chars: int) -> int:
    """Return the index of the first line after the heading's text (its first chars)."""
    used = 0
    for j, text in window:
        used += len(text) + 1
        if used >= chars:
            return j + 1
    return window[-1][0] + 1


def _opens_page(lines: list[Line], j: int) -> bool:
    """Return True if line j is the first with text on a page after the first."""
    above = next((k for k in range(j - 1, -1, -1) if lines[k].text), None)
    return above is not None and lines[above].page != lines[j].page


SALUTATION = re.compile(r"^(?:dear|to)\b", re.I)
"""A letter's greeting or its addressees above a summons ('Dear Councillor', 'To: Members of the
Planning Committee'), never the body that meets."""


def _heading_before(lines: list[Line], i: int) -> str:
    """Return the capitalised heading just above line i ('TINTERN COMMUNITY COUNCIL'), with
    the line it wraps from ('… FIRE AND RESCUE AUTHORITY – POLICY AND STRATEGY' / 'COMMITTEE')."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if lines[j].text and heading_line(lines[j].text) and not FIELD_LINE.match(lines[j].text) \
                and not SALUTATION.match(lines[j].text):
            above = lines[j - 1].text if j > 0 else ""
            if above and heading_line(above) and is_upper_heading(above) \
                    and is_upper_heading(lines[j].text):
                return f"{above} {lines[j].text}"
            return lines[j].text
    return ""


def back_over_heading(lines: list[Line], i: int) -> int:
    """Move a meeting's start back over a capitalised committee line just above it, or over
    the label of its date line ('Date held:' / '4th May 2012 Venue: …')."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j >= 0 and ((is_upper_heading(lines[j].text) and heading_line(lines[j].text))
                   or DATE_LABEL_ALONE.match(lines[j].text)):
        return j
    return i
